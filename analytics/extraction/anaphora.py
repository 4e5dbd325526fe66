"""People referred to without their name in talent sentences: pronouns ("il", "they", "er"), numbered groups
("les deux ingénieurs"), sentence-initial titles ("Le cofondateur de A …"): each becomes a person slot standing
for the people named just before."""

from __future__ import annotations

import re
from dataclasses import dataclass

from analytics.extraction import lexicon as lx
from analytics.extraction.context import SentenceView, Slot

SINGULAR_PRONOUN = re.compile(r"\b(?:il|elle|he|she|er)\b", re.IGNORECASE)
PLURAL_PRONOUN = re.compile(r"\b(?:ils|elles|they|sie|ellos|ellas)\b", re.IGNORECASE)
NUMBERED_GROUP = re.compile(
    r"\b(?:les|the|die|los|las)\s+(?P<n>deux|trois|quatre|two|three|four|beiden|zwei|drei|vier|dos|tres|cuatro)"
    r"\s+(?:[\w\-]+\s+)?(?:ing[ée]nieurs|chercheurs|fondateurs|cofondateurs|associ[ée]s|hommes|dirigeants|engineers|"
    r"researchers|founders|co-founders|executives|men|Forscher|Gr[üu]nder|Mitgr[üu]nder|Ingenieure|Manager|"
    r"ingenieros|investigadores|fundadores|cofundadores|directivos|ejecutivos)\b", re.IGNORECASE)
#: "Alle drei hatten zuvor bei A geforscht", "all three had worked at A", "tous les trois": the people just named
ALL_OF_THEM = re.compile(
    r"\b(?:alle|all|tous les|toutes les|todos los|todas las|los|las)\s+(?P<n>deux|trois|quatre|two|three|four|zwei|drei|"
    r"vier|dos|tres|cuatro)\b(?!\s+(?:[\w\-]+\s+)?(?:companies|firms|start-?ups|labs|soci[ée]t[ée]s|entreprises|groupes|"
    r"Unternehmen|Firmen|empresas|compa[ñn][íi]as|(?-i:[A-ZÄÖÜ])\w+))", re.IGNORECASE)
#: a Spanish sentence opening on a leave or join verb with no subject: the person just named (pro-drop)
PRO_DROP = re.compile(r"^(?:(?:tambi[ée]n|ahora|luego|despu[ée]s|antes|ya|adem[áa]s|finalmente|actualmente|hoy|anteriormente|"
                      r"desde entonces|en \w+|el \w+ pasado),?\s+)?"
                      r"(?:hab[íi]a\s+|ha\s+|hab[íi]an\s+|han\s+)?(?=(?:dej[óo]|dejado|dejaron|abandon[óo]|abandonado|"
                      r"renunci[óo]|se (?:une|uni[óo]|incorpor[óo]|march[óo]|fue)\b|trabaja (?:ahora )?(?:para|en)|"
                      r"ahora trabaja|fich[óo] por|lleg[óo] a|se convirti[óo] en|pas[óo] a ser|"
                      r"trabaj(?:[óo]|aba) (?:en|para))\b)", re.IGNORECASE)
NUMBERS = {"deux": 2, "two": 2, "beiden": 2, "zwei": 2, "dos": 2, "trois": 3, "three": 3, "drei": 3, "tres": 3,
           "quatre": 4, "four": 4, "vier": 4, "cuatro": 4}
TITLE_SUBJECT = re.compile(
    r"^(?:[\w\s]{0,25},\s*)?(?:le|la|the|der|die|el)\s+(?:(?:co-?fondat(?:eur|rice)|fondat(?:eur|rice)|"
    r"directeur|directrice|pr[ée]sident\w*|patron\w*|PDG|dirigeant\w*|co-?founder|founder|chief|CEO|president|"
    r"executive|\d+-year-old|\d+-J[äa]hrige\w*|Mitgr[üu]nder|Gr[üu]nder|Chef\w*|Manager\w*|fundador\w*|"
    r"cofundador\w*|consejero delegado|joven de \d+ a[ñn]os|g[ée]n[ée]ral|ex[ée]cutif|technique|scientifique|"
    r"(?:fr[üu]her\w*|ehemalig\w*|former|ancien\w*|antigu[oa]|ex)(?:\s+[\w\-]+)?\s+(?:[\w\-]+-)?(?:Forscher\w*|researcher|"
    r"chercheu\w+|investigador\w*|Manager\w*|executive|cadre|directivo|Chef\w*)|[\w\-]+-(?:Forscher|Manager|Chef)\w*|"
    r"technology|officer|et|and|und|y)\b[\s,]*)+", re.IGNORECASE)
JOIN_VERB = re.compile(r"(?:join|rejoin|rejoig|a rejoint|se ha|gekommen|move|defect|arriv|pass|wechsel|gewechselt|schlie|st[öo]|kommt|"
                       r"now works|arbeitet|travaill|trabaja|"
                       r"se une|se uni|se sum|se incorpora|lleg|se march|came)", re.IGNORECASE)
SUBJECT_POSITION = re.compile(r"(?:^|[,;]|\b(?:et|and|und|y|puis|then|dann|mais|but|aber|pero))\s*$", re.IGNORECASE)
LIKE = re.compile(r"^\s*(?:comme|like|as with|wie|como|al igual que)\s+$", re.IGNORECASE)


@dataclass
class GroupSlot(Slot):
    """Several people referred to at once ("ils", "the two engineers"): one slot, many names."""

    members: tuple[str, ...] = ()


def _recent_people(history: list[list[str]], count: int | None) -> list[str]:
    """Antecedents among the people named in the last sentences: the last one (count 1), the last
    `count` distinct ones, or (count None) those of the last sentence naming several."""
    recent = history[-4:]
    if count is None:
        several = [names for names in recent if len(dict.fromkeys(names)) >= 2]
        return list(dict.fromkeys(several[-1])) if several else []
    out: list[str] = []
    for names in reversed(recent):
        for n in reversed(names):
            if n not in out:
                out.append(n)
    return list(reversed(out[:count])) if len(out) >= count else []


def with_anaphors(view: SentenceView, history: list[list[str]]) -> SentenceView:
    """The sentence with person slots for subjects that name nobody: "Il", "they", "les deux ingénieurs",
    "Le cofondateur de A" (sentence-initial title), resolved to the people named just before."""
    taken_people = [(s.start, s.end) for s in view.people()]
    extra: list[Slot] = []

    def add(start: int, end: int, names: list[str]) -> None:
        a, b = view.start + start, view.start + end
        if names and not any(s < b and a < e for s, e in taken_people):
            extra.append(GroupSlot(names[0], "person", a, b, descriptor=True, members=tuple(names)))
            taken_people.append((a, b))

    title = TITLE_SUBJECT.match(view.text)
    first_trigger = min((m.start() for rx in (lx.LEAVE, lx.HIRE, lx.FOUND) for m in rx.finditer(view.text)),
                        default=len(view.text))
    if title and title.end() <= first_trigger and not any(
            s.kind == "person" and not s.descriptor and s.start - view.start < first_trigger for s in view.slots):
        add(title.start(), title.end(), _recent_people(history, 1))
    dropped = PRO_DROP.match(view.text)  # Spanish null subject: "Había dejado A el mes pasado", "Ahora trabaja para B"
    if dropped and not any(s.kind == "person" and s.start - view.start < dropped.end() for s in view.slots):
        add(0, dropped.end(), _recent_people(history, 1))
    for m in [*NUMBERED_GROUP.finditer(view.text), *ALL_OF_THEM.finditer(view.text)]:
        add(m.start(), m.end(), _recent_people(history, NUMBERS[m.group("n").lower()]))
    for rx, count in ((PLURAL_PRONOUN, None), (SINGULAR_PRONOUN, 1)):
        for m in rx.finditer(view.text):
            before = view.text[:m.start()]
            nominative = not re.match(r"(?i)(?:sie|ellos|ellas)\b", m.group(0))  # "he", "il", "they": always subjects
            if not (nominative or SUBJECT_POSITION.search(before) or (re.match(r"(?i)sie\b", m.group(0))
                                                         and re.match(r"^(?:[\w\-]+\s+){1,3}$", before))):
                continue
            here = [s.name for s in view.people() if not s.descriptor and s.start < view.start + m.start()]
            names = here[-1:] if count == 1 and here else _recent_people(history, count)
            if count is None and re.match(r"(?i)sie\b", m.group(0)) and not names:
                names = _recent_people(history, 1)
            like = next((s for s in view.people() if LIKE.match(view.text[:s.start - view.start])), None)
            if like is not None and like.name not in names:
                names = [like.name, *names]
            add(m.start(), m.end(), names)
    if not extra:
        return view
    return SentenceView(view.start, view.end, view.text, sorted(view.slots + extra, key=lambda s: s.start))


def expand_groups(people: list[Slot]) -> list[Slot]:
    """Each person of a group slot as a slot of its own (same place in the text)."""
    out: list[Slot] = []
    for p in people:
        names = p.members if isinstance(p, GroupSlot) else (p.name,)
        out += [Slot(n, "person", p.start, p.end, descriptor=p.descriptor) for n in names]
    return out
