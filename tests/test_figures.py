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
