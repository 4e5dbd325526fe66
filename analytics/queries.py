"""Read the store into DataFrames and filter them (pure functions over DataFrames).

The readers of facts, sources, entities, actors and stats show the store with the analysts'
corrections applied (`analytics.corrections`); the `extracted_*` readers show it as extracted.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

import duckdb
import pandas as pd

ORG_FIELDS = ("investor", "target", "from_org", "to_org", "customer", "vendor", "org")
PERSON_FIELDS = ("person",)

if TYPE_CHECKING:
    from analytics.corrections import Corrected


def articles_frame(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Stored articles, newest first (without their text)."""
    df = con.execute("""
        SELECT id, title, published, published_date, source, language, author, url, path, content_hash,
               left(regexp_replace(clean_text, '\\s+', ' ', 'g'), 200) AS opening
        FROM articles ORDER BY published_date DESC NULLS LAST, id""").df()
    df["display_title"] = df["title"].fillna(df["opening"].str.strip().str.slice(0, 90) + "…")
    return df.drop(columns=["opening"])


def extracted_facts(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Merged facts as extracted (before corrections)."""
    return con.execute("SELECT * FROM facts ORDER BY type, date NULLS LAST, id").df()


def extracted_sources(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The fact_sources table as extracted (before corrections)."""
    return con.execute("SELECT * FROM fact_sources ORDER BY fact_id, article_id").df()


def extracted_entities(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Entities as extracted, with their aliases and the number of articles mentioning them."""
    return con.execute("""
        SELECT e.name, e.kind, e.parent, e.category,
               coalesce((SELECT list(alias ORDER BY alias) FROM aliases a WHERE a.entity = e.name), []) AS aliases,
               (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.entity = e.name) AS articles
        FROM entities e ORDER BY articles DESC, e.name""").df()


def extracted_mentions(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Entity mentions as extracted: article_id, entity, start, end, text, actor."""
    return con.execute('SELECT article_id, entity, start, "end", text, actor FROM mentions').df()


#: Pass as `view` to replay the store's corrections inside the call; callers reading several frames replay
#: once with `replay_corrections(con)` and pass the result (a `Corrected`, or None when the store has no corrections).
REPLAY: Literal["replay"] = "replay"
CorrectedOrReplay: TypeAlias = "Corrected | None | Literal['replay']"


def replay_corrections(con: duckdb.DuckDBPyConnection) -> Corrected | None:
    """The store with its corrections applied, or None when it has none."""
    from analytics.corrections import corrected_view

    return corrected_view(con)


def _resolve(con: duckdb.DuckDBPyConnection, view: CorrectedOrReplay) -> Corrected | None:
    return replay_corrections(con) if isinstance(view, str) else view


def facts_frame(con: duckdb.DuckDBPyConnection, view: CorrectedOrReplay = REPLAY) -> pd.DataFrame:
    """Merged facts with their source count, corrections applied."""
    view = _resolve(con, view)
    return extracted_facts(con) if view is None else view.facts


def sources_frame(con: duckdb.DuckDBPyConnection, view: CorrectedOrReplay = REPLAY) -> pd.DataFrame:
    """Fact sources joined with their article's title, outlet, date and language (corrections applied:
    no sources of wrong facts; the sources of merged facts under the remaining fact's id)."""
    view = _resolve(con, view)
    if view is None or view.sources is None:
        return con.execute("""
            SELECT s.*, a.title, a.source, a.published_date, a.language
            FROM fact_sources s JOIN articles a ON a.id = s.article_id
            ORDER BY s.fact_id, a.published_date NULLS LAST""").df()
    articles = con.execute(
        "SELECT id AS article_id, title, source, published_date, language FROM articles").df()
    joined = view.sources.merge(articles, on="article_id", how="inner")
    return joined.sort_values(["fact_id", "published_date"], na_position="last", kind="stable").reset_index(drop=True)


def entities_frame(con: duckdb.DuckDBPyConnection, view: CorrectedOrReplay = REPLAY) -> pd.DataFrame:
    """Entities with their aliases and the number of articles mentioning them, corrections applied."""
    view = _resolve(con, view)
    return extracted_entities(con) if view is None else view.entities


def article_actors(con: duckdb.DuckDBPyConnection, view: CorrectedOrReplay = REPLAY) -> dict[str, list[str]]:
    """Article id -> canonical names of its actors, in order of first mention (corrections applied)."""
    view = _resolve(con, view)
    if view is None or view.mentions is None:
        rows = con.execute("""
            SELECT article_id, entity FROM mentions WHERE actor
            GROUP BY article_id, entity ORDER BY article_id, min(start)""").fetchall()
    else:
        actors = view.mentions[view.mentions["actor"].fillna(False).astype(bool)]
        first = actors.groupby(["article_id", "entity"], as_index=False)["start"].min()
        first = first.sort_values(["article_id", "start"], kind="stable")
        rows = list(zip(first["article_id"], first["entity"], strict=True))
    out: dict[str, list[str]] = {}
    for article_id, entity in rows:
        out.setdefault(article_id, []).append(entity)
    return out


def with_units(names: Iterable[str], entities: pd.DataFrame) -> set[str]:
    """The names plus every unit whose parent is one of them (TBD Labs counts for Meta)."""
    wanted = {n.casefold() for n in names}
    units = entities.loc[entities["parent"].fillna("").str.casefold().isin(wanted), "name"]
    return {n for n in entities["name"] if n.casefold() in wanted} | set(units) | set(names)


def filter_facts(facts: pd.DataFrame, *, types: Iterable[str] = (), companies: Iterable[str] = (),
                 people: Iterable[str] = (), since: str | None = None, until: str | None = None,
                 min_confidence: float = 0.0) -> pd.DataFrame:
    """Facts matching every given filter (an empty filter matches all)."""
    mask = pd.Series(True, index=facts.index)
    types = list(types)
    if types:
        mask &= facts["type"].isin(types)
    companies = {c.casefold() for c in companies}
    if companies:
        mask &= _any_field_in(facts, ORG_FIELDS, companies)
    people = {p.casefold() for p in people}
    if people:
        mask &= _any_field_in(facts, PERSON_FIELDS, people)
    if since:
        mask &= facts["date"].fillna("9999").astype(str) >= since[: len(since)]
    if until:
        mask &= facts["date"].fillna("").astype(str).str[: len(until)] <= until
    if min_confidence:
        mask &= facts["confidence"].fillna(0) >= min_confidence
    return facts[mask]


def _any_field_in(df: pd.DataFrame, fields: Iterable[str], names: set[str]) -> pd.Series:
    mask = pd.Series(False, index=df.index)
    for f in fields:
        if f in df.columns:
            mask |= df[f].fillna("").astype(str).str.casefold().isin(names)
    return mask


def stats(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Headline counts of the store (corrections applied)."""
    one = lambda sql: con.execute(sql).fetchone()[0]  # type: ignore[index]  # noqa: E731
    view = replay_corrections(con)
    if view is None:
        counts = {
            "organisations": one("SELECT count(*) FROM entities WHERE kind = 'org'"),
            "people": one("SELECT count(*) FROM entities WHERE kind = 'person'"),
            "facts": one("SELECT count(*) FROM facts"),
            "facts_by_type": dict(con.execute(
                "SELECT type, count(*) FROM facts GROUP BY type ORDER BY type").fetchall()),
        }
    else:
        by_type = view.facts.groupby("type").size().sort_index()
        counts = {
            "organisations": int((view.entities["kind"] == "org").sum()),
            "people": int((view.entities["kind"] == "person").sum()),
            "facts": len(view.facts),
            "facts_by_type": {str(t): int(n) for t, n in by_type.items()},
        }
    return {
        "articles": one("SELECT count(*) FROM articles"),
        **counts,
        "languages": dict(con.execute(
            "SELECT coalesce(language, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 1").fetchall()),
    }
