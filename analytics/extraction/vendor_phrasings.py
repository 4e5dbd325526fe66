"""Vendor relations told other than by a customer's verb: the vendor as subject ("Azure supplies …", "X's
provider"), passives and products ("is being adopted by Y", "powered by Y", "Sa plateforme propose des modèles
de Y"), contract wins, replacements ("replaces A with B"), moves from one vendor to another, customer statements
("Y counts X among its clients")."""

from __future__ import annotations

import re
from typing import Any

from analytics.extraction import lexicon as lx
from analytics.extraction.context import SentenceView, Slot
from analytics.extraction.roles import (
    GOVERNED,
    coordinated,
    entities_after,
    hedged,
    listed_after,
    subject_before,
)

MOVE_VERB = re.compile(r"\b(?:mov|migrat|switch|shift|transfer|transf[ée]r|bascul|d[ée]plac|wechsel|verlager|steig|stell|"
                       r"migr|traslad|cambi)\w*", re.IGNORECASE)


FROM_PREP = re.compile(r"(?:\bfrom|\bde|\bd'|\bdu|\bvon|\bdesde|\bdel?)\s*$", re.IGNORECASE)


TO_PREP = re.compile(r"^\s*(?:to|vers|à|au|zu|zum|auf|a|al|hacia|hin zu)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


CUSTOMER_OF = re.compile(r"^['’]s\s+(?:\w+\s+){0,3}(?:customers?|clients?)\b", re.IGNORECASE)


COUNTS_AMONG = re.compile(
    r"\b(?:counts?|compte(?:nt)?|z[äa]hl(?:t|en)|cuenta(?:n)? con)\b(?P<mid>.{1,60}?)(?:\bamong (?:its|their) (?:\w+ ){0,2}"
    r"(?:customers|clients)|\bparmi (?:ses|leurs) (?:\w+ ){0,2}clients|\bzu (?:seinen|ihren) (?:\w+ ){0,2}Kunden|"
    r"\bentre sus (?:\w+ ){0,2}clientes)", re.IGNORECASE)


#: "Y counts / landed / won X as a customer", "Y a décroché X comme client", "hat X als Kunden gewonnen"
AS_CUSTOMER = re.compile(
    r"\b(?:counts?|land(?:s|ed)|w[io]ns?|sign(?:s|ed)(?: up| on)?|add(?:s|ed)|compte|d[ée]croch\w*|gagn\w*|"
    r"sign[ée]|gewinn\w*|gewonnen|z[äa]hlt|hat|haben|cuenta con|gan[óa]\w*|sum[óa]\w*)\b(?P<mid>.{1,60}?)\b(?:as (?:a |an |its |their )?"
    r"(?:\w+ )?(?:customer|client)s?|comme (?:\w+ )?clients?|als (?:\w+ )?Kunden|como (?:\w+ )?clientes?)\b", re.IGNORECASE)


#: "X signed up Y as its model provider": the subject chose the named supplier
AS_PROVIDER = re.compile(
    r"\b(?:as|comme|als|como) (?:its|their|son|sa|leur|seinen?|ihren?|su|sus) (?:\w+ ){0,2}(?:provider|"
    r"supplier|vendor|fournisseur|prestataire|Anbieter|Lieferanten?|Dienstleister|proveedor)\b", re.IGNORECASE)


#: "the clients of Y include A and B", "parmi les clients de Y figurent A et B": the vendor is named in the cue
#: "Nvidia's biggest customer, Microsoft", "Cohere customer Royal Bank of Canada": the second is the customer
CUSTOMER_NOUN_BETWEEN = re.compile(r"^(?:['’]s?)?\s+(?:[\w-]+\s+){0,3}?(?:customers?|clients?)\s*,?\s*$", re.IGNORECASE)


CLIENTS_OF = re.compile(r"(?:clients?|customers?|Kunden?|clientes?)\s+(?:of|de|d'|d’|du|von|des|del)\s*$", re.IGNORECASE)


LIST_VERB = re.compile(r"^\s*(?:include|includes|included|are|were|figurent|sont|comptent|z[äa]hlen|geh[öo]ren|sind|"
                       r"figuran|est[áa]n|son|incluyen)\b", re.IGNORECASE)


def moves_between(view: SentenceView, date: str | None, reason: str | None) -> list[dict[str, Any]]:
    """"moving workloads from AWS to Google Cloud": avoids the first, prefers the second."""
    out = []
    for verb in MOVE_VERB.finditer(view.text):
        v1 = view.start + verb.end()
        customers = subject_before(view, view.start + verb.start())
        orgs = [s for s in view.orgs() if s.start >= v1 and s.start - v1 <= 90]
        for a, b in zip(orgs, orgs[1:], strict=False):
            if FROM_PREP.search(view.between(max(view.start, a.start - 8), a.start)) and TO_PREP.match(
                    view.between(a.end, b.start)):
                for c in customers:
                    out += [preference(c.name, a.name, "avoids", reason, view, date, 0.65),
                            preference(c.name, b.name, "prefers", reason, view, date, 0.65)]
                return out
    return out


def contract_wins(view: SentenceView, date: str | None, reason: str | None) -> list[dict[str, Any]]:
    """"CoreWeave won a $12 billion contract from OpenAI", "erhält einen Auftrag von SAP": the company the work
    comes from prefers the subject."""
    out = []
    for trig in lx.CONTRACT_FROM.finditer(view.text):
        t0, t1 = view.start + trig.start(), view.start + trig.end()
        vendors = subject_before(view, t0)
        customers = entities_after(view, t1, max_gap=30)
        if vendors and customers and not hedged(view, vendors[0].start, t1, after=15):
            out += [preference(c.name, v.name, "prefers", reason, view, date, 0.65)
                    for c in customers for v in vendors if v.other_than({c.name})]
    return out


def replacements(view: SentenceView, date: str | None, reason: str | None) -> list[dict[str, Any]]:
    """"Apple replaced Nvidia with AMD", "Orange remplace OpenAI par Mistral AI", "SAP ersetzt A durch B",
    "sustituye a A por B": avoids the first, prefers the second."""
    out = []
    for verb in lx.REPLACE.finditer(view.text):
        v1 = view.start + verb.end()
        customers = subject_before(view, view.start + verb.start())
        if not customers or hedged(view, customers[0].start, v1, after=15):
            continue
        orgs = [s for s in view.orgs() if s.start >= v1 and s.start - v1 <= 90]
        if orgs and re.fullmatch(r"\s*(?:a\s+|(?:the|its|le|la|les|l'|den|die|das|el|los|su)\s+)?(?:[\w-]+\s+){0,2}?",
                                 view.between(v1, orgs[0].start)):
            for a, b in zip(orgs, orgs[1:], strict=False):
                if lx.REPLACE_BY.match(view.between(a.end, b.start)):
                    for c in customers:
                        out += [preference(c.name, a.name, "avoids", reason, view, date, 0.65),
                                preference(c.name, b.name, "prefers", reason, view, date, 0.65)]
                    break
    return out


def customer_statements(view: SentenceView, date: str | None, reason: str | None) -> list[dict[str, Any]]:
    """"X is one of Y's biggest customers", "Y counts X among its customers", "Y's biggest customer, X",
    "le plus gros client de Y, X"."""
    out = []
    for slot in view.orgs():
        if CUSTOMER_OF.match(view.between(slot.end, min(view.end, slot.end + 50))):
            customers = subject_before(view, slot.start)
            for c in customers:  # "X is the company's largest customer": the company is not X itself
                owner = slot.other_than({c.name})
                if owner:
                    out.append(preference(c.name, owner, "prefers", reason, view, date, 0.65))
    for slot in view.orgs():  # "Parmi les clients de Mistral AI figurent BNP Paribas et Orange"
        if CLIENTS_OF.search(view.between(max(view.start, slot.start - 20), slot.start)):
            verb = LIST_VERB.match(view.between(slot.end, view.end))
            listed = listed_after(view, slot.end + verb.end(), kinds=("org",)) if verb else []
            out += [preference(c.name, slot.name, "prefers", reason, view, date, 0.65) for c in listed if c.name != slot.name]
    orgs = view.orgs()
    for a, b in zip(orgs, orgs[1:], strict=False):  # "Nvidia's biggest customer, Microsoft", "le plus gros client de X, Y"
        gap = view.between(a.end, b.start)
        apposed = bool(CUSTOMER_NOUN_BETWEEN.match(gap) or (
            re.fullmatch(r"\s*,\s*", gap) and CLIENTS_OF.search(view.between(max(view.start, a.start - 20), a.start))))
        if apposed and not hedged(view, a.start, b.end, after=15):
            out += [preference(c.name, a.name, "prefers", reason, view, date, 0.65)
                    for c in coordinated(view, b, forward=True) if c.other_than({a.name})]
    for rx in (COUNTS_AMONG, AS_CUSTOMER):
        for m in rx.finditer(view.text):
            vendors = subject_before(view, view.start + m.start())
            if not vendors or hedged(view, vendors[0].start, view.start + m.start(), after=0):  # the verb is no hedge
                continue
            mid0, mid1 = view.start + m.start("mid"), view.start + m.end("mid")
            for c in (s for s in view.orgs() if mid0 <= s.start < mid1):
                out += [preference(c.name, v.name, "prefers", reason, view, date, 0.65) for v in vendors if v.name != c.name]
    for m in AS_PROVIDER.finditer(view.text):  # "X signed up Y as its model provider"
        named = [s for s in view.orgs() if s.end <= view.start + m.start() and view.start + m.start() - s.end <= 40]
        customers = subject_before(view, named[-1].start) if named else []
        if customers and not hedged(view, customers[0].start, view.start + m.end(), after=15):
            out += [preference(c.name, named[-1].name, "prefers", reason, view, date, 0.65)
                    for c in customers if c.name != named[-1].name]
    return out

PROVIDER_FOR = re.compile(
    r"(?:provider|supplier|partner|vendor|fournisseur|prestataire|partenaire|Anbieter|Lieferant|Partner|proveedor|"
    r"socio)\s+(?:\w+\s+){0,3}?(?:for|of|to|de|du|des|d'|für|von|del|pour)\s*$", re.IGNORECASE)


#: "Y's exclusive cloud provider", "Y's primary training partner"
PROVIDER_OF = re.compile(r"^['’]s\s+(?:(?:\w+\s+){0,3}(?:provider|supplier|vendor)|(?:\w+\s+){0,2}(?:cloud|training|compute|"
                         r"computing|chips?|infrastructure|hosting|data)\s+(?:and\s+\w+\s+)?partner)\b", re.IGNORECASE)


#: "Anthropic said Amazon remains its primary cloud provider": the possessive's owner is the sentence's subject
ITS_PROVIDER = re.compile(
    r"\b(?:is|remains|became|has become|will be|est|reste|demeure|devient|est devenu|sera|ist|bleibt|wird|wurde|es|"
    r"sigue siendo|se convirti[óo] en|ser[áa]|se ha convertido en)\s+(?:still |toujours |weiterhin |also |aussi |auch "
    r"|tambi[ée]n )?(?:its|their|son|sa|leur|sein|seine|seinen|ihr|ihre|ihren|su|sus)\s+(?:[\w-]+\s+){0,3}?(?:provider|"
    r"supplier|vendor|fournisseur|prestataire|Anbieter|Lieferant|Dienstleister|proveedor)\b"
    # German subordinate clause, the copula last: "dass Google Cloud weiterhin sein wichtigster Anbieter ist"
    r"|\b(?:sein|seine|seinen|ihr|ihre|ihren)\s+(?:[\w-]+\s+){0,3}?(?:Anbieter|Lieferant|Dienstleister)\s+"
    r"(?:ist|bleibt|wird|wurde|sei)\b", re.IGNORECASE)


def its_provider(view: SentenceView, date: str | None, reason: str | None) -> list[dict[str, Any]]:
    """"A said B remains its main cloud provider", "A subrayó que B sigue siendo su principal proveedor": the company
    the sentence is about, named before the supplier, prefers B."""
    out = []
    for m in ITS_PROVIDER.finditer(view.text):
        m0 = view.start + m.start()
        vendor = subject_before(view, m0, max_gap=40)
        if not vendor or hedged(view, vendor[0].start, view.start + m.end(), after=15):
            continue
        earlier = [s for s in view.orgs() if s.end <= vendor[0].start and not GOVERNED.search(
            view.between(view.start, s.start)[-40:])]
        name = vendor[-1].other_than({earlier[0].name}) if earlier else None
        if earlier and name:
            out.append(preference(earlier[0].name, name, "prefers", reason, view, date, 0.65))
    return out


def provider_preferences(view: SentenceView, date: str | None, reason: str | None) -> list[dict[str, Any]]:
    """"X is/remains the (exclusive) cloud provider for Y", "X became Y's cloud provider": Y prefers X."""
    out = []
    for slot in view.orgs():
        if PROVIDER_OF.match(view.between(slot.end, min(view.end, slot.end + 60))):
            vendor = subject_before(view, slot.start)
            if vendor and vendor[-1].name != slot.name and not hedged(view, vendor[-1].start, slot.end, after=15):
                out.append(preference(slot.name, vendor[-1].name, "prefers", reason, view, date, 0.65))
        elif PROVIDER_FOR.search(view.between(max(view.start, slot.start - 80), slot.start)):
            vendor = subject_before(view, slot.start - 1)
            if vendor and vendor[0].name != slot.name and not hedged(view, vendor[0].start, slot.start, after=15):
                out.append(preference(slot.name, vendor[0].name, "prefers", reason, view, date, 0.65))
    return out


def preference(customer: str, vendor: str, stance: str, reason: str | None, view: SentenceView, date: str | None,
               confidence: float) -> dict[str, Any]:
    return {"type": "vendor_preference", "customer": customer, "vendor": vendor, "stance": stance, "reason": reason,
            "date": date, "confidence": confidence, **view.evidence()}


#: a supply verb whose object belongs to the sentence's first subject ("OpenAI …, whose Azure cloud has hosted
#: the bulk of its workloads"): that subject is the customer
SUPPLIES_ITS = re.compile(
    r"(?:host|run|power|serv|handl|h[ée]berg|fait tourner|font tourner|alimente|hoste|betreib|aloj|ejecut|aliment)\w*"
    r" (?:the bulk of |most of |much of |part of |some of |l'essentiel de |la plupart de |une partie de |den Gro[ßs]teil "
    r"|einen Teil |la mayor parte de |parte de )?(?:its|their|ses|leurs|seine[rs]?|ihre[rs]?|sus)\s"
    r"(?!own\b|propres?\b|eigene\w*|propi[oa]s?\b)", re.IGNORECASE)


#: the supply verb's object is the subject's own things ("équipe ses voitures de …", "supplies its customers with")
OWN_THINGS = re.compile(r"\s+(?:its|their|ses|sa|son|leurs?|seine[nrs]?|ihre[nrs]?|sus?)\b", re.IGNORECASE)


def supplier_preferences(view: SentenceView, date: str | None, reason: str | None) -> list[dict[str, Any]]:
    """"Azure supplies OpenAI's compute", "AWS fournit Anthropic": the object company prefers the subject;
    "X, whose Azure cloud hosts its workloads": X prefers Azure."""
    out = []
    first = view.orgs()[0] if view.orgs() else None
    for trig in SUPPLIES_ITS.finditer(view.text):
        t0 = view.start + trig.start()
        vendor = subject_before(view, t0, max_gap=40)
        if first and vendor and vendor[-1].start > first.end and not hedged(view, vendor[-1].start, t0, after=15):
            out.append(preference(first.name, vendor[-1].name, "prefers", reason, view, date, 0.6))
    for trig in lx.SUPPLY.finditer(view.text):
        t0, t1 = view.start + trig.start(), view.start + trig.end()
        if OWN_THINGS.match(view.text, trig.end()):  # "Renault équipe ses voitures de ChatGPT": a preference word
            continue
        vendor = subject_before(view, t0)
        customers = entities_after(view, t1, max_gap=45)
        if vendor and customers and not hedged(view, vendor[0].start, t1, after=15):
            out += [preference(c.name, vendor[-1].name, "prefers", reason, view, date, 0.6)
                    for c in customers if c.name != vendor[-1].name]
    return out


def offered_models(view: SentenceView, date: str | None, reason: str | None,
                   topic: Slot | None) -> list[dict[str, Any]]:
    """"Sa plateforme proposait des modèles de X et de Y", "Its assistant integrates models from X": a product of the
    topic company (the sentence opens on a possessive) built on suppliers' models; the topic prefers each supplier."""
    if topic is None or not lx.POSSESSIVE_OPENING.match(view.text):
        return []
    out = []
    for trig in lx.OFFER_VERB.finditer(view.text):
        t1 = view.start + trig.end()
        suppliers = entities_after(view, t1, max_gap=80)
        if not suppliers or not lx.MODELS_OF.match(view.between(t1, suppliers[0].start)):
            continue
        if hedged(view, view.start, t1):
            continue
        out += [preference(topic.name, v.name, "prefers", reason, view, date, 0.6) for v in suppliers
                if v.other_than({topic.name})]
    return out


def passive_preferences(view: SentenceView, date: str | None, reason: str | None,
                        topic: Slot | None) -> list[dict[str, Any]]:
    """"Its platform is being adopted by Y", "X est adopté par Y", "X wird von Y eingesetzt": the agent Y prefers
    the subject X, or the company whose product the subject is ("Its North platform": the topic); "X's robot is
    powered by Y", "hébergé par Y": the other way round."""
    out = []
    for trig in lx.PASSIVE_PREFER.finditer(view.text):
        t0, t1 = view.start + trig.start(), view.start + trig.end()
        german = trig.group(0)[:1] == "w"
        agents = [s for s in view.orgs() if t0 <= s.start < t1] if german else entities_after(view, t1, max_gap=40)
        vendors = subject_before(view, t0, max_gap=120) or owner_before(view, t0)
        if not vendors and topic and lx.POSSESSIVE_OPENING.match(view.text):
            vendors = [topic]
        if not agents or not vendors or hedged(view, vendors[0].start, t1, after=15):
            continue
        for c in agents:
            out += [preference(c.name, v.name, "prefers", reason, view, date, 0.65) for v in vendors if v.other_than({c.name})]
    for trig in lx.POWERED_BY.finditer(view.text):  # the other way round: the subject's product runs on the agent's
        t0, t1 = view.start + trig.start(), view.start + trig.end()
        suppliers = entities_after(view, t1, max_gap=40)
        customers = subject_before(view, t0, max_gap=120) or owner_before(view, t0)
        if not customers and topic and lx.POSSESSIVE_OPENING.match(view.text):
            customers = [topic]
        if suppliers and customers and not hedged(view, customers[0].start, t1, after=15):
            out += [preference(c.name, v.name, "prefers", reason, view, date, 0.65)
                    for c in customers for v in suppliers if v.other_than({c.name})]
    return out

OWNER_OF = re.compile(r"(?:\bof|\bde|\bdu|\bdes|\bd['’]|\bvon|\bder|\bdel)\s*$", re.IGNORECASE)


def owner_before(view: SentenceView, t0: int) -> list[Slot]:
    """The company named in the subject of a passive ("La plateforme de Mistral AI est adoptée par …",
    "Die Plattform von Parloa wird von … eingesetzt"): the nearest one before the verb, in the same clause."""
    near = [s for s in view.orgs() if s.end <= t0 and t0 - s.end <= 40 and not re.search(r"[,;:]", view.between(s.end, t0))
            and OWNER_OF.search(view.between(max(view.start, s.start - 8), s.start))]
    return near[-1:]
