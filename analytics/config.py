"""Paths and limits shared by the package."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
STORE_ENV = "ANALYTICS_STORE"
DEFAULT_STORE = DATA_DIR / "store.duckdb"
GAZETTEER_PATH = DATA_DIR / "gazetteer.yml"
OUTLETS_PATH = DATA_DIR / "outlets.yml"
RATES_PATH = DATA_DIR / "usd_rates.csv"

#: A single-article file (.txt, .md, .html) larger than this is refused, not truncated.
MAX_ARTICLE_FILE_BYTES = 10 * 1024 * 1024
#: A .json file is parsed whole; larger ones must be split or given as .jsonl.
MAX_JSON_FILE_BYTES = 200 * 1024 * 1024
#: One article's text (any format) longer than this is refused.
MAX_ARTICLE_CHARS = 2_000_000

SUPPORTED_LANGUAGES = ("fr", "en", "de", "es")


def store_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The store file: an explicit path, else $ANALYTICS_STORE, else data/store.duckdb."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(STORE_ENV)
    return Path(env) if env else DEFAULT_STORE
