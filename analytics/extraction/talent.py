"""Talent moves: people and groups joining or leaving companies.

Rules per sentence (word order + prepositions, any language):
- person + hire verb ("joins", "a rejoint", "wechselt zu", "ficha por") -> to the org after it;
- org + hire verb + person ("Meta hired X", "Microsoft holt X") -> to the subject org;
- person + leave verb ("left", "a quitté", "verlässt", "dejó") -> from the org after it, and to the
  org after "to join / pour / zu / para" if any;
- "former/ancien/ehemalige … of A" beside the person, or "its CEO X", gives the origin;
  "X, ancien cadre de A, a quitté B" is two moves: A -> B and B -> unknown;
- groups: a count and a group noun ("plus de 50 chercheurs et ingénieurs") with origin orgs
  ("auprès de ses concurrents, dont OpenAI et Alphabet") give one move per origin.
Plans, offers and talks give no move.
"""

from __future__ import annotations

import re
from typing import Any

from analytics.dates import event_date
from analytics.extraction import lexicon as lx
from analytics.extraction.context import SentenceView, Slot
from analytics.extraction.roles import coordinated, entities_after, object_after, subject_before

TO_JOIN = re.compile(r"(?:\bto join|\bto|\bfor|\bpour rejoindre|\bpour|\bchez|\bvers|\bau|\baux|\bzu|\bzum|\bzur|\bnach|"
                     r"\bpara unirse a|\bpara|\bpor|\ba|\bal|\bin richtung|\bto found|\bto start|\bpour fonder|"
                     r"\bpour cr[ée]er|\bum .{0,30} zu gr[üu]nden|\bpara fundar|\bto launch|\bto co-found)\s*$",
                     re.IGNORECASE)
ORIGIN = re.compile(r"(?:former|ex-|ancien\w*|ehemalig\w*|fr[üu]her\w*|antigu[oa]s?|previously at|auparavant chez|"
                    r"zuvor bei|who (?:came|comes) from|venu\w* de|kam von|procedente de|veteran of)", re.IGNORECASE)
OF_PREP = re.compile(r"(?:\bde|\bd'|\bdu|\bof|\bat|\bchez|\bbei|\bvon|\bdel?|\bin|\bà|\bau)\s*$", re.IGNORECASE)
POSSESSIVE_TITLE = re.compile(
    r"\b(?:son|sa|ses|its|his|her|their|sein\w*|ihr\w*|su|sus)\s+(?:[\w\-]+\s+){0,3}?(?:CEO|PDG|président\w*|"
    r"directeur\w*|directrice|chief|founder|fondateur|cofondateur|co-fondateur|Chef|Gründer|Vorstandschef|"
    r"consejero delegado|fundador|presidente|director\w*|head|patron)\b[^,.;]{0,60}$", re.IGNORECASE)
GROUP = re.compile(
    r"(?:(?P<count>\d[\d\s.,]*|\b(?:dozens|des dizaines|une dizaine|une trentaine|une vingtaine|hundreds|"
    r"des centaines|dutzende|decenas|cientos))\s+(?:de\s+|of\s+)?(?:\w+\s+){0,2}?)?"
    r"(?P<role>(?:researchers?|engineers?|employees?|staff(?:ers)?|executives?|scientists?|people|talents?|workers?|"
    r"chercheurs?|chercheuses?|ing[ée]nieurs?|employ[ée]s?|salari[ée]s?|cadres?(?: dirigeants)?|talents?|"
    r"scientifiques|collaborateurs|Forscher\w*|Ingenieur\w*|Mitarbeiter\w*|Beschäftigte\w*|Angestellte\w*|"
    r"Führungskräfte\w*|investigador\w*|ingenier\w*|emplead\w*|trabajador\w*|directivos?|ejecutivos?|talentos?)"
    r"(?:\s+(?:et|and|und|y|e)\s+(?:\w+\s+)?(?:researchers?|engineers?|chercheurs?|ing[ée]nieurs?|Forscher\w*|"
    r"Ingenieur\w*|investigador\w*|ingenier\w*|scientists?|ejecutivos?|employees?))?)",
    re.IGNORECASE)
TITLE = re.compile(
    r"(?:chief [\w ]+? officer|chief executive|CEO|CTO|CFO|COO|PDG|président-directeur général|président\w*|"
    r"directeur [\w ]+?|directrice [\w ]+?|vice-président[\w ]*?|senior vice president[\w ]*?|head of [\w ]+?|"
    r"co-?founder|cofondateur|cofondatrice|fondateur|fondatrice|founder|researcher|chercheur|chercheuse|"
    r"scientist|engineer|ing[ée]nieur|Chef\w*|Gründer|Mitgründer|Forscher\w*|consejero delegado|fundador\w*|"
    r"cofundador\w*|investigador\w*|director\w*|presidente|jefe[\w ]*?)(?=[\s,.;:]|$)", re.IGNORECASE)
NOT_A_MOVE = re.compile(r"\b(?:interim|intérim\w*|par intérim|interino|kommissarisch|promoted|promu|befördert|ascendido|"
                        r"sabbatical|sabbatique|advis\w+|conseiller|Beirat|asesor|board seat|conseil d'administration)",
                        re.IGNORECASE)
PASSIVE_AGENT = re.compile(r"^\s*(?:par|by|von|por)\s+(?:l[ea]\s+|the\s+|dem\s+|der\s+|el\s+)?", re.IGNORECASE)
COMPANIONS = re.compile(
    r"^\s*(?:,\s*)?(?:et|and|und|y|as well as|along with|ainsi que|sowie|junto (?:a|con))\s+(?:d'|de\s+)?"
    r"(?:(?:autres|other|others|weitere\w*|andere\w*|otros|otras|several|plusieurs|some|quelques|varios|"
    r"mehrere|einige)\s+)+(?:(?P<count>\d+)\s+)?(?P<role>[\w\s\-]{3,40}?)(?=\s+(?:au|à|to|at|zu|bei|a|al|en|in|chez|"
    r"from|de|von|del)\b|[,.;]|$)", re.IGNORECASE)
STRONG_ORIGIN = re.compile(r"(?:provenant d[e']|venus? d[e']|venant d[e']|en provenance d[e']|coming from|who came from|"
                           r"procedentes? de|llegados? de|die von|kamen von|from rivals?(?: such as| including)?)"
                           r"\s*(?:\w+\s+){0,3}$", re.IGNORECASE)
COUNT_WORDS = {"une dizaine": 10, "une vingtaine": 20, "une trentaine": 30}


def _move(person: str | None, count: int | None, from_org: str | None, to_org: str | None, role: str | None,
          kind: str, view: SentenceView, date: str | None, confidence: float) -> dict[str, Any]:
    return {"type": "talent_move", "person": person, "count": count, "from_org": from_org, "to_org": to_org,
            "role": role, "kind": kind, "date": date, "confidence": confidence,
            "evidence": view.text, "ev_start": view.start, "ev_end": view.end}


def _role_near(view: SentenceView, person: Slot) -> str | None:
    """A job title right before the person or in the apposition after it."""
    before = view.between(max(view.start, person.start - 60), person.start)
    after = view.between(person.end, min(view.end, person.end + 80))
    m = list(TITLE.finditer(before))
    if m and len(before) - m[-1].end() <= 12:
        return m[-1].group(0).strip()
    m2 = TITLE.search(after.split(",")[1] if after.startswith(",") and after.count(",") >= 1 else "")
    return m2.group(0).strip() if m2 else None


def _origin(view: SentenceView, person: Slot, exclude: set[str]) -> str | None:
    """The company the person is said to come from: "former X executive", "ancien cadre de X", "its CEO"."""
    after = view.between(person.end, min(view.end, person.end + 120))
    if after.startswith(","):
        appos = after[1:].split(",")[0]
        if ORIGIN.search(appos):
            a0 = person.end + 1 + after[1:].find(appos.strip()[:1]) if appos.strip() else person.end
            for s in view.orgs():
                if a0 <= s.start <= person.end + 1 + len(appos) and s.name not in exclude:
                    return s.name
    before = view.between(max(view.start, person.start - 120), person.start)
    om = list(ORIGIN.finditer(before))
    if om:
        start = person.start - len(before) + om[-1].start()
        for s in view.orgs():
            if start <= s.start < person.start and s.name not in exclude:
                return s.name
    if POSSESSIVE_TITLE.search(view.between(max(view.start, person.start - 80), person.start)):
        prior = [s for s in view.orgs() if s.end <= person.start and s.name not in exclude]
        if prior:
            return prior[-1].name
    return None


def _people_after(view: SentenceView, pos: int) -> list[Slot]:
    return entities_after(view, pos, kind="person", max_gap=60)


def person_moves(view: SentenceView, date: str | None) -> list[dict[str, Any]]:
    """Moves of named people in one sentence."""
    moves: list[dict[str, Any]] = []
    if NOT_A_MOVE.search(view.text):
        return moves
    for trig in lx.LEAVE.finditer(view.text):
        t0, t1 = view.start + trig.start(), view.start + trig.end()
        people = subject_before(view, t0, kind="person", max_gap=200)
        if not people or _hedged(view, t0, t1):
            continue
        left = entities_after(view, t1, max_gap=40) or object_after(view, t1, OF_PREP, max_gap=40)
        from_org = left[0].name if left else None
        if not from_org:
            continue
        to = object_after(view, left[-1].end, TO_JOIN, max_gap=120)
        to_org = to[0].name if to and to[0].name != from_org else None
        for p in people:
            origin = _origin(view, p, {from_org or "", to_org or ""})
            role = _role_near(view, p)
            if origin and from_org:
                moves.append(_move(p.name, 1, origin, from_org, role, "hire", view, None, 0.6))
            moves.append(_move(p.name, 1, from_org or origin, to_org, role, "departure", view, date, 0.75))
        return moves
    for trig in lx.HIRE.finditer(view.text):
        t0, t1 = view.start + trig.start(), view.start + trig.end()
        if _hedged(view, t0, t1):
            continue
        people = subject_before(view, t0, kind="person", max_gap=200)
        if people and PASSIVE_AGENT.match(view.between(t1, view.end)):  # "X, recruited by Y"
            agent = view.between(t1, view.end)
            if TITLE.match(PASSIVE_AGENT.sub("", agent, count=1).strip()):
                continue  # recruited by a person ("par le PDG de X"): no company named as employer
        if people:  # "X joins Y", "X a rejoint Y"
            to = entities_after(view, t1, max_gap=60) or object_after(view, t1, TO_JOIN, max_gap=80)
            if not to:
                continue
            for p in people:
                origin = _origin(view, p, {to[0].name})
                from_m = object_after(view, to[-1].end, lx.PREP_FROM, max_gap=60)
                from_org = origin or (from_m[0].name if from_m else None)
                moves.append(_move(p.name, 1, from_org, to[0].name, _role_near(view, p), "hire", view, date, 0.75))
            return moves
        hirers = subject_before(view, t0)
        hired = _people_after(view, t1)
        if not hired:
            continue
        to_org = hirers[0].name if hirers else None
        if to_org is None:  # "l'embauche de X ... au Meta Superintelligence Labs"
            dest = object_after(view, hired[-1].end, TO_JOIN, max_gap=120)
            to_org = dest[0].name if dest else None
        if to_org is None:
            continue
        for p in hired:
            from_m = object_after(view, p.end, lx.PREP_FROM, max_gap=60)
            from_org = _origin(view, p, {to_org}) or (from_m[0].name if from_m and from_m[0].name != to_org else None)
            moves.append(_move(p.name, 1, from_org, to_org, _role_near(view, p), "hire", view, date, 0.75))
        companions = COMPANIONS.match(view.between(hired[-1].end, view.end))
        if companions and moves:  # "X et d'autres cadres dirigeants": the same move for the group
            first = moves[0]
            moves.append(_move(None, _count(companions.group("count")), first["from_org"], to_org,
                               companions.group("role"), "hire", view, date, 0.6))
        return moves
    return moves


def group_moves(view: SentenceView, date: str | None) -> list[dict[str, Any]]:
    """Moves of groups ("plus de 50 chercheurs … auprès de OpenAI et Alphabet")."""
    if NOT_A_MOVE.search(view.text):
        return []
    moves: list[dict[str, Any]] = []
    hires = list(lx.HIRE.finditer(view.text))
    for g in GROUP.finditer(view.text):
        g1 = view.start + g.end()
        count = _count(g.group("count"))
        origins = object_after(view, g1, lx.PREP_FROM, max_gap=90)
        if not origins:
            continue
        before = [h for h in hires if h.end() <= g.start()]
        to_org = None
        if before:
            hire = before[-1]
            if _hedged(view, view.start + hire.start(), view.start + hire.end()):
                continue
            hirers = subject_before(view, view.start + hire.start())
            to_org = hirers[0].name if hirers else None
        elif STRONG_ORIGIN.search(view.between(g1, origins[0].start)):
            others = {s.name for s in view.orgs()} - {o.name for o in origins}
            to_org = others.pop() if len(others) == 1 else None
        if to_org:
            for o in origins:
                if o.name != to_org:
                    moves.append(_move(None, count, o.name, to_org, g.group("role"), "hire", view, date, 0.65))
            return moves
    return moves


def _count(raw: str | None) -> int | None:
    if not raw:
        return None
    raw = raw.strip().lower()
    if raw in COUNT_WORDS:
        return COUNT_WORDS[raw]
    digits = re.sub(r"[\s.,]", "", raw)
    return int(digits) if digits.isdigit() else None


def _hedged(view: SentenceView, t0: int, t1: int) -> bool:
    window = view.between(max(view.start, t0 - 50), min(view.end, t1 + 20))
    return bool(lx.HEDGE.search(window) or lx.NEGATION.search(window))


def talent_facts(views: list[SentenceView], lang: str | None, published: str | None) -> list[dict[str, Any]]:
    """Every talent move of an article (one per person or group, origin and destination)."""
    facts: list[dict[str, Any]] = []
    seen: set[tuple[Any, ...]] = set()
    for view in views:
        if not view.slots:
            continue
        date = event_date(view.text, published)
        for move in person_moves(view, date) + group_moves(view, date):
            key = (move["person"], move["from_org"], move["to_org"])
            if key not in seen and move["from_org"] != move["to_org"]:
                seen.add(key)
                facts.append(move)
    return facts


__all__ = ["talent_facts", "coordinated"]
