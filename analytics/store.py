"""The DuckDB store: schema migrations, one-transaction batch writes, and reads as DataFrames."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from analytics.articles import Article
from analytics.extraction.result import ArticleExtraction
from analytics.metadata import published_date
from analytics.schema import FACT_COLUMNS, MIGRATIONS, SCHEMA_VERSION


class StoreError(RuntimeError):
    """A store problem worth showing to the user as it is."""


class StoreLocked(StoreError):
    """Another process holds the store's write lock."""


def connect(path: str | os.PathLike[str], read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store (creating and migrating it unless read-only); clear errors on lock or damage."""
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"No store at {path}: add articles first (python -m analytics ingest PATH).")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreLocked(
                f"The store {path} is being written by another process (an ingest is running?). "
                "Wait for it to finish, then try again.") from exc
        raise StoreError(f"Cannot open the store {path}: {exc}") from exc
    except duckdb.Error as exc:
        raise StoreError(f"Cannot open the store {path}: {exc}") from exc
    if not read_only:
        migrate(con)
    elif schema_version(con) != SCHEMA_VERSION:
        con.close()
        raise StoreError(f"The store {path} has schema version {schema_version(con)}; "
                         f"this program needs {SCHEMA_VERSION}. Run an ingest to upgrade it.")
    return con


@contextmanager
def open_store(path: str | os.PathLike[str], read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """Context-managed connection."""
    con = connect(path, read_only=read_only)
    try:
        yield con
    finally:
        con.close()


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The migration level of an open store (0 for a new file)."""
    has_meta = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'").fetchone()
    if not has_meta or not has_meta[0]:
        return 0
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Apply the migrations the store has not had yet, each in its own transaction."""
    current = schema_version(con)
    for level in range(current, SCHEMA_VERSION):
        con.begin()
        try:
            con.execute(MIGRATIONS[level])
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(level + 1)])
            con.commit()
        except BaseException:
            con.rollback()
            raise


def data_version(con: duckdb.DuckDBPyConnection) -> str:
    """A token that changes whenever the store's content changes (cache key for readers)."""
    row = con.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchone()
    return row[0] if row else "0"


def article_hashes(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Stored article id -> content hash."""
    return dict(con.execute("SELECT id, content_hash FROM articles").fetchall())


def write_batch(con: duckdb.DuckDBPyConnection, articles: list[Article],
                extractions: dict[str, ArticleExtraction]) -> None:
    """Replace these articles and everything derived from them, then rebuild merged tables.

    One transaction: an error or interrupt leaves the store exactly as before.
    """
    from analytics.merge import rebuild_merged

    con.begin()
    try:
        ids = [a.id for a in articles]
        if ids:
            con.execute("CREATE OR REPLACE TEMP TABLE batch_ids AS SELECT unnest(?::VARCHAR[]) AS id", [ids])
            for table, col in (("articles", "id"), ("mentions", "article_id"), ("sentences", "article_id"),
                               ("article_facts", "article_id"), ("embeddings", "article_id")):
                con.execute(f"DELETE FROM {table} WHERE {col} IN (SELECT id FROM batch_ids)")
            _insert(con, "articles", _article_rows(articles))
            _insert(con, "mentions", [
                {"article_id": x.article_id, "entity": m.entity, "kind": m.kind, "start": m.start,
                 "end": m.end, "text": m.text, "actor": m.actor}
                for x in extractions.values() for m in x.mentions])
            _insert(con, "sentences", [
                {"article_id": x.article_id, "idx": i, "start": s, "end": e, "text": t}
                for x in extractions.values() for i, (s, e, t) in enumerate(x.sentences)])
            _insert(con, "article_facts", [
                {"article_id": x.article_id, "local_id": i, **{c: f.get(c) for c in FACT_COLUMNS},
                 "confidence": f.get("confidence"), "evidence": f.get("evidence"),
                 "ev_start": f.get("ev_start"), "ev_end": f.get("ev_end")}
                for x in extractions.values() for i, f in enumerate(x.facts)])
            _upsert_entities(con, extractions)
        rebuild_merged(con)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('data_version', ?)",
                    [datetime.now(UTC).isoformat()])
        con.commit()
    except BaseException:
        con.rollback()
        raise


def _article_rows(articles: list[Article]) -> list[dict[str, Any]]:
    now = datetime.now(UTC).replace(tzinfo=None)
    return [{
        "id": a.id, "path": a.path, "title": a.title, "published": a.published,
        "published_date": published_date(a.published), "source": a.source, "url": a.url,
        "language": a.language, "author": a.author, "raw_text": a.raw_text, "clean_text": a.clean_text,
        "noise_spans": json.dumps(a.noise_spans), "content_hash": a.content_hash, "ingested_at": now,
    } for a in articles]


def _upsert_entities(con: duckdb.DuckDBPyConnection, extractions: dict[str, ArticleExtraction]) -> None:
    entities: dict[str, dict[str, Any]] = {}
    aliases: set[tuple[str, str]] = set()
    for x in extractions.values():
        for info in x.entities.values():
            entities.setdefault(info.name, {"name": info.name, "kind": info.kind, "parent": info.parent,
                                            "category": info.category})
            aliases.update((a, info.name) for a in info.aliases if a != info.name)
    if entities:
        df = pd.DataFrame(list(entities.values()))
        con.register("new_entities", df)
        con.execute("INSERT OR REPLACE INTO entities SELECT name, kind, parent, category FROM new_entities")
        con.unregister("new_entities")
    if aliases:
        df = pd.DataFrame(sorted(aliases), columns=["alias", "entity"])
        con.register("new_aliases", df)
        con.execute("INSERT OR IGNORE INTO aliases SELECT alias, entity FROM new_aliases")
        con.unregister("new_aliases")


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
    """Bulk insert rows (dicts keyed by column name) through a registered DataFrame."""
    if not rows:
        return
    columns = [r[1] for r in con.execute(f"PRAGMA table_info('{table}')").fetchall()]
    df = pd.DataFrame(rows, columns=columns).astype(object)
    df = df.where(pd.notna(df), None)
    con.register("rows_in", df)
    quoted = ", ".join(f'"{c}"' for c in columns)
    con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM rows_in")
    con.unregister("rows_in")


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row count of every table."""
    tables = [r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1").fetchall()]
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}  # type: ignore[index]
