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
from functools import lru_cache
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
PERSON_COLOR = "#5F6B7A"


def _color(colors: Mapping[str, str] | None, name: Any) -> str:
    """The company's colour from the dashboard's map, else its own stable colour."""
    if colors and isinstance(name, str) and name in colors:
        return colors[name]
    return entity_color(name)


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


def _bar_height(bars: int) -> int:
    """Figure height for horizontal bars: about 32 px a bar, never a slab for one or two bars."""
    return max(170, 100 + 32 * bars)


def _usd_axis(fig: go.Figure, max_value: float, axis: str = "x") -> None:
    top = max_value * 1.18  # room for the value labels at the end of the bars
    vals, texts = usd_ticks(top)
    kept = [(v, t) for v, t in zip(vals, texts, strict=True) if v <= top]
    update = fig.update_xaxes if axis == "x" else fig.update_yaxes
    update(tickvals=[v for v, _ in kept], ticktext=[t for _, t in kept], range=[0, top])


def _pad_dates(fig: go.Figure, dates: pd.Series, min_days: int = 150) -> None:
    """Keep a short date span readable: at least `min_days` wide, centred on the data."""
    lo, hi = pd.Timestamp(dates.min()), pd.Timestamp(dates.max())
    if (hi - lo).days < min_days:
        mid = lo + (hi - lo) / 2
        half = pd.Timedelta(days=min_days // 2)
        fig.update_xaxes(range=[mid - half, mid + half])


def _note_undated(fig: go.Figure, hidden: int, noun: str, y: float) -> None:
    """A corner note on a timeline saying how many items have no date and are not drawn."""
    if hidden:
        fig.add_annotation(text=f"{hidden} undated {noun} not shown", showarrow=False, x=1, y=y,
                           xref="paper", yref="paper", xanchor="right", font={"size": 12, "color": "#808495"})


def _log_usd_axis(fig: go.Figure, lo: float, hi: float) -> None:
    first, last = math.floor(math.log10(max(lo, 1))), math.ceil(math.log10(max(hi, 10)))
    vals = [10.0 ** p for p in range(first, last + 1)]
    fig.update_yaxes(type="log", tickvals=vals, ticktext=[format_usd(v) for v in vals],
                     range=[first - 0.15, last + 0.15])


# --- investments -----------------------------------------------------------------------------

def amounts_bar(amounts: pd.DataFrame, field: str, title: str,
        colors: Mapping[str, str] | None = None) -> go.Figure:
    """Horizontal bars of disclosed USD amounts per investor or target (from `figures.amounts_by`)."""
    if amounts.empty:
        return empty_figure(title, "No disclosed amounts in this view.")
    top = amounts.head(MAX_BARS).iloc[::-1]
    names = top[field].astype(str)
    fig = go.Figure(go.Bar(
        x=top["amount_usd"], y=[esc(n) for n in names], orientation="h",
        marker={"color": [_color(colors, n) for n in names]},
        text=[format_usd(v) for v in top["amount_usd"]], textposition="outside", cliponaxis=False,
        customdata=list(zip(names, top["deals"], strict=True)),
        hovertemplate="%{y}<br>%{text} disclosed in %{customdata[1]} deal(s)<extra></extra>",
    ))
    more = len(amounts) - len(top)
    _style(fig, title + (f" (top {MAX_BARS} of {len(amounts)})" if more > 0 else ""),
           height=_bar_height(len(top)))
    _usd_axis(fig, float(top["amount_usd"].max()))
    return fig


def investment_timeline(facts: pd.DataFrame, sources: pd.DataFrame, title: str = "Investments over time",
        colors: Mapping[str, str] | None = None) -> go.Figure:
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
                    "color": _color(colors, investor) if investor else UNKNOWN_COLOR, "opacity": 0.8,
                    "line": {"width": 1, "color": "white"}},
            customdata=[[r["id"], r["investor"] if isinstance(r["investor"], str) else "",
                         esc(fact_summary(r)), esc(r["when"]), format_usd(r["amount_usd"])]
                        for r in group.to_dict("records")],
            hovertemplate="%{customdata[2]}<br>%{customdata[4]} · %{customdata[3]}<extra></extra>",
        ))
    _style(fig, title, height=420, legend=True)
    _log_usd_axis(fig, float(dated["amount_usd"].min()), biggest)
    fig.update_xaxes(title=None)
    _pad_dates(fig, dated["x"])
    _note_undated(fig, len(inv) - len(dated), "deal(s)", y=1.08)
    return fig


def valuations_bar(latest: pd.DataFrame, title: str = "Latest reported valuations",
        colors: Mapping[str, str] | None = None) -> go.Figure:
    """Horizontal bars of each company's latest reported valuation (from `figures.latest_valuations`)."""
    if latest.empty:
        return empty_figure(title, "No valuation reported in this view.")
    top = latest.head(MAX_BARS).iloc[::-1]
    names = top["company"].astype(str)
    dates = [d if isinstance(d, str) else "undated" for d in top["date"]]
    fig = go.Figure(go.Bar(
        x=top["valuation_usd"], y=[esc(n) for n in names], orientation="h",
        marker={"color": [_color(colors, n) for n in names]},
        text=[format_usd(v) for v in top["valuation_usd"]], textposition="outside", cliponaxis=False,
        customdata=list(zip(names, dates, strict=True)),
        hovertemplate="%{y}: %{text} (%{customdata[1]})<extra></extra>",
    ))
    _style(fig, title, height=_bar_height(len(top)))
    _usd_axis(fig, float(top["valuation_usd"].max()))
    return fig


# --- talent ----------------------------------------------------------------------------------

def _rgba(hex_color: str, alpha: float) -> str:
    h = hex_color.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def talent_sankey(flows: pd.DataFrame, title: str = "Talent flows between companies",
        colors: Mapping[str, str] | None = None) -> go.Figure:
    """Sankey of people moving from company to company (from `figures.talent_flows`)."""
    if flows.empty:
        return empty_figure(title, "No talent move in this view.")
    left = list(dict.fromkeys(flows["source"].astype(str)))
    right = list(dict.fromkeys(flows["target"].astype(str)))
    labels = left + right
    fig = go.Figure(go.Sankey(
        arrangement="snap",
        node={"label": [esc(n) for n in labels], "pad": 18, "thickness": 16,
              "color": [_color(colors, n) for n in labels], "line": {"width": 0},
              "customdata": labels, "hovertemplate": "%{label}: %{value:,.0f} people<extra></extra>"},
        link={"source": [left.index(s) for s in flows["source"].astype(str)],
              "target": [len(left) + right.index(t) for t in flows["target"].astype(str)],
              "value": flows["people"].astype(float),
              "color": [_rgba(_color(colors, s), 0.35) for s in flows["source"].astype(str)],
              "customdata": [f"{int(m)} move(s)" for m in flows["moves"]],
              "hovertemplate": "%{source.label} → %{target.label}<br>%{value:,.0f} people, "
                               "%{customdata}<extra></extra>"},
    ))
    return _style(fig, title, height=max(320, 40 + 34 * max(len(left), len(right))))


def network_layout(graph: nx.Graph, seed: int = 7) -> dict[Any, tuple[float, float]]:
    """Positions for a graph with several components: each laid out on its own, packed in rows.

    One layout of the whole graph pushes small components to the edges and crushes the large one;
    here each component gets a square box growing with its size, laid out by ForceAtlas2 (which
    keeps hubs' neighbours apart). Deterministic, and memoised on the edge list.
    """
    key = tuple(sorted(tuple(sorted((str(a), str(b)))) for a, b in graph.edges()))
    isolated = tuple(sorted(str(n) for n in graph.nodes if graph.degree(n) == 0))
    by_name = {str(n): n for n in graph.nodes}
    return {by_name[n]: p for n, p in _layout(key, isolated, seed).items()}


@lru_cache(maxsize=64)
def _layout(edges: tuple[tuple[str, str], ...], isolated: tuple[str, ...], seed: int) -> dict[str, tuple[float, float]]:
    graph = nx.Graph(list(edges))
    graph.add_nodes_from(isolated)
    comps = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    sides = [max(len(c) ** 0.65, 2.4) for c in comps]
    row_width = max(sides[0] * 1.6, math.sqrt(sum(s * s for s in sides)) * 1.3) if comps else 1.0
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for comp, side in zip(comps, sides, strict=True):
        if x > 0 and x + side > row_width + 1e-9:
            x, y, row_height = 0.0, y - row_height, 0.0
        sub = graph.subgraph(comp)
        if len(comp) == 1:
            local = {comp[0]: (0.5, 0.5)}
        elif len(comp) == 2:
            local = {comp[0]: (0.0, 0.3), comp[1]: (1.0, 0.7)}
        else:
            raw = nx.forceatlas2_layout(sub, seed=seed, max_iter=400, scaling_ratio=4.0, distributed_action=True,
                                        node_size=dict.fromkeys(sub, 2.0))
            xs = [float(p[0]) for p in raw.values()]
            ys = [float(p[1]) for p in raw.values()]
            span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
            local = {n: ((float(p[0]) - min(xs)) / span_x, (float(p[1]) - min(ys)) / span_y) for n, p in raw.items()}
        pad = 0.15 * side
        for n, (lx, ly) in local.items():
            pos[n] = (x + pad + lx * (side - 2 * pad), y - pad - (1 - ly) * (side - 2 * pad))
        x += side
        row_height = max(row_height, side)
    return pos


def _edge_hover(edges: pd.DataFrame, pos: Mapping[Any, tuple[float, float]], label: str) -> go.Scatter:
    """Invisible points at the middle of each edge, so that hovering a line tells what it stands for
    (Plotly lines only hover at their ends)."""
    rows = edges.to_dict("records")
    texts = [f"{esc(e['source'])} → {esc(e['target'])}<br>{label}"
             + (f" · {float(e['weight']):,.0f} people" if label == "group move" else "") for e in rows]
    return go.Scatter(
        x=[(pos[e["source"]][0] + pos[e["target"]][0]) / 2 for e in rows],
        y=[(pos[e["source"]][1] + pos[e["target"]][1]) / 2 for e in rows],
        mode="markers", marker={"size": 14, "opacity": 0}, showlegend=False, hovertext=texts,
        hovertemplate="%{hovertext}<extra></extra>", name=f"{label} (links)")


def talent_network_chart(edges: pd.DataFrame, title: str = "People and companies",
        colors: Mapping[str, str] | None = None) -> go.Figure:
    """Network of people and companies linked by moves (networkx spring layout, drawn with Plotly)."""
    if edges.empty:
        return empty_figure(title, "No talent move in this view.")
    graph = nx.Graph()
    kinds: dict[str, str] = {}
    for e in edges.to_dict("records"):
        kinds.setdefault(e["source"], e["source_kind"])
        kinds.setdefault(e["target"], e["target_kind"])
        graph.add_edge(e["source"], e["target"], relation=e["relation"], weight=float(e["weight"]))
    pos = network_layout(graph)
    label_people = graph.number_of_nodes() <= 30
    fig = go.Figure()
    styles = {"joined": ("#2E8B57", "solid", "joined"), "moved": ("#4C78A8", "solid", "group move"),
              "left": ("#C0392B", "dot", "left")}
    for relation, (color, dash, label) in styles.items():
        xs: list[float | None] = []
        ys: list[float | None] = []
        for e in edges[edges["relation"] == relation].to_dict("records"):
            xs += [pos[e["source"]][0], pos[e["target"]][0], None]
            ys += [pos[e["source"]][1], pos[e["target"]][1], None]
        if xs:
            fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", name=label, hoverinfo="skip",
                                     line={"color": color, "width": 1.6, "dash": dash}))
            fig.add_trace(_edge_hover(edges[edges["relation"] == relation], pos, label))
    for kind, symbol, name in (("org", "square", "company"), ("person", "circle", "person")):
        nodes = [n for n in graph.nodes if kinds.get(n) == kind]
        if not nodes:
            continue
        fig.add_trace(go.Scatter(
            x=[pos[n][0] for n in nodes], y=[pos[n][1] for n in nodes], mode="markers+text", name=name,
            text=[esc(n) if kind == "org" or label_people else "" for n in nodes],
            hovertext=[esc(n) for n in nodes], textposition="top center", textfont={"size": 11},
            marker={"symbol": symbol, "size": [12 + 3 * min(graph.degree(n), 8) for n in nodes],
                    "color": [_color(colors, n) if kind == "org" else PERSON_COLOR for n in nodes],
                    "line": {"width": 1, "color": "white"}},
            customdata=[[n, kind, graph.degree(n)] for n in nodes],
            hovertemplate="%{hovertext}<br>%{customdata[2]} link(s)<extra></extra>",
        ))
    _style(fig, title, height=480 if graph.number_of_nodes() <= 30 else 640, legend=True)
    px_ = [p[0] for p in pos.values()]
    py_ = [p[1] for p in pos.values()]
    span_x, span_y = (max(px_) - min(px_)) or 1.0, (max(py_) - min(py_)) or 1.0
    fig.update_xaxes(visible=False, range=[min(px_) - 0.12 * span_x, max(px_) + 0.12 * span_x])
    fig.update_yaxes(visible=False, range=[min(py_) - 0.08 * span_y, max(py_) + 0.12 * span_y])
    return fig


def flows_bar(flows: pd.DataFrame, title: str = "Largest talent flows",
        colors: Mapping[str, str] | None = None) -> go.Figure:
    """Horizontal bars of the largest company-to-company flows."""
    if flows.empty:
        return empty_figure(title, "No talent move in this view.")
    top = flows.head(8).iloc[::-1]
    labels = [f"{esc(s)} → {esc(t)}" for s, t in zip(top["source"], top["target"], strict=True)]
    fig = go.Figure(go.Bar(
        x=top["people"], y=labels, orientation="h", marker={"color": [_color(colors, s) for s in top["source"]]},
        text=[format_count(v) for v in top["people"]], textposition="outside", cliponaxis=False,
        customdata=[[s] for s in top["source"]],
        hovertemplate="%{y}: %{x:,.0f} people<extra></extra>",
    ))
    return _style(fig, title, height=_bar_height(len(top)))


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
        colorbar={"title": {"text": "net"}, "thickness": 12, "dtick": 1},
        hovertemplate="%{y} → %{x}: net %{z:+g}<extra></extra>",
    ))
    _style(fig, title, height=max(260, 120 + 40 * len(matrix.index)))
    fig.update_xaxes(showgrid=False, tickangle=-30)
    fig.update_yaxes(showgrid=False, autorange="reversed")
    return fig


def vendor_mentions_chart(mentions: pd.DataFrame, title: str = "Mentions per vendor, by stance") -> go.Figure:
    """Stacked horizontal bars: how many facts prefer or avoid each vendor (from `figures.vendor_mentions`)."""
    if mentions.empty:
        return empty_figure(title, "No vendor preference in this view.")
    totals = mentions.groupby("vendor")["mentions"].sum().sort_values(ascending=False)
    order = totals.index.astype(str).tolist()[:MAX_BARS][::-1]
    fig = go.Figure()
    for stance in ("prefers", "avoids"):
        part = mentions[mentions["stance"] == stance].set_index("vendor")["mentions"]
        fig.add_trace(go.Bar(
            y=[esc(v) for v in order], x=[int(part.get(v, 0)) for v in order], name=stance, orientation="h",
            marker={"color": STANCE_COLORS[stance]}, customdata=[[v, stance] for v in order],
            hovertemplate="%{y}: %{x} " + stance + "<extra></extra>",
        ))
    more = len(totals) - len(order)
    _style(fig, title + (f" (top {MAX_BARS} of {len(totals)})" if more > 0 else ""),
           height=max(260, 90 + 28 * len(order)), legend=True)
    fig.update_layout(barmode="stack", legend={"y": 1.02, "yanchor": "bottom", "x": 1, "xanchor": "right"})
    fig.update_xaxes(title="facts", dtick=1 if float(totals.max()) <= 10 else None)
    return fig


def vendor_net_chart(net: pd.DataFrame, title: str = "Net vendor preference") -> go.Figure:
    """Horizontal bars of net preference per vendor (green liked, red avoided), best liked on top."""
    if net.empty:
        return empty_figure(title, "No vendor preference in this view.")
    top = net.head(10).iloc[::-1]
    vendors = top["vendor"].astype(str)
    fig = go.Figure(go.Bar(
        x=top["net"], y=[esc(v) for v in vendors], orientation="h",
        marker={"color": [STANCE_COLORS["prefers"] if v >= 0 else STANCE_COLORS["avoids"] for v in top["net"]]},
        text=[f"{v:+g}" for v in top["net"]], cliponaxis=False,
        textposition=["outside" if v >= 0 else "inside" for v in top["net"]], insidetextanchor="start",
        customdata=[[v] for v in vendors], hovertemplate="%{y}: net %{x:+g}<extra></extra>",
    ))
    _style(fig, title + (f" (top 10 of {len(net)})" if len(net) > 10 else ""), height=_bar_height(len(top)))
    fig.update_xaxes(dtick=1, zeroline=True, zerolinecolor="#AAB")
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
    _pad_dates(fig, dated["x"])
    _note_undated(fig, len(data) - len(dated), "fact(s)", y=1.1)
    return fig


def count_bar(table: pd.DataFrame, label: str, value: str, title: str, color_by_entity: bool = True,
        colors: Mapping[str, str] | None = None) -> go.Figure:
    """Horizontal bars of a count per name (related entities, facts per type…)."""
    if table.empty:
        return empty_figure(title)
    top = table.head(MAX_BARS).iloc[::-1]
    names = top[label].astype(str)
    if not color_by_entity:
        bar_colors = ["#2F5D8C"] * len(top)
    elif colors:  # names outside the company map are people: grey, as in the network
        bar_colors = [colors.get(n, PERSON_COLOR) for n in names]
    else:
        bar_colors = [entity_color(n) for n in names]
    fig = go.Figure(go.Bar(
        x=top[value], y=[esc(n) for n in names], orientation="h", marker={"color": bar_colors},
        text=[format_count(v) for v in top[value]], textposition="outside", cliponaxis=False,
        customdata=[[n] for n in names], hovertemplate="%{y}: %{x:,.0f}<extra></extra>",
    ))
    _style(fig, title, height=_bar_height(len(top)))
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
