"""Investment facts: direct investments ("X invests N in Y") and funding rounds ("Y raises N led by X").

Rules, in order of application per sentence:
- amounts are classified as valuation, cumulative/other (excluded) or deal amounts;
- a direct-investment trigger with a subject (or agent) and a prepositional target gives one fact
  per investor;
- a raise trigger with its subject gives a round fact (investor null) plus one fact per named
  backer (lead or participant); a lone "from X" backer carries the amount itself;
- lead/participant sentences and valuation or stake sentences that follow complete the last deal.
Hedged ("in talks", "considering"), negated and cumulative statements give no fact.
"""

from __future__ import annotations

import re
from typing import Any

from analytics.dates import event_date
from analytics.extraction import lexicon as lx
from analytics.extraction.context import SentenceView, Slot
from analytics.extraction.roles import (
    CONJ,
    COORD,
    entities_after,
    hedged,
    introduced_by,
    listed_after,
    object_after,
    subject_before,
)
from analytics.extraction.sentence_amounts import (
    SentenceAmounts,
    classify_amounts,
    nearest_amount,
    stake_of,
    usd_of,
)
from analytics.money import Amount, find_amounts, find_percentages
from analytics.rates import to_usd

CONTEXT_SENTENCES = 4
ROUND_MENTION = re.compile(r"\b(?:(?:the|this) (?:round|financing|raise)|(?:le|ce) tour de table|cette lev[ée]e|"
                           r"(?:l'|cette )op[ée]ration|this deal|(?:die|der|diese[rn]?) (?:Runde|Finanzierungsrunde)|(?:la|esta) ronda|"
                           r"la operaci[óo]n)\b", re.IGNORECASE)
ROUND_NAME = re.compile(r"\b(?:series|s[ée]rie|serie)\s+([A-K])\b|\b(seed|pre-seed|amor[çc]age|bridge)\b", re.IGNORECASE)
KIND_WORDS = re.compile(r"\b(minoritaire|minority|majoritaire|majority|strat[ée]gique|strategic|minderheits\w*|"
                        r"minoritari\w*)\b", re.IGNORECASE)
FROM_INVESTORS = re.compile(r"(?:\bfrom|\bauprès d[e']|\bde la part d[e']|\bvon|\bde|\bpor parte de|\bfrom investors"
                            r"(?: including)?)\s*$", re.IGNORECASE)



def _fact(investor: str | None, target: str, amount: Amount | None, amounts: SentenceAmounts, view: SentenceView,
          date: str | None, confidence: float, valuation: Amount | None, stake: float | None) -> dict[str, Any]:
    rnd = ROUND_NAME.search(view.text)
    kind = KIND_WORDS.search(view.text)
    return {
        "type": "investment", "investor": investor, "target": target,
        "amount": amount.value if amount else None, "currency": amount.currency if amount else None,
        "amount_usd": usd_of(amount, amounts, date), "qualifier": amount.qualifier if amount else None,
        "valuation_usd": usd_of(valuation, amounts, date), "stake_pct": stake,
        "round": (f"Series {rnd.group(1).upper()}" if rnd and rnd.group(1) else (_stage_name(rnd.group(2)) if rnd else None))
        or (kind.group(1).lower() if kind else None),
        "date": date, "confidence": confidence,
        **view.evidence(),
    }


def _stage_name(word: str) -> str:
    """"seed", "pre-seed", "bridge": the French "amorçage" is a seed round."""
    word = word.lower()
    return "seed" if word.startswith("amor") else word


def _names(slots: list[Slot]) -> list[str]:
    seen: dict[str, None] = {}
    for s in slots:
        seen.setdefault(s.name, None)
    return list(seen)


def _other_reading(slot: Slot, taken: str) -> Slot:
    """A description resolved to `taken` (an entity that already has another role) read as its next antecedent."""
    if not slot.descriptor or slot.name != taken:
        return slot
    other = slot.other_than({taken})
    return Slot(other, slot.kind, slot.start, slot.end, True) if other else slot


#: verbs whose particle "back" is no funding: "customers pull back", "cut back on", "came back", "scaled back"
PHRASAL_BEFORE_BACK = re.compile(r"\b(?:pull\w*|step\w*|cut\w*|roll\w*|scal\w*|fall\w*|fell|come|comes|came|coming|"
                                 r"go|goes|going|gone|went|hold\w*|held|push\w*|bounc\w*|get\w*|got|look\w*|call\w*|"
                                 r"giv\w*|gave|bring\w*|brought|set\w*|sett\w*|hit\w*|fight\w*|fought|way|draw\w*|"
                                 r"drew|claw\w*|pay\w*|paid|sign\w*|wa(?:s|y)|years?|months?|weeks?|days?)\s+$",
                                 re.IGNORECASE)


def _phrasal_back(view: SentenceView, trig: re.Match[str]) -> bool:
    """Whether a "back" trigger is the particle of another verb ("pull back", "came back", "a year back")."""
    return trig.group(0).lower().startswith("back") and bool(
        PHRASAL_BEFORE_BACK.search(view.text[max(0, trig.start() - 20):trig.start()]))


#: a sum given to each of several investors: "A and B each invest $1bn", "investissent chacun", "jeweils"
EACH = re.compile(r"\b(?:each|chacun\w*|jeweils|cada un[oa])\b", re.IGNORECASE)
PRONOUN_OBJECT = re.compile(r"^[^,.;]{0,25}?(?<!\w)(?:in|into|dans|en|an|bei)\s+(?:it|elle|celle-ci|celui-ci|ella|[ée]l|"
                            r"ihr|ihm)\b", re.IGNORECASE)


def _pronoun_target(view: SentenceView, t0: int, t1: int) -> list[Slot]:
    """The company a pronoun object after the trigger stands for: the last one named before the investor
    ("… from the San Francisco-based startup since Meta agreed to buy a 49% stake in it for $14.3bn")."""
    if not PRONOUN_OBJECT.match(view.between(t1, min(view.end, t1 + 45))):
        return []
    investors = subject_before(view, t0)
    if not investors:
        return []
    earlier = [s for s in view.orgs() if s.end <= investors[0].start and s.name not in {i.name for i in investors}]
    return earlier[-1:]


def direct_investments(view: SentenceView, amounts: SentenceAmounts, date: str | None, lang: str | None
                       ) -> list[dict[str, Any]]:
    """"X invests N in Y", "l'investissement de N de X dans Y", "Y received N from X"."""
    facts: list[dict[str, Any]] = []
    for trig in lx.INVEST.finditer(view.text):
        t0, t1 = view.start + trig.start(), view.start + trig.end()
        if _phrasal_back(view, trig):
            continue
        own_prep = lx.PREP_TARGET.search(trig.group(0))  # "steigt mit N bei": the object follows the trigger's "bei"
        targets = object_after(view, t0 + own_prep.start() if own_prep else t1, lx.PREP_TARGET, noun_phrases=True)
        if not targets and (lx.PREP_TARGET.search(trig.group(0)) or re.search(r"(?i)commit", trig.group(0))):
            targets = object_after(view, t1, lx.PREP_TARGET_OR_TO) or entities_after(view, t1, max_gap=4)
        verb_final = False
        if not targets:  # verb-final: "… hatte sich an Anthropic und Cohere beteiligt"
            first = next((s for s in view.orgs() if s.end <= t0 and t0 - s.end <= 90 and lx.PREP_TARGET_OR_TO.search(
                view.between(max(view.start, s.start - 6), s.start))), None)
            if first is not None:
                verb_final = True
                targets = [first] + [s for s in view.orgs() if first.end <= s.start and s.end <= t0
                                     and re.search(r"\b(?:und|and|et|y)\s*$", view.between(s.start - 8, s.start))]
        if not targets:
            targets = _pronoun_target(view, t0, t1)
        if not targets:
            continue
        target = targets[0]
        investors = subject_before(view, target.start if verb_final else t0)
        if not investors:  # "investment by X in Y", "l'investissement de N de Meta dans Y"
            investors = [s for s in view.orgs() if t1 <= s.start < target.start]
        if not target.descriptor:  # "El gigante de Redmond invirtió N en OpenAI": the giant is not OpenAI
            investors = [_other_reading(i, target.name) for i in investors]
        target_name = target.other_than({i.name for i in investors})
        investors = [i for i in investors if i.name != target_name]
        if not investors or target_name is None or hedged(view, investors[0].start, t1, before=60, after=25) or (
                amounts.excluded and not amounts.deals):
            continue
        amount = nearest_amount([a for a in amounts.deals if a.start < target.start + 80], t0)
        valuation = amounts.valuations[0] if amounts.valuations else None
        confidence = 0.85 if amount else 0.7
        if target.descriptor or any(i.descriptor for i in investors):
            confidence -= 0.1
        stake = stake_of(view, lang)
        names = _names(investors)
        if len(names) > 1 and amount is not None and not verb_final and not EACH.search(view.text):
            # "Microsoft y Nvidia invertirán hasta 15.000 millones en Anthropic": one joint sum, no one's own share
            facts.append(_fact(None, target_name, amount, amounts, view, date, confidence, valuation, None))
            amount = None
        for t_name in [target_name] + ([t.name for t in targets[1:]] if verb_final else []):
            for name in names:
                facts.append(_fact(name, t_name, amount, amounts, view, date, confidence, valuation, stake))
        if not verb_final:
            facts += _gapped_investors(view, target, target_name, amounts, date, {f["investor"] for f in facts})
        break
    return facts


GAP_CONJUNCTION = re.compile(r"^\s*(?:,\s*)?(?:and|et|und|y|while|whereas|tandis que|alors que|w[äa]hrend|"
                             r"mientras que)\s+$", re.IGNORECASE)
GAPPED_GIVE = re.compile(r"^\s+(?:\w+\s+){0,2}?(?:invest\w*|invert\w*|investi\w*|investier\w*|pondr\w+|pone\b|puso\b|"
                         r"put\w*|mettr\w+|met\b|mis\b|steuert\w*|legt\w*|aport\w+|apporte\w*|contribut\w+|"
                         r"inject\w+|injecte\w*|inyect\w+|add\w*|ajout\w+|a[ñn]ad\w+|beisteuer\w*)\b", re.IGNORECASE)


def _gapped_investors(view: SentenceView, target: Slot, target_name: str, amounts: SentenceAmounts,
                      date: str | None, known: set[str | None]) -> list[dict[str, Any]]:
    """A second investor whose clause leaves the company out, with an amount of its own: "Microsoft invertirá
    hasta 5.000 millones en Anthropic y Nvidia pondrá hasta 10.000 millones", "X invests $2bn in Y and Z puts
    in $1bn"."""
    s = next((s for s in view.orgs() if s.start >= target.end), None)
    if s is None or s.name in known or s.name == target_name or not GAP_CONJUNCTION.match(
            view.between(target.end, s.start)):
        return []
    give = GAPPED_GIVE.match(view.between(s.end, min(view.end, s.end + 40)))
    if not give:
        return []
    g1 = s.end + give.end()
    own = next((a for a in amounts.deals if 0 <= a.start - g1 <= 30), None)
    if own is None or hedged(view, s.start, g1, before=10, after=20):
        return []
    return [_fact(s.name, target_name, own, amounts, view, date, 0.75, None, None)]


def funded(view: SentenceView, amounts: SentenceAmounts, date: str | None, lang: str | None
           ) -> list[dict[str, Any]]:
    """"X backed Y with N", "X finance Y", "X is putting N into Y": the target is the direct object."""
    for trig in lx.FUND.finditer(view.text):
        t0, t1 = view.start + trig.start(), view.start + trig.end()
        if _phrasal_back(view, trig):
            continue
        if lx.RAISE.search(view.between(max(view.start, t0 - 30), t0)):
            continue  # "raised new funding from X": the noun of a raise, X gives the money
        agents = PASSIVE_BY.search(view.between(t1, min(view.end, t1 + 90)))
        if agents:  # passive: the subject is funded, the agents fund it
            funded_slots = subject_before(view, t0, max_gap=220)
            backers = [b for b in listed_after(view, t1 + agents.end(), kinds=("org", "person"))
                       if not OWNER_OF.search(view.between(max(view.start, b.start - 6), b.start))]
            if funded_slots and [b for b in backers if b.name != funded_slots[-1].name] and not hedged(
                    view, funded_slots[0].start, t1, before=60, after=25):
                amount = nearest_amount(amounts.deals, t0)
                target = funded_slots[-1].name
                backers = [b for b in backers if b.name != target]
                if len(backers) > 1:
                    return ([_fact(None, target, amount, amounts, view, date, 0.7, None, None)]
                            + [_fact(b.name, target, None, amounts, view, date, 0.65, None, None) for b in backers])
                return [_fact(backers[0].name, target, amount, amounts, view, date, 0.7, None, None)]
            continue
        investors = subject_before(view, t0)
        targets = entities_after(view, t1, max_gap=50) or object_after(view, t1, lx.PREP_TARGET, max_gap=80)
        targets = [t for t in targets if t.name not in {i.name for i in investors}]
        if not investors or not targets or hedged(view, investors[0].start, t1, before=60, after=25) or (
                amounts.excluded and not amounts.deals):
            continue
        amount = nearest_amount(amounts.deals, t0)
        valuation = amounts.valuations[0] if amounts.valuations else None
        return [_fact(i, targets[0].name, amount, amounts, view, date, 0.75 if amount else 0.65, valuation,
                      stake_of(view, lang)) for i in _names(investors)]
    return []


SOME_OF = re.compile(r"\b(?:notamment|including|among others|among them|unter anderem|u\.a\.|entre otros|such as|dont)\b",
                     re.IGNORECASE)
ROUND_NOUN = re.compile(r"(?:round|funding|financing|tour de (?:table|financement)|(?:premier|dernier|nouveau|"
                        r"pr[ée]c[ée]dent) tour\b|tour d'amor[çc]age|lev[ée]e de fonds|"
                        r"(?:Finanzierungs)?runde|Series-[A-K]-Runde|ronda(?: de financiaci[óo]n)?|"
                        r"series [a-k]|s[ée]rie [a-k])\b", re.IGNORECASE)
ROUND_FOR = re.compile(r"(?:\bfor|\bof|\binto|\bde|\bdu|\bd'|\bpour|\bdans|\bf[üu]r|\bvon|\bbei|\bpara|\bdel)\s*$",
                       re.IGNORECASE)
VALUED_WHOM = re.compile(r"(?:valu(?:ed|ing)|valoris\w*|bewert\w*|valor\w*)\s*$", re.IGNORECASE)


def round_target(view: SentenceView, exclude: set[str]) -> tuple[Slot, int] | None:
    """The company a round is for ("a round for Mistral AI", "Mistral's round", "valuing the startup at")."""
    for m in ROUND_NOUN.finditer(view.text):
        r1 = view.start + m.end()
        for s in view.orgs():
            if s.start >= r1 and s.start - r1 <= 70 and s.name not in exclude:
                gap = view.between(r1, s.start)
                if not lx.LEAD.search(gap) and not re.search(r"[;(]|,(?!\d)", gap) and introduced_by(
                        gap, ROUND_FOR, loose_words=4, any_case=True):
                    return s, view.start + m.start()
                break
        r0 = view.start + m.start()
        owner = [s for s in view.orgs() if s.end <= r0 and re.match(r"^['’]s\s+(?:\S+\s+){0,4}$",
                                                                    view.between(s.end, r0))]
        if owner and owner[-1].name not in exclude:
            return owner[-1], r0
    for s in view.orgs():
        if s.name not in exclude and VALUED_WHOM.search(view.between(max(view.start, s.start - 20), s.start)):
            return s, s.start
    return None


def _listed_before(view: SentenceView, last: Slot) -> list[Slot]:
    """`last` and the names coordinated before it, even after "with" ("with Nvidia and AMD joining")."""
    group = [last]
    pool = [s for s in view.slots if s.kind == last.kind and s.end <= last.start]
    for s in reversed(pool):
        if not COORD.match(view.between(s.end, group[0].start)) or s.name == last.name:
            break
        group.insert(0, s)
    return group if len(group) == 1 or any(CONJ.search(view.between(a.end, b.start))
                                           for a, b in zip(group, group[1:], strict=False)) else [last]


CO_INVESTOR = re.compile(r"(?:gemeinsam mit|zusammen mit|together with|alongside|along with|aux c[ôo]t[ée]s d[e']|"
                         r"junto (?:a|con)|(?<!\w)avec)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


ATTRIBUTION = re.compile(r"(?:according to|selon|d'apr[èe]s|laut|seg[úu]n|told|a indiqu[ée]|said)\s+(?:\w+\s+){0,1}$",
                         re.IGNORECASE)


def _took_part(view: SentenceView, t0: int) -> tuple[Slot, list[str]] | None:
    """Backers who took part in a round (subjects and "together with" partners) and the one other company
    of the sentence, the round's: "Für Aleph Alpha: Bosch und SAP hatten sich gemeinsam mit der Schwarz Gruppe
    an der Finanzierungsrunde beteiligt"."""
    joiners = subject_before(view, t0)
    joiners += [s for s in view.orgs() if CO_INVESTOR.search(view.between(max(view.start, s.start - 40), s.start))]
    names = {j.name for j in joiners}
    others = [s for s in view.orgs() if s.name not in names
              and not ATTRIBUTION.search(view.between(max(view.start, s.start - 20), s.start))]
    if not joiners or len({o.name for o in others}) != 1:
        return None
    return others[0], _names(sorted(joiners, key=lambda j: j.start))


FRONTED = re.compile(r"^(?:[\w'’]+\s+){0,4}?(?:apr[èe]s|after|nach|tras|despu[ée]s de|following|suite [àa])\b",
                     re.IGNORECASE)


def _fronted_round_target(view: SentenceView, t1: int) -> list[Slot]:
    """The subject of the main clause after a fronted round phrase: "Six mois après un premier tour de N mené
    par X, un record, Mistral change de dimension" (the first name after a comma that no preposition governs)."""
    if not FRONTED.match(view.text) or view.between(view.start, t1).count(",") > 0:
        return []
    for s in view.orgs():
        before = view.between(view.start, s.start)
        if s.start > t1 and re.search(r",\s*$", before) and not lx.LEAD.search(before[-40:]):
            return [s]
    return []


PARTICIPLE = re.compile(r"(?:raised|secured|lev[ée]e?s?|obtenue?s?|eingesammelt|eingeworben|recaudad[oa]s?|"
                        r"captad[oa]s?|levantad[oa]s?)$", re.IGNORECASE)


def _raised_by(view: SentenceView, trigger: str, t1: int) -> list[Slot]:
    """The agent of a raise participle: "les 2 milliards de dollars levés en avril par SSI", "raised by X"."""
    if not PARTICIPLE.search(trigger):
        return []
    agent = PASSIVE_BY.search(view.between(t1, min(view.end, t1 + 90)))
    if not agent or re.search(r"[,;]", agent.group(0)) or lx.LEAD.search(agent.group(0)):
        return []  # "eingesammelt, angeführt von X": X leads, the company is elsewhere
    first = next((s for s in view.orgs() if s.start >= t1 + agent.end()), None)
    return [first] if first is not None and first.start == t1 + agent.end() else []


def _flow_target(view: SentenceView, amounts: SentenceAmounts) -> Slot | None:
    """The company money flows into, the amount being the subject: "In der Serie C fließen 120 Millionen Dollar in
    die Firma", "$50 million flowed into the startup", "los 20 millones fluyen a la empresa"."""
    for m in lx.FLOW.finditer(view.text):
        t0, t1 = view.start + m.start(), view.start + m.end()
        if not any(-60 <= t0 - a.end <= 60 or 0 <= a.start - t1 <= 40 for a in amounts.deals):
            continue
        if any(s.end <= t0 and not GOVERNED_NAME.search(view.between(max(view.start, s.start - 12), s.start))
               for s in view.orgs() if t0 - s.end <= 20):
            continue  # "X fließt in Y": a named subject, not an amount
        targets = object_after(view, t1, lx.PREP_TARGET_OR_TO, max_gap=60, noun_phrases=True)
        if targets:
            return targets[0]
    return None


#: an entity governed by a preposition (not a subject)
GOVERNED_NAME = re.compile(r"\b(?:in|von|vom|de|of|by|par|por|bei)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _headline_company(target: Slot, amount: Amount | None, amounts: SentenceAmounts, date: str | None,
                      headline: tuple[str, float] | None) -> str:
    """A round told of "the young company" whose amount the headline gives with one company named is that
    company's ("X-Macher gründen Y – und holen 31 Millionen Dollar", then "das junge Unternehmen hat eine
    Seed-Runde über 31 Millionen US-Dollar abgeschlossen"): the description may have resolved elsewhere."""
    size = usd_of(amount, amounts, date)
    if not target.descriptor or headline is None or size is None or abs(size - headline[1]) > 0.02 * headline[1]:
        return target.name
    return headline[0]


def headline_deal(view: SentenceView, lang: str | None, year: int | None) -> tuple[str, float] | None:
    """The one company and the one amount (USD) a headline names, if it names exactly one of each."""
    amounts = classify_amounts(view, lang)
    names = {s.name for s in view.orgs() if not s.descriptor}
    if len(names) != 1 or len(amounts.deals) != 1:
        return None
    size = to_usd(amounts.deals[0].value, amounts.deals[0].currency, year)
    return (names.pop(), size) if size else None


def funding_rounds(view: SentenceView, amounts: SentenceAmounts, date: str | None, lang: str | None,
                   headline: tuple[str, float] | None = None) -> list[dict[str, Any]]:
    """"Y raises N (led by A, with B and C)", "A joined a round for Y": a round fact plus one fact per backer."""
    if not amounts.deals and not amounts.valuations:
        return []
    target: Slot | None = None
    joined: list[str] = []
    round_at: int | None = None
    for trig in lx.RAISE.finditer(view.text):
        t0, t1 = view.start + trig.start(), view.start + trig.end()
        if ROUND_NOUN.match(trig.group(0)) or re.match(r"(?i)seed|amor", trig.group(0)):
            found = round_target(view, set())  # a noun: "a round for X", "X's round", or "X closed a round"
            if found is not None:
                target, round_at = found
                joined = [s.name for s in subject_before(view, min(found[1], target.start)) if s.name != target.name]
            elif lx.TOOK_PART.search(view.text) and (took_part := _took_part(view, t0)) is not None:
                target, joined = took_part  # "Für X: A und B hatten sich an der Runde über N beteiligt"
            elif lx.LEAD_ACTIVE.search(view.text) or lx.PARTICIPANTS.search(view.text[:trig.start()]):
                continue  # "SoftBank is leading the round": about backers of a round already known
            else:
                subjects = subject_before(view, t0) or _fronted_round_target(view, t1)
                if not subjects:
                    continue
                target = subjects[-1]
        else:
            subjects = subject_before(view, t0) or _raised_by(view, trig.group(0), t1)
            if not subjects:
                continue
            target = subjects[-1]
        if hedged(view, target.start, t1, before=60, after=25):
            return []
        break
    if target is None:
        target = _flow_target(view, amounts)
        if target is None or hedged(view, target.start, target.end, before=80, after=25):
            return []
    amount = nearest_amount(amounts.deals, target.start if joined else view.start)
    if joined and round_at is not None:  # "A mène la série C de 1,7 Md€ de X en y apportant 1,3 milliard": the round's size
        amount = next((a for a in amounts.deals if round_at <= a.start < target.start), amount)
    if amount is not None and amount.qualifier == "up_to" and lx.HEDGE.search(view.text):
        return []  # "advisers for a raise of as much as $1 billion …, the talks are at an early stage": a plan
    company = _headline_company(target, amount, amounts, date, headline)
    if company != target.name:
        target = Slot(company, "org", target.start, target.end)
    valuation = amounts.valuations[0] if amounts.valuations else None
    trailing = [c.name for s in view.slots if BACKER_AFTER.match(view.between(s.end, min(view.end, s.end + 60)))
                for c in _listed_before(view, s)]
    backers = [b for b in joined + round_backers(view, view.start, exclude=target.name) + trailing if b != target.name]
    backers = list(dict.fromkeys(backers))
    if len(backers) == 1 and not joined and not trailing and not lx.LEAD.search(view.text) and not SOME_OF.search(view.text):
        return [_fact(backers[0], target.name, amount, amounts, view, date, 0.75, valuation, stake_of(view, lang))]
    facts = [_fact(None, target.name, amount, amounts, view, date, 0.75, valuation, None)]
    facts += [_fact(b, target.name, None, amounts, view, date, 0.7, None, None) for b in backers]
    return facts


TITLE_OF = re.compile(r"(?:patron|chef|CEO|PDG|directeur|directrice|fondat\w+|cofondat\w+|pr[ée]sident\w*|head|founder|"
                      r"co-founder|boss|Chef|Gr[üu]nder|fundador\w*|consejero delegado|arm|bras|unit|filiale|"
                      r"Wagniskapitalarm|brazo)\s+(?:\w+\s+){0,2}(?:de|d'|of|von|des|del)\s*$", re.IGNORECASE)
ANAPHORIC_AMOUNT = re.compile(r"\b(?:ce montant|cette somme|this amount|that amount|the sum|the money|diese Summe|"
                              r"diesen Betrag|esta cantidad|esa cantidad|ese importe|cet argent)\b", re.IGNORECASE)
OWNER_OF = re.compile(r"(?:\bde|\bd'|\bof|\bvon|\bdel)\s*$", re.IGNORECASE)
PASSIVE_BY = re.compile(r"^(?:[^.;]{0,70}?)\b(?:par|by|von|por)\s+(?=[A-ZÀ-Ý]|l[ea]s?\s|l'|the\s|der\s|dem\s|el\s)")
BACKER_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:joining|joined|participating|taking part|also (?:joined|invested|participated)|"
                          r"(?:co-)?leading (?:the|this) (?:round|extension|financing|investment)|"
                          r"liderando la (?:ronda|operaci[óo]n)|menant (?:le tour|la lev[ée]e|l'op[ée]ration)|"
                          r"as (?:a |an )?(?:strategic |new |existing )?(?:backers?|investors?|shareholders?)|"
                          r"(?:ont|a) (?:[ée]galement )?particip[ée]|beteilig\w+ sich|se sumaron|participaron)", re.IGNORECASE)

#: "lève N pour défier X", "raises N to take on X": X is the rival the money is for, not a backer
PURPOSE = re.compile(r"\b(?:pour|to|para|um|afin de|in order to)\s+(?:[\w'’]+\s+){1,3}$", re.IGNORECASE)


MONEY_WORD = re.compile(r"[$€£]|\d\s*(?:bn|m|mn)\b|\b(?:millions?|milliards?|billions?|Millionen|Milliarden|millones|"
                        r"dollars?|euros?|Dollar|Euro|d[óo]lares|Md\$|M\$)\b", re.IGNORECASE)
FROM_ENGLISH = re.compile(r"\bfrom\s*$", re.IGNORECASE)
FUNDING_WORD = re.compile(r"\b(?:funding|financement|fonds|capital|Kapital|financiaci[óo]n|Finanzierung|Geld|argent|"
                          r"dinero|Wagniskapital)\b", re.IGNORECASE)
FROM_SOURCE = re.compile(r"(?:\bauprès d[e']|\bde la part d[e']|\bpor parte de|\bfrom investors(?: including)?)\s*$",
                         re.IGNORECASE)


#: "N de dollars levés en avril par X": X is governed by another preposition than the source's "de"
OTHER_PREPOSITION = re.compile(r"\b(?:par|by|por|en|in|pour|to|para)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _source_of_money(gap: str) -> bool:
    """Whether the words before a name make it where money came from: "auprès de X", or a bare "from/de/von"
    after an amount ("raised $N from X"), not an owner ("la start-up de Mira Murati lève …")."""
    if PURPOSE.search(gap):
        return False
    if introduced_by(gap, FROM_SOURCE, loose_words=8):
        return True
    if not introduced_by(gap, FROM_INVESTORS, loose_words=6) or OTHER_PREPOSITION.search(gap):
        return False
    # "from" names a source; the possessive "de/von" only after money ("N de X", "Kapital von X")
    return bool(introduced_by(gap, FROM_ENGLISH, loose_words=6) or MONEY_WORD.search(gap) or FUNDING_WORD.search(gap))


def _moving_person(view: SentenceView, pos: int, slot: Slot) -> bool:
    """A person listed after a participation word through a move ("alongside the departure of Scale's CEO,
    Alexandr Wang"): one who changes jobs, not a backer."""
    gap = view.between(pos, slot.start)
    return slot.kind == "person" and bool(lx.LEAVE.search(gap) or lx.HIRE.search(gap))


#: a participation told by a finite verb, whose subjects are backers: "also participated", "ont participé"
PARTICIPATE_VERB = re.compile(r"(?:participated|took part|also invested|(?:ont|a) (?:[ée]galement |aussi )?particip[ée]|"
                              r"particip(?:aron|[óo])|beteilig(?:en|ten|te) sich|se sumaron|a (?:[ée]galement|aussi) investi|"
                              r"investierte\w* (?:ebenfalls|auch)|invirti(?:[óo]|eron) tambi[ée]n|tambi[ée]n invirti\w+)$",
                              re.IGNORECASE)


def round_backers(view: SentenceView, pos: int, exclude: str | None = None) -> list[str]:
    """Investors named after `pos` by lead, participation or "from" phrases ("X-led" before)."""
    found: list[Slot] = []
    for rx in (lx.LEAD, lx.PARTICIPANTS):
        for m in rx.finditer(view.text):
            m0 = view.start + m.start()
            named = [s for s in view.orgs() if s.end == m0 + len(m.group(0)) - 4]
            if m.group(0).lower().endswith("-led") and named:  # "a SoftBank-led round"
                found += named
            elif lx.LEAD_ACTIVE.match(view.text[m.start():m.start() + 60]) or (
                    m.group(0).lower() == "co-led" and not PASSIVE_BY.match(view.text[m.end():m.end() + 6])):
                found += subject_before(view, m0)
            elif m0 >= pos:
                after = [s for s in listed_after(view, view.start + m.end()) if not _moving_person(view, m0 + len(m.group(0)), s)]
                # "Schwarz Gruppe, Bosch und SAP steigen ein": the participants come first; after a verb of
                # taking part both sides are backers ("A, B and C also participated, along with D")
                before = [s for s in subject_before(view, m0) if s.start >= pos]
                verb = PARTICIPATE_VERB.search(view.text[max(0, m.start() - 20):m.end()])
                if verb and not before:  # "Jeff Bezos also invested": a person backs the round
                    before = [s for s in subject_before(view, m0, kind="person") if s.start >= pos]
                found += (after + before) if verb else (after or before)
    source = next((s for s in view.slots if s.start >= pos and _source_of_money(view.between(max(pos, s.start - 60),
                                                                                       s.start))), None)
    if source is not None:  # "levé N auprès de A, de B, de l'investisseur C et de D"
        found += [s for s in listed_after(view, source.start) if not TITLE_OF.search(
            view.between(max(view.start, s.start - 40), s.start))]
    return [n for n in _names(sorted(found, key=lambda s: s.start)) if n != exclude]


def follow_up(view: SentenceView, amounts: SentenceAmounts, last: list[dict[str, Any]], lang: str | None
              ) -> list[dict[str, Any]]:
    """A sentence that completes the last deal: its backers, valuation or stake."""
    if not last:
        return []
    head = last[0]
    new: list[dict[str, Any]] = []
    has_lead = lx.LEAD.search(view.text) or lx.PARTICIPANTS.search(view.text) or ROUND_MENTION.search(view.text)
    if has_lead and not lx.HEDGE.search(view.text) and not lx.NEGATION.search(view.text):
        participants = lx.PARTICIPANTS.search(view.text)
        if participants and not lx.LEAD.search(view.text) and lx.CLIENTS.search(
                view.text[max(0, participants.start() - 40):participants.start()]):
            return []  # "clientes, entre ellos Iberdrola": customers, not backers
        backers = round_backers(view, view.start, exclude=head["target"])
        if not backers and participants:
            backers = _names([s for s in subject_before(view, view.start + participants.start())
                              if s.name != head["target"]])
        known = {f["investor"] for f in last}
        for b in backers:
            if b not in known:
                new.append({**head, "investor": b, "amount": None, "currency": None, "amount_usd": None,
                            "valuation_usd": None, "stake_pct": None, "confidence": 0.65,
                            **view.evidence()})
    contribution = lx.FUND.search(view.text) or lx.INVEST.search(view.text) or lx.SHARE_OF_ROUND.search(view.text)
    givers = [s for s in subject_before(view, view.start + contribution.start()) if s.name != head["target"]
              ] if contribution and amounts.deals else []
    named = [f for f in new if givers and f["investor"] == givers[0].name]
    if givers and not lx.HEDGE.search(view.text) and (named or not new):
        own = amounts.deals[0]  # "X is leading the round and will supply the bulk of it: $30 billion"
        share = {"investor": givers[0].name, "amount": own.value, "currency": own.currency,
                 "amount_usd": usd_of(own, amounts, head.get("date")), "stake_pct": stake_of(view, lang)}
        if named:
            named[0].update(share)
        else:
            new.append({**head, **share, "confidence": 0.65, **view.evidence()})
    if amounts.valuations and head.get("valuation_usd") is None and not lx.HEDGE.search(view.text):
        head["valuation_usd"] = usd_of(amounts.valuations[0], amounts, head.get("date"))
    if head.get("stake_pct") is None:
        head["stake_pct"] = stake_of(view, lang)
    return new


def _retarget_described_backer(found: list[dict[str, Any]], view: SentenceView, earlier: list[dict[str, Any]]
                               ) -> list[dict[str, Any]]:
    """A description ("la pépite", "the startup") read as one of the article's backers is the company they
    backed: "la pépite … avait déjà levé N" after a list of investors is the earlier deal's target."""
    target = found[0]["target"]
    backers = {f["investor"] for f in earlier if f["investor"]}
    described = [s for s in view.slots if s.name == target]
    if not earlier or target not in backers or not described or not all(s.descriptor for s in described):
        return found
    company = next((f["target"] for f in reversed(earlier) if f["target"] not in backers), None)
    if company is None:
        return found
    return [{**f, "target": company} for f in found if f["investor"] != company]


def _continues(found: list[dict[str, Any]], last: list[dict[str, Any]]) -> bool:
    """Whether a round without an amount of its own is the deal just told (same company)."""
    head = found[0]
    return bool(last) and head["investor"] is None and head["amount"] is None and last[0]["target"] == head["target"]


def _as_follow_up(found: list[dict[str, Any]], last: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The backers of a round that continues the last deal, as backers of that deal; its valuation completes it."""
    head = last[0]
    if head.get("valuation_usd") is None:
        head["valuation_usd"] = found[0]["valuation_usd"]
    known = {f["investor"] for f in last}
    return [{**f, "date": head["date"], "round": f["round"] or head["round"]}
            for f in found[1:] if f["investor"] not in known]


YEARS_AGO = re.compile(r"\b(?:(?:a|one|two|three|\d) years? ago|il y a (?:un|deux|trois|\d) ans?|"
                       r"vor (?:einem|zwei|drei|\d) Jahr(?:en)?|hace (?:poco (?:m[áa]s|menos) de )?(?:un|dos|tres|\d) a[ñn]os?|"
                       r"(?:last|l'an(?:n[ée]e)? dernier|l'an pass[ée]|letztes|vergangenes|el a[ñn]o pasado) ?(?:year|Jahr)?)\b",
                       re.IGNORECASE)
NUMBER_WORDS = {"a": 1, "one": 1, "un": 1, "einem": 1, "two": 2, "deux": 2, "zwei": 2, "dos": 2, "three": 3, "trois": 3,
                "drei": 3, "tres": 3}


def years_ago(text: str, published: str | None) -> str | None:
    """The year a relative phrase dates an event to: "a year ago", "hace poco más de un año", "l'an dernier"."""
    m = YEARS_AGO.search(text)
    if not m or not published or not re.match(r"\d{4}", published):
        return None
    count = re.search(r"(\d|\b(?:a|one|two|three|un|deux|trois|einem|zwei|drei|dos|tres)) (?:years?|ans?|Jahr|a[ñn]o)",
                      m.group(0), re.IGNORECASE)
    n = 1 if not count else int(count.group(1)) if count.group(1).isdigit() else NUMBER_WORDS[count.group(1).lower()]
    if re.search(r"last|dernier|pass|letztes|vergangenes", m.group(0), re.IGNORECASE):
        return str(int(published[:4]) - 1)  # "last year": the calendar year before
    return f"{int(published[:4]) - n}{published[4:7]}"  # "a year ago": the same month, n years before the report


def reported_month(published: str | None) -> str | None:
    """The month an undated deal is reported in: "X raises N" in the news happens when it is published."""
    return published[:7] if published and re.match(r"\d{4}-\d\d", published) else None


COMPANY_AFTER = re.compile(r"\b(?:for|in|into|bei|f[üu]r|pour|dans|en)\s+(?:(?:the|der|die|das|dem|la|le|el|l')\s*)?"
                           r"([A-ZÀ-Ý][\w\-]+)")


def _unnamed_company(view: SentenceView) -> bool:
    """Whether a capitalised word no entity covers follows a target preposition ("a round in Parloa",
    "eine Runde bei Parloa"): the round may be another company's, unknown to the gazetteer."""
    from analytics.extraction.entities import NOT_NAMES
    from analytics.gazetteer import fold

    for m in COMPANY_AFTER.finditer(view.text):
        a = view.start + m.start(1)
        if fold(m.group(1)) not in NOT_NAMES and not any(s.start <= a < s.end for s in view.slots):
            return True
    return False


def earlier_round(view: SentenceView, amounts: SentenceAmounts, last: list[dict[str, Any]], date: str | None,
                  lang: str | None) -> list[dict[str, Any]]:
    """Another round of the company just told, with its own amount and lead and no other company named:
    "Bereits 2021 hatte Prima Materia eine Runde über 102,5 Millionen Euro angeführt", "Die Franzosen hatten
    im Dezember 385 Millionen Euro eingesammelt, angeführt von A"."""
    if not last or not amounts.deals or not lx.LEAD.search(view.text) or lx.HEDGE.search(view.text) or (
            lx.NEGATION.search(view.text)) or ROUND_MENTION.search(view.text) or lx.SHARE_OF_ROUND.search(view.text):
        return []  # "the round", "die Runde": the deal just told, not another one
    head, own = last[0], amounts.deals[0]
    size = usd_of(own, amounts, date)
    if head.get("amount_usd") is None or size is None or abs(size - head["amount_usd"]) <= 0.15 * head["amount_usd"]:
        return []
    backers = round_backers(view, view.start, exclude=head["target"])
    if not backers or any(s.name not in backers and s.name != head["target"] for s in view.orgs()) or (
            _unnamed_company(view)):
        return []
    target = head["target"]
    valuation = amounts.valuations[0] if amounts.valuations else None
    return ([_fact(None, target, own, amounts, view, date, 0.7, valuation, None)]
            + [_fact(b, target, None, amounts, view, date, 0.65, None, None) for b in backers])


STAKE_OF = re.compile(r"^\s*(?:%|Prozent|percent|per cent|pour ?cent|por ?ciento)?\s*(?:(?:du capital|des parts|"
                      r"des actions|of the (?:shares|equity|capital|company)|del capital|de las acciones|der Anteile|"
                      r"stake|Anteile|shares|equity)\s+)?(?:of|in|de|d'|du|an|en|del|am)\s*(?:(?:the|der|dem|la|le|el|l')\s*)?$",
                      re.IGNORECASE)


def held_stakes(view: SentenceView, amounts: SentenceAmounts, date: str | None, lang: str | None
                ) -> list[dict[str, Any]]:
    """A stake an investor holds: "X owns 49% of Y", "X hält 20 Prozent an Y", "X poseía el 10 % de Y"."""
    for m in lx.STAKE_HELD.finditer(view.text):
        t0, t1 = view.start + m.start(), view.start + m.end()
        pct = next((p for p in find_percentages(view.text, lang) if 0 <= p.start - m.end() <= 25), None)
        if pct is None or hedged(view, t0, t1, before=40, after=20):
            continue
        investors = subject_before(view, t0, max_gap=40)
        if not investors:
            continue
        p1 = view.start + pct.end
        owned = [s for s in view.orgs() if s.start >= p1 and s.start - p1 <= 40
                 and STAKE_OF.match(view.between(p1, s.start))]
        if not owned or owned[0].name in {i.name for i in investors}:
            continue  # a pronoun ("OpenAI en détenait déjà 23 %") is left: its antecedent is too often misread
        target = owned[0].name
        return [{**_fact(i, target, None, amounts, view, date, 0.6, None, None), "stake_pct": pct.value}
                for i in _names(investors)]
    return []


#: a subject pronoun after a fronted date with no comma: "In April 2023 it added $75 million", "En 2023 il a levé"
DATED_PRONOUN = re.compile(
    r"^(?:In|En|Au|Dans|Since|Depuis)\s+(?:(?i:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|"
    r"d[ée]cembre)\s+)?(?:1[89]|20)\d\d\s+(it|il|elle)\s+(?!(?:is|est)\s+(?:not|pas)\b)")


def _with_dated_pronoun(view: SentenceView, previous: SentenceView | None) -> SentenceView:
    """The sentence with its dated pronoun subject read as the previous sentence's first company (for the
    investment rules only: "Covariant was richly funded. In April 2023 it added $75 million to its round")."""
    m = DATED_PRONOUN.match(view.text)
    if not m or previous is None or not previous.orgs() or any(s.start < view.start + m.end(1) for s in view.slots):
        return view
    head = previous.orgs()[0]
    pronoun = Slot(head.name, "org", view.start + m.start(1), view.start + m.end(1), descriptor=True)
    return SentenceView(view.start, view.end, view.text, [pronoun, *view.slots])


def earlier_tranche(view: SentenceView, amounts: SentenceAmounts, last: list[dict[str, Any]], date: str | None
                    ) -> list[dict[str, Any]]:
    """An earlier tranche of the direct investment just told, with its own amount and date: "Il s'ajoute aux
    4 milliards de dollars déjà investis à partir de septembre 2023", "El primer tramo, de 1.250 millones, se
    desembolsó en septiembre del año pasado"."""
    if len(last) != 1 or not last[0]["investor"] or not amounts.deals or date is None or date == last[0]["date"]:
        return []
    if not lx.EARLIER_TRANCHE.search(view.text) or lx.HEDGE.search(view.text) or lx.NEGATION.search(view.text):
        return []
    head = last[0]
    if any(s.name not in (head["investor"], head["target"]) for s in view.orgs()):
        return []
    own = amounts.deals[0]
    return [{**_fact(head["investor"], head["target"], own, amounts, view, date, 0.65, None, None),
             "round": head["round"]}]


#: a sentence of its own telling that people took part in the round just told: "Jeff Bezos also invested."
PERSON_ALSO_INVESTED = re.compile(
    r"\b(?:also (?:invested|participated|took part|joined)|invested as well|ont (?:également|aussi) (?:investi|participé)|"
    r"a (?:également|aussi) (?:investi|participé)|(?:investierte|investierten|beteiligte|beteiligten) (?:sich )?"
    r"(?:ebenfalls|auch)|(?:también )?(?:invirti[óo]|invirtieron|particip[óo]|participaron) (?:también|asimismo))"
    r"(?:\s+(?:in|dans|à|en|an|am|bei) (?:the|this|le|ce|la|esta|der|die) (?:round|tour|op[ée]ration|ronda|Runde)\w*)?"
    r"\s*[.;]?\s*$", re.IGNORECASE)


def first_currency(views: list[SentenceView], lang: str | None) -> str | None:
    """The currency of the article's first amount that names one."""
    for view in views[:12]:
        found = next((a.currency for a in find_amounts(view.text, lang) if a.currency), None)
        if found:
            return found
    return None


def investment_facts(views: list[SentenceView], lang: str | None, published: str | None) -> list[dict[str, Any]]:
    """Every investment fact of an article."""
    facts: list[dict[str, Any]] = []
    last: list[dict[str, Any]] = []
    since_last = 99
    previous_deals: list[Amount] = []
    headline = headline_deal(views[0], lang, int(published[:4]) if published else None) if views else None
    previous: SentenceView | None = None
    # a headline's bare "15.000 millones" takes the currency the article gives first
    told_currency = first_currency(views, lang)
    for view in views:
        view, previous = _with_dated_pronoun(view, previous), view
        amounts = classify_amounts(view, lang, told_currency)
        told_currency = next((a.currency for a in reversed(amounts.deals + amounts.valuations) if a.currency),
                             told_currency)
        if not amounts.deals and previous_deals and ANAPHORIC_AMOUNT.search(view.text):
            amounts.deals = previous_deals[-1:]  # "avoir levé ce montant": the amount just stated
        previous_deals = amounts.deals or previous_deals
        amounts.year = int(published[:4]) if published else None
        own_date = event_date(view.text, published) or years_ago(view.text, published)
        tranche = earlier_tranche(view, amounts, last, own_date) if since_last <= CONTEXT_SENTENCES else []
        if tranche:  # "El primer tramo, de 1.250 millones, se desembolsó en septiembre del año pasado"
            facts += tranche
            continue
        if len(view.orgs()) == 0:
            if view.people() and since_last <= CONTEXT_SENTENCES and PERSON_ALSO_INVESTED.search(view.text):
                facts += follow_up(view, amounts, last, lang)  # "Jeff Bezos also invested."
            continue  # "C'est désormais officiel.": no company, the deal's context runs on
        date = event_date(view.text, published) or years_ago(view.text, published) or reported_month(published)
        found = (direct_investments(view, amounts, date, lang) or funding_rounds(view, amounts, date, lang, headline)
                 or funded(view, amounts, date, lang))
        stakes = [] if found else held_stakes(view, amounts, date, lang)
        if stakes:  # a stake held completes no round: the deal being told runs on
            facts += stakes
            continue
        if found:
            found = _retarget_described_backer(found, view, facts)
            if since_last <= CONTEXT_SENTENCES and _continues(found, last):
                found = _as_follow_up(found, last)  # "Le tour de table, mené par X, valorise la start-up à N"
                facts += found
                since_last = 0
                continue
            facts += found
            last, since_last = found, 0
            continue
        if not ROUND_MENTION.search(view.text):  # "L'opération valorise …" still tells the deal
            since_last += 1
        told = since_last <= CONTEXT_SENTENCES or lx.RAISE.search(view.text)  # "Die Franzosen hatten … eingesammelt"
        earlier = earlier_round(view, amounts, last, date, lang) if told else []
        if earlier:
            facts += earlier
            since_last = 0
            continue
        if since_last <= CONTEXT_SENTENCES:
            more = follow_up(view, amounts, last, lang)
            facts += more
            if more:  # the deal is still being told: its context runs on
                since_last = 0
    return facts
