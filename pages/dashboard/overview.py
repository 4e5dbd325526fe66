"""Overview: headline numbers, latest facts, one small chart per theme."""

import streamlit as st

from analytics import charts, figures
from components.charts import show_chart
from components.kpis import kpi_row
from components.tables import fact_table
from components.view import page_view

ctx = page_view("Overview")
view = ctx.view
kpi_row(view)

st.subheader("By theme", anchor=False)
by_target = figures.amounts_by(view.facts, "target")
flows = figures.talent_flows(view.facts)
net = figures.vendor_net(view.facts, view.sources)
col1, col2, col3 = st.columns(3)
with col1:
    show_chart(charts.amounts_bar(by_target.head(8), "target", "Investment received", colors=ctx.colors), by_target,
               page="overview", name="investment-received", filters=ctx.filters, key="ov-inv",
               caption="Click a bar to filter on that company.")
with col2:
    show_chart(charts.flows_bar(flows, colors=ctx.colors), flows, page="overview", name="talent-flows",
               filters=ctx.filters, key="ov-talent")
with col3:
    show_chart(charts.vendor_net_chart(net), net, page="overview", name="vendor-preference", filters=ctx.filters,
               key="ov-vendors")

latest = figures.latest_facts(view.facts, view.sources, n=15)
fact_table(latest, view, key="ov-latest", page="overview", name="latest-facts", title="Latest facts",
           columns=["fact_id", "date", "type", "summary", "sources", "confidence", "conflicts"])
