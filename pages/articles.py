"""Articles: the stored article list."""

import streamlit as st

from components.store_data import load_articles, store_or_message

st.title("Articles")
found = store_or_message()
if found:
    store, version = found
    articles = load_articles(str(store), version)
    st.caption(f"{len(articles)} articles")
    st.dataframe(
        articles[["display_title", "published_date", "source", "language", "author", "id"]],
        hide_index=True, width="stretch",
        column_config={"published_date": st.column_config.DateColumn("date"),
                       "display_title": st.column_config.TextColumn("title", width="large")},
    )
