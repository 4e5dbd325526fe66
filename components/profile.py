"""Explorer pieces: the entity picker (bound to ?entity=…) and what a click on a related entity does."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics.charts import node_names
from analytics.views import StoreFrames

ENTITY = "entity"
ENTITY_OPTIONS = "_entity_options"


def entity_picker(frames: StoreFrames, preferred: list[str]) -> str | None:
    """A searchable select of companies and people (most mentioned first), kept in the URL."""
    ents = frames.entities
    names = [str(n) for n in ents["name"]]
    if not names:
        return None
    st.session_state[ENTITY_OPTIONS] = names
    if ENTITY not in st.session_state and not st.query_params.get(ENTITY):
        first = next((p for p in preferred if p in names), None)
        if first:
            st.session_state[ENTITY] = first
    return st.selectbox("Company or person", names, key=ENTITY, bind="query-params",
                        help=f"{len(names)} companies and people, most mentioned first; type to search.")


def explore_callback(chart_key: str) -> None:
    """on_select callback: the clicked related entity becomes the profile shown."""
    state = st.session_state.get(chart_key)
    points = list(state.selection.points) if state is not None and state.selection else []
    names = [n for n in node_names(points) if n in st.session_state.get(ENTITY_OPTIONS, [])]
    if names:
        st.session_state[ENTITY] = names[0]


def entity_articles(frames: StoreFrames, names: list[str], article_ids: set[str]) -> pd.DataFrame:
    """Articles (of the view) mentioning any of `names`, with how often: newest first."""
    m = frames.mentions
    hits = m[m["entity"].isin(names) & m["article_id"].isin(article_ids)]
    counts = hits.groupby("article_id")["mentions"].sum()
    arts = frames.articles[frames.articles["id"].isin(counts.index)].copy()
    arts["mentions"] = arts["id"].map(counts).astype(int)
    return arts[["id", "display_title", "published_date", "source", "language", "mentions"]]
