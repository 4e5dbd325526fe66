"""The command line: CONTRACT §1 output, help on every command, exit codes, exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analytics.cli import COMMANDS, main
from tests.conftest import SEEDS, run_cli

FACT_KEYS = {
    "investment": {"investor", "target", "amount", "currency", "amount_usd", "valuation_usd", "stake_pct", "date"},
    "talent_move": {"person", "count", "from_org", "to_org", "role", "date"},
    "vendor_preference": {"customer", "vendor", "stance", "reason"},
}


def test_extract_prints_contract_json(seeds_extract: dict) -> None:
    doc = seeds_extract
    assert set(doc) == {"articles", "entities", "facts", "rejected"}
    by_id = {a["id"]: a for a in doc["articles"]}
    assert set(by_id) == {"000_3e7baa42ad9fac7b", "004_81a9529619b7fbb5"}
    seed4 = by_id["004_81a9529619b7fbb5"]
    assert (seed4["published"], seed4["source"]) == ("2025-09-01", "Benzinga")
    assert all(a["language"] == "fr" for a in doc["articles"])
    assert all(set(a) >= {"id", "title", "published", "source", "language", "url", "entities"}
               for a in doc["articles"])
    names = {e["name"] for e in doc["entities"]}
    assert all(set(e) == {"name", "kind", "aliases", "parent"} for e in doc["entities"])
    for a in doc["articles"]:
        assert set(a["entities"]) <= names and a["entities"]
    for f in doc["facts"]:
        assert FACT_KEYS.get(f["type"], set()) <= set(f)
        assert 0 <= f["confidence"] <= 1 and f["sources"]
        for field in ("investor", "target", "person", "from_org", "to_org", "customer", "vendor", "org"):
            assert f.get(field) is None or f[field] in names
        assert "" not in f.values()
    # gold.json sits in the seed folder: it is not an article and is reported, not fatal
    assert [r["path"].endswith("gold.json") for r in doc["rejected"]] == [True, True]


def test_extract_does_not_touch_the_dashboard_store(tmp_path: Path) -> None:
    store = tmp_path / "dash.duckdb"
    run_cli("extract", str(SEEDS / "000_3e7baa42ad9fac7b.txt"), "--json", env={"ANALYTICS_STORE": str(store)},
            check=True)
    assert not store.exists()


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "usage:" in out and len(out.splitlines()) > 3


def test_bad_usage_exits_2() -> None:
    assert main(["frobnicate"]) == 2
    assert main(["facts", "--format", "pdf"]) == 2


def test_missing_store_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--store", str(tmp_path / "none.duckdb")]) == 1
    assert "No store at" in capsys.readouterr().err


def test_ingest_summary_and_queries(tmp_path: Path) -> None:
    store = str(tmp_path / "s.duckdb")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF")
    proc = run_cli("ingest", str(SEEDS / "004_81a9529619b7fbb5.txt"), str(bad), "--store", store, check=True)
    assert proc.stdout.splitlines()[0] == "1 new, 0 updated, 0 unchanged, 1 rejected"
    assert "bad.pdf: unsupported file type .pdf" in proc.stdout
    stats = json.loads(run_cli("stats", "--store", store, check=True).stdout)
    assert stats["articles"] == 1 and stats["organisations"] >= 4
    ents = run_cli("entities", "--store", store, check=True).stdout
    assert ents.startswith("name,kind,parent,category,aliases,articles") and "Scale AI" in ents
    facts_json = json.loads(run_cli("facts", "--store", store, "--format", "json", check=True).stdout)
    assert isinstance(facts_json, list)
    xlsx = tmp_path / "facts.xlsx"
    run_cli("facts", "--store", store, "--format", "xlsx", "--out", str(xlsx), check=True)
    assert xlsx.read_bytes()[:2] == b"PK"
