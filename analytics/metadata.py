"""Article metadata from the text itself: byline date and author, outlet, title, language."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from analytics.config import SUPPORTED_LANGUAGES

MONTHS = (
    r"jan(?:v(?:ier)?|uary|uar|\.)?|janvier|januar|enero|feb(?:ruary|ruar|\.)?|f[ée]v(?:rier|\.)?|febrero|"
    r"m[äa]r(?:ch|s|z|\.)?|marzo|apr(?:il|\.)?|avr(?:il|\.)?|abril|may|mai|mayo|jun[ei]?|juin|junio|"
    r"jul[iy]?|juil(?:let|\.)?|julio|aug(?:ust|\.)?|ao[ûu]t|agosto|sep(?:t(?:ember|embre)?|\.)?|"
    r"septiembre|oct(?:ober|obre|\.)?|okt(?:ober|\.)?|octubre|nov(?:ember|embre|iembre|\.)?|"
    r"d[ée]c(?:ember|embre|\.)?|dez(?:ember|\.)?|dic(?:iembre|\.)?"
)
DATE = re.compile(
    rf"(?P<date>"
    rf"\b\d{{1,2}}(?:er)?[\s\-./]+(?:de\s+)?(?:{MONTHS})[\s\-.,/]+(?:de\s+)?\d{{4}}"  # 1-Sep-2025, 3 mars 2025
    rf"|\b(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # March 4, 2024
    rf"|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}"  # 14.06.2024
    rf"|\b\d{{4}}-\d{{2}}-\d{{2}}"  # 2024-06-14
    rf")", re.IGNORECASE)
TIME = re.compile(r"\b\d{1,2}(?::\d{2}|h\d{2})\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*(?:Uhr|ET|EST|EDT|CET|CEST|GMT|UTC|PT))?")
TIME_LEAD = re.compile(r"[\s,|@–—-]*(?:(?:à|at|um|a las|a la)\s+)?")
BYLINE_LEAD = re.compile(
    r"^\s*(?:by|par|von|por|publi[ée]\s+le|published(?:\s+on)?|updated|mis à jour le|le|am|el|"
    r"actualizado|aktualisiert(?:\s+am)?|stand:?)\b\s*", re.IGNORECASE)
NAME = re.compile(r"^[A-ZÀ-Ý][\w'’\-]+(?:\s+(?:de\s+|van\s+|von\s+|da\s+)?[A-ZÀ-Ý][\w'’\-]+){1,3}$")


def is_byline(line: str) -> bool:
    """A short line made of a date (and maybe an author, outlet, time, separators)."""
    words = line.split()
    if not 1 <= len(words) <= 18 or not DATE.search(line):
        return False
    rest = DATE.sub(" ", line)
    rest = TIME.sub(" ", rest)
    rest = BYLINE_LEAD.sub(" ", rest)
    # a byline is mostly date: no more than a name, an outlet and separators besides
    return len(re.findall(r"\w+", rest)) <= 9 and not re.search(r"[.!?]\s*$", line.rstrip(" .") + " ")


def parse_byline(line: str, language: str | None = None) -> tuple[str | None, str | None]:
    """(author, published ISO datetime or date) from a byline line."""
    import dateparser

    m = DATE.search(line)
    if not m:
        return None, None
    after = line[m.end():]
    tm = TIME.match(after[TIME_LEAD.match(after).end():])  # type: ignore[union-attr]
    span = m.group("date") + ((" " + tm.group(0)) if tm else "")
    span = re.sub(r"(\d{1,2})h(\d{2})", r"\1:\2", span).replace("Uhr", "")
    settings = {"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False}
    langs = [language] if language in SUPPORTED_LANGUAGES else list(SUPPORTED_LANGUAGES)
    when = dateparser.parse(span, languages=langs, settings=settings)  # type: ignore[arg-type]
    if when is None:
        when = dateparser.parse(m.group("date"), languages=list(SUPPORTED_LANGUAGES), settings=settings)  # type: ignore[arg-type]
    published = None
    if when is not None:
        published = when.isoformat(timespec="minutes") if tm else when.date().isoformat()
    before = BYLINE_LEAD.sub("", line[: m.start()]).strip(" |-–—,·•:")
    before = re.split(r"\s*[|–—·•,]\s*|\s+-\s+", before)[0].strip(" ,")
    author = before if before and NAME.match(before) else None
    return author, published


def parse_author(line: str) -> str | None:
    """The author of an author line ("By Tom Reid", "Par Claire Dubois | Les Echos")."""
    rest = BYLINE_LEAD.sub("", line.strip(), count=1)
    name = re.split(r"\s*[|–—·•,]\s*|\s+-\s+|\s+(?:and|et|und|y)\s+", rest)[0].strip()
    if name.isupper():
        name = name.title()
    return name if NAME.match(name) else None


def published_date(published: str | None) -> str | None:
    """The YYYY-MM-DD part of an ISO timestamp (or None)."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        m = re.match(r"\d{4}-\d{2}-\d{2}", published)
        return m.group(0) if m else None


@lru_cache(maxsize=1)
def _language_detector():  # type: ignore[no-untyped-def]
    from lingua import Language, LanguageDetectorBuilder

    langs = [Language.FRENCH, Language.ENGLISH, Language.GERMAN, Language.SPANISH]
    return LanguageDetectorBuilder.from_languages(*langs).with_preloaded_language_models().build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language among the supported ones (None if no text)."""
    sample = text[:5000].strip()
    if len(sample) < 3:
        return None
    lang = _language_detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang else None


def guess_title(lines: list[str]) -> str | None:
    """The headline: a first short line without final punctuation, followed by more text."""
    content = [ln.strip() for ln in lines if ln.strip()]
    if len(content) < 2:
        return None
    first = content[0]
    if len(first.split()) <= 25 and not first.endswith((".", ":", ";", ",")):
        return first
    return None


def find_outlet(noise_text: str, outlets: dict[str, list[str]]) -> str | None:
    """The outlet that names itself in noise or byline lines (the most named one, if unique)."""
    counts: dict[str, int] = {}
    for name, forms in outlets.items():
        n = sum(len(re.findall(rf"(?<!\w){re.escape(f)}(?!\w)", noise_text)) for f in [name, *forms])
        if n:
            counts[name] = n
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]
