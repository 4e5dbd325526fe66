"""Role filling around a trigger: subjects before it, prepositional objects after it.

Language-neutral: roles come from word order, coordination and the preposition (or case
particle) that introduces an entity, with the preposition tables of `lexicon`.
"""

from __future__ import annotations

import re

from analytics.extraction import lexicon as lx
from analytics.extraction.context import SentenceView, Slot

COORD = re.compile(r"^\s*(?:\([^)]{0,30}\)\s*)?(?:,|and|et|und|y|e|&|as well as|ainsi que|sowie|así como|, and|, et|, y|, und)?\s*(?:,\s*)?"
                   r"(?:(?<=[a-z&])\s*(?:de|d['’]|of|von|del|from)\s*)?"  # the preposition repeated: "de A et de B"
                   r"(?:(?:his|her|their|son|sa|ses|sein\w*|ihr\w*|su|sus)\s+[a-zà-ÿ]+\s+)?$", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[;:]|\s(?:but|mais|aber|pero|while|tandis que|whereas|alors que|während|mientras)\s"
                          r"|\.\s", re.IGNORECASE)
# an entity that is the object of a preposition cannot be the subject
GOVERNED = re.compile(r"(?:\bthrough|\bvia|\b[üu]ber|\bin|\binto|\bdans|\ben|\bfrom|\bde|\bd'|\bdu|\bdes|\bvon|\bby|\bpar|\bpor|\bwith|\bavec|"
                      r"\bmit|\bcon|\bfor|\bpour|\bf[üu]r|\bpara|\bto|\bà|\bau|\bzu|\ba|\bat|\bchez|\bbei|\bof|\bthan|"
                      r"\bamong|\bparmi|\bunter|\bentre|\bover|\bsur|\bauf|\bsobre|\bagainst|\bcontre|\bgegen|\bcontra)"
                      r"(?:\s+|(?<=['’]))(?:[\w'’\-]+\s+){0,2}$", re.IGNORECASE)


CONJ = re.compile(r"\b(?:and|et|und|y|e|as well as|ainsi que|sowie|así como)\b|&", re.IGNORECASE)


RELATIVE = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:,(?!\s*(?:and|et|und|y|e|or|ou|o|but|mais|aber|pero)\b)[^,;]{1,40})?,\s*(?:qui|who|der|die|welche[rs]?|que|quien|quienes|which|that)\b",
                      re.IGNORECASE)


def coordinated(view: SentenceView, first: Slot, forward: bool, kind: str = "org") -> list[Slot]:
    """`first` and the entities coordinated with it ("A, B and C"), in text order.

    Links made of a bare comma count only when the chain also has a conjunction, so that an
    apposition ("Meta, TBD Labs, …") is not read as a list.
    """
    pool = [s for s in view.slots if s.kind == kind]
    group = [first]
    gaps: list[str] = []
    j = pool.index(first) + (1 if forward else -1)
    while 0 <= j < len(pool):
        a, b = (group[-1], pool[j]) if forward else (pool[j], group[-1])
        gap = view.between(a.end, b.start)
        if not COORD.match(gap) or pool[j].name == first.name:
            break
        if not forward and GOVERNED.search(view.between(view.start, pool[j].start)[-40:]) and not (
                kind == "person" and CONJ.search(gap)):
            break  # "Après le deal avec Meta, OpenAI et Google …": Meta is not in the list (but "by A and B, who …")
        group.append(pool[j])
        gaps.append(gap)
        j += 1 if forward else -1
    while gaps and not any(CONJ.search(g) for g in gaps):
        group.pop()
        gaps.pop()
    return sorted(group, key=lambda s: s.start)


MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|"
          r"f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|januar|februar|"
          r"m[äa]rz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
          r"octubre|noviembre|diciembre)")
DATE_BEFORE = re.compile(rf"(?:\b(?:1[89]|20)\d\d|\b{MONTHS}(?:\s+(?:de\s+)?(?:1[89]|20)\d\d)?),?\s*$", re.IGNORECASE)


def subject_before(view: SentenceView, pos: int, kind: str = "org", max_gap: int = 160) -> list[Slot]:
    """The entity (with its coordinated partners) acting as subject of a trigger at `pos`."""
    candidates = [s for s in view.slots if s.kind == kind and s.end <= pos and pos - s.end <= max_gap]
    for slot in reversed(candidates):
        gap = re.sub(r"\([^()]{0,30}\)", "", view.between(slot.end, pos))  # "Microsoft Corp. (NASDAQ:MSFT) is …"
        headline_topic = gap.lstrip().startswith(":") and not view.between(view.start, slot.start).strip()
        if CLAUSE_BREAK.search(gap) and not headline_topic:  # "DeepL: … erhält 300 Millionen"
            return []
        before = view.between(view.start, slot.start)
        relative = RELATIVE.match(gap)  # "… par Alexandr Wang, qui a quitté …": the relative's subject
        dated = DATE_BEFORE.search(before)  # "en marzo de 2024 Multiverse había levantado": a date, not a governor
        if GOVERNED.search(before[-40:]) and not re.search(r"(?:,|^)\s*$", before[-3:]) and not relative and not dated:
            continue
        return coordinated(view, slot, forward=False, kind=kind)
    return []


def object_after(view: SentenceView, pos: int, prep: re.Pattern[str], kind: str = "org", max_gap: int = 120,
                 loose_words: int = 8, noun_phrases: bool = False) -> list[Slot]:
    """Entities after `pos` introduced by a preposition of `prep` (descriptive words may intervene; with
    `noun_phrases`, also a German determiner phrase of capitalised common nouns)."""
    for slot in (s for s in view.slots if s.kind == kind and s.start >= pos):
        gap = view.between(pos, slot.start)
        if len(gap) > max_gap or CLAUSE_BREAK.search(gap):
            return []
        if introduced_by(gap, prep, loose_words, noun_phrases=noun_phrases):
            return coordinated(view, slot, forward=True, kind=kind)
    return []


def introduced_by(gap: str, prep: re.Pattern[str], loose_words: int = 8, any_case: bool = False,
                  noun_phrases: bool = False) -> bool:
    """Whether `gap` ends with a preposition of `prep`, maybe followed by a few describing words
    (lower-case ones, or any words with `any_case`: "for French AI lab X")."""
    words = re.sub(r"\b([dlDLjJ]['’])", r"\1 ", gap).split()
    for cut in range(len(words), max(0, len(words) - loose_words - 1), -1):
        rest = words[cut:]
        described = any_case or all(w[:1].islower() or not w[:1].isalpha() for w in rest)
        if prep.search(" ".join(words[:cut])) and (described or noun_phrases and _german_noun_phrase(rest)):
            return True
    return False


GERMAN_DETERMINER = {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines"}


def _german_noun_phrase(words: list[str]) -> bool:
    """A short German noun phrase whose capitalised words are common nouns: "das französische KI-Start-up"."""
    return 2 <= len(words) <= 4 and words[0] in GERMAN_DETERMINER


def entities_after(view: SentenceView, pos: int, kind: str = "org", max_gap: int = 200) -> list[Slot]:
    """The first entity after `pos` and those coordinated with it."""
    for slot in (s for s in view.slots if s.kind == kind and s.start >= pos):
        gap = view.between(pos, slot.start)
        if len(gap) > max_gap or CLAUSE_BREAK.search(gap):
            return []
        return coordinated(view, slot, forward=True, kind=kind)
    return []


APPOSITION_OF = re.compile(r"(?:arm|unit|fund|subsidiary|division|bras|filiale|fonds|branche|Wagniskapitalarm|"
                           r"Tochter\w*|Fonds|brazo|filial|fondo|unidad|Wachstumsfonds|\w*gesellschaft|company|soci[ée]t[ée]|sociedad|vehicle|v[ée]hicule|veh[íi]culo|holding|family office)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:of|de|du|des|d'|von|der|des|del)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
LIST_TARGET = re.compile(r"(?:\bin|\binto|\bdans|\ben)\s*$", re.IGNORECASE)


def listed_after(view: SentenceView, pos: int, kinds: tuple[str, ...] = ("org", "person")) -> list[Slot]:
    """Entities listed after `pos` to the end of the clause, appositions skipped ("Bosch Ventures, the arm of
    Bosch"); a semicolon separates list items, not clauses, when the next item follows it closely."""
    out: list[Slot] = []
    for s in (s for s in view.slots if s.start >= pos and s.kind in kinds):
        gap = view.between(out[-1].end if out else pos, s.start)
        if re.search(r"\.\s", gap) or len(gap) > 90 or (";" in gap and len(gap.split(";")[-1].split()) > 3):
            break
        if APPOSITION_OF.search(gap) or LIST_TARGET.search(gap[-12:]):
            continue
        out.append(s)
    return out


def hedged(view: SentenceView, start: int, end: int, before: int = 50, after: int = 20) -> bool:
    """Whether a hedge ("in talks", "envisage") or a negation governs the words from `start` to `end`."""
    window = view.between(max(view.start, start - before), min(view.end, end + after))
    head = view.between(view.start, max(view.start, start - before))
    tail = view.text[max(0, min(view.end, end + after) - view.start):]
    if re.match(r"\w", tail):  # a window never ends inside a word: "notamm" is not "no"
        window = re.sub(r"\w+$", "", window)
    if re.search(r"\w$", head):
        window = re.sub(r"^\w+", "", window)
    return bool(lx.HEDGE.search(window) or lx.NEGATION.search(window))
