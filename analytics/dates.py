"""Event dates in sentences, resolved against the article's publication date."""

from __future__ import annotations

import re

MONTH_NUMBERS: dict[str, int] = {}
for number, names in enumerate((
    "january janvier januar enero jan janv",
    "february février fevrier februar febrero feb fév févr",
    "march mars märz marz marzo mar",
    "april avril abril apr avr",
    "may mai mayo",
    "june juin juni junio jun",
    "july juillet juli julio jul juil",
    "august août aout agosto aug",
    "september septembre septiembre sep sept",
    "october octobre oktober octubre oct okt",
    "november novembre noviembre nov",
    "december décembre decembre dezember diciembre dec déc dez dic",
), start=1):
    for name in names.split():
        MONTH_NUMBERS[name] = number

_MONTHS = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
MONTH_YEAR = re.compile(rf"\b({_MONTHS})\.?(?:\s+(?:de\s+|of\s+)?(\d{{4}}))?\b", re.IGNORECASE)
YEAR = re.compile(r"\b(?:in|en|im|au|depuis|since|seit|desde|de)\s+(20[12]\d)\b", re.IGNORECASE)
NUMERIC = re.compile(r"\b(20[12]\d)-(\d{2})(?:-\d{2})?\b")


def event_date(sentence: str, published: str | None) -> str | None:
    """The month ("2025-06") or year ("2024") a sentence dates its event to, or None.

    A month without a year is the latest such month not after the publication date.
    """
    pub_year = int(published[:4]) if published and published[:4].isdigit() else None
    pub_month = int(published[5:7]) if published and len(published) >= 7 and published[5:7].isdigit() else None
    m = NUMERIC.search(sentence)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    for m in MONTH_YEAR.finditer(sentence):
        word = m.group(1).lower()
        if word in ("may", "mar", "jan", "sep", "oct", "nov", "dec") and not m.group(2) and m.group(1).islower():
            continue  # "may" the verb, abbreviations only with a year
        month = MONTH_NUMBERS[word]
        if m.group(2):
            return f"{m.group(2)}-{month:02d}"
        if pub_year:
            year = pub_year if (pub_month is None or month <= pub_month) else pub_year - 1
            return f"{year}-{month:02d}"
    m = YEAR.search(sentence)
    if m:
        return m.group(1)
    return None
