"""One canonical entity per real actor across articles."""

from __future__ import annotations

from analytics.extraction.result import ArticleExtraction, EntityInfo
from analytics.gazetteer import fold, load

#: Trailing words that do not change which company is meant ("Surge" = "Surge AI").
SOFT_SUFFIXES = ("ai", "labs", "lab", "technologies", "inc", "group")


def _core(name: str) -> str:
    words = fold(name).split()
    while len(words) > 1 and words[-1] in SOFT_SUFFIXES:
        words.pop()
    return " ".join(words)


def canonical_map(names: dict[str, EntityInfo]) -> dict[str, str]:
    """Map every name to its canonical form: gazetteer names win, then the longest variant."""
    gaz = load()
    groups: dict[tuple[str, str], list[str]] = {}
    for name, info in names.items():
        groups.setdefault((info.kind, _core(name)), []).append(name)
    mapping: dict[str, str] = {}
    for members in groups.values():
        known = [m for m in members if m in gaz.entries]
        best = known[0] if known else max(members, key=lambda m: (len(m), m))
        for m in members:
            mapping[m] = best
    return mapping


def resolve_across_articles(results: list[ArticleExtraction]) -> None:
    """Rename entities in place so that variants of one actor share one name in every article."""
    pool: dict[str, EntityInfo] = {}
    for r in results:
        for name, info in r.entities.items():
            pool.setdefault(name, info)
    mapping = canonical_map(pool)
    for r in results:
        merged: dict[str, EntityInfo] = {}
        for name, info in r.entities.items():
            target = mapping.get(name, name)
            into = merged.setdefault(target, EntityInfo(target, info.kind, info.parent, info.category))
            into.aliases |= info.aliases | ({name} if name != target else set())
        r.entities = merged
        for m in r.mentions:
            m.entity = mapping.get(m.entity, m.entity)
        for f in r.facts:
            for field in ("investor", "target", "person", "from_org", "to_org", "customer", "vendor", "org"):
                if f.get(field) in mapping:
                    f[field] = mapping[f[field]]
