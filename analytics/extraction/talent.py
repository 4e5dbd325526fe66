"""Talent moves: people and groups joining or leaving companies.

Rules per sentence (word order + prepositions, any language):
- person + hire verb ("joins", "a rejoint", "wechselt zu", "ficha por") -> to the org after it;
- org + hire verb + person ("Meta hired X", "Microsoft holt X") -> to the subject org;
- person + leave verb ("left", "a quitté", "verlässt", "dejó") -> from the org after it, and to the
  org after "to join / pour / zu / para" if any;
- "former/ancien/ehemalige … of A" beside the person, or "its CEO X", gives the origin;
  "X, ancien cadre de A, a quitté B" is two moves: A -> B and B -> unknown;
- groups: a count and a group noun ("plus de 50 chercheurs et ingénieurs") with origin orgs
  ("auprès de ses concurrents, dont OpenAI et Alphabet", "venus d'OpenAI, de Meta et de Mistral AI")
  give one move per origin;
- people named before: "Il", "they", "Sie", "les deux ingénieurs", a sentence-initial title ("Le
  cofondateur de A quitte …", "Der 28-Jährige") stand for the people just named (`with_anaphors`);
- companions: "accompagné de Y", "avec lui", "follow him", "l'ont suivi", "most of the startup's staff"
  go where the last mover went (`companion_moves`);
- founders: "founded by former A executive X", "B, the startup he founded after leaving A", "left A.
  She then founded B" are A -> B; a founding alone is no move;
- context: a hire verb opening a sentence continues the previous hirer; "X came from A" goes where the
  previous sentence's hire went; a move with no origin takes where the person was said to work.
- one move told in parts (merged per person, in either order): "joins B" + "left A", "hat A verlassen" +
  "Inzwischen arbeitet er für B", "parti de A" + "est devenu CTO de B" (a new role alone is a promotion),
  "quitte A et lance B" (launch verbs found a company only after a departure); "X worked at A" / "Alle drei
  hatten zuvor bei A geforscht" only completes a move without origin (`BACKGROUND`);
- origins beside the person: a past role in a relative clause ("who co-led A's team", "qui dirigeait",
  "der bei A … verantwortete", "que dirigía"), a possessive ("Meta's X", "that startup's CEO, X", "dessen
  Chef"), a hire participle ("fichado desde A", "débauché chez A", "von A abgeworben");
- acqui-hires: "hires A's founders and a quarter of its staff" (the founders named next come from A);
- groups split among destinations ("certains pour A ou B"); passive followers ("a été suivi par X et Y").
Plans, offers and talks give no move. Group, companion and acqui-hire rules are in `group_moves`, people
referred to without their name in `anaphora`, the move record and shared pieces in `moves`.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from analytics.dates import event_date
from analytics.extraction import lexicon as lx
from analytics.extraction.anaphora import JOIN_VERB, GroupSlot, expand_groups, with_anaphors
from analytics.extraction.context import SentenceView, Slot
from analytics.extraction.group_moves import (
    acquihire,
    among_them_moves,
    companion_moves,
    founders_from_acquired,
    group_moves,
    split_group_departures,
)
from analytics.extraction.moves import ACCOMPANY, NOT_A_MOVE, TITLE, count_of, listed_people, move_fact, role_near
from analytics.extraction.roles import (
    GOVERNED,
    entities_after,
    hedged,
    introduced_by,
    object_after,
    subject_before,
)
from analytics.gazetteer import load as load_gazetteer

TO_JOIN = re.compile(r"(?:\bjoined|\bjoining|\ba rejoint|\brejoint|\bwechselte zu|\bse uni[óo] a|\bto join|\bto|\bfor|\bpour rejoindre|\bpour|\bchez|\bvers|\bau|\baux|\bzu|\bzum|\bzur|\bnach|"
                     r"\bpara unirse a|\bpara|\bpor|\ba|\bal|\bin richtung|\bto found|\bto start|\bpour fonder|"
                     r"\bpour cr[ée]er|\bum .{0,30} zu gr[üu]nden|\bpara fundar|\bto launch|\bto co-found|\bto lead|\bto run|"
                     r"\bto head|\bpour diriger|\bpour prendre la t[êe]te d[eu']|\bpara dirigir|\bpara liderar|"
                     r"\bum .{0,30} zu leiten)\s*$",
                     re.IGNORECASE)
ORIGIN = re.compile(r"(?:former|ex-|ancien\w*|ehemalig\w*|fr[üu]her\w*|antigu[oa]s?|previously at|auparavant chez|"
                    r"zuvor bei|who (?:came|comes) from|venu\w* de|kam von|procedente de|veteran of)", re.IGNORECASE)
OF_PREP = re.compile(r"(?:\bde|\bd'|\bdu|\bof|\bat|\bchez|\bbei|\bvon|\bdel?|\bin|\bà|\bau)\s*$", re.IGNORECASE)
POSSESSIVE_TITLE = re.compile(
    r"\b(?:son|sa|ses|its|his|her|their|sein\w*|ihr\w*|dessen|deren|su|sus)\s+(?:[\w\-]+\s+){0,3}?(?:CEO|PDG|président\w*|"
    r"directeur\w*|directrice|chief|founder|fondateur|cofondateur|co-fondateur|Chef|Gründer|Vorstandschef|"
    r"consejero delegado|fundador|presidente|director\w*|head|patron)\b(?:[^,.;]{0,60}|,\s*)$", re.IGNORECASE)
#: "that startup's CEO, X", "le patron de cette start-up, X", "el fundador de esa empresa, X": the company just named
DEMONSTRATIVE_TITLE = re.compile(
    r"(?:\b(?:that|this)\s+" + lx.COMPANY_WORDS + r"['’]s\s+(?:[\w\-]+\s+){0,2}?[\w\-]+|\b(?:de|of|von|der|del)\s+"
    r"(?:cette|ce|that|this|diese[nrms]?|esa|esta)\s+" + lx.COMPANY_WORDS + r")\s*,?\s*$", re.IGNORECASE)
PASSIVE_AGENT = re.compile(r"^\s*(?:par|by|von|por)\s+(?:l[ea]\s+|the\s+|dem\s+|der\s+|el\s+)?", re.IGNORECASE)
COMPANIONS = re.compile(
    r"^\s*(?:,\s*)?(?:et|and|und|y|as well as|along with|ainsi que|sowie|junto (?:a|con))\s+(?:d'|de\s+)?"
    r"(?:(?:autres|other|others|weitere\w*|andere\w*|otros|otras|several|plusieurs|some|quelques|varios|"
    r"mehrere|einige)\s+)+(?:(?P<count>\d+)\s+)?(?P<role>[\w\s\-]{3,40}?)(?=\s+(?:au|à|to|at|zu|bei|a|al|en|in|chez|"
    r"from|de|von|del)\b|[,.;]|$)", re.IGNORECASE)
_ORG_TITLES = (r"(?:(?:co-?founder|founder|CEO|chief [\w ]+?|president|researcher|engineer|executive|scientist|"
               r"head of [\w ]+?)(?:\s+and\s+|\s*,\s*|\s+))")
#: "Windsurf CEO X", "Scale co-founder and CEO X", "Meta's X" (a possessive names the employer)
ORG_TITLE = re.compile(r"^\s*(?:['’]s\s+" + _ORG_TITLES + r"*|" + _ORG_TITLES + r"+)$", re.IGNORECASE)
FROM_FIRST = re.compile(r"(?:\bfrom|\bvon|\bdesde|\bde chez|\bdepuis)\s*$", re.IGNORECASE)
GERMAN_PURPOSE = re.compile(r"^[\s\w]{0,20}?,?\s*um\s+$", re.IGNORECASE)
FOUNDING_VERB = re.compile(r"(?:lancer|fonder|cr[ée]er|start|found|launch|crear|fundar|gr[üu]nden)\s+\w*\s*$",
                           re.IGNORECASE)
FOUNDERS_CONTEXT = re.compile(r"\b(?:co-?founders?|co-?fondat(?:eur|rice)s?|fondat(?:eur|rice)s?|fundador(?:es|as)?|"
                              r"cofundador(?:es|as)?|(?:Mit)?[Gg]r[üu]nder\w*|gegr[üu]ndet|fundad[ao]|fond[ée]e|founded|"
                              r"co-?founded)\b", re.IGNORECASE)
CAME_FROM = re.compile(r"\b(?:came (?:\w+ ){0,3}?from|come from|kam(?:en)? (?:\w+ ){0,3}?von(?: der| dem)?|"
                       r"venai(?:t|ent) de|vien(?:t|nent) de|ven[íi]a(?:n)? de|llegaron desde|llegaron de|lleg[óo] de|"
                       r"arbeitete\w* zuvor bei|worked at|travaillai(?:t|ent) chez|trabajaba(?:n)? en|"
                       r"(?:zuvor|vorher|fr[üu]her) bei|previously at|auparavant chez|pr[ée]c[ée]demment chez|"
                       r"anteriormente en|"
                       r"(?:zuvor|vorher|previously|auparavant|anteriormente|antes)\s+(?:[\w\-]+\s+){1,2}?(?:bei|at|chez|en|f[üu]r|"
                       r"pour|para|for))"
                       r"\s+(?:[\w\-]+\s+){0,2}?$", re.IGNORECASE)
STRONG_FROM = re.compile(r"(?:\bfrom|\bde chez|\bvenu\w* de|\bvenant de|\ben provenance d[e']|\bissu\w* de|\bvon|"
                         r"\bdesde|\bprocedente\w* de|\bformerly of)\s*$", re.IGNORECASE)
TITLE_OF = re.compile(TITLE.pattern + r"\s+(?:de|d'|du|of|at|von|bei|der|des|del)\s*(?:la\s+|l'|le\s+|the\s+|el\s+)?$",
                      re.IGNORECASE)
#: "takes extended leave", "prend un congé": a leave of absence, not a departure
NOUN_LEAVE = re.compile(r"\b(?:takes?|took|taking|on|goes on|went on)\s+(?:an?\s+)?(?:\w+\s+)?$", re.IGNORECASE)
FORMER_NEAR = re.compile(r"(?:former|ex-|ancien\w*|ehemalig\w*|fr[üu]her\w*|antigu[oa]s?|ex\s|\bex(?:directiv|jef|consejer|"
                         r"president|ejecutiv|investigador|emplead|director|colaborador|responsable|ingenier|CEO)\w*)",
                         re.IGNORECASE)
#: attempts and expectations right before a trigger: no move yet
ATTEMPT = re.compile(r"\b(?:(?:is|are|was|were) (?:widely )?expected to|(?:is|are) set to|tr(?:y|ies|ied|ying) to|wants? to|"
                     r"wanted to|attempt(?:s|ed|ing)? to|s(?:ought|eeks?) to|devrai(?:t|ent)|tent(?:e|ait|é) de|veu(?:t|lent) |"
                     r"voulai(?:t|ent) |versuch\w* ,?|intent(?:a|ó|aba) |quiere |quer[íi]a |pretend\w* )\s*$",
                     re.IGNORECASE)
#: a move named as a noun ("über einen Wechsel zu Meta", "talks about a move"): its hedge may stand further back
NOUN_MOVE = re.compile(r"(?:Wechsel|move|d[ée]part|arriv[ée]e|fichaje|llegada|salida|Abgang)\b")
FOUNDER_TITLE = re.compile(r"\b(?:co-?)?(?:founder|fondat(?:eur|rice)|fundador(?:a)?|Gr[üu]nder\w*)|\bcofond\w+|"
                           r"\bcofundador\w*|\bMitgr[üu]nder\w*", re.IGNORECASE)
OTHER_OBJECT = re.compile(r"\s+(?:the|la|le|les|l['’]|den|die|das|dem|el|los|las)\s*\w", re.IGNORECASE)
COMPANY_NOUN = re.compile(
    r"\s+(?:the|la|le|les|l['’]|den|die|das|dem|el|los|las)\s*(?:[\w\-]+\s+){0,2}?(?:company|startup|start-up|firm|"
    r"group|lab|giant|business|soci[ée]t[ée]|entreprise|jeune pousse|firme|groupe|g[ée]ant|laboratoire|maison|"
    r"Unternehmen|Start-?up|Konzern|Firma|Labor|empresa|compa[ñn][íi]a|firma|gigante|laboratorio|operator|carrier|maker|"
    r"developer|op[ée]rateur|[ée]diteur|constructeur|Betreiber|Hersteller|Anbieter|Entwickler|grupo|operadora|tecnol[óo]gica|"
    r"fabricante|desarrolladora|entidad)\b", re.IGNORECASE)
#: verbs that found a company only when they follow a departure ("X quitte A et lance B"), else a product launch
WEAK_FOUNDING = re.compile(r"(?:lan[cçz]\w*|a lanc[ée]|launch(?:es|ed)?|startet)$", re.IGNORECASE)
#: a founding with no company left yet: kept only if a departure told elsewhere completes it
OPEN_FOUNDING = "founding"
#: a new role somewhere ("est devenu directeur technique de B"): a move only if a departure told elsewhere completes it
OPEN_ROLE = "role"
#: a past employer with no move told ("X worked at A"): kept only if a move without origin completes it
BACKGROUND = "background"


def _origin(view: SentenceView, person: Slot, exclude: set[str], former: bool = True) -> str | None:
    """The company the person is said to come from: "former X executive", "ancien cadre de X", "its CEO".

    With `former=False` a "former X" title is not enough (a hire of "the former GitHub CEO" does not
    say the person came from GitHub); it does count for "X, former A, left B" (A -> B).
    """
    after = view.between(person.end, min(view.end, person.end + 120))
    if former and after.startswith(","):
        appos = after[1:].split(",")[0]
        if ORIGIN.search(appos):
            a0 = person.end + 1 + after[1:].find(appos.strip()[:1]) if appos.strip() else person.end
            for s in view.orgs():
                if a0 <= s.start <= person.end + 1 + len(appos) and s.name not in exclude:
                    return s.name
    before = view.between(max(view.start, person.start - 60), person.start)
    om = list(ORIGIN.finditer(before)) if former else []
    if om:
        start = person.start - len(before) + om[-1].start()
        if not any(start <= p.start < person.start for p in view.people()) and not re.search(
                r",.*,|\b(?:qui|who|que|der|die|and|et|und|y)\b", view.between(start, person.start)):
            for s in view.orgs():
                if start <= s.start < person.start and s.name not in exclude:
                    return s.name
    for s in view.orgs():  # "le directeur général de la jeune pousse, David Luan", "the CEO of Adept, David Luan"
        if (s.name not in exclude and 0 <= person.start - s.end <= 3 and re.match(r"^\s*,\s*$", view.between(s.end, person.start))
                and TITLE_OF.search(view.between(max(view.start, s.start - 60), s.start))):
            return s.name
    for s in view.orgs():  # "Windsurf CEO Varun Mohan", "Scale co-founder and CEO Alexandr Wang"
        if s.end <= person.start and person.start - s.end <= 60 and s.name not in exclude and ORG_TITLE.match(
                view.between(s.end, person.start)):
            return s.name
    if POSSESSIVE_TITLE.search(view.between(max(view.start, person.start - 80), person.start)) or DEMONSTRATIVE_TITLE.search(
            view.between(max(view.start, person.start - 60), person.start)):
        prior = [s for s in view.orgs() if s.end <= person.start and s.name not in exclude]
        if prior:
            return prior[-1].name
    return None


def person_moves(view: SentenceView, date: str | None, topic: str | None, elided_hirer: str | None = None
                 ) -> list[dict[str, Any]]:
    """Moves of named people in one sentence, every trigger read in text order (`elided_hirer`: the company
    that hired in the sentence before, for a hire verb without subject)."""
    moves: list[dict[str, Any]] = []
    if NOT_A_MOVE.search(view.text):
        return moves
    triggers = sorted([(m, "leave") for m in lx.LEAVE.finditer(view.text)]
                      + [(m, "hire") for m in lx.HIRE.finditer(view.text)]
                      + [(m, "found") for m in lx.FOUND.finditer(view.text)], key=lambda tk: tk[0].start())
    for trig, kind in triggers:
        t0, t1 = view.start + trig.start(), view.start + trig.end()
        if _not_a_move(view, trig, kind):
            continue
        explicit = kind == "leave" and trig.group(0).lower().startswith("abandon")  # "abandoning its mission"
        people = subject_before(view, t0, kind="person", max_gap=200) or [
            s for s in view.people() if isinstance(s, GroupSlot) and s.end <= t0 and not view.between(s.end, t0).strip()]
        inverted: list[Slot] = [s for s in view.people() if isinstance(s, GroupSlot) and s.start >= t1
                    and not view.between(t1, s.start).strip()]
        if not people and inverted:  # "Nun wechselt er zu Meta": the pronoun after the verb
            people, t1 = inverted[:1], inverted[0].end
        elif not people and (kind == "leave" or JOIN_VERB.match(trig.group(0))):
            people, t1 = _inverted_subject(view, t0, t1)
            explicit = True  # "verließ X das Unternehmen": the company must be named
        if kind == "hire" and people and not JOIN_VERB.match(trig.group(0)) and (
                all(isinstance(p, GroupSlot) for p in people)
                or (listed_people(view, t1) and not PASSIVE_AGENT.match(view.between(t1, view.end)))):
            people = []  # "Elle recrute X", "Elon Musk's xAI has hired X": the person hired is the object
        elif kind == "hire" and people and not JOIN_VERB.match(trig.group(0)) and re.match(
                r"^\s*(?:[.,;:]|$)", view.between(t1, view.end)) and subject_before(view, people[0].start, max_gap=40):
            people = []  # verb-final "Meta hat X von A abgeworben": X is the object of the company before
        people = expand_groups(people)
        if kind == "leave":
            moves += _departures(view, people, t1, date, topic, explicit=explicit)
        elif kind == "found":
            moves += _foundings(view, people, t0, t1, date, moves, topic)
        elif people and not _recruited_by_person(view, t1):
            moves += _joins(view, people, t1, date, elided_hirer, topic)
        elif not people:
            moves += _hires(view, t0, t1, date, elided_hirer)
    return moves


def _inverted_subject(view: SentenceView, t0: int, t1: int) -> tuple[list[Slot], int]:
    """A named subject right after a leave or join verb, maybe behind its title, in a clause opening on an
    adverbial ("Ebenfalls im Oktober verließ Chief Operating Officer Carsten Dirks das Unternehmen")."""
    if any(s.start < t0 for s in view.slots):
        return [], t1
    after = next((s for s in view.people() if s.start >= t1), None)
    gap = view.between(t1, after.start) if after else ""
    if after is None or not re.fullmatch(r"\s*(?:[\w\-]+\s+){0,4}", gap) or any(
            t1 <= s.start < after.start for s in view.orgs()) or re.match(r"(?i)\s*(?:de|d'|of|von|des|del|du)\b", gap):
        return [], t1  # only a title may stand between: "verließ Technikchef X", "dejó el consejero delegado X"
    return [after], after.end


def _not_a_move(view: SentenceView, trig: re.Match[str], kind: str) -> bool:
    """A hedged trigger ("verhandelt … über einen Wechsel zu Meta"), a leave of absence ("takes extended leave")
    or departures in general."""
    t0, t1 = view.start + trig.start(), view.start + trig.end()
    if hedged(view, t0, t1, before=120 if NOUN_MOVE.match(trig.group(0)) else 50):
        return True
    if ATTEMPT.search(view.between(max(view.start, t0 - 30), t0)):
        return True  # "is expected to join", "tried to hire", "devrait rejoindre", "intentó fichar"
    if kind == "leave" and re.fullmatch(r"(?i)departures|d[ée]parts|exits|exodus|Abg[äa]nge|salidas", trig.group(0)):
        return True  # "a string of senior departures": departures in general, not this person's
    return kind == "leave" and bool(NOUN_LEAVE.search(view.between(view.start, t0)))


def _departures(view: SentenceView, people: list[Slot], t1: int, date: str | None, topic: str | None,
                explicit: bool = False) -> list[dict[str, Any]]:
    """"X left A (to join B)", "X a quitté A pour B"; without A (unless `explicit`: "abandoning its mission"
    leaves no company), the article's main company."""
    if not people:
        return []
    left = entities_after(view, t1, max_gap=40) or object_after(view, t1, OF_PREP, max_gap=40)
    if left and (lx.HIRE.search(view.between(t1, left[0].start)) or introduced_by(view.between(t1, left[0].start),
                                                                                   TO_JOIN, 3)):
        left = []  # "is stepping down and joining Meta": Meta is where the person goes
    between = [s for s in view.orgs() if people[-1].end <= s.start and s.end <= t1
               and not re.search(r"\b(?:of|de|d'|to|à|for|pour|zu|para)\s+\w*\s*$", view.between(s.end, t1))
               and not OF_PREP.search(view.between(max(view.start, s.start - 12), s.start))]  # "Le patron de la start-up"
    if re.search(r"(?i)(?:d[ée]part|departure|exit|Abgang|R[üu]ckzug|Weggang|salida|marcha)s?\s*$",
                 view.between(max(view.start, t1 - 14), t1)):
        between = []  # "X, lauréat du prix Turing, a confirmé son départ": a noun has no verb-final object
    if between and (not left or left[0].start - t1 > 3 or GERMAN_PURPOSE.match(view.between(t1, left[0].start))):
        left = between[-1:]  # verb-final clause: "Andrulis hatte Apple 2019 verlassen, um …"
    from_org = left[0].name if left else None
    if left and left[0].descriptor and topic and topic in left[0].alternatives and not any(
            s.name == left[0].name and not s.descriptor and s.end <= left[0].start for s in view.orgs()):
        from_org = topic  # "verließ X das Unternehmen" with no company named in the sentence: the article's company
    relative = _relative_clause_orgs(view, people[-1], t1)
    arrived_from = next((s.name for s in view.orgs() if s.name in relative and ARRIVED_FROM.search(
        view.between(people[-1].end, s.start))), None)
    if left and left[0].descriptor and from_org in relative:  # "X, que había llegado desde A, dejó la compañía"
        from_org = (topic if topic and topic not in relative and topic in left[0].alternatives
                    else left[0].other_than(relative))
    if from_org is None and ((not explicit and not OTHER_OBJECT.match(view.between(t1, view.end)))
                             or DEMONSTRATIVE_COMPANY.match(view.between(t1, view.end))):
        from_org = _current_employer(view, people[0], t1)  # "X, cofundador de A, ha abandonado esa empresa"
    if from_org is None and explicit:
        return []
    to = object_after(view, left[-1].end if left else t1, TO_JOIN, max_gap=120)
    purpose = [s for s in view.orgs() if s.start > t1 and GERMAN_PURPOSE.match(view.between(t1, s.start))
               and re.match(r"^\s+zu\s+(?:gr[üu]nden|leiten|f[üu]hren|starten)", view.between(s.end, view.end))]
    to = purpose or to
    to_org = to[0].name if to and to[0].name != from_org else None
    founded = _founded_after_leaving(view, t1, from_org)
    if founded:  # "B, la start-up qu'il avait lancée après avoir quitté A": A -> B, whatever comes after
        to, to_org = [], founded
    if to and to[0].descriptor and FOUNDING_VERB.search(view.between(max(view.start, to[0].start - 30), to[0].start)):
        to_org = topic if topic != from_org else None  # "pour lancer la société": the company the article is about
    if to_org is None and not to:
        to_org = _led_by(view, people[0], from_org)
    confidence = 0.75
    rest = view.between(t1, view.end)
    if from_org is None and OTHER_OBJECT.match(rest) and not COMPANY_NOUN.match(rest):
        return []  # "a quitté la salle", "left the stage": something else than a company is left
    if from_org is None:
        if topic is None or topic == to_org:
            return []
        from_org, confidence = topic, 0.5
    out = []
    for p in people:
        origin = _origin(view, p, {from_org, to_org or ""}) or (arrived_from if arrived_from != from_org else None)
        role = role_near(view, p)
        if origin:
            out.append(move_fact(p.name, 1, origin, from_org, role, "hire", view, None, 0.6))
        out.append(move_fact(p.name, 1, from_org, to_org, role, "departure", view, date, confidence))
    return out


#: "esa empresa", "cette société", "that company", "diese Firma": the company just named
DEMONSTRATIVE_COMPANY = re.compile(
    r"^\s*(?:esa|esta|aquella|cette|ce|that|this|diese[nrms]?|jene[nrms]?)\s+(?:[\w\-]+\s+)?" + lx.COMPANY_WORDS + r"\b",
    re.IGNORECASE)
TITLE_OF_ORG = re.compile(TITLE.pattern + r"\s+(?:de|d'|du|of|at|von|bei|der|des|del|chez)\s*(?:la\s+|l'|le\s+|the\s+|el\s+)?$",
                          re.IGNORECASE)


#: "after eight years at A", "après huit ans chez A", "nach acht Jahren bei A", "tras ocho años en A"
AFTER_YEARS = re.compile(r"\b(?:after|apr[èe]s|nach|tras|despu[ée]s de)\s+(?:(?:[\w\-]+|\d+)\s+){0,2}?(?:years?|ans|ann[ée]es|"
                         r"Jahren|a[ñn]os|months?|mois|Monaten|meses|decades?|d[ée]cennies?|Jahrzehnten?|d[ée]cadas?)\s+"
                         r"(?:at|with|chez|à|au sein d[eu']|bei|in|en|con)\s*(?:the\s+|la\s+|le\s+|l['’]|el\s+|der\s+)?$",
                         re.IGNORECASE)


def _after_years_at(view: SentenceView, exclude: set[str]) -> str | None:
    """The company a person spent years at, told beside a join: "is joining B after eight years at A"."""
    for s in view.orgs():
        if s.name not in exclude and AFTER_YEARS.search(view.between(max(view.start, s.start - 50), s.start)):
            return s.name
    return None


def _verb_final_destination(view: SentenceView, people: list[Slot], t1: int) -> list[Slot]:
    """The destination before a clause-final join verb: "X ist zu B gewechselt", "X hat bei B angeheuert"."""
    if not people or not re.match(r"^\s*(?:[.,;:–—-]|$)", view.between(t1, view.end)) or re.search(
            r"(?i)\b(?:soll|sollen|sollte|sollten|will|wollen|wollte|m[öo]chte|k[öo]nnte|d[üu]rfte)\b",
            view.between(people[-1].end, t1)):
        return []  # "X soll zu B wechseln": reported or planned
    return [s for s in view.orgs() if people[-1].end <= s.start and s.end <= t1 and re.search(
        r"(?i)\b(?:zu|zum|zur|nach|bei)\s+(?:der\s+|dem\s+|den\s+)?(?:[\w\-]+\s+){0,2}?$",
        view.between(max(view.start, s.start - 30), s.start))][-1:]


#: "as CEO of A", "als Chef von A", "en tant que PDG de A", "como consejero delegado de A"
AS_TITLE_OF = re.compile(r"\b(?:as|als|en tant que|comme|como)\s+(?:[\w\-]+\s+){0,4}?(?:of|von|bei|de|d['’]|du|del|at|chez|en)\s*"
                         r"(?:the\s+|la\s+|le\s+|l['’]|el\s+|der\s+)?$", re.IGNORECASE)


def _current_employer(view: SentenceView, person: Slot, t1: int) -> str | None:
    """The company a person leaving without naming it works for: "Scale CEO X", "X, cofundador de A, …" (an
    apposition with a title, founders' included), named between the person and the verb."""
    origin = _origin(view, person, set(), former=False)
    if origin:
        return origin
    for s in view.orgs():  # "tritt als Chef von A zurück", "dimite como consejero delegado de A"
        if person.end <= s.start and AS_TITLE_OF.search(view.between(max(person.end, s.start - 60), s.start)):
            return s.name
    first = next(iter(view.orgs()), None)  # "Bei X wiederum hatte Y hingeworfen", "Chez A, X s'en va"
    if first and first.end <= person.start and re.match(r"(?i)^\s*(?:bei|at|chez|en|in)\s+(?:der|dem|the|la|le|l['’]|el)?\s*$",
                                                        view.between(view.start, first.start)):
        return first.name
    for s in view.orgs():
        if person.end <= s.start < t1 and TITLE_OF_ORG.search(view.between(person.end, s.start)) and not FORMER_NEAR.search(
                view.between(person.end, s.start)) and view.between(person.end, s.start).startswith(","):
            return s.name
    return None


#: "who had joined from A", "qui était arrivé de A", "que había llegado desde A", "der von A gekommen war"
ARRIVED_FROM = re.compile(r"(?:\b(?:joined|arrived|came) from|\barriv[ée]e?s? (?:de|d['’])|\bvenue?s? (?:de|d['’])|"
                          r"\bllegad[oa]s? (?:desde|de)|\blleg[óo] (?:desde|de)|\bprocedentes? de|\bvon)\s+(?:[\w\-]+\s+){0,2}?$",
                          re.IGNORECASE)


def _relative_clause_orgs(view: SentenceView, person: Slot, t1: int) -> set[str]:
    """Orgs named in a relative clause right after the person, before the verb ("X, que había llegado desde A, …")."""
    gap = view.between(person.end, t1)
    m = re.match(r"^\s*,\s*(?:who|qui|que|quien|der|die)\b[^,;]*,", gap, re.IGNORECASE)
    if not m:
        return set()
    return {s.name for s in view.orgs() if person.end <= s.start < person.end + m.end() and not s.descriptor}


RELATIVE_FOUNDED = re.compile(
    r"^[\s,]*(?:(?:la|le|l'|the|die|das|der|la|el)\s+)?(?:[\w\-]+\s+){0,2}(?:(?:qu['’]\s*(?:il|elle|ils|elles)|that|which|"
    r"die|den|das|que)\s+(?:(?:he|she|they|er|sie)\s+)?|(?:he|she|they)\s+)(?:\w+\s+){0,2}(?:lanc|fond|cofond|cr[ée]|found|co-found|start|"
    r"launch|gegr[üu]nd|gr[üu]nd|fund|cofund|cre[óo]|cre)\w*\b", re.IGNORECASE)
AFTER_LEAVING = re.compile(r"\b(?:apr[èe]s (?:avoir|être)|after|nachdem|tras|despu[ée]s de)\s+(?:\w+\s+){0,3}$",
                           re.IGNORECASE)


def _founded_after_leaving(view: SentenceView, t1: int, from_org: str | None) -> str | None:
    """The company of a relative clause "B, la start-up qu'il avait lancée en 2022 après avoir quitté A",
    "B, the startup he founded after leaving A": the company founded on leaving."""
    before = [s for s in view.orgs() if s.end <= t1 and s.name != from_org]
    if not before or from_org is None:
        return None
    b = before[-1]
    window = view.between(b.end, t1)
    trigger_start = len(window.rstrip()) - len(window.rstrip().split()[-1]) if window.strip() else 0
    if len(window) > 120 or not RELATIVE_FOUNDED.match(window) or not AFTER_LEAVING.search(window[:trigger_start]):
        return None
    return b.other_than({from_org}) if b.descriptor else b.name


LED_BY = re.compile(r"\b(?:dirig[ée]e?s?|men[ée]e?s?|pilot[ée]e?s?|led|headed|run|geleitet|gef[üu]hrt|dirigid[oa]s?|"
                    r"liderad[oa]s?|encabezad[oa]s?)\s+(?:par|by|von|por)\s+$", re.IGNORECASE)


def _led_by(view: SentenceView, person: Slot, exclude: str | None) -> str | None:
    """The company a person is said to lead ("Il est dirigé par X, qui a quitté A pour …"): the subject of
    the passive whose agent is the person."""
    window_start = max(view.start, person.start - 40)
    led = LED_BY.search(view.between(window_start, person.start))
    if not led:
        return None
    subject = subject_before(view, window_start + led.start(), max_gap=60)
    return subject[-1].name if subject and subject[-1].name != exclude else None


def _foundings(view: SentenceView, people: list[Slot], t0: int, t1: int, date: str | None, earlier: list[dict[str, Any]],
               topic: str | None) -> list[dict[str, Any]]:
    """"… and started his own company, B": from the company just left (or the article's) to B; verb-final
    "X, Y und Z haben B gegründet" founds the company between the founders and the verb."""
    between = [s for s in view.orgs() if people and people[-1].end <= s.start and s.end <= t0
               and re.match(r"^\s*(?:(?!(?:und|and|et|y)\s)[\w\-]+\s+){0,3}$", view.between(s.end, t0))
               and re.match(r"^\s*(?:[.,;:–—-]|$)", view.between(t1, view.end))]
    new = entities_after(view, t1, max_gap=80) if not between else between[-1:]
    if not people or not new:
        return []
    out = []
    for p in people:
        left = [m["from_org"] for m in earlier if m["person"] == p.name and m["to_org"] is None]
        if WEAK_FOUNDING.match(view.between(t0, t1).strip()) and not left:
            continue  # "lance", "launches", "lanza": a founding only right after leaving ("quitte A et lance B")
        origin = left[-1] if left else _origin(view, p, {new[0].name})
        if origin and origin != new[0].name:
            out.append(move_fact(p.name, 1, origin, new[0].name, role_near(view, p), "founder", view, date, 0.6))
        elif not origin and not hedged(view, t1 - 1, t1):  # "Sie gründete anschließend B": B of a departure told before
            out.append(move_fact(p.name, 1, None, new[0].name, role_near(view, p), OPEN_FOUNDING, view, date, 0.55))
    return out


def _joins(view: SentenceView, people: list[Slot], t1: int, date: str | None, elided_hirer: str | None = None,
           topic: str | None = None) -> list[dict[str, Any]]:
    """"X joins B", "X a rejoint B", "X wechselt zu B" (origin from "from A" or the apposition); "He joins from A"
    right after a hire joins `elided_hirer`, the company that hired."""
    gaz = load_gazetteer()
    participle = view.between(max(view.start, t1 - 9), t1).lower().endswith("gekommen")  # clause-final, looks back only
    to = [] if participle else entities_after(view, t1, max_gap=60)
    stated_from = None
    if to and (FROM_FIRST.search(view.between(t1, to[0].start)) or re.search(r"(?i)\b(?:von|from|de)\s*$",
                                                                           view.between(t1 - 6, t1))):
        # "wechselt von A zu B", "moves from A to B", "kommt von A zu B"
        stated_from = to[0].name
        to = object_after(view, to[-1].end, TO_JOIN, max_gap=80)
    final = [] if to else _verb_final_destination(view, people, t1)
    to = to or ([] if participle else object_after(view, t1, TO_JOIN, max_gap=80)) or final
    if final and not stated_from:  # "X war 2019 von A zu B gekommen"
        stated_from = next((s.name for s in view.orgs() if people[-1].end <= s.start and s.end <= final[0].start
                            and re.search(r"(?i)\b(?:von|vom|from|de|desde)\s+(?:der\s+|dem\s+)?$",
                                          view.between(max(view.start, s.start - 12), s.start))), None)
    if not to and stated_from and elided_hirer and elided_hirer != stated_from:
        return [move_fact(p.name, 1, stated_from, elided_hirer, role_near(view, p), "hire", view, date, 0.6)
                for p in people]
    if not to and topic and BARE_COMPANY_AFTER.match(view.between(t1, view.end)):
        to = [Slot(topic, "org", t1, t1, descriptor=True)]  # "rejoint l'entreprise", "wechselt zu dem Unternehmen"
    if not to:
        return []
    out = []
    for p in people:
        from_m = object_after(view, to[-1].end, STRONG_FROM, max_gap=60)
        exclude = set() if to[0].descriptor else {to[0].name}
        from_org = (stated_from or _origin(view, p, exclude, former=False) or (from_m[0].name if from_m else None)
                    or _background_origin(view, p.end, t1, exclude) or _after_years_at(view, exclude | {to[0].name}))
        if from_org is None and topic and topic != to[0].name and PAST_ROLE.match(view.between(p.end, t1)) and not any(
                p.end <= s.start < t1 for s in view.orgs()) and not gaz.related(topic, to[0].name):
            from_org = topic  # "X, qui dirigeait cette équipe, a rejoint B": the team of the article's company
        to_org = to[0].name
        if to[0].descriptor and from_org and to_org == from_org:  # "la jeune pousse, X, a rejoint le géant de Seattle"
            to_org = to[0].other_than({from_org}) or to_org
        in_clause = {s.name for s in view.orgs() if p.end <= s.start < t1}
        if to[0].descriptor and in_clause and (to_org in in_clause or gaz.related(to_org, from_org or "")):
            to_org = to[0].other_than(in_clause | {from_org or ""}) or to_org  # "X, who ran A's lab, joins the company"
        out.append(move_fact(p.name, 1, from_org, to_org, role_near(view, p), "hire", view, date, 0.75))
    return out


def _hires(view: SentenceView, t0: int, t1: int, date: str | None, elided_hirer: str | None = None
           ) -> list[dict[str, Any]]:
    """"Meta hired X (from A) and Y", "l'embauche de X … au MSL"; a sentence opening on the verb ("Also hired …")
    continues with `elided_hirer`."""
    hirers = subject_before(view, t0) or _adjunct_subject(view, t0)
    hired = listed_people(view, t1)
    if not hired and hirers and re.match(r"^\s*(?:[.,;:]|$)", view.between(t1, view.end)):
        hired = [p for p in view.people() if hirers[-1].end <= p.start and p.end <= t0]  # "Meta hat X von A abgeworben"
    if not hired:
        return []
    to_org = hirers[0].name if hirers else None
    if to_org is None:
        dest = object_after(view, hired[-1].end, TO_JOIN, max_gap=120)
        to_org = dest[0].name if dest else None
    if to_org is None and not any(s.start < t0 for s in view.slots) and t0 - view.start <= 25:
        to_org = elided_hirer  # "También ha incorporado a X": the hirer of the sentence before
    if to_org is None:
        return []
    out = []
    for p in hired:
        nxt = next((q.start for q in view.people() if q.start > p.end), view.end)
        from_org = (_origin(view, p, {to_org}, former=False) or _appositive_origin(view, p.end, nxt, to_org)
                    or _after_years_at(view, {to_org}))
        out.append(move_fact(p.name, 1, from_org, to_org, role_near(view, p), "hire", view, date, 0.75))
    origins = {m["from_org"] for m in out if m["from_org"]}
    if len(origins) == 1:  # people hired together from one company: "Windsurf CEO X, co-founder Y"
        for m, p in zip(out, hired, strict=True):
            nxt = next((q.start for q in view.people() if q.start > p.end), view.end)
            if not any(p.end <= s.start < nxt for s in view.orgs()):  # not "X, ex CEO of GitHub"
                m["from_org"] = m["from_org"] or next(iter(origins))
    companions = COMPANIONS.match(view.between(hired[-1].end, view.end))
    if companions and out:  # "X et d'autres cadres dirigeants": the same move for the group
        out.append(move_fact(None, count_of(companions.group("count")), out[0]["from_org"], to_org,
                             companions.group("role"), "hire", view, date, 0.6))
    return out


def _adjunct_subject(view: SentenceView, t0: int) -> list[Slot]:
    """The main clause's subject for a participle adjunct: "Microsoft paid A … while hiring X", "tout en recrutant"."""
    if not re.search(r"\b(?:while|whilst|tout en|en|mientras|wobei)\s+$", view.between(max(view.start, t0 - 12), t0)):
        return []
    first = next((s for s in view.orgs() if s.end <= t0), None)
    if first is None or GOVERNED.search(view.between(view.start, first.start)[-30:]):
        return []
    return [first]


APPOSITION_OF = re.compile(r"(?:\bat|\bchez|\bbei|\bfrom|\bde|\bd'|\bdu|\bdes|\bdel|\bvon|\ben)\s*$", re.IGNORECASE)


def _appositive_origin(view: SentenceView, start: int, end: int, exclude: str) -> str | None:
    """Origin stated in an apposition: "a researcher who left OpenAI", "investigador de OpenAI" (not a former
    title, nor a founder's: "cofondateur de DeepMind" says nothing of where the person works now)."""
    past_role = PAST_ROLE.match(view.between(start, end))
    for s in view.orgs():
        if start <= s.start < end and s.name != exclude:
            before = view.between(start, s.start)
            if lx.LEAVE.search(before) or past_role or (APPOSITION_OF.search(before) and not FORMER_NEAR.search(before)
                                           and not FOUNDER_TITLE.search(before)):
                return s.name
    return None


WORKED_AT = re.compile(r"\b(?:worked|previously|formerly|auparavant|travaill\w+|zuvor|arbeitete\w*|trabaj\w+|"
                       r"anteriormente)\b[^,;]{0,30}?\b(?:at|chez|bei|en|in|for|pour|f[üu]r|para)\s+(?:[\w\-]+\s+){0,2}?$",
                       re.IGNORECASE)


#: a past role told in a relative clause or an apposition: "who co-led A's team", "qui dirigeait l'équipe de A",
#: "der bei A die Infrastruktur verantwortete", "que dirigía A", "who spent eight years at A"
PAST_ROLE = re.compile(
    r"^\s*,\s*(?:(?:who|qui|der|die|que|quien)\b[^,;]{0,80}?\b(?:co-?led|led|ran|headed|oversaw|managed|directed|ran|"
    r"spent|worked|(?:co)?dirigeai(?:t|ent)|pilotai(?:t|ent)|menai(?:t|ent)|supervisai(?:t|ent)|g[ée]rai(?:t|ent)|"
    r"(?:a|avait) (?:longtemps |notamment )?(?:dirig[ée]|pilot[ée]|pass[ée]|supervis[ée]|men[ée])|travaillai(?:t|ent)|"
    r"leitete\w*|verantwortete\w*|f[üu]hrte\w*|arbeitete\w*|geleitet|verantwortet|dirig[íi]a\w*|lideraba\w*|"
    r"encabezaba\w*|trabajaba\w*|trabaj[óo]|hab[íi]a (?:dirigido|liderado|trabajado))\b)", re.IGNORECASE)


def _background_origin(view: SentenceView, start: int, end: int, exclude: set[str]) -> str | None:
    """Origin told in the relative clause between a person and the join verb: "X, who previously worked at A,
    joins B", "X, qui a quitté A, rejoint B", "X, who co-led A's team, joins B" (a past role there is the origin)."""
    past_role = PAST_ROLE.match(view.between(start, end))
    for s in view.orgs():
        if start <= s.start < end and s.name not in exclude:
            before = view.between(start, s.start)
            if WORKED_AT.search(before) or lx.LEAVE.search(before) or past_role:
                return s.name
    return None


def _recruited_by_person(view: SentenceView, t1: int) -> bool:
    """"recruté par le PDG de X": the recruiter is a person, no employer is named."""
    rest = view.between(t1, view.end)
    return bool(PASSIVE_AGENT.match(rest)) and bool(TITLE.match(PASSIVE_AGENT.sub("", rest, count=1).strip()))


#: a bare company noun as a destination, left unresolved: "joins the company", "rejoint l'entreprise", "zum Unternehmen"
BARE_COMPANY_AFTER = re.compile(
    r"^\s*(?:(?:[\w\-]+\s+){0,3}?(?:zu|zum|a|à|al|to)\s+)?(?:the|la|le|l['’]|el|dem|das|den)?\s*" + lx.COMPANY_WORDS + r"\b",
    re.IGNORECASE)


FOUNDED_PASSIVE = re.compile(r"\b(?:(?:was|were|is) (?:co-?)?founded|(?:co-?)?fond[ée]e?s?|fue fundad[ao]|fundad[ao]|"
                             r"(?:wurde|ist) .{0,40}?gegr[üu]ndet|gegr[üu]ndet)\b", re.IGNORECASE)
FOUNDED_ACTIVE = re.compile(r"\b(?:(?:co-?)?founded|started|launched|a (?:co)?fond[ée]|(?:co)?fond[èe]rent|cr[ée]a|"
                            r"gr[üu]ndete\w*|fund[óo]|fundaron|cofund[óo])\s+$", re.IGNORECASE)


def founded_company(view: SentenceView) -> str | None:
    """The company a sentence says was founded ("Anthropic was founded by …", "X fondée en 2023", "founded X")."""
    for m in FOUNDED_PASSIVE.finditer(view.text):
        subj = subject_before(view, view.start + m.start(), max_gap=80)
        if subj:
            return subj[-1].name
    for org in view.orgs():
        if FOUNDED_ACTIVE.search(view.between(max(view.start, org.start - 30), org.start)):
            return org.name
    return None


FOUNDED_BY = re.compile(r"\b(?:(?:co-?)?founded by|(?:co)?fond[ée]e?s? par|(?:mit)?gegr[üu]ndet von|(?:co)?fundad[ao]s? por)\s+",
                        re.IGNORECASE)


def founded_by_moves(view: SentenceView, date: str | None) -> list[dict[str, Any]]:
    """"B, la start-up fondée par l'ancienne directrice technique d'A X", "B, founded by former A researcher X":
    the founder came from A to B (a former employer named beside the founder)."""
    out: list[dict[str, Any]] = []
    for m in FOUNDED_BY.finditer(view.text):
        company = subject_before(view, view.start + m.start(), max_gap=80)
        if not company:
            continue
        for p in listed_people(view, view.start + m.end()):
            origin = _origin(view, p, {company[-1].name})
            if origin and FORMER_NEAR.search(view.between(view.start + m.end(), p.end)):
                out.append(move_fact(p.name, 1, origin, company[-1].name, role_near(view, p), "founder", view, date, 0.6))
    return out


def came_from_moves(view: SentenceView, date: str | None, destination: str | None = None) -> list[dict[str, Any]]:
    """"Lample und Lacroix kamen von Meta", "X worked at A": origin only; the destination from context, or
    `destination`, where the previous sentence's hire went ("Y wechselte zu B. X kam von A")."""
    out = []
    for org in view.orgs():
        before = view.between(max(view.start, org.start - 80), org.start)
        came = CAME_FROM.search(before)
        if came and not any(o.start > org.start - len(before) + came.start() and o.end <= org.start for o in view.orgs()):
            c0 = org.start - len(before) + came.start()
            people = expand_groups(subject_before(view, c0, kind="person") or [  # "Zuvor arbeitete er bei A"
                s for s in view.people() if isinstance(s, GroupSlot) and c0 <= s.start < org.start])
            to_org = destination if destination != org.name else None
            kind = "departure" if to_org else BACKGROUND  # "X worked at A" alone says nothing of a move
            out += [move_fact(p.name, 1, org.name, to_org, role_near(view, p), kind, view, date, 0.5) for p in people]
    return out


#: a hire told as a participle in the person's apposition: "X, fichado en 2018 desde Google", "X, débauché chez
#: OpenAI", "X, recruited from Google last year", "X, 2023 von Google abgeworben"
HIRED_FROM = re.compile(
    r"\b(?:fichad[oa]s?|contratad[oa]s?|reclutad[oa]s?|d[ée]bauch[ée]e?s?|recrut[ée]e?s?|embauch[ée]e?s?|recruited|"
    r"hired|poached|lured|abgeworben\w*|angeworben\w*|rekrutiert\w*|geholt\w*)\s+(?:[\w\-]+\s+){0,4}?"
    r"(?:desde|from|chez|de chez|von|procedente de)\s+(?:la\s+|l['’]|le\s+|the\s+|der\s+|dem\s+|el\s+)?$"
    r"|\b(?:von|desde|from|chez)\s+$(?#verb-final: 'von A abgeworben')", re.IGNORECASE)
HIRED_AFTER = re.compile(r"^\s+(?:[\w\-]+\s+){0,2}?(?:abgeworben|angeworben|geholt|rekrutiert)\w*\b", re.IGNORECASE)


def participle_hires(view: SentenceView, date: str | None, topic: str | None) -> list[dict[str, Any]]:
    """"Apple … bajo la dirección de John Giannandrea, fichado en 2018 desde Google": the origin in the
    participle, the destination the sentence's first company (or the article's)."""
    out: list[dict[str, Any]] = []
    for p in view.people():
        nxt = next((q.start for q in view.people() if q.start > p.end), view.end)
        for org in (s for s in view.orgs() if p.end < s.start < min(nxt, p.end + 90)):
            appos = view.between(p.end, org.start)
            m = HIRED_FROM.search(appos)
            opening = re.match(r"^\s*(?:[\w\-]+\s*)?,", appos)  # German "von X geleitet, 2024 von A abgeworben"
            if opening is None or m is None or re.search(r"[;:]|,.*,", appos[opening.end():]):
                continue
            if m.group(0).lower().strip() in ("von", "desde", "from", "chez") and not HIRED_AFTER.match(
                    view.between(org.end, view.end)):
                continue
            dest = next((s for s in view.orgs() if s.end <= p.start and s.name != org.name), None)
            to_org = dest.other_than({org.name}) if dest else (topic if topic != org.name else None)
            if to_org and not hedged(view, p.start, org.end):
                out.append(move_fact(p.name, 1, org.name, to_org, role_near(view, p), "hire", view, date, 0.6))
            break
    return out


BECAME = re.compile(r"\b(?:est devenue?|devient|became|has become|becomes|wurde\s+(?:\w+\s+)?zu[mr]|wird\s+(?:\w+\s+)?zu[mr]|"
                    r"wird\s+(?:\w+\s+)?(?:der\s+|die\s+)?neue[rs]?|"
                    r"se convirti[óo] en|se convierte en|pas[óo] a ser)\s+(?:[\w\-]+\s+){0,5}?(?:de|d['’]|du|of|at|bei|von|der|"
                    r"des|del|chez)\s*(?:la\s+|le\s+|l['’]|the\s+|el\s+)?$", re.IGNORECASE)


def new_roles(view: SentenceView, date: str | None, destinations: list[str]) -> list[dict[str, Any]]:
    """"X … est devenu directeur technique de B", "X became CTO of B": a role at B, kept as a move only when a
    departure of X completes it (else a promotion inside B, no move). A description of B standing for a company
    named before in the sentence is taken as one of the article's earlier `destinations`, if any."""
    out: list[dict[str, Any]] = []
    for org in view.orgs():
        became = BECAME.search(view.between(max(view.start, org.start - 90), org.start))
        if became is None:
            continue
        t0 = org.start - len(view.between(max(view.start, org.start - 90), org.start)) + became.start()
        people = expand_groups(subject_before(view, t0, kind="person", max_gap=200) or [
            s for s in view.people() if isinstance(s, GroupSlot) and s.end <= t0 and not view.between(s.end, t0).strip()] or [
            s for s in view.people() if isinstance(s, GroupSlot) and t0 < s.start < org.start])  # "wurde er zum CTO von B"
        gone = {m.group(0) for m in lx.LEAVE.finditer(view.text)}
        for p in people:
            to_org: str | None = org.name
            named_before = {s.name for s in view.orgs() if s.start < t0}
            if org.descriptor and gone and to_org in named_before:  # "parti de A, est devenu CTO de la jeune pousse"
                to_org = next((a for a in org.alternatives if a in destinations and a not in named_before), None)
            if to_org and not hedged(view, t0, org.end):
                out.append(move_fact(p.name, 1, None, to_org, role_near(view, p), OPEN_ROLE, view, date, 0.55))
    return out


#: a company losing someone: "Hugging Face a perdu son directeur scientifique, X", "A loses its CTO X", "A verliert X"
LOSES = re.compile(r"\b(?:a perdu|perd|ont perdu|perdent|loses|lost|has lost|have lost|verliert|verlor|verloren|pierde|"
                   r"perdi[óo]|ha perdido)\b", re.IGNORECASE)
#: where the one lost went: "parti fonder B", "who left to join B", "der zu B wechselte", "que se fue a B"
LOST_TO = re.compile(r"(?:parti\w* (?:fonder|cr[ée]er|lancer|rejoindre|chez)|to (?:join|found|start|launch)|"
                     r"(?:who|qui|der|die|que|quien) (?:\w+ ){0,2}?(?:joined|left for|moved to|a rejoint|est parti\w* chez|"
                     r"wechselte zu|ging zu|se fue a|se march[óo] a|se uni[óo] a)|"
                     r"\b(?:for|pour|zu|an|a|para)(?: (?:rival|concurrent|Konkurrent\w*))?)\s*$", re.IGNORECASE)
#: what may stand between "loses" and the person lost: nothing, or a possessive and a title ("son directeur scientifique,")
LOST_GAP = re.compile(r"^\s*(?:a\s+)?(?:(?:son|sa|ses|its|his|her|their|sein\w*|ihr\w*|su|sus)\s+(?:[\w\-]+\s+){0,3}?"
                      r"[\w\-]+\s*,?\s*)?$", re.IGNORECASE)


def lost_people(view: SentenceView, date: str | None) -> list[dict[str, Any]]:
    """"Hugging Face a perdu son directeur scientifique, X, parti fonder B": X leaves the company (for B)."""
    out: list[dict[str, Any]] = []
    for m in LOSES.finditer(view.text):
        t0, t1 = view.start + m.start(), view.start + m.end()
        company = subject_before(view, t0, max_gap=40)
        if not company or hedged(view, t0, t1):
            continue
        listed = listed_people(view, t1)
        gap = view.between(t1, listed[0].start) if listed else ""
        if not listed or not LOST_GAP.match(gap) or (gap.strip() and not TITLE.search(gap)):
            continue  # "lost a lawsuit against X", "perd du terrain face à Google, selon X"
        for p in listed:
            dest = next((s for s in view.orgs() if s.start > p.end and s.name != company[-1].name
                         and introduced_by(view.between(p.end, s.start), LOST_TO, 5)), None)
            out.append(move_fact(p.name, 1, company[-1].name, dest.name if dest else None, role_near(view, p), "departure",
                                 view, date, 0.6))
        break
    return out


def affiliations(view: SentenceView) -> dict[str, str]:
    """Where people are said to work now: "Scale CEO X", "X, fondateur de A", "Der 28-Jährige hat Scale gegründet"
    (never a "former" title)."""
    out: dict[str, str] = {}
    for p in view.people():
        if FORMER_NEAR.search(view.between(max(view.start, p.start - 40), p.start)):
            continue
        origin = _origin(view, p, set(), former=False)
        if origin:
            out[p.name] = origin
    for m in lx.FOUND.finditer(view.text):
        if WEAK_FOUNDING.match(m.group(0).strip()):
            continue  # "X launches B": a product as often as a company
        t0, t1 = view.start + m.start(), view.start + m.end()
        people = expand_groups(subject_before(view, t0, kind="person", max_gap=80))
        between = [s for s in view.orgs() if people and people[-1].end <= s.start and s.end <= t0]
        new = between[-1:] or entities_after(view, t1, max_gap=40)
        for p in people if new and not hedged(view, t0, t1) else []:
            out[p.name] = new[0].name
    return out


def topic_org(views: list[SentenceView]) -> str | None:
    """The company the article is mostly about: the most mentioned, the first named on a tie."""
    names = [s.name for v in views for s in v.orgs() if not s.descriptor]
    counts = Counter(names)
    if not counts:
        return None
    # most mentioned; a tie goes to the one named first (in the headline, usually)
    return max(counts, key=lambda n: (counts[n], -names.index(n)))


def merge_person_moves(moves: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One move per person where the text splits it: "left A" + "joined B" is A -> B."""
    gaz = load_gazetteer()
    out: list[dict[str, Any]] = []
    for m in moves:
        if m["person"] is None:
            out.append(m)
            continue
        same = [o for o in out if o["person"] == m["person"]]
        if m["to_org"] is None and any(o["from_org"] == m["from_org"] and o["to_org"] for o in same):
            continue  # A -> ? is already known as A -> B
        if m["from_org"] is None and any(o["to_org"] == m["to_org"] for o in same):
            continue  # ? -> B is already known as A -> B
        unit_of = [o for o in same if o["from_org"] and o["to_org"] and m["to_org"] and gaz.related(o["to_org"], m["to_org"])
                   and m["from_org"] in (None, o["from_org"])]
        if unit_of:  # "hired by Google" + "joined Google DeepMind": the unit
            if gaz.entries.get(m["to_org"]) is not None and gaz.entries[m["to_org"]].parent == unit_of[-1]["to_org"]:
                unit_of[-1]["to_org"] = m["to_org"]
            continue
        open_leave = [o for o in same if o["to_org"] is None and o["from_org"] != m["to_org"]]
        if m["from_org"] is None and m["to_org"] and open_leave and m["kind"] in ("hire", OPEN_FOUNDING, "founder", OPEN_ROLE):
            open_leave[-1].update(to_org=m["to_org"], kind="hire" if m["kind"] in ("hire", OPEN_ROLE) else "founder")
            continue
        open_join = [o for o in same if o["from_org"] is None and o["to_org"] and o["to_org"] != m["from_org"]
                     and not gaz.related(o["to_org"], m["from_org"] or "")]
        if m["to_org"] is None and m["from_org"] and open_join and m["kind"] in ("departure", BACKGROUND):
            open_join[-1].update(from_org=m["from_org"],  # "X joins B" told first, "X left A" after: A -> B
                                 kind={OPEN_FOUNDING: "founder", OPEN_ROLE: "hire"}.get(open_join[-1]["kind"],
                                                                                       open_join[-1]["kind"]))
            continue
        out = [o for o in out if not (o["person"] == m["person"] and o["to_org"] is None
                                      and o["from_org"] == m["from_org"] and m["to_org"])]
        out = [o for o in out if not (o["person"] == m["person"] and o["from_org"] is None
                                      and o["to_org"] == m["to_org"] and m["from_org"])]
        out.append(m)
    return out


def talent_facts(views: list[SentenceView], lang: str | None, published: str | None) -> list[dict[str, Any]]:
    """Every talent move of an article (one per person or group, origin and destination)."""
    topic = topic_org(views)
    moves: list[dict[str, Any]] = []
    seen: set[tuple[Any, ...]] = set()
    previous = ""
    founded_in_previous: str | None = None
    history: list[list[str]] = []
    previous_named: list[str] = []
    last_hirer: str | None = None
    works_at: dict[str, str] = {}
    acquired: tuple[str, str] | None = None  # (hirer, company hired from) of an acqui-hire, for a few sentences
    acquired_ttl = 0
    gaz = load_gazetteer()
    for view in views:
        named = [s.name for s in view.people() if not s.descriptor]
        earlier = {n for names in history[-3:] for n in names}
        view = with_anaphors(view, history)
        if named:
            history.append(named)
        if not view.slots and not ACCOMPANY.search(view.text):  # "Einige Mitarbeiter folgen ihm." names nobody
            previous, previous_named = view.text, []
            continue
        date = event_date(view.text, published)
        found = (person_moves(view, date, topic, last_hirer) + group_moves(view, date, topic)
                 + came_from_moves(view, date, last_hirer) + participle_hires(view, date, topic)
                 + new_roles(view, date, [m["to_org"] for m in moves if m["to_org"]])
                 + split_group_departures(view, date) + among_them_moves(view, moves[-3:], date)
                 + lost_people(view, date)
                 + founded_by_moves(view, date))
        for move in found:  # "Der 28-Jährige hat Scale gegründet. Nun wechselt er zu Meta": from where they work
            known = works_at.get(move["person"] or "")
            if move["from_org"] is None and move["to_org"] and known and known != move["to_org"] and not gaz.related(
                    known, move["to_org"]):
                move["from_org"] = known
        works_at.update(affiliations(view))
        last_hirer = next((m["to_org"] for m in reversed(found) if m["kind"] == "hire" and m["to_org"]), None)
        found += companion_moves(view, found, moves, date)
        deal, staff = acquihire(view, date)
        found += staff
        if deal:
            acquired, acquired_ttl = deal, 3
        if acquired:
            founders_from_acquired(found, acquired)
        acquired_ttl -= 1
        if acquired_ttl <= 0:
            acquired = None
        company = founded_company(view) or founded_in_previous
        founders_here = bool(FOUNDERS_CONTEXT.search(view.text))
        if company is None and (founders_here or FOUNDERS_CONTEXT.search(previous)):
            company = topic
        if company:
            for move in found:  # founders leaving their employers: to the company they founded
                if move["to_org"] is None and move["person"] and move["from_org"] != company and (
                        founders_here or not previous_named or move["person"] in earlier or move["person"] not in named):
                    move.update(to_org=company, kind="founder")
        founded_in_previous = founded_company(view)
        previous, previous_named = view.text, named
        for move in found:
            key = (move["person"], move["from_org"], move["to_org"])
            if key not in seen and move["from_org"] != move["to_org"]:
                seen.add(key)
                moves.append(move)
    return [m for m in merge_person_moves(moves)  # a founding alone, or a past employer alone, is no move
            if m["kind"] != OPEN_FOUNDING and not (m["kind"] == BACKGROUND and m["to_org"] is None)
            and not (m["kind"] == OPEN_ROLE and m["from_org"] is None)]
