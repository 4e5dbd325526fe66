"""The one place where pages read the store: cached on the store's data version."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from analytics.config import store_path
from analytics.queries import articles_frame
from analytics.store import StoreError, data_version, open_store


def current_store() -> Path:
    """The store the dashboard shows ($ANALYTICS_STORE or data/store.duckdb)."""
    return store_path()


def store_version(store: Path) -> str | None:
    """The store's data version, or None when there is no store yet."""
    if not store.exists():
        return None
    with open_store(store, read_only=True) as con:
        return data_version(con)


@st.cache_data(show_spinner=False)
def load_articles(store: str, version: str) -> pd.DataFrame:
    """Stored articles (cached per store version)."""
    with open_store(store, read_only=True) as con:
        return articles_frame(con)


def store_or_message() -> tuple[Path, str] | None:
    """(store, version) when the store has content; otherwise draws a start message and returns None."""
    store = current_store()
    try:
        version = store_version(store)
    except StoreError as exc:
        st.error(str(exc))
        return None
    if version is None or load_articles(str(store), version).empty:
        st.info(
            "No articles yet. Add some on the **Add articles** page, or from a terminal:\n\n"
            "`python -m analytics ingest path/to/articles`\n\n"
            "(.txt, .md, .html, .json, .jsonl and .csv are accepted).")
        return None
    return store, version
