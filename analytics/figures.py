"""Figure data: pure functions over the facts and sources DataFrames (no Streamlit, no Plotly)."""

from __future__ import annotations

import pandas as pd

UNKNOWN = "left / unknown"
UNKNOWN_ORIGIN = "unknown origin"


def investments(facts: pd.DataFrame) -> pd.DataFrame:
    """Investment facts only, in date order."""
    return facts[facts["type"] == "investment"].sort_values("date", na_position="last")


def deal_amounts(facts: pd.DataFrame) -> pd.DataFrame:
    """One row per deal with its disclosed USD amount, counted once.

    A round's total (investor unknown) stands for the round; backers' own amounts in the same
    round (same target and date) are part of it and not added again.
    """
    inv = investments(facts)
    inv = inv[inv["amount_usd"].notna()]
    rounds = inv[inv["investor"].isna()]
    keys = set(zip(rounds["target"], rounds["date"].fillna(""), strict=True))
    backers = inv[inv["investor"].notna()]
    own = backers[[(t, d) not in keys for t, d in zip(backers["target"], backers["date"].fillna(""), strict=True)]]
    return pd.concat([rounds, own])


def disclosed_investment_usd(facts: pd.DataFrame) -> float:
    """Total disclosed investment in USD, each deal counted once."""
    return float(deal_amounts(facts)["amount_usd"].sum())


def amounts_by(facts: pd.DataFrame, field: str) -> pd.DataFrame:
    """Disclosed USD amounts summed by investor or target, largest first."""
    deals = deal_amounts(facts)
    deals = deals[deals[field].notna()]
    out = deals.groupby(field, as_index=False).agg(amount_usd=("amount_usd", "sum"), deals=("id", "count"))
    return out.sort_values("amount_usd", ascending=False, ignore_index=True)


def talent_flows(facts: pd.DataFrame) -> pd.DataFrame:
    """Company-to-company flows: source, target, people (a group counts its count, else 1)."""
    moves = facts[facts["type"] == "talent_move"]
    if moves.empty:
        return pd.DataFrame(columns=["source", "target", "people", "moves"])
    counts = moves["count"].fillna(1).astype(float).clip(lower=1)
    flows = pd.DataFrame({
        "source": moves["from_org"].fillna(UNKNOWN_ORIGIN),
        "target": moves["to_org"].fillna(UNKNOWN),
        "people": counts,
    })
    out = flows.groupby(["source", "target"], as_index=False).agg(people=("people", "sum"), moves=("people", "size"))
    return out.sort_values("people", ascending=False, ignore_index=True)


def net_vendor_preference(facts: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Customer x vendor matrix of net preference: +1 per source that prefers, -1 per source that avoids."""
    prefs = facts[facts["type"] == "vendor_preference"]
    if prefs.empty:
        return pd.DataFrame()
    n = sources.groupby("fact_id").size()
    weight = prefs["id"].map(n).fillna(1) * prefs["stance"].map({"prefers": 1, "avoids": -1}).fillna(0)
    table = pd.DataFrame({"customer": prefs["customer"], "vendor": prefs["vendor"], "net": weight})
    return table.pivot_table(index="customer", columns="vendor", values="net", aggfunc="sum", fill_value=0)


def vendor_mentions(facts: pd.DataFrame) -> pd.DataFrame:
    """Mentions per vendor split by stance."""
    prefs = facts[facts["type"] == "vendor_preference"]
    if prefs.empty:
        return pd.DataFrame(columns=["vendor", "stance", "mentions"])
    out = prefs.groupby(["vendor", "stance"], as_index=False).agg(mentions=("id", "count"))
    return out.sort_values("mentions", ascending=False, ignore_index=True)


def kpis(articles: pd.DataFrame, entities: pd.DataFrame, facts: pd.DataFrame) -> dict[str, float]:
    """Headline numbers of a (filtered) view."""
    return {
        "articles": float(len(articles)),
        "companies": float((entities["kind"] == "org").sum()) if len(entities) else 0.0,
        "people": float((entities["kind"] == "person").sum()) if len(entities) else 0.0,
        "disclosed_investment_usd": disclosed_investment_usd(facts),
        "talent_moves": float((facts["type"] == "talent_move").sum()),
        "vendor_mentions": float((facts["type"] == "vendor_preference").sum()),
    }


def format_usd(value: float | None) -> str:
    """Readable dollars: 14.3e9 -> "$14.3B", 650e6 -> "$650M"."""
    if value is None or pd.isna(value):
        return "–"
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= scale:
            return f"${value / scale:,.1f}{suffix}".replace(".0" + suffix, suffix)
    return f"${value:,.0f}"
