"""Corrections: mark a fact wrong, edit one of its fields, merge or split entities, undo."""

import streamlit as st

from analytics.contract import FIELDS_BY_TYPE, OTHER_FIELDS
from analytics.figures import fact_summary, type_label
from components.corrections_ui import corrections_list, corrections_module, pick_fact_table, show_done, write
from components.evidence import fact_cards
from components.text import md, text_or
from components.view import current_view

st.title("Corrections")
st.caption("Corrections are kept in the store, survive re-ingesting, apply on every page and in every export, "
           "and can be undone.")
module = corrections_module()
ctx = current_view() if module is not None else None
if ctx is None:
    st.stop()
show_done()
frames, store = ctx.frames, ctx.store

facts_tab, entities_tab, history_tab = st.tabs(["Facts", "Entities", "History"])

with facts_tab:
    facts = frames.facts
    ids = list(facts["id"])
    labels = {r["id"]: f"{type_label(r['type'])}: {fact_summary(r)}" for r in facts.to_dict("records")}
    wanted = st.query_params.get("fact")
    if wanted in ids and st.session_state.get("_fix_fact_url") != wanted:
        st.session_state["fix_fact"] = wanted
        st.session_state["_fix_fact_url"] = wanted
    fact_id = st.selectbox("Fact", ids, key="fix_fact", format_func=lambda i: labels.get(i, i), index=None,
                           placeholder="Search a fact by company, person or amount…")
    if not fact_id:
        st.caption("Pick a fact above, select one in the table below (facts of the current view), or use "
                   "“Correct this fact” under any evidence card.")
        pick_fact_table(ctx.view.facts, ctx.view.sources)
    else:
        fact = facts[facts["id"] == fact_id].iloc[0].to_dict()
        fact_cards([fact_id], facts, frames.sources, correct_links=False)
        wrong_col, edit_col = st.columns(2, gap="large")
        with wrong_col, st.form("wrong_form", clear_on_submit=True):
            st.markdown("**Mark as wrong**")
            st.caption("The fact disappears from every page, chart and export.")
            note = st.text_input("Why (optional)", key="wrong_note")
            if st.form_submit_button("Mark as wrong", icon=":material/block:") and write(
                    store, lambda con: module.mark_wrong(con, fact_id, note or None), "Fact marked as wrong."):
                st.rerun()
        with edit_col, st.form("edit_form", clear_on_submit=True):
            st.markdown("**Edit a field**")
            fields = [f for f in FIELDS_BY_TYPE.get(fact["type"], OTHER_FIELDS) if f in module.EDITABLE_FIELDS]
            field = st.selectbox("Field", fields, key="edit_field")
            st.caption("Current values: " + ", ".join(f"{f} = {md(text_or(fact.get(f), '–'))}" for f in fields))
            value = st.text_input("New value", key="edit_value",
                                  help="Numbers like 14.3e9; dates YYYY, YYYY-MM or YYYY-MM-DD; empty or "
                                       "null clears the field; a name may be an alias.")
            note = st.text_input("Why (optional)", key="edit_note")
            if st.form_submit_button("Save the edit", icon=":material/save:") and write(
                    store, lambda con: module.edit_fact(con, fact_id, field, value, note or None),
                    f"{field} of the fact updated."):
                st.rerun()

with entities_tab:
    ents = frames.entities
    names = list(ents["name"].astype(str))
    merge_col, split_col = st.columns(2, gap="large")
    with merge_col, st.form("merge_form"):
        st.markdown("**Merge two entities**")
        st.caption("The second becomes an alias of the first everywhere (facts that become one are merged).")
        keep = st.selectbox("Keep", names, index=None, key="merge_keep", placeholder="Entity to keep…")
        other = st.selectbox("Merge into it", names, index=None, key="merge_other", placeholder="Entity to fold in…")
        note = st.text_input("Why (optional)", key="merge_note")
        if st.form_submit_button("Merge", icon=":material/merge:"):
            if not keep or not other:
                st.error("Choose both entities.")
            elif write(store, lambda con: module.merge_entities(con, keep, other, note or None),
                       f"{other} merged into {keep}."):
                st.rerun()
    with split_col:
        st.markdown("**Split an alias off an entity**")
        st.caption("The alias becomes an entity of its own; its mentions move to it.")
        with_aliases = [n for n, a in zip(ents["name"], ents["aliases"], strict=True) if len(list(a)) > 0]
        owner = st.selectbox("Entity", with_aliases, index=None, key="split_owner", placeholder="Entity…")
        aliases = list(ents.loc[ents["name"] == owner, "aliases"].iloc[0]) if owner else []
        with st.form("split_form"):
            alias = st.selectbox("Alias to split off", [a for a in aliases if a != owner], index=None,
                                 key="split_alias", placeholder="Alias…")
            note = st.text_input("Why (optional)", key="split_note")
            if st.form_submit_button("Split", icon=":material/call_split:", disabled=not owner):
                if not alias:
                    st.error("Choose an alias.")
                elif write(store, lambda con: module.split_entity(con, owner, alias, note or None),
                           f"{alias} split off {owner}."):
                    st.rerun()

with history_tab:
    history = corrections_list(store)
    if history.empty:
        st.caption("No correction yet.")
    else:
        shown = history.sort_values("id", ascending=False)
        st.dataframe(shown[["id", "created_at", "summary", "note", "active"]], hide_index=True, width="stretch",
                     column_config={"created_at": st.column_config.DatetimeColumn("when", format="YYYY-MM-DD HH:mm"),
                                    "summary": st.column_config.TextColumn("correction", width="large"),
                                    "active": st.column_config.CheckboxColumn(
                                        "active", help="Inactive: its fact or entity is gone after a re-ingest.")})
        with st.form("undo_form"):
            pick = st.selectbox("Undo a correction", list(shown["id"]), index=None, key="undo_id",
                                format_func=lambda i: f"#{i}: {shown.set_index('id').loc[i, 'summary']}",
                                placeholder="Correction…")
            if st.form_submit_button("Undo", icon=":material/undo:") and pick is not None and write(
                    store, lambda con: module.undo(con, int(pick)), f"Correction #{pick} undone."):
                st.rerun()
