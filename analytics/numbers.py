"""Number words and digit grammar for English, French, German and Spanish.

Two kinds of numbers are read here:

* digits with the separators of each language: ``1,500.5`` (en), ``1 500,5`` (fr, also with U+00A0 and
  U+202F), ``1.500,5`` (de, es);
* number words: ``twenty-five``, ``quatre-vingt-dix``, ``achtundsiebzig``, ``dos mil millones``, including the
  scale words (``million``, ``milliard``, ``Milliarde``, ``millón``) and their abbreviations (``bn``, ``Md``,
  ``Mrd.``, ``M``, ``k``).

Scales differ between languages: English ``billion`` is 10^9, French ``billion`` and Spanish ``billón`` are
10^12, Spanish ``mil millones`` is 10^9.

The module builds regular-expression fragments (used by :mod:`analytics.money`) and turns the text they
match into floats. Everything is compiled once per language (``functools.lru_cache``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

LANGUAGES = ("en", "fr", "de", "es")
ALL = "*"  # the union of the four grammars, for text whose language is unknown

SPACE = r"[ \t\u00a0\u202f\u2009]"  # horizontal space inside an amount (never a line break)
_LETTER = r"[^\W\d_]"
_APOSTROPHES = "'’"

# ---------------------------------------------------------------------------------------------------------
# Vocabulary. Values are additive words (0-999 building blocks); multipliers scale what precedes them.


def _words(spec: str) -> dict[str, float]:
    """Read ``"one:1 two:2 ..."``; ``_`` in a word stands for a space (``half_a:0.5``)."""
    table: dict[str, float] = {}
    for item in spec.split():
        word, value = item.rsplit(":", 1)
        table[word.replace("_", " ")] = float(value)
    return table


_VALUES = {
    "en": _words(
        "zero:0 naught:0 nought:0 one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10"
        " eleven:11 twelve:12 thirteen:13 fourteen:14 fifteen:15 sixteen:16 seventeen:17 eighteen:18"
        " nineteen:19 twenty:20 thirty:30 forty:40 fourty:40 fifty:50 sixty:60 seventy:70 eighty:80 ninety:90"
        " half:0.5 half_a:0.5 half_an:0.5 quarter:0.25 a_quarter:0.25"
    ),
    "fr": _words(
        "zéro:0 zero:0 un:1 une:1 deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 onze:11"
        " douze:12 treize:13 quatorze:14 quinze:15 seize:16 vingt:20 vingts:20 trente:30 quarante:40"
        " cinquante:50 soixante:60 septante:70 huitante:80 octante:80 nonante:90"
        " quatre-vingt:80 quatre-vingts:80 quatre_vingt:80 quatre_vingts:80 demi:0.5 un_demi:0.5"
    ),
    "de": _words(
        "null:0 ein:1 eins:1 eine:1 einen:1 einem:1 einer:1 zwei:2 zwo:2 drei:3 vier:4 fünf:5 fuenf:5"
        " sechs:6 sieben:7 acht:8 neun:9 zehn:10 elf:11 zwölf:12 zwoelf:12 dreizehn:13 vierzehn:14"
        " fünfzehn:15 fuenfzehn:15 sechzehn:16 siebzehn:17 achtzehn:18 neunzehn:19 zwanzig:20 dreißig:30"
        " dreissig:30 vierzig:40 fünfzig:50 fuenfzig:50 sechzig:60 siebzig:70 achtzig:80 neunzig:90"
        " eine_halbe:0.5 einer_halben:0.5 einen_halben:0.5"
    ),
    "es": _words(
        "cero:0 uno:1 un:1 una:1 dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9 diez:10 once:11"
        " doce:12 trece:13 catorce:14 quince:15 dieciséis:16 dieciseis:16 diecisiete:17 dieciocho:18"
        " diecinueve:19 veinte:20 veintiuno:21 veintiún:21 veintiun:21 veintiuna:21 veintidós:22 veintidos:22"
        " veintitrés:23 veintitres:23 veinticuatro:24 veinticinco:25 veintiséis:26 veintiseis:26"
        " veintisiete:27 veintiocho:28 veintinueve:29 treinta:30 cuarenta:40 cincuenta:50 sesenta:60"
        " setenta:70 ochenta:80 noventa:90 cien:100 ciento:100 doscientos:200 doscientas:200 trescientos:300"
        " trescientas:300 cuatrocientos:400 cuatrocientas:400 quinientos:500 quinientas:500 seiscientos:600"
        " seiscientas:600 setecientos:700 setecientas:700 ochocientos:800 ochocientas:800 novecientos:900"
        " novecientas:900 medio:0.5 media:0.5"
    ),
}

_MULTIPLIERS = {
    "en": _words(
        "hundred:1e2 thousand:1e3 million:1e6 billion:1e9 trillion:1e12 lakh:1e5 lakhs:1e5 crore:1e7 crores:1e7"
    ),
    "fr": _words(
        "cent:1e2 cents:1e2 mille:1e3 mil:1e3 million:1e6 millions:1e6 milliard:1e9 milliards:1e9"
        " billion:1e12 billions:1e12 trillion:1e18 trillions:1e18"
    ),
    "de": _words(
        "hundert:1e2 tausend:1e3 million:1e6 millionen:1e6 milliarde:1e9 milliarden:1e9 billion:1e12 billionen:1e12"
    ),
    "es": _words(
        "mil:1e3 millón:1e6 millon:1e6 millones:1e6 millardo:1e9 millardos:1e9 billón:1e12 billon:1e12 billones:1e12"
    ),
}

# Case-sensitive abbreviations of scales ("Mrd." and "Md" are not "md").
_ABBREVIATIONS = {
    "en": _words(
        "k:1e3 K:1e3 m:1e6 M:1e6 mn:1e6 Mn:1e6 mln:1e6 MM:1e6 mm:1e6 b:1e9 B:1e9 bn:1e9 Bn:1e9 BN:1e9"
        " bln:1e9 tn:1e12 Tn:1e12 trn:1e12 T:1e12"
    ),
    "fr": _words("k:1e3 K:1e3 M:1e6 Mn:1e6 md:1e9 Md:1e9 Mds:1e9 Mrd:1e9 Mrds:1e9"),
    "de": _words("k:1e3 Tsd.:1e3 Tsd:1e3 M:1e6 Mio.:1e6 Mio:1e6 Mrd.:1e9 Mrd:1e9 Md.:1e9 Mia.:1e9 Bio.:1e12"),
    "es": _words("k:1e3 K:1e3 M:1e6 MM:1e6 mill.:1e6 mil.:1e3"),
}

_ARTICLES = {"en": {"a", "an"}, "fr": set(), "de": set(), "es": set()}  # "one" only before a multiplier
_CONJUNCTIONS = {"en": {"and"}, "fr": {"et"}, "de": {"und"}, "es": {"y"}}
_DECIMAL_WORDS = {"en": {"point"}, "fr": {"virgule"}, "de": {"komma"}, "es": {"coma", "con", "punto"}}
_DECIMAL_MARK = {"en": ".", "fr": ",", "de": ",", "es": ","}


@dataclass(frozen=True)
class NumberGrammar:
    """The number vocabulary and separators of one language (or of all, ``lang == "*"``)."""

    lang: str
    decimal_mark: str | None  # None: decided by the shape of the number (union grammar)
    space_groups: bool  # an ASCII space may separate thousands ("12 500")
    values: Mapping[str, float]
    multipliers: Mapping[str, float]
    abbreviations: Mapping[str, float]
    articles: frozenset[str]
    conjunctions: frozenset[str]
    decimal_words: frozenset[str]
    compounds: bool  # closed compounds such as German "achtundsiebzig"
    foreign_scales: Mapping[str, float]  # other languages' scale words read after digits ("29 milliards")


def _merged(tables: Iterable[Mapping[str, float]]) -> dict[str, float]:
    """Union of tables; the first table that has a word decides its value."""
    merged: dict[str, float] = {}
    for table in tables:
        for word, value in table.items():
            merged.setdefault(word, value)
    return merged


def normalise_lang(lang: str | None) -> str | None:
    """``"fr-FR"`` -> ``"fr"``; unsupported or empty codes -> None."""
    if not lang:
        return None
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGES else None


@cache
def grammar(lang: str) -> NumberGrammar:
    """The grammar of ``lang`` (``"en"``, ``"fr"``, ``"de"``, ``"es"``) or of all of them (``"*"``)."""
    langs = LANGUAGES if lang == ALL else (lang,)
    if lang != ALL and lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    return NumberGrammar(
        lang=lang,
        decimal_mark=None if lang == ALL else _DECIMAL_MARK[lang],
        space_groups=lang != "en",
        values=_merged(_VALUES[code] for code in langs),
        multipliers=_merged(_MULTIPLIERS[code] for code in langs),
        abbreviations=_merged(_ABBREVIATIONS[code] for code in langs),
        articles=frozenset().union(*(_ARTICLES[code] for code in langs)),
        conjunctions=frozenset().union(*(_CONJUNCTIONS[code] for code in langs)),
        decimal_words=frozenset().union(*(_DECIMAL_WORDS[code] for code in langs)),
        compounds=lang in ("de", ALL),
        foreign_scales=_foreign_scales(langs),
    )


def _foreign_scales(langs: tuple[str, ...]) -> dict[str, float]:
    """Scale words of other languages that are safe to read after digits in any text.

    Only words from 10^6 to 10^9 whose value is the same in every language that has them: "milliards",
    "Milliarden", "millones", "Mrd.", "bn" travel; "billion" (10^9 in English, 10^12 in French and German),
    "mil" and "trillion" do not.
    """
    values: dict[str, set[float]] = {}
    for code in LANGUAGES:
        for table in (_MULTIPLIERS[code], _ABBREVIATIONS[code]):
            for word, value in table.items():
                values.setdefault(word if table is _ABBREVIATIONS[code] else word.lower(), set()).add(value)
    own = {word for code in langs for table in (_MULTIPLIERS[code], _ABBREVIATIONS[code]) for word in table}
    return {
        word: next(iter(found))
        for word, found in values.items()
        if word not in own and len(found) == 1 and 1e6 <= next(iter(found)) <= 1e9
    }


# ---------------------------------------------------------------------------------------------------------
# Regular-expression fragments.


def _char_pattern(char: str) -> str:
    """One character of a word list as a pattern: spaces and apostrophes are matched loosely."""
    if char == " ":
        return SPACE + "+"
    if char in _APOSTROPHES:
        return "['’]" + SPACE + "?"
    if char == "-":
        return "[-‐‑]"
    return re.escape(char)


def alternation(words: Iterable[str]) -> str:
    """A trie-shaped, longest-first regex alternation of ``words`` (no flags, no boundaries).

    Factoring common prefixes keeps the compiled patterns fast: at each position the regex engine
    checks one branch per distinct first character instead of every word.
    """
    trie: dict = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie) or "(?!)"


def _trie_pattern(node: dict) -> str:
    """Render one trie node; the end-of-word marker ``""`` makes the rest optional (greedy)."""
    branches = [_char_pattern(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def digits_pattern(gram: NumberGrammar, leading_decimal: bool = False) -> str:
    """Digits with thousands groups and a decimal part, e.g. ``1,500.5``, ``1 500,5``, ``1.500,5``, ``94000``.

    The pattern accepts both separators; :func:`parse_digits` decides which one is the decimal mark.
    ``leading_decimal`` also accepts ``,08`` / ``.5`` (with the language's decimal mark).
    """
    spaces = "[ \u00a0\u202f\u2009]" if gram.space_groups else "[\u00a0\u202f\u2009]"
    grouped = "|".join(rf"\d{{1,3}}(?:{sep}\d{{3}})+" for sep in (",", r"\.", "'", "’", spaces))
    body = rf"(?:{grouped})(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
    if leading_decimal:
        mark = "[.,]" if gram.decimal_mark is None else re.escape(gram.decimal_mark)
        body += rf"|{mark}\d+"
    return rf"(?:{body})(?!\d|[.,]\d)"


def _token_pattern(gram: NumberGrammar) -> str:
    """One number word; for compounding grammars, one closed compound of number words."""
    vocab = [*gram.values, *gram.multipliers, *gram.articles]
    words = alternation(vocab)
    if gram.compounds:
        parts = alternation([*vocab, *gram.conjunctions])
        return rf"(?i:(?:{parts})+)(?!{_LETTER})"
    return rf"(?i:{words})(?!{_LETTER})"


def words_pattern(gram: NumberGrammar) -> str:
    """A run of number words: ``two hundred and fifty thousand``, ``vingt-deux``, ``treinta y cinco coma dos``."""
    token = _token_pattern(gram)
    conj = alternation(gram.conjunctions)
    sep = rf"(?:{SPACE}*-{SPACE}*|{SPACE}+(?:(?i:{conj}){SPACE}+)?)"
    run = rf"{token}(?:{sep}{token})*"
    dec = alternation(gram.decimal_words)
    return rf"(?:{run}(?:{SPACE}+(?i:{dec}){SPACE}+{run})?)"


def scale_words_pattern(gram: NumberGrammar) -> str:
    """Scale words after digits (``million``, ``Milliarden``, ``mil millones``), case-insensitive."""
    big = [word for word, value in gram.multipliers.items() if value >= 1e3]
    foreign = [word for word in gram.foreign_scales if word.islower() and len(word) > 3]
    return rf"(?i:{alternation(big + foreign)})(?!{_LETTER})"


def abbreviations_pattern(gram: NumberGrammar, single: bool) -> str:
    """Scale abbreviations, case-sensitive: one letter (``k``, ``M``) or longer (``bn``, ``Mrd.``)."""
    foreign = [word for word in gram.foreign_scales if not (word.islower() and len(word) > 3)]
    chosen = [abbr for abbr in [*gram.abbreviations, *foreign] if (len(abbr) == 1) == single]
    return alternation(chosen)


# ---------------------------------------------------------------------------------------------------------
# Reading matched text.


def parse_digits(text: str, gram: NumberGrammar) -> float:
    """``"1 500,5"`` -> 1500.5 according to the language's decimal mark.

    Rules: spaces and apostrophes always group thousands; with both ``.`` and ``,`` the last one is the
    decimal mark; a repeated separator groups thousands; a single separator is the decimal mark when it is
    the language's, otherwise it groups thousands only when exactly three digits follow (``94.000`` in
    French is 94000, ``5.00`` in Spanish is 5.0).
    """
    digits = re.sub(r"[ '’\u00a0\u202f\u2009]", "", text)
    marks = [char for char in digits if char in ".,"]
    if not marks:
        return float(digits)
    if len(set(marks)) == 2:
        decimal = marks[-1]
        group = "," if decimal == "." else "."
        return float(digits.replace(group, "").replace(decimal, "."))
    mark = marks[0]
    if len(marks) > 1:
        return float(digits.replace(mark, ""))
    whole, frac = digits.split(mark)
    is_group = mark != gram.decimal_mark and len(frac) == 3 and whole not in ("", "0")
    return float(whole + frac) if is_group else float(f"{whole or 0}.{frac}")


def scale_value(text: str, gram: NumberGrammar) -> float:
    """The product of the scale words in ``text``: ``"mil millones"`` -> 1e9, ``"Mrd."`` -> 1e9."""
    value = 1.0
    for word in re.split(SPACE + "+|-", text.strip(" -")):
        if not word:
            continue
        factor = (
            gram.abbreviations.get(word)
            or gram.multipliers.get(word.lower())
            or gram.foreign_scales.get(word)
            or gram.foreign_scales.get(word.lower())
        )
        if factor is None:
            raise ValueError(f"not a scale word: {word!r}")
        value *= factor
    return value


@cache
def _tokenizer(lang: str) -> re.Pattern[str]:
    """Splits a run of number words into vocabulary items (and the compounds' parts)."""
    gram = grammar(lang)
    vocab = [*gram.values, *gram.multipliers, *gram.articles, *gram.conjunctions, *gram.decimal_words]
    guard = "" if gram.compounds else f"(?!{_LETTER})"
    return re.compile(rf"(?i:{alternation(vocab)}){guard}")


def _tokens(text: str, gram: NumberGrammar) -> list[tuple[str, float]] | None:
    """Classify each word: ("value"|"mult"|"article"|"conj"|"dec", value); None if anything else is left."""
    out: list[tuple[str, float]] = []
    pos = 0
    for match in _tokenizer(gram.lang).finditer(text):
        if re.search(r"\w", text[pos : match.start()]):
            return None
        pos = match.end()
        word = re.sub(SPACE + "+", " ", match.group().lower()).replace("‐", "-").replace("‑", "-")
        if word in gram.values:
            out.append(("value", gram.values[word]))
        elif word in gram.multipliers:
            out.append(("mult", gram.multipliers[word]))
        elif word in gram.articles:
            out.append(("article", 1.0))
        elif word in gram.conjunctions:
            out.append(("conj", 0.0))
        elif word in gram.decimal_words:
            out.append(("dec", 0.0))
        else:
            return None
    if re.search(r"\w", text[pos:]):
        return None
    return out


def _is_ten(kind: str, value: float) -> bool:
    """Whether a classified word is a multiple of ten from 20 to 90."""
    return kind == "value" and 20 <= value < 100 and value % 10 == 0


def _join_conjunctions(tokens: list[tuple[str, float]]) -> list[tuple[str, float]] | None:
    """Resolve "and/et/y/und": after a multiplier it is dropped ("two hundred and five"); between a ten and a
    unit it adds ("vingt et un", "treinta y cinco"); unit + und + ten is German order ("einundzwanzig").
    Any other use ("two and three") makes the run invalid."""
    out: list[tuple[str, float]] = []
    index = 0
    while index < len(tokens):
        kind, value = tokens[index]
        index += 1
        if kind != "conj":
            out.append((kind, value))
            continue
        if not out or index >= len(tokens) or tokens[index][0] != "value":
            return None
        (prev_kind, prev), nxt = out[-1], tokens[index][1]
        if prev_kind == "mult" or (_is_ten(prev_kind, prev) and nxt < 20):
            continue  # the next word is added as usual
        if prev_kind == "value" and 0 < prev < 10 and _is_ten("value", nxt):
            out[-1] = ("value", prev + nxt)
            index += 1
            continue
        return None
    return out


def _place(value: float) -> float:
    """The power of ten below which a following additive word may come: 20 -> 10, 300 -> 100, 7 -> 1."""
    number = int(value)
    if number != value or number == 0:
        return 1.0
    place = 1
    while number % (place * 10) == 0:
        place *= 10
    return float(place)


def _may_follow(previous: float, value: float, lang: str) -> bool:
    """Whether additive word ``value`` may follow ``previous`` ("twenty five" yes, "five twenty" no)."""
    if value < _place(previous):
        return True
    return lang in ("fr", ALL) and previous in (60.0, 80.0) and value < 20  # soixante-dix, quatre-vingt-dix


def _integer_value(tokens: list[tuple[str, float]], lang: str) -> float | None:
    """Combine classified words into a number, or None when they do not form one."""
    groups: list[float] = []
    current = 0.0
    last_add: float | None = None
    last_mult: float | None = None
    for index, (kind, value) in enumerate(tokens):
        if kind == "article":
            if index + 1 >= len(tokens) or tokens[index + 1][0] != "mult":
                return None
            kind = "value"
        if kind == "value" and value < 1 and last_mult is not None and not current:
            value *= last_mult  # "un millón y medio": half of the multiplier just read
            groups[-1] += value
            last_add = value
            continue
        if kind == "value":
            if last_add is not None and not _may_follow(last_add, value, lang):
                return None
            current += value
            last_add, last_mult = value, None
        elif kind == "mult":
            if index == 0 and value >= 1e6:
                return None  # "millions de dollars" has no number
            if last_mult is not None and value <= last_mult:
                return None
            acc = current
            while groups and groups[-1] < value:
                acc += groups.pop()
            groups.append((acc or 1.0) * value)
            current, last_add, last_mult = 0.0, None, value
        else:
            return None
    return sum(groups) + current


def parse_words(text: str, lang: str) -> float | None:
    """``"dos mil millones"`` -> 2e9; ``"forty-seven point two"`` -> 47.2; None if not a valid number."""
    gram = grammar(lang)
    tokens = _tokens(text, gram)
    if not tokens:
        return None
    tokens = _join_conjunctions(tokens)
    if tokens is None:
        return None
    if any(kind == "dec" for kind, _ in tokens):
        cut = next(i for i, (kind, _) in enumerate(tokens) if kind == "dec")
        whole = _integer_value(tokens[:cut], lang)
        fraction = _fraction_value(tokens[cut + 1 :], lang)
        if whole is None or fraction is None:
            return None
        return whole + fraction
    return _integer_value(tokens, lang)


def _fraction_value(tokens: list[tuple[str, float]], lang: str) -> float | None:
    """Words after "point/virgule/coma": digit by digit ("five six" -> .56) or one number ("veintiocho" -> .28)."""
    if not tokens:
        return None
    if len(tokens) > 1 and all(kind == "value" and value < 10 and value == int(value) for kind, value in tokens):
        digits = "".join(str(int(value)) for _, value in tokens)
        return float("0." + digits)
    number = _integer_value(tokens, lang)
    if number is None or number != int(number):
        return None
    return number / 10 ** len(str(int(number)))
