"""The current view: the store's cached frames with the sidebar filters applied (once per rerun)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from analytics.views import Filters, StoreFrames, View, apply_filters
from components.filters import current_filters
from components.store_data import load_articles, load_colors, load_frames, resolve_store, store_or_message
from components.text import md

MEMO_KEY = "_view_memo"


@dataclass
class Context:
    """What a page needs: where the store is, its version, its frames, the filtered view, the colours."""

    store: Path
    version: str
    frames: StoreFrames
    view: View
    colors: dict[str, str]

    @property
    def filters(self) -> Filters:
        return self.view.filters


def current_view(message: bool = True) -> Context | None:
    """The filtered view of the store, or None when the store has no article (with a start message
    unless `message` is False)."""
    if message:
        found = store_or_message()
    else:
        store, version, _problem = resolve_store()
        found = (store, version) if version and not load_articles(str(store), version).empty else None
    if not found:
        return None
    store, version = found
    filters = current_filters()
    key = (str(store), version, filters)
    memo = st.session_state.get(MEMO_KEY)
    if memo is not None and memo[0] == key:
        return memo[1]
    frames = load_frames(str(store), version)
    ctx = Context(store=store, version=version, frames=frames, view=apply_filters(frames, filters),
                  colors=load_colors(str(store), version))
    st.session_state[MEMO_KEY] = (key, ctx)
    return ctx


def page_view(title: str, caption: bool = True) -> Context:
    """Start an analysis page: its title, then the filtered view and a caption saying what it shows.
    The page stops here, with a start message, when the store has no article."""
    st.title(title)
    ctx = current_view()
    if ctx is None:
        st.stop()
    if caption:
        filter_caption(ctx)
    return ctx


def filter_caption(ctx: Context) -> None:
    """One line under a page title saying what the page shows."""
    view = ctx.view
    facts, articles = len(view.facts), len(view.articles)
    text = (f"**{md(ctx.filters.describe())}** · {facts} fact{'s' if facts != 1 else ''} from {articles} "
            f"article{'s' if articles != 1 else ''}")
    if view.undated_hidden:
        text += f" · {view.undated_hidden} undated facts left out by the date range"
    st.caption(text)
