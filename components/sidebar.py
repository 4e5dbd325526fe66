"""The shared sidebar: filters on every page, and the one-click report of the current view."""

from __future__ import annotations

from datetime import UTC, datetime

import streamlit as st

from analytics import report
from components.exports import MIME
from components.filters import draw_filters
from components.store_data import load_articles, load_frames, resolve_store
from components.text import md
from components.view import Context, current_view


def draw_sidebar() -> Context | None:
    """Filters (when the store has articles) and the report downloads; returns the current view."""
    with st.sidebar:
        store, version, _problem = resolve_store()
        if not version or load_articles(str(store), version).empty:
            st.caption("Filters appear here once the store has articles.")
            return None
        st.subheader("Filters", anchor=False)
        draw_filters(load_frames(str(store), version))
        ctx = current_view(message=False)
        if ctx is not None:
            st.divider()
            report_menu(ctx)
        return ctx


def report_menu(ctx: Context) -> None:
    """Report of the filtered view: one HTML file, or a ZIP of chart images and CSVs (built on click)."""
    st.subheader("Report", anchor=False)
    st.caption(f"Everything in this view: {md(ctx.filters.describe())}.")
    view, colors = ctx.view, ctx.colors
    stem = f"report_{ctx.filters.slug()}"
    stamp = datetime.now(UTC).strftime("%Y%m%d")
    st.download_button(
        "HTML report", data=lambda: report.report_html(view, colors).encode("utf-8"),
        file_name=f"{stem}_{stamp}.html", mime=MIME["html"], on_click="ignore", icon=":material/description:",
        key="report-html", width="stretch",
        help="One self-contained file: interactive charts, tables and the evidence list.")
    st.download_button(
        "Charts ZIP (PNG, SVG, CSV)", data=lambda: report.report_zip(view, colors, prefix=stem),
        file_name=f"{stem}_{stamp}.zip", mime=MIME["zip"], on_click="ignore", icon=":material/folder_zip:",
        key="report-zip", width="stretch", help="Every chart as PNG and SVG with the data behind it as CSV.")
