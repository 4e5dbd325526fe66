"""Streamlit entry point: page config, navigation, then the chosen page."""

import streamlit as st

st.set_page_config(page_title="AI industry news analytics", page_icon=":material/insights:", layout="wide")

pages = [
    st.Page("pages/articles.py", title="Articles", icon=":material/article:", default=True),
]
st.navigation(pages).run()
