"""Find the organisations and people of an article: NER + gazetteer + naming rules, then aliases.

Steps, each a small function:
1. candidate spans from the gazetteer, from spaCy NER (trained languages) and from naming
   patterns (corporate suffixes, "la start-up X", titles before names) that also carry
   German and Spanish;
2. filtering of NER errors (outlets, exchanges, locations, products) and kind correction;
3. in-article alias resolution: surname -> full name, short form -> full org name,
   ticker -> company; descriptive references are resolved later by the fact rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from analytics.config import DATA_DIR
from analytics.extraction.result import EntityInfo, Mention
from analytics.gazetteer import Gazetteer, fold
from analytics.prepare import known_outlets

ORG_SUFFIX = (r"(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|GmbH|AG|SE|S\.A\.|SAS|plc|Labs?|AI|"
              r"Technologies|Technology|Computing|Robotics|Systems|Capital|Ventures|Partners|Holdings|"
              r"Group|Gruppe|Grupo|Networks|Intelligence|Research|Analytics|Software|Cloud|Bank|Banco|VC|International|"
              r"Center|Centre|Institute|Instituto|Institut|Foundation|Fundaci[óo]n|Stiftung)")
CAP = r"[A-ZÀ-Ý][\w&'’.\-]*"
ORG_WITH_SUFFIX = re.compile(rf"\b((?:{CAP}\s+(?:&\s+)?){{0,3}}{CAP}\s+{ORG_SUFFIX})(?![\w])")  # "BDT & MSD Partners"
# German capitalised common nouns that stand before a name ("die Tochter Delos Cloud", "Beratung X")
DESCRIPTOR_NOUN = re.compile(
    r"^(?:Tochter|Beratung|Sparte|Firma|Konzern|Labor|Plattform|Anbieter|Hersteller|Rivale|Konkurrent|Partner|"
    r"Investor|Fonds|Bank|Start-?up|Unternehmen|Chef|Chefin|Gründer|Gründerin|[\w\-]{3,}(?i:tochter|sparte|labor|firma|"
    r"konzern|beratung|anbieter|hersteller|fonds|investor|geber|ung|heit|keit|schaft)|"
    # a hyphenated role compound before the name: "vom US-Investor Durable Capital Partners"
    r"[\w]+-(?:Investor|Investorin|Geldgeber|Agent|Agentin|Chef|Chefin|Gründer|Gründerin))\s+(?=[A-ZÀ-Ý])")
# "la start-up X", "the startup X", "das Start-up X", "la empresa X" ...
ORG_CUE = re.compile(
    r"\b(?:la |le |l'|the |das |die |der |la |el )?(?:start-?ups?|startup|jeune pousse|soci[ée]t[ée]|"
    r"entreprise|company|firm|lab|laboratoire|fabricant|unicorn|licorne|Unternehmen|Konzern|Firma|"
    r"Start-?up|empresa|compa[ñn][íi]a|firma|fondo|fonds|fund|investor|investisseur|Investor|inversor|"
    r"\w+(?:konzern|unternehmen|hersteller|gesellschaft|fonds|anbieter|investor|kapitalgeber|dienst))"
    r"\s+(?:(?:am[ée]ricaine?|fran[çc]aise?|parisienne?|allemande?|californienne?|chinoise?|"
    r"American|French|German|Chinese|britannique|British|espagnole?|Spanish|deutsche|spanische|"
    r"española|estadounidense|alemana|francesa|de capital-risque)\s+)?"
    rf"({CAP}(?:\s+{CAP}){{0,2}})")
PERSON_TITLE = re.compile(
    r"\b(?:CEO|PDG|président(?:-directeur général)?|directeur(?: général)?|directrice|chief \w+ officer|"
    r"chief executive|founder|co-?founder|fondateur|cofondateur|co-fondateur|fondatrice|researcher|"
    r"chercheur|chercheuse|ingénieur|engineer|scientist|scientifique|executive|cadre|vice-président|"
    r"president|Chef|Gründer|Mitgründer|Mitbegründer|Vorstandschef|Geschäftsführer|Forscher|Managerin?|"
    r"consejero delegado|consejera delegada|fundador|fundadora|cofundador|cofundadora|investigador|"
    r"investigadora|director|directora|presidente|ejecutivo|ejecutiva|jefe|jefa|head of [\w ]+?)"
    r",?\s+(?:(?:de|of|von|del|chez|at|bei|en)\s+" + CAP + r"(?:\s+" + CAP + r")?,?\s+)?"
    r"([A-ZÀ-Ý][a-zà-ÿ'’\-]+(?:\s+(?:de |van |von |da |del )?[A-ZÀ-Ý][a-zà-ÿ'’\-]+){1,2})")
PERSON_SAID = re.compile(
    r"([A-ZÀ-Ý][a-zà-ÿ'’\-]+\s+[A-ZÀ-Ý][a-zà-ÿ'’\-]+),\s+(?:the |le |la |der |die |el |la )?"
    r"(?:\w+\s+){0,3}(?:CEO|PDG|chief|founder|fondateur|cofondateur|director|directeur|head|chef|Chef|"
    r"Gründer|fundador|consejero|presidente|président|researcher|chercheur|Forscher|investigador)")
TICKER = re.compile(r"\((?:NASDAQ|NYSE|Nasdaq|Nyse|NYSE American|Euronext|EPA|ETR|XETRA|BME|TSE|HKEX|LSE|OTC)"
                    r"\s*:\s*([A-Z][A-Z.]{0,6})\)")
NOT_NAMES = {
    "ia", "ai", "genai", "ceo", "pdg", "the", "le", "la", "les", "des", "der", "die", "das", "el", "los",
    "nasdaq", "nyse", "euronext", "dow jones", "s p 500", "union europeenne", "european union", "eu", "ue",
    "etats unis", "united states", "silicon valley", "wall street", "ki", "ia generative", "bruxelles",
    "brussels", "washington", "paris", "london", "londres", "berlin", "madrid", "munich", "munchen",
    "san francisco", "new york", "californie", "california", "chine", "china", "europe", "europa",
    "francia", "france", "allemagne", "germany", "deutschland", "alemania", "espagne", "spain", "espana",
    "linkedin post", "x", "twitter", "chatgpt", "gpt 4", "gpt 4o", "claude", "gemini", "llama", "siri",
    "copilot", "grok", "mistral large", "le chat", "azure openai service", "bedrock", "vertex ai",
    "series a", "series b", "series c", "serie a", "serie b", "serie c", "serie d", "series d",
    "serie e", "series e", "series f", "series j", "seed", "ipo", "h100", "h200", "gpu", "gpus", "tpu", "tpus",
    # kinds of backers, not names ("beteiligen sich Business Angels wie X")
    "business angels", "business angel", "family offices",
}
#: month names (a date's month left alone once a name is cut at a sentence end: "2 August. The …")
NOT_NAMES |= {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
    "novembre", "decembre", "januar", "februar", "marz", "juni", "juli", "oktober", "dezember", "enero", "febrero",
    "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
}
PRODUCT_CUE = re.compile(
    r"(?:plateforme|platform|Plattform|plataforma|mod[eè]le|model|Modell|modelo|chatbot|assistant|Assistent|"
    r"asistente|app|application|appli|produit|product|Produkt|producto|outil|tool|service|Dienst|servicio|"
    r"logiciel|software)\s+(?:d'IA\s+|de IA\s+|AI\s+|KI-)?$", re.IGNORECASE)  # "puces Nvidia": the maker, kept
DETERMINER = re.compile(r"^(?:The|the|La|Le|Les|L'|L’|El|Los|Las|Die|Der|Das)\s+(?=[A-ZÀ-Ý])")
VERSIONED = re.compile(r"\s(?:v?\d+(?:\.\d+)*[a-z]?)$")
PER_LABELS = {"PER", "PERSON"}
ORG_LABELS = {"ORG"}
MISC_LABELS = {"MISC", "PRODUCT", "NORP", "GPE", "LOC", "FAC", "WORK_OF_ART"}


@dataclass
class Candidate:
    """A span that may name an entity."""

    start: int
    end: int
    text: str
    kind: str
    canonical: str | None = None  # known canonical name (gazetteer)
    source: str = "ner"  # "gazetteer" | "ner" | "pattern" | "list"


def _clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim quotes, possessives and punctuation off a span."""
    while start < end and text[start] in " \"'«»“”‘’([":
        start += 1
    while end > start and text[end - 1] in " \"'«»“”‘’)],.;:":
        end -= 1
    for poss in ("'s", "’s"):
        if text[start:end].endswith(poss):
            end -= len(poss)
    return start, end


def _plausible(name: str, kind: str) -> bool:
    folded = fold(name)
    if not folded or folded in NOT_NAMES or len(folded) < 2 or folded[-1:] == "s" and folded[:-1] in NOT_NAMES:
        return False
    if not name[0].isupper() and not name[0].isdigit():
        return False
    if kind == "person":
        words = name.split()
        return 2 <= len(words) <= 4 and all(w[0].isupper() or w in ("de", "van", "von", "da", "del") for w in words)
    return len(name.split()) <= 6


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Common given names (data/first_names.txt)."""
    path = DATA_DIR / "first_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


SURNAME = r"[A-ZÀ-Ý][a-zà-ÿ'’\-]+(?:\s+(?:de |van |von |da |del |di |le )?[A-ZÀ-Ý][a-zà-ÿ'’\-]+)?"


def given_name_candidates(text: str) -> list[Candidate]:
    """"Given-name Surname" pairs, in any language (carries German and Spanish, which have no NER)."""
    out = []
    # the surname in a lookahead, so that a capitalised word before the given name does not consume it
    # ("der frühere Hollywood-Agent Michael Ovitz")
    for m in re.finditer(rf"(?<![\w-])([A-ZÀ-Ý][\w\-]+)(?=(\s+{SURNAME})(?![\w-]))", text):
        if m.group(1) in first_names():
            name = m.group(1) + m.group(2)
            last = name.rsplit(" ", 1)[-1]
            if len(name.split()) > 2 and DESCRIPTOR_NOUN.match(last + " X"):
                name = name[: -len(last) - 1]  # "Elon Musks Firma": a German noun after the name
            out.append(Candidate(m.start(), m.start() + len(name), name, "person", source="pattern"))
    return out


def gazetteer_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """Occurrences of known names and aliases."""
    return [Candidate(s, e, text[s:e], entry.kind, entry.name, "gazetteer") for s, e, entry in gaz.matches(text)]


def ner_candidates(doc: Any) -> list[Candidate]:
    """spaCy NER spans of organisations and people (MISC kept for correction later)."""
    out = []
    text = doc.text  # built from the tokens on every access: read it once
    for ent in doc.ents:
        if ent.label_ in PER_LABELS:
            kind = "person"
        elif ent.label_ in ORG_LABELS:
            kind = "org"
        elif ent.label_ in MISC_LABELS:
            kind = "misc"
        else:
            continue
        s, e = _clean_span(text, ent.start_char, ent.end_char)
        cut = text.find("\n", s, e)
        if cut != -1:  # an entity never spans lines
            s, e = _clean_span(text, s, cut)
        if e > s:
            out.append(Candidate(s, e, text[s:e], kind))
    return out


def pattern_candidates(text: str) -> list[Candidate]:
    """Names found by naming patterns: corporate suffixes, cue nouns, titles before names."""
    out = []
    out.extend(given_name_candidates(text))
    for rx, kind in ((ORG_WITH_SUFFIX, "org"), (ORG_CUE, "org"), (PERSON_TITLE, "person"), (PERSON_SAID, "person")):
        for m in rx.finditer(text):
            s, e = _clean_span(text, m.start(1), m.end(1))
            name = text[s:e]
            # cut at a lower-case word or a sentence boundary
            name = re.split(r"\s+(?=[a-zà-ÿ])|[,;:]|\.\s", name)[0]
            e = s + len(name)
            lead = DESCRIPTOR_NOUN.match(name)
            if lead and rx is ORG_WITH_SUFFIX:
                s, name = s + lead.end(), name[lead.end():]
            if e > s:
                out.append(Candidate(s, e, name, kind, source="pattern"))
    return out


NAME_TOKEN = r"[A-ZÀ-Ý0-9](?:[\w&'’\-]|\.(?=\w))*"
NAME_ITEM = rf"{NAME_TOKEN}(?:\s+(?:&\s+)?{NAME_TOKEN}){{0,3}}"
ENUMERATION = re.compile(
    rf"{NAME_ITEM}(?:\s*(?:\([^)]{{1,30}}\))?\s*[,;]\s*(?:(?:the|le|la|les|der|die|das|el|los|und|and|et|y)\s+)?"
    rf"{NAME_ITEM}){{1,}}\s*(?:\([^)]{{1,30}}\))?\s*[,;]?\s*(?:und|and|et|y|e|sowie|as well as|ainsi que)\s+"
    rf"(?:(?:der|die|das|the|le|la|el)\s+(?:[a-zà-ÿ][\w\-]*\s+){{0,2}}[\w\-]*\s+)?{NAME_ITEM}")
ITEM = re.compile(NAME_ITEM)
# names licensed by a funding cue: "led by X", "angeführt von X", "liderada por X", "investors include X"
LICENSED = re.compile(
    r"(?i:led by|co-led by|men[ée]e? par|emmen[ée]e? par|pilot[ée]e? par|angef[üu]hrt (?:wird )?(?:die \w+ )?von|"
    r"unter (?:der )?f[üu]hrung (?:von|des|der)|liderad[ao] por|encabezad[ao] por|investors? include|"
    r"Investoren wie|inversores como|investisseurs comme|backed by|soutenu(?:e)? par|financ[ée]e? par|"
    r"respaldad[ao] por|finanziert von)\s+(?:(?i:the|le|la|les|der|die|das|dem|el|los|la)\s+)?"
    r"(?:(?:[a-zà-ÿ][\w\-]*|[A-ZÀ-Ý][a-zà-ÿ]+(?:isch\w*|ese|ish|ian|an|ais|aise|ois|oise|ano|ana)|French|Dutch|"
    r"German|Swiss|Greek)\s+){0,3}"
    rf"({NAME_ITEM})")  # only the cue ignores case: "von Prima Materia" keeps both words
COMMON_CAPITALISED = {"der", "die", "das", "the", "le", "la", "el", "los", "und", "and", "et", "y", "ceo", "pdg"}
#: a capitalised German common noun heading a list item ("die Beratung Christ&Company"): its suffix shows it
GERMAN_NOUN_HEAD = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöüß]+(?:ung|heit|keit|schaft|tät|ismus|konzern|unternehmen|gesellschaft|"
                              r"firma|fonds|hersteller|anbieter|investor|investoren|geber|sparte|tochter)|"
                              # a hyphenated role compound: "der frühere Hollywood-Agent Michael Ovitz"
                              r"[\w]+-(?:Investor|Investorin|Geldgeber|Agent|Agentin|Chef|Chefin|Gründer|Gründerin))"
                              r"\s+(?=\S)")


def _without_noun_head(text: str, start: int, end: int) -> int:
    """Start of a list item once a leading German common noun is dropped."""
    head = GERMAN_NOUN_HEAD.match(text[start:end])
    return start + head.end() if head else start


def enumeration_candidates(text: str, known: list[Candidate]) -> list[Candidate]:
    """Unknown names listed among known entities ("Lightspeed, Accel, Plural und Saab"): same kind."""
    out: list[Candidate] = []
    spans = [(k.start, k.end, k.kind) for k in known]
    for m in ENUMERATION.finditer(text):
        items = [(m.start() + i.start(), m.start() + i.end()) for i in ITEM.finditer(m.group(0))
                 if i.group(0).lower() not in COMMON_CAPITALISED]
        kinds = [k for a, b in items for s, e, k in spans if s <= a and b <= e or a <= s and e <= b]
        if len(kinds) < 2 or len(kinds) * 2 < len(items):
            continue
        kind = max(sorted(set(kinds)), key=kinds.count)
        for a, b in items:
            a = _without_noun_head(text, a, b)
            if not any(s < b and a < e for s, e, _k in spans):
                out.append(Candidate(a, b, text[a:b], kind, source="list"))
    return out


def licensed_candidates(text: str) -> list[Candidate]:
    """Names right after a funding cue ("angeführt von Prima Materia") are organisations or people."""
    out = []
    for m in LICENSED.finditer(text):
        s, e = _clean_span(text, m.start(1), m.end(1))
        if e > s and text[s:e].lower() not in COMMON_CAPITALISED:
            out.append(Candidate(s, e, text[s:e], "org", source="pattern"))
    return out


# a list of backers licensed by a participation cue: "con la participación de A; B; C y D"
PARTICIPATION_CUE = re.compile(
    r"(?i:with participation (?:from|of)|participation from|(?:other )?(?:investors|backers|participants) "
    r"(?:include|included|including)|avec la participation (?:de|d')|parmi les participants figurent(?: notamment)?|"
    r"aux c[ôo]t[ée]s (?:de|d')|con la participaci[óo]n de|cuenta con la participaci[óo]n de|junto a|"
    r"beteilig(?:en|ten) sich (?:außerdem |auch |zudem )?(?:die |der )?|beteiligt (?:sind|waren) (?:außerdem |auch |zudem )?|(?:neu )?eingestiegen (?:sind|ist) (?:außerdem |auch )?|zu den (?:\w+ )?investoren (?:gehören|zählen)|unter den investoren (?:sind|waren))\s*")
LIST_SPLIT = re.compile(r"\s*(?:;|,|\s(?:and|et|und|y|sowie|ainsi que|as well as|así como)\s)\s*")
LIST_NAME = re.compile(rf"{NAME_TOKEN}(?:\s+(?:(?:de|del|de la|para la|for|of|&)\s+)?{NAME_TOKEN}){{0,5}}")
ITEM_DESCRIPTION = re.compile(r"^(?:(?:the|le|la|les|l'|der|die|das|dem|den|el|los|las)\s+)?(?:[a-zà-ÿ][\w'’\-]*\s+){0,3}")


QUANTIFIER = re.compile(r"\b(?:mehrere|einige|weitere|zahlreiche|verschiedene|andere|viele|several|various|other|"
                        r"plusieurs|autres|varios|varias|otros|otras|diversos|numerosos)\s+$", re.IGNORECASE)


def listed_backer_candidates(text: str) -> list[Candidate]:
    """Each item of a list licensed by a participation cue, to the end of the sentence, is a name
    ("con la participación de A; la Sociedad B (SETT); C y D"): carries German and Spanish lists."""
    out: list[Candidate] = []
    for cue in PARTICIPATION_CUE.finditer(text):
        stop = re.compile(r"\.\s|\n|$").search(text, cue.end())
        end = stop.start() if stop else len(text)
        pos = cue.end()
        for piece in LIST_SPLIT.split(text[cue.end():end]):
            at = text.find(piece, pos, end)
            if at < 0 or not piece:
                continue
            pos = at + len(piece)
            lead = ITEM_DESCRIPTION.match(piece)
            if lead and QUANTIFIER.search(lead.group(0)):
                continue  # "mehrere Einzelpersonen", "weitere Investoren": a capitalised noun, not a name
            start = _without_noun_head(text, at + lead.end(), pos) if lead else at
            name = LIST_NAME.match(text, start, pos)
            if name and name.group(0).split()[0] in first_names():
                continue  # "aux côtés de Xavier Niel": a person, left to the name rules
            if name and name.group(0).lower() not in COMMON_CAPITALISED and _plausible(name.group(0), "org"):
                out.append(Candidate(name.start(), name.end(), name.group(0), "org", source="pattern"))
    return out


# a vendor's client list: "Zu den Kunden zählen etwa …", "its clients include …", "entre ellos …"
CLIENT_LIST = re.compile(
    r"(?:zu (?:den|seinen|ihren) Kunden (?:z[äa]hl\w*|geh[öo]r\w*)|Kunden wie|(?:clients?|customers?) (?:include|including|"
    r"such as)|parmi (?:ses|leurs) clients,?|clients? (?:comme|tels? que|dont)|clientes?,? (?:entre ellos|como)|"
    r"entre sus clientes|sus clientes incluyen)\s+", re.IGNORECASE)
CLIENT_LIST_SPLIT = re.compile(r"\s*,\s*|\s+(?:und|and|et|y|sowie|as well as|ainsi que)\s+")
CLIENT_NAME = re.compile(r"[A-ZÀ-Ý][\w&'’.\-]*(?:\s+(?:(?:de|del|of|du|de la)\s+)?[A-ZÀ-Ý0-9][\w&'’.\-]*){0,3}")
#: a German common noun before the name it describes ("die Lernplattform Coursera")
GERMAN_COMMON_NOUN = re.compile(r"\w{3,}(?:ung|heit|keit|schaft|form|zeitung|konzern|unternehmen|anbieter|dienst|firma|"
                                r"gruppe|kette|h[äa]ndler|hersteller|sender|verlag|portal|beh[öo]rde|ministerium)$")


#: a capitalised German plural or common noun ("Kunden wie Banken und Versicherungen"), not a name
GERMAN_PLURAL = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:en|er|e|n|innen)")


def client_list_candidates(text: str, german: bool = False) -> list[Candidate]:
    """Names listed after a client cue are organisations, their descriptions dropped ("Zu den Kunden zählen
    etwa die japanische Wirtschaftszeitung Nikkei, die Lernplattform Coursera und die Deutsche Bahn"); in German,
    where every noun is capitalised, a single word that looks like a plural noun is left out."""
    out = []
    for cue in CLIENT_LIST.finditer(text):
        end = re.search(r"[.;:!?\n]|$", text[cue.end():])
        segment_end = cue.end() + (end.start() if end else 0)
        pos = cue.end()
        for item in CLIENT_LIST_SPLIT.split(text[cue.end():segment_end])[:8]:
            start = text.find(item, pos)
            pos = start + len(item)
            words = item.split()
            lead = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
            name = CLIENT_NAME.match(" ".join(words[lead:]))
            if not name or len(words) - lead > 5:
                continue
            parts = name.group(0).split()
            if len(parts) > 1 and GERMAN_COMMON_NOUN.match(parts[0]):
                parts = parts[1:]
            if german and len(parts) == 1 and GERMAN_PLURAL.fullmatch(parts[0]):
                continue
            s = text.find(" ".join(parts), start)
            s, e = _clean_span(text, s, s + len(" ".join(parts)))
            if e > s and text[s:e].lower() not in COMMON_CAPITALISED:
                out.append(Candidate(s, e, text[s:e], "org", source="client"))
    return out


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _outlet_forms() -> set[str]:
    forms = set()
    for name, others in known_outlets().items():
        forms.add(fold(name))
        forms.update(fold(o) for o in others)
    return forms


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Spans of headline-style lines (most words capitalised), where NER mistakes phrases for names."""
    out, pos = [], 0
    for line in text.split("\n"):
        words = re.findall(r"[^\W\d_][\w'’\-]*", line)
        if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def drop_headline_phrases(cands: list[Candidate], text: str) -> list[Candidate]:
    """Unknown names found only inside title-case lines are dropped; known names and names that
    also occur in running text are kept."""
    titles = _title_case_lines(text)
    if not titles:
        return cands
    inside = lambda c: any(a <= c.start and c.end <= b for a, b in titles)  # noqa: E731
    elsewhere = {fold(c.text) for c in cands if not inside(c)}
    return [c for c in cands if c.canonical or c.source == "gazetteer" or not inside(c)
            or fold(c.text) in elsewhere or re.search(ORG_SUFFIX + r"$", c.text)]


UNIT_SUFFIX = re.compile(r"^\s+(?:[A-ZÀ-Ý][\w\-]*\s+){0,2}(?:Ventures|Capital|VC|Venture Capital|Growth|Invest|"
                         r"Investments|Fund|Fonds|Digital|Digits)$")


def units_over_owners(cands: list[Candidate]) -> list[Candidate]:
    """A known company name that opens a longer name ending in a unit word ("HSBC Ventures",
    "Santander Climate VC") yields to the unit: the unit, not its owner, is the actor."""
    units = [c for c in cands if c.source != "gazetteer" and not c.canonical]
    owned = {id(g) for g in cands if g.source == "gazetteer" for u in units
             if u.start == g.start and u.end > g.end and UNIT_SUFFIX.match(u.text[g.end - g.start:])}
    return [c for c in cands if id(c) not in owned]


def select_candidates(cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Resolve overlaps (gazetteer > NER > pattern, longer first) and drop implausible spans."""
    outlets = _outlet_forms()
    cands = units_over_owners(cands)
    rank = {"gazetteer": 0, "ner": 1, "pattern": 2, "client": 2, "list": 3}
    chosen: list[Candidate] = []
    known_spans = {(c.start, c.end) for c in cands if c.canonical}
    # an unlabelled NER span (MISC) yields to a known name on exactly the same span ("Leike" = Jan Leike)
    cands = [c for c in cands if not (c.source == "ner" and c.kind == "misc" and (c.start, c.end) in known_spans)]
    for c in sorted(cands, key=lambda c: (rank[c.source], -(c.end - c.start), c.start)):
        if c.source != "gazetteer":
            det = DETERMINER.match(c.text)
            if det:
                c.start, c.text = c.start + det.end(), c.text[det.end():]
        if fold(c.text) in outlets or fold(c.text).split(" ")[0] in outlets:
            continue
        ticker = c.text.split(":")[-1].strip()
        if c.source != "gazetteer" and ticker in gaz.by_ticker and ticker.isupper():
            c.canonical, c.kind = gaz.by_ticker[ticker], "org"
        if c.source != "gazetteer" and not c.canonical and (gaz.is_product(c.text) or VERSIONED.search(c.text)):
            continue
        entry = gaz.lookup(c.text) if c.source != "gazetteer" and not c.canonical else None
        if entry is None and c.source != "gazetteer" and c.text.endswith("s"):
            entry = gaz.lookup(c.text[:-1])  # German genitive: "Elon Musks"
        owner = re.match(rf"(\S+)s\s+{ORG_SUFFIX}$", c.text) if entry is None and c.source != "gazetteer" else None
        if owner and gaz.lookup(owner.group(1)):  # "Microsofts Cloud": the owner's genitive, not a name
            entry = gaz.lookup(owner.group(1))
            c.end, c.text = c.start + len(owner.group(1)) + 1, owner.group(1) + "s"
        if entry:
            c.canonical, c.kind = entry.name, entry.kind
        if any(_overlaps(c, k) for k in chosen):
            continue
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _org_evidence(name: str, text: str, ner_orgs: set[str]) -> bool:
    """Whether a MISC/LOC span behaves like an organisation elsewhere in the article."""
    if fold(name) in ner_orgs:
        return True
    return bool(re.search(ORG_SUFFIX + r"$", name)) or bool(
        re.search(rf"(?:start-?up|soci[ée]t[ée]|company|firm|rivals?|concurrents?|Unternehmen|empresa)\s+"
                  rf"(?:\w+\s+){{0,2}}{re.escape(name)}\b", text, re.IGNORECASE))


def resolve_mentions(text: str, cands: list[Candidate], gaz: Gazetteer) -> tuple[list[Mention], dict[str, EntityInfo]]:
    """Mentions with canonical names; entity records with the aliases used in this article."""
    ner_orgs = {fold(c.text) for c in cands if c.kind == "org"}
    kept: list[Candidate] = []
    for c in cands:
        if c.source != "client" and PRODUCT_CUE.search(text[max(0, c.start - 40):c.start]):
            continue  # "la plateforme Outlier": a product, not an actor
        if c.canonical:
            kept.append(c)
        elif c.kind == "misc":
            if _org_evidence(c.text, text, ner_orgs) and _plausible(c.text, "org"):
                c.kind = "org"
                kept.append(c)
        elif _plausible(c.text, c.kind):
            kept.append(c)
        elif c.kind == "person" and len(c.text.split()) == 1:
            kept.append(c)  # may be a surname of a full name: resolved below, dropped otherwise
    full_people = {c.canonical or c.text for c in kept if c.kind == "person" and len(c.text.split()) >= 2}
    full_orgs = {c.canonical or c.text for c in kept if c.kind == "org"}
    entities: dict[str, EntityInfo] = {}
    mentions: list[Mention] = []

    def add(c: Candidate, name: str, kind: str) -> None:
        entry = gaz.entries.get(name)
        info = entities.setdefault(name, EntityInfo(name, kind, entry.parent if entry else None,
                                                    entry.category if entry else None))
        info.aliases.add(c.text)
        mentions.append(Mention(name, kind, c.start, c.end, c.text))

    for c in kept:
        if c.canonical:
            add(c, c.canonical, c.kind)
            continue
        if len(c.text.split()) == 1:
            surname_of = [p for p in full_people if p.split()[-1] == c.text]
            if len(surname_of) == 1:
                add(c, surname_of[0], "person")
                continue
            prefix_of = [o for o in full_orgs if o != c.text and o.split()[0] == c.text]
            if len(prefix_of) == 1:
                add(c, prefix_of[0], "org")
                continue
            if c.kind == "person":
                continue
        name = c.text
        longer = [o for o in (full_people if c.kind == "person" else full_orgs)
                  if o != name and o.startswith(name + " ") and not gaz.lookup(o)]
        add(c, longer[0] if len(longer) == 1 else name, c.kind)
    for m in TICKER.finditer(text):
        owner = gaz.by_ticker.get(m.group(1))
        if owner:
            entry = gaz.entries[owner]
            info = entities.setdefault(owner, EntityInfo(owner, "org", entry.parent, entry.category))
            info.aliases.add(m.group(1))
    return mentions, entities


def short_form_candidates(text: str, known: list[Candidate]) -> list[Candidate]:
    """Short forms of names found in the article: an organisation's first word ("Thrive", "Scale"),
    a person's surname ("Leike")."""
    out = []
    forms = {c.text.split()[0]: c for c in known if c.kind == "org" and len(c.text.split()) > 1}
    forms |= {c.text.split()[-1]: c for c in known if c.kind == "person" and len(c.text.split()) > 1}
    for form, c in forms.items():
        if len(form) < 4 or not form[0].isupper() or fold(form) in NOT_NAMES:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            out.append(Candidate(m.start(), m.end(), form, c.kind, c.canonical or c.text, source="list"))
    return out


def find_entities(text: str, doc: Any, gaz: Gazetteer) -> tuple[list[Mention], dict[str, EntityInfo]]:
    """All entity mentions of a (clean) article text."""
    cands = (gazetteer_candidates(text, gaz) + pattern_candidates(text) + licensed_candidates(text)
             + client_list_candidates(text, german=getattr(doc, "lang_", None) == "de"))
    cands += listed_backer_candidates(text)
    if doc is not None and doc.has_annotation("ENT_IOB"):
        cands += ner_candidates(doc)
    cands += short_form_candidates(text, [c for c in cands if c.source == "gazetteer" or
                                          (c.kind == "person" and _plausible(c.text, "person"))])
    known = [c for c in cands if c.source != "pattern" or c.kind == "person"]
    cands += enumeration_candidates(text, known)
    chosen = select_candidates(drop_headline_phrases(cands, text), gaz)
    return resolve_mentions(text, chosen + recurrences(text, chosen), gaz)


def recurrences(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Other occurrences of organisation names found by a pattern or a list ("angeführt von Prima Materia" …
    "Bereits 2021 hatte Prima Materia …"): where no model tags names, a name once found is a name everywhere."""
    out: list[Candidate] = []
    taken = [(c.start, c.end) for c in chosen]
    names = {c.text for c in chosen if c.kind == "org" and c.source in ("pattern", "list") and not c.canonical
             and len(c.text) >= 3}
    for name in sorted(names):
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(a < m.end() and m.start() < b for a, b in taken + [(o.start, o.end) for o in out]):
                out.append(Candidate(m.start(), m.end(), name, "org", source="list"))
    return sorted(out, key=lambda c: c.start)
