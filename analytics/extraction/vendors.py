"""Vendor preferences: which companies choose or avoid which suppliers, and why.

Rules per sentence:
- customer (subject, or the company whose researchers/teams are the subject) + prefer verb
  ("uses", "préfère", "setzt auf", "elige") + vendors (object, or after with/avec/mit/con/on…, or the maker of a
  product named as object: "pick Claude"); German verb-final order puts the vendor before the verb
  ("hat sich für OpenAI entschieden", "der auf … von Nvidia basiert", "Aufträge an Scale auslaufen lässt");
- customer + avoid verb ("drops", "a cessé de travailler avec", "beendet", "rompe con") + vendor; an avoid verb
  closing the clause undoes its preference word ("hat den Vertrag mit X gekündigt");
- "rivals of X such as A and B" as preferred vendors: avoids X; "A rather than / statt / en lugar de X": avoids X;
- "X's clients include A, B" / "parmi ses clients" / "zu den Kunden … gehören" / "Y counts A among its clients":
  A and B prefer X (a list naming no vendor belongs to the company of the last sentences);
- "X, whose Azure cloud hosts its workloads", "Azure supplies OpenAI": the supplier is the vendor;
- known products stand for their maker ("vetan ChatGPT", "Bard de Google", "Anthropic's Claude", "GitHub Copilot");
- bans and restrictions are avoids ("restricted the use of", "interdit", "verbietet", "prohibió", "vetan");
- passives: "is being adopted by Y" / "adopté par" / "wird von Y eingesetzt" (Y prefers the subject or its owner),
  "X's robot is powered by Y" / "hébergé par" (X prefers Y);
- "A said B remains its provider", "X is / X, a customer of Y", "replaces A with B", "won a contract from Y";
- German verb-second order puts the subject after the verb ("Unter der Haube setzt Parloa auf …");
- a negated leaving verb keeps the supplier ("tampoco renuncia a"); a deal read both ways names the company the
  article calls a provider as vendor;
- reason from the sentence's cause words (data quality, cost, capacity, conflict of interest…).
Hedges ("considering", "in talks") and negations give nothing; a person acting is a talent move, not a choice.
Per article, one fact per relation: a vendor's unit or owner repeats it, and a relation read both ways keeps
its more confident reading.
"""

from __future__ import annotations

import re
from typing import Any

from analytics.dates import event_date
from analytics.extraction import lexicon as lx
from analytics.extraction.context import SentenceView, Slot
from analytics.extraction.roles import (
    GOVERNED,
    entities_after,
    hedged,
    listed_after,
    object_after,
    subject_before,
)
from analytics.extraction.vendor_phrasings import (
    contract_wins,
    customer_statements,
    its_provider,
    moves_between,
    offered_models,
    passive_preferences,
    preference,
    provider_preferences,
    replacements,
    supplier_preferences,
)
from analytics.gazetteer import fold
from analytics.gazetteer import load as load_gazetteer

VENDOR_PREP = re.compile(r"(?:\bvia|\bthrough|\b[üu]ber|\ba trav[ée]s de|\bpar l'interm[ée]diaire d[e']|\bwith|\bavec|\bmit|\bcon|\bon|\bsur|\bauf|\ben|\bfrom|\bde|\bd'|\bdu|\bdes|\bbei|\bto|"
                         r"\bà|\bau|\baux|\ba|\bal|\bvers|\bfor|\bpour|\bpara|\bpor|\bf[üu]r|\bzu|\bvon|\bdel?|"
                         r"\bsuch as|\btels? que|\btelles? que|\bcomme|\bwie|\bcomo|\bincluding|\bdont|\bdarunter)\s*$",
                         re.IGNORECASE)
TEAM_OF = re.compile(r"(?:researchers?|chercheurs?|engineers?|ing[ée]nieurs?|[ée]quipes?|teams?|Forscher\w*|Teams?|"
                     r"Entwickler\w*|investigador\w*|ingenier\w*|equipos?|developers?|d[ée]veloppeurs?|staff)"
                     r"\s+(?:\w+\s+){0,4}?(?:de|du|des|of|von|del|at|chez|bei|d')\s*$", re.IGNORECASE)
RIVALS_OF = re.compile(r"(?:rivals?|rivaux|competitors?|concurrents?|concurrence|Konkurrenten|Wettbewerber\w*|Rivalen|rivales|"
                       r"competidores)\s+(?:\w+\s+){0,3}?(?:of|de|du|des|von|del|d')\s*$", re.IGNORECASE)
RATHER = re.compile(r"(?:rather than|instead of|over|plut[ôo]t qu(?:e|['’])|au lieu d(?:e|['’])|statt|anstatt|anstelle von|en lugar de|"
                    r"en vez de)\s*(?:\w+\s+){0,3}?$", re.IGNORECASE)
#: a trigger naming a relation both ways ("works with", "signs a deal with"): the weaker reading when the
#: article also states the relation the other way round
SYMMETRIC = re.compile(r"\b(?:work(?:s|ed|ing)?\b|partner|collabor|travaill|arbeit|zusammenarbeit|kooperier|trabaj|"
                       r"colabor|deal|contract|agreement|contrat|accord|vertrag|acuerdo|contrato|pact|pakt|all(?:y|ie|ied)|"
                       r"buil\w* .*with|constru\w* .*(?:avec|con)|bau\w* mit|partenariat|partnerschaft|asociaci|"
                       r"sign[ée]\w* .*avec|firm\w* .*con|mit\b.*(?:unterzeichnet|geschlossen|unterschrieben)|"
                       r"s'allie|al[íi]a|team|associe|verb[üu]nde|tut sich)", re.IGNORECASE)
SYMMETRIC_CONFIDENCE = 0.6
#: an entity followed by a reporting verb opens a new clause ("…, and Microsoft said …"): it is no vendor
SAYS_AFTER = re.compile(r"^\s*(?:said|says|told|announced|added|noted|confirmed|a d[ée]clar[ée]|a annonc[ée]|a indiqu[ée]|"
                        r"a confirm[ée]|affirme|pr[ée]cise|sagte|sagt|erkl[äa]rte?|teilte|best[äa]tigte|dijo|afirm[óo]|"
                        r"anunci[óo]|explic[óo]|confirm[óo])\b", re.IGNORECASE)
#: a relative clause or a subordinate clause between the subject and a verb-final trigger
RELATIVE_BETWEEN = re.compile(r",\s*(?:qui|que|qu'|who|which|that|dont|o[ùu]|welche\w*|quien\w*|donde)\b", re.IGNORECASE)
#: German perfect tense, the object right after the auxiliary: "Die Telekom hat Aleph Alpha … ausgewählt"
PERFECT_OBJECT = re.compile(r"^\s*(?:hat|haben|hatte|hatten)\s+(?:(?:sich|bereits|schon|nun|jetzt|ebenfalls|auch|"
                            r"die|den|das|der|dem)\s+)*$")
#: German "an" introducing the vendor before a verb-final trigger ("seine Aufträge an Scale auslaufen lässt")
TO_VENDOR_AN = re.compile(r"\ban\s*$")


IN_FAVOUR_OF = re.compile(r"(?:\bfor|\bin favou?r of|\bau profit d[e']|\bpour|\bzugunsten von|\bzugunsten|"
                          r"\ben favor de|\bpor|\btowards?|\bvers|\bhin zu|\bhacia)\s*$", re.IGNORECASE)
CLIENTS = re.compile(r"(?:(?:clients?|customers?|clientes?|Kunden)\W{0,3}\s*(?:entre ellos|including|among them|dont|darunter|"
                     r"such as|como|tels? que|wie|notamment|parmi lesquels)|clients? (?:include|including|such as)|"
                     r"customers? (?:include|including|such as)|"
                     r"parmi (?:ses|leurs) clients|compte parmi ses clients|clients comme|clients tels que|"
                     r"zu (?:den|seinen|ihren) Kunden (?:z[äa]hlen|geh[öo]ren)|Kunden wie|entre sus clientes|"
                     r"clientes como|sus clientes incluyen)", re.IGNORECASE)


GERUND_LINK = re.compile(r",\s*(?:en|tout en|while|by|citing|pointing|unter|indem|alegando|se[ñn]alando|"
                         r"[\w]+(?:ant|ing|end|ando|iendo))?\s*(?:\w+\s+){0,2}$", re.IGNORECASE)


#: a technology licence or a deal, which inside a hire-the-founders deal is no preference
LICENCE = re.compile(r"licen[cs]|lizenz", re.IGNORECASE)
DEAL = re.compile(r"\b(?:deal|agreement|arrangement|accord|contrat|Vertrag|Vereinbarung|acuerdo|contrato)\b",
                  re.IGNORECASE)


def reason_of(text: str) -> str | None:
    """The stated cause of a preference, as a short English label."""
    for label, rx in lx.REASONS:
        if rx.search(text):
            return label
    return None


def _stands(view: SentenceView, pref: re.Match[str], avoids: list[re.Match[str]]) -> bool:
    """Whether a preference word states a preference: not inside an avoid phrase ("winding down its work with X"),
    not undone by a clause-final avoid verb, not a technology licence or a deal in a hire-the-founders deal (a person
    named and hired in the same sentence)."""
    if any(a.start() <= pref.start() <= a.end() + 25 and not _org_between(view, a.end(), pref.start()) for a in avoids):
        return False
    if any(_ends_clause(view, pref, a) for a in avoids):
        return False
    licence = LICENCE.search(view.text[pref.start():pref.end() + 30])
    return not ((licence or (DEAL.search(pref.group(0)) and view.people())) and lx.HIRE.search(view.text))


def _ends_clause(view: SentenceView, pref: re.Match[str], avoid: re.Match[str]) -> bool:
    """Whether an avoid verb closes the clause of a preference word, with no object of its own: German verb-final
    order ("SAP hat den Vertrag mit Scale AI gekündigt") undoes the preference."""
    if RATHER.match(avoid.group(0)) or not pref.end() <= avoid.start() <= pref.end() + 60:
        return False
    if re.search(r"[,;:.]", view.text[pref.end():avoid.start()]):
        return False
    rest = re.split(r"[,;:.]", view.text[avoid.end():], maxsplit=1)[0]
    return not _org_between(view, avoid.end(), avoid.end() + len(rest))


def _org_between(view: SentenceView, a: int, b: int) -> bool:
    """Whether an organisation is named between two offsets of the sentence text."""
    return any(view.start + a <= s.start and s.end <= view.start + b for s in view.orgs())


#: leaving a supplier, which negated means staying with it
RENOUNCE = re.compile(r"renonc|renunci|verzicht|g(?:ive|ave|iving) up|abandon|drop|ditch|quit|trenn|se s[ée]par|"
                      r"se separ|prescind", re.IGNORECASE)
#: a negation right before the verb: "does not drop", "ne renonce pas", "verzichtet nicht", "tampoco renuncia"
NOT_BEFORE = re.compile(r"(?:\bnot|n't|\bnever|\bne|\bn['’]|\btampoco|\bno|\bnunca)\s+(?:\w+\s+)?$", re.IGNORECASE)
NOT_AFTER = re.compile(r"^\s*(?:\w+\s+)?(?:nicht|pas|jamais)\b", re.IGNORECASE)


def _keeps(view: SentenceView, trig: re.Match[str], customers: list[Slot]) -> bool:
    """Whether an avoid verb of leaving is negated ("Tampoco renuncia a …", "ne renonce pas à", "verzichtet nicht
    auf", "does not drop"): the customer keeps the supplier. Hedges still give nothing."""
    if not RENOUNCE.match(trig.group(0)):
        return False
    negated = bool(NOT_BEFORE.search(view.text[max(0, trig.start() - 25):trig.start()])
                   or NOT_AFTER.match(view.text[trig.end():trig.end() + 15])
                   or re.search(r"\b(?:nicht|pas|jamais)\b", trig.group(0)))
    start = customers[0].start if customers else view.start + trig.start()
    return negated and not lx.HEDGE.search(view.between(max(view.start, start - 50), view.start + trig.end() + 15))


def _customers(view: SentenceView, t0: int) -> list[Slot]:
    """The customer: the company whose teams are the subject ("les chercheurs de TBD Labs"), else the subject."""
    before = [s for s in view.orgs() if s.end <= t0]
    if before and TEAM_OF.search(view.between(max(view.start, before[-1].start - 80), before[-1].start)):
        return [before[-1]]
    if _person_acts(view, t0):
        return []
    found = subject_before(view, t0, max_gap=220)
    if found and _object_of_perfect(view, found[0]):
        return subject_before(view, found[0].start, max_gap=220)
    return found


#: the words between a fronted verb and its subject: "setzt Parloa …", "hat sich die Telekom für …"
INVERTED = re.compile(r"^[\w-]+\s+(?:sich\s+)?(?:(?:der|die|das|den)\s+)?$")


def _inverted_subject(view: SentenceView, t0: int) -> list[Slot]:
    """German verb-second order after an opening phrase ("Unter der Haube setzt Parloa auf …", "Für sein Telefon hat
    sich die Telekom für … entschieden"): with no subject before it, the subject follows the verb."""
    return [s for s in view.orgs() if t0 < s.start <= t0 + 40 and INVERTED.match(view.between(t0, s.start))][:1]


def _object_of_perfect(view: SentenceView, slot: Slot) -> bool:
    """German verb-final order: an entity after the auxiliary ("Die Telekom hat Aleph Alpha … ausgewählt") or after
    "an" ("… seine Aufträge an Scale auslaufen lässt") is the object, the entity before it the subject."""
    if TO_VENDOR_AN.search(view.between(max(view.start, slot.start - 6), slot.start)):
        return True
    earlier = [s for s in view.orgs() if s.end <= slot.start]
    return bool(earlier) and bool(PERFECT_OBJECT.match(view.between(earlier[-1].end, slot.start)))


def _person_acts(view: SentenceView, t0: int) -> bool:
    """Whether the nearest subject of the trigger is a person ("… par Dario et Daniela Amodei, qui ont quitté
    OpenAI"): people leaving or joining a company are talent moves, not a company's choice of supplier."""
    people = subject_before(view, t0, kind="person", max_gap=80)
    if not people or any(people[-1].end <= o.start and o.end <= t0 for o in view.orgs()):
        return False
    gap = view.between(people[-1].end, t0)  # "OpenAI, whose CEO met Jensen Huang, relies on": the clause has closed
    return "," not in gap or bool(RELATIVE_BETWEEN.search(gap) or re.search(r",\s*(?:der|die)\b", gap))


def sentence_preferences(view: SentenceView, date: str | None, topic: Slot | None = None) -> list[dict[str, Any]]:
    """Preferences stated in one sentence, triggers read in text order; `topic` is the company the last sentences
    are about, the vendor of a client list that names none ("Its clients include …",
    "Zu den Kunden zählen …")."""
    reason = reason_of(view.text)
    m = CLIENTS.search(view.text)
    if m:
        c0 = view.start + m.start()
        vendor = subject_before(view, c0) or [s for s in view.orgs() if s.end <= c0][-1:] or ([topic] if topic else [])
        customers = listed_after(view, view.start + m.end())
        if vendor and customers and not hedged(view, c0, c0, after=15):
            return [preference(c.name, vendor[-1].name, "prefers", reason, view, date, 0.7)
                    for c in customers if c.name != vendor[-1].name]
    avoids = list(lx.AVOID.finditer(view.text))
    passives = [p.span() for p in lx.PASSIVE_PREFER.finditer(view.text)]  # read by passive_preferences
    prefers = [t for t in lx.PREFER.finditer(view.text) if _stands(view, t, avoids)
               and not any(a <= t.start() < b for a, b in passives)]
    # "uses A rather than B": the preference's own rule handles B
    avoids = [a for a in avoids if not (RATHER.match(a.group(0)) and any(p.start() < a.start() for p in prefers))]
    triggers = sorted([(t, "avoids") for t in avoids] + [(t, "prefers") for t in prefers], key=lambda ts: ts[0].start())
    out: list[dict[str, Any]] = []
    last_customers: list[Slot] = []
    seen_vendors: set[str] = set()
    for trig, stance in triggers:
        t0, t1 = view.start + trig.start(), view.start + trig.end()
        customers = _customers(view, t0) or ([] if last_customers or _person_acts(view, t0) else _inverted_subject(view, t0))
        if stance == "avoids" and _keeps(view, trig, customers):
            stance = "prefers"  # "Tampoco renuncia a los chips TPU de Google": still a customer
        elif hedged(view, min([t0] + [c.start for c in customers]), t1, after=15):
            continue
        participle = GERUND_LINK.search(view.between(max(view.start, t0 - 25), t0))
        if last_customers and (participle or not customers or {c.name for c in customers} <= seen_vendors):
            customers = last_customers  # "… favour A and B, pointing to problems with X": same subject
        # "builds OpenAI's models into"; not the customer's own product ("trains its Claude models on")
        inside = [v for v in view.orgs() if t0 <= v.start < t1 and v.other_than({c.name for c in customers})]
        product = _product_maker(view, t1)
        vendors, rivals = (inside, []) if inside else ([product], []) if product else _vendors(view, t1)
        if not vendors and customers:
            vendors = _vendors_before(view, customers[-1].end, t0)
        vendors = [v for v in vendors if not SAYS_AFTER.match(view.between(v.end, min(view.end, v.end + 30)))]
        taken = {c.name for c in customers}
        vendors = [v for v in vendors if v.other_than(taken)]
        names_of = {id(v): v.other_than(taken) for v in vendors}
        if not customers or not (vendors or rivals):
            continue
        for c in customers:
            confidence = SYMMETRIC_CONFIDENCE if SYMMETRIC.search(trig.group(0)) else 0.75
            for v in vendors:
                out.append(preference(c.name, names_of[id(v)] or v.name, stance, reason, view, date, confidence))
            avoided = rivals + (_rather_than(view, vendors[-1].end) if vendors else [])
            for x in avoided if stance == "prefers" else []:
                if x.name != c.name:
                    out.append(preference(c.name, x.name, "avoids", reason, view, date, 0.65))
            if stance == "avoids" and vendors:  # "dropped X for Y", "au profit de Y": Y is preferred
                for y in object_after(view, vendors[-1].end, IN_FAVOUR_OF, max_gap=50):
                    if y.name != c.name:
                        out.append(preference(c.name, y.name, "prefers", reason, view, date, 0.65))
        last_customers = customers
        seen_vendors |= {v.name for v in vendors + rivals}
    return (out + provider_preferences(view, date, reason) + supplier_preferences(view, date, reason)
            + passive_preferences(view, date, reason, topic) + offered_models(view, date, reason, topic)
            + its_provider(view, date, reason)
            + replacements(view, date, reason) + contract_wins(view, date, reason)
            + moves_between(view, date, reason) + customer_statements(view, date, reason))


def _vendors(view: SentenceView, t1: int) -> tuple[list[Slot], list[Slot]]:
    """(vendors, avoided rivals) after a trigger: "rivals of X such as A and B" gives ([A, B], [X])."""
    found = entities_after(view, t1, max_gap=25)
    if found and re.search(r",\s", view.between(t1, found[0].start)):  # "setzte den Preis auf 40 Dollar fest, Apple …"
        found = []
    found = found or _object_past_adverbs(view, t1) or object_after(view, t1, VENDOR_PREP, max_gap=90)
    if found and RIVALS_OF.search(view.between(max(view.start, found[0].start - 80), found[0].start)):
        rest = found[1:] or entities_after(view, found[0].end, max_gap=40)
        return rest, found[:1]
    return found, []


def _object_past_adverbs(view: SentenceView, t1: int) -> list[Slot]:
    """The object after a few lower-case words ("utiliza desde hace meses los modelos Claude", "nutzt seit Jahren
    die Chips H100" has a capital noun and is left out): the first entity within 50 characters."""
    found = entities_after(view, t1, max_gap=50)
    return found if found and re.fullmatch(r"\s*(?:[a-zà-ÿ]+\s+){1,6}", view.between(t1, found[0].start)) else []


PRODUCT_AFTER = re.compile(r"\s*(?:(?:the|its|their|le|la|les|l'|l’|son|sa|ses|der|die|das|den|el|la|los|su|sus|"
                           r"a|an|un|une|ein|eine|einen|uno?)\s+)?(?P<name>[A-Z][\w.\-]*(?:\s[A-Z0-9][\w.\-]*)?)")


def _product_maker(view: SentenceView, t1: int) -> Slot | None:
    """The maker of a known product named right after the trigger ("pick Claude", "utilise ChatGPT"): the vendor."""
    m = PRODUCT_AFTER.match(view.text, t1 - view.start)
    if not m or any(s.start < view.start + m.end("name") and view.start + m.start("name") < s.end for s in view.orgs()):
        return None
    makers = load_gazetteer().makers
    words = fold(m.group("name")).split()
    maker = next((makers[" ".join(words[:n])] for n in range(len(words), 0, -1) if " ".join(words[:n]) in makers), None)
    return Slot(maker, "org", view.start + m.start("name"), view.start + m.end("name"), descriptor=True) if maker else None


def _vendors_before(view: SentenceView, subject_end: int, t0: int) -> list[Slot]:
    """Verb-final order: the vendor between the subject and the trigger ("SAP hat sich für OpenAI entschieden",
    "dass es seine Aufträge an Scale auslaufen lässt"), not one inside a relative clause ("…, qui … à la
    start-up, a suspendu")."""
    out = []
    for v in view.orgs():
        if not subject_end < v.start or v.end > t0 or RELATIVE_BETWEEN.search(view.between(subject_end, v.start)):
            continue
        prep = view.between(max(view.start, v.start - 12), v.start)
        if VENDOR_PREP.search(prep) or TO_VENDOR_AN.search(prep) or PERFECT_OBJECT.match(view.between(subject_end, v.start)):
            out.append(v)
    return out


def _rather_than(view: SentenceView, pos: int) -> list[Slot]:
    for s in (s for s in view.orgs() if s.start >= pos and s.start - pos <= 80):
        if RATHER.search(view.between(pos, s.start)):
            return [s]
    return []


PRODUCT_NAME = re.compile(r"(?<![\w-])[A-Z][\w.\-]*(?:\s[A-Z0-9][\w.\-]*)?")
#: "Bard de Google", "the Claude models of Anthropic": the maker named after its product
MAKER_AFTER = re.compile(r"^\s*(?:(?:\w+\s+){0,2}(?:de|of|von|del|du|d['’]))\s*$")
#: "Anthropic's Claude", "GitHub Copilot": the maker named before its product
MAKER_BEFORE = re.compile(r"^(?:['’]s?)?\s$")


def _maker_of(name: str) -> str | None:
    """The maker of a known product name ("ChatGPT", "Claude 3.5 Sonnet"), longest known prefix first."""
    makers = load_gazetteer().makers
    words = fold(name).split()
    return next((makers[" ".join(words[:n])] for n in range(len(words), 0, -1) if " ".join(words[:n]) in makers), None)


def with_products(view: SentenceView) -> SentenceView:
    """The sentence with known products as slots of their maker ("vetan ChatGPT": OpenAI); a product whose
    maker is named beside it ("Bard de Google", "Anthropic's Claude", "GitHub Copilot") joins the maker's slot,
    so that lists of products read as lists of makers ("ChatGPT, Bard de Google y Bing de Microsoft"). A capitalised
    word opening the sentence may be a common word ("Office workers …", "Flux de trésorerie …"): no product, unless
    its shape is a brand's ("ChatGPT runs on Azure", "GPT-4 …")."""
    slots = list(view.slots)
    for m in PRODUCT_NAME.finditer(view.text):
        a, b = view.start + m.start(), view.start + m.end()
        maker = _maker_of(m.group(0))
        opening_word = not view.text[:m.start()].strip() and not re.search(r"[A-Z0-9]", m.group(0)[1:])
        if not maker or opening_word or any(s.start < b and a < s.end for s in slots):
            continue
        before = [s for s in slots if s.kind == "org" and s.end <= a and MAKER_BEFORE.match(view.between(s.end, a))]
        after = [s for s in slots if s.kind == "org" and s.start >= b and MAKER_AFTER.match(view.between(b, s.start))]
        if before:
            named = before[-1]
            slots[slots.index(named)] = Slot(named.name, "org", named.start, b, named.descriptor, named.alternatives)
        elif after:
            named = after[0]
            slots[slots.index(named)] = Slot(named.name, "org", a, named.end, named.descriptor, named.alternatives)
        else:
            slots.append(Slot(maker, "org", a, b, descriptor=True))
    slots.sort(key=lambda s: s.start)
    return SentenceView(view.start, view.end, view.text, slots)


#: a sentence-opening phrase whose entity is no subject: "Unlike OpenAI or Anthropic, Cohere sells …"
OPENING_ADVERBIAL = re.compile(r"^\s*(?:unlike|like|contrairement [àa]|comme|[àa] l'instar d[e']|anders als|wie|"
                               r"a diferencia de|como|al igual que|after|apr[èe]s|nach|tras|despu[ée]s de|for|pour|"
                               r"f[üu]r|para)\b[^,]*$", re.IGNORECASE)


def sentence_subject(view: SentenceView) -> Slot | None:
    """The company a sentence is about: its first organisation that no preposition or opening phrase governs."""
    for s in view.orgs():
        before = view.between(view.start, s.start)
        if not (OPENING_ADVERBIAL.match(before) or GOVERNED.search(before[-40:])):
            return s
    return view.orgs()[0] if view.orgs() else None


#: a supplier word in apposition to a company: "CoreWeave, el proveedor de nube …", "the cloud provider CoreWeave"
SUPPLIER_NOUN = (r"(?:provider|supplier|vendor|chipmaker|fournisseur|prestataire|fabricant de puces|Anbieter|Lieferant|"
                 r"Dienstleister|Chiphersteller|proveedor|fabricante de chips)")
SUPPLIER_AFTER = re.compile(r"^\s*,\s*(?:the|a|an|le|la|un|une|l'|der|die|ein|el|la|un)\s+(?:[\w-]+\s+){0,3}?"
                            + SUPPLIER_NOUN + r"\b", re.IGNORECASE)
SUPPLIER_BEFORE = re.compile(SUPPLIER_NOUN + r"\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def described_suppliers(views: list[SentenceView]) -> set[str]:
    """Companies the article calls a provider or supplier ("CoreWeave, el proveedor de nube", "the cloud provider
    CoreWeave"): in a deal read both ways, they are the vendor."""
    out = set()
    for view in views:
        for s in view.orgs():
            after = view.between(s.end, min(view.end, s.end + 80))
            before = view.between(max(view.start, s.start - 40), s.start)
            if SUPPLIER_AFTER.match(after) or SUPPLIER_BEFORE.search(before):
                out.add(s.name)
    return out


def supplier_first(facts: list[dict[str, Any]], suppliers: set[str]) -> list[dict[str, Any]]:
    """A deal read both ways ("CoreWeave amplió su acuerdo con OpenAI") names the described supplier as vendor."""
    out = []
    for f in facts:
        if (f["confidence"] <= SYMMETRIC_CONFIDENCE and f["stance"] == "prefers" and f["customer"] in suppliers
                and f["vendor"] not in suppliers):
            f = {**f, "customer": f["vendor"], "vendor": f["customer"]}
        out.append(f)
    return out


def vendor_facts(views: list[SentenceView], lang: str | None, published: str | None) -> list[dict[str, Any]]:
    """Every vendor preference of an article (one per customer, vendor and stance); in a deal read both ways, a
    company the article calls a provider is the vendor."""
    facts: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str]] = set()
    topic: Slot | None = None
    quiet = 0  # sentences since the topic was named
    for view in map(with_products, views):
        if view.orgs():
            for pref in sentence_preferences(view, event_date(view.text, published), topic):
                key = (pref["customer"], pref["vendor"], pref["stance"])
                if key not in seen and not load_gazetteer().related(pref["customer"], pref["vendor"]):
                    seen.add(key)
                    facts.append(pref)
        quiet = 0 if view.orgs() else quiet + 1
        topic = sentence_subject(view) if view.orgs() else topic if quiet <= 2 else None
    return one_per_relation(supplier_first(facts, described_suppliers(views)))


def _same(a: str, b: str) -> bool:
    """One company, or a company and its unit."""
    return a == b or load_gazetteer().related(a, b)


def _outweighs(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Of two readings of a relation in opposite directions, whether `a` (stated first if tied) beats `b`.
    A company and another's unit ("Microsoft uses OpenAI", "OpenAI uses Azure") are both true unless the
    weaker reading comes from a both-ways trigger ("su acuerdo con Anthropic")."""
    if (a["customer"], a["vendor"]) == (b["vendor"], b["customer"]):
        return a["confidence"] >= b["confidence"]
    return a["confidence"] > b["confidence"] and b["confidence"] <= SYMMETRIC_CONFIDENCE


def one_per_relation(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One fact per supply relation, in text order: a vendor's unit or owner named again for the same customer
    and stance ("AWS" … "Amazon") repeats the fact; of a relation read both ways ("A signs a deal with B",
    "B expands its work with A") the more confident reading, else the first, is kept."""
    gaz = load_gazetteer()
    kept: list[dict[str, Any]] = []
    for f in facts:
        same = [k for k in kept if k["customer"] == f["customer"] and k["stance"] == f["stance"]
                and gaz.related(k["vendor"], f["vendor"])]
        reverse = [k for k in kept if k["stance"] == f["stance"] == "prefers"
                   and _same(k["customer"], f["vendor"]) and _same(k["vendor"], f["customer"])]
        if same or any(_outweighs(k, f) for k in reverse):
            continue
        kept = [k for k in kept if not (k in reverse and _outweighs(f, k))] + [f]
    return kept
