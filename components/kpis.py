"""Headline numbers of a view."""

from __future__ import annotations

import streamlit as st

from analytics.figures import format_count, format_usd, kpis
from analytics.views import View


def kpi_row(view: View) -> None:
    """Articles, companies, people, disclosed investment (each deal once), talent moves, vendor mentions."""
    k = kpis(view.articles, view.entities, view.facts)
    people_moved = view.facts.loc[view.facts["type"] == "talent_move", "count"].fillna(1).sum()
    cells = [
        ("Articles", format_count(k["articles"]), "Articles in this view."),
        ("Companies", format_count(k["companies"]), "Organisations in the store, or named by the filtered facts."),
        ("People", format_count(k["people"]), "People in the store, or named by the filtered facts."),
        ("Disclosed USD", format_usd(k["disclosed_investment_usd"]),
         "Disclosed investment: sum of disclosed amounts in US dollars, each deal counted once (a round's total is not added "
         "again for its backers)."),
        ("Talent moves", format_count(k["talent_moves"]), f"Moves reported, covering {people_moved:,.0f} people."),
        ("Vendor mentions", format_count(k["vendor_mentions"]), "Customers preferring or avoiding a vendor."),
    ]
    for col, (label, value, help_text) in zip(st.columns(len(cells)), cells, strict=True):
        col.metric(label, value, help=help_text, border=True)
