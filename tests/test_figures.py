"""Figure data on tiny hand-built frames."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics import figures
from analytics.merge import merge_facts
from analytics.schema import FACT_COLUMNS


def _facts(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame([{c: None for c in FACT_COLUMNS} | {"id": f"f{i}", "confidence": 0.8} | r
                       for i, r in enumerate(rows)])
    return df


def test_round_total_is_not_added_to_its_backers() -> None:
    facts = _facts([
        {"type": "investment", "investor": None, "target": "Mistral AI", "amount_usd": 640e6, "date": "2024-06"},
        {"type": "investment", "investor": "General Catalyst", "target": "Mistral AI", "amount_usd": None, "date": "2024-06"},
        {"type": "investment", "investor": "Nvidia", "target": "Mistral AI", "amount_usd": 100e6, "date": "2024-06"},
        {"type": "investment", "investor": "Meta", "target": "Scale AI", "amount_usd": 14.3e9, "date": "2025-06"},
    ])
    assert figures.disclosed_investment_usd(facts) == pytest.approx(14.94e9)
    by_target = figures.amounts_by(facts, "target")
    assert list(by_target["target"]) == ["Scale AI", "Mistral AI"]


def test_talent_flows_count_groups_and_unknown_destinations() -> None:
    facts = _facts([
        {"type": "talent_move", "person": None, "count": 50, "from_org": "OpenAI", "to_org": "Meta"},
        {"type": "talent_move", "person": "Ruben Mayer", "count": 1, "from_org": "Meta", "to_org": None},
    ])
    flows = figures.talent_flows(facts)
    assert flows.to_dict("records") == [
        {"source": "OpenAI", "target": "Meta", "people": 50.0, "moves": 1},
        {"source": "Meta", "target": figures.UNKNOWN, "people": 1.0, "moves": 1},
    ]


def test_net_vendor_preference_sums_sources() -> None:
    facts = _facts([
        {"type": "vendor_preference", "customer": "TBD Labs", "vendor": "Mercor", "stance": "prefers"},
        {"type": "vendor_preference", "customer": "TBD Labs", "vendor": "Scale AI", "stance": "avoids"},
    ])
    sources = pd.DataFrame({"fact_id": ["f0", "f0", "f1"], "article_id": ["a", "b", "a"]})
    matrix = figures.net_vendor_preference(facts, sources)
    assert matrix.loc["TBD Labs", "Mercor"] == 2 and matrix.loc["TBD Labs", "Scale AI"] == -1


@pytest.mark.parametrize(("value", "text"), [(14.3e9, "$14.3B"), (650e6, "$650M"), (1.25e12, "$1.2T"), (900, "$900")])
def test_format_usd(value: float, text: str) -> None:
    assert figures.format_usd(value) == text


def test_merge_keeps_conflicting_figures_visible() -> None:
    per_article = pd.DataFrame([
        {c: None for c in FACT_COLUMNS} | {"article_id": a, "type": "investment", "investor": "Meta",
                                           "target": "Scale AI", "amount_usd": amt, "date": "2025-06",
                                           "confidence": 0.8, "evidence": "…"}
        for a, amt in (("a1", 14.3e9), ("a2", 14.3e9), ("a3", 15e9))
    ])
    facts, sources = merge_facts(per_article)
    (fact,) = facts.to_dict("records")
    assert fact["amount_usd"] == 14.3e9 and fact["n_sources"] == 3
    assert '"value": 15000000000.0' in fact["conflicts"]
    assert sorted(sources["article_id"]) == ["a1", "a2", "a3"]


# --- colours, formats, summaries (analytics.figures) ------------------------------------------

def test_company_colours_are_stable_and_distinct_for_the_main_players() -> None:
    names = [f"Company {i}" for i in range(len(figures.PALETTE))]
    first = figures.color_map(names)
    assert len(set(first.values())) == len(figures.PALETTE)
    assert figures.color_map(names) == first
    assert figures.color_map(["Company 3"])["Company 3"] == figures.entity_color("Company 3")
    assert figures.color_map([figures.UNKNOWN])[figures.UNKNOWN] == figures.UNKNOWN_COLOR
    entities = pd.DataFrame({"name": ["Meta", "Scale AI", "Ruben Mayer"], "kind": ["org", "org", "person"],
                             "articles": [2, 2, 2]})
    colors = figures.company_colors(entities)
    assert set(colors) == {"Meta", "Scale AI"} and colors["Meta"] != colors["Scale AI"]


@pytest.mark.parametrize(("value", "currency", "text"), [
    (1.3e9, "EUR", "€1.3B"), (14.3e9, "USD", "$14.3B"), (650e6, "GBP", "£650M"), (2e9, "CHF", "2B CHF"),
    (5e6, None, "5M"), (None, "USD", "–"), (float("nan"), "USD", "–"),
])
def test_format_amount_in_its_own_currency(value: float | None, currency: str | None, text: str) -> None:
    assert figures.format_amount(value, currency) == text


def test_usd_ticks_are_round_and_readable() -> None:
    values, labels = figures.usd_ticks(63e9)
    assert values[0] == 0 and values[-1] >= 63e9
    assert labels[:3] == ["$0", "$20B", "$40B"]
    assert figures.usd_ticks(0) == ([0.0], ["$0"])


@pytest.mark.parametrize(("row", "text"), [
    ({"type": "investment", "investor": "Meta", "target": "Scale AI", "amount": 14.3e9, "currency": "USD",
      "amount_usd": 14.3e9, "valuation_usd": 29e9, "stake_pct": 49.0},
     "Meta invested $14.3B in Scale AI (49% stake, valuation $29B)"),
    ({"type": "investment", "investor": None, "target": "Mistral AI", "amount": 600e6, "currency": "EUR",
      "amount_usd": 678e6}, "Mistral AI raised €600M (investors not named) (≈ $678M)"),
    ({"type": "talent_move", "person": None, "count": 50, "from_org": "OpenAI", "to_org": "Meta", "role": None},
     "50 people: OpenAI → Meta"),
    ({"type": "talent_move", "person": "Ruben Mayer", "count": 1, "from_org": "Meta", "to_org": None,
      "role": "VP"}, "Ruben Mayer (VP): Meta → left / unknown"),
    ({"type": "vendor_preference", "customer": "TBD Labs", "vendor": "Mercor", "stance": "prefers",
      "reason": "data quality"}, "TBD Labs prefers Mercor (data quality)"),
    ({"type": "layoff", "org": "Scale AI", "share_pct": 14.0}, "Layoff at Scale AI (14%)"),
])
def test_fact_summary(row: dict, text: str) -> None:
    assert figures.fact_summary(row) == text


def test_fact_when_falls_back_to_the_first_publication_date() -> None:
    facts = _facts([{"type": "layoff", "org": "A", "date": "2025-06"}, {"type": "layoff", "org": "B"},
                    {"type": "layoff", "org": "C"}])
    sources = pd.DataFrame({"fact_id": ["f1", "f1", "f0"], "article_id": ["a", "b", "a"],
                            "published_date": pd.to_datetime(["2025-09-01", "2025-08-02", "2025-09-01"])})
    assert list(figures.fact_when(facts, sources)) == ["2025-06", "2025-08-02", None]
    assert figures.when_to_timestamp("2025-06") == pd.Timestamp("2025-06-15")
    assert figures.when_to_timestamp(None) is None


def test_tables_carry_sources_and_conflicts() -> None:
    facts = _facts([{"type": "investment", "investor": "Meta", "target": "Scale AI", "amount": 14.3e9,
                     "currency": "USD", "amount_usd": 14.3e9, "date": "2025-06", "n_sources": 2,
                     "conflicts": '[{"field": "stake_pct"}]'}])
    sources = pd.DataFrame({"fact_id": ["f0", "f0"], "article_id": ["a", "b"], "source": ["Benzinga", None],
                            "published_date": pd.to_datetime(["2025-09-01", None])})
    row = figures.investment_table(facts, sources).iloc[0]
    assert row["amount"] == "$14.3B" and row["n_sources"] == 2 and bool(row["conflicts"])
    assert row["sources"] == "Benzinga 2025-09-01; unknown outlet"


def test_talent_network_links_people_and_companies() -> None:
    facts = _facts([
        {"type": "talent_move", "person": "Ruben Mayer", "count": 1, "from_org": "Scale AI", "to_org": "Meta"},
        {"type": "talent_move", "person": None, "count": 50, "from_org": "OpenAI", "to_org": "Meta"},
    ])
    edges = figures.talent_network(facts).sort_values(["relation", "source"]).to_dict("records")
    assert [(e["source"], e["target"], e["relation"], e["weight"]) for e in edges] == [
        ("Ruben Mayer", "Meta", "joined", 1.0), ("Ruben Mayer", "Scale AI", "left", 1.0),
        ("OpenAI", "Meta", "moved", 50.0)]


def test_network_edges_say_what_they_link_on_hover() -> None:
    from analytics import charts

    facts = _facts([
        {"type": "talent_move", "person": "<i>Ruben</i> Mayer", "count": 1, "from_org": "Scale AI", "to_org": "Meta"},
        {"type": "talent_move", "person": None, "count": 50, "from_org": "OpenAI", "to_org": "Meta"},
    ])
    fig = charts.talent_network_chart(figures.talent_network(facts))
    hovers = [t for trace in fig.data if trace.mode == "markers" for t in trace.hovertext]
    assert "&lt;i&gt;Ruben&lt;/i&gt; Mayer → Scale AI<br>left" in hovers
    assert "OpenAI → Meta<br>group move · 50 people" in hovers
    assert all("<i>" not in t for t in hovers)


def test_related_entities_and_latest_valuations() -> None:
    facts = _facts([
        {"type": "investment", "investor": "Meta", "target": "Scale AI", "valuation_usd": 29e9, "date": "2025-06"},
        {"type": "investment", "investor": None, "target": "Scale AI", "valuation_usd": 14e9, "date": "2024-05"},
        {"type": "vendor_preference", "customer": "TBD Labs", "vendor": "Scale AI", "stance": "avoids"},
    ])
    related = figures.related_entities(facts, "Meta", units=["TBD Labs"])
    assert related.to_dict("records") == [{"entity": "Scale AI", "facts": 2, "types": "Investment, Vendor preference"}]
    latest = figures.latest_valuations(facts)
    assert latest.to_dict("records")[0]["valuation_usd"] == 29e9 and len(latest) == 1


# --- Plotly figures (analytics.charts) --------------------------------------------------------

def test_charts_escape_labels_and_keep_raw_names_for_clicks() -> None:
    from analytics import charts

    amounts = pd.DataFrame({"target": ["<b>Evil</b>", "Scale AI"], "amount_usd": [2e9, 14.3e9], "deals": [1, 1]})
    fig = charts.amounts_bar(amounts, "target", "By target", colors={"Scale AI": "#123456"})
    bar = fig.data[0]
    assert "&lt;b&gt;Evil&lt;/b&gt;" in bar.y and "<b>Evil</b>" not in bar.y
    assert sorted(c[0] for c in bar.customdata) == ["<b>Evil</b>", "Scale AI"]
    assert bar.marker.color[list(bar.y).index("Scale AI")] == "#123456"
    assert "$14.3B" in bar.text
    assert charts.node_names([{"customdata": ["Meta", 1]}, {"customdata": [figures.UNKNOWN, 1]}]) == ["Meta"]


def test_every_chart_handles_an_empty_view() -> None:
    from analytics import charts

    empty = _facts([{"type": "layoff", "org": "X"}]).iloc[0:0]
    sources = pd.DataFrame(columns=["fact_id", "article_id", "published_date"])
    figs = [charts.amounts_bar(figures.amounts_by(empty, "target"), "target", "t"),
            charts.investment_timeline(empty, sources), charts.valuations_bar(figures.latest_valuations(empty)),
            charts.talent_sankey(figures.talent_flows(empty)),
            charts.talent_network_chart(figures.talent_network(empty)),
            charts.preference_heatmap(figures.net_vendor_preference(empty, sources)),
            charts.vendor_mentions_chart(figures.vendor_mentions(empty)),
            charts.vendor_net_chart(figures.vendor_net(empty, sources)), charts.facts_timeline(empty, sources)]
    for fig in figs:
        assert not fig.data and fig.layout.annotations, fig.layout.title.text


def test_sankey_counts_groups_and_network_layout_is_deterministic() -> None:
    import networkx as nx

    from analytics import charts

    facts = _facts([
        {"type": "talent_move", "person": None, "count": 50, "from_org": "OpenAI", "to_org": "Meta"},
        {"type": "talent_move", "person": "Ruben Mayer", "count": 1, "from_org": "Meta", "to_org": None},
    ])
    sankey = charts.talent_sankey(figures.talent_flows(facts)).data[0]
    assert list(sankey.link.value) == [50.0, 1.0]
    assert figures.UNKNOWN in sankey.node.label
    graph = nx.Graph([("a", "b"), ("b", "c"), ("d", "e")])
    assert charts.network_layout(graph) == charts.network_layout(graph.copy())


def test_figure_images_render_png_and_svg_with_chromium() -> None:
    from analytics import charts

    fig = charts.vendor_net_chart(pd.DataFrame({"vendor": ["Mercor", "Scale AI"], "net": [2, -1]}))
    images = charts.figure_images({"net": fig}, ("png", "svg"))
    assert images["net.png"].startswith(b"\x89PNG\r\n\x1a\n")
    assert b"<svg" in images["net.svg"][:200]


def test_fact_groups_match_the_chart_labels() -> None:
    facts = _facts([
        {"type": "talent_move", "from_org": "OpenAI", "to_org": "Meta"},
        {"type": "talent_move", "from_org": "OpenAI", "to_org": "Meta"},
        {"type": "talent_move", "from_org": "Meta", "to_org": None},
        {"type": "talent_move", "from_org": None, "to_org": None},
    ])
    groups = figures.fact_groups(facts, ("from_org", "to_org"), (figures.UNKNOWN_ORIGIN, figures.UNKNOWN))
    assert groups == {"OpenAI → Meta": ["f0", "f1"], "Meta → left / unknown": ["f2"],
                      "unknown origin → left / unknown": ["f3"]}
    assert figures.fact_groups(facts, ("from_org", "to_org")) == {"OpenAI → Meta": ["f0", "f1"]}
