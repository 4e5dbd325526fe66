"""Other events: layoffs, hiring freezes and leadership changes (their own fact types)."""

from __future__ import annotations

import re
from typing import Any

from analytics.dates import event_date
from analytics.extraction.context import SentenceView
from analytics.extraction.roles import subject_before
from analytics.money import find_percentages

LAYOFF = re.compile(r"\b(?:laid off|lays? off|layoffs?|job cuts|cut\w* .{0,20}(?:jobs|staff|workforce)|"
                    r"licenci\w+|suppression\w* de postes|supprim\w+ .{0,20}postes|entl[äa]sst|entlassen|"
                    r"Stellenabbau|streicht .{0,20}Stellen|despid\w+|recort\w+ .{0,20}(?:plantilla|empleos))",
                    re.IGNORECASE)
FREEZE = re.compile(r"\b(?:hiring freeze|froze hiring|freez\w+ hiring|paused hiring|gel des embauches|"
                    r"arr[êe]t\w* les embauches|gel\w* (?:les|des) (?:embauches|recrutements)|Einstellungsstopp|"
                    r"congela\w* (?:las )?contrataciones)", re.IGNORECASE)
LEADER = re.compile(r"\b(?:new|nouveau|nouvelle|neue[rn]?|nuevo|nueva)\s+(?:\w+\s+)?(?:CEO|PDG|chief executive|"
                    r"directeur général|Chef|Vorstandschef|consejero delegado|presidente)\b", re.IGNORECASE)


JOBS = re.compile(r"(\d[\d.,\s]*\d|\d+)\s+(?:\w+\s+)?(?:jobs?|employees|positions|staff|workers|people|postes|emplois|"
                  r"salari[ée]s|employ[ée]s|empleos|puestos|trabajadores|empleados|Stellen|Arbeitspl[äa]tze|Besch[äa]ftigte\w*|"
                  r"Mitarbeite\w*)\b", re.IGNORECASE)
CUTS = re.compile(r"\b(?:cut\w*|eliminat\w*|lay(?:s|ing)? off|laid off|layoffs?|supprim\w+|suppression\w*|licenci\w+|"
                  r"streich\w*|abbau\w*|entlass\w*|recort\w*|despid\w+|elimin\w+|verlassen|verlie[ßs]en|gehen)\b",
                  re.IGNORECASE)


def _event(fact_type: str, view: SentenceView, date: str | None, **fields: Any) -> dict[str, Any]:
    return {"type": fact_type, **fields, "date": date, "confidence": 0.7,
            **view.evidence()}


def event_facts(views: list[SentenceView], lang: str | None, published: str | None) -> list[dict[str, Any]]:
    """Layoffs (with share), hiring freezes and new leaders."""
    out: list[dict[str, Any]] = []
    for view in views:
        date = event_date(view.text, published)
        m = LAYOFF.search(view.text) or CUTS.search(view.text)
        jobs = JOBS.search(view.text)
        if m and (LAYOFF.search(view.text) or jobs):
            subj = subject_before(view, view.start + min(m.start(), jobs.start() if jobs else m.start()), max_gap=220)
            orgs = subj or [o for o in view.orgs() if o.end <= view.start + m.start()][-1:]
            if orgs:
                pcts = find_percentages(view.text, lang)
                count = int(re.sub(r"\D", "", jobs.group(1))) if jobs else None
                out.append(_event("layoff", view, date, org=orgs[-1].name, count=count,
                                  share_pct=pcts[0].value if pcts else None))
                if count:  # a stated number of people leaving: a group departure
                    out.append({**_event("talent_move", view, date, person=None, count=count,
                                         from_org=orgs[-1].name, to_org=None, kind="layoff"), "confidence": 0.6})
        m = FREEZE.search(view.text)
        if m:
            subj = subject_before(view, view.start + m.start(), max_gap=120)
            if subj:
                out.append(_event("hiring_freeze", view, date, org=subj[-1].name))
        m = LEADER.search(view.text)
        if m:
            people = [p for p in view.people() if p.start >= view.start + m.end() and p.start - view.start - m.end() < 40]
            orgs = [o for o in view.orgs() if o.end <= view.start + m.start()]
            if people and orgs:
                out.append(_event("leadership", view, date, person=people[0].name, org=orgs[-1].name,
                                  role=m.group(0).split()[-1]))
    return out
