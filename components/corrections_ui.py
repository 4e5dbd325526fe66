"""The Corrections page's pieces: short-lived write connections around `analytics.corrections`."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

import duckdb
import pandas as pd
import streamlit as st

from analytics.store import StoreError, connect
from components.store_data import clear_caches, read_connection

DONE = "_correction_done"


def corrections_module() -> ModuleType | None:
    """analytics.corrections, or None (with a message) when this install does not have it yet."""
    try:
        from analytics import corrections
    except ImportError as exc:
        st.warning(f"Corrections are not available in this version (analytics.corrections: {exc}).",
                   icon=":material/construction:")
        return None
    return corrections


def write(store: Path, action: Callable[[duckdb.DuckDBPyConnection], Any], done: str, attempts: int = 5) -> bool:
    """Run one correction on a short-lived write connection; show the outcome; refresh caches."""
    for attempt in range(attempts):
        try:
            con = connect(store)
        except StoreError as exc:
            busy = "lock" in str(exc).lower() or "different configuration" in str(exc).lower()
            if busy and attempt < attempts - 1:
                time.sleep(0.3 * (attempt + 1))
                continue
            st.error(f"The store cannot be written right now: {exc}")
            return False
        try:
            result = action(con)
        except StoreError as exc:  # CorrectionError and friends carry messages for the analyst
            st.error(str(exc))
            return False
        finally:
            con.close()
        clear_caches()
        st.session_state[DONE] = done + (f" (correction #{result})" if isinstance(result, int) else "")
        return True
    return False


def show_done() -> None:
    """The message of the last correction made (once, after the rerun)."""
    message = st.session_state.pop(DONE, None)
    if message:
        st.success(message, icon=":material/check_circle:")


def corrections_list(store: Path) -> pd.DataFrame:
    """Every correction with `active` and `summary` (empty when the module is missing)."""
    module = corrections_module()
    if module is None:
        return pd.DataFrame()
    with read_connection(store) as con:
        return module.list_corrections(con)


def _pick(table_key: str, ids: list[str]) -> None:
    event = st.session_state.get(table_key)
    rows = list(event.selection.rows) if event is not None and event.selection else []
    if rows and rows[0] < len(ids):
        st.session_state["fix_fact"] = ids[rows[0]]


def pick_fact_table(facts: pd.DataFrame, sources: pd.DataFrame) -> None:
    """The view's facts; selecting a row picks the fact to correct."""
    from analytics.figures import facts_table

    table = facts_table(facts, sources)
    st.dataframe(table[["date", "type", "summary", "sources", "confidence"]], key="fix-table", hide_index=True,
                 width="stretch", selection_mode="single-row",
                 on_select=partial(_pick, "fix-table", list(table["fact_id"])),
                 column_config={"summary": st.column_config.TextColumn("fact", width="large"),
                                "confidence": st.column_config.NumberColumn("confidence", format="%.2f")})
