"""The gazetteer of AI-industry actors (data/gazetteer.yml): canonical names, aliases, kinds, parents."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from analytics.config import GAZETTEER_PATH

LEGAL_SUFFIXES = {"inc", "corp", "corporation", "ltd", "llc", "plc", "sa", "sas", "gmbh", "ag", "co", "se",
                  "limited", "incorporated", "company"}


def fold(name: str) -> str:
    """Case-, accent- and punctuation-folded form of a name, legal suffixes dropped."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    words = re.sub(r"[^a-z0-9]+", " ", s).split()
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


@dataclass
class GazetteerEntry:
    """One known actor."""

    name: str
    kind: str  # "org" | "person"
    aliases: list[str] = field(default_factory=list)
    tickers: list[str] = field(default_factory=list)
    category: str | None = None
    parent: str | None = None


@dataclass
class Gazetteer:
    """Known actors, indexed by folded surface form and by ticker."""

    entries: dict[str, GazetteerEntry]
    by_form: dict[str, str]
    by_ticker: dict[str, str]
    pattern: re.Pattern[str] | None
    products: frozenset[str] = frozenset()
    makers: dict[str, str] = field(default_factory=dict)  # folded product name -> maker's canonical name

    def is_product(self, surface: str) -> bool:
        """Whether a name is, or contains, a known product or model name ("Claude Pro", "Google's Gemini Ultra")."""
        words = fold(surface).split()
        return any(" ".join(words[i:n]) in self.products
                   for i in range(len(words)) for n in range(i + 1, len(words) + 1))

    def lookup(self, surface: str) -> GazetteerEntry | None:
        """The entry a surface form denotes, if any."""
        name = self.by_form.get(fold(surface))
        return self.entries.get(name) if name else None

    def related(self, a: str, b: str) -> bool:
        """Whether one of two known companies owns the other (Google and Alphabet, AWS and Amazon)."""
        return any(self.entries.get(x) is not None and self.entries[x].parent == y for x, y in ((a, b), (b, a)))

    def matches(self, text: str) -> list[tuple[int, int, GazetteerEntry]]:
        """Every case-sensitive occurrence of a known name or alias in `text`."""
        if self.pattern is None:
            return []
        out = []
        for m in self.pattern.finditer(text):
            entry = self.lookup(m.group(0))
            if entry:
                out.append((m.start(), m.end(), entry))
        return out


def _surface_forms(entry: GazetteerEntry) -> list[str]:
    forms = [entry.name, *entry.aliases]
    return [f for f in forms if len(f) >= 2]


def build(entries: list[GazetteerEntry], products: list[str] | None = None,
          makers: dict[str, str] | None = None) -> Gazetteer:
    """Index entries; ambiguous forms (shared by two entries) are dropped."""
    by_name = {e.name: e for e in entries}
    owners: dict[str, set[str]] = {}
    for e in entries:
        for form in _surface_forms(e):
            owners.setdefault(fold(form), set()).add(e.name)
    by_form = {f: next(iter(names)) for f, names in owners.items() if len(names) == 1 and f}
    for e in entries:  # a canonical name always denotes its own entry
        by_form[fold(e.name)] = e.name
    by_ticker = {t.upper(): e.name for e in entries for t in e.tickers}
    surfaces = sorted({f for e in entries for f in _surface_forms(e) if fold(f) in by_form},
                      key=len, reverse=True)
    pattern = (re.compile(r"(?<![\w@.-])(?:" + "|".join(re.escape(s) for s in surfaces) + r")(?![\w-])")
               if surfaces else None)
    product_forms = frozenset(fold(p) for p in products or []) - set(by_form)
    maker_forms = {fold(p): m for p, m in (makers or {}).items() if m in by_name}
    return Gazetteer(by_name, by_form, by_ticker, pattern, product_forms, maker_forms)


def parse(data: dict) -> list[GazetteerEntry]:  # type: ignore[type-arg]
    """Entries from the YAML structure {orgs: [...], people: [...]}."""
    entries = []
    for raw in data.get("orgs") or []:
        entries.append(GazetteerEntry(
            name=str(raw["name"]), kind="org", aliases=[str(a) for a in raw.get("aliases") or []],
            tickers=[str(t) for t in raw.get("tickers") or []], category=raw.get("category"),
            parent=raw.get("parent")))
    for raw in data.get("people") or []:
        entries.append(GazetteerEntry(name=str(raw["name"]), kind="person",
                                      aliases=[str(a) for a in raw.get("aliases") or []]))
    return entries


@lru_cache(maxsize=4)
def load(path: Path = GAZETTEER_PATH) -> Gazetteer:
    """The gazetteer at `path` (empty if the file is absent)."""
    if not path.exists():
        return build([])
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    makers = {str(k): str(v) for k, v in (data.get("product_makers") or {}).items()}
    return build(parse(data), [str(p) for p in data.get("products") or []], makers)
