"""The dashboard renders with AppTest: every page on the seed store and on an empty store.

Runs app.py (navigation, sidebar filters) and switches pages, as a browser session would.
Warm render times (second run of each page) are printed and written to
test-artifacts/render_times.txt.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

PAGES = {
    "overview": "Overview", "investments": "Investments", "talent": "Talent flows", "vendors": "Vendors",
    "explorer": "Explorer", "articles": "Articles", "add_articles": "Add articles", "corrections": "Corrections",
}
ANALYSIS_PAGES = ("overview", "investments", "talent", "vendors", "explorer", "articles", "corrections")
ARTIFACTS = ROOT / "test-artifacts"


def _app(store: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("ANALYTICS_STORE", str(store))
    monkeypatch.chdir(ROOT)
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)


def _open(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"pages/dashboard/{page}.py")
    return at.run()


def _assert_clean(at: AppTest, page: str) -> None:
    assert not at.exception, f"{page}: {[e.value for e in at.exception]}"
    assert not at.error, f"{page}: {[e.value for e in at.error]}"
    assert [t.value for t in at.title] == [PAGES[page]], f"{page}: titles {[t.value for t in at.title]}"


def figures_of(at: AppTest) -> dict[str, dict]:
    """Plotly figures on the page by title, as JSON."""
    out = {}
    for chart in at.get("plotly_chart"):
        spec = json.loads(chart.proto.spec)
        out[spec["layout"].get("title", {}).get("text", "")] = spec
    return out


def captions(at: AppTest) -> list[str]:
    """Caption texts with Markdown escapes removed."""
    return [c.value.replace("\\", "") for c in at.caption]


def metrics_of(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_every_page_renders_on_the_seeds_and_warm_times_are_reported(
        seed_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    at = _app(seed_store, monkeypatch).run()
    assert not at.exception
    times: dict[str, float] = {}
    for page in PAGES:
        _open(at, page)
        _assert_clean(at, page)
        started = time.perf_counter()
        at.run()
        times[page] = time.perf_counter() - started
        _assert_clean(at, page)
        if page in ("overview", "investments", "talent", "vendors", "explorer"):
            assert at.get("plotly_chart"), f"{page} draws no chart"
    report = "\n".join(f"{page:13s} {seconds * 1000:7.0f} ms" for page, seconds in times.items())
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "render_times.txt").write_text("Warm AppTest render time per page (seed store)\n" + report + "\n")
    with capsys.disabled():
        print("\nWarm AppTest render time per page (seed store):\n" + report)
    assert max(times.values()) < 10


def test_disclosed_investment_on_the_seeds_reads_14_3_billion(seed_store: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(seed_store, monkeypatch).run()
    kpis = metrics_of(at)
    assert kpis["Disclosed USD"] == "$14.3B"
    assert kpis["Articles"] == "2"
    _open(at, "investments")
    assert metrics_of(at)["Disclosed (USD)"] == "$14.3B"


def test_a_company_filter_changes_the_figures(seed_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(seed_store, monkeypatch).run()
    _open(at, "talent")
    before_metrics, before = metrics_of(at), figures_of(at)
    sankey = before["Talent flows between companies"]["data"][0]
    assert "OpenAI" in sankey["node"]["label"] and "Scale AI" in sankey["node"]["label"]

    at.sidebar.multiselect(key="company").set_value(["OpenAI"]).run()
    assert not at.exception
    after_metrics, after = metrics_of(at), figures_of(at)
    assert after_metrics["Moves reported"] == "1" != before_metrics["Moves reported"]
    labels = after["Talent flows between companies"]["data"][0]["node"]["label"]
    assert sorted(labels) == ["Meta", "OpenAI"]
    assert any("companies: OpenAI" in c for c in captions(at))

    # The filter survives page switches and applies there too.
    _open(at, "overview")
    assert at.session_state["company"] == ["OpenAI"]
    assert metrics_of(at)["Disclosed USD"] == "$0"


def test_filters_come_from_the_url_and_clear_filters_resets_them(seed_store: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(seed_store, monkeypatch)
    at.query_params.update({"company": "Scale AI", "type": "Investment", "conf": "0.5"})
    at.run()
    assert at.session_state["company"] == ["Scale AI"]
    assert at.session_state["type"] == ["Investment"]
    caption = next(c for c in captions(at) if "companies:" in c)
    assert "companies: Scale AI" in caption and "types: Investment" in caption and "confidence ≥ 0.50" in caption
    assert metrics_of(at)["Disclosed USD"] == "$14.3B"

    at.sidebar.button(key="clear_filters").click().run()
    assert at.session_state["company"] == [] and at.session_state["type"] == [] and at.session_state["conf"] == 0.0
    assert any("All data" in c for c in captions(at))


def test_unknown_names_in_the_url_are_ignored(seed_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(seed_store, monkeypatch)
    at.query_params.update({"company": "<script>alert(1)</script>"})
    at.run()
    assert not at.exception
    assert at.session_state["company"] == []


@pytest.mark.parametrize("page", list(PAGES))
def test_empty_store_gives_a_start_page(page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(tmp_path / "none.duckdb", monkeypatch).run()
    _open(at, page)
    _assert_clean(at, page)
    if page in ANALYSIS_PAGES:
        assert any("No articles yet" in i.value for i in at.info), page
    else:
        assert at.get("file_uploader"), "the Add articles page offers an upload"
    assert not (tmp_path / "none.duckdb").exists(), "reading must not create the store"


def test_an_empty_but_existing_store_gives_a_start_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from analytics.store import open_store

    store = tmp_path / "empty.duckdb"
    with open_store(store):
        pass
    at = _app(store, monkeypatch).run()
    _assert_clean(at, "overview")
    assert any("No articles yet" in i.value for i in at.info)
