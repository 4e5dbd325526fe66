"""The dashboard's look: a little CSS for the evidence cards and the article reader."""

from __future__ import annotations

import streamlit as st

CSS = """
<style>
[data-testid="stMainBlockContainer"]{padding-top:4.2rem;padding-bottom:3rem}
[data-testid="stSidebarUserContent"]{padding-top:1rem}
h1{padding-top:0.25rem !important}
[data-testid="stPopover"] button{white-space:nowrap}
.ev-card{border:1px solid #E6E9EF;border-radius:8px;padding:10px 14px;margin:6px 0 10px;background:#fff}
.ev-head{margin-bottom:2px}.ev-type{background:#2F5D8C;color:#fff;border-radius:4px;padding:1px 6px;
font-size:.78rem;margin-right:4px}.ev-summary{font-weight:600}
.muted{color:#6B7280;font-size:.86rem}.ev-sources{list-style:none;padding-left:0;margin:6px 0 0}
.ev-sources blockquote{margin:6px 0 2px;padding:4px 10px;border-left:3px solid #F2C94C;background:#FFFBEA;
font-style:normal}.src-meta{font-size:.82rem;color:#6B7280}
.conflicts{margin-top:8px}.conflicts-title{font-weight:600;color:#B45309;margin-bottom:2px}
table.data{border-collapse:collapse;font-size:.86rem;width:100%}
table.data th,table.data td{border-bottom:1px solid #E6E9EF;padding:4px 8px;text-align:left;vertical-align:top}
table.data thead th{background:#F5F7FA}
.reader{font-size:1rem;line-height:1.7;max-width:860px;white-space:normal}
.reader .ent{border-bottom:3px solid;padding:0 1px;cursor:help}
.reader .ent-person{border-bottom-style:dotted}
.reader mark.ev{background:#FFF3BF;padding:1px 0;border-radius:2px}
.reader mark.ev-selected{background:#FFD43B;outline:2px solid #F08C00}
.reader .noise{color:#A0A4AB;background:repeating-linear-gradient(135deg,#F6F7F9,#F6F7F9 6px,#EEF0F3 6px,#EEF0F3 12px);
text-decoration:line-through;text-decoration-color:#C9CDD3}
.legend span{margin-right:14px;font-size:.86rem}
.kpi-note{color:#6B7280;font-size:.8rem}
</style>
"""


def inject_css() -> None:
    """Add the dashboard's CSS to the page (once per run, from app.py)."""
    st.html(CSS)
