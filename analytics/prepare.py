"""Prepare an ArticleInput for extraction: noise, clean text, metadata, language, identity."""

from __future__ import annotations

from functools import lru_cache

import yaml

from analytics.articles import Article, ArticleInput, content_hash, derived_id
from analytics.config import OUTLETS_PATH
from analytics.metadata import (
    detect_language,
    find_outlet,
    guess_title,
    parse_author,
    parse_byline,
    published_date,
)
from analytics.noise import blank_spans, find_noise


@lru_cache(maxsize=1)
def known_outlets() -> dict[str, list[str]]:
    """Outlet name -> other surface forms, from data/outlets.yml."""
    data = yaml.safe_load(OUTLETS_PATH.read_text(encoding="utf-8")) or {}
    return {str(k): [str(v) for v in (vs or [])] for k, vs in data.items()}


def prepare(item: ArticleInput) -> Article:
    """Turn a read record into an Article with noise spans and filled-in metadata."""
    raw = item.text
    spans = find_noise(raw)
    clean = blank_spans(raw, spans)
    language = (item.language or "").lower()[:2] or detect_language(clean)
    author, published = item.author, item.published
    noise_text = "\n".join(raw[s:e] for s, e, _k in spans)
    for start, end, kind in spans:
        if kind != "byline":
            continue
        if not published:
            byline_author, published = parse_byline(raw[start:end], language)
            author = author or byline_author
        author = author or parse_author(raw[start:end])
    title = item.title or guess_title(clean.split("\n"))
    source = item.source or find_outlet(noise_text, known_outlets())
    return Article(
        id=item.id or derived_id(raw),
        path=item.path,
        raw_text=raw,
        clean_text=clean,
        noise_spans=spans,
        title=title,
        published=_normalise_published(published),
        source=source,
        url=item.url,
        language=language or None,
        author=author,
        content_hash=content_hash(raw),
    )


def _normalise_published(value: str | None) -> str | None:
    """ISO form of a published field given in any common format."""
    if not value:
        return None
    if published_date(value):
        return value
    import dateparser

    when = dateparser.parse(value, settings={"DATE_ORDER": "DMY"})
    return when.isoformat(timespec="minutes") if when else None
