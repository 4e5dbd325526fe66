"""The filtered view, the reader's HTML and the report (analytics.views, analytics.report) on tiny frames."""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import date

import pandas as pd
import pytest

from analytics import report
from analytics.schema import FACT_COLUMNS
from analytics.views import Filters, StoreFrames, annotated_article_html, apply_filters, in_date_range


def _facts(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame([{c: None for c in FACT_COLUMNS} | {"id": f"f{i}", "confidence": 0.8, "n_sources": 1,
                                                              "conflicts": None} | r for i, r in enumerate(rows)])


@pytest.fixture
def frames() -> StoreFrames:
    """Two articles (French Benzinga, English Axios), four facts, a unit (TBD Labs of Meta)."""
    articles = pd.DataFrame({
        "id": ["a1", "a2"], "title": ["Meta et Scale AI", "<script>x</script> OpenAI"],
        "display_title": ["Meta et Scale AI", "<script>x</script> OpenAI"],
        "published_date": pd.to_datetime(["2025-09-01", "2025-03-10"]), "source": ["Benzinga", "Axios"],
        "language": ["fr", "en"], "author": [None, None]})
    facts = _facts([
        {"type": "investment", "investor": "Meta", "target": "Scale AI", "amount": 14.3e9, "currency": "USD",
         "amount_usd": 14.3e9, "date": "2025-06", "confidence": 0.95, "n_sources": 2,
         "conflicts": json.dumps([{"field": "valuation_usd", "value": 29e9, "article_ids": ["a1"]},
                                  {"field": "valuation_usd", "value": 30e9, "article_ids": ["a2"]}])},
        {"type": "talent_move", "person": "Ruben Mayer", "count": 1, "from_org": "Meta", "to_org": None,
         "confidence": 0.9},
        {"type": "vendor_preference", "customer": "TBD Labs", "vendor": "Mercor", "stance": "prefers",
         "reason": "data <quality>", "confidence": 0.5},
        {"type": "talent_move", "person": None, "count": 50, "from_org": "OpenAI", "to_org": "Meta",
         "confidence": 0.7, "date": "2025-03"},
    ])
    sources = pd.DataFrame({
        "fact_id": ["f0", "f0", "f1", "f2", "f3"], "article_id": ["a1", "a2", "a1", "a1", "a2"],
        "evidence": ["Meta a investi 14,3 milliards <b>", "Meta put $14.3B in Scale AI", "Mayer a quitté Meta",
                     "TBD Labs préfère Mercor", "Meta hired 50 from OpenAI"],
        "ev_start": [0, 0, 40, 60, 0], "ev_end": [30, 27, 58, 82, 25]}).merge(
        articles.rename(columns={"id": "article_id"})[["article_id", "title", "source", "published_date", "language"]])
    entities = pd.DataFrame({
        "name": ["Meta", "Scale AI", "TBD Labs", "Mercor", "OpenAI", "Ruben Mayer"],
        "kind": ["org", "org", "org", "org", "org", "person"],
        "parent": [None, None, "Meta", None, None, None], "category": None, "aliases": [[]] * 6,
        "articles": [2, 1, 1, 1, 1, 1]})
    mentions = pd.DataFrame({"article_id": ["a1", "a1", "a2", "a2"], "entity": ["Meta", "Scale AI", "OpenAI", "Meta"],
                             "kind": "org", "mentions": 1, "actor": True})
    return StoreFrames(articles=articles, facts=facts, sources=sources, entities=entities, mentions=mentions)


# --- filters ---------------------------------------------------------------------------------------

def test_no_filter_keeps_everything(frames: StoreFrames) -> None:
    view = apply_filters(frames, Filters())
    assert len(view.facts) == 4 and len(view.articles) == 2 and len(view.entities) == 6
    assert Filters().describe() == "All data" and Filters().slug() == "all"


def test_company_filter_includes_units_and_narrows_articles_and_entities(frames: StoreFrames) -> None:
    view = apply_filters(frames, Filters(companies=("Meta",)))
    assert set(view.facts["id"]) == {"f0", "f1", "f2", "f3"}  # TBD Labs counts for Meta
    view = apply_filters(frames, Filters(companies=("OpenAI",)))
    assert list(view.facts["id"]) == ["f3"]
    assert list(view.articles["id"]) == ["a2"]
    assert set(view.entities["name"]) == {"OpenAI", "Meta"}
    assert set(view.sources["fact_id"]) == {"f3"}


def test_language_and_outlet_filters_go_through_the_sources(frames: StoreFrames) -> None:
    view = apply_filters(frames, Filters(languages=("en",)))
    assert set(view.facts["id"]) == {"f0", "f3"}
    assert set(view.sources["article_id"]) == {"a2"}  # the French source of f0 is left out
    assert list(view.articles["id"]) == ["a2"]
    assert set(apply_filters(frames, Filters(sources=("Benzinga",))).facts["id"]) == {"f0", "f1", "f2"}


def test_articles_without_an_outlet_can_be_chosen_in_the_source_filter(frames: StoreFrames) -> None:
    from analytics.views import NO_OUTLET

    frames.articles.loc[frames.articles["id"] == "a2", "source"] = None
    view = apply_filters(frames, Filters(sources=(NO_OUTLET,)))
    assert set(view.facts["id"]) == {"f0", "f3"} and list(view.articles["id"]) == ["a2"]


def test_date_range_uses_fact_dates_else_publication_dates(frames: StoreFrames) -> None:
    view = apply_filters(frames, Filters(since=date(2025, 6, 10), until=date(2025, 12, 31)))
    # f0 "2025-06" overlaps; f1, f2 have no date but their article is from 2025-09-01; f3 is March.
    assert set(view.facts["id"]) == {"f0", "f1", "f2"}
    assert list(view.articles["id"]) == ["a1"]


def test_type_and_confidence_filters(frames: StoreFrames) -> None:
    view = apply_filters(frames, Filters(types=("talent_move",), min_confidence=0.8))
    assert list(view.facts["id"]) == ["f1"]
    assert Filters(types=("talent_move",), min_confidence=0.8).describe() == "types: Talent move · confidence ≥ 0.80"


@pytest.mark.parametrize(("when", "since", "until", "inside"), [
    ("2025-06", date(2025, 6, 30), None, True), ("2025-06", date(2025, 7, 1), None, False),
    ("2025", None, date(2025, 1, 1), True), ("2025-06-03", date(2025, 6, 4), None, False), (None, None, None, True),
    (None, date(2020, 1, 1), None, False),
])
def test_periods_overlap_the_range(when: str | None, since: date | None, until: date | None, inside: bool) -> None:
    assert bool(in_date_range(pd.Series([when]), since, until).iloc[0]) is inside


def test_filter_slug_is_file_name_safe() -> None:
    slug = Filters(companies=("Scale AI", "Meta/../x"), languages=("fr",)).slug()
    assert slug == "company-Scale-AI+Meta-..-x_lang-fr"
    assert len(Filters(companies=tuple(f"Company {i}" for i in range(40))).slug()) <= 80


# --- reader --------------------------------------------------------------------------------------

def test_reader_html_escapes_text_and_marks_spans() -> None:
    text = "Ad <b>buy</b>\nMeta & <script>alert(1)</script> invested."
    mentions = pd.DataFrame({"start": [14], "end": [18], "entity": ["Meta"], "kind": ["org"]})
    evidence = pd.DataFrame([{"fact_id": "f1", "ev_start": 14, "ev_end": 59, "type": "layoff", "org": "Meta"}])
    out = annotated_article_html(text, [[0, 13, "ad"]], mentions, evidence, selected_fact="f1")
    assert "<script>" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&lt;b&gt;buy&lt;/b&gt;" in out and "<b>" not in out
    assert '<span class="noise" title="Page noise: advertisement">' in out
    assert 'title="Meta (organisation)"' in out and "ev-selected" in out
    assert "&amp;" in out and "<br>" in out


def test_reader_html_survives_spans_out_of_range() -> None:
    out = annotated_article_html("short", [[2, 99, "ad"]], pd.DataFrame(), pd.DataFrame())
    assert out.startswith('<div class="reader">') and "short"[2:] in out


# --- evidence and report -------------------------------------------------------------------------

def test_evidence_card_escapes_and_shows_conflicts_side_by_side(frames: StoreFrames) -> None:
    view = apply_filters(frames, Filters())
    fact = view.facts.iloc[0].to_dict()
    card = report.evidence_html(fact, view.sources)
    assert "Meta a investi 14,3 milliards &lt;b&gt;" in card
    assert "Benzinga, 2025-09-01" in card and "Axios, 2025-03-10" in card
    assert "&lt;script&gt;x&lt;/script&gt; OpenAI" in card and "<script>" not in card
    assert "Sources disagree" in card and "$29B" in card and "$30B" in card
    assert "2 sources" in card and "confidence 0.95" in card


def test_report_html_is_self_contained_and_escaped(frames: StoreFrames) -> None:
    view = apply_filters(frames, Filters(companies=("Meta",)))
    html = report.report_html(view, {"Meta": "#F58518"})
    assert html.startswith("<!DOCTYPE html>")
    assert html.count("Plotly.newPlot") >= 8            # every chart is interactive
    assert not re.search(r"<script[^>]*\bsrc=", html)  # plotly.js is inlined, nothing loaded from outside
    assert html.count("* plotly.js v") == 1  # and only once
    assert "companies: Meta" in html and "$14.3B" in html
    assert "<script>x</script>" not in html and "data &lt;quality&gt;" in html
    assert "Evidence (4 facts)" in html and html.count('class="ev-card"') == 4


def test_report_zip_has_images_and_csvs(frames: StoreFrames) -> None:
    view = apply_filters(frames, Filters())
    rendered: list[str] = []

    def fake_render(figs: dict, formats: tuple[str, ...]) -> dict[str, bytes]:
        rendered.extend(figs)
        return {f"{name}.{fmt}": b"\x89PNG" if fmt == "png" else b"<svg/>" for name in figs for fmt in formats}

    data = report.report_zip(view, render=fake_render, prefix="report_all")
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert "report_all_investments_by_target.png" in names and "report_all_investments_by_target.svg" in names
    assert "report_all_investments_by_target.csv" in names and "report_all_talent-moves.csv" in names
    assert len(rendered) == 9
    csv = zipfile.ZipFile(io.BytesIO(data)).read("report_all_investments.csv").decode()
    assert csv.splitlines()[0].startswith("fact_id,investor,target,amount,amount_usd")


def test_display_frame_formats_numbers() -> None:
    df = pd.DataFrame({"fact_id": ["f1"], "amount_usd": [14.3e9], "stake_pct": [49.0], "confidence": [0.934],
                       "conflicts": [True], "investor": [None]})
    row = report.display_frame(df).iloc[0].to_dict()
    assert row == {"amount_usd": "$14.3B", "stake_pct": "49%", "confidence": "0.93", "conflicts": "yes",
                   "investor": "–"}
