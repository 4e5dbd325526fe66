"""Talent flows: Sankey of moves between companies, network of people and companies, the moves table."""

import streamlit as st

from analytics import charts, figures
from components.charts import show_chart
from components.evidence import evidence_picker
from components.tables import fact_table
from components.view import page_view

ctx = page_view("Talent flows")
view, colors, filters = ctx.view, ctx.colors, ctx.filters
moves = view.facts[view.facts["type"] == "talent_move"]

m1, m2, m3 = st.columns(3)
m1.metric("Moves reported", figures.format_count(len(moves)), border=True)
m2.metric("People moved", figures.format_count(moves["count"].fillna(1).sum()), border=True,
          help="A group move counts its size (\"50 researchers\").")
m3.metric("Destination unknown", figures.format_count(moves["to_org"].isna().sum()), border=True,
          help=f"Departures whose next employer is not reported (shown as “{figures.UNKNOWN}”).")

flows = figures.talent_flows(view.facts)
show_chart(charts.talent_sankey(flows, colors=colors), flows, page="talent", name="sankey", filters=filters,
           key="tal-sankey", click=None,
           caption=f"Width = people. A group counts its size; unknown destinations go to “{figures.UNKNOWN}”.")

evidence_picker(figures.fact_groups(moves, ("from_org", "to_org"), (figures.UNKNOWN_ORIGIN, figures.UNKNOWN)), view,
                label="Sources of a flow", key="tal-flow-ev")

edges = figures.talent_network(view.facts)
show_chart(charts.talent_network_chart(edges, colors=colors), edges, page="talent", name="network",
           filters=filters, key="tal-network",
           caption="Squares are companies, circles people. Click a node to filter on it.")

fact_table(figures.moves_table(view.facts, view.sources), view, key="tal-table", page="talent", name="moves",
           title="Moves", columns=["fact_id", "person", "people", "from_org", "to_org", "role", "kind", "date",
                                   "sources", "n_sources", "confidence", "conflicts"])
