"""Add articles: upload files or paste text; the pipeline runs with a progress bar, then a summary."""

import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from analytics.config import SUPPORTED_LANGUAGES
from analytics.store import StoreError
from components.store_data import clear_caches, current_store
from components.uploads import SUPPORTED, run_ingest, stage_pasted, stage_uploads

SUMMARY = "_last_ingest"

st.title("Add articles")
st.caption(f"Accepted: {SUPPORTED} (one article per .txt/.md/.html file; .json, .jsonl and .csv hold records "
           "with at least a `text` field). Up to 10 MB per article file, 200 MB per .json. "
           "Unchanged articles are skipped; a changed text replaces its article.")

upload_tab, paste_tab = st.tabs(["Upload files", "Paste text"])
with upload_tab:
    files = st.file_uploader("Article files", accept_multiple_files=True, key="upload_files",
                             help="Any file can be dropped here: unsupported ones are listed with the reason.")
with paste_tab:
    text = st.text_area("Article text", height=220, key="paste_text", placeholder="Paste the article here…")
    c1, c2, c3 = st.columns(3)
    title = c1.text_input("Title (optional)", key="paste_title")
    outlet = c2.text_input("Outlet (optional)", key="paste_source")
    published = c3.text_input("Published (optional, YYYY-MM-DD)", key="paste_published")
    c4, c5 = st.columns([1, 2])
    language = c4.selectbox("Language", ["detect", *SUPPORTED_LANGUAGES], key="paste_language")
    url = c5.text_input("URL (optional)", key="paste_url")

pasted = (text or "").strip()
ready = bool(files) or bool(pasted)
if st.button("Add to the store", type="primary", icon=":material/add_circle:", disabled=not ready, key="ingest_go"):
    store = current_store()
    with tempfile.TemporaryDirectory(prefix="uploads-") as tmp:
        folder = Path(tmp)
        paths = stage_uploads(files or [], folder)
        if pasted:
            meta = {"title": title, "source": outlet, "published": published, "url": url,
                    "language": None if language == "detect" else language}
            paths.append(stage_pasted(pasted, meta, folder))
        try:
            summary = run_ingest(paths, store, folder)
        except StoreError as exc:
            st.error(f"The articles could not be added: {exc}")
            st.stop()
        except Exception as exc:  # the pipeline failed: say so plainly, keep the store as it was
            st.error(f"The pipeline failed and the store was left unchanged: {type(exc).__name__}: {exc}")
            st.stop()
    clear_caches()
    st.session_state[SUMMARY] = summary
    st.rerun()

summary = st.session_state.get(SUMMARY)
if summary is not None:
    st.subheader("Last run", anchor=False)
    added = len(summary.new) + len(summary.updated)
    (st.success if added else st.info)(
        f"{len(summary.new)} new, {len(summary.updated)} updated, {len(summary.unchanged)} unchanged, "
        f"{len(summary.rejected)} rejected — {summary.files} file(s) in {summary.seconds:.1f} s.",
        icon=":material/task_alt:" if added else ":material/info:")
    if summary.rejected:
        st.markdown("**Rejected**")
        st.dataframe(pd.DataFrame(summary.rejected), hide_index=True, width="stretch",
                     column_config={"reason": st.column_config.TextColumn("reason", width="large")})
    if added:
        st.page_link("pages/dashboard/overview.py", label="See the updated overview", icon=":material/dashboard:")
