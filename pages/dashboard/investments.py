"""Investments: amounts by investor and by target, timeline, valuations, the deals table."""

import streamlit as st

from analytics import charts, figures
from components.charts import show_chart
from components.evidence import evidence_cards, evidence_picker
from components.tables import blank_missing, fact_table
from components.view import page_view

ctx = page_view("Investments")
view, colors, filters = ctx.view, ctx.colors, ctx.filters
facts = view.facts
deals = figures.deal_amounts(facts)
inv = figures.investments(facts)

m1, m2, m3, m4 = st.columns(4)
m1.metric("Investment facts", figures.format_count(len(inv)), border=True)
m2.metric("Disclosed (USD)", figures.format_usd(figures.disclosed_investment_usd(facts)), border=True,
          help="Each deal counted once.")
m3.metric("Largest deal", figures.format_usd(deals["amount_usd"].max() if len(deals) else None), border=True)
m4.metric("Valuations reported", figures.format_count(inv["valuation_usd"].notna().sum()), border=True)

by_investor = figures.amounts_by(facts, "investor")
by_target = figures.amounts_by(facts, "target")
left, right = st.columns(2)
with left:
    show_chart(charts.amounts_bar(by_investor, "investor", "Disclosed amounts by investor", colors=colors),
               by_investor, page="investments", name="by-investor", filters=filters, key="inv-investor",
               caption="Click a bar to filter on that company. Rounds without a named investor count under their target only.")
with right:
    show_chart(charts.amounts_bar(by_target, "target", "Disclosed amounts by target", colors=colors), by_target,
               page="investments", name="by-target", filters=filters, key="inv-target",
               caption="Click a bar to filter on that company.")

pairs = figures.fact_groups(inv, ("investor", "target"), ("investors not named",))
evidence_picker(pairs, view, label="Sources of a deal (investor → target)", key="inv-pair-ev")

table = figures.investment_table(facts, view.sources)
picked = show_chart(charts.investment_timeline(facts, view.sources, colors=colors),
                    table[table["amount_usd"].notna()], page="investments", name="timeline", filters=filters,
                    key="inv-timeline", click="facts",
                    caption="Bubble size = amount; colour = investor. Click or lasso bubbles to read their sources.")
if picked:
    evidence_cards(picked, view, key="inv-timeline-ev")

latest_vals = figures.latest_valuations(facts)
vleft, vright = st.columns([3, 2])
with vleft:
    show_chart(charts.valuations_bar(latest_vals, colors=colors), latest_vals, page="investments",
               name="valuations", filters=filters, key="inv-valuations")
with vright:
    st.subheader("Valuations reported", anchor=False)
    vals = blank_missing(figures.valuations(facts))
    st.dataframe(vals, hide_index=True, width="stretch", column_config={
        "fact_id": None, "company": "company",
        "valuation_usd": st.column_config.NumberColumn("valuation (USD)", format="compact"),
        "date": "date"})

fact_table(table, view, key="inv-table", page="investments", name="deals", title="Deals",
           columns=["fact_id", "investor", "target", "amount", "amount_usd", "stake_pct", "valuation_usd", "date",
                    "sources", "n_sources", "confidence", "conflicts"])
