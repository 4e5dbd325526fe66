"""Download menus: each chart as PNG, SVG and interactive HTML plus its data as CSV and Excel.

Every file is built only when its button is clicked (Streamlit's deferred download: the callable
runs on click), so no kaleido/Chromium work happens on a rerun.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from analytics import charts
from analytics.exports import frame_bytes
from analytics.views import Filters

MIME = {"png": "image/png", "svg": "image/svg+xml", "html": "text/html",
        "csv": "text/csv", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "zip": "application/zip"}


def export_name(page: str, name: str, filters: Filters) -> str:
    """File name stem carrying the page, the chart or table and the filters: "investments_by-target_company-Meta"."""
    def clean(text: str) -> str:
        return re.sub(r"[^A-Za-z0-9.+-]+", "-", text.lower()).strip("-")

    return f"{clean(page)}_{clean(name)}_{filters.slug()}"


def _data_buttons(data: pd.DataFrame, stem: str, key: str) -> None:
    st.download_button("CSV", data=lambda: frame_bytes(data, "csv"), file_name=f"{stem}.csv", mime=MIME["csv"],
                       key=f"{key}-csv", on_click="ignore", icon=":material/table:", width="stretch")
    st.download_button("Excel", data=lambda: frame_bytes(data, "xlsx", sheet=stem[:31]), file_name=f"{stem}.xlsx",
                       mime=MIME["xlsx"], key=f"{key}-xlsx", on_click="ignore", icon=":material/grid_on:",
                       width="stretch")


def chart_export_menu(fig: Any, data: pd.DataFrame, stem: str, key: str) -> None:
    """An "Export" popover: PNG, SVG, HTML of the chart; CSV, Excel of its data."""
    with st.popover("Export", icon=":material/download:",
                    help="Download this chart (PNG, SVG, interactive HTML) or the data behind it (CSV, Excel)"):
        st.caption("Chart")
        image: Callable[[str], Callable[[], bytes]] = lambda fmt: (lambda: charts.figure_image(fig, fmt))  # noqa: E731
        st.download_button("PNG", data=image("png"), file_name=f"{stem}.png", mime=MIME["png"],
                           key=f"{key}-png", on_click="ignore", icon=":material/image:", width="stretch")
        st.download_button("SVG", data=image("svg"), file_name=f"{stem}.svg", mime=MIME["svg"],
                           key=f"{key}-svg", on_click="ignore", icon=":material/polyline:", width="stretch")
        st.download_button("Interactive HTML", data=lambda: charts.figure_html(fig).encode("utf-8"),
                           file_name=f"{stem}.html", mime=MIME["html"], key=f"{key}-html", on_click="ignore",
                           icon=":material/code:", width="stretch")
        st.caption("Data behind it")
        _data_buttons(data, stem, key)


def table_export_menu(data: pd.DataFrame, stem: str, key: str) -> None:
    """An "Export" popover with the table as CSV and Excel."""
    with st.popover("Export", icon=":material/download:", help="Download this table (CSV, Excel)"):
        _data_buttons(data, stem, key)
