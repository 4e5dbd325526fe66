"""Plotly figures of the dashboard and their static/HTML exports (no Streamlit).

Every builder takes figure data from `analytics.figures` and returns a `go.Figure` with one look:
company colours from `entity_color`, dollar axes labelled like "$14B", titles left-aligned.
Display text is HTML-escaped (Plotly renders a subset of HTML in labels); the raw names a click
should act on travel in `customdata[0]`, which is never displayed.
"""

from __future__ import annotations

import asyncio
import html
import math
import threading
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from analytics.figures import (
    STANCE_COLORS,
    TYPE_COLORS,
    UNKNOWN,
    UNKNOWN_COLOR,
    UNKNOWN_ORIGIN,
    entity_color,
    fact_summary,
    fact_when,
    format_count,
    format_usd,
    type_label,
    usd_ticks,
    when_to_timestamp,
)

FONT = "Source Sans Pro, Helvetica Neue, Helvetica, Arial, sans-serif"
TEXT_COLOR = "#262730"
GRID_COLOR = "#E6E9EF"
MAX_BARS = 15
IMAGE_WIDTH = 1100
IMAGE_HEIGHT = 520


def esc(value: Any) -> str:
    """Text safe to show in a Plotly label."""
    return html.escape("" if value is None else str(value), quote=False)


def _style(fig: go.Figure, title: str, height: int = 380, legend: bool = False) -> go.Figure:
    fig.update_layout(
        template="plotly_white",
        title={"text": esc(title), "x": 0.0, "xanchor": "left", "font": {"size": 16}},
        font={"family": FONT, "size": 13, "color": TEXT_COLOR},
        height=height,
        margin={"l": 10, "r": 20, "t": 50, "b": 10},
        showlegend=legend,
        legend={"orientation": "h", "yanchor": "bottom", "y": -0.25, "x": 0, "title": None},
        hoverlabel={"font": {"family": FONT}},
        paper_bgcolor="white",
        plot_bgcolor="white",
        clickmode="event+select",
    )
    fig.update_xaxes(gridcolor=GRID_COLOR, zeroline=False, automargin=True)
    fig.update_yaxes(gridcolor=GRID_COLOR, zeroline=False, automargin=True)
    return fig


def empty_figure(title: str, message: str = "Nothing to show for this view.") -> go.Figure:
    """A blank figure with a message (keeps layouts stable when a filter leaves nothing)."""
    fig = go.Figure()
    fig.add_annotation(text=esc(message), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper",
                       font={"size": 14, "color": "#808495"})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _style(fig, title, height=220)


def _usd_axis(fig: go.Figure, max_value: float, axis: str = "x") -> None:
    vals, texts = usd_ticks(max_value * 1.12)
    update = fig.update_xaxes if axis == "x" else fig.update_yaxes
    update(tickvals=vals, ticktext=texts, range=[0, vals[-1]])


def _log_usd_axis(fig: go.Figure, lo: float, hi: float) -> None:
    first, last = math.floor(math.log10(max(lo, 1))), math.ceil(math.log10(max(hi, 10)))
    vals = [10.0 ** p for p in range(first, last + 1)]
    fig.update_yaxes(type="log", tickvals=vals, ticktext=[format_usd(v) for v in vals],
                     range=[first - 0.15, last + 0.15])


# --- investments -----------------------------------------------------------------------------

def amounts_bar(amounts: pd.DataFrame, field: str, title: str) -> go.Figure:
    """Horizontal bars of disclosed USD amounts per investor or target (from `figures.amounts_by`)."""
    if amounts.empty:
        return empty_figure(title, "No disclosed amounts in this view.")
    top = amounts.head(MAX_BARS).iloc[::-1]
    names = top[field].astype(str)
    fig = go.Figure(go.Bar(
        x=top["amount_usd"], y=[esc(n) for n in names], orientation="h",
        marker={"color": [entity_color(n) for n in names]},
        text=[format_usd(v) for v in top["amount_usd"]], textposition="outside", cliponaxis=False,
        customdata=list(zip(names, top["deals"], strict=True)),
        hovertemplate="%{y}<br>%{text} disclosed in %{customdata[1]} deal(s)<extra></extra>",
    ))
    more = len(amounts) - len(top)
    _style(fig, title + (f" (top {MAX_BARS} of {len(amounts)})" if more > 0 else ""),
           height=max(220, 60 + 30 * len(top)))
    _usd_axis(fig, float(top["amount_usd"].max()))
    return fig


def investment_timeline(facts: pd.DataFrame, sources: pd.DataFrame, title: str = "Investments over time") -> go.Figure:
    """Deals by date and USD amount: bubble size = amount, colour = investor."""
    inv = facts[(facts["type"] == "investment") & facts["amount_usd"].notna()].copy()
    if inv.empty:
        return empty_figure(title, "No investment with a disclosed amount in this view.")
    inv["when"] = fact_when(inv, sources).to_numpy()
    inv["x"] = inv["when"].map(when_to_timestamp)
    dated = inv[inv["x"].notna()]
    if dated.empty:
        return empty_figure(title, f"{len(inv)} deal(s) with an amount, none dated.")
    biggest = float(dated["amount_usd"].max())
    sizeref = 2.0 * biggest / (46 ** 2)
    fig = go.Figure()
    for investor, group in dated.groupby(dated["investor"].fillna(""), sort=True):
        label = investor or "Round total (investors not named)"
        fig.add_trace(go.Scatter(
            x=group["x"], y=group["amount_usd"], mode="markers", name=esc(label),
            marker={"size": group["amount_usd"], "sizemode": "area", "sizeref": sizeref, "sizemin": 6,
                    "color": entity_color(investor) if investor else UNKNOWN_COLOR, "opacity": 0.8,
                    "line": {"width": 1, "color": "white"}},
            customdata=[[r["id"], r["investor"] if isinstance(r["investor"], str) else "",
                         esc(fact_summary(r)), esc(r["when"]), format_usd(r["amount_usd"])]
                        for r in group.to_dict("records")],
            hovertemplate="%{customdata[2]}<br>%{customdata[4]} · %{customdata[3]}<extra></extra>",
        ))
    _style(fig, title, height=420, legend=True)
    _log_usd_axis(fig, float(dated["amount_usd"].min()), biggest)
    fig.update_xaxes(title=None)
    hidden = len(inv) - len(dated)
    if hidden:
        fig.add_annotation(text=f"{hidden} undated deal(s) not shown", showarrow=False, x=1, y=1.08,
                           xref="paper", yref="paper", xanchor="right", font={"size": 12, "color": "#808495"})
    return fig


def valuations_bar(latest: pd.DataFrame, title: str = "Latest reported valuations") -> go.Figure:
    """Horizontal bars of each company's latest reported valuation (from `figures.latest_valuations`)."""
    if latest.empty:
        return empty_figure(title, "No valuation reported in this view.")
    top = latest.head(MAX_BARS).iloc[::-1]
    names = top["company"].astype(str)
    dates = [d if isinstance(d, str) else "undated" for d in top["date"]]
    fig = go.Figure(go.Bar(
        x=top["valuation_usd"], y=[esc(n) for n in names], orientation="h",
        marker={"color": [entity_color(n) for n in names]},
        text=[format_usd(v) for v in top["valuation_usd"]], textposition="outside", cliponaxis=False,
        customdata=list(zip(names, dates, strict=True)),
        hovertemplate="%{y}: %{text} (%{customdata[1]})<extra></extra>",
    ))
    _style(fig, title, height=max(220, 60 + 30 * len(top)))
    _usd_axis(fig, float(top["valuation_usd"].max()))
    return fig


# --- talent ----------------------------------------------------------------------------------

def _rgba(hex_color: str, alpha: float) -> str:
    h = hex_color.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def talent_sankey(flows: pd.DataFrame, title: str = "Talent flows between companies") -> go.Figure:
    """Sankey of people moving from company to company (from `figures.talent_flows`)."""
    if flows.empty:
        return empty_figure(title, "No talent move in this view.")
    left = list(dict.fromkeys(flows["source"].astype(str)))
    right = list(dict.fromkeys(flows["target"].astype(str)))
    labels = left + right
    fig = go.Figure(go.Sankey(
        arrangement="snap",
        node={"label": [esc(n) for n in labels], "pad": 18, "thickness": 16,
              "color": [entity_color(n) for n in labels], "line": {"width": 0},
              "customdata": labels, "hovertemplate": "%{label}: %{value:,.0f} people<extra></extra>"},
        link={"source": [left.index(s) for s in flows["source"].astype(str)],
              "target": [len(left) + right.index(t) for t in flows["target"].astype(str)],
              "value": flows["people"].astype(float),
              "color": [_rgba(entity_color(s), 0.35) for s in flows["source"].astype(str)],
              "customdata": [f"{int(m)} move(s)" for m in flows["moves"]],
              "hovertemplate": "%{source.label} → %{target.label}<br>%{value:,.0f} people, "
                               "%{customdata}<extra></extra>"},
    ))
    return _style(fig, title, height=max(320, 40 + 34 * max(len(left), len(right))))


def talent_network_chart(edges: pd.DataFrame, title: str = "People and companies") -> go.Figure:
    """Network of people and companies linked by moves (networkx spring layout, drawn with Plotly)."""
    if edges.empty:
        return empty_figure(title, "No talent move in this view.")
    graph = nx.Graph()
    kinds: dict[str, str] = {}
    for e in edges.to_dict("records"):
        kinds.setdefault(e["source"], e["source_kind"])
        kinds.setdefault(e["target"], e["target_kind"])
        graph.add_edge(e["source"], e["target"], relation=e["relation"], weight=float(e["weight"]))
    pos = nx.spring_layout(graph, seed=7, k=1.6 / math.sqrt(max(graph.number_of_nodes(), 1)), iterations=200)
    fig = go.Figure()
    styles = {"left": ("#C0392B", "dot", "left"), "joined": ("#2E8B57", "solid", "joined"),
              "moved": ("#4C78A8", "solid", "group move")}
    for relation, (color, dash, label) in styles.items():
        xs: list[float | None] = []
        ys: list[float | None] = []
        for a, b, data in graph.edges(data=True):
            if data["relation"] == relation:
                xs += [pos[a][0], pos[b][0], None]
                ys += [pos[a][1], pos[b][1], None]
        if xs:
            fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", name=label, hoverinfo="skip",
                                     line={"color": color, "width": 1.6, "dash": dash}))
    for kind, symbol, name in (("org", "square", "company"), ("person", "circle", "person")):
        nodes = [n for n in graph.nodes if kinds.get(n) == kind]
        if not nodes:
            continue
        fig.add_trace(go.Scatter(
            x=[pos[n][0] for n in nodes], y=[pos[n][1] for n in nodes], mode="markers+text", name=name,
            text=[esc(n) for n in nodes], textposition="top center", textfont={"size": 11},
            marker={"symbol": symbol, "size": [12 + 3 * min(graph.degree(n), 8) for n in nodes],
                    "color": [entity_color(n) if kind == "org" else "#5F6B7A" for n in nodes],
                    "line": {"width": 1, "color": "white"}},
            customdata=[[n, kind, graph.degree(n)] for n in nodes],
            hovertemplate="%{text}<br>%{customdata[2]} link(s)<extra></extra>",
        ))
    _style(fig, title, height=480, legend=True)
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def flows_bar(flows: pd.DataFrame, title: str = "Largest talent flows") -> go.Figure:
    """Horizontal bars of the largest company-to-company flows."""
    if flows.empty:
        return empty_figure(title, "No talent move in this view.")
    top = flows.head(8).iloc[::-1]
    labels = [f"{esc(s)} → {esc(t)}" for s, t in zip(top["source"], top["target"], strict=True)]
    fig = go.Figure(go.Bar(
        x=top["people"], y=labels, orientation="h", marker={"color": [entity_color(s) for s in top["source"]]},
        text=[format_count(v) for v in top["people"]], textposition="outside", cliponaxis=False,
        customdata=[[s] for s in top["source"]],
        hovertemplate="%{y}: %{x:,.0f} people<extra></extra>",
    ))
    return _style(fig, title, height=max(220, 60 + 30 * len(top)))


# --- vendors ---------------------------------------------------------------------------------

def preference_heatmap(matrix: pd.DataFrame, title: str = "Net vendor preference (customer × vendor)") -> go.Figure:
    """Customers × vendors coloured by net preference (+1 per source preferring, −1 per source avoiding)."""
    if matrix.empty:
        return empty_figure(title, "No vendor preference in this view.")
    z = matrix.to_numpy(dtype=float)
    bound = max(1.0, float(abs(z).max()))
    text = [[("+" if v > 0 else "") + f"{v:g}" if v else "" for v in row] for row in z]
    fig = go.Figure(go.Heatmap(
        z=z, x=[esc(v) for v in matrix.columns], y=[esc(c) for c in matrix.index], text=text,
        texttemplate="%{text}", zmin=-bound, zmax=bound, zmid=0, xgap=2, ygap=2,
        colorscale=[[0, STANCE_COLORS["avoids"]], [0.5, "#F4F4F4"], [1, STANCE_COLORS["prefers"]]],
        colorbar={"title": {"text": "net"}, "thickness": 12},
        hovertemplate="%{y} → %{x}: net %{z:+g}<extra></extra>",
    ))
    _style(fig, title, height=max(260, 120 + 40 * len(matrix.index)))
    fig.update_xaxes(side="top", showgrid=False)
    fig.update_yaxes(showgrid=False, autorange="reversed")
    fig.update_layout(margin={"t": 90})
    return fig


def vendor_mentions_chart(mentions: pd.DataFrame, title: str = "Mentions per vendor, by stance") -> go.Figure:
    """Stacked bars: how many facts prefer or avoid each vendor (from `figures.vendor_mentions`)."""
    if mentions.empty:
        return empty_figure(title, "No vendor preference in this view.")
    order = mentions.groupby("vendor")["mentions"].sum().sort_values(ascending=False).index.astype(str).tolist()
    fig = go.Figure()
    for stance in ("prefers", "avoids"):
        part = mentions[mentions["stance"] == stance].set_index("vendor")["mentions"]
        fig.add_trace(go.Bar(
            x=[esc(v) for v in order], y=[int(part.get(v, 0)) for v in order], name=stance,
            marker={"color": STANCE_COLORS[stance]}, customdata=[[v, stance] for v in order],
            hovertemplate="%{x}: %{y} " + stance + "<extra></extra>",
        ))
    _style(fig, title, height=360, legend=True)
    fig.update_layout(barmode="stack")
    fig.update_yaxes(title="facts", dtick=1)
    return fig


def vendor_net_chart(net: pd.DataFrame, title: str = "Net vendor preference") -> go.Figure:
    """Bars of net preference per vendor (green liked, red avoided)."""
    if net.empty:
        return empty_figure(title, "No vendor preference in this view.")
    top = net.head(MAX_BARS)
    vendors = top["vendor"].astype(str)
    fig = go.Figure(go.Bar(
        x=[esc(v) for v in vendors], y=top["net"],
        marker={"color": [STANCE_COLORS["prefers"] if v >= 0 else STANCE_COLORS["avoids"] for v in top["net"]]},
        text=[f"{v:+g}" for v in top["net"]], textposition="outside", cliponaxis=False,
        customdata=[[v] for v in vendors], hovertemplate="%{x}: net %{y:+g}<extra></extra>",
    ))
    _style(fig, title, height=300)
    fig.update_yaxes(dtick=1, zeroline=True, zerolinecolor="#AAB")
    return fig


# --- overview and explorer -------------------------------------------------------------------

def facts_timeline(facts: pd.DataFrame, sources: pd.DataFrame, title: str = "Facts over time") -> go.Figure:
    """One point per dated fact: x = date, y = type, colour = type; hover shows the fact."""
    if facts.empty:
        return empty_figure(title, "No fact in this view.")
    data = facts.copy()
    data["when"] = fact_when(data, sources).to_numpy()
    data["x"] = data["when"].map(when_to_timestamp)
    dated = data[data["x"].notna()]
    if dated.empty:
        return empty_figure(title, f"{len(data)} fact(s), none dated.")
    fig = go.Figure()
    for kind, group in dated.groupby("type", sort=True):
        fig.add_trace(go.Scatter(
            x=group["x"], y=[type_label(kind)] * len(group), mode="markers", name=type_label(kind),
            marker={"size": 13, "color": TYPE_COLORS.get(str(kind), "#7F7F7F"), "opacity": 0.85,
                    "line": {"width": 1, "color": "white"}},
            customdata=[[r["id"], "", esc(fact_summary(r)), esc(r["when"])] for r in group.to_dict("records")],
            hovertemplate="%{customdata[2]}<br>%{customdata[3]}<extra></extra>",
        ))
    _style(fig, title, height=max(240, 120 + 45 * dated["type"].nunique()), legend=False)
    hidden = len(data) - len(dated)
    if hidden:
        fig.add_annotation(text=f"{hidden} undated fact(s) not shown", showarrow=False, x=1, y=1.1,
                           xref="paper", yref="paper", xanchor="right", font={"size": 12, "color": "#808495"})
    return fig


def count_bar(table: pd.DataFrame, label: str, value: str, title: str, color_by_entity: bool = True) -> go.Figure:
    """Horizontal bars of a count per name (related entities, facts per type…)."""
    if table.empty:
        return empty_figure(title)
    top = table.head(MAX_BARS).iloc[::-1]
    names = top[label].astype(str)
    colors = [entity_color(n) for n in names] if color_by_entity else ["#2F5D8C"] * len(top)
    fig = go.Figure(go.Bar(
        x=top[value], y=[esc(n) for n in names], orientation="h", marker={"color": colors},
        text=[format_count(v) for v in top[value]], textposition="outside", cliponaxis=False,
        customdata=[[n] for n in names], hovertemplate="%{y}: %{x:,.0f}<extra></extra>",
    ))
    _style(fig, title, height=max(200, 60 + 28 * len(top)))
    fig.update_xaxes(dtick=1 if float(top[value].max()) <= 10 else None)
    return fig


# --- exports ---------------------------------------------------------------------------------

def figure_html(fig: go.Figure, include_plotlyjs: bool | str = True, full_html: bool = True) -> str:
    """Interactive HTML of a figure; `include_plotlyjs=True` inlines plotly.js (works offline)."""
    return pio.to_html(fig, include_plotlyjs=include_plotlyjs, full_html=full_html,
                       config={"displaylogo": False, "responsive": True})


def figure_image(fig: go.Figure, fmt: str, width: int = IMAGE_WIDTH, height: int | None = None) -> bytes:
    """PNG or SVG bytes of a figure, rendered by kaleido (headless Chromium)."""
    if fmt not in ("png", "svg"):
        raise ValueError(f"unsupported image format {fmt!r}; use png or svg")
    height = height or int(fig.layout.height or IMAGE_HEIGHT)
    try:
        return pio.to_image(fig, format=fmt, width=width, height=height, scale=2 if fmt == "png" else 1)
    except RuntimeError as exc:
        raise RuntimeError(f"Chart export needs Chromium (kaleido): {exc}") from exc


def figure_images(figures: Mapping[str, go.Figure], formats: Iterable[str] = ("png", "svg"),
                  width: int = IMAGE_WIDTH) -> dict[str, bytes]:
    """Many figures rendered in one Chromium session: {"name.png": bytes, "name.svg": bytes, …}."""
    import kaleido

    jobs = [(name, fmt, fig) for name, fig in figures.items() for fmt in formats]
    results: dict[str, bytes] = {}
    errors: list[BaseException] = []

    async def render() -> None:
        async with kaleido.Kaleido(n=1) as k:
            for name, fmt, fig in jobs:
                opts = {"format": fmt, "width": width, "height": int(fig.layout.height or IMAGE_HEIGHT),
                        "scale": 2 if fmt == "png" else 1}
                results[f"{name}.{fmt}"] = await k.calc_fig(fig.to_dict(), opts=opts)

    def run() -> None:
        try:
            asyncio.run(render())
        except BaseException as exc:  # surfaced in the caller's thread
            errors.append(exc)

    # A thread of its own: the caller may already run an event loop (Streamlit, Jupyter).
    worker = threading.Thread(target=run, name="kaleido-export")
    worker.start()
    worker.join()
    if errors:
        raise RuntimeError(f"Chart export failed (kaleido/Chromium): {errors[0]}") from errors[0]
    return results


def node_names(figure_points: list[dict[str, Any]]) -> list[str]:
    """The raw names behind clicked points (customdata[0]), skipping unknown placeholders."""
    names: list[str] = []
    for point in figure_points:
        data = point.get("customdata")
        name = data[0] if isinstance(data, (list, tuple)) and data else data
        if isinstance(name, str) and name and name not in (UNKNOWN, UNKNOWN_ORIGIN) and name not in names:
            names.append(name)
    return names
