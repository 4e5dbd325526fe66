"""The report of a filtered view: one self-contained HTML file, or a ZIP of chart images and CSVs.

Also the evidence cards (a fact, its sources' sentences with title, outlet and date, and its
conflicting figures side by side) that the dashboard shows. All text from articles and the store
goes through `html.escape`; the only markup is written here.
"""

from __future__ import annotations

import html
import io
import json
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pandas as pd

from analytics import charts, figures
from analytics.exports import frame_bytes
from analytics.views import View

Renderer = Callable[[Mapping[str, Any], tuple[str, ...]], dict[str, bytes]]


@dataclass
class ChartSpec:
    """One chart of a view: a file-name key, its title, the figure and the data behind it."""

    key: str
    title: str
    figure: Any
    data: pd.DataFrame


@dataclass
class Section:
    """A report section: charts and tables of one theme."""

    title: str
    charts: list[ChartSpec] = field(default_factory=list)
    tables: list[tuple[str, pd.DataFrame]] = field(default_factory=list)


# --- what a view contains ----------------------------------------------------------------------

def view_sections(view: View, colors: Mapping[str, str] | None = None) -> list[Section]:
    """Every chart and table of the view, theme by theme (the pages show the same ones)."""
    facts, sources = view.facts, view.sources
    by_investor = figures.amounts_by(facts, "investor")
    by_target = figures.amounts_by(facts, "target")
    latest_vals = figures.latest_valuations(facts)
    inv_table = figures.investment_table(facts, sources)
    flows = figures.talent_flows(facts)
    network = figures.talent_network(facts)
    matrix = figures.net_vendor_preference(facts, sources)
    mentions = figures.vendor_mentions(facts)
    timeline_data = inv_table[inv_table["amount_usd"].notna()]
    return [
        Section("Overview", charts=[
            ChartSpec("facts_timeline", "Facts over time", charts.facts_timeline(facts, sources),
                      figures.facts_table(facts, sources)),
        ], tables=[("Facts by type", figures.theme_counts(facts))]),
        Section("Investments", charts=[
            ChartSpec("by_investor", "Disclosed amounts by investor",
                      charts.amounts_bar(by_investor, "investor", "Disclosed amounts by investor", colors=colors),
                      by_investor),
            ChartSpec("by_target", "Disclosed amounts by target",
                      charts.amounts_bar(by_target, "target", "Disclosed amounts by target", colors=colors), by_target),
            ChartSpec("timeline", "Investments over time",
                      charts.investment_timeline(facts, sources, colors=colors), timeline_data),
            ChartSpec("valuations", "Latest reported valuations", charts.valuations_bar(latest_vals, colors=colors),
                      latest_vals),
        ], tables=[("Investments", inv_table)]),
        Section("Talent flows", charts=[
            ChartSpec("sankey", "Talent flows between companies", charts.talent_sankey(flows, colors=colors), flows),
            ChartSpec("network", "People and companies", charts.talent_network_chart(network, colors=colors), network),
        ], tables=[("Talent moves", figures.moves_table(facts, sources))]),
        Section("Vendors", charts=[
            ChartSpec("heatmap", "Net vendor preference", charts.preference_heatmap(matrix),
                      matrix.reset_index() if not matrix.empty else matrix),
            ChartSpec("mentions", "Mentions per vendor, by stance", charts.vendor_mentions_chart(mentions), mentions),
        ], tables=[("Vendor preferences and reasons", figures.vendor_table(facts, sources))]),
    ]


# --- tables as text ------------------------------------------------------------------------------

USD_COLUMNS = ("amount_usd", "valuation_usd")
HIDDEN_COLUMNS = ("fact_id",)


def display_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A table with readable numbers ("$14.3B", "49%", "0.93") for reports."""
    out = df.drop(columns=[c for c in HIDDEN_COLUMNS if c in df.columns]).copy()
    for col in out.columns:
        if col in USD_COLUMNS:
            out[col] = out[col].map(figures.format_usd)
        elif col in ("stake_pct", "share_pct"):
            out[col] = out[col].map(figures.format_pct)
        elif col == "confidence":
            out[col] = out[col].map(lambda v: "–" if pd.isna(v) else f"{v:.2f}")
        elif col == "conflicts":
            out[col] = out[col].map(lambda v: "yes" if v is True else "")
        elif pd.api.types.is_float_dtype(out[col]):
            out[col] = out[col].map(lambda v: "–" if pd.isna(v) else f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}")
        else:
            out[col] = out[col].map(lambda v: "–" if v is None or (not isinstance(v, str) and pd.isna(v)) else v)
    return out


def table_html(df: pd.DataFrame, max_rows: int = 500) -> str:
    """An escaped HTML table (at most `max_rows` rows, with a note when cut)."""
    if df.empty:
        return '<p class="muted">Nothing in this view.</p>'
    shown = display_frame(df.head(max_rows))
    note = f'<p class="muted">First {max_rows} of {len(df)} rows.</p>' if len(df) > max_rows else ""
    return shown.to_html(index=False, escape=True, border=0, classes="data", na_rep="–") + note


# --- evidence -------------------------------------------------------------------------------------

def _text(value: Any, default: str = "–") -> str:
    if value is None or (not isinstance(value, (str, list, dict)) and pd.isna(value)):
        return html.escape(default)
    return html.escape(str(value))


def _date(value: Any) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "undated"
    return pd.Timestamp(value).strftime("%Y-%m-%d")


def parse_conflicts(value: Any) -> list[dict[str, Any]]:
    """facts.conflicts (JSON text or list) as a list of {field, value, article_ids}."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            return []
    return [c for c in value if isinstance(c, dict)] if isinstance(value, list) else []


def _conflict_value(field_name: str, value: Any) -> str:
    if isinstance(value, (int, float)) and field_name in USD_COLUMNS:
        return figures.format_usd(value)
    if isinstance(value, (int, float)) and field_name in ("stake_pct", "share_pct"):
        return figures.format_pct(value)
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.3g}"
    return str(value)


def conflicts_html(conflicts: list[dict[str, Any]], sources: pd.DataFrame) -> str:
    """Conflicting values side by side: one column per source article, one row per disputed field."""
    if not conflicts:
        return ""
    titles = {r["article_id"]: r for r in sources.to_dict("records")} if len(sources) else {}
    articles = list(dict.fromkeys(a for c in conflicts for a in c.get("article_ids", [])))
    fields = list(dict.fromkeys(str(c.get("field")) for c in conflicts))
    head = "".join(
        f"<th>{_text(titles.get(a, {}).get('title') or a)}<br><span class='muted'>"
        f"{_text(titles.get(a, {}).get('source'), 'unknown outlet')} · {_date(titles.get(a, {}).get('published_date'))}"
        f"</span></th>" for a in articles)
    rows = []
    for f in fields:
        cells = []
        for a in articles:
            values = [_conflict_value(f, c.get("value")) for c in conflicts
                      if str(c.get("field")) == f and a in c.get("article_ids", [])]
            cells.append(f"<td>{html.escape(', '.join(values)) if values else '–'}</td>")
        rows.append(f"<tr><th>{html.escape(f)}</th>{''.join(cells)}</tr>")
    return ('<div class="conflicts"><div class="conflicts-title">Sources disagree</div>'
            f'<table class="data"><thead><tr><th>field</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody>'
            "</table></div>")


def evidence_html(fact: Mapping[str, Any], sources: pd.DataFrame) -> str:
    """One fact as an evidence card: summary, confidence, each source's sentence, conflicts."""
    own = sources[sources["fact_id"] == fact["id"]] if len(sources) else sources
    items = []
    for s in own.to_dict("records"):
        meta = (f"{_text(s.get('title') or s.get('article_id'))} — {_text(s.get('source'), 'unknown outlet')}, "
                f"{_date(s.get('published_date'))}" + (f" · {_text(s.get('language'))}" if s.get("language") else ""))
        items.append(f'<li><blockquote>{_text(s.get("evidence"), "(no sentence kept)")}</blockquote>'
                     f'<div class="src-meta">{meta}</div></li>')
    confidence = fact.get("confidence")
    conf = f"confidence {confidence:.2f}" if isinstance(confidence, (int, float)) and not pd.isna(confidence) else ""
    n = len(own)
    return (f'<div class="ev-card"><div class="ev-head"><span class="ev-type">'
            f'{html.escape(figures.type_label(fact.get("type")))}</span> '
            f'<span class="ev-summary">{html.escape(figures.fact_summary(fact))}</span></div>'
            f'<div class="muted">{html.escape(conf)} · {n} source{"s" if n != 1 else ""}'
            f' · <code>{_text(fact.get("id"))}</code></div>'
            f'<ul class="ev-sources">{"".join(items)}</ul>'
            f'{conflicts_html(parse_conflicts(fact.get("conflicts")), own)}</div>')


# --- the report -----------------------------------------------------------------------------------

REPORT_CSS = """
body{font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#262730;margin:0 auto;max-width:1180px;
padding:24px 32px;line-height:1.45}
h1{font-size:1.7rem;margin:0 0 4px}h2{border-bottom:2px solid #2F5D8C;padding-bottom:4px;margin-top:36px}
h3{font-size:1.05rem;margin:24px 0 8px}.muted{color:#6B7280;font-size:.9rem}
.kpis{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}.kpi{border:1px solid #E6E9EF;border-radius:8px;
padding:10px 16px;min-width:140px}.kpi b{display:block;font-size:1.4rem}
table.data{border-collapse:collapse;font-size:.88rem;margin:8px 0;width:100%}
table.data th,table.data td{border-bottom:1px solid #E6E9EF;padding:4px 8px;text-align:left;vertical-align:top}
table.data thead th{background:#F5F7FA}
.ev-card{border:1px solid #E6E9EF;border-radius:8px;padding:10px 14px;margin:10px 0}
.ev-type{background:#2F5D8C;color:#fff;border-radius:4px;padding:1px 6px;font-size:.8rem}
.ev-summary{font-weight:600}.ev-sources{list-style:none;padding-left:0;margin:6px 0}
blockquote{margin:6px 0 2px;padding:4px 10px;border-left:3px solid #F2C94C;background:#FFFBEA}
.src-meta{font-size:.85rem;color:#6B7280}.conflicts{margin-top:8px}
.conflicts-title{font-weight:600;color:#B45309}
"""


def _kpis_html(view: View) -> str:
    k = figures.kpis(view.articles, view.entities, view.facts)
    items = [("Articles", figures.format_count(k["articles"])), ("Companies", figures.format_count(k["companies"])),
             ("People", figures.format_count(k["people"])),
             ("Disclosed investment", figures.format_usd(k["disclosed_investment_usd"])),
             ("Talent moves", figures.format_count(k["talent_moves"])),
             ("Vendor mentions", figures.format_count(k["vendor_mentions"]))]
    return '<div class="kpis">' + "".join(
        f'<div class="kpi"><span class="muted">{html.escape(a)}</span><b>{html.escape(b)}</b></div>'
        for a, b in items) + "</div>"


def report_html(view: View, colors: Mapping[str, str] | None = None, *, title: str = "AI industry news report",
                generated_at: datetime | None = None, sections: list[Section] | None = None) -> str:
    """A single self-contained HTML file: KPIs, interactive charts (plotly.js inlined once), tables, evidence."""
    generated = (generated_at or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    sections = sections if sections is not None else view_sections(view, colors)
    body = [f"<h1>{html.escape(title)}</h1>",
            f'<div class="muted">Filters: {html.escape(view.filters.describe())} · generated {generated}</div>',
            _kpis_html(view)]
    first_chart = True
    for section in sections:
        body.append(f"<h2>{html.escape(section.title)}</h2>")
        for spec in section.charts:
            body.append(charts.figure_html(spec.figure, include_plotlyjs=True if first_chart else False,
                                           full_html=False))
            first_chart = False
        for name, df in section.tables:
            body.append(f"<h3>{html.escape(name)}</h3>{table_html(df)}")
    body.append(f"<h2>Evidence ({len(view.facts)} facts)</h2>")
    ordered = figures.facts_table(view.facts, view.sources)["fact_id"] if len(view.facts) else []
    by_id = {r["id"]: r for r in view.facts.to_dict("records")}
    body.extend(evidence_html(by_id[i], view.sources) for i in ordered)
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{html.escape(title)}</title><style>{REPORT_CSS}</style></head><body>"
            + "\n".join(body) + "</body></html>")


def report_zip(view: View, colors: Mapping[str, str] | None = None, *, render: Renderer | None = None,
               prefix: str = "report", sections: list[Section] | None = None) -> bytes:
    """A ZIP with every chart as PNG and SVG plus the CSV behind it, and the view's tables as CSV.

    `render` turns {name: figure} into {"name.png": bytes, …} (default: `charts.figure_images`,
    one Chromium session for all charts).
    """
    render = render or (lambda figs, fmts: charts.figure_images(figs, fmts))
    sections = sections if sections is not None else view_sections(view, colors)
    figs = {f"{prefix}_{s.title.lower().replace(' ', '-')}_{c.key}": c for s in sections for c in s.charts}
    images = render({name: spec.figure for name, spec in figs.items()}, ("png", "svg"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"{prefix}_README.txt", f"Filters: {view.filters.describe()}\n"
                                            f"Generated: {datetime.now(UTC):%Y-%m-%d %H:%M UTC}\n")
        for name, spec in figs.items():
            for fmt in ("png", "svg"):
                if f"{name}.{fmt}" in images:
                    zf.writestr(f"{name}.{fmt}", images[f"{name}.{fmt}"])
            zf.writestr(f"{name}.csv", frame_bytes(spec.data, "csv"))
        for s in sections:
            for table_name, df in s.tables:
                zf.writestr(f"{prefix}_{table_name.lower().replace(' ', '-')}.csv", frame_bytes(df, "csv"))
    return buf.getvalue()
