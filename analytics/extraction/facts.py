"""All fact rules of an article: investments, talent moves, vendor preferences, other events."""

from __future__ import annotations

from typing import Any

from analytics.articles import Article
from analytics.extraction.context import sentence_views
from analytics.extraction.events import event_facts
from analytics.extraction.investments import investment_facts
from analytics.extraction.result import ArticleExtraction
from analytics.extraction.talent import talent_facts
from analytics.extraction.vendors import vendor_facts
from analytics.metadata import published_date

RULE_FAMILIES = (investment_facts, talent_facts, vendor_facts, event_facts)


def find_facts(article: Article, doc: Any, extraction: ArticleExtraction) -> list[dict[str, Any]]:
    """Every fact the article states, each with its evidence sentence and a confidence."""
    funders = frozenset(n for n, e in extraction.entities.items() if e.category == "investor")
    views = sentence_views(extraction.sentences, extraction.mentions, article.clean_text, funders)
    published = published_date(article.published)
    facts: list[dict[str, Any]] = []
    for family in RULE_FAMILIES:
        facts += family(views, article.language, published)
    return facts
