"""All fact rules of an article (placeholder wiring; the rule families live in their modules)."""

from __future__ import annotations

from typing import Any

from analytics.articles import Article
from analytics.extraction.result import ArticleExtraction


def find_facts(article: Article, doc: Any, extraction: ArticleExtraction) -> list[dict[str, Any]]:
    """Every fact the article states."""
    return []
