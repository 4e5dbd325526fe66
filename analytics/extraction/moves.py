"""The talent-move record and what every talent rule shares: job titles, non-moves (interim, advisory,
board roles), people listed after a verb, counts of people."""

from __future__ import annotations

import re
from typing import Any

from analytics.extraction.anaphora import NUMBERS
from analytics.extraction.context import SentenceView, Slot

TITLE = re.compile(
    r"(?:chief [\w ]+? officer|chief executive|CEO|CTO|CFO|COO|PDG|président-directeur général|président\w*|"
    r"directeur [\w ]+?|directrice [\w ]+?|vice-président[\w ]*?|senior vice president[\w ]*?|head of [\w ]+?|"
    r"co-?founder|cofondateur|cofondatrice|fondateur|fondatrice|founder|researcher|chercheur|chercheuse|"
    r"scientist|engineer|ing[ée]nieur|Chef\w*|Gründer|Mitgründer|Forscher\w*|consejero delegado|fundador\w*|"
    r"cofundador\w*|investigador\w*|director\w*|presidente|jefe[\w ]*?)(?=[\s,.;:]|$)", re.IGNORECASE)


NOT_A_MOVE = re.compile(r"\b(?:interim|intérim\w*|par intérim|interino|kommissarisch|promoted|promu|befördert|ascendido|"
                        r"sabbatical|sabbatique|advis\w+|conseiller|Beirat|asesor|board seat|conseil d'administration|"
                        r"consultati\w+|consultiv\w+|beratend\w*|comit[ée] strat[ée]gique|Aufsichtsrat|consejo asesor)",
                        re.IGNORECASE)


COUNT_WORDS = {"une dizaine": 10, "une vingtaine": 20, "une trentaine": 30, "une douzaine": 12, "una decena": 10,
               "a dozen": 12, "ein dutzend": 12, "zwei dutzend": 24}


def move_fact(person: str | None, count: int | None, from_org: str | None, to_org: str | None, role: str | None,
              kind: str, view: SentenceView, date: str | None, confidence: float) -> dict[str, Any]:
    return {"type": "talent_move", "person": person, "count": count, "from_org": from_org, "to_org": to_org,
            "role": role, "kind": kind, "date": date, "confidence": confidence,
            **view.evidence()}


def role_near(view: SentenceView, person: Slot) -> str | None:
    """A job title right before the person or in the apposition after it."""
    before = view.between(max(view.start, person.start - 60), person.start)
    after = view.between(person.end, min(view.end, person.end + 80))
    m = list(TITLE.finditer(before))
    if m and len(before) - m[-1].end() <= 12:
        return m[-1].group(0).strip()
    m2 = TITLE.search(after.split(",")[1] if after.startswith(",") and after.count(",") >= 1 else "")
    return m2.group(0).strip() if m2 else None


def listed_people(view: SentenceView, pos: int) -> list[Slot]:
    """People listed after a hire verb, appositions between them allowed ("X, a researcher who …, and Y")."""
    out: list[Slot] = []
    for s in (s for s in view.people() if s.start >= pos):
        gap = view.between(out[-1].end if out else pos, s.start)
        if len(gap) > (60 if not out else 140) or re.search(r"[;:]|\.\s", gap):
            break
        if out and not re.search(r"(?:,|\band\b|\bet\b|\bund\b|\by\b)\s*(?:[\w\-]+\s+){0,4}$", gap):  # ", puis par le chercheur Y"
            break
        out.append(s)
    return out

# --- people and staff who go along with someone -----------------------------------------------------
ACCOMPANY = re.compile(
    r"\b(?:accompagn\w* (?:de|d'|par)|accompanied by|joined by|begleitet von|acompa[ñn]ad\w* (?:de|por)|"
    r"(?:avec|with|mit|con|along with) (?:lui|elle|eux|him|her|them|ihm|ihr|ihnen|[ée]l|ella|ellos)\b|"
    r"follow(?:s|ed|ing)? (?:him|her|them)\b|(?:le|la|les) suiv\w+|folg\w+ (?:ihm|ihr|ihnen)\b|"
    r"(?:le|la|les|los|las) sigu\w+|l['’]\s*(?:ont|a|avaient|avait)\s+(?:\w+\s+)?suivi|"
    r"(?:a|ont|avait|avaient) [ée]t[ée] suivie?s?(?:\s+[\w\-]+){0,5}?\s+par|(?:was|were|has been) followed(?:\s+[\w\-]+){0,5}?\s+by|"
    r"(?:fue|fueron|ha sido) seguid[oa]s?(?:\s+[\w\-]+){0,5}?\s+por)", re.IGNORECASE)


def count_of(raw: str | None) -> int | None:
    if not raw:
        return None
    raw = raw.strip().lower()
    if raw in NUMBERS:
        return NUMBERS[raw]
    if raw in COUNT_WORDS:
        return COUNT_WORDS[raw]
    digits = re.sub(r"[\s.,]", "", raw)
    return int(digits) if digits.isdigit() else None
