"""Analysts' corrections: mark a fact wrong, edit a fact's field, merge or split entities.

A correction is a row of the `corrections` table. Corrections never change the extracted tables
(an ingest rebuilds those); they are replayed, oldest first, over what the store holds each time
it is read (`replay`, used by `analytics.queries`). They are keyed on stable identities (a fact id
is a hash of the fact's key, an entity is its canonical name), so they survive re-ingesting. A
correction whose fact or entity is gone after a re-ingest stays listed, marked inactive.

Writes (`mark_wrong`, `edit_fact`, `merge_entities`, `split_entity`, `undo`) validate against the
corrected store, run in one transaction and bump the store's data version (the dashboard's cache
key). Errors are `CorrectionError`s (a `StoreError`) with messages meant for the analyst.
"""

from __future__ import annotations

import difflib
import json
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import duckdb
import pandas as pd

from analytics.merge import (
    DEFAULT_KEY,
    KEY_FIELDS,
    NUMERIC_FIELDS,
    SEPARATE_DEALS_MONTHS,
    TOLERANCE,
    fact_key,
    months_apart,
)
from analytics.queries import (
    ORG_FIELDS,
    PERSON_FIELDS,
    extracted_entities,
    extracted_facts,
    extracted_mentions,
    extracted_sources,
)
from analytics.rates import to_usd
from analytics.schema import FACT_COLUMNS, FACT_FIELDS
from analytics.store import StoreError

#: What a correction does: the `action` column of the corrections table.
ACTIONS = ("wrong", "edit", "merge", "split")
#: Fact columns that hold an entity's canonical name.
NAME_FIELDS = ORG_FIELDS + PERSON_FIELDS
#: Fact columns an analyst may edit (a fact's type is its identity, not an attribute).
EDITABLE_FIELDS = tuple(c for c in FACT_COLUMNS if c != "type")
STANCES = ("prefers", "avoids")
_SQL_TYPES = dict(FACT_FIELDS)
_NON_NEGATIVE = ("amount", "amount_usd", "valuation_usd", "count")
_PERCENTS = ("stake_pct", "share_pct")
_NULL_TEXTS = ("", "null")
_TRUE_TEXTS = ("true", "yes", "y", "1")
_FALSE_TEXTS = ("false", "no", "n", "0")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class CorrectionError(StoreError):
    """A correction that cannot be recorded; the message says why."""


class UnknownFact(CorrectionError):
    """No fact with that id (or it is marked wrong, or merged into another)."""


class UnknownField(CorrectionError):
    """Not an editable fact field."""


class UnknownEntity(CorrectionError):
    """No entity (or alias) with that name."""


class InvalidValue(CorrectionError):
    """A value that does not fit the field."""


class UnknownCorrection(CorrectionError):
    """No correction with that id."""


# --- values -----------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A Python scalar, or None for every flavour of missing (None, NaN, NA, NaT)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item") and not isinstance(value, list | tuple | dict):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def parse_value(field_name: str, value: Any) -> Any:
    """`value` as the fact column `field_name` holds it; None, "" and "null" give None (NULL).

    Numbers are parsed ("14.3e9", "14_300_000_000"), counts must be whole, booleans accept
    true/false/yes/no/1/0, dates are YYYY, YYYY-MM or YYYY-MM-DD, `stance` is prefers or avoids,
    `currency` an ISO 4217 code.
    """
    if field_name not in EDITABLE_FIELDS:
        raise UnknownField(f"unknown fact field {field_name!r}; editable fields: {', '.join(EDITABLE_FIELDS)}")
    value = _plain(value)
    if isinstance(value, str):
        value = value.strip()
        if value.casefold() in _NULL_TEXTS:
            return None
    if value is None:
        return None
    sql_type = _SQL_TYPES[field_name]
    if sql_type == "BOOLEAN":
        return _parse_bool(field_name, value)
    if sql_type in ("DOUBLE", "INTEGER"):
        return _parse_number(field_name, value, whole=sql_type == "INTEGER")
    return _check_text(field_name, str(value))


def _parse_bool(field_name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).casefold()
    if text in _TRUE_TEXTS:
        return True
    if text in _FALSE_TEXTS:
        return False
    raise InvalidValue(f"{field_name} is true or false, not {value!r}")


def _parse_number(field_name: str, value: Any, whole: bool) -> float | int:
    if isinstance(value, bool):
        raise InvalidValue(f"{field_name} is a number, not {value!r}")
    try:
        number = float(value.replace("_", "").replace(" ", "")) if isinstance(value, str) else float(value)
    except ValueError:
        raise InvalidValue(f"{field_name} is a number (like 14.3e9 or 50), not {value!r}") from None
    if not math.isfinite(number):
        raise InvalidValue(f"{field_name} must be a finite number, not {value!r}")
    if field_name in _NON_NEGATIVE and number < 0:
        raise InvalidValue(f"{field_name} cannot be negative ({value!r})")
    if field_name in _PERCENTS and not 0 <= number <= 100:
        raise InvalidValue(f"{field_name} is a percentage between 0 and 100, not {value!r}")
    if whole:
        if number != int(number):
            raise InvalidValue(f"{field_name} is a whole number, not {value!r}")
        return int(number)
    return number


def _check_text(field_name: str, text: str) -> str:
    if field_name == "stance":
        if text.casefold() not in STANCES:
            raise InvalidValue(f"stance is one of {', '.join(STANCES)}, not {text!r}")
        return text.casefold()
    if field_name == "currency":
        if not re.fullmatch(r"[A-Za-z]{3}", text):
            raise InvalidValue(f"currency is a three-letter ISO 4217 code such as USD or EUR, not {text!r}")
        return text.upper()
    if field_name == "date":
        match = _DATE.fullmatch(text)
        month, day = (int(match.group(2) or 1), int(match.group(3) or 1)) if match else (0, 0)
        if not match or not 1 <= month <= 12 or not 1 <= day <= 31:
            raise InvalidValue(f"date is YYYY, YYYY-MM or YYYY-MM-DD, not {text!r}")
    return text


def _value_text(value: Any) -> str | None:
    """How a parsed value is kept in the corrections table (VARCHAR)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _same_value(field_name: str, a: Any, b: Any) -> bool:
    if field_name in NUMERIC_FIELDS:
        a, b = float(a), float(b)
        return abs(a - b) <= TOLERANCE * max(abs(a), abs(b), 1e-9)
    if isinstance(a, str) and isinstance(b, str):
        return a.casefold() == b.casefold()
    return bool(a == b)


# --- replay -----------------------------------------------------------------------------------


@dataclass
class Corrected:
    """The store's frames with corrections applied, and what each correction did."""

    facts: pd.DataFrame
    entities: pd.DataFrame
    mentions: pd.DataFrame | None = None
    sources: pd.DataFrame | None = None
    #: ids of the corrections that changed something (the others are inactive)
    active: set[int] = field(default_factory=set)
    #: fact id -> (id of the fact it was merged into, or None when marked wrong; correction id)
    fate: dict[str, tuple[str | None, int]] = field(default_factory=dict)


class _Replay:
    """Mutable working copy of the frames while corrections are applied in order."""

    def __init__(self, facts: pd.DataFrame, entities: pd.DataFrame, mentions: pd.DataFrame | None,
                 sources: pd.DataFrame | None) -> None:
        self.facts = facts.copy()
        self.fact_dtypes = facts.dtypes
        self.entity_columns = list(entities.columns)
        self.entity_dtypes = entities.dtypes
        self.entities = _entity_rows(entities)
        self.mentions = None if mentions is None else mentions.copy()
        self.sources = None if sources is None else sources.copy()
        self.active: set[int] = set()
        self.fate: dict[str, tuple[str | None, int]] = {}

    # entities

    def resolve(self, name: str) -> str | None:
        return _resolve(self.entities, name)

    def ensure_entity(self, name: str, kind: str) -> str:
        """The canonical name for `name`, creating an entity without mentions when it is new."""
        known = self.resolve(name)
        if known is not None:
            return known
        self.entities[name] = self._new_entity(name, kind)
        return name

    def _new_entity(self, name: str, kind: Any) -> dict[str, Any]:
        row: dict[str, Any] = dict.fromkeys(self.entity_columns)
        row.update(name=name, kind=kind, aliases=[])
        if "articles" in row:
            row["articles"] = 0
        return row

    def rename(self, old: str, new: str, cid: int) -> bool:
        """Replace the name `old` by `new` in facts, mentions and parents; fold facts that become one."""
        changed_ids: set[str] = set()
        for col in NAME_FIELDS:
            if col in self.facts.columns:
                hit = self.facts[col] == old
                if hit.any():
                    self.facts.loc[hit, col] = new
                    changed_ids.update(self.facts.loc[hit, "id"])
        changed = bool(changed_ids)
        if self.mentions is not None:
            hit = self.mentions["entity"] == old
            if hit.any():
                self.mentions.loc[hit, "entity"] = new
                changed = True
        for e in self.entities.values():
            if e.get("parent") == old:
                e["parent"] = new if new != e["name"] else None
                changed = True
        if changed_ids:
            self.fold(changed_ids, cid)
        return changed

    # facts

    def fact_index(self, fact_id: Any) -> Any:
        hit = self.facts.index[self.facts["id"] == fact_id]
        return hit[0] if len(hit) else None

    def articles_of(self, fact_id: str) -> list[str]:
        if self.sources is None:
            return []
        return sorted(set(self.sources.loc[self.sources["fact_id"] == fact_id, "article_id"]))

    def fold(self, changed: set[str], cid: int) -> None:
        """Merge facts that now share a key (as `merge.merge_facts` would) into one.

        The survivor is a fact that was not changed by this correction, else the smallest id, so
        fact ids stay those of the store.
        """
        facts = self.facts
        drop: list[Any] = []
        for ftype in sorted(set(facts.loc[facts["id"].isin(changed), "type"].dropna())):
            sub = facts[facts["type"] == ftype]
            sub = sub[_may_share_key(sub, sub["id"].isin(changed), KEY_FIELDS.get(ftype, DEFAULT_KEY))]
            records = sub.astype(object).where(sub.notna(), None).to_dict("records")
            groups: dict[tuple[Any, ...], list[Any]] = {}
            for idx, record in zip(sub.index, records, strict=True):
                groups.setdefault(fact_key(record), []).append(idx)
            for members in groups.values():
                if len(members) < 2 or not any(facts.at[i, "id"] in changed for i in members):
                    continue
                members.sort(key=lambda i: (facts.at[i, "id"] in changed, facts.at[i, "id"]))
                for deal in (self._deals(members) if ftype == "investment" else [members]):
                    if len(deal) > 1:
                        self._fold_into(deal[0], deal[1:], cid)
                        drop.extend(deal[1:])
        if drop:
            self.facts = self.facts.drop(index=drop)

    def _deals(self, members: list[Any]) -> list[list[Any]]:
        """Investments of one pair SEPARATE_DEALS_MONTHS or more apart stay separate deals (as in `merge`)."""
        deals: list[list[Any]] = []
        for i in members:
            date = _plain(self.facts.at[i, "date"])
            for deal in deals:
                gaps = [months_apart(date, _plain(self.facts.at[j, "date"])) for j in deal]
                if all(g is None or g < SEPARATE_DEALS_MONTHS for g in gaps):
                    deal.append(i)
                    break
            else:
                deals.append([i])
        return deals

    def _fold_into(self, keep: Any, others: list[Any], cid: int) -> None:
        facts = self.facts
        keep_id = facts.at[keep, "id"]
        other_ids = [facts.at[i, "id"] for i in others]
        entries: list[dict[str, Any]] = []

        def known(field_name: str, value: Any) -> dict[str, Any] | None:
            return next((e for e in entries if e["field"] == field_name and _same_value(field_name, e["value"], value)),
                        None)

        for i in [keep, *others]:  # conflicts the facts already had, with the articles behind each value
            raw = _plain(facts.at[i, "conflicts"]) if "conflicts" in facts.columns else None
            for c in json.loads(raw) if raw else []:
                entry = known(c["field"], c["value"])
                if entry is None:
                    entries.append({"field": c["field"], "value": c["value"], "article_ids": set()})
                    entry = entries[-1]
                entry["article_ids"].update(c.get("article_ids", []))

        def note(field_name: str, value: Any, articles: list[str]) -> None:
            if known(field_name, value) is None:
                entries.append({"field": field_name, "value": value, "article_ids": set(articles)})

        for col in FACT_COLUMNS:
            if col == "type" or col not in facts.columns:
                continue
            kept, kept_articles = _plain(facts.at[keep, col]), self.articles_of(keep_id)
            for i, other_id in zip(others, other_ids, strict=True):
                value = _plain(facts.at[i, col])
                if value is None:
                    continue
                if kept is None:
                    facts.at[keep, col] = value
                    kept, kept_articles = value, self.articles_of(other_id)
                elif col != "date" and not _same_value(col, kept, value):
                    note(col, kept, kept_articles)
                    note(col, value, self.articles_of(other_id))
        by_field: dict[str, list[dict[str, Any]]] = {}
        for entry in entries:
            by_field.setdefault(entry["field"], []).append(
                {"field": entry["field"], "value": entry["value"], "article_ids": sorted(entry["article_ids"])})
        listed = [e for entries in by_field.values() if len(entries) > 1 for e in entries]
        if "conflicts" in facts.columns:
            facts.at[keep, "conflicts"] = json.dumps(listed, ensure_ascii=False) if listed else None

        if self.sources is not None:
            src = self.sources
            src.loc[src["fact_id"].isin(other_ids), "fact_id"] = keep_id
            src = src.assign(_c=src["confidence"].fillna(0.5)).sort_values("_c", ascending=False, kind="stable")
            self.sources = src.drop_duplicates(["fact_id", "article_id"]).drop(columns="_c").sort_index()
            best = self.sources.loc[self.sources["fact_id"] == keep_id, "confidence"].fillna(0.5)
            confidences, n_sources = [float(c) for c in best], len(best)
        else:
            confidences = [float(_plain(facts.at[i, "confidence"]) or 0.5) for i in [keep, *others]]
            n_sources = sum(int(_plain(facts.at[i, "n_sources"]) or 0) for i in [keep, *others])
        miss = 1.0
        for c in confidences:
            miss *= 1.0 - c
        if "confidence" in facts.columns:
            facts.at[keep, "confidence"] = round(min(0.99, 1.0 - miss), 3)
        if "n_sources" in facts.columns:
            facts.at[keep, "n_sources"] = n_sources
        for other_id in other_ids:
            self.fate[other_id] = (keep_id, cid)
        for old, (target, how) in list(self.fate.items()):
            if target in other_ids:
                self.fate[old] = (keep_id, how)

    # the four actions

    def wrong(self, c: dict[str, Any]) -> bool:
        fact_id = c["fact_id"]
        if self.fact_index(fact_id) is None:
            return False
        self.facts = self.facts[self.facts["id"] != fact_id]
        if self.sources is not None:
            self.sources = self.sources[self.sources["fact_id"] != fact_id]
        for old, (target, _) in list(self.fate.items()):
            if target == fact_id:
                self.fate[old] = (None, c["id"])
        self.fate[fact_id] = (None, c["id"])
        return True

    def edit(self, c: dict[str, Any]) -> bool:
        fact_id, col = c["fact_id"], c["field"]
        i = self.fact_index(fact_id)
        if i is None or col not in EDITABLE_FIELDS or col not in self.facts.columns:
            return False
        try:
            value = parse_value(col, c["value"])
        except CorrectionError:
            return False
        if col in NAME_FIELDS and value is not None:
            value = self.ensure_entity(value, "person" if col in PERSON_FIELDS else "org")
        self.facts.at[i, col] = value
        if col in ("amount", "currency"):
            self._restate_usd(i)
        if col in NAME_FIELDS:
            self.fold({fact_id}, c["id"])
        return True

    def _restate_usd(self, i: Any) -> None:
        """After an edit of amount or currency, amount_usd follows (when the currency has a rate)."""
        amount, currency = _plain(self.facts.at[i, "amount"]), _plain(self.facts.at[i, "currency"])
        date = _plain(self.facts.at[i, "date"])
        year = int(date[:4]) if isinstance(date, str) and date[:4].isdigit() else None
        usd = to_usd(float(amount), currency, year) if amount is not None and currency else None
        if amount is None or usd is not None:
            self.facts.at[i, "amount_usd"] = usd

    def merge(self, c: dict[str, Any]) -> bool:
        keep, other = c["entity"], c["other"]
        if not keep or not other or keep == other:
            return False
        changed = False
        if other in self.entities:
            gone = self.entities.pop(other)
            survivor = self.entities.get(keep)
            if survivor is None:
                gone["name"] = keep
                gone["aliases"] = sorted((set(gone["aliases"]) | {other}) - {keep})
                if gone.get("parent") == keep:
                    gone["parent"] = None
                self.entities[keep] = gone
            else:
                survivor["aliases"] = sorted((set(survivor["aliases"]) | set(gone["aliases"]) | {other}) - {keep})
                for col in ("parent", "category"):
                    if _plain(survivor.get(col)) is None and _plain(gone.get(col)) not in (None, keep):
                        survivor[col] = gone[col]
                if self.mentions is None and "articles" in survivor:
                    survivor["articles"] = int(survivor["articles"] or 0) + int(gone.get("articles") or 0)
            changed = True
        return self.rename(other, keep, c["id"]) or changed

    def split(self, c: dict[str, Any]) -> bool:
        name, alias = c["entity"], c["other"]
        if not alias or alias == name or name not in self.entities or alias in self.entities:
            return False
        entity = self.entities[name]
        moving = None
        if self.mentions is not None:
            moving = (self.mentions["entity"] == name) & (self.mentions["text"] == alias)
        if alias not in entity["aliases"] and (moving is None or not moving.any()):
            return False
        entity["aliases"] = [a for a in entity["aliases"] if a != alias]
        self.entities[alias] = self._new_entity(alias, entity.get("kind"))
        if moving is not None and moving.any():
            self.mentions.loc[moving, "entity"] = alias  # type: ignore[union-attr]
        moved = self._facts_named_by(alias, name)
        if moved:
            for col in NAME_FIELDS:
                if col in self.facts.columns:
                    hit = self.facts["id"].isin(moved) & (self.facts[col] == name)
                    self.facts.loc[hit, col] = alias
            self.fold(moved, c["id"])
        return True

    def _facts_named_by(self, alias: str, name: str) -> set[str]:
        """Facts about `name` whose evidence names it only with the split-off `alias`."""
        if self.mentions is None or self.sources is None or "ev_start" not in self.sources.columns:
            return set()
        about = pd.Series(False, index=self.facts.index)
        for col in NAME_FIELDS:
            if col in self.facts.columns:
                about |= self.facts[col] == name
        ids = set(self.facts.loc[about, "id"])
        if not ids:
            return set()
        spans = self.sources.loc[self.sources["fact_id"].isin(ids), ["fact_id", "article_id", "ev_start", "ev_end"]]
        found = self.mentions.loc[self.mentions["entity"].isin([name, alias]), ["article_id", "entity", "start", "end"]]
        inside = spans.merge(found, on="article_id")
        inside = inside[(inside["start"] >= inside["ev_start"]) & (inside["end"] <= inside["ev_end"])]
        named = inside.groupby("fact_id")["entity"].agg(set)
        return {fid for fid, names in named.items() if alias in names and name not in names}

    # result

    def result(self) -> Corrected:
        if self.mentions is not None:
            counts = self.mentions.groupby("entity")["article_id"].nunique()
            for e in self.entities.values():
                if "articles" in e:
                    e["articles"] = int(counts.get(e["name"], 0))
        entities = pd.DataFrame(list(self.entities.values()), columns=self.entity_columns)
        if "articles" in entities.columns:
            entities = entities.sort_values(["articles", "name"], ascending=[False, True], kind="stable")
        entities = _restore_dtypes(entities.reset_index(drop=True), self.entity_dtypes, skip=("aliases",))
        facts = self.facts.sort_values(["type", "date", "id"], na_position="last", kind="stable")
        facts = _restore_dtypes(facts.reset_index(drop=True), self.fact_dtypes)
        sources = None if self.sources is None else self.sources.reset_index(drop=True)
        return Corrected(facts, entities, self.mentions, sources, self.active, self.fate)


def _may_share_key(facts: pd.DataFrame, changed: pd.Series, fields: tuple[str, ...]) -> pd.Series:
    """Rows whose key fields could equal those of a changed row (a cheap filter before `fact_key`)."""
    mask = pd.Series(True, index=facts.index)
    for col in fields:
        if col in facts.columns:
            folded = facts[col].astype("string").str.casefold().fillna("\x00")
            mask &= folded.isin(set(folded[changed]))
    return mask


def _entity_rows(entities: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """Entity name -> row (a dict with `aliases` as a list of strings)."""
    rows: dict[str, dict[str, Any]] = {}
    for row in entities.to_dict("records"):
        aliases = row.get("aliases")
        row["aliases"] = [] if _plain_list_missing(aliases) else [str(a) for a in aliases]
        rows[row["name"]] = row
    return rows


def _resolve(entities: dict[str, dict[str, Any]], name: str) -> str | None:
    """The canonical name for a name or alias (exact, then case-insensitive), or None."""
    if name in entities:
        return name
    folded = name.casefold()
    found = [n for n in entities if n.casefold() == folded]
    if len(found) == 1:
        return found[0]
    found = [n for n, e in entities.items() if name in e["aliases"]]
    if len(found) != 1:
        found = [n for n, e in entities.items() if folded in {a.casefold() for a in e["aliases"]}]
    return found[0] if len(found) == 1 else None


def _plain_list_missing(value: Any) -> bool:
    if value is None:
        return True
    return isinstance(value, float) and math.isnan(value)


def _restore_dtypes(df: pd.DataFrame, dtypes: pd.Series, skip: tuple[str, ...] = ()) -> pd.DataFrame:
    for col, dtype in dtypes.items():
        if col in df.columns and col not in skip and df[col].dtype != dtype:
            try:
                df[col] = df[col].astype(dtype)
            except (TypeError, ValueError):
                pass
    return df


def replay(facts: pd.DataFrame, entities: pd.DataFrame, corrections: pd.DataFrame, *,
           mentions: pd.DataFrame | None = None, sources: pd.DataFrame | None = None) -> Corrected:
    """Apply `corrections` (rows of the corrections table) in id order to the store's frames.

    `facts` as the facts table, `entities` as `queries.extracted_entities` (with `aliases` lists and
    `articles` counts). With `mentions` (the mentions table) article counts are recounted and actors
    renamed; with `sources` (fact_sources) folded facts get exact source counts and confidences, and
    a split moves the facts whose evidence names the entity only by the split-off alias.
    """
    state = _Replay(facts, entities, mentions, sources)
    actions = {"wrong": state.wrong, "edit": state.edit, "merge": state.merge, "split": state.split}
    rows = corrections.astype(object).where(corrections.notna(), None).to_dict("records")
    for row in sorted(rows, key=lambda r: int(r["id"])):
        row["id"] = int(row["id"])
        act = actions.get(row.get("action") or "")
        if act is not None and act(row):
            state.active.add(row["id"])
    return state.result()


def apply_corrections(facts: pd.DataFrame, entities: pd.DataFrame, corrections: pd.DataFrame, *,
                      mentions: pd.DataFrame | None = None,
                      sources: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(facts, entities) with the corrections applied: wrong facts dropped, edits made, merged
    entities renamed everywhere (facts that become one are folded), split aliases made entities.

    Pure; see `replay` for what the optional `mentions` and `sources` add.
    """
    done = replay(facts, entities, corrections, mentions=mentions, sources=sources)
    return done.facts, done.entities


# --- reading the store ------------------------------------------------------------------------


def read_corrections(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The corrections table, oldest first."""
    return con.execute("SELECT * FROM corrections ORDER BY id").df()


def corrected_view(con: duckdb.DuckDBPyConnection, corrections: pd.DataFrame | None = None,
                   always: bool = False) -> Corrected | None:
    """The store's frames with its corrections applied; None when it has none (unless `always`)."""
    if corrections is None:
        corrections = read_corrections(con)
    if corrections.empty and not always:
        return None
    about_entities = bool(corrections["action"].isin(["merge", "split"]).any())
    return replay(extracted_facts(con), extracted_entities(con), corrections,
                  mentions=extracted_mentions(con) if about_entities else None,
                  sources=extracted_sources(con))


def describe(row: dict[str, Any]) -> str:
    """One line saying what a correction does."""
    action = row.get("action")
    if action == "wrong":
        return f"mark fact {row['fact_id']} wrong"
    if action == "edit":
        value = row.get("value")
        return f"set {row['field']} of fact {row['fact_id']} to {'NULL' if value is None else repr(value)}"
    if action == "merge":
        return f"merge {row['other']!r} into {row['entity']!r}"
    if action == "split":
        return f"split {row['other']!r} off {row['entity']!r}"
    return f"unknown action {action!r}"


def list_corrections(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every correction, oldest first, with `active` (it still changes something) and `summary`."""
    corrections = read_corrections(con)
    view = corrected_view(con, corrections)
    active = view.active if view is not None else set()
    corrections["active"] = corrections["id"].isin(active).astype(bool)
    records = corrections.astype(object).where(corrections.notna(), None).to_dict("records")
    corrections["summary"] = pd.Series([describe(r) for r in records], index=corrections.index, dtype=object)
    return corrections


# --- writing ----------------------------------------------------------------------------------


@contextmanager
def _writing(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """One transaction that also bumps the store's data version (the dashboard's cache key)."""
    con.begin()
    try:
        yield
        con.execute("INSERT OR REPLACE INTO meta VALUES ('data_version', ?)", [datetime.now(UTC).isoformat()])
        con.commit()
    except BaseException:
        con.rollback()
        raise


def _current(con: duckdb.DuckDBPyConnection) -> Corrected:
    """The store as corrected so far: what a new correction is checked against."""
    view = corrected_view(con, always=True)
    if view is None:  # pragma: no cover - always=True never gives None
        raise CorrectionError("cannot read the store")
    return view


def _record(con: duckdb.DuckDBPyConnection, action: str, *, fact_id: str | None = None,
            field_name: str | None = None, value: str | None = None, entity: str | None = None,
            other: str | None = None, note: str | None = None) -> int:
    row = con.execute("SELECT coalesce(max(id), 0) FROM corrections").fetchone()
    last = con.execute("SELECT value FROM meta WHERE key = 'corrections_last_id'").fetchone()
    new_id = max(int(row[0]) if row else 0, int(last[0]) if last else 0) + 1
    note = note.strip() if note and note.strip() else None
    con.execute("INSERT INTO corrections VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [new_id, datetime.now(UTC).replace(tzinfo=None), action, fact_id, field_name, value, entity,
                 other, note])
    con.execute("INSERT OR REPLACE INTO meta VALUES ('corrections_last_id', ?)", [str(new_id)])
    return new_id


def _require_fact(view: Corrected, fact_id: str) -> Any:
    """The index of `fact_id` in the corrected facts, or a clear UnknownFact."""
    hit = view.facts.index[view.facts["id"] == fact_id]
    if len(hit):
        return hit[0]
    if fact_id in view.fate:
        target, cid = view.fate[fact_id]
        if target is None:
            raise UnknownFact(f"fact {fact_id} is marked wrong (correction #{cid}); undo that correction first")
        raise UnknownFact(f"fact {fact_id} was merged into fact {target} by correction #{cid}; use {target}")
    close = difflib.get_close_matches(fact_id, list(view.facts["id"]), n=3)
    hint = f" Did you mean {', '.join(close)}?" if close else ""
    raise UnknownFact(f"unknown fact id {fact_id!r}: `python -m analytics facts` lists the ids.{hint}")


def _require_entity(view: Corrected, name: str) -> str:
    """The canonical name of an entity given by name or alias, or a clear UnknownEntity."""
    entities = _entity_rows(view.entities)
    found = _resolve(entities, name.strip())
    if found is not None:
        return found
    known = list(entities) + [a for e in entities.values() for a in e["aliases"]]
    close = difflib.get_close_matches(name, known, n=3)
    hint = f" Did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise UnknownEntity(f"unknown entity {name!r}: `python -m analytics entities` lists them.{hint}")


def mark_wrong(con: duckdb.DuckDBPyConnection, fact_id: str, note: str | None = None) -> int:
    """Mark a fact as wrong: it disappears from every reader. Returns the correction id."""
    with _writing(con):
        view = _current(con)
        _require_fact(view, fact_id)
        return _record(con, "wrong", fact_id=fact_id, note=note)


def edit_fact(con: duckdb.DuckDBPyConnection, fact_id: str, field: str, value: Any, note: str | None = None) -> int:
    """Set one field of a fact (any column but `type`); returns the correction id.

    The value is parsed to the column's type (see `parse_value`). A name field takes an entity's
    name or alias (stored as the canonical name); a new name becomes an entity without mentions.
    Editing `amount` or `currency` restates `amount_usd` when the currency has a rate.
    """
    value = parse_value(field, value)
    with _writing(con):
        view = _current(con)
        i = _require_fact(view, fact_id)
        if field in NAME_FIELDS and value is not None:
            value = _resolve(_entity_rows(view.entities), value) or value
        current = _plain(view.facts.at[i, field])
        if current == value:
            raise CorrectionError(f"fact {fact_id} already has {field} = {value!r}")
        return _record(con, "edit", fact_id=fact_id, field_name=field, value=_value_text(value), note=note)


def merge_entities(con: duckdb.DuckDBPyConnection, keep: str, merge: str, note: str | None = None) -> int:
    """Make the entity `merge` an alias of `keep` everywhere; returns the correction id."""
    with _writing(con):
        view = _current(con)
        keep_name, merge_name = _require_entity(view, keep), _require_entity(view, merge)
        if keep_name == merge_name:
            raise CorrectionError(f"{merge!r} and {keep!r} are already one entity ({keep_name!r})")
        return _record(con, "merge", entity=keep_name, other=merge_name, note=note)


def split_entity(con: duckdb.DuckDBPyConnection, name: str, alias: str, note: str | None = None) -> int:
    """Make an alias of `name` an entity of its own (same kind); its mentions move to it."""
    with _writing(con):
        view = _current(con)
        owner = _require_entity(view, name)
        aliases = list(view.entities.loc[view.entities["name"] == owner, "aliases"].iloc[0])
        alias = alias.strip()
        match = [a for a in aliases if a == alias] or [a for a in aliases if a.casefold() == alias.casefold()]
        if alias.casefold() == owner.casefold():
            raise CorrectionError(f"{alias!r} is the name of the entity itself, not one of its aliases")
        if not match:
            listed = ", ".join(repr(a) for a in sorted(aliases)) or "none"
            raise UnknownEntity(f"{alias!r} is not an alias of {owner!r} (its aliases: {listed})")
        if match[0].casefold() in {n.casefold() for n in view.entities["name"]}:
            raise CorrectionError(f"{match[0]!r} is already an entity; merge or edit facts instead")
        return _record(con, "split", entity=owner, other=match[0], note=note)


def undo(con: duckdb.DuckDBPyConnection, correction_id: int) -> None:
    """Remove a correction: what it changed shows as extracted again (later corrections still apply)."""
    with _writing(con):
        found = con.execute("SELECT count(*) FROM corrections WHERE id = ?", [int(correction_id)]).fetchone()
        if not found or not found[0]:
            raise UnknownCorrection(f"no correction #{correction_id}; `python -m analytics correct list` shows them")
        con.execute("DELETE FROM corrections WHERE id = ?", [int(correction_id)])
