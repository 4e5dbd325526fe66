"""The dashboard shell renders with AppTest on the seed store and on an empty store."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT


def _app(store: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("ANALYTICS_STORE", str(store))
    monkeypatch.chdir(ROOT)
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)


def test_articles_page_lists_the_seeds(seed_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(seed_store, monkeypatch).run()
    assert not at.exception
    (table,) = at.dataframe
    assert set(table.value["id"]) == {"000_3e7baa42ad9fac7b", "004_81a9529619b7fbb5"}


def test_empty_store_shows_how_to_add_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(tmp_path / "none.duckdb", monkeypatch).run()
    assert not at.exception
    assert any("No articles yet" in i.value for i in at.info)
