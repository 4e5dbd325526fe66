"""Analysts' corrections: pure replay on tiny frames, then on a real store (actions, errors, undo,
re-ingest) and through the command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from analytics import corrections
from analytics.contract import contract_document
from analytics.corrections import (
    CorrectionError,
    InvalidValue,
    UnknownCorrection,
    UnknownEntity,
    UnknownFact,
    UnknownField,
    apply_corrections,
    edit_fact,
    list_corrections,
    mark_wrong,
    merge_entities,
    replay,
    split_entity,
    undo,
)
from analytics.ingest import ingest
from analytics.queries import (
    article_actors,
    entities_frame,
    extracted_facts,
    facts_frame,
    sources_frame,
    stats,
)
from analytics.schema import FACT_COLUMNS
from analytics.store import StoreError, data_version, open_store
from tests.conftest import SEED_FILES, run_cli

SEED4 = "004_81a9529619b7fbb5"
NAME_FIELDS = corrections.NAME_FIELDS

# --- pure replay on two-row frames ----------------------------------------------------------


def _facts(*rows: dict[str, Any]) -> pd.DataFrame:
    full = [{"id": r["id"], **{c: r.get(c) for c in FACT_COLUMNS}, "confidence": r.get("confidence", 0.5),
             "n_sources": r.get("n_sources", 1), "conflicts": None} for r in rows]
    return pd.DataFrame(full)


def _entities(*rows: tuple[str, str, list[str]]) -> pd.DataFrame:
    return pd.DataFrame([{"name": n, "kind": k, "parent": None, "category": None, "aliases": a, "articles": 1}
                         for n, k, a in rows])


def _corrections(*rows: dict[str, Any]) -> pd.DataFrame:
    cols = ["id", "created_at", "action", "fact_id", "field", "value", "entity", "other", "note"]
    return pd.DataFrame([{c: r.get(c) for c in cols} | {"id": i} for i, r in enumerate(rows, 1)], columns=cols)


VENDORS = _facts(
    {"id": "f_a", "type": "vendor_preference", "customer": "Acme", "vendor": "Mercor", "stance": "prefers",
     "reason": "quality", "confidence": 0.6},
    {"id": "f_b", "type": "vendor_preference", "customer": "Acme", "vendor": "Mercor Inc", "stance": "prefers",
     "reason": "price", "confidence": 0.5},
)
VENDOR_ENTITIES = _entities(("Acme", "org", []), ("Mercor", "org", []), ("Mercor Inc", "org", ["MI"]))

PURE_CASES: list[tuple[str, list[dict[str, Any]], list[dict[str, Any]], dict[str, list[str]]]] = [
    # (case, corrections, expected facts (id + some fields), expected entities (name -> aliases))
    ("nothing", [], [{"id": "f_a", "vendor": "Mercor"}, {"id": "f_b", "vendor": "Mercor Inc"}],
     {"Acme": [], "Mercor": [], "Mercor Inc": ["MI"]}),
    ("wrong", [{"action": "wrong", "fact_id": "f_b"}], [{"id": "f_a"}],
     {"Acme": [], "Mercor": [], "Mercor Inc": ["MI"]}),
    ("wrong, unknown id is inert", [{"action": "wrong", "fact_id": "f_zzz"}], [{"id": "f_a"}, {"id": "f_b"}],
     {"Acme": [], "Mercor": [], "Mercor Inc": ["MI"]}),
    ("edit a text", [{"action": "edit", "fact_id": "f_a", "field": "reason", "value": "speed"}],
     [{"id": "f_a", "reason": "speed"}, {"id": "f_b", "reason": "price"}],
     {"Acme": [], "Mercor": [], "Mercor Inc": ["MI"]}),
    ("edit to NULL", [{"action": "edit", "fact_id": "f_a", "field": "reason", "value": None}],
     [{"id": "f_a", "reason": None}, {"id": "f_b"}], {"Acme": [], "Mercor": [], "Mercor Inc": ["MI"]}),
    ("edit a name to a new entity", [{"action": "edit", "fact_id": "f_b", "field": "customer", "value": "Beta"}],
     [{"id": "f_a", "customer": "Acme"}, {"id": "f_b", "customer": "Beta"}],
     {"Acme": [], "Mercor": [], "Mercor Inc": ["MI"], "Beta": []}),
    ("edit a name by alias folds the facts",
     [{"action": "edit", "fact_id": "f_a", "field": "vendor", "value": "mi"}],
     [{"id": "f_b", "vendor": "Mercor Inc", "n_sources": 2, "confidence": 0.8}],
     {"Acme": [], "Mercor": [], "Mercor Inc": ["MI"]}),
    ("merge renames and folds into the unchanged fact",
     [{"action": "merge", "entity": "Mercor", "other": "Mercor Inc"}],
     [{"id": "f_a", "vendor": "Mercor", "reason": "quality", "n_sources": 2, "confidence": 0.8}],
     {"Acme": [], "Mercor": ["MI", "Mercor Inc"]}),
    ("merge into a name the store no longer has renames the entity",
     [{"action": "merge", "entity": "Mercor AI", "other": "Mercor Inc"}],
     [{"id": "f_a", "vendor": "Mercor"}, {"id": "f_b", "vendor": "Mercor AI"}],
     {"Acme": [], "Mercor": [], "Mercor AI": ["MI", "Mercor Inc"]}),
    ("split an alias off", [{"action": "split", "entity": "Mercor Inc", "other": "MI"}],
     [{"id": "f_a"}, {"id": "f_b", "vendor": "Mercor Inc"}],
     {"Acme": [], "Mercor": [], "Mercor Inc": [], "MI": []}),
    ("merge then wrong on the survivor hides the folded fact",
     [{"action": "merge", "entity": "Mercor", "other": "Mercor Inc"}, {"action": "wrong", "fact_id": "f_a"}],
     [], {"Acme": [], "Mercor": ["MI", "Mercor Inc"]}),
]


@pytest.mark.parametrize("case, rows, expected_facts, expected_entities", PURE_CASES,
                         ids=[c[0] for c in PURE_CASES])
def test_apply_corrections_on_two_row_frames(case: str, rows: list[dict[str, Any]],
                                             expected_facts: list[dict[str, Any]],
                                             expected_entities: dict[str, list[str]]) -> None:
    facts, entities = apply_corrections(VENDORS, VENDOR_ENTITIES, _corrections(*rows))
    got = facts.astype(object).where(facts.notna(), None).to_dict("records")
    assert [f["id"] for f in got] == [f["id"] for f in expected_facts]
    for row, want in zip(got, expected_facts, strict=True):
        assert {k: row[k] for k in want} == want
    assert {n: list(a) for n, a in zip(entities["name"], entities["aliases"], strict=True)} == expected_entities
    assert list(facts.columns) == list(VENDORS.columns)
    names = set(entities["name"])
    assert all(f[c] is None or f[c] in names for f in got for c in NAME_FIELDS)


def test_folding_keeps_conflicting_values_visible() -> None:
    rows = [{"action": "merge", "entity": "Mercor", "other": "Mercor Inc"}]
    facts, _ = apply_corrections(VENDORS, VENDOR_ENTITIES, _corrections(*rows))
    conflicts = json.loads(facts.loc[0, "conflicts"])
    assert {(c["field"], c["value"]) for c in conflicts} == {("reason", "quality"), ("reason", "price")}


def test_edit_of_amount_restates_usd_and_parses_types() -> None:
    facts = _facts({"id": "f_i", "type": "investment", "investor": "Acme", "target": "Beta", "amount": 1e6,
                    "currency": "USD", "amount_usd": 1e6, "date": "2024-05"})
    entities = _entities(("Acme", "org", []), ("Beta", "org", []))
    rows = [{"action": "edit", "fact_id": "f_i", "field": "amount", "value": "2.5e6"},
            {"action": "edit", "fact_id": "f_i", "field": "count", "value": "3"},
            {"action": "edit", "fact_id": "f_i", "field": "negated", "value": "true"}]
    out = replay(facts, entities, _corrections(*rows))
    row = out.facts.iloc[0]
    assert (row["amount"], row["amount_usd"], row["count"], row["negated"]) == (2.5e6, 2.5e6, 3, True)
    assert out.active == {1, 2, 3}


def test_split_moves_the_facts_whose_evidence_uses_the_alias() -> None:
    text = "Meta invests in Beta. Later MSL hires Ann."
    facts = _facts({"id": "f_inv", "type": "investment", "investor": "Meta", "target": "Beta"},
                   {"id": "f_hire", "type": "talent_move", "person": "Ann", "to_org": "Meta"})
    entities = _entities(("Meta", "org", ["MSL"]), ("Beta", "org", []), ("Ann", "person", []))
    mentions = pd.DataFrame([
        {"article_id": "a1", "entity": e, "start": text.index(t), "end": text.index(t) + len(t), "text": t,
         "actor": True} for e, t in (("Meta", "Meta"), ("Beta", "Beta"), ("Meta", "MSL"), ("Ann", "Ann"))])
    sources = pd.DataFrame([
        {"fact_id": "f_inv", "article_id": "a1", "ev_start": 0, "ev_end": 21, "confidence": 0.8},
        {"fact_id": "f_hire", "article_id": "a1", "ev_start": 22, "ev_end": len(text), "confidence": 0.8}])
    out = replay(facts, entities, _corrections({"action": "split", "entity": "Meta", "other": "MSL"}),
                 mentions=mentions, sources=sources)
    by_id = out.facts.set_index("id")
    assert by_id.loc["f_inv", "investor"] == "Meta" and by_id.loc["f_hire", "to_org"] == "MSL"
    assert out.mentions is not None and set(out.mentions.loc[out.mentions["text"] == "MSL", "entity"]) == {"MSL"}
    assert dict(zip(out.entities["name"], out.entities["kind"], strict=True))["MSL"] == "org"


@pytest.mark.parametrize("field, value, expected", [
    ("amount", "14.3e9", 14.3e9), ("amount", "14_300_000_000", 14.3e9), ("count", "50", 50),
    ("count", 50.0, 50), ("negated", "no", False), ("stance", "Avoids", "avoids"), ("currency", "eur", "EUR"),
    ("date", "2025-06", "2025-06"), ("role", "  CEO ", "CEO"), ("role", "", None), ("amount", None, None),
    ("date", "null", None),
])
def test_parse_value(field: str, value: Any, expected: Any) -> None:
    assert corrections.parse_value(field, value) == expected


@pytest.mark.parametrize("field, value, error", [
    ("type", "layoff", UnknownField), ("colour", "red", UnknownField), ("amount", "lots", InvalidValue),
    ("amount", "-5", InvalidValue), ("count", "1.5", InvalidValue), ("stake_pct", "150", InvalidValue),
    ("negated", "maybe", InvalidValue), ("stance", "likes", InvalidValue), ("date", "June 2025", InvalidValue),
    ("date", "2025-13", InvalidValue), ("currency", "dollars", InvalidValue),
])
def test_parse_value_rejects(field: str, value: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match=field) as info:
        corrections.parse_value(field, value)
    assert isinstance(info.value, StoreError)


# --- a real store ---------------------------------------------------------------------------


@pytest.fixture
def store_copy(seed_store: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store.duckdb"
    copy.write_bytes(seed_store.read_bytes())
    return copy


def _fact_id(facts: pd.DataFrame, **fields: Any) -> str:
    mask = pd.Series(True, index=facts.index)
    for k, v in fields.items():
        mask &= facts[k] == v
    ids = list(facts.loc[mask, "id"])
    assert len(ids) == 1, f"expected one fact with {fields}, found {ids}"
    return ids[0]


def _snapshot(con: Any) -> dict[str, Any]:
    return {"facts": facts_frame(con), "entities": entities_frame(con), "actors": article_actors(con),
            "stats": stats(con), "doc": contract_document(con, [])}


def _assert_same(a: dict[str, Any], b: dict[str, Any]) -> None:
    pd.testing.assert_frame_equal(a["facts"], b["facts"])
    pd.testing.assert_frame_equal(a["entities"], b["entities"])
    assert (a["actors"], a["stats"], a["doc"]) == (b["actors"], b["stats"], b["doc"])


def _check_contract(doc: dict[str, Any]) -> None:
    names = {e["name"] for e in doc["entities"]}
    for f in doc["facts"]:
        assert all(f.get(c) is None or f[c] in names for c in NAME_FIELDS), f
    for a in doc["articles"]:
        assert set(a["entities"]) <= names


def _investment(facts: pd.DataFrame) -> str:
    return _fact_id(facts, type="investment", investor="Meta", target="Scale AI")


def _do_wrong(con: Any, facts: pd.DataFrame) -> int:
    return mark_wrong(con, _investment(facts), note="test")


def _see_wrong(before: dict[str, Any], after: dict[str, Any]) -> None:
    gone = _investment(before["facts"])
    assert gone not in set(after["facts"]["id"]) and gone not in {f["id"] for f in after["doc"]["facts"]}
    assert after["stats"]["facts"] == before["stats"]["facts"] - 1
    assert after["stats"]["facts_by_type"].get("investment", 0) == before["stats"]["facts_by_type"]["investment"] - 1


def _do_edit(con: Any, facts: pd.DataFrame) -> int:
    return edit_fact(con, _investment(facts), "amount", "15e9")


def _see_edit(before: dict[str, Any], after: dict[str, Any]) -> None:
    fid = _investment(before["facts"])
    row = after["facts"].set_index("id").loc[fid]
    assert (row["amount"], row["currency"], row["amount_usd"]) == (15e9, "USD", 15e9)
    doc_fact = next(f for f in after["doc"]["facts"] if f["id"] == fid)
    assert doc_fact["amount"] == 15e9 and doc_fact["amount_usd"] == 15e9


def _do_merge(con: Any, facts: pd.DataFrame) -> int:
    return merge_entities(con, "Meta", "TBD Labs")


def _see_merge(before: dict[str, Any], after: dict[str, Any]) -> None:
    ents = after["entities"].set_index("name")
    assert "TBD Labs" not in ents.index and "TBD Labs" in list(ents.loc["Meta", "aliases"])
    assert not (after["facts"][list(NAME_FIELDS)] == "TBD Labs").any().any()
    assert (after["facts"]["customer"] == "Meta").sum() == (before["facts"]["customer"] == "TBD Labs").sum()
    assert all("TBD Labs" not in names for names in after["actors"].values())
    doc_meta = next(e for e in after["doc"]["entities"] if e["name"] == "Meta")
    assert "TBD Labs" in doc_meta["aliases"]
    assert after["stats"]["organisations"] == before["stats"]["organisations"] - 1


def _do_merge_folding(con: Any, facts: pd.DataFrame) -> int:
    return merge_entities(con, "Mercor", "Surge AI", note="same vendor, say")


def _see_merge_folding(before: dict[str, Any], after: dict[str, Any]) -> None:
    kept = _fact_id(before["facts"], type="vendor_preference", vendor="Mercor", stance="prefers")
    folded = _fact_id(before["facts"], type="vendor_preference", vendor="Surge AI", stance="prefers")
    ids = set(after["facts"]["id"])
    assert kept in ids and folded not in ids
    fact = next(f for f in after["doc"]["facts"] if f["id"] == kept)
    before_sources = {s["article_id"] for f in before["doc"]["facts"] if f["id"] in (kept, folded)
                      for s in f["sources"]}
    assert {s["article_id"] for s in fact["sources"]} == before_sources
    assert len(fact["sources"]) == len(before_sources)  # one source per article


def _do_split(con: Any, facts: pd.DataFrame) -> int:
    return split_entity(con, "Meta Superintelligence Labs", "MSL")


def _see_split(before: dict[str, Any], after: dict[str, Any]) -> None:
    ents = after["entities"].set_index("name")
    assert ents.loc["MSL", "kind"] == ents.loc["Meta Superintelligence Labs", "kind"] == "org"
    assert "MSL" not in list(ents.loc["Meta Superintelligence Labs", "aliases"]) and ents.loc["MSL", "articles"] >= 1
    assert any("MSL" in names for names in after["actors"].values())
    assert "MSL" in {e["name"] for e in after["doc"]["entities"]}


ACTIONS: list[tuple[str, Callable[[Any, pd.DataFrame], int], Callable[[dict[str, Any], dict[str, Any]], None]]] = [
    ("wrong", _do_wrong, _see_wrong),
    ("edit", _do_edit, _see_edit),
    ("merge", _do_merge, _see_merge),
    ("merge folding facts", _do_merge_folding, _see_merge_folding),
    ("split", _do_split, _see_split),
]


@pytest.mark.parametrize("name, do, see", ACTIONS, ids=[a[0] for a in ACTIONS])
def test_each_action_shows_everywhere_and_undo_restores(store_copy: Path, name: str,
                                                        do: Callable[[Any, pd.DataFrame], int],
                                                        see: Callable[[dict[str, Any], dict[str, Any]], None]) -> None:
    with open_store(store_copy) as con:
        before = _snapshot(con)
        version = data_version(con)
        cid = do(con, before["facts"])
        assert data_version(con) != version  # the dashboard's cache key moves
        after = _snapshot(con)
        see(before, after)
        _check_contract(after["doc"])
        listed = list_corrections(con).set_index("id")
        assert bool(listed.loc[cid, "active"]) and listed.loc[cid, "summary"]
        undo(con, cid)
        _assert_same(_snapshot(con), before)
        assert list_corrections(con).empty


def _apply_all(con: Any) -> dict[str, str]:
    """One correction of each kind, plus `lone`: a fact only article SEED4 reports, with evidence of its own.

    Returns kind -> the fact id or entity the correction is about.
    """
    facts, sources = facts_frame(con), sources_frame(con)
    articles = sources.groupby("fact_id")["article_id"].agg(set)
    uses = sources["evidence"].value_counts()
    lone = sorted(f for f, arts in articles.items() if arts == {SEED4}
                  and uses[sources.loc[sources["fact_id"] == f, "evidence"].iloc[0]] == 1)[0]
    avoided = _fact_id(facts, type="vendor_preference", vendor="Scale AI", stance="avoids")
    _do_edit(con, facts)
    mark_wrong(con, avoided)
    _do_merge(con, facts)
    _do_split(con, facts)
    mark_wrong(con, lone)
    return {"edit": _investment(facts), "wrong": avoided, "lone": lone}


def _see_all(fact_ids: dict[str, str], con: Any) -> None:
    """What `_apply_all` did is what the store shows."""
    facts = facts_frame(con).set_index("id")
    assert facts.loc[fact_ids["edit"], "amount"] == 15e9
    assert fact_ids["wrong"] in set(extracted_facts(con)["id"]) and fact_ids["wrong"] not in facts.index
    ents = entities_frame(con).set_index("name")
    assert "TBD Labs" not in ents.index and "TBD Labs" in list(ents.loc["Meta", "aliases"])
    assert not (facts[list(NAME_FIELDS)] == "TBD Labs").any().any()
    assert all("TBD Labs" not in names for names in article_actors(con).values())
    assert "MSL" in ents.index and "MSL" not in list(ents.loc["Meta Superintelligence Labs", "aliases"])
    _check_contract(contract_document(con, []))


def test_corrections_survive_reingesting_the_same_files(store_copy: Path) -> None:
    with open_store(store_copy) as con:
        fact_ids = _apply_all(con)
        before = _snapshot(con)
    report = ingest(SEED_FILES, store_copy)
    assert sorted(report.unchanged) == sorted(p.stem for p in SEED_FILES)
    with open_store(store_copy) as con:
        _assert_same(_snapshot(con), before)
        _see_all(fact_ids, con)
        assert list_corrections(con)["active"].all()


def test_corrections_survive_a_changed_article(store_copy: Path, tmp_path: Path) -> None:
    with open_store(store_copy) as con:
        fact_ids = _apply_all(con)
        evidence = con.execute("SELECT evidence FROM fact_sources WHERE fact_id = ?", [fact_ids["lone"]]).fetchone()[0]
    seed4 = next(p for p in SEED_FILES if p.stem == SEED4)
    text = seed4.read_text("utf-8")
    assert evidence in text
    changed = tmp_path / "in" / seed4.name
    changed.parent.mkdir()
    changed.write_text(text.replace(evidence, "") + "\n\nMise à jour : l'article a été corrigé.\n", "utf-8")
    assert ingest([changed], store_copy).updated == [SEED4]
    with open_store(store_copy) as con:
        assert fact_ids["lone"] not in set(extracted_facts(con)["id"])  # the sentence behind it is gone
        _see_all(fact_ids, con)
        listed = list_corrections(con).set_index("fact_id", drop=False)
    assert len(listed) == 5
    assert not listed.loc[fact_ids["lone"], "active"]  # still listed, but inert
    assert listed[listed["fact_id"] != fact_ids["lone"]]["active"].all()


def test_wrong_is_still_applied_after_a_changed_article(store_copy: Path, tmp_path: Path) -> None:
    with open_store(store_copy) as con:
        fid = _investment(facts_frame(con))
        mark_wrong(con, fid)
    seed4 = next(p for p in SEED_FILES if p.stem == SEED4)
    changed = tmp_path / "in" / seed4.name
    changed.parent.mkdir()
    changed.write_text(seed4.read_text("utf-8") + "\n\nMise à jour : l'article a été corrigé.\n", "utf-8")
    assert ingest([changed], store_copy).updated == [SEED4]
    with open_store(store_copy) as con:
        assert fid in set(extracted_facts(con)["id"]) and fid not in set(facts_frame(con)["id"])
        assert list_corrections(con)["active"].all()


ERRORS: list[tuple[str, Callable[[Any], Any], type[Exception], str]] = [
    ("unknown fact", lambda con: mark_wrong(con, "f_000000000000"), UnknownFact, "unknown fact id 'f_000000000000'"),
    ("unknown fact in edit", lambda con: edit_fact(con, "nope", "amount", "1"), UnknownFact, "unknown fact id"),
    ("unknown field", lambda con: edit_fact(con, _investment(facts_frame(con)), "colour", "red"), UnknownField,
     "editable fields: investor"),
    ("type is not editable", lambda con: edit_fact(con, _investment(facts_frame(con)), "type", "layoff"),
     UnknownField, "unknown fact field 'type'"),
    ("bad number", lambda con: edit_fact(con, _investment(facts_frame(con)), "amount", "lots"), InvalidValue,
     "amount is a number"),
    ("same value", lambda con: edit_fact(con, _investment(facts_frame(con)), "investor", "meta"), CorrectionError,
     "already has investor = 'Meta'"),
    ("unknown entity to keep", lambda con: merge_entities(con, "Nobody Corp", "Meta"), UnknownEntity,
     "unknown entity 'Nobody Corp'"),
    ("unknown entity to merge", lambda con: merge_entities(con, "Meta", "Metaa"), UnknownEntity, "Did you mean"),
    ("merge an alias into its entity", lambda con: merge_entities(con, "Meta", "META"), CorrectionError,
     "already one entity"),
    ("split unknown entity", lambda con: split_entity(con, "Nobody Corp", "NC"), UnknownEntity, "unknown entity"),
    ("split a non-alias", lambda con: split_entity(con, "Meta", "Mercor"), UnknownEntity,
     "'Mercor' is not an alias of 'Meta'"),
    ("unknown correction", lambda con: undo(con, 42), UnknownCorrection, "no correction #42"),
]


@pytest.mark.parametrize("case, call, error, message", ERRORS, ids=[e[0] for e in ERRORS])
def test_bad_corrections_give_clear_errors_and_write_nothing(store_copy: Path, case: str,
                                                             call: Callable[[Any], Any],
                                                             error: type[Exception], message: str) -> None:
    with open_store(store_copy) as con:
        version = data_version(con)
        with pytest.raises(error, match=message) as info:
            call(con)
        assert isinstance(info.value, StoreError)
        assert list_corrections(con).empty and data_version(con) == version


def test_facts_marked_wrong_or_merged_are_explained(store_copy: Path) -> None:
    with open_store(store_copy) as con:
        facts = facts_frame(con)
        fid = _investment(facts)
        cid = mark_wrong(con, fid)
        with pytest.raises(UnknownFact, match=f"marked wrong \\(correction #{cid}\\)"):
            edit_fact(con, fid, "amount", "1")
        folded = _fact_id(facts, type="vendor_preference", vendor="Surge AI", stance="prefers")
        kept = _fact_id(facts, type="vendor_preference", vendor="Mercor", stance="prefers")
        merge_entities(con, "Mercor", "Surge AI")
        with pytest.raises(UnknownFact, match=f"merged into fact {kept}"):
            mark_wrong(con, folded)


def test_corrections_are_applied_in_order(store_copy: Path) -> None:
    with open_store(store_copy) as con:
        merge_entities(con, "Meta", "TBD Labs")
        with pytest.raises(UnknownEntity):
            split_entity(con, "TBD Labs", "TBD")  # TBD Labs is now an alias of Meta
        split_id = split_entity(con, "Meta", "TBD Labs")  # ...which can be split off again
        ents = entities_frame(con).set_index("name")
        assert "TBD Labs" in ents.index and "TBD Labs" not in list(ents.loc["Meta", "aliases"])
        undo(con, split_id)
        assert "TBD Labs" not in set(entities_frame(con)["name"])


# --- command line -----------------------------------------------------------------------------


@pytest.mark.parametrize("action", ["wrong", "edit", "merge", "split", "undo", "list"])
def test_every_correct_action_has_help(action: str, capsys: pytest.CaptureFixture[str]) -> None:
    from analytics.cli import main

    assert main(["correct", action, "--help"]) == 0
    out = capsys.readouterr().out
    assert "usage:" in out and len(out.splitlines()) > 3


def test_cli_round_trip(store_copy: Path) -> None:
    store = ["--store", str(store_copy)]
    with open_store(store_copy, read_only=True) as con:
        fid = _investment(facts_frame(con))
    out = run_cli("correct", "wrong", fid, "--note", "misread", *store, check=True).stdout
    assert out.strip() == f"correction #1: mark fact {fid} wrong"
    run_cli("correct", "merge", "Meta", "TBD Labs", *store, check=True)
    facts = json.loads(run_cli("facts", "--format", "json", *store, check=True).stdout)
    assert fid not in {f["id"] for f in facts} and "TBD Labs" not in {f.get("customer") for f in facts}
    entities = run_cli("entities", *store, check=True).stdout
    assert "\nTBD Labs," not in entities and "TBD Labs" in entities  # an alias of Meta now
    listed = json.loads(run_cli("correct", "list", "--format", "json", *store, check=True).stdout)
    assert [(c["id"], c["action"], c["note"], c["active"]) for c in listed] == [
        (1, "wrong", "misread", True), (2, "merge", None, True)]
    text = run_cli("correct", "list", *store, check=True).stdout
    assert "#2" in text and "merge 'TBD Labs' into 'Meta'" in text
    assert run_cli("correct", "undo", "1", *store, check=True).stdout.strip() == "undid correction #1"
    stats = json.loads(run_cli("stats", *store, check=True).stdout)
    with open_store(store_copy, read_only=True) as con:
        assert stats["facts"] == len(extracted_facts(con))

    bad = run_cli("correct", "edit", fid, "amount", "lots", *store)
    assert bad.returncode == 1 and "error: amount is a number" in bad.stderr
    bad = run_cli("correct", "merge", "Meta", "Nobody Corp", *store)
    assert bad.returncode == 1 and "unknown entity 'Nobody Corp'" in bad.stderr
    assert run_cli("correct", "merge", "Meta", *store).returncode == 2
    assert run_cli("correct", "undo", "one", *store).returncode == 2
    assert run_cli("correct", *store).returncode == 2
    missing = run_cli("correct", "list", "--store", str(store_copy.parent / "none.duckdb"))
    assert missing.returncode == 1 and "No store at" in missing.stderr
    assert not (store_copy.parent / "none.duckdb").exists()
