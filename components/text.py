"""Untrusted text (names, titles from articles) inside Streamlit Markdown."""

from __future__ import annotations

import re
from typing import Any

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$~:])")


def md(value: Any) -> str:
    """`value` as literal text in Markdown: special characters (and $ for LaTeX) backslash-escaped."""
    text = "" if value is None else str(value)
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def day(value: Any) -> str:
    """A date as YYYY-MM-DD, or "undated" (None, NaT, NaN)."""
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "undated"
    try:
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    except (ValueError, TypeError):
        return str(value)


def text_or(value: Any, default: str) -> str:
    """`value` as text, or `default` when it is missing (None, NaN, empty)."""
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)) or not str(value).strip():
        return default
    return str(value)
