"""Moves of groups: counted staff ("plus de 50 chercheurs", "most of the startup's staff"), people who go along
with someone ("accompagné de Y", "two of her deputies followed her"), acqui-hires ("hires A's founders and a
quarter of its staff"), "among them X and Y", one group departure split by destination."""

from __future__ import annotations

import re
from typing import Any

from analytics.extraction import lexicon as lx
from analytics.extraction.anaphora import JOIN_VERB, GroupSlot
from analytics.extraction.context import SentenceView, Slot
from analytics.extraction.moves import ACCOMPANY, NOT_A_MOVE, count_of, listed_people, move_fact, role_near
from analytics.extraction.roles import entities_after, hedged, object_after, subject_before
from analytics.gazetteer import load as load_gazetteer

GROUP = re.compile(
    r"(?:(?P<count>\d[\d\s.,]*|\b(?:dozens|des dizaines|une dizaine|une trentaine|une vingtaine|hundreds|"
    r"des centaines|dutzende|decenas|cientos))\s+(?:de\s+|of\s+)?(?:\w+\s+){0,2}?)?"
    r"(?P<role>(?:researchers?|engineers?|employees?|staff(?:ers)?|executives?|scientists?|people|talents?|workers?|"
    r"chercheurs?|chercheuses?|ing[ée]nieurs?|employ[ée]s?|salari[ée]s?|cadres?(?: dirigeants)?|talents?|members|membres|"
    r"Mitglieder|miembros|"
    r"scientifiques|collaborateurs|Forscher\w*|Ingenieur\w*|Mitarbeiter\w*|Beschäftigte\w*|Angestellte\w*|"
    r"Führungskräfte\w*|investigador\w*|ingenier\w*|emplead\w*|trabajador\w*|directivos?|ejecutivos?|talentos?)"
    r"(?:\s+(?:et|and|und|y|e)\s+(?:\w+\s+)?(?:researchers?|engineers?|chercheurs?|ing[ée]nieurs?|Forscher\w*|"
    r"Ingenieur\w*|investigador\w*|ingenier\w*|scientists?|ejecutivos?|employees?))?)",
    re.IGNORECASE)


STRONG_ORIGIN = re.compile(r"(?:provenant d[e']|venus? d[e']|venant d[e']|en provenance d[e']|coming from|who came from|"
                           r"procedentes? de|llegados? de|die von|kamen von|from rivals?(?: such as| including)?)"
                           r"\s*(?:\w+\s+){0,3}$", re.IGNORECASE)


def group_moves(view: SentenceView, date: str | None, topic: str | None = None) -> list[dict[str, Any]]:
    """Moves of groups ("plus de 50 chercheurs … auprès de OpenAI et Alphabet")."""
    if NOT_A_MOVE.search(view.text):
        return []
    moves: list[dict[str, Any]] = []
    hires = list(lx.HIRE.finditer(view.text))
    for g in GROUP.finditer(view.text):
        g1 = view.start + g.end()
        count = count_of(g.group("count"))
        g0 = view.start + g.start()
        if count is None and any(0 <= g0 - p.end <= 4 for p in view.people()):
            continue  # "Lucas Beyer, investigador de OpenAI": a person's title, not a group
        origins = _with_repeated_preposition(view, object_after(view, g1, lx.PREP_FROM, max_gap=90))
        if not origins or LOOSE_CLAUSE.search(view.between(g1, origins[0].start)):
            continue  # "luring researchers away from big tech, even as Meta spends": Meta is in another clause
        if any(re.fullmatch(r"\s*[,:(]\s*", view.between(origins[-1].end, p.start)) for p in view.people()
               if p.start > origins[-1].end):
            continue  # "dos investigadores procedentes de OpenAI, Avi Verma y Ethan Knight": the people named
        before = [h for h in hires if h.end() <= g.start()]
        to_org = None
        if before:
            hire = before[-1]
            if hedged(view, view.start + hire.start(), view.start + hire.end()):
                continue
            hirers = subject_before(view, view.start + hire.start())
            to_org = _hirer_name(view, hirers[0], topic, {o.name for o in origins}) if hirers else None
            if hirers and hirers[0].descriptor and to_org in {o.name for o in origins}:
                to_org = hirers[0].other_than({o.name for o in origins})  # "la start-up a recruté … venus d'OpenAI"
        elif STRONG_ORIGIN.search(view.between(g1, origins[0].start)):
            others = {s.name for s in view.orgs()} - {o.name for o in origins}
            to_org = others.pop() if len(others) == 1 else None
        else:  # the group as subject: "55 ingénieurs, designers et chercheurs d'io rejoignent OpenAI"
            to_org = _group_joins(view, origins[-1].end)
            final = [h for h in hires if h.start() >= g.end() and re.match(r"^\s*(?:[.,;:]|$)", view.text[h.end():])]
            hirers = subject_before(view, g0) if final and not to_org else []
            if hirers and not hedged(view, view.start + final[0].start(), view.start + final[0].end()):
                to_org = _hirer_name(view, hirers[0], topic, {o.name for o in origins})  # "hat 40 Ingenieure von A angeworben"
        if to_org:
            for o in origins:
                if o.name != to_org:
                    moves.append(move_fact(None, count, o.name, to_org, g.group("role"), "hire", view, date, 0.65))
            return moves
    return moves

#: a bare description of a company, with no other word: "the company", "la compañía", "das Unternehmen"
BARE_COMPANY = re.compile(r"^(?:the|la|le|l['’]|el|das|der|die)\s*" + lx.COMPANY_WORDS + "$", re.IGNORECASE)


def _hirer_name(view: SentenceView, hirer: Slot, topic: str | None, origins: set[str]) -> str | None:
    """The hiring company; a bare description ("la compañía", "the company") that may stand for the article's
    company is taken as that company."""
    if (hirer.descriptor and topic and topic in (hirer.name, *hirer.alternatives) and topic not in origins
            and BARE_COMPANY.match(view.between(hirer.start, hirer.end).strip())):
        return topic
    return hirer.name


def _group_joins(view: SentenceView, end: int) -> str | None:
    """Where a group subject goes: the org after a join verb right behind the group ("… d'io rejoignent OpenAI",
    "… from io are joining OpenAI", "… von io wechseln zu OpenAI")."""
    rest = view.between(end, view.end)
    join = lx.HIRE.search(rest)
    if join is None or not JOIN_VERB.match(join.group(0)) or not re.fullmatch(r"\s*(?:[\w\-]+\s+){0,2}", rest[:join.start()]):
        return None
    t0, t1 = end + join.start(), end + join.end()
    if hedged(view, t0, t1):
        return None
    dest = entities_after(view, t1, max_gap=40)
    return dest[0].name if dest else None

#: "Parmi eux figurent X, Y et Z", "Among them are X and Y", "Darunter sind X und Y", "Entre ellos figuran X e Y"
AMONG_THEM = re.compile(r"^\s*(?:parmi (?:eux|elles|lesquels)|among them|darunter|unter ihnen|entre (?:ellos|ellas))\b",
                        re.IGNORECASE)


def among_them_moves(view: SentenceView, earlier: list[dict[str, Any]], date: str | None) -> list[dict[str, Any]]:
    """People listed "among them" after a group move make the group's move, each by name."""
    group = next((m for m in reversed(earlier) if m["person"] is None and m["from_org"] and m["to_org"]), None)
    if group is None or not AMONG_THEM.match(view.text):
        return []
    return [move_fact(p.name, 1, group["from_org"], group["to_org"], role_near(view, p), "hire", view, date, 0.55)
            for p in view.people() if not isinstance(p, GroupSlot)]

#: a comma opening another clause between a group and an org ("…, even as Meta"), not a list ("…, dont OpenAI")
LOOSE_CLAUSE = re.compile(r",\s*(?!(?:dont|including|such as|notably|notamment|darunter|dabei|entre ellos|como|wie|"
                          r"en particulier|among them|parmi lesquels|y|and|et|und|e|o|or|ou|oder)\b)\w", re.IGNORECASE)


#: "…, certains pour OpenAI ou Anthropic", "some for A or B", "einige zu A oder B", "algunos a A o B"
SOME_FOR = re.compile(r"\b(?:certain(?:e)?s|quelques-un(?:e)?s|some|einige|manche|algun(?:o|a)s|unos)\s+(?:\w+\s+)?(?:pour|vers|chez|"
                      r"to|for|at|zu[mr]?|nach|bei|a|al|para|hacia|en)\s*$", re.IGNORECASE)


def split_group_departures(view: SentenceView, date: str | None) -> list[dict[str, Any]]:
    """"Une dizaine de membres de l'équipe auraient quitté Apple, certains pour OpenAI ou Anthropic": one group
    move per destination named for part of the group (count unknown)."""
    out: list[dict[str, Any]] = []
    for trig in lx.LEAVE.finditer(view.text):
        group = next((g for g in GROUP.finditer(view.text[:trig.start()])
                      if not view.text[g.end():trig.start()].count(",")), None)
        t0, t1 = view.start + trig.start(), view.start + trig.end()
        left = entities_after(view, t1, max_gap=40)
        if group is None or not left or hedged(view, t0, t1):
            continue
        for org in view.orgs():
            if org.start > left[0].end and SOME_FOR.search(view.between(max(view.start, org.start - 30), org.start)):
                dests = [org]
                for nxt in (o for o in view.orgs() if o.start > org.end):
                    if not re.fullmatch(r"\s*(?:,|,?\s*(?:ou|or|oder|o|u|et|and|und|y|e))\s*", view.between(dests[-1].end, nxt.start)):
                        break
                    dests.append(nxt)
                for dest in dests:
                    if dest.name != left[0].name:
                        out.append(move_fact(None, None, left[0].name, dest.name, group.group("role"), "departure", view, date, 0.55))
        return out
    return out

REPEATED_FROM = re.compile(r"^\s*(?:,|,?\s*(?:et|and|und|y|ou|or|oder|o))\s*(?:de|d'|du|des|from|von|vom|de la|del)\s*$",
                           re.IGNORECASE)


def _with_repeated_preposition(view: SentenceView, origins: list[Slot]) -> list[Slot]:
    """Origins listed with the preposition repeated: "venus d'OpenAI, de Meta et de Mistral AI"."""
    if not origins:
        return origins
    out = list(origins)
    for s in (s for s in view.orgs() if s.start >= out[-1].end):
        if not REPEATED_FROM.match(view.between(out[-1].end, s.start)):
            break
        out.append(s)
    return out

#: passive followers: the people after "par" / "by" / "por" go where the one followed went
FOLLOWED_BY = re.compile(r"(?:suivie?s?|followed|seguid[oa]s?)\b", re.IGNORECASE)


STAFF = (r"(?:staff(?:ers)?|employees|team(?:s)?|workers|researchers|engineers|co-?founders|colleagues|coll[èe]gues|"
         r"deputies|lieutenants|adjoint(?:e)?s|Stellvertreter\w*|adjuntos|"
         r"Kolleg\w*|colegas|[ée]quipes?|salari[ée]s|"
         r"employ[ée]s|collaborateurs|chercheurs|ing[ée]nieurs|co-?fondateurs|Mitarbeiter\w*|Besch[äa]ftigte\w*|"
         r"Team\w*|Forscher\w*|Entwickler\w*|Mitgr[üu]nder\w*|empleados|equipo|plantilla|trabajadores|"
         r"investigadores|ingenieros|cofundadores)")


#: "most of the startup's staff", "une partie des équipes", "plusieurs cofondateurs", "ein Teil des Teams"
SHARE_OF_STAFF = re.compile(
    r"\b(?:most|much|part|some|many|several|(?:a|un|une)\s+(?:small\s+|petit\s+|pequeño\s+)?(?:group|number|handful|"
    r"poign[ée]e|groupe|grupo|nombre)|la plupart|l'essentiel|la majorit[ée]|une partie|plusieurs|quelques|"
    r"(?:den |der |ein(?:en)? )?(?:Gro[ßs]teil|Teil|Mehrheit)|einige|mehrere|la mayor[íi]a|parte|varios|algunos|"
    r"(?:a|un|une|ein|eine|una|die|la)\s+(?:quarter|third|quart|tiers|moiti[ée]|Viertel|Drittel|H[äa]lfte|cuarta parte|"
    r"tercio|mitad)|half)"
    r"(?:[\s'’]+[\w\-]+){0,8}?[\s'’]+" + STAFF + r"\b",
    re.IGNORECASE)


#: "Scale employees will follow him", "La majorité des salariés les suivent": staff as the subject
STAFF_SUBJECT = re.compile(r"(?:" + SHARE_OF_STAFF.pattern + r"|\b(?:other|autres|weitere|otros)\s+(?:[\w\-]+\s+){0,2}?"
                           + STAFF + r"\b|\b[\w\-]+-" + STAFF + r"\b|(?P<count>\b\d+|\b(?:une dizaine|une vingtaine|"
                           r"une douzaine|una decena|a dozen|ein Dutzend|zwei Dutzend|dozens|des dizaines|decenas|"
                           r"two|three|four|deux|trois|quatre|zwei|drei|vier|dos|tres|cuatro|"
                           r"Dutzende))\s+(?:de\s+|d'|of\s+)?(?:[\w\-]+\s+){0,2}?" + STAFF + r"\b)", re.IGNORECASE)


#: "hires A's founders", "bring in the three founders of A", "recrute les fondateurs de A", "holt die Gründer von A",
#: "ficha a los fundadores de A": an acqui-hire, the founders named next come from A
FOUNDERS_OF = re.compile(r"^\s*(?:a\s+|à\s+)?(?:the|les|die|los|las)\s+(?:\w+\s+){0,2}?(?:co-?founders|founders|"
                         r"co-?fondat(?:eur|rice)s|fondat(?:eur|rice)s|(?:Mit)?[Gg]r[üu]nder(?:innen)?|(?:co)?fundador(?:es|as))\s+"
                         r"(?:of|de|d['’]|du|von|der|des|del)\s*(?:la\s+|l['’]|le\s+|the\s+|el\s+)?$", re.IGNORECASE)


FOUNDERS_POSSESSIVE = re.compile(r"^['’]s?\s+(?:\w+\s+)?(?:co-?founders|founders)\b", re.IGNORECASE)


def acquihire(view: SentenceView, date: str | None) -> tuple[tuple[str, str] | None, list[dict[str, Any]]]:
    """"Amazon hires Covariant's founders and a quarter of its staff": (hirer, the company hired from) for the
    founders named next, and the staff share as a group move."""
    for trig in lx.HIRE.finditer(view.text):
        t0, t1 = view.start + trig.start(), view.start + trig.end()
        hirer = subject_before(view, t0)
        if not hirer or hedged(view, t0, t1):
            continue
        for org in (s for s in view.orgs() if t1 <= s.start <= t1 + 60 and s.name != hirer[0].name):
            if not (FOUNDERS_OF.match(view.between(t1, org.start)) or (
                    not view.between(t1, org.start).strip() and FOUNDERS_POSSESSIVE.match(view.between(org.end, view.end)))):
                continue
            moves = []
            share = SHARE_OF_STAFF.search(view.between(org.end, min(view.end, org.end + 160)))
            if share and re.search(r"(?:,|\b(?:and|et|und|y|ainsi que|as well as|sowie|along with|junto con|avec|with|mit))"
                                   r"\s+(?:\w+\s+){0,2}$", view.between(org.end, org.end + share.start())):
                moves.append(move_fact(None, None, org.name, hirer[0].name, share.group(0), "hire", view, date, 0.55))
            return (hirer[0].name, org.name), moves
    return None, []


def founders_from_acquired(found: list[dict[str, Any]], acquired: tuple[str, str]) -> None:
    """The founders named after "hires A's founders" come from A, joining the hirer (or a unit of it)."""
    hirer, origin = acquired
    gaz = load_gazetteer()
    for move in found:
        if not move["person"] or move["from_org"] is not None or not move["to_org"]:
            continue
        if move["to_org"] in acquired:  # "… are joining the tech giant" (a description maybe taken for A)
            move.update(from_org=origin, to_org=hirer)
        elif gaz.related(move["to_org"], hirer):  # "… are joining Google DeepMind": a unit of the hirer
            move["from_org"] = origin


def lead_move(moves: list[dict[str, Any]], exclude: set[str], need_from: bool = True) -> dict[str, Any] | None:
    """The latest move of a named person with both sides known: the one others go along with."""
    return next((m for m in reversed(moves) if m["person"] and m["person"] not in exclude
                 and (m["from_org"] or not need_from) and m["to_org"]), None)


def _staff_origin(view: SentenceView, start: int, end: int, exclude: str, prefer: str | None = None) -> str | None:
    """The company named in a staff phrase: "most of the startup's staff", "l'essentiel des équipes de la start-up"
    (a description that may refer to `prefer`, the company the leader left, is taken as that company)."""
    for s in view.orgs():
        if start <= s.start < end + 40 and s.name != exclude and (s.start < end or re.match(
                r"^\s*(?:of|de|d'|du|des|von|der|del)\s+(?:la\s+|l'|le\s+|the\s+|el\s+)?$", view.between(end, s.start))):
            return prefer if s.descriptor and prefer in (s.name, *s.alternatives) else s.name
    return None


def companion_moves(view: SentenceView, found: list[dict[str, Any]], earlier: list[dict[str, Any]],
                    date: str | None) -> list[dict[str, Any]]:
    """Who goes along with the last mover: "Il est accompagné de Y ainsi que d'une partie de l'équipe",
    "a quitté la start-up avec lui", "other Scale employees will follow him to Meta", "X a rejoint B avec
    plusieurs cofondateurs et une partie des équipes"."""
    acc = ACCOMPANY.search(view.text)
    out: list[dict[str, Any]] = []
    if acc is None:
        share = SHARE_OF_STAFF.search(view.text)
        lead = lead_move(found, set(), need_from=False)
        if share and lead and re.search(r"(?:,|\b(?:and|et|und|y|ainsi que|as well as|sowie|avec|with|mit|"
                                        r"con|junto con|along with))\s+(?:d'|de\s+)?$",
                                        view.text[:share.start()][-25:], re.IGNORECASE):
            origin = _staff_origin(view, view.start + share.start(), view.start + share.end(), lead["to_org"])
            if origin:  # "hiring co-founder X and most of the startup's staff": all came from the startup
                for m in found:
                    if m["person"] and m["to_org"] == lead["to_org"]:
                        m["from_org"] = origin
            if origin or lead["from_org"]:
                out.append(move_fact(None, None, origin or lead["from_org"], lead["to_org"], share.group(0), "hire", view,
                                     date, 0.55))
        return out
    own = {m["person"] for m in found if m["person"]}
    lead = lead_move(earlier + found, own)
    if lead is None:
        return out
    for m in found:  # "X a quitté la start-up avec lui": X goes where the other went
        if m["person"] and m["to_org"] is None and m["from_org"] == lead["from_org"]:
            m.update(to_org=lead["to_org"], kind="hire")
    pos = view.start + acc.end()
    listing = acc.group(0).lower().startswith(("acc", "joined", "begl", "acomp")) or FOLLOWED_BY.search(acc.group(0))
    for p in listed_people(view, pos) if listing else []:
        out.append(move_fact(p.name, 1, lead["from_org"], lead["to_org"], role_near(view, p), "hire", view, date, 0.6))
    staff = STAFF_SUBJECT.search(view.text)
    if staff and any(0 <= p.start - (view.start + staff.end()) <= 3 for p in view.people()):
        staff = None  # "deux de ses anciens collègues, Tom Gunter et Mark Lee": the people named, no group
    if staff:
        origin = _staff_origin(view, view.start + staff.start(), view.start + staff.end(), lead["to_org"],
                               lead["from_org"])
        out.append(move_fact(None, count_of(staff.group("count")), origin or lead["from_org"], lead["to_org"],
                             staff.group(0), "hire", view, date, 0.55))
    return out
