"""The filtered view the dashboard shows, and the store reads behind the article reader.

`Filters` is the sidebar's state as plain data; `apply_filters` turns the store's frames into the
facts, sources, articles and entities of one view (pure, no Streamlit). `annotated_article_html`
builds the reader's HTML with every piece of article text escaped.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

import duckdb
import pandas as pd

from analytics.figures import entity_color, fact_summary, fact_when, type_label
from analytics.queries import ORG_FIELDS, PERSON_FIELDS, filter_facts, replay_corrections, with_units


@dataclass(frozen=True)
class Filters:
    """What the analyst asked to see. Empty fields filter nothing."""

    companies: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    types: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    min_confidence: float = 0.0

    @property
    def active(self) -> bool:
        """True when any filter is set."""
        return self != Filters()

    @property
    def narrows_facts(self) -> bool:
        """True when a filter selects facts (not only articles by language, outlet or date)."""
        return bool(self.companies or self.people or self.types or self.min_confidence)

    def describe(self) -> str:
        """The filters in words, for captions and reports ("All data" when none)."""
        parts = []
        if self.companies:
            parts.append("companies: " + ", ".join(self.companies))
        if self.people:
            parts.append("people: " + ", ".join(self.people))
        if self.since or self.until:
            parts.append(f"dates: {self.since or '…'} to {self.until or '…'}")
        if self.types:
            parts.append("types: " + ", ".join(type_label(t) for t in self.types))
        if self.languages:
            parts.append("languages: " + ", ".join(self.languages))
        if self.sources:
            parts.append("outlets: " + ", ".join(self.sources))
        if self.min_confidence:
            parts.append(f"confidence ≥ {self.min_confidence:.2f}")
        return " · ".join(parts) if parts else "All data"

    def slug(self, max_len: int = 80) -> str:
        """A file-name-safe summary of the filters ("all" when none): "company-Meta_type-investment"."""
        if not self.active:
            return "all"
        parts = []
        for name, values in (("company", self.companies), ("person", self.people), ("type", self.types),
                             ("lang", self.languages), ("outlet", self.sources)):
            if values:
                parts.append(f"{name}-" + "+".join(values))
        if self.since or self.until:
            parts.append(f"{self.since or ''}..{self.until or ''}")
        if self.min_confidence:
            parts.append(f"conf-{self.min_confidence:.2f}")
        text = "_".join(re.sub(r"-{2,}", "-", re.sub(r"[^A-Za-z0-9.+-]+", "-", p)).strip("-") for p in parts)
        if len(text) > max_len:
            digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
            text = f"{text[: max_len - 9].rstrip('-_+.')}-{digest}"
        return text or "filtered"

    def as_dict(self) -> dict[str, Any]:
        """JSON-friendly form (dates as ISO strings)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = value.isoformat() if isinstance(value, date) else (list(value) if isinstance(value, tuple) else value)
        return out


@dataclass
class StoreFrames:
    """Everything the analysis pages read from the store (cached by the dashboard per store version)."""

    articles: pd.DataFrame
    facts: pd.DataFrame
    sources: pd.DataFrame
    entities: pd.DataFrame
    mentions: pd.DataFrame

    @property
    def empty(self) -> bool:
        return self.articles.empty


@dataclass
class View:
    """The frames of one filtered view."""

    filters: Filters
    articles: pd.DataFrame
    facts: pd.DataFrame
    sources: pd.DataFrame
    entities: pd.DataFrame
    all_entities: pd.DataFrame = field(repr=False)
    undated_hidden: int = 0

    def units_of(self, name: str) -> list[str]:
        """Units whose parent is `name` (TBD Labs for Meta)."""
        ents = self.all_entities
        if ents.empty:
            return []
        return list(ents.loc[ents["parent"].fillna("").str.casefold() == name.casefold(), "name"])


# --- store reads (short queries on an open connection) ----------------------------------------

def _mention_rows(con: duckdb.DuckDBPyConnection, corrected: Any, article_id: str | None = None) -> pd.DataFrame:
    """Mentions (article_id, entity, kind, start, end, text, actor), entity names as corrected."""
    where = "WHERE article_id = ?" if article_id else ""
    raw = con.execute(f'SELECT article_id, entity, kind, start, "end", text, actor FROM mentions {where}',
                      [article_id] if article_id else []).df()
    fixed = getattr(corrected, "mentions", None)
    if fixed is None or raw.empty:
        return raw
    fixed = fixed[fixed["article_id"] == article_id] if article_id else fixed
    names = fixed[["article_id", "start", "end", "entity"]].rename(columns={"entity": "corrected"})
    out = raw.merge(names, on=["article_id", "start", "end"], how="left")
    out["entity"] = out["corrected"].fillna(out["entity"])
    return out.drop(columns=["corrected"])


def entity_mentions(con: duckdb.DuckDBPyConnection, corrected: Any = None) -> pd.DataFrame:
    """Which entities each article mentions: article_id, entity, kind, mentions, actor."""
    rows = _mention_rows(con, corrected)
    if rows.empty:
        return pd.DataFrame(columns=["article_id", "entity", "kind", "mentions", "actor"])
    out = rows.groupby(["article_id", "entity"], as_index=False).agg(
        kind=("kind", "first"), mentions=("start", "size"), actor=("actor", "any"))
    return out.sort_values(["article_id", "entity"], ignore_index=True)


def store_frames(con: duckdb.DuckDBPyConnection) -> StoreFrames:
    """Everything the analysis pages read, with analysts' corrections replayed once for all frames."""
    from analytics.queries import articles_frame, entities_frame, facts_frame, sources_frame

    corrected = replay_corrections(con)
    articles = articles_frame(con)
    if corrected is None:
        frames = StoreFrames(articles=articles, facts=facts_frame(con), sources=sources_frame(con),
                             entities=entities_frame(con), mentions=entity_mentions(con))
    else:
        meta = articles.rename(columns={"id": "article_id"})[["article_id", "title", "source", "published_date",
                                                              "language"]]
        sources = sources_frame(con) if corrected.sources is None else (
            corrected.sources.merge(meta, on="article_id", how="inner")
            .sort_values(["fact_id", "published_date"], na_position="last", kind="stable").reset_index(drop=True))
        frames = StoreFrames(articles=articles, facts=corrected.facts, sources=sources,
                             entities=corrected.entities, mentions=entity_mentions(con, corrected))
    # Untitled articles are named by their opening words, as in the article list.
    titles = dict(zip(articles["id"], articles["display_title"], strict=True))
    frames.sources["title"] = frames.sources["title"].astype(object).where(
        frames.sources["title"].notna(), frames.sources["article_id"].map(titles))
    return frames


def article_record(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """One article with its raw text and noise spans (list of [start, end, kind]); None if unknown."""
    row = con.execute("""
        SELECT id, title, published, published_date, source, url, language, author, raw_text, noise_spans
        FROM articles WHERE id = ?""", [article_id]).fetchone()
    if row is None:
        return None
    keys = ["id", "title", "published", "published_date", "source", "url", "language", "author", "raw_text",
            "noise_spans"]
    record = dict(zip(keys, row, strict=True))
    spans = record["noise_spans"]
    record["noise_spans"] = json.loads(spans) if isinstance(spans, str) and spans else (spans or [])
    return record


def article_mentions(con: duckdb.DuckDBPyConnection, article_id: str) -> pd.DataFrame:
    """The entity mentions of one article in text order: start, end, entity, kind, text, actor."""
    rows = _mention_rows(con, replay_corrections(con), article_id)
    rows = rows.sort_values(["start", "end"], ascending=[True, False], ignore_index=True)
    return rows[["start", "end", "entity", "kind", "text", "actor"]]


def article_evidence(con: duckdb.DuckDBPyConnection, article_id: str, frames: StoreFrames | None = None) -> pd.DataFrame:
    """The facts (as corrected) one article supports, with the span of its evidence sentence in that article."""
    if frames is not None:
        src = frames.sources[frames.sources["article_id"] == article_id]
        spans = src[["fact_id", "ev_start", "ev_end", "evidence"]]
        facts = frames.facts
        out = spans.merge(facts, left_on="fact_id", right_on="id", how="inner")
        return out.sort_values(["ev_start", "type"], na_position="last", ignore_index=True)
    return con.execute("""
        SELECT s.fact_id, s.ev_start, s.ev_end, s.evidence, f.*
        FROM fact_sources s JOIN facts f ON f.id = s.fact_id
        WHERE s.article_id = ? ORDER BY s.ev_start NULLS LAST, f.type""", [article_id]).df()


def corrections_signature(con: duckdb.DuckDBPyConnection) -> str:
    """A token that changes when analysts' corrections change (they may not touch the data version)."""
    try:
        row = con.execute("SELECT count(*), max(id), max(created_at) FROM corrections").fetchone()
    except duckdb.Error:
        return "-"
    return "-".join(str(v) for v in (row or ()))


# --- filtering ---------------------------------------------------------------------------------

def _period(when: str) -> tuple[str, str]:
    """The first and last day (as sortable strings) of "2025", "2025-06" or "2025-06-03"."""
    if len(when) == 4:
        return f"{when}-01-01", f"{when}-12-31"
    if len(when) == 7:
        return f"{when}-01", f"{when}-31"
    return when[:10], when[:10]


def in_date_range(when: pd.Series, since: date | None, until: date | None) -> pd.Series:
    """Whether each period ("2025-06", …) overlaps [since, until]; undated values never match a set range."""
    if since is None and until is None:
        return pd.Series(True, index=when.index)
    lo_bound = since.isoformat() if since else "0000"
    hi_bound = until.isoformat() if until else "9999"

    def overlaps(value: Any) -> bool:
        if not isinstance(value, str) or not value:
            return False
        lo, hi = _period(value)
        return lo <= hi_bound and hi >= lo_bound

    return when.map(overlaps).astype(bool)


#: The Source filter's name for articles whose outlet is unknown.
NO_OUTLET = "(no outlet)"


def apply_filters(frames: StoreFrames, filters: Filters) -> View:
    """The facts, sources, articles and entities matching `filters` (see the module docstring)."""
    facts, sources, articles, entities = frames.facts, frames.sources, frames.articles, frames.entities
    companies = with_units(filters.companies, entities) if filters.companies else set()
    chosen = filter_facts(facts, types=filters.types, companies=companies, people=filters.people,
                          min_confidence=filters.min_confidence)

    # Articles by language, outlet and publication date.
    art_mask = pd.Series(True, index=articles.index)
    if filters.languages:
        art_mask &= articles["language"].isin(filters.languages)
    if filters.sources:
        art_mask &= articles["source"].fillna(NO_OUTLET).isin(filters.sources)
    if filters.since or filters.until:
        published = articles["published_date"].map(
            lambda d: None if pd.isna(d) else pd.Timestamp(d).strftime("%Y-%m-%d"))
        art_mask &= in_date_range(published, filters.since, filters.until)
    by_article = articles[art_mask]

    # Sources from those articles (language and outlet only: a fact's own date decides the date filter).
    src = sources
    if filters.languages or filters.sources:
        keep = articles.loc[
            (articles["language"].isin(filters.languages) if filters.languages else True)
            & (articles["source"].fillna(NO_OUTLET).isin(filters.sources) if filters.sources else True), "id"]
        src = src[src["article_id"].isin(set(keep))]
        chosen = chosen[chosen["id"].isin(set(src["fact_id"]))]
    undated = 0
    if filters.since or filters.until:
        when = fact_when(chosen, src)
        undated = int(when.isna().sum())
        chosen = chosen[in_date_range(when, filters.since, filters.until).to_numpy()]
    src = src[src["fact_id"].isin(set(chosen["id"]))]

    # Articles: those backing the facts when facts are narrowed, plus those mentioning the chosen names.
    if filters.narrows_facts:
        ids = set(src["article_id"])
        names = set(companies) | set(filters.people)
        if names and not frames.mentions.empty:
            ids |= set(frames.mentions.loc[frames.mentions["entity"].isin(names), "article_id"])
        by_article = by_article[by_article["id"].isin(ids)]

    # Entities: all when nothing is filtered, else those the facts name (plus the chosen ones).
    if filters.active:
        named: set[str] = set(companies) | set(filters.people)
        for f in (*ORG_FIELDS, *PERSON_FIELDS):
            if f in chosen:
                named |= set(chosen[f].dropna().astype(str))
        if not filters.narrows_facts and not frames.mentions.empty:
            named |= set(frames.mentions.loc[frames.mentions["article_id"].isin(set(by_article["id"])), "entity"])
        ents = entities[entities["name"].isin(named)]
    else:
        ents = entities
    return View(filters=filters, articles=by_article, facts=chosen, sources=src, entities=ents,
                all_entities=entities, undated_hidden=undated)


# --- the article reader -------------------------------------------------------------------------

NOISE_LABELS = {"ad": "advertisement", "byline": "byline", "widget": "stock widget", "read_also": "“read also” link",
                "credit": "credit", "disclaimer": "disclaimer"}


def annotated_article_html(text: str, noise_spans: list[Any], mentions: pd.DataFrame,
                           evidence: pd.DataFrame, selected_fact: str | None = None) -> str:
    """The article as HTML: noise greyed out, entity mentions coloured, evidence sentences highlighted.

    Every character of `text` goes through `html.escape`; markup comes only from this function.
    `evidence` has fact_id, ev_start, ev_end and the fact's fields (for the tooltip).
    """
    n = len(text)
    bounds = {0, n}
    noise = [(max(0, int(s)), min(n, int(e)), str(k)) for s, e, k in (tuple(x) for x in noise_spans or [])
             if e is not None and s is not None and int(e) > int(s)]
    ents = [(int(r["start"]), int(r["end"]), str(r["entity"]), str(r.get("kind") or ""))
            for r in mentions.to_dict("records")] if len(mentions) else []
    evs: list[tuple[int, int, str, str]] = []
    if len(evidence):
        for r in evidence.to_dict("records"):
            if pd.notna(r.get("ev_start")) and pd.notna(r.get("ev_end")):
                evs.append((int(r["ev_start"]), int(r["ev_end"]), str(r["fact_id"]), fact_summary(r)))
    for span in (*noise, *ents, *evs):
        start, end = int(span[0]), int(span[1])
        bounds.update((max(0, min(n, start)), max(0, min(n, end))))
    cuts = sorted(bounds)
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a >= b:
            continue
        piece = html.escape(text[a:b]).replace("\n", "<br>")
        ent = next((x for x in ents if x[0] <= a and b <= x[1]), None)
        if ent:
            color = entity_color(ent[2]) if ent[3] == "org" else "#555555"
            title = html.escape(f"{ent[2]} ({'person' if ent[3] == 'person' else 'organisation'})", quote=True)
            piece = (f'<span class="ent ent-{html.escape(ent[3], quote=True)}" title="{title}" '
                     f'style="border-bottom-color:{color}">{piece}</span>')
        facts_here = [x for x in evs if x[0] <= a and b <= x[1]]
        if facts_here:
            sel = any(x[2] == selected_fact for x in facts_here)
            title = html.escape(" | ".join(dict.fromkeys(x[3] for x in facts_here)), quote=True)
            piece = f'<mark class="ev{" ev-selected" if sel else ""}" title="{title}">{piece}</mark>'
        kinds = [x[2] for x in noise if x[0] <= a and b <= x[1]]
        if kinds:
            label = html.escape("Page noise: " + ", ".join(NOISE_LABELS.get(k, k) for k in kinds), quote=True)
            piece = f'<span class="noise" title="{label}">{piece}</span>'
        out.append(piece)
    return '<div class="reader">' + "".join(out) + "</div>"
