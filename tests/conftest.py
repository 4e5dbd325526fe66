"""Shared fixtures: the seed articles, a store built from them once per session, temp stores."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
DEV = ROOT / "tests" / "data" / "dev"


def run_cli(*args: str, env: dict[str, str] | None = None, check: bool = False) -> subprocess.CompletedProcess[str]:
    """Run `python -m analytics ARGS` in a subprocess."""
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run([sys.executable, "-m", "analytics", *args], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, timeout=900)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}: {proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the two seed articles ingested (read-only use)."""
    from analytics.ingest import ingest

    store = tmp_path_factory.mktemp("seed") / "store.duckdb"
    ingest(SEED_FILES, store)
    return store


@pytest.fixture(scope="session")
def seeds_extract() -> dict:
    """The CONTRACT JSON of `extract` on the seed folder."""
    proc = run_cli("extract", str(SEEDS), "--json", check=True)
    return json.loads(proc.stdout)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "store.duckdb"
