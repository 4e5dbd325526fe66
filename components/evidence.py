"""Evidence: the facts behind a row or a point, with each source's sentence, title, outlet and date."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import streamlit as st

from analytics.report import evidence_html
from analytics.views import View

CORRECTIONS_PAGE = "pages/dashboard/corrections.py"


def evidence_cards(fact_ids: Iterable[str], view: View, *, limit: int = 12, correct_links: bool = True,
                   key: str = "ev") -> None:
    """One card per fact of the view (in the given order)."""
    fact_cards(fact_ids, view.facts, view.sources, limit=limit, correct_links=correct_links)


def fact_cards(fact_ids: Iterable[str], facts: pd.DataFrame, sources: pd.DataFrame, *, limit: int = 12,
               correct_links: bool = True) -> None:
    """One card per fact (in the given order): summary, sentences with their articles, conflicts."""
    ids = list(dict.fromkeys(fact_ids))
    by_id = {r["id"]: r for r in facts[facts["id"].isin(ids)].to_dict("records")}
    shown = [i for i in ids if i in by_id][:limit]
    for fact_id in shown:
        st.html(evidence_html(by_id[fact_id], sources))
        if correct_links:
            st.page_link(CORRECTIONS_PAGE, label="Correct this fact", icon=":material/edit_note:",
                         query_params={"fact": fact_id})
    if len(ids) > len(shown):
        st.caption(f"Showing {len(shown)} of {len(ids)} facts; narrow the filters or select rows to see others.")


def evidence_expander(fact_ids: Iterable[str], view: View, label: str, *, key: str, expanded: bool = False,
                      limit: int = 12) -> None:
    """Evidence cards in an expander ("Evidence behind this chart (12 facts)")."""
    ids = list(dict.fromkeys(fact_ids))
    with st.expander(f"{label} ({len(ids)} fact{'s' if len(ids) != 1 else ''})", expanded=expanded,
                     icon=":material/format_quote:"):
        if not ids:
            st.caption("No fact in this view.")
        else:
            evidence_cards(ids, view, limit=limit, key=key)


def selected_fact_ids(table: pd.DataFrame, event: object) -> list[str]:
    """Fact ids of the rows selected in a dataframe event."""
    selection = getattr(event, "selection", None)
    rows = list(getattr(selection, "rows", []) or []) if selection is not None else []
    return [str(table.iloc[r]["fact_id"]) for r in rows if r < len(table)]


def evidence_picker(groups: dict[str, list[str]], view: View, *, label: str, key: str) -> None:
    """Pick a bar, flow or cell of the chart above and read the facts behind it."""
    if not groups:
        return
    choice = st.selectbox(label, list(groups), index=None, key=key, placeholder="Choose to read its sources…",
                          format_func=lambda g: f"{g} ({len(groups[g])} fact{'s' if len(groups[g]) != 1 else ''})")
    if choice:
        evidence_cards(groups[choice], view, key=f"{key}-cards")
