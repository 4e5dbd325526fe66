"""The dashboard in a real browser: `streamlit run app.py` on a copy of the seed store, driven by Playwright.

Chromium is Debian's (/usr/bin/chromium, installed by `make test`); the test fails with a clear
message when it is missing. Screenshots of every page go to test-artifacts/.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]
PAGES = [  # url path, title, draws charts
    ("", "Overview", True), ("investments", "Investments", True), ("talent", "Talent flows", True),
    ("vendors", "Vendors", True), ("explorer", "Explorer", True), ("articles", "Articles", False),
    ("add_articles", "Add articles", False), ("corrections", "Corrections", False),
]
TIMEOUT_MS = 60_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(seed_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`streamlit run app.py` on a copy of the seed store; always terminated."""
    folder = tmp_path_factory.mktemp("browser")
    store = folder / "store.duckdb"
    shutil.copy(seed_store, store)
    port = _free_port()
    log = (folder / "streamlit.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, env={**os.environ, "ANALYTICS_STORE": str(store)}, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"streamlit exited with {proc.returncode}:\n{(folder / 'streamlit.log').read_text()}")
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as resp:
                    if resp.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"streamlit did not answer within 60 s:\n{(folder / 'streamlit.log').read_text()}")
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: install Debian's chromium package "
                    "(`apt-get install chromium`, which `make test` does) to run the browser tests.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1500, "height": 2200}, accept_downloads=True)  # type: ignore[attr-defined]
    context.set_default_timeout(TIMEOUT_MS)
    tab = context.new_page()
    try:
        yield tab
    finally:
        context.close()


def wait_idle(tab: object, quiet_ms: int = 900) -> None:
    """Wait until Streamlit has finished running the script (no running indicator, no skeletons)."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    quiet_since = None
    while time.monotonic() < deadline:
        busy = tab.evaluate(  # type: ignore[attr-defined]
            "() => !!document.querySelector('[data-testid=\"stStatusWidget\"], [data-testid=\"stSkeleton\"]')")
        if busy:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.monotonic()
        elif (time.monotonic() - quiet_since) * 1000 >= quiet_ms:
            return
        time.sleep(0.15)
    raise AssertionError("the app kept running for more than 60 s")


def open_page(tab: object, url: str, title: str) -> None:
    tab.goto(url)  # type: ignore[attr-defined]
    tab.locator("[data-testid='stMain'] h1", has_text=title).first.wait_for()  # type: ignore[attr-defined]
    wait_idle(tab)


def main_text(tab: object) -> str:
    return str(tab.inner_text("[data-testid='stMain']"))  # type: ignore[attr-defined]


def test_every_page_renders_and_is_screenshotted(server: str, page: object) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    for path, title, charts in PAGES:
        open_page(page, f"{server}/{path}", title)
        text = main_text(page)
        assert "Traceback" not in text and "Error" not in text.split("\n")[0], text[:500]
        if charts:
            page.locator(".js-plotly-plot svg.main-svg").first.wait_for()  # type: ignore[attr-defined]
            assert page.locator(".js-plotly-plot").count() >= 1  # type: ignore[attr-defined]
        page.screenshot(path=str(ARTIFACTS / f"{path or 'overview'}.png"))  # type: ignore[attr-defined]


def test_company_filter_set_through_the_sidebar(server: str, page: object) -> None:
    open_page(page, f"{server}/talent", "Talent flows")
    assert "Moves reported\n\n7" in main_text(page)
    sidebar = page.locator("[data-testid='stSidebar']")  # type: ignore[attr-defined]
    sidebar.locator("[data-testid='stMultiSelect']").first.click()
    page.keyboard.type("OpenAI")  # type: ignore[attr-defined]
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    page.keyboard.press("Escape")  # type: ignore[attr-defined]
    page.wait_for_url("**company=OpenAI**")  # type: ignore[attr-defined]
    wait_idle(page)
    text = main_text(page)
    assert "companies: OpenAI" in text and "Moves reported\n\n1" in text
    labels = page.locator(".js-plotly-plot .sankey .node-label").evaluate_all(  # type: ignore[attr-defined]
        "nodes => nodes.map(n => n.textContent)")
    assert sorted(labels) == ["Meta", "OpenAI"]
    page.screenshot(path=str(ARTIFACTS / "talent_filtered.png"))  # type: ignore[attr-defined]

    # The filter survives a page switch through the navigation.
    page.get_by_text("Analysis", exact=True).first.click()  # type: ignore[attr-defined]
    page.locator("[data-testid='stTopNavDropdownLink']", has_text="Vendors").first.click()  # type: ignore[attr-defined]
    page.locator("[data-testid='stMain'] h1", has_text="Vendors").first.wait_for()  # type: ignore[attr-defined]
    wait_idle(page)
    assert "company=OpenAI" in page.url and "companies: OpenAI" in main_text(page)  # type: ignore[attr-defined]


def test_png_export_downloads_a_valid_png(server: str, page: object, tmp_path: Path) -> None:
    open_page(page, f"{server}/investments", "Investments")
    page.locator("[data-testid='stPopover'] button", has_text="Export").first.click()  # type: ignore[attr-defined]
    popover = page.locator("[data-testid='stPopoverBody']").first  # type: ignore[attr-defined]
    button = popover.locator("[data-testid='stDownloadButton'] button", has_text="PNG").first
    button.wait_for()
    with page.expect_download(timeout=TIMEOUT_MS) as info:  # type: ignore[attr-defined]
        button.click()
    download = info.value
    target = tmp_path / download.suggested_filename
    download.save_as(str(target))
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", data[:40]
    assert len(data) > 5_000
    assert download.suggested_filename == "investments_by-investor_all.png"


def test_shared_url_with_filters_is_applied(server: str, page: object) -> None:
    open_page(page, f"{server}/?company=Scale%20AI&type=Investment", "Overview")
    text = main_text(page)
    assert "companies: Scale AI · types: Investment" in text
    assert "Disclosed USD\n\n$14.3B" in text and "Talent moves\n\n0" in text
    chips = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").first.inner_text()  # type: ignore[attr-defined]
    assert "Scale AI" in chips
    page.screenshot(path=str(ARTIFACTS / "overview_shared_url.png"))  # type: ignore[attr-defined]

    page.locator("[data-testid='stSidebar'] button", has_text="Clear filters").click()  # type: ignore[attr-defined]
    wait_idle(page)
    assert "company=" not in page.url and "All data" in main_text(page)  # type: ignore[attr-defined]
