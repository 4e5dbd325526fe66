"""Streamlit entry point: page config, navigation, the shared sidebar (filters, report), then the page.

Page files live in pages/dashboard/, not directly in pages/: Streamlit still runs top-level
pages/*.py files on their own (without this script) when a fresh server's first request is a
deep link, which would skip the filters and the page config.
"""

import streamlit as st

from components.sidebar import draw_sidebar
from components.style import inject_css

st.set_page_config(page_title="AI industry news analytics", page_icon=":material/insights:", layout="wide",
                   initial_sidebar_state="expanded")

PAGES = {
    "Analysis": [
        st.Page("pages/dashboard/overview.py", title="Overview", icon=":material/dashboard:", default=True),
        st.Page("pages/dashboard/investments.py", title="Investments", icon=":material/payments:"),
        st.Page("pages/dashboard/talent.py", title="Talent flows", icon=":material/groups:"),
        st.Page("pages/dashboard/vendors.py", title="Vendors", icon=":material/storefront:"),
        st.Page("pages/dashboard/explorer.py", title="Explorer", icon=":material/travel_explore:"),
    ],
    "Sources": [
        st.Page("pages/dashboard/articles.py", title="Articles", icon=":material/article:"),
        st.Page("pages/dashboard/add_articles.py", title="Add articles", icon=":material/upload_file:"),
        st.Page("pages/dashboard/corrections.py", title="Corrections", icon=":material/edit_note:"),
    ],
}

page = st.navigation(PAGES, position="top")
inject_css()
draw_sidebar()
page.run()
