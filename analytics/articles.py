"""Article records as they move from readers to the store."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class ArticleInput:
    """One article as read from a file, before any processing."""

    text: str
    path: str
    id: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    author: str | None = None


@dataclass
class Rejection:
    """A file, or a record inside a file, that could not be read."""

    path: str
    error: str

    def as_dict(self) -> dict[str, str]:
        return {"path": self.path, "error": self.error}


@dataclass
class Article:
    """A prepared article: identity, metadata, raw and clean text, noise spans."""

    id: str
    path: str
    raw_text: str
    clean_text: str
    noise_spans: list[tuple[int, int, str]] = field(default_factory=list)
    title: str | None = None
    published: str | None = None  # ISO date or datetime
    source: str | None = None
    url: str | None = None
    language: str | None = None
    author: str | None = None
    content_hash: str = ""


def content_hash(text: str) -> str:
    """A stable hash of an article's text (whitespace-normalised)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def derived_id(text: str) -> str:
    """The id of an article that has none: derived from its content, stable across runs."""
    return "a_" + content_hash(text)[:16]
