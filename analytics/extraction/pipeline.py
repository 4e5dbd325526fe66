"""Run extraction over prepared articles: batched spaCy per language, then entity and fact rules."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from analytics.articles import Article
from analytics.extraction.entities import find_entities
from analytics.extraction.facts import find_facts
from analytics.extraction.resolve import resolve_across_articles
from analytics.extraction.result import ArticleExtraction
from analytics.gazetteer import fold
from analytics.gazetteer import load as load_gazetteer
from analytics.nlp import pipeline

BATCH_SIZE = 32
ABBREVIATION = re.compile(r"\b(?:Inc|Corp|Ltd|Co|Mr|Mrs|Ms|Dr|St|Jr|Sr|S\.A|M|Mme|Hr|Fr|Sra?|vs|approx|ca|Nr|No)\.$")


def sentences_of(doc: Any, keep_whole: list[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:  # type: ignore[assignment]
    """Sentences as (start, end, text): the model's, cut at line breaks, rejoined after abbreviations
    and wherever a boundary would cut one of the `keep_whole` spans (entity mentions)."""
    text = doc.text
    spans: list[tuple[int, int]] = []
    for sent in doc.sents:
        pos = sent.start_char
        for piece in re.split(r"(\n)", sent.text):
            if piece != "\n" and piece.strip():
                start = pos + len(piece) - len(piece.lstrip())
                spans.append((start, pos + len(piece.rstrip())))
            pos += len(piece)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        inside = any(a < start and merged and merged[-1][1] < b for a, b in keep_whole)
        if merged and "\n" not in text[merged[-1][1]:start] and (
                inside or ABBREVIATION.search(text[:merged[-1][1]]) or re.match(r"[a-zà-ÿ(0-9]", text[start])
                or not re.search(r"[.!?…:;\"”»)]$", text[:merged[-1][1]])):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return [(s, e, text[s:e]) for s, e in merged]


def extract_article(article: Article, doc: Any) -> ArticleExtraction:
    """Entities, sentences and facts of one article from its parsed clean text."""
    gaz = load_gazetteer()
    mentions, entities = find_entities(article.clean_text, doc, gaz)
    if article.author:  # the byline author writes about the actors; they are not one
        author = fold(article.author)
        mentions = [m for m in mentions if fold(m.entity) != author]
        entities = {n: e for n, e in entities.items() if fold(n) != author}
    sentences = sentences_of(doc, [(m.start, m.end) for m in mentions])
    result = ArticleExtraction(article.id, mentions, entities, [], sentences)
    result.facts = find_facts(article, doc, result)
    return result


def run_extraction(articles: Iterable[Article], progress: Callable[[int], None] | None = None
                   ) -> dict[str, ArticleExtraction]:
    """Extract every article, batching the NLP per language; names resolved across the batch."""
    by_lang: dict[str | None, list[Article]] = defaultdict(list)
    for a in articles:
        by_lang[a.language].append(a)
    results: dict[str, ArticleExtraction] = {}
    for lang, group in by_lang.items():
        nlp = pipeline(lang)
        docs = nlp.pipe((a.clean_text for a in group), batch_size=BATCH_SIZE)
        for article, doc in zip(group, docs, strict=True):
            results[article.id] = extract_article(article, doc)
            if progress:
                progress(1)
    resolve_across_articles(list(results.values()))
    return results
