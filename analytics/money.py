"""Money amounts and percentages in news text (English, French, German, Spanish).

``find_amounts("Meta a investi 14,3 milliards de dollars")`` returns one :class:`Amount` with value 14.3e9,
currency "USD" and the span "14,3 milliards de dollars". Forms read, in each language:

* a currency before the number: ``$14.3bn``, ``US$ 10 billion``, ``USD 2.4 billion``, ``€600m``, ``c $ 16.4 million``;
* a currency after it: ``14,3 milliards de dollars``, ``1,7 Md€``, ``2,5 Mrd. Euro``, ``500 Mio. US-Dollar``,
  ``mil millones de dólares``, ``99$``, ``50 cents`` (subunits are converted: 0.50 USD);
* number words: ``a billion dollars``, ``zwei Milliarden Dollar``, ``cinq millions d'euros``;
* cents after the main amount: ``3 dollars 50 cents``, ``zwei Euro fünfzig``, ``25 euros con 50``;
* a qualifier before the amount, reported apart: ``more than $29 billion`` -> qualifier "more_than".

A number without a currency ("14,3 milliards", "en 2024", "14 %") is not an amount. The vocabulary (currency
names and symbols, qualifiers, percent words, stop words) is in ``data/currencies.yml``; number words and
digit separators are in :mod:`analytics.numbers`. Each language's patterns are compiled once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml

from analytics import numbers
from analytics.numbers import ALL, LANGUAGES, SPACE, NumberGrammar, alternation

CURRENCIES_FILE = Path(__file__).resolve().parent.parent / "data" / "currencies.yml"

_LETTER = r"[^\W\d_]"
_WORD_END = rf"(?!(?<={_LETTER})['’]?{_LETTER})"  # a span ending in a letter is not followed by one
_NOT_INSIDE = r"(?<![\w.,^/])"  # not inside a word or a number, nor an exponent or fraction ("1,1^23", "2/3")
_CLAUSE_END = rf"(?={SPACE}*(?:[.,;:!?)\]\n\r]|\Z))"
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+['’]?")


@dataclass(frozen=True)
class Amount:
    """A money amount found in a text; ``value`` is in units of ``currency`` (cents already divided)."""

    value: float
    currency: str | None
    text: str
    start: int
    end: int
    qualifier: str | None = None


@dataclass(frozen=True)
class Percentage:
    """A percentage found in a text: "49 %" -> value 49.0."""

    value: float
    text: str
    start: int
    end: int
    qualifier: str | None = None


@dataclass(frozen=True)
class _Unit:
    """What a currency word or symbol means."""

    currency: str | None
    per_unit: float = 1.0  # 100 for cents, pence, centimes
    scale_only: bool = False  # "pounds", "livres": money only after a scale word


@dataclass(frozen=True)
class _Grammar:
    """The compiled money and percent grammar of one language (or of all: ``lang == "*"``)."""

    lang: str
    numbers: NumberGrammar
    money: re.Pattern[str]
    percent: re.Pattern[str]
    units: Mapping[str, _Unit]
    qualifiers: Mapping[str, str]


# ---------------------------------------------------------------------------------------------------------
# Tables


@lru_cache(maxsize=1)
def _tables() -> dict[str, Any]:
    """The YAML tables of ``data/currencies.yml``, read once."""
    with CURRENCIES_FILE.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _langs(lang: str) -> tuple[str, ...]:
    """The languages whose words a grammar uses: one, or all (English first) for ``"*"``."""
    return LANGUAGES if lang == ALL else (lang,)


def _by_lang(table: Mapping[str, Iterable[str]] | None, lang: str) -> list[str]:
    """The words of ``table`` (language -> words) for ``lang`` or, for ``"*"``, for every language."""
    table = table or {}
    return [str(word) for code in _langs(lang) for word in table.get(code, []) or []]


def _key(text: str, lower: bool) -> str:
    """Normalise a currency word for look-up: single spaces, straight apostrophes and hyphens."""
    text = re.sub(SPACE + "+", " ", text.strip()).replace("’", "'").replace("‐", "-").replace("‑", "-")
    return text.lower() if lower else text


def _codes(usage: Iterable[str]) -> list[str]:
    """ISO codes whose ``code`` setting is one of ``usage`` ("both", "suffix", "none")."""
    return [code for code, spec in _tables()["currencies"].items() if (spec or {}).get("code", "both") in usage]


def _symbols(*fields: str) -> list[str]:
    """Every currency's entries in ``fields`` (symbols, prefixes, suffixes, tokenized)."""
    return [str(item) for spec in _tables()["currencies"].values() for field in fields for item in spec.get(field, [])]


def _name_order(lang: str) -> tuple[str, ...]:
    """Languages whose names are looked up, the last one winning: others first, then ``lang`` itself."""
    if lang == ALL:
        return tuple(reversed(LANGUAGES))  # English wins
    return tuple(code for code in reversed(LANGUAGES) if code != lang) + (lang,)


@cache
def _units(lang: str) -> dict[str, _Unit]:
    """Look-up table from a normalised currency token to its meaning.

    Symbols and codes are keyed as written (case-sensitive); names are keyed in lower case. Names of every
    language are known (news quotes "US-Dollar" or "dollars" anywhere); ``lang``'s own names win conflicts
    ("cents" is USD in English, "Cent" EUR in German).
    """
    tables = _tables()
    units: dict[str, _Unit] = {}
    for code in _name_order(lang):
        for word in (tables.get("ambiguous") or {}).get(code, []):
            units[_key(word, True)] = _Unit(None)
        for iso, spec in tables["currencies"].items():
            for word in (spec.get("scale_only") or {}).get(code, []):
                units[_key(word, True)] = _Unit(iso, scale_only=True)
            for word in (spec.get("names") or {}).get(code, []):
                units[_key(word, True)] = _Unit(iso)
        for iso, spec in tables["subunits"].items():
            for word in (spec.get("names") or {}).get(code, []):
                units[_key(word, True)] = _Unit(iso, per_unit=float(spec["per_unit"]))
    for iso in _codes(("both", "suffix")):
        units[iso] = _Unit(iso)
    for iso, spec in tables["currencies"].items():
        for field in ("symbols", "prefixes", "suffixes", "tokenized"):
            for symbol in spec.get(field, []):
                units[_key(str(symbol), False)] = _Unit(iso)
    return units


def _lookup_unit(token: str, units: Mapping[str, _Unit]) -> _Unit | None:
    """The meaning of a matched currency token, exact first (symbols, codes), then in lower case (names)."""
    return units.get(_key(token, False)) or units.get(_key(token, True))


@cache
def _qualifiers(lang: str) -> dict[str, str]:
    """Lower-case qualifier phrase -> kind ("more_than", "less_than", "about", "up_to")."""
    table: dict[str, str] = {}
    for kind, words in _tables()["qualifiers"].items():
        for word in _by_lang(words, lang):
            table.setdefault(_key(word, True), kind)
    return table


# ---------------------------------------------------------------------------------------------------------
# Patterns


def _ci(words: Iterable[str]) -> str:
    """A case-insensitive alternation of words, not followed by a letter when it ends in one."""
    return rf"(?i:{alternation(words)}){_WORD_END}"


def _qualifier_pattern(lang: str) -> str:
    """Qualifier words before an amount or a percentage ("more than", "près de", "rund", "hasta")."""
    return _ci(_qualifiers(lang))


def _prefix_currency_pattern() -> str:
    """A currency written before the number: symbols, ISO codes, tokenised "c $" forms."""
    symbols = alternation(_symbols("symbols", "prefixes") + _codes(("both",)))
    tokenized = alternation(_symbols("tokenized"))
    return rf"(?:{symbols}){_WORD_END}|(?:{tokenized})(?={SPACE}\d)"


def _suffix_currency_pattern(lang: str) -> str:
    """A currency written after the number: symbols and codes (not followed by another number), or names."""
    tables = _tables()
    symbols = alternation(_symbols("symbols", "suffixes") + _codes(("both", "suffix")))
    words: list[str] = _by_lang(tables.get("ambiguous"), ALL)
    for spec in tables["currencies"].values():
        words += _by_lang(spec.get("names"), ALL) + _by_lang(spec.get("scale_only"), ALL)
    for spec in tables["subunits"].values():
        words += _by_lang(spec.get("names"), ALL)
    return rf"(?:(?:{symbols})(?!{SPACE}?\d)|(?i:{alternation(words)})){_WORD_END}"


def _scale_pattern(gram: NumberGrammar) -> str:
    """Scale words or abbreviations after digits: " billion", "bn", "M" (attached), " M€", " Mrd.", "mil millones".

    One-letter abbreviations must touch the number ("$650M") or be followed by a currency symbol or code
    ("600 M€", "30 MUSD"), so that "5 m" or "Series B" are not scales.
    """
    words = numbers.scale_words_pattern(gram)
    multi = numbers.abbreviations_pattern(gram, single=False)
    single = numbers.abbreviations_pattern(gram, single=True)
    currency_next = alternation(_symbols("symbols") + _codes(("both", "suffix")))
    abbr_end = rf"(?:(?!{_LETTER})|(?=(?:{currency_next})))"
    first = (
        rf"(?:{SPACE}|-)?(?:{words}|(?:{multi}){abbr_end})"
        rf"|(?:{single}){abbr_end}"
        rf"|{SPACE}(?:{single})(?={SPACE}?(?:{currency_next}))"
    )
    return rf"(?:{first})(?:{SPACE}+{words})*"


def _minor_pattern(lang: str, number: str) -> str:
    """Cents after a main amount: " 50 cents", " and forty-five cents", " fünfzig" at the end of a clause."""
    tables = _tables()
    conj = _ci(_by_lang(tables["minor_conjunctions"], lang))
    subunits = [word for spec in tables["subunits"].values() for word in _by_lang(spec.get("names"), ALL)]
    minor_number = rf"\d{{1,2}}(?![\d.,]\d)|{number}"
    return (
        rf"(?:{SPACE}+{conj}{SPACE}+|{SPACE}+)"
        rf"(?:(?P<minor>{minor_number})(?:{SPACE}|-)?(?P<sub>{_ci(subunits)})"
        rf"|(?P<bare_minor>{minor_number})(?:{_CLAUSE_END}|(?={SPACE}+{conj})))"
    )


def _range_pattern(lang: str, digits: str, prefix: str = "") -> str:
    """The second end of a range of digits: "-3" in "$2-3 billion", " à 3" in "2 à 3 milliards", "-$3"."""
    words = _by_lang(_tables().get("range_words"), lang)
    sep = rf"{SPACE}?[-–—]{SPACE}?" + (rf"|{SPACE}+{_ci(words)}{SPACE}+" if words else "")
    currency = rf"(?:(?P<pcur2>{prefix}){SPACE}?)?" if prefix else ""
    return rf"(?P<range>(?:{sep}){currency}(?P<num2>{digits}))"


@cache
def _money_regex(lang: str) -> re.Pattern[str]:
    """The amount pattern of ``lang``: [qualifier] [currency] number [range] [scale] [[connector] currency] [cents]."""
    gram = numbers.grammar(lang)
    digits = numbers.digits_pattern(gram)
    words = numbers.words_pattern(gram)
    prefix = _prefix_currency_pattern()
    number = rf"(?P<digits>{digits})(?:{_range_pattern(lang, digits, prefix)})?|(?P<words>{words})"
    connectors = _by_lang(_tables().get("connectors"), ALL)  # "29 milliards de dollars" whatever the guess
    conn = rf"(?P<conn>{SPACE}+{_ci(connectors)})?" if connectors else ""
    pattern = (
        rf"{_NOT_INSIDE}"
        rf"(?:(?P<qual>{_qualifier_pattern(lang)}){SPACE}+)?"
        rf"(?:(?P<pcur>{prefix}){SPACE}?)?"
        rf"(?P<num>{number})"
        rf"(?P<scale>{_scale_pattern(gram)})?"
        rf"(?(pcur)|{conn}(?:{SPACE}|-)?(?P<scur>{_suffix_currency_pattern(lang)}))"
        rf"(?:{_minor_pattern(lang, words)})?"
    )
    return re.compile(pattern)


@cache
def _percent_regex(lang: str) -> re.Pattern[str]:
    """The percentage pattern: [qualifier] [sign] number [range] ("%" | percent word), or "percent of <number>"."""
    gram = numbers.grammar(lang)
    table = _tables()["percent"]
    digits = numbers.digits_pattern(gram, leading_decimal=True)
    plain = rf"{digits}|{numbers.words_pattern(gram)}"
    number = rf"{digits}(?:{_range_pattern(lang, digits)})?|{numbers.words_pattern(gram)}"
    minus = _ci(_by_lang(table.get("minus"), lang))
    forward = (
        rf"{_NOT_INSIDE}(?:(?P<qual>{_qualifier_pattern(lang)}){SPACE}+)?"
        rf"(?P<sign>[-−](?={SPACE}?[\d.,])|{minus}{SPACE}+)?"
        rf"(?P<num>{number}){SPACE}?(?P<unit>[%٪]|{_ci(_by_lang(table['after'], lang))})"
    )
    before = _by_lang(table.get("before"), lang)
    if not before:
        return re.compile(forward)
    backward = (
        rf"{_NOT_INSIDE}(?P<rword>{_ci(before)}){SPACE}+{_ci(_by_lang(table['of'], lang))}{SPACE}+"
        rf"(?P<rnum>{plain}){_CLAUSE_END}"
    )
    return re.compile(rf"{forward}|{backward}")


@cache
def _grammar(lang: str) -> _Grammar:
    """Everything compiled for one language."""
    return _Grammar(
        lang=lang,
        numbers=numbers.grammar(lang),
        money=_money_regex(lang),
        percent=_percent_regex(lang),
        units=_units(lang),
        qualifiers=_qualifiers(lang),
    )


# ---------------------------------------------------------------------------------------------------------
# Language


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, tuple[str, ...]]:
    """Stop word -> the languages that list it ("la" counts for French and Spanish)."""
    owners: dict[str, list[str]] = {}
    for lang, words in _tables()["stopwords"].items():
        for word in words:
            owners.setdefault(_key(str(word), True), []).append(lang)
    return {word: tuple(langs) for word, langs in owners.items()}


def guess_language(text: str, sample: int = 5000) -> str | None:
    """The language of ``text`` ("en", "fr", "de", "es") by stop-word counts, or None when unclear.

    Cheap: looks at the first ``sample`` characters only. None when the best language has fewer than three
    stop words or is not clearly ahead of the second (the caller then tries all languages).
    """
    table = _stopwords()
    counts: Counter[str] = Counter()
    for word in _WORD.findall(text[:sample].lower().replace("’", "'")):
        counts.update(table.get(word, ()))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3:
        return None
    if len(ranked) > 1 and ranked[0][1] < 1.25 * ranked[1][1]:
        return None
    return ranked[0][0]


def _resolve_lang(text: str, lang: str | None) -> str:
    """The grammar to use: the given language, else the guessed one, else all languages."""
    return numbers.normalise_lang(lang) or guess_language(text) or ALL


# ---------------------------------------------------------------------------------------------------------
# Reading matches

_T = TypeVar("_T", Amount, Percentage)


def _scan(pattern: re.Pattern[str], text: str, build: Callable[[re.Match[str]], list[_T] | None]) -> Iterator[_T]:
    """Matches of ``pattern`` turned into results by ``build``; a rejected match is retried one character on.

    Matches inside URLs are skipped ("?q=30%25" is not a percentage).
    """
    urls = [match.span() for match in _URL.finditer(text)] if "/" in text or "www." in text else []
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        url_end = next((end for start, end in urls if start <= match.start() < end), None)
        if url_end is not None:
            pos = url_end
            continue
        results = build(match)
        if not results:
            pos = match.start() + 1
            continue
        yield from results
        pos = max(results[-1].end, match.start() + 1)


def _tidy(value: float) -> float:
    """Drop binary noise from decimal arithmetic: 16.4 * 1e6 -> 16400000.0, not 16399999.999999998."""
    return float(f"{value:.12g}")


def _number_value(text: str, gram: _Grammar) -> float | None:
    """A matched number: digits ("1 500,5", ",08") or words ("dos mil"); None for invalid words."""
    if re.fullmatch(r"[\d.,'’ \u00a0\u202f\u2009]+", text):
        return numbers.parse_digits(text, gram.numbers)
    return numbers.parse_words(text, gram.lang)


def _minor_value(match: re.Match[str], gram: _Grammar) -> float | None:
    """The cents part (an integer below 100), or None."""
    text = match.group("minor") or match.group("bare_minor")
    if text is None:
        return None
    value = _number_value(text, gram)
    if value is None or value != int(value) or not 0 < value < 100:
        return None
    return value


def _qualifier(match: re.Match[str], gram: _Grammar) -> str | None:
    """The kind of the qualifier before the match ("more_than"...), or None."""
    words = match.group("qual")
    return gram.qualifiers.get(_key(words, True)) if words else None


def _amounts(match: re.Match[str], gram: _Grammar) -> list[Amount] | None:
    """The amount (or the two ends of a range) of a match of the money pattern; None when it is not money."""
    value = _number_value(match.group("digits") or match.group("words"), gram)
    if value is None:
        return None
    scale_text = match.group("scale")
    scale = numbers.scale_value(scale_text, gram.numbers) if scale_text else 1.0
    has_scale = bool(scale_text) or (match.group("words") is not None and value >= 1e6)
    if match.groupdict().get("conn") and not has_scale:
        return None  # "de/d'" only follows a scale: "millions de dollars", not "5 de dollars"
    unit = _lookup_unit(match.group("pcur") or match.group("scur"), gram.units)
    if unit is None or (unit.scale_only and not has_scale):
        return None
    qualifier = _qualifier(match, gram)
    start = match.start("pcur") if match.group("pcur") else match.start("num")
    end = match.end("scur") if match.group("scur") else match.end("scale") if scale_text else match.end("num")
    if match.group("range"):
        return _range_amounts(match, gram, unit, scale, start, end, qualifier)
    value = value * scale / unit.per_unit
    minor = _minor_value(match, gram)
    if minor is not None and not scale_text and unit.per_unit == 1 and float(value).is_integer():
        sub = _lookup_unit(match.group("sub"), gram.units) if match.group("sub") else None
        value += minor / (sub.per_unit if sub else 100.0)
        end = match.end()
    return [_make_amount(match.string, value, unit.currency, start, end, qualifier)]


def _range_amounts(
    match: re.Match[str], gram: _Grammar, unit: _Unit, scale: float, start: int, end: int, qualifier: str | None
) -> list[Amount] | None:
    """Both ends of "$2-3 billion" / "2 à 3 milliards de dollars": the scale and the currency apply to each."""
    low = _number_value(match.group("digits"), gram)
    high = _number_value(match.group("num2"), gram)
    if low is None or high is None or high <= low:
        return None
    high_unit = _lookup_unit(match.group("pcur2"), gram.units) if match.group("pcur2") else unit
    if high_unit is None or high_unit.currency != unit.currency:
        return None
    high_start = match.start("pcur2") if match.group("pcur2") else match.start("num2")
    return [
        _make_amount(match.string, low * scale / unit.per_unit, unit.currency, start, match.end("digits"), qualifier),
        _make_amount(match.string, high * scale / unit.per_unit, unit.currency, high_start, end, qualifier),
    ]


def _make_amount(text: str, value: float, currency: str | None, start: int, end: int, qualifier: str | None) -> Amount:
    """An :class:`Amount` over ``text[start:end]``."""
    return Amount(_tidy(value), currency, text[start:end], start, end, qualifier)


def _percentages(match: re.Match[str], gram: _Grammar) -> list[Percentage] | None:
    """The percentage (or both ends of "10-15 %") of a match of the percent pattern, or None."""
    groups = match.groupdict()
    if groups.get("rword") is not None:
        value = _number_value(match.group("rnum"), gram)
        start, end = match.start("rword"), match.end("rnum")
        return None if value is None else [Percentage(_tidy(value), match.string[start:end], start, end)]
    qualifier = _qualifier(match, gram)
    sign = -1.0 if match.group("sign") else 1.0
    start = match.start("sign") if match.group("sign") else match.start("num")
    end = match.end("unit")
    if match.group("range"):
        low = _number_value(match.string[match.start("num") : match.start("range")], gram)
        high = _number_value(match.group("num2"), gram)
        if low is None or high is None:
            return None
        low_end, high_start = match.start("range"), match.start("num2")
        return [
            Percentage(_tidy(sign * low), match.string[start:low_end], start, low_end, qualifier),
            Percentage(_tidy(high), match.string[high_start:end], high_start, end, qualifier),
        ]
    value = _number_value(match.group("num"), gram)
    if value is None:
        return None
    return [Percentage(_tidy(sign * value), match.string[start:end], start, end, qualifier)]


# ---------------------------------------------------------------------------------------------------------
# Public interface


def find_amounts(text: str, lang: str | None = None) -> list[Amount]:
    """Money amounts in ``text``, in order of appearance.

    ``lang`` is an ISO 639-1 code ("en", "fr", "de", "es"); None guesses it from stop words and, when unsure,
    reads the text with the vocabulary of all four languages.
    """
    if not text:
        return []
    gram = _grammar(_resolve_lang(text, lang))
    return list(_scan(gram.money, text, lambda match: _amounts(match, gram)))


def find_percentages(text: str, lang: str | None = None) -> list[Percentage]:
    """Percentages in ``text`` ("49 %", "49%", "14 pour cent", "15 Prozent", "49 por ciento"), in order."""
    if not text:
        return []
    gram = _grammar(_resolve_lang(text, lang))
    return list(_scan(gram.percent, text, lambda match: _percentages(match, gram)))
