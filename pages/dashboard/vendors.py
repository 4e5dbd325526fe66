"""Vendors: customer × vendor net preference, mentions by stance, the reasons given."""

import streamlit as st

from analytics import charts, figures
from components.charts import show_chart
from components.evidence import evidence_picker
from components.tables import fact_table
from components.view import page_view

ctx = page_view("Vendors")
view, filters = ctx.view, ctx.filters

matrix = figures.net_vendor_preference(view.facts, view.sources)
show_chart(charts.preference_heatmap(matrix), matrix.reset_index() if not matrix.empty else matrix,
           page="vendors", name="net-preference", filters=filters, key="ven-heatmap", click=None,
           caption="+1 for each source saying the customer prefers the vendor, −1 for each saying it avoids it.")

prefs = view.facts[view.facts["type"] == "vendor_preference"]
evidence_picker(figures.fact_groups(prefs, ("customer", "vendor")), view, label="Sources of a cell (customer → vendor)",
                key="ven-cell-ev")

mentions = figures.vendor_mentions(view.facts)
left, right = st.columns([3, 2])
with left:
    show_chart(charts.vendor_mentions_chart(mentions), mentions, page="vendors", name="mentions",
               filters=filters, key="ven-mentions", caption="Click a bar to filter on that vendor.")
with right:
    st.subheader("Reasons given", anchor=False)
    reasons = figures.vendor_reasons(view.facts)
    if reasons.empty:
        st.caption("No reason reported in this view.")
    else:
        st.dataframe(reasons, hide_index=True, width="stretch",
                     column_config={"facts": st.column_config.NumberColumn("facts", width="small")})

fact_table(figures.vendor_table(view.facts, view.sources), view, key="ven-table", page="vendors",
           name="preferences", title="Preferences",
           columns=["fact_id", "customer", "vendor", "stance", "reason", "date", "sources", "n_sources",
                    "confidence", "conflicts"])
