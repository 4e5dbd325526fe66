"""Explorer: one company or person, with all its facts, its timeline, related entities and articles."""

import streamlit as st

from analytics import charts, figures
from components.charts import show_chart
from components.evidence import evidence_cards
from components.profile import entity_articles, entity_picker, explore_callback
from components.tables import fact_table
from components.text import day, md, text_or
from components.view import filter_caption, page_view

ctx = page_view("Explorer", caption=False)
view, frames, filters = ctx.view, ctx.frames, ctx.filters
name = entity_picker(frames, [*filters.companies, *filters.people])
if name is None:
    st.info("No company or person in the store yet.")
    st.stop()
filter_caption(ctx)

entity = frames.entities[frames.entities["name"] == name].iloc[0]
units = view.units_of(name)
names = [name, *units]
facts = figures.facts_about(view.facts, names)
articles = entity_articles(frames, names, set(view.articles["id"]))

kind = "Person" if entity["kind"] == "person" else "Organisation"
details = [kind]
if isinstance(entity["parent"], str):
    details.append(f"unit of **{md(entity['parent'])}**")
if isinstance(entity["category"], str):
    details.append(md(entity["category"].replace("_", " ")))
aliases = [a for a in list(entity["aliases"]) if a != name]
st.markdown(f"### {md(name)}\n" + " · ".join(details))
if aliases:
    st.caption("Also written: " + ", ".join(md(a) for a in aliases))
if units:
    st.caption("Includes its units: " + ", ".join(md(u) for u in units))

inv = facts[facts["type"] == "investment"]
moves = facts[facts["type"] == "talent_move"]
related = figures.related_entities(view.facts, name, units)
cells = [("Facts", figures.format_count(len(facts))), ("Talent moves", figures.format_count(len(moves)))]
if entity["kind"] == "org":
    invested = figures.deal_amounts(inv[inv["investor"].isin(names)])["amount_usd"]
    raised = figures.deal_amounts(inv[inv["target"].isin(names)])["amount_usd"]
    cells += [("Invested (USD)", figures.format_usd(invested.sum() if len(invested) else None)),
              ("Raised (USD)", figures.format_usd(raised.sum() if len(raised) else None))]
cells += [("Related entities", figures.format_count(len(related))), ("Articles", figures.format_count(len(articles)))]
for col, (label, value) in zip(st.columns(len(cells)), cells, strict=True):
    col.metric(label, value, border=True)

left, right = st.columns([3, 2])
with left:
    picked = show_chart(charts.facts_timeline(facts, view.sources, title="Facts over time"),
                        figures.facts_table(facts, view.sources), page="explorer", name=f"{name}-timeline",
                        filters=filters, key="exp-timeline", click="facts",
                        caption="Click points to read their sources.")
    if picked:
        evidence_cards(picked, view, key="exp-timeline-ev")
with right:
    show_chart(charts.count_bar(related, "entity", "facts", "Related companies and people", colors=ctx.colors),
               related, page="explorer", name=f"{name}-related", filters=filters, key="exp-related",
               click=explore_callback, caption="Click a bar to open that profile.")

fact_table(figures.facts_table(facts, view.sources), view, key="exp-facts", page="explorer", name=f"{name}-facts",
           title="All its facts", columns=["fact_id", "date", "type", "summary", "sources", "confidence", "conflicts"])

st.subheader("Articles", anchor=False)
if articles.empty:
    st.caption("No article in this view mentions it.")
else:
    for row in articles.head(20).itertuples():
        st.page_link("pages/dashboard/articles.py", label=f"{md(row.display_title)} — {md(text_or(row.source, 'unknown outlet'))}, "
                     f"{day(row.published_date)} · {row.mentions} mention(s)", icon=":material/article:", query_params={"article": row.id})
