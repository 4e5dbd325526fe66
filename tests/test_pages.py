"""Page by page: explorer, reader (escaping), add articles, corrections, exports, clicks, store access."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from tests.test_app import _app, _open, captions, figures_of, metrics_of

HOSTILE = {
    "id": "hostile", "title": "<img src=x onerror=alert(1)> **Bold** $x$ [link](javascript:alert(2))",
    "source": "<b>Evil Outlet</b>", "published": "2025-07-01", "language": "en",
    "text": "Meta invested $2 billion in Scale AI, the company said on Monday. "
            "<script>alert('x')</script> & <b>not bold</b> :smile: $5 and $6.\n\n"
            "Read also: <a href='javascript:alert(3)'>click</a>",
}


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with one article full of markup, Markdown and LaTeX that must show as plain text."""
    from analytics.ingest import ingest

    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.json").write_text(json.dumps(HOSTILE), encoding="utf-8")
    store = folder / "store.duckdb"
    ingest([folder / "hostile.json"], store)
    return store


@pytest.fixture
def seed_copy(seed_store: Path, tmp_path: Path) -> Path:
    """A writable copy of the seed store."""
    target = tmp_path / "store.duckdb"
    shutil.copy(seed_store, target)
    return target


def _html(at: AppTest) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


# --- explorer ---------------------------------------------------------------------------------

def test_explorer_shows_a_profile_from_the_url(seed_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(seed_store, monkeypatch).run()
    at.query_params["entity"] = "Scale AI"
    _open(at, "explorer")
    assert not at.exception
    assert at.selectbox(key="entity").value == "Scale AI"
    assert any("Scale AI" in m.value for m in at.markdown)
    kpis = metrics_of(at)
    assert kpis["Raised (USD)"] == "$14.3B" and kpis["Invested (USD)"] == "–"
    related = figures_of(at)["Related companies and people"]["data"][0]
    assert "Meta" in related["y"]


def test_explorer_follows_the_company_filter(seed_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(seed_store, monkeypatch)
    at.query_params["company"] = "OpenAI"
    at.run()
    _open(at, "explorer")
    assert at.selectbox(key="entity").value == "OpenAI"
    assert metrics_of(at)["Talent moves"] == "1"


def test_person_profiles_have_no_money_figures(seed_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(seed_store, monkeypatch).run()
    at.query_params["entity"] = "Ruben Mayer"
    _open(at, "explorer")
    assert "Invested (USD)" not in metrics_of(at)
    assert metrics_of(at)["Talent moves"] == "2"


# --- articles reader --------------------------------------------------------------------------

def test_reader_marks_entities_evidence_and_noise(seed_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(seed_store, monkeypatch).run()
    at.query_params["article"] = "004_81a9529619b7fbb5"
    _open(at, "articles")
    assert not at.exception
    body = _html(at)
    assert 'class="noise"' in body and "advertisement" in body       # the ads at the top
    assert '<mark class="ev"' in body                               # evidence sentences
    assert 'title="Ruben Mayer (person)"' in body                     # entity mentions
    assert "Sources disagree" in body                                 # a fact with conflicting roles
    assert "Benzinga" in body


def test_reader_and_evidence_escape_article_text(hostile_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(hostile_store, monkeypatch).run()
    at.query_params["article"] = "hostile"
    _open(at, "articles")
    assert not at.exception
    body = _html(at)
    assert "<script>" not in body and "&lt;script&gt;" in body
    assert "<b>not bold</b>" not in body and "&lt;b&gt;not bold&lt;/b&gt;" in body
    assert "<a href" not in body
    heading = next(m.value for m in at.markdown if "img" in m.value)
    assert "<img" not in heading.replace("\\<", "") and "\\*\\*Bold\\*\\*" in heading and "\\$x\\$" in heading
    for page in ("overview", "investments"):
        _open(at, page)
        assert not at.exception
        assert "<script>" not in _html(at)
        assert "<b>Evil Outlet</b>" not in _html(at)


# --- add articles -----------------------------------------------------------------------------

def test_add_articles_ingests_uploads_and_reports_rejections(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "store.duckdb"
    seed = (ROOT.parent / "shared" / "seeds" / "004_81a9529619b7fbb5.txt").read_bytes()
    at = _app(store, monkeypatch).run()
    _open(at, "add_articles")
    at.file_uploader(key="upload_files").set_value([
        ("004_81a9529619b7fbb5.txt", seed, "text/plain"), ("notes.pdf", b"%PDF-1.4 binary", "application/pdf")])
    at.run()
    at.button(key="ingest_go").click().run(timeout=300)
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert any("1 new, 0 updated, 0 unchanged, 1 rejected" in s.value for s in at.success)
    rejected = at.dataframe[0].value
    assert list(rejected["file"]) == ["notes.pdf"] and "unsupported file type .pdf" in rejected["reason"][0]

    # The other pages see the new article without a restart; the store is not held open.
    _open(at, "overview")
    assert metrics_of(at)["Articles"] == "1"
    from analytics.store import connect

    connect(store).close()


def test_add_articles_accepts_pasted_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "store.duckdb"
    at = _app(store, monkeypatch).run()
    _open(at, "add_articles")
    at.text_area(key="paste_text").input("Meta invested $2 billion in Scale AI in June 2025, the company said.")
    at.text_input(key="paste_title").input("Pasted piece")
    at.text_input(key="paste_source").input("Analyst notes")
    at.run()
    at.button(key="ingest_go").click().run(timeout=300)
    assert not at.exception and not at.error
    assert any("1 new" in s.value for s in at.success)
    _open(at, "articles")
    table = at.dataframe[0].value
    assert list(table["title"]) == ["Pasted piece"] and list(table["outlet"]) == ["Analyst notes"]


# --- corrections ------------------------------------------------------------------------------

def _fact_id(store: Path, **where: str) -> str:
    from analytics.queries import facts_frame
    from analytics.store import open_store

    with open_store(store, read_only=True) as con:
        facts = facts_frame(con)
    for field, value in where.items():
        facts = facts[facts[field] == value]
    return str(facts["id"].iloc[0])


def test_mark_wrong_then_undo_updates_every_page(seed_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fact = _fact_id(seed_copy, person="Rishabh Agarwal")
    at = _app(seed_copy, monkeypatch).run()
    assert metrics_of(at)["Talent moves"] == "7"
    at.query_params["fact"] = fact
    _open(at, "corrections")
    assert at.selectbox(key="fix_fact").value == fact
    at.text_input(key="wrong_note").input("not a departure")
    at.button(key="FormSubmitter:wrong_form-Mark as wrong").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert any("marked as wrong" in s.value for s in at.success)

    _open(at, "overview")
    assert metrics_of(at)["Talent moves"] == "6"

    _open(at, "corrections")
    history = at.dataframe[-1].value
    assert "not a departure" in list(history["note"])
    at.selectbox(key="undo_id").set_value(int(history["id"].iloc[0]))
    at.button(key="FormSubmitter:undo_form-Undo").click().run()
    assert any("undone" in s.value for s in at.success)
    _open(at, "overview")
    assert metrics_of(at)["Talent moves"] == "7"


def test_edit_a_field_and_bad_values_are_explained(seed_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fact = _fact_id(seed_copy, type="investment")
    at = _app(seed_copy, monkeypatch).run()
    at.query_params["fact"] = fact
    _open(at, "corrections")
    at.selectbox(key="edit_field").set_value("amount_usd")
    at.text_input(key="edit_value").input("not a number")
    at.button(key="FormSubmitter:edit_form-Save the edit").click().run()
    assert not at.exception
    assert any("amount_usd is a number" in e.value for e in at.error)

    at.selectbox(key="edit_field").set_value("amount_usd")
    at.text_input(key="edit_value").input("15e9")
    at.button(key="FormSubmitter:edit_form-Save the edit").click().run()
    assert any("updated" in s.value for s in at.success)
    _open(at, "overview")
    assert metrics_of(at)["Disclosed USD"] == "$15B"


def test_merge_entities(seed_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(seed_copy, monkeypatch).run()
    _open(at, "corrections")
    at.selectbox(key="merge_keep").set_value("Mercor")
    at.selectbox(key="merge_other").set_value("Surge AI")
    at.button(key="FormSubmitter:merge_form-Merge").click().run()
    assert not at.exception and any("merged" in s.value for s in at.success)
    _open(at, "vendors")
    vendors = figures_of(at)["Net vendor preference (customer × vendor)"]["data"][0]["x"]
    assert "Surge AI" not in vendors and "Mercor" in vendors


# --- clicks, exports, report ------------------------------------------------------------------

def _click_app() -> None:
    from types import SimpleNamespace

    import streamlit as st

    from components.filters import draw_filters, select_callback
    from components.store_data import current_store, load_frames, store_version

    store = current_store()
    draw_filters(load_frames(str(store), store_version(store)))
    points = st.session_state.get("points")
    if points is not None:
        st.session_state["fake-chart"] = SimpleNamespace(selection=SimpleNamespace(points=points))
        st.button("click", key="click", on_click=select_callback, args=("fake-chart",))


@pytest.mark.parametrize(("points", "company", "person"), [
    ([{"customdata": ["Meta", 3]}], ["Meta"], []),
    ([{"customdata": ["Ruben Mayer", "person", 2]}], [], ["Ruben Mayer"]),
    ([{"customdata": ["left / unknown", 1]}], [], []),
    ([{"customdata": ["Nobody Inc", 1]}], [], []),
])
def test_clicking_a_bar_or_node_sets_the_filter(points: list[dict[str, Any]], company: list[str],
                                                person: list[str], seed_store: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANALYTICS_STORE", str(seed_store))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_function(_click_app, default_timeout=60)
    at.session_state["points"] = points
    at.run()
    at.button(key="click").click().run()
    assert not at.exception
    assert at.session_state["company"] == company and at.session_state["person"] == person
    if company:  # clicking the same bar again clears the filter
        at.button(key="click").click().run()
        assert at.session_state["company"] == []


def test_export_names_carry_page_chart_and_filters() -> None:
    from datetime import date

    from analytics.views import Filters
    from components.exports import export_name

    assert export_name("investments", "by-target", Filters()) == "investments_by-target_all"
    name = export_name("Talent flows", "Sankey", Filters(companies=("Scale AI",), since=date(2025, 1, 1)))
    assert name == "talent-flows_sankey_company-Scale-AI_2025-01-01.."


def test_every_chart_export_is_built_on_click_only(seed_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []
    import streamlit as st

    real = st.download_button

    def recording(label: str, data: Any, file_name: str | None = None, **kwargs: Any) -> bool:
        calls.append({"label": label, "data": data, "file_name": file_name})
        return real(label, data=data, file_name=file_name, **kwargs)

    monkeypatch.setattr(st, "download_button", recording)
    at = _app(seed_store, monkeypatch)
    at.query_params["company"] = "Meta"
    at.run()
    _open(at, "investments")
    assert not at.exception
    assert all(callable(c["data"]) for c in calls), "exports must be deferred"
    by_name = {c["file_name"]: c["data"] for c in calls}
    stem = "investments_by-target_company-Meta"
    assert {f"{stem}.{ext}" for ext in ("png", "svg", "html", "csv", "xlsx")} <= set(by_name)
    assert by_name[f"{stem}.png"]().startswith(b"\x89PNG\r\n\x1a\n")
    assert by_name[f"{stem}.svg"]().lstrip().startswith(b"<svg")
    assert b"plotly" in by_name[f"{stem}.html"]()
    assert by_name[f"{stem}.csv"]().decode().splitlines()[0] == "target,amount_usd,deals"
    assert by_name[f"{stem}.xlsx"]()[:2] == b"PK"

    report_html = next(d for n, d in by_name.items() if n.startswith("report_company-Meta") and n.endswith(".html"))
    html = report_html().decode()
    assert html.startswith("<!DOCTYPE html>") and "companies: Meta" in html and "Evidence (" in html
    report_zip = next(d for n, d in by_name.items() if n.startswith("report_company-Meta") and n.endswith(".zip"))
    names = zipfile.ZipFile(BytesIO(report_zip())).namelist()
    assert any(n.endswith("_investments_by_target.png") for n in names)
    assert any(n.endswith("_investments_by_target.svg") for n in names)
    assert any(n.endswith("_investments_by_target.csv") for n in names)


# --- store access -----------------------------------------------------------------------------

def test_pages_read_while_this_process_writes_the_store(seed_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An ingest from the Add articles page holds a write connection; other sessions keep reading."""
    from analytics.store import connect

    writer = connect(seed_copy)
    try:
        at = _app(seed_copy, monkeypatch).run()
        assert not at.exception and not at.error
        assert metrics_of(at)["Articles"] == "2"
    finally:
        writer.close()
    at.run()  # and the store can be opened for writing again right after the reads
    connect(seed_copy).close()


def test_a_store_locked_by_another_process_is_reported(seed_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code = ("import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); print('locked', flush=True); "
            "time.sleep(60)")
    holder = subprocess.Popen([sys.executable, "-c", code, str(seed_copy)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        at = _app(seed_copy, monkeypatch).run()
        assert not at.exception
        assert any("being updated" in e.value or "ingest" in e.value for e in (*at.error, *at.warning))
    finally:
        holder.kill()
        holder.wait(timeout=10)


def test_analysis_pages_do_not_load_the_pipeline(seed_store: Path) -> None:
    script = (
        "import sys\n"
        "from streamlit.testing.v1 import AppTest\n"
        "at = AppTest.from_file('app.py', default_timeout=120).run()\n"
        "for p in ('investments', 'talent', 'vendors', 'explorer', 'articles', 'add_articles', 'corrections'):\n"
        "    at.switch_page(f'pages/dashboard/{p}.py').run()\n"
        "    assert not at.exception, p\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'torch', 'sentence_transformers')"
        " or m == 'analytics.extraction.pipeline')\n"
        "print('LOADED', loaded)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "ANALYTICS_STORE": str(seed_store)})
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "LOADED []" in proc.stdout, proc.stdout


def test_caption_says_what_is_shown(seed_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(seed_store, monkeypatch).run()
    assert any(c.startswith("**All data** · 13 facts from 2 articles") for c in captions(at))


def test_choosing_a_flow_shows_its_sources(seed_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(seed_store, monkeypatch).run()
    _open(at, "talent")
    picker = at.selectbox(key="tal-flow-ev")
    assert "OpenAI → Meta" in picker.options[0] or any("OpenAI → Meta" in o for o in picker.options)
    picker.set_value("OpenAI → Meta").run()
    assert not at.exception
    body = _html(at)
    assert "recruté plus de 50 chercheurs" in body and "Sources disagree" in body
