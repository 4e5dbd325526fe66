"""Fact tables: sortable, row selection leads to the evidence, with an export menu."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd
import streamlit as st

from analytics.views import View
from components.evidence import evidence_cards, selected_fact_ids
from components.exports import export_name, table_export_menu

COLUMN_CONFIG: dict[str, Any] = {
    "fact_id": None,
    "investor": st.column_config.TextColumn("investor"),
    "target": st.column_config.TextColumn("target"),
    "amount": st.column_config.TextColumn("amount", help="As reported, in its own currency"),
    "amount_usd": st.column_config.NumberColumn("amount (USD)", format="compact", help="Converted to US dollars"),
    "stake_pct": st.column_config.NumberColumn("stake", format="%.1f%%"),
    "valuation_usd": st.column_config.NumberColumn("valuation (USD)", format="compact"),
    "round": st.column_config.TextColumn("round"),
    "date": st.column_config.TextColumn(
        "date", help="As reported (YYYY, YYYY-MM or a day); in fact lists, the article's publication date "
                     "when the fact gives none"),
    "sources": st.column_config.TextColumn("sources", width="medium", help="Outlet and publication date"),
    "n_sources": st.column_config.NumberColumn("# src", help="Articles reporting the fact", width="small"),
    "confidence": st.column_config.ProgressColumn("confidence", min_value=0.0, max_value=1.0, format="%.2f",
                                                  width="small"),
    "conflicts": st.column_config.CheckboxColumn("conflict", help="Sources disagree on a figure", width="small"),
    "person": st.column_config.TextColumn("person"),
    "people": st.column_config.NumberColumn("people", format="%d", width="small"),
    "from_org": st.column_config.TextColumn("from"),
    "to_org": st.column_config.TextColumn("to"),
    "summary": st.column_config.TextColumn("fact", width="large"),
    "published_date": st.column_config.DateColumn("published"),
}


def fact_table(table: pd.DataFrame, view: View, *, key: str, page: str, name: str,
               columns: Sequence[str] | None = None, height: int | str = "auto",
               evidence: bool = True, title: str | None = None) -> list[str]:
    """A fact table (needs a fact_id column); selected rows show their evidence below. Returns their ids."""
    head, menu = st.columns([4, 1], vertical_alignment="bottom")
    with head:
        if title:
            st.subheader(title, anchor=False)
    with menu:
        table_export_menu(table, export_name(page, name, view.filters), key=f"{key}-export")
    if table.empty:
        st.caption("Nothing in this view.")
        return []
    shown = blank_missing(table[[c for c in (columns or table.columns) if c in table.columns]])
    event = st.dataframe(shown, key=key, on_select="rerun", selection_mode="multi-row", hide_index=True,
                         width="stretch", height=height,
                         column_config={c: v for c, v in COLUMN_CONFIG.items() if c in shown.columns})
    ids = selected_fact_ids(table, event)
    if evidence:
        if ids:
            evidence_cards(ids, view, key=f"{key}-ev")
        else:
            st.caption("Select rows to see their source sentences.", help="Click the box at the left of a row.")
    return ids



def blank_missing(df: pd.DataFrame) -> pd.DataFrame:
    """Text columns with "–" for missing values (Streamlit would print "None")."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].astype(object).where(out[col].notna(), "–")
    return out
