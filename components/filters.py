"""The sidebar filters: widgets bound to the URL's query parameters, read back as `Filters`.

This module owns the filter keys in session state (they are also the query-parameter names, so
`?company=Meta&type=Investment` is a shareable view). Widgets live in app.py's sidebar, so they
survive page switches; charts change them only through `set_names` / `select_callback`.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

import streamlit as st

from analytics.charts import node_names
from analytics.figures import type_label
from analytics.views import NO_OUTLET, Filters, StoreFrames

COMPANY, PERSON, DATES, TYPE, LANG, OUTLET, CONF = "company", "person", "dates", "type", "lang", "outlet", "conf"
DEFAULTS: dict[str, Any] = {COMPANY: [], PERSON: [], DATES: (), TYPE: [], LANG: [], OUTLET: [], CONF: 0.0}
OPTIONS_KEY = "_filter_options"
LANGUAGE_NAMES = {"fr": "French", "en": "English", "de": "German", "es": "Spanish", "it": "Italian",
                  "pt": "Portuguese", "nl": "Dutch"}
DATE_BOUNDS = (date(1990, 1, 1), date(2100, 12, 31))

# Setting a bound widget's value from a callback ("Clear filters", a click on a chart) is how
# Streamlit updates the URL; its log line about widgets with a default value is noise here.
logging.getLogger("streamlit.elements.lib.policies").setLevel(logging.ERROR)


def _language_label(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def filter_options(frames: StoreFrames) -> dict[str, dict[str, str]]:
    """The choices each filter offers, from the store's content: {filter: {label shown: value meant}}."""
    ents, facts, arts = frames.entities, frames.facts, frames.articles

    def same(values: Any) -> dict[str, str]:
        return {v: v for v in sorted({str(x) for x in values}, key=str.casefold)}

    return {
        COMPANY: same(ents.loc[ents["kind"] == "org", "name"]),
        PERSON: same(ents.loc[ents["kind"] == "person", "name"]),
        TYPE: dict(sorted({type_label(t): str(t) for t in facts["type"].dropna()}.items())),
        LANG: dict(sorted({_language_label(c): str(c) for c in arts["language"].dropna()}.items())),
        OUTLET: same(arts["source"].fillna(NO_OUTLET)),
    }


def draw_filters(frames: StoreFrames) -> None:
    """The filter widgets (call inside the sidebar)."""
    options = filter_options(frames)
    st.session_state[OPTIONS_KEY] = options
    st.multiselect("Companies", list(options[COMPANY]), key=COMPANY, bind="query-params",
                   placeholder="All companies",
                   help="Facts naming any of these companies (a company's units count: TBD Labs for Meta).")
    st.multiselect("People", list(options[PERSON]), key=PERSON, bind="query-params", placeholder="All people")
    st.date_input("Date range", value=(), min_value=DATE_BOUNDS[0], max_value=DATE_BOUNDS[1], key=DATES,
                  bind="query-params", format="YYYY-MM-DD",
                  help="A fact's own date (else its articles' publication date) must fall in the range; "
                       "undated facts are left out while a range is set.")
    st.multiselect("Fact type", list(options[TYPE]), key=TYPE, bind="query-params", placeholder="All types")
    st.multiselect("Language", list(options[LANG]), key=LANG, bind="query-params", placeholder="All languages",
                   help="Keeps facts reported by at least one article in these languages.")
    st.multiselect("Source", list(options[OUTLET]), key=OUTLET, bind="query-params", placeholder="All outlets",
                   help="Keeps facts reported by at least one article from these outlets.")
    st.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.05, key=CONF, bind="query-params")
    active = current_filters().active
    st.button("Clear filters", on_click=clear_filters, icon=":material/filter_alt_off:", disabled=not active,
              width="stretch", key="clear_filters")
    st.caption("Filters live in the URL: bookmark or share the page to keep this view.")


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def current_filters() -> Filters:
    """The filters as set in the sidebar (defaults when the sidebar has not been drawn)."""
    state = st.session_state
    dates = state.get(DATES) or ()
    if isinstance(dates, date):
        dates = (dates,)
    since = dates[0] if len(dates) >= 1 else None
    until = dates[1] if len(dates) >= 2 else None
    meant = st.session_state.get(OPTIONS_KEY, {})

    def values(key: str) -> tuple[str, ...]:
        lookup = meant.get(key, {})
        return tuple(lookup.get(v, v) for v in _as_list(state.get(key)))

    return Filters(
        companies=values(COMPANY), people=values(PERSON), since=since, until=until, types=values(TYPE),
        languages=values(LANG), sources=values(OUTLET), min_confidence=float(state.get(CONF) or 0.0),
    )


def clear_filters() -> None:
    """Reset every filter (callback of "Clear filters"; also empties the URL's query string)."""
    for key, value in DEFAULTS.items():
        st.session_state[key] = value


def set_names(key: str, names: list[str], toggle: bool = True) -> bool:
    """Set the company or people filter to `names` (known names only); clicking the same again clears it."""
    valid = set(st.session_state.get(OPTIONS_KEY, {}).get(key, []))
    names = [n for n in names if n in valid]
    if not names:
        return False
    current = _as_list(st.session_state.get(key))
    st.session_state[key] = [] if toggle and sorted(current) == sorted(names) else names
    return True


def select_callback(chart_key: str) -> None:
    """on_select callback of a chart: the clicked bars or nodes become the company (or people) filter."""
    state = st.session_state.get(chart_key)
    points = list(state.selection.points) if state is not None and state.selection else []
    people = node_names([p for p in points if _point_kind(p) == "person"])
    companies = node_names([p for p in points if _point_kind(p) != "person"])
    if companies:
        set_names(COMPANY, companies)
    elif people:
        set_names(PERSON, people)


def _point_kind(point: dict[str, Any]) -> str:
    data = point.get("customdata")
    return str(data[1]) if isinstance(data, (list, tuple)) and len(data) > 1 else "org"
