"""The article reader: which article (kept in ?article=…), its text with entities, evidence and noise marked."""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from analytics.figures import fact_summary
from analytics.views import annotated_article_html
from components.evidence import fact_cards
from components.store_data import load_article
from components.text import day, md, text_or
from components.view import Context

READER_KEY = "reader_article"
URL_SEEN = "_reader_url"
LEGEND = ('<div class="legend reader"><span><span class="ent" style="border-bottom-color:#4C78A8">Company</span>'
          '</span><span><span class="ent ent-person" style="border-bottom-color:#555">Person</span></span>'
          '<span><mark class="ev">Evidence sentence</mark></span><span><span class="noise">Page noise</span>'
          "</span></div>")


def _open(article_id: str) -> None:
    st.session_state[READER_KEY] = article_id
    st.session_state[URL_SEEN] = article_id
    st.query_params["article"] = article_id


def _on_pick() -> None:
    _open(st.session_state[READER_KEY])


def _on_row(table_key: str, ids: list[str]) -> None:
    event = st.session_state.get(table_key)
    rows = list(event.selection.rows) if event is not None and event.selection else []
    if rows and rows[0] < len(ids):
        _open(ids[rows[0]])


def article_list(ctx: Context) -> None:
    """The articles of the view; selecting a row opens it in the reader."""
    arts = ctx.view.articles
    per_article = ctx.view.sources.groupby("article_id")["fact_id"].nunique()
    table = pd.DataFrame({
        "title": arts["display_title"], "published": arts["published_date"], "outlet": arts["source"],
        "language": arts["language"], "author": arts["author"], "facts": arts["id"].map(per_article).fillna(0).astype(int),
        "id": arts["id"],
    })
    st.dataframe(table, key="art-list", hide_index=True, width="stretch", on_select=partial(_on_row, "art-list",
                 list(arts["id"])), selection_mode="single-row",
                 column_config={"title": st.column_config.TextColumn("title", width="large"),
                                "published": st.column_config.DateColumn("published"),
                                "facts": st.column_config.NumberColumn("facts", help="Facts in this view", width="small")})


def pick_article(ctx: Context) -> str | None:
    """The article to read: from the URL, else the one picked, else the first of the view."""
    arts = ctx.frames.articles
    ids = list(arts["id"])
    if not ids:
        return None
    url = st.query_params.get("article")
    if url in ids and url != st.session_state.get(URL_SEEN):
        st.session_state[READER_KEY] = url
        st.session_state[URL_SEEN] = url
    if st.session_state.get(READER_KEY) not in ids:
        in_view = list(ctx.view.articles["id"])
        st.session_state[READER_KEY] = in_view[0] if in_view else ids[0]
    labels = {r["id"]: f"{r['display_title']} ({text_or(r['source'], 'unknown outlet')})"
              for r in arts.to_dict("records")}
    return st.selectbox("Read an article", ids, key=READER_KEY, on_change=_on_pick,
                        format_func=lambda i: labels.get(i, i), help="Or select a row in the list above.")


def article_reader(ctx: Context, article_id: str) -> None:
    """Title and metadata, the annotated text, and the facts the article supports with their evidence."""
    record, mentions, evidence = load_article(str(ctx.store), ctx.version, article_id)
    if record is None:
        st.warning("This article is no longer in the store.")
        return
    date = record["published_date"]
    meta = [md(text_or(record["source"], "unknown outlet")),
            day(date),
            md(record["language"] or "?")]
    if record["author"]:
        meta.append(f"by {md(record['author'])}")
    title = record["title"] or ctx.frames.articles.set_index("id").loc[article_id, "display_title"]
    st.markdown(f"#### {md(title)}")
    st.caption(" · ".join(meta) + f" · id `{md(article_id)}`")
    url = record["url"]
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        st.link_button("Open the original", url, icon=":material/open_in_new:")
    fact_ids = list(dict.fromkeys(evidence["fact_id"])) if len(evidence) else []
    summaries = {r["fact_id"]: fact_summary(r) for r in evidence.to_dict("records")} if len(evidence) else {}
    text_col, facts_col = st.columns([3, 2], gap="large")
    with facts_col:
        st.markdown(f"**Facts from this article** ({len(fact_ids)})")
        highlight = st.selectbox("Highlight a fact's sentence", [None, *fact_ids], key=f"hl-{article_id}",
                                 format_func=lambda i: "—" if i is None else summaries.get(i, i))
        fact_cards(fact_ids, ctx.frames.facts, ctx.frames.sources, limit=30)
    with text_col:
        st.html(LEGEND)
        noise = record["noise_spans"] or []
        if noise:
            st.caption(f"{len(noise)} page-noise span(s) greyed out (ads, widgets, links…); extraction ignores them.")
        st.html(annotated_article_html(record["raw_text"] or "", noise, mentions, evidence, highlight))
