"""The JSON document of `python -m analytics extract … --json` (CONTRACT §1), built from a store.

Built from the readers of `analytics.queries`, so a store's analysts' corrections show in it (replayed once).
"""

from __future__ import annotations

import json
import math
from typing import Any

import duckdb

from analytics.articles import Rejection
from analytics.metadata import published_date
from analytics.queries import article_actors, entities_frame, facts_frame, replay_corrections, sources_frame

FIELDS_BY_TYPE: dict[str, tuple[str, ...]] = {
    "investment": ("investor", "target", "amount", "currency", "amount_usd", "valuation_usd", "stake_pct",
                   "round", "qualifier", "date"),
    "talent_move": ("person", "count", "from_org", "to_org", "role", "kind", "date"),
    "vendor_preference": ("customer", "vendor", "stance", "reason", "date"),
}
OTHER_FIELDS = ("org", "person", "count", "share_pct", "role", "date")


def _clean(value: Any) -> Any:
    """JSON-friendly value: NaN and empty strings become None, whole floats of counts stay floats."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, str) and not value.strip():
        return None
    if hasattr(value, "item"):
        return _clean(value.item())
    return value


def contract_document(con: duckdb.DuckDBPyConnection, rejected: list[Rejection]) -> dict[str, Any]:
    """articles, entities, facts (with sources) and rejected, as CONTRACT §1 specifies."""
    view = replay_corrections(con)
    actors = article_actors(con, view)
    articles = [{
        "id": r[0], "title": r[1], "published": published_date(r[2]), "source": r[3], "language": r[4],
        "url": r[5], "entities": actors.get(r[0], []),
    } for r in con.execute("SELECT id, title, published, source, language, url FROM articles ORDER BY id").fetchall()]
    entities = [{"name": e["name"], "kind": e["kind"], "aliases": [a for a in list(e["aliases"]) if a != e["name"]],
                 "parent": _clean(e["parent"])} for e in entities_frame(con, view).to_dict("records")]
    sources: dict[str, list[dict[str, Any]]] = {}
    evidence = sources_frame(con, view).sort_values(["fact_id", "article_id"], kind="stable")
    for fact_id, article_id, text in evidence[["fact_id", "article_id", "evidence"]].itertuples(index=False):
        sources.setdefault(fact_id, []).append({"article_id": article_id, "evidence": _clean(text)})
    facts = []
    for row in facts_frame(con, view).sort_values(["type", "id"], kind="stable").to_dict("records"):
        fields = FIELDS_BY_TYPE.get(row["type"], OTHER_FIELDS)
        fact = {"id": row["id"], "type": row["type"], **{f: _clean(row.get(f)) for f in fields}}
        if fact.get("count") is not None:
            fact["count"] = int(fact["count"])
        fact["confidence"] = _clean(row.get("confidence"))
        if _clean(row.get("negated")):
            fact["negated"] = True
        conflicts = _clean(row.get("conflicts"))
        if conflicts:
            fact["conflicts"] = json.loads(conflicts)
        fact["sources"] = sources.get(row["id"], [])
        facts.append(fact)
    return {"articles": articles, "entities": entities, "facts": facts,
            "rejected": [r.as_dict() for r in rejected]}
