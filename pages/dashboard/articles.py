"""Articles: the list of the view's articles and a reader with entities, evidence and noise marked."""

import streamlit as st

from components.reader import article_list, article_reader, pick_article
from components.view import page_view

ctx = page_view("Articles")
article_list(ctx)
st.divider()
article_id = pick_article(ctx)
if article_id:
    article_reader(ctx, article_id)
