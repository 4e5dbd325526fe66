"""Sentences with the entities in them, including resolved descriptive references.

A `Slot` is an entity occurrence the fact rules can fill a role with: a name mention, or a
descriptive phrase ("la start-up", "the company", "le trentenaire") resolved to the nearest
fitting antecedent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analytics.extraction.result import Mention

ORG_DESCRIPTOR = re.compile(
    r"(?:\b(?i:the|la|le|das|die|der|el)\s+|\b(?i:l'|l’)\s*)(?:[\w\-]+\s+){0,2}?"
    r"(?:company|startup|start-up|firm|group|lab|giant|maker|chipmaker|developer|unicorn|"
    r"soci[ée]t[ée]|entreprise|jeune pousse|firme|groupe|g[ée]ant|laboratoire|fabricant|licorne|p[ée]pite|"
    r"Unternehmen|Start-up|Startup|Konzern|Firma|Softwarekonzern|Chipkonzern|Techkonzern|Labor|"
    r"empresa|compa[ñn][íi]a|firma|startup|gigante|fabricante|tecnol[óo]gica|"
    r"grupo|constructeur|carmaker|automaker|Autobauer)\b"
    r"(?:\s+(?:de|of|aus|from|basée à|based in|de la|du)\s+[A-ZÀ-Ý][\w\-]+(?:\s+[A-ZÀ-Ý][\w\-]+)?)?"
    r"|\bthe\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?-based\s+(?:company|startup|firm|lab)\b"
    r"|\bthe\s+[A-Z][\w\-]+\s+maker\b"
    # German oblique case, the article left out so that it reads as a preposition: "Kunde des Datendienstleisters"
    r"|(?<=des |dem |der |den )(?:[a-zäöüß][\w\-]*\s+){0,2}[A-ZÄÖÜ][a-zäöüß]*(?:dienstleister|anbieter|konzern|"
    r"hersteller|zulieferer|ausr[üu]ster)s?\b",
)
PERSON_DESCRIPTOR = re.compile(
    r"\b(?:the|le|la|der|die|el)\s+(?:\d+-year-old|trentenaire|quadrag[ée]naire|quinquag[ée]naire|"
    r"executive|dirigeant|dirigeante|chercheur|chercheuse|researcher|entrepreneur|Manager|Managerin|Forscher|"
    r"Gr[üu]nder|ejecutivo|ejecutiva|investigador|investigadora|fundador|fundadora|treinta[ñn]ero)\b",
    re.IGNORECASE,
)


PRONOUN_SUBJECT = re.compile(r"^(?:[\w\s,]{0,30},\s*)?(It|Il|Elle|Es|Él|Ella)\s+(?!(?:is|est|ist|es)\s+(?:not|pas|nicht|no)\b)")


@dataclass
class Slot:
    """An entity occurrence in a sentence, with article offsets."""

    name: str
    kind: str
    start: int
    end: int
    descriptor: bool = False
    alternatives: tuple[str, ...] = ()  # other antecedents of a description, best first

    def other_than(self, names: set[str]) -> str | None:
        """This slot's entity, or for a description the best antecedent that is neither one of `names`
        nor a parent or unit of one of them."""
        from analytics.gazetteer import load

        gaz = load()
        if self.name not in names:
            return self.name
        return next((a for a in self.alternatives if a not in names and not any(gaz.related(a, n) for n in names)),
                    None)


@dataclass
class SentenceView:
    """One sentence and its slots, offsets relative to the article."""

    start: int
    end: int
    text: str
    slots: list[Slot] = field(default_factory=list)

    def local(self, pos: int) -> int:
        return pos - self.start

    def between(self, a: int, b: int) -> str:
        """Article text between two article offsets, within this sentence."""
        return self.text[max(0, a - self.start): max(0, b - self.start)]

    def evidence(self) -> dict[str, str | int]:
        """The fields that point a fact to this sentence."""
        return {"evidence": self.text, "ev_start": self.start, "ev_end": self.end}

    def orgs(self) -> list[Slot]:
        return [s for s in self.slots if s.kind == "org"]

    def people(self) -> list[Slot]:
        return [s for s in self.slots if s.kind == "person"]


MAKER_DESCRIPTOR = re.compile(
    r"\b(?:the\s+)?(?P<p1>[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)?)[\s-](?:maker|creator|developer|owner|Entwickler|"
    r"Hersteller|Mutter)\b"
    r"|\b(?:maker|creator|developer|owner|cr[ée]ateur|cr[ée]atrice|[ée]diteur|d[ée]veloppeur|Entwickler|Hersteller|"
    r"creador[a]?|desarrollador[a]?)\s+(?:of|de|du|des|von|del)\s+(?:the\s+|l[ae]\s+|la\s+|el\s+)?"
    r"(?P<p2>[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)?)")


def maker_slots(text: str) -> list[Slot]:
    """"the ChatGPT maker", "le créateur de ChatGPT": the company that makes the named product."""
    from analytics.gazetteer import fold, load

    makers = load().makers
    out = []
    for m in MAKER_DESCRIPTOR.finditer(text):
        product = m.group("p1") or m.group("p2")
        words = fold(product).split()
        maker = next((makers[" ".join(words[:n])] for n in range(len(words), 0, -1) if " ".join(words[:n]) in makers),
                     None)
        if maker:
            out.append(Slot(maker, "org", m.start(), m.end(), descriptor=True))
    return out


PREPOSITION_BEFORE = re.compile(r"(?:\b(?:de|of|du|des|von|vom|der|del|by|par|por|bei|chez|at|from|with|avec|mit|con)"
                                r"\s+|\bd['’])$", re.IGNORECASE)


def _text_before(sentences: list[tuple[int, int, str]], pos: int) -> str:
    """The few characters of the sentence before `pos`."""
    for s, e, text in sentences:
        if s <= pos < e:
            return text[max(0, pos - s - 12): pos - s]
    return ""


def _antecedent(candidates: list[Mention], pos: int, sentences: list[tuple[int, int, str]]) -> Mention | None:
    """The antecedent of a description at `pos`: the nearest earlier entity, except that a description
    opening a sentence refers to the first entity (the subject) of the closest earlier sentence."""
    before = [m for m in candidates if m.end <= pos]
    start = next((s for s, e, _t in sentences if s <= pos < e), None)
    if start is None or any(m.start >= start for m in before) or pos - start > 40:
        return before[-1] if before else None
    # a sentence-initial description continues the previous sentence's subject
    for s, e, _t in reversed([x for x in sentences if x[1] <= start]):
        earlier = [m for m in candidates if s <= m.start < e]
        if earlier:  # the subject is not the object of a preposition ("Fondée par X, ancien de GitHub, Poolside …")
            return next((m for m in earlier if not PREPOSITION_BEFORE.search(_text_before(sentences, m.start))),
                        earlier[0])
    return None


#: lower-case modifiers between a description and the name it introduces ("l'entreprise de mise en évidence des
#: données Scale AI", "la start-up américaine Anthropic")
MODIFIERS = re.compile(r"\s+(?:[a-zà-ÿ][\w\-]*|(?:de\s+|d['’]|du\s+|des\s+|of\s+|for\s+|f[üu]r\s+|del\s+)"
                       r"[a-zà-ÿ][\w'’\-]*(?:\s+[a-zà-ÿ][\w'’\-]*)*)\s+")


def _describes_next_name(text: str, end: int, ordered: list[Mention], kind: str) -> bool:
    """Whether the next name after a description, of the same kind and within its noun phrase, is what it describes."""
    following = next((x for x in ordered if x.start >= end), None)
    return (following is not None and following.kind == kind and following.start - end <= 60
            and MODIFIERS.fullmatch(text[end:following.start]) is not None)


def descriptor_slots(text: str, mentions: list[Mention], funders: frozenset[str] = frozenset(),
                     sentences: list[tuple[int, int, str]] | None = None) -> list[Slot]:
    """Descriptive references resolved to their antecedent entity of the same kind
    (a company word never resolves to a known investor: "la start-up" is not the fund that backed it)."""
    ordered = sorted((m for m in mentions if m.actor), key=lambda m: m.start)
    taken = [(m.start, m.end) for m in ordered]
    out: list[Slot] = [s for s in maker_slots(text) if not any(a < s.end and s.start < b for a, b in taken)]
    taken += [(s.start, s.end) for s in out]
    for rx, kind in ((ORG_DESCRIPTOR, "org"), (PERSON_DESCRIPTOR, "person")):
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if any(0 <= x.start - m.end() <= 2 and (kind == x.kind or not text[m.end():x.start].strip())
                   for x in ordered) or _describes_next_name(text, m.end(), ordered, kind):
                continue  # "le groupe CMA CGM": a description of the name that follows, not a reference
            if any(0 <= s.start - m.end() <= 2 for s in out):
                continue
            pool = [x for x in ordered if x.kind == kind and x.entity not in funders]
            found = _antecedent(pool, m.start(), sentences or [])
            if found is not None:
                others = tuple(dict.fromkeys(x.entity for x in reversed(pool) if x.end <= m.start()
                                             and x.entity != found.entity))
                out.append(Slot(found.entity, kind, m.start(), m.end(), descriptor=True, alternatives=others))
    return out


def sentence_views(sentences: list[tuple[int, int, str]], mentions: list[Mention], text: str,
                   funders: frozenset[str] = frozenset()) -> list[SentenceView]:
    """Sentences with their slots (name mentions and resolved descriptors), in order."""
    slots = [Slot(m.entity, m.kind, m.start, m.end) for m in mentions if m.actor]
    slots += descriptor_slots(text, mentions, funders, sentences)
    slots.sort(key=lambda s: s.start)
    views: list[SentenceView] = []
    for start, end, sent in sentences:
        own = [s for s in slots if start <= s.start < end]
        pronoun = PRONOUN_SUBJECT.match(sent)
        previous = views[-1].orgs() if views else []
        if pronoun and previous and not any(s.start < start + pronoun.end() for s in own):
            head = previous[0]
            own.insert(0, Slot(head.name, "org", start + pronoun.start(1), start + pronoun.end(1), descriptor=True))
        views.append(SentenceView(start, end, sent, own))
    return views
