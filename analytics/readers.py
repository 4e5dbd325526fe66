"""Read article files of every supported format into ArticleInput records.

Every problem becomes a Rejection naming the file (and line or item) and the problem;
readers never raise for bad input.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from analytics.articles import ArticleInput, Rejection
from analytics.config import MAX_ARTICLE_CHARS, MAX_ARTICLE_FILE_BYTES, MAX_JSON_FILE_BYTES
from analytics.encoding import NotText, decode_bytes, sniff_encoding

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".json", ".jsonl", ".csv"}
OPTIONAL_FIELDS = ("id", "title", "published", "source", "url", "language", "author")

Item = ArticleInput | Rejection


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | Rejection]:
    """Files under the given paths (folders recursively, sorted); missing paths are rejected."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for sub in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in sub.relative_to(path).parts):
                    yield sub
        elif path.is_file():
            yield path
        else:
            yield Rejection(str(path), "no such file or folder")


def read_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Item]:
    """Every article (or rejection) found under `paths`."""
    for entry in iter_files(paths):
        if isinstance(entry, Rejection):
            yield entry
        else:
            yield from read_file(entry)


def read_file(path: Path) -> Iterator[Item]:
    """The articles of one file, by its extension."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield Rejection(str(path), f"unsupported file type {suffix or '(no extension)'}; "
                                   f"supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}")
        return
    try:
        size = path.stat().st_size
        if size == 0:
            yield Rejection(str(path), "empty file")
            return
        if suffix in TEXT_SUFFIXES | HTML_SUFFIXES and size > MAX_ARTICLE_FILE_BYTES:
            yield Rejection(str(path), f"file is {size / 1e6:.1f} MB; one article may be at most "
                                       f"{MAX_ARTICLE_FILE_BYTES / 1e6:.0f} MB (split it, or use .jsonl)")
            return
        if suffix == ".json" and size > MAX_JSON_FILE_BYTES:
            yield Rejection(str(path), f"file is {size / 1e6:.1f} MB; a .json file may be at most "
                                       f"{MAX_JSON_FILE_BYTES / 1e6:.0f} MB (use .jsonl for large sets)")
            return
        if suffix in TEXT_SUFFIXES:
            yield from _read_text(path)
        elif suffix in HTML_SUFFIXES:
            yield from _read_html(path)
        elif suffix == ".json":
            yield from _read_json(path)
        elif suffix == ".jsonl":
            yield from _read_jsonl(path)
        else:
            yield from _read_csv(path)
    except NotText as exc:
        yield Rejection(str(path), str(exc))
    except (OSError, UnicodeError) as exc:
        yield Rejection(str(path), f"cannot read: {exc}")


def _decode(path: Path) -> str:
    text, _codec = decode_bytes(path.read_bytes())
    return text


def _read_text(path: Path) -> Iterator[Item]:
    text = _decode(path)
    yield _record({"text": text, "id": path.stem}, str(path), where="")


def _read_html(path: Path) -> Iterator[Item]:
    import trafilatura

    html = _decode(path)
    body = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True)
    meta = trafilatura.extract_metadata(html)
    if not body or not body.strip():
        yield Rejection(str(path), "no article text found in the HTML page")
        return
    fields: dict[str, Any] = {"text": body, "id": path.stem}
    if meta is not None:
        fields.update(title=meta.title, published=meta.date, source=meta.sitename,
                      url=meta.url, author=meta.author)
    yield _record(fields, str(path), where="")


def _read_json(path: Path) -> Iterator[Item]:
    try:
        data = json.loads(_decode(path))
    except json.JSONDecodeError as exc:
        yield Rejection(str(path), f"invalid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")
        return
    if isinstance(data, dict):
        yield _record(data, str(path), where="")
    elif isinstance(data, list):
        if not data:
            yield Rejection(str(path), "the JSON list is empty")
        for i, item in enumerate(data, 1):
            yield _record(item, str(path), where=f"item {i}")
    else:
        yield Rejection(str(path), f"expected a JSON object or a list of objects, got {type(data).__name__}")


def _open_text(path: Path) -> io.TextIOWrapper:
    with path.open("rb") as fh:
        head = fh.read(65536)
    codec = sniff_encoding(head)
    if codec == "utf-8":
        codec = "utf-8" if _valid_utf8(path) else "cp1252"
    return path.open("r", encoding=codec, errors="replace", newline="")


def _valid_utf8(path: Path) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
        return True
    except UnicodeDecodeError:
        return False


def _read_jsonl(path: Path) -> Iterator[Item]:
    with _open_text(path) as fh:
        any_line = False
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            any_line = True
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Rejection(f"{path}:{n}", f"line {n}: invalid JSON: {exc.msg}")
                continue
            yield _record(item, f"{path}:{n}", where=f"line {n}")
        if not any_line:
            yield Rejection(str(path), "no records (only blank lines)")


def _read_csv(path: Path) -> Iterator[Item]:
    csv.field_size_limit(MAX_ARTICLE_CHARS + 1)
    with _open_text(path) as fh:
        reader = csv.DictReader(fh)
        columns = [c.strip().lower() for c in (reader.fieldnames or [])]
        if "text" not in columns:
            yield Rejection(str(path), f"CSV has no 'text' column (columns: {', '.join(columns) or 'none'})")
            return
        reader.fieldnames = columns
        try:
            for n, row in enumerate(reader, 2):
                yield _record(row, f"{path}:{n}", where=f"row {n}")
        except csv.Error as exc:
            yield Rejection(str(path), f"malformed CSV at line {reader.line_num}: {exc}")


def _clean_field(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _record(item: Any, path: str, where: str) -> Item:
    """Validate one record (a dict with `text`) into an ArticleInput."""
    prefix = f"{where}: " if where else ""
    if not isinstance(item, dict):
        return Rejection(path, f"{prefix}expected an object with a 'text' field, got {type(item).__name__}")
    text = item.get("text")
    if not isinstance(text, str):
        return Rejection(path, f"{prefix}missing 'text' field" if text is None else f"{prefix}'text' is not a string")
    if not text.strip():
        return Rejection(path, f"{prefix}empty text")
    if len(text) > MAX_ARTICLE_CHARS:
        return Rejection(path, f"{prefix}text has {len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,}")
    if "\x00" in text:
        return Rejection(path, f"{prefix}text contains NUL bytes")
    fields = {k: _clean_field(item.get(k)) for k in OPTIONAL_FIELDS}
    return ArticleInput(text=text.replace("\r\n", "\n"), path=path, **fields)
