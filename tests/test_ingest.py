"""Ingest into the real DuckDB store: idempotence, replacement, atomicity, scale, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analytics import store as store_mod
from analytics.ingest import ingest
from analytics.store import open_store, table_counts
from tests.conftest import SEED_FILES

ARTICLE = ("OpenAI a recruté Jane Doe, ancienne chercheuse de Google DeepMind, a annoncé la start-up "
           "mardi. Elle rejoint l'équipe de recherche à San Francisco.")


def test_reingesting_the_seeds_changes_no_table(seed_store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(seed_store.read_bytes())
    with open_store(copy) as con:
        before = table_counts(con)
    report = ingest(SEED_FILES, copy)
    assert report.unchanged == [p.stem for p in SEED_FILES] and not report.new and not report.updated
    with open_store(copy) as con:
        assert table_counts(con) == before
    assert before["articles"] == 2 and before["mentions"] > 0


def test_changed_text_replaces_the_article(store: Path, tmp_path: Path) -> None:
    src = tmp_path / "in" / "a1.txt"
    src.parent.mkdir()
    src.write_text(ARTICLE, encoding="utf-8")
    assert ingest([src], store).new == ["a1"]
    src.write_text(ARTICLE.replace("Jane Doe", "John Roe"), encoding="utf-8")
    assert ingest([src], store).updated == ["a1"]
    with open_store(store) as con:
        texts = con.execute("SELECT raw_text FROM articles").fetchall()
        people = {r[0] for r in con.execute("SELECT entity FROM mentions WHERE kind = 'person'").fetchall()}
    assert len(texts) == 1 and "John Roe" in texts[0][0]
    assert "Jane Doe" not in people


def test_failure_mid_batch_leaves_the_store_as_before(seed_store: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(seed_store.read_bytes())
    with open_store(copy) as con:
        before = table_counts(con)
    new = tmp_path / "new.txt"
    new.write_text(ARTICLE, encoding="utf-8")

    def explode(con, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt  # like Ctrl-C after the article rows were written

    monkeypatch.setattr("analytics.merge.rebuild_merged", explode)
    with pytest.raises(KeyboardInterrupt):
        ingest([new], copy)
    with open_store(copy) as con:
        assert table_counts(con) == before


def test_duplicate_ids_in_one_batch(store: Path, tmp_path: Path) -> None:
    lines = [json.dumps({"id": "same", "text": t}) for t in (ARTICLE, ARTICLE + " Encore.")]
    (tmp_path / "a.jsonl").write_text("\n".join(lines), "utf-8")
    report = ingest([tmp_path / "a.jsonl"], store)
    assert report.new == ["same"]
    (r,) = report.rejected
    assert "duplicate id 'same'" in r.error and r.path.endswith("a.jsonl:2")


def test_a_thousand_small_files(store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(1000):
        (folder / f"n{i:04d}.txt").write_text(f"Note {i}: the startup Acme{i} Labs hired engineers.", "utf-8")
    ticks: list[int] = []
    totals: list[int] = []
    report = ingest([folder], store, progress=ticks.append, on_total=totals.append)
    assert len(report.new) == 1000 and not report.rejected
    assert totals == [1000] and sum(ticks) == 1000
    with open_store(store) as con:
        assert table_counts(con)["articles"] == 1000


def test_bad_inputs_are_reported_and_good_ones_kept(store: Path, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bad.json").write_text("{", "utf-8")
    report = ingest([tmp_path, tmp_path / "missing.txt"], store)
    assert report.new == ["good"]
    errors = {Path(r.path).name: r.error for r in report.rejected}
    assert errors == {"bad.json": "invalid JSON: Expecting property name enclosed in double quotes at line 1, column 2",
                      "empty.txt": "empty file", "missing.txt": "no such file or folder"}


def test_store_locked_by_another_process_gives_a_clear_message(store: Path) -> None:
    import multiprocessing

    ingest([SEED_FILES[0]], store)
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(str(store), ready, release))
    holder.start()
    try:
        assert ready.wait(60)
        with pytest.raises(store_mod.StoreLocked, match="being written by another process"):
            store_mod.connect(store, read_only=True)
    finally:
        release.set()
        holder.join(30)


def _hold_lock(path: str, ready, release) -> None:  # type: ignore[no-untyped-def]
    con = store_mod.connect(path)
    ready.set()
    release.wait(60)
    con.close()


def test_migrations_are_recorded(store: Path) -> None:
    with open_store(store) as con:
        assert store_mod.schema_version(con) == store_mod.SCHEMA_VERSION
        assert {"articles", "entities", "aliases", "mentions", "facts", "fact_sources", "corrections",
                "embeddings", "sentences"} <= set(table_counts(con))
