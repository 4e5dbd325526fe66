"""The one place where pages read the store: short-lived connections, results cached per store version.

Every read opens a connection, queries and closes it: nothing holds the store open between reruns,
so an ingest (here or from the command line) can open it for writing. The cache key is the store's
data version plus a signature of the analysts' corrections, so new data and corrections show up on
the next rerun without a restart.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import streamlit as st

from analytics.config import store_path
from analytics.figures import company_colors
from analytics.queries import articles_frame
from analytics.store import StoreError, connect, data_version
from analytics.views import (
    StoreFrames,
    article_evidence,
    article_mentions,
    article_record,
    corrections_signature,
    store_frames,
)

LAST_VERSION_KEY = "_store_last_version"


class StoreBusy(StoreError):
    """The store is being written (an ingest is running) and cannot be read right now."""


def current_store() -> Path:
    """The store the dashboard shows ($ANALYTICS_STORE or data/store.duckdb)."""
    return store_path()


def _busy(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "lock" in text or "different configuration" in text or "being written" in text


@contextmanager
def read_connection(store: str | Path, attempts: int = 3) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived connection for reading.

    Read-only normally. While this process writes the store (an ingest started from the Add articles
    page), DuckDB refuses a read-only connection next to the writer; the read then joins the
    writer's database in read-write mode and sees the last committed data. A lock held by another
    process is retried briefly, then reported as `StoreBusy`.
    """
    con = None
    last: BaseException | None = None
    for attempt in range(attempts):
        try:
            con = connect(store, read_only=True)
            break
        except StoreError as exc:
            last = exc
            if "different configuration" in str(exc).lower():
                try:
                    con = connect(store, read_only=False)
                    break
                except StoreError as exc2:
                    last = exc2
            if not _busy(last):
                raise
            time.sleep(0.2 * (attempt + 1))
    if con is None:
        raise StoreBusy("The store is being updated by an ingest; the page shows the last data it read. "
                        f"({last})")
    try:
        yield con
    finally:
        con.close()


def store_version(store: Path) -> str | None:
    """The store's version token (data version + corrections), or None when there is no store yet."""
    if not store.exists():
        return None
    with read_connection(store) as con:
        return f"{data_version(con)}|{corrections_signature(con)}"


@st.cache_data(show_spinner=False, max_entries=8)
def load_articles(store: str, version: str) -> pd.DataFrame:
    """Stored articles without their text (cached per store version)."""
    with read_connection(store) as con:
        return articles_frame(con)


@st.cache_data(show_spinner=False, max_entries=8)
def load_frames(store: str, version: str) -> StoreFrames:
    """Articles, merged facts, their sources, entities and mentions (cached per store version)."""
    with read_connection(store) as con:
        return store_frames(con)


@st.cache_data(show_spinner=False, max_entries=8)
def load_colors(store: str, version: str) -> dict[str, str]:
    """The company colour map (most mentioned companies get distinct colours)."""
    return company_colors(load_frames(store, version).entities)


@st.cache_data(show_spinner=False, max_entries=64)
def load_article(store: str, version: str, article_id: str) -> tuple[dict[str, Any] | None, pd.DataFrame,
                                                                     pd.DataFrame]:
    """One article's record (with text and noise spans), its entity mentions and its facts' evidence spans
    (corrections applied)."""
    frames = load_frames(store, version)
    with read_connection(store) as con:
        return (article_record(con, article_id), article_mentions(con, article_id),
                article_evidence(con, article_id, frames))


def clear_caches() -> None:
    """Forget every cached read (after this session wrote to the store)."""
    for loader in (load_articles, load_frames, load_colors, load_article):
        loader.clear()


def resolve_store() -> tuple[Path, str | None, str | None]:
    """(store, version, problem): the version is None when there is no store; problem explains a failed read.

    When an ingest holds the store, the version last seen by this session is used, so the cached
    data stays on screen.
    """
    store = current_store()
    try:
        version = store_version(store)
    except StoreBusy as exc:
        last = st.session_state.get(LAST_VERSION_KEY)
        if last and last[0] == str(store):
            return store, last[1], str(exc)
        return store, None, str(exc)
    except StoreError as exc:
        return store, None, str(exc)
    if version is not None:
        st.session_state[LAST_VERSION_KEY] = (str(store), version)
    return store, version, None


def store_or_message() -> tuple[Path, str] | None:
    """(store, version) when the store has articles; otherwise draws a start message and returns None."""
    store, version, problem = resolve_store()
    if problem and version is None:
        st.error(problem)
        return None
    if problem:
        st.warning(problem, icon=":material/hourglass_top:")
    if version is None or load_articles(str(store), version).empty:
        st.info(
            "**No articles yet.** Add some on the **Add articles** page, or from a terminal:\n\n"
            "`python -m analytics ingest path/to/articles`\n\n"
            "(.txt, .md, .html, .json, .jsonl and .csv are accepted).",
            icon=":material/waving_hand:")
        return None
    return store, version
