"""Merge per-article facts into facts with several sources; keep conflicting figures visible.

Pure functions over DataFrames, plus `rebuild_merged` which applies them inside the store.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any

import pandas as pd

from analytics.schema import FACT_COLUMNS

#: Fields that identify a fact of each type (the rest are attributes that may conflict).
KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "investment": ("investor", "target"),
    "talent_move": ("person", "from_org", "to_org"),
    "vendor_preference": ("customer", "vendor", "stance"),
}
DEFAULT_KEY = ("org", "person")
#: Numeric attributes compared with a relative tolerance when looking for conflicts.
NUMERIC_FIELDS = ("amount", "amount_usd", "valuation_usd", "stake_pct", "count", "share_pct")
TOLERANCE = 0.02
#: Two reports of one pair this many months apart or more are different deals: rounds follow each other
#: at six-month steps (a seed in June, a Series A in December), while reports of one deal agree on its month.
SEPARATE_DEALS_MONTHS = 6


def fact_key(row: dict[str, Any]) -> tuple[Any, ...]:
    """The identity of a fact: its type and key fields (case-folded)."""
    fields = KEY_FIELDS.get(row["type"], DEFAULT_KEY)
    return (row["type"], *[(str(row.get(f)).casefold() if row.get(f) is not None else None) for f in fields])


def month_index(date: Any) -> int | None:
    """Months since year 0 of a "YYYY-MM…" date, or None."""
    if not isinstance(date, str) or len(date) < 7:
        return None
    try:
        return int(date[:4]) * 12 + int(date[5:7])
    except ValueError:
        return None


def months_apart(a: Any, b: Any) -> int | None:
    """Months between two dated months, or None if one has no month (a bare year is too vague to tell
    deals apart: "founded in 2021, X raised …" dates the company, not the deal)."""
    x, y = month_index(a), month_index(b)
    return None if x is None or y is None else abs(x - y)


def _different(x: Any, y: Any) -> bool:
    """Two given figures more than 15 % apart."""
    return x is not None and y is not None and abs(float(x) - float(y)) > 0.15 * max(float(x), float(y))


def _stage(label: Any) -> bool:
    return isinstance(label, str) and (label.startswith("Series ") or label in ("seed", "pre-seed"))


def _different_rounds(x: Any, y: Any) -> bool:
    """Two funding stages ("seed", "Series A", "Series B") that differ."""
    return _stage(x) and _stage(y) and x != y


def _same_round(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two reports can be one deal: round totals (no investor named) must agree within 15 %;
    one backer's amounts within a factor of 1.5 (further apart they are different deals, closer
    they are one deal whose differing figures are kept as a conflict)."""
    if _different(a.get("valuation_usd"), b.get("valuation_usd")) or _different_rounds(a.get("round"), b.get("round")):
        return False  # "$6B at $24B" and "$6B at $50B", "Series A" and "Series B": two rounds
    x, y = a.get("amount_usd") or a.get("amount"), b.get("amount_usd") or b.get("amount")
    if x is None or y is None:
        return True
    x, y = float(x), float(y)
    if a.get("investor") is None:
        if months_apart(a.get("date"), b.get("date")) and abs(x - y) > 0.05 * max(x, y):
            return False  # "$13B" in September and "$15B" in November: two rounds, not one reported twice
        return abs(x - y) <= 0.15 * max(x, y)
    return max(x, y) <= 1.5 * min(x, y)


def _split_deals(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group rows of one key into separate events: dates far apart, or round totals of different sizes."""
    groups: list[list[dict[str, Any]]] = []
    for row in sorted(rows, key=lambda r: month_index(r.get("date")) or 0):
        for group in groups:
            gaps = [g for g in (months_apart(row.get("date"), r.get("date")) for r in group) if g is not None]
            close_in_time = not gaps or min(gaps) < SEPARATE_DEALS_MONTHS
            if close_in_time and all(_same_round(row, r) for r in group):
                group.append(row)
                break
        else:
            groups.append([row])
    return groups


def _same_number(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b), 1e-9)


def _choose(rows: list[dict[str, Any]], field: str) -> tuple[Any, list[dict[str, Any]]]:
    """The best-supported value of a field, and the distinct values if they disagree."""
    values: list[tuple[Any, str]] = [(r[field], r["article_id"]) for r in rows if r.get(field) is not None]
    if not values:
        return None, []
    clusters: list[dict[str, Any]] = []
    for value, article in values:
        for c in clusters:
            same = (_same_number(float(c["value"]), float(value)) if field in NUMERIC_FIELDS
                    else str(c["value"]).casefold() == str(value).casefold())
            if same:
                c["articles"].add(article)
                break
        else:
            clusters.append({"value": value, "articles": {article}})
    clusters.sort(key=lambda c: -len(c["articles"]))
    conflicts = ([{"field": field, "value": c["value"], "article_ids": sorted(c["articles"])} for c in clusters]
                 if len(clusters) > 1 else [])
    return clusters[0]["value"], conflicts


def _amount_from_one_source(fact: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    """Native amount and currency taken from a source that gives the chosen USD amount (consistent triple)."""
    if fact.get("amount_usd") is None:
        return
    for r in rows:
        if r.get("amount_usd") is not None and _same_number(float(r["amount_usd"]), float(fact["amount_usd"])):
            fact["amount"], fact["currency"] = r.get("amount"), r.get("currency")
            return


def _unique_id(candidate: str, used: set[str]) -> str:
    """`candidate`, suffixed if an earlier fact of this merge already has it."""
    n, ident = 1, candidate
    while ident in used:
        n += 1
        ident = f"{candidate}_{n}"
    used.add(ident)
    return ident


def merge_facts(article_facts: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(facts, fact_sources) from per-article facts: one fact per real event, every source kept."""
    rows = article_facts.astype(object).where(pd.notna(article_facts), None).to_dict("records")
    by_key: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for row in rows:
        by_key.setdefault(fact_key(row), []).append(row)
    facts, sources = [], []
    used: set[str] = set()
    for key, group_rows in sorted(by_key.items(), key=lambda kv: str(kv[0])):
        deals = _split_deals(group_rows) if key[0] == "investment" else [group_rows]
        for deal in deals:
            fact: dict[str, Any] = {}
            conflicts: list[dict[str, Any]] = []
            for col in FACT_COLUMNS:
                fact[col], found = _choose(deal, col)
                conflicts.extend(found)
            _amount_from_one_source(fact, deal)
            dates = Counter(r["date"] for r in deal if r.get("date"))
            fact["date"] = max(dates, key=lambda d: (dates[d], len(d))) if dates else None
            conflicts = [c for c in conflicts if c["field"] != "date"]
            size = fact.get("amount_usd") or fact.get("amount")
            scale = f"{float(size):.2g}" if key[0] == "investment" and fact.get("investor") is None and size else ""
            ident = json.dumps([str(k) for k in key] + [fact["date"] or "", scale], ensure_ascii=False)
            fact["id"] = _unique_id("f_" + hashlib.sha1(ident.encode("utf-8")).hexdigest()[:12], used)
            best: dict[str, float] = {}
            for r in deal:
                best[r["article_id"]] = max(best.get(r["article_id"], 0.0), float(r.get("confidence") or 0.5))
            miss = 1.0
            for c in best.values():
                miss *= 1.0 - c
            fact["confidence"] = round(min(0.99, 1.0 - miss), 3)
            fact["n_sources"] = len(best)
            fact["conflicts"] = json.dumps(conflicts, ensure_ascii=False) if conflicts else None
            facts.append(fact)
            seen: set[str] = set()
            for r in sorted(deal, key=lambda r: -float(r.get("confidence") or 0)):
                if r["article_id"] in seen:
                    continue
                seen.add(r["article_id"])
                sources.append({"fact_id": fact["id"], "article_id": r["article_id"], "evidence": r.get("evidence"),
                                "ev_start": r.get("ev_start"), "ev_end": r.get("ev_end"),
                                "amount_usd": r.get("amount_usd"), "valuation_usd": r.get("valuation_usd"),
                                "stake_pct": r.get("stake_pct"), "confidence": r.get("confidence")})
    fact_cols = ["id", *FACT_COLUMNS, "confidence", "n_sources", "conflicts"]
    source_cols = ["fact_id", "article_id", "evidence", "ev_start", "ev_end", "amount_usd", "valuation_usd",
                   "stake_pct", "confidence"]
    return pd.DataFrame(facts, columns=fact_cols), pd.DataFrame(sources, columns=source_cols)


def rebuild_merged(con: Any) -> None:
    """Recompute facts, fact_sources and unused entities from article_facts (inside a transaction)."""
    per_article = con.execute("SELECT * FROM article_facts").df()
    facts, sources = merge_facts(per_article)
    con.execute("DELETE FROM facts")
    con.execute("DELETE FROM fact_sources")
    for table, df in (("facts", facts), ("fact_sources", sources)):
        if len(df):
            df = df.astype(object).where(pd.notna(df), None)
            con.register("merged_in", df)
            cols = ", ".join(f'"{c}"' for c in df.columns)
            con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM merged_in")
            con.unregister("merged_in")
    con.execute("""
        DELETE FROM entities WHERE name NOT IN (SELECT entity FROM mentions)
          AND name NOT IN (SELECT parent FROM entities WHERE parent IS NOT NULL)""")
    con.execute("DELETE FROM aliases WHERE entity NOT IN (SELECT name FROM entities)")
