"""Add articles: stage uploads and pasted text in a temporary folder, run the ingest with a progress bar.

The pipeline (spaCy models…) is imported only here, and only when an ingest runs.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import streamlit as st

from analytics.store import StoreError

SUPPORTED = ".txt, .md, .html, .htm, .json, .jsonl, .csv"


@dataclass
class IngestSummary:
    """What an ingest from the page did (kept in session state to show after the rerun)."""

    new: list[str]
    updated: list[str]
    unchanged: list[str]
    rejected: list[dict[str, str]]
    seconds: float
    files: int


def stage_uploads(files: Iterable[Any], folder: Path) -> list[Path]:
    """Write uploaded files under `folder`, keeping their names (a repeated name gets its own subfolder)."""
    paths: list[Path] = []
    used: set[str] = set()
    for i, upload in enumerate(files):
        name = Path(str(upload.name)).name or f"upload-{i}"
        target = folder / name if name not in used else folder / f"dup-{i}" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(upload.getvalue())
        used.add(name)
        paths.append(target)
    return paths


def stage_pasted(text: str, meta: dict[str, str | None], folder: Path) -> Path:
    """Pasted text (and its optional title, outlet, date, language, url) as one .json article."""
    record = {"text": text, **{k: v.strip() for k, v in meta.items() if isinstance(v, str) and v.strip()}}
    path = folder / "pasted-article.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return path


def run_ingest(paths: list[Path], store: Path, folder: Path, attempts: int = 5) -> IngestSummary:
    """Ingest with a progress bar; a store briefly held by a reader is retried. Raises StoreError."""
    from analytics.ingest import ingest  # the pipeline: imported only when articles are added

    bar = st.progress(0.0, text="Reading and preparing the files…")
    total = {"n": 0, "done": 0}

    def on_total(n: int) -> None:
        total["n"] = n
        bar.progress(0.0 if n else 1.0, text=f"Extracting facts from {n} new or changed article(s)…"
                     if n else "Nothing new to extract.")

    def progress(n: int) -> None:
        total["done"] += n
        done, of = total["done"], max(total["n"], 1)
        bar.progress(min(done / of, 1.0), text=f"Extracted {done} of {total['n']} article(s)…")

    started = time.perf_counter()
    for attempt in range(attempts):
        try:
            report = ingest(paths, store, progress=progress, on_total=on_total)
            break
        except StoreError as exc:
            busy = "lock" in str(exc).lower() or "different configuration" in str(exc).lower()
            if not busy or attempt == attempts - 1:
                raise
            bar.progress(0.0, text="The store is busy; retrying…")
            time.sleep(0.5 * (attempt + 1))
    bar.progress(1.0, text="Done.")

    def shown(path: str) -> str:
        try:
            rel = Path(path).relative_to(folder)
        except ValueError:
            return path
        return str(Path(*rel.parts[1:])) if rel.parts and rel.parts[0].startswith("dup-") else str(rel)

    return IngestSummary(new=report.new, updated=report.updated, unchanged=report.unchanged,
                         rejected=[{"file": shown(r.path), "reason": r.error} for r in report.rejected],
                         seconds=time.perf_counter() - started, files=len(paths))
