"""Bylines, outlets, languages and noise, table-driven."""

from __future__ import annotations

import pytest

from analytics.articles import ArticleInput
from analytics.metadata import detect_language, parse_byline
from analytics.noise import find_noise, line_kind
from analytics.prepare import prepare


@pytest.mark.parametrize(("line", "lang", "author", "published"), [
    ("Namrata Sen 1-Sep-2025 3:27 AM", None, "Namrata Sen", "2025-09-01T03:27"),
    ("Publié le 3 mars 2025 à 14h05", "fr", None, "2025-03-03T14:05"),
    ("By Tom Reid | March 4, 2024, 6:02 PM ET", "en", "Tom Reid", "2024-03-04T18:02"),
    ("Von Anna Weber | 14.06.2024, 10:31 Uhr", "de", "Anna Weber", "2024-06-14T10:31"),
    ("Por Lucía Gómez - 3 de julio de 2024 - 11:20", "es", "Lucía Gómez", "2024-07-03T11:20"),
    ("Par Claire Dubois, publié le 12 mars 2024", "fr", "Claire Dubois", "2024-03-12"),
])
def test_bylines(line: str, lang: str | None, author: str | None, published: str) -> None:
    assert line_kind(line, 1) == "byline"
    assert parse_byline(line, lang) == (author, published)


@pytest.mark.parametrize(("line", "kind"), [
    ("VOIR AUSSI : Everything Blockchain Inc. rejoint la norme XRPFi", "read_also"),
    ("À lire aussi : Mistral lève 600 millions", "read_also"),
    ("READ ALSO: Nvidia tops $4 trillion", "read_also"),
    ("LEA TAMBIÉN: Telefónica y la IA", "read_also"),
    ("Lesen Sie auch: Aleph Alpha im Umbruch", "read_also"),
    ("Image via Shutterstock", "credit"),
    ("Photo : AFP", "credit"),
    ("Avertissement : Ce contenu a été partiellement produit à l'aide d'outils d'IA", "disclaimer"),
    ("Get Cash Back and $0 Commissions", "ad"),
    ("Abonnez-vous à notre newsletter", "ad"),
    ("NVDA +2,3 %", "widget"),
    ("Jetez un coup d'œil au prix actuel de l'action META ici.", "widget"),
    ("Art by Clara Vance for Signal Report", "byline"),
    ("— With assistance from Tom Okafor", "byline"),
    ("Reporting by Priya Raman in San Francisco; Editing by Mark Ellison", "byline"),
    ("Jordi Puig", "byline"),
    ("Most Popular", "read_also"),
    ("Meta a investi 14,3 milliards de dollars dans Scale AI.", None),
    ("In June, the company raised $600 million from investors.", None),
])
def test_noise_lines(line: str, kind: str | None) -> None:
    assert line_kind(line, 3) == kind


def test_noise_spans_keep_offsets() -> None:
    text = "Corps du texte.\nVOIR AUSSI : autre chose\nSuite du texte."
    (start, end, kind), = find_noise(text)
    assert text[start:end] == "VOIR AUSSI : autre chose" and kind == "read_also"


@pytest.mark.parametrize(("text", "lang"), [
    ("Meta a investi massivement dans la start-up, selon des sources proches du dossier.", "fr"),
    ("Meta invested heavily in the startup, according to people familiar with the matter.", "en"),
    ("Meta hat laut Insidern massiv in das Start-up investiert, heißt es aus Unternehmenskreisen.", "de"),
    ("Meta invirtió fuertemente en la empresa emergente, según fuentes cercanas a la operación.", "es"),
])
def test_language_detection(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_prepare_seed_metadata() -> None:
    from tests.conftest import SEEDS

    raw = (SEEDS / "004_81a9529619b7fbb5.txt").read_text(encoding="utf-8")
    a = prepare(ArticleInput(text=raw, path="x", id="004"))
    assert (a.language, a.source, a.author) == ("fr", "Benzinga", "Namrata Sen")
    assert a.published and a.published.startswith("2025-09-01")
    assert "Get Cash Back" not in a.clean_text and "Get Cash Back" in a.raw_text
    assert len(a.clean_text) == len(a.raw_text)
