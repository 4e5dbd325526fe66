"""Mark page noise (ads, "read also" links, credits, disclaimers, widgets, bylines) as spans.

The raw text is never changed: noise is a list of (start, end, kind) character spans over it,
and the clean text is the raw text with those spans blanked out, so offsets stay valid.
Rules work line by line; each is a multilingual pattern family.
"""

from __future__ import annotations

import re

from analytics.metadata import is_byline

NoiseSpan = tuple[int, int, str]

_I = re.IGNORECASE
READ_ALSO = re.compile(
    r"^\W*(voir aussi|[àa] lire aussi|lire aussi|lire [ée]galement|en savoir plus|read also|read more|"
    r"related( articles?| stories)?|see also|more on this|also read|lea tambi[ée]n|lee tambi[ée]n|"
    r"te puede interesar|m[áa]s informaci[óo]n|lesen sie auch|mehr zum thema|auch interessant|"
    r"das k[öo]nnte sie auch interessieren)\b\s*:?", _I)
CREDIT = re.compile(
    r"^\W*(image via|images? ?:|photo ?:|photos? ?:|cr[ée]dits?( photo)? ?:|image credits?|foto ?:|bild ?:|"
    r"imagen ?:|fuente de la imagen|\(?photo by|getty images|shutterstock|illustration ?:)", _I)
DISCLAIMER = re.compile(
    r"^\W*(avertissement|disclaimer|aviso legal|haftungsausschluss|this (content|article) was "
    r"(partially )?(produced|generated)|ce contenu a été|© |copyright|tous droits réservés|"
    r"all rights reserved|todos los derechos)", _I)
AD_WORDS = re.compile(
    r"(cash back|\$0 commissions?|commissions? (free|offertes?)|sign up|subscribe|abonnez-vous|"
    r"inscrivez-vous|newsletter|advertisement|publicit[ée]|anzeige|publicidad|sponsored|sponsoris[ée]|"
    r"jetzt abonnieren|suscr[íi]bete|cookies?|share this article|partager (cet|l')article|"
    r"artikel teilen|compartir|follow us|suivez-nous|click here|cliquez ici|download (the|our) app|"
    r"t[ée]l[ée]chargez l'application|free trial|essai gratuit|try it free|power of \w+)", _I)
WIDGET = re.compile(
    r"(prix actuel de l'action|current (stock )?price of|stock price here|cours de l'action|"
    r"aktienkurs|cotizaci[óo]n de|consultez le rapport|see the full report|percentile|centile|"
    r"\bedge rankings?\b|classements edge|ratings? (and|&) (price )?targets?)", _I)
TICKER_LINE = re.compile(r"^\s*(\$?[A-Z]{1,5}(:[A-Z]{1,5})?\s*[+\-−]\s*\d+([.,]\d+)?\s*%\s*)+$")
LABEL_ONLY = re.compile(
    r"^\W*(en savoir plus|read more|read next|more|plus|mehr|m[áa]s|related|[àa] lire|most popular|most read|"
    r"trending|recommended|go deeper|les plus lus|sur le m[êe]me sujet|dans la m[êe]me rubrique|lo m[áa]s le[íi]do|"
    r"meistgelesen|top stories|latest|derni[èe]res actualit[ée]s|[úu]ltimas noticias|weitere artikel)\W*$", _I)
SECTION_LEAD = re.compile(r"^\W*(go deeper|read next|most popular|related)\s*:", _I)
AUTHOR_LINE = re.compile(
    r"^\W*(?i:by|par|von|por)\s+[A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+){0,3}"
    r"(?:\s*(?:,|and|et|und|y|&)\s*[A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+){0,3})*\s*(?:[|,–—-].*)?$")
_NAME = r"[A-ZÀ-Ý][a-zà-ÿ'’\-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’\-]+){1,2}"
NAME_ONLY = re.compile(rf"^{_NAME}(?:\s*(?:,|and|et|und|y|&)\s*{_NAME})*$")
REPORTING = re.compile(r"^\W*\(?(?:reporting|editing|additional reporting|writing|compiled) by\b|"
                       r"\b(?:art|photos?|illustrations?|graphics?|edited|written|produced|compiled) by [A-Z]|"
                       r"^\W*with (?:additional )?(?:assistance|reporting) from\b|^\W*have a tip\b|"
                       r"\bcontact \w+ \w+ (?:via|at)\b|^\W*(?:avec|mit|con) (?:la )?collaboration de\b|"
                       r"^\W*(?:avec|with) (?:afp|reuters|ap|dpa|efe)\W*$|^\W*\((?:afp|reuters|dpa|efe)\)\W*$", _I)


def line_kind(line: str, index: int) -> str | None:
    """The noise kind of one line, or None when it is article text."""
    stripped = line.strip()
    if not stripped:
        return None
    if READ_ALSO.match(stripped) or LABEL_ONLY.match(stripped) or SECTION_LEAD.match(stripped):
        return "read_also"
    if NAME_ONLY.match(stripped) and index > 0:
        return "byline"  # a signature: a person's name alone on its line
    if REPORTING.search(stripped) or (AUTHOR_LINE.match(stripped) and len(stripped.split()) <= 30
                                     and not re.search(r"[.!?]$", stripped)):
        return "byline"
    if CREDIT.match(stripped):
        return "credit"
    if DISCLAIMER.match(stripped):
        return "disclaimer"
    if TICKER_LINE.match(stripped):
        return "widget"
    if WIDGET.search(stripped) and len(stripped.split()) < 40:
        return "widget"
    words = stripped.split()
    if stripped.startswith("+ ") or (AD_WORDS.search(stripped) and len(words) <= 20):
        return "ad"
    if is_byline(stripped):
        return "byline"
    return None


def _is_link_line(line: str) -> bool:
    """A headline-like line (short, no final full stop): what follows a "read also" label."""
    stripped = line.strip()
    return bool(stripped) and len(stripped.split()) <= 20 and not stripped.endswith((".", ":", ";"))


def find_noise(text: str) -> list[NoiseSpan]:
    """Noise spans over `text`, one per noisy line; headline lines right after a label line are links."""
    spans: list[NoiseSpan] = []
    offset = 0
    after_label = False
    for index, line in enumerate(text.split("\n")):
        kind = line_kind(line, index)
        if kind is None and after_label and _is_link_line(line):
            kind = "read_also"
        if line.strip():
            after_label = kind == "read_also" and (LABEL_ONLY.match(line.strip()) is not None or after_label)
        if kind:
            start = offset + (len(line) - len(line.lstrip()))
            spans.append((start, offset + len(line.rstrip()), kind))
        offset += len(line) + 1
    return spans


def blank_spans(text: str, spans: list[NoiseSpan]) -> str:
    """`text` with every noise span replaced by spaces (offsets preserved)."""
    chars = list(text)
    for start, end, _kind in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
