"""Charts on a page: the Plotly figure, what a click does, and its export menu."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Literal

import pandas as pd
import streamlit as st

from analytics.views import Filters
from components.exports import chart_export_menu, export_name
from components.filters import select_callback

Click = Literal["filter", "facts"] | Callable[[str], None] | None


def show_chart(fig: Any, data: pd.DataFrame, *, page: str, name: str, filters: Filters, key: str,
               click: Click = "filter", caption: str | None = None) -> list[str]:
    """Draw a chart with its export menu.

    click="filter": clicking a bar or node sets the company (or people) filter.
    click="facts": clicking or lasso-selecting points returns their fact ids (customdata[0]).
    click=callback: callback(key) runs on a click (it reads the selection from session state).
    """
    stem = export_name(page, name, filters)
    config = {"displaylogo": False, "modeBarButtonsToRemove": [] if click == "facts" else ["lasso2d", "select2d"],
              "toImageButtonOptions": {"format": "png", "filename": stem, "scale": 2}}
    selected: list[str] = []
    if click == "filter":
        st.plotly_chart(fig, key=key, on_select=partial(select_callback, key), selection_mode="points",
                        theme=None, config=config)
    elif click == "facts":
        event = st.plotly_chart(fig, key=key, on_select="rerun", selection_mode=("points", "box", "lasso"),
                                theme=None, config=config)
        for point in event.selection.points if event and event.selection else []:
            data_ = point.get("customdata")
            if isinstance(data_, (list, tuple)) and data_ and isinstance(data_[0], str):
                selected.append(data_[0])
    elif callable(click):
        st.plotly_chart(fig, key=key, on_select=partial(click, key), selection_mode="points", theme=None,
                        config=config)
    else:
        st.plotly_chart(fig, key=key, theme=None, config=config)
    left, right = st.columns([2, 1], vertical_alignment="center")
    with left:
        if caption:
            st.caption(caption)
    with right:
        if not data.empty:
            chart_export_menu(fig, data, stem, key)
    return list(dict.fromkeys(selected))
