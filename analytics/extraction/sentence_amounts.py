"""The amounts of a sentence, sorted for the investment rules: deal amounts, valuations, the USD figures given
beside foreign amounts, and the totals, fees and contracts that are no investment; stake percentages; amounts in
USD at the deal's date."""

from __future__ import annotations

import re
from dataclasses import dataclass

from analytics.extraction import lexicon as lx
from analytics.extraction.context import SentenceView
from analytics.money import Amount, find_amounts, find_percentages
from analytics.rates import to_usd

PARENTHETICAL_USD = re.compile(r"^\s*[(\[,–—-]\s*(?:soit|about|around|roughly|environ|rund|etwa|unos|alrededor de|"
                               r"approximately|approx\.|ca\.|some|or|o sea|es decir|cerca de|pr[èe]s de|nearly|"
                               r"knapp|almost|presque|casi|aproximadamente|gut)?\s*$", re.IGNORECASE)


@dataclass
class SentenceAmounts:
    """Amounts of a sentence sorted into deal amounts and valuations (article offsets)."""

    deals: list[Amount]
    valuations: list[Amount]
    excluded: list[Amount]  # cumulative totals, fees, contracts: not investments
    usd_equivalent: dict[int, float]  # start of a non-USD amount -> USD amount the text gives beside it
    year: int | None = None  # the article's year, for conversions of undated amounts


def shifted(a: Amount, offset: int) -> Amount:
    return Amount(a.value, a.currency, a.text, a.start + offset, a.end + offset, a.qualifier)

BARE_SCALED = re.compile(r"(?<![\w.,])\d[\d.,]*\s+(?:mil\s+)?(?:millones|millions?|milliards?|Millionen|Milliarden|"
                         r"billions?|Mio\.|Mrd\.)(?![\w-])"
                         # money, not a count: what follows is punctuation, a target or a conjunction, never a
                         # counted noun ("10 millions d'utilisateurs", "2 billion people")
                         r"(?=\s*(?:[.,;:!?)\]–—]|$)|\s+(?:en|in|into|dans|à|a|au|para|pour|for|to|bei|an|und|and|et|y|"
                         r"o|or|ou|oder|adicionales|additional|suppl[ée]mentaires|zus[äa]tzlich\w*|more|de plus|m[áa]s)\b)",
                         re.IGNORECASE)


UP_TO = re.compile(r"(?:\bhasta|\bup to|\bjusqu'[àa]|\bbis zu|\bas much as)\s*$", re.IGNORECASE)


def elliptical_amounts(text: str, found: list[Amount], lang: str | None) -> list[Amount]:
    """Scaled numbers whose currency is left out because another amount of the sentence gives it: "Microsoft
    invertirá hasta 5.000 millones de dólares y Nvidia pondrá hasta 10.000 millones", "$2bn now and 3 billion
    later" (the currency of the nearest amount before, else after)."""
    out: list[Amount] = []
    for m in BARE_SCALED.finditer(text):
        if not found or any(a.start <= m.start() < a.end or m.start() <= a.start < m.end() for a in found):
            continue
        sibling = ([a for a in found if a.end <= m.start()] or found)[-1 if found[0].end <= m.start() else 0]
        if sibling.currency is None:
            continue
        parsed = find_amounts(f"{sibling.currency} {m.group(0)}", lang)
        if len(parsed) != 1:
            continue
        qualifier = "up_to" if UP_TO.search(text[max(0, m.start() - 20):m.start()]) else None
        out.append(Amount(parsed[0].value, sibling.currency, m.group(0), m.start(), m.end(), qualifier))
    return out


def classify_amounts(view: SentenceView, lang: str | None, told_currency: str | None = None) -> SentenceAmounts:
    """Sort a sentence's money amounts: deal amounts, valuations, USD equivalents; drop totals and fees
    (a scaled number with no currency takes the one of the sentence, else `told_currency`, the last one told)."""
    own = find_amounts(view.text, lang)
    context = own or ([Amount(0.0, told_currency, "", -1, -1)] if told_currency else [])
    own = sorted(own + elliptical_amounts(view.text, context, lang), key=lambda a: a.start)
    found = [shifted(a, view.start) for a in own]
    deals, valuations, excluded, usd_eq = [], [], [], {}
    skip: set[int] = set()
    for i, a in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if not nxt or i in skip or not PARENTHETICAL_USD.match(view.between(a.end, nxt.start)):
            continue
        if a.currency not in (None, "USD") and nxt.currency == "USD":
            usd_eq[a.start] = nxt.value
            skip.add(i + 1)
        elif a.currency == "USD" and nxt.currency not in (None, "USD"):
            skip.add(i + 1)  # "1 milliard de dollars (environ 900 millions d'euros)": the same money again
    cumulative = lx.CUMULATIVE.search(view.text)
    for i, a in enumerate(found):
        if i in skip:
            continue
        if cumulative and len(found) - len(skip) == 1:
            excluded.append(a)  # "bringing the total raised to $12 billion": a sum of deals, not a deal
            continue
        before = view.between(max(view.start, a.start - 45), a.start)
        after = view.between(a.end, min(view.end, a.end + 30))
        if lx.VALUATION.search(before) or re.match(r"^\s*(?:\w+\s+)?(?:valuation|valorisation|Bewertung|valoraci[óo]n)",
                                                   after, re.IGNORECASE):
            valuations.append(a)
        elif lx.NOT_INVESTMENT.search(after[:25]) or lx.NOT_INVESTMENT.search(before[-25:]):
            excluded.append(a)
        else:
            deals.append(a)
    return SentenceAmounts(deals, valuations, excluded, usd_eq)


def usd_of(a: Amount | None, amounts: SentenceAmounts, date: str | None) -> float | None:
    """USD value: the figure the text gives beside it, else converted at the rate of the event's
    (or the article's) year."""
    if a is None:
        return None
    if a.start in amounts.usd_equivalent:
        return amounts.usd_equivalent[a.start]
    year = int(date[:4]) if date else amounts.year
    return to_usd(a.value, a.currency, year)


def nearest_amount(amounts: list[Amount], pos: int) -> Amount | None:
    """The amount closest after `pos` (else before)."""
    after = [a for a in amounts if a.start >= pos]
    if after:
        return after[0]
    return amounts[-1] if amounts else None


def stake_of(view: SentenceView, lang: str | None) -> float | None:
    for p in find_percentages(view.text, lang):
        window = view.text[max(0, p.start - 40): p.end + 40]
        if lx.STAKE.search(window):
            return p.value
    return None
