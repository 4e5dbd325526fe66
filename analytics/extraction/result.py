"""What extraction produces for one article."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Mention:
    """One surface mention of an entity in an article's text."""

    entity: str
    kind: str  # "org" | "person"
    start: int
    end: int
    text: str
    actor: bool = True


@dataclass
class EntityInfo:
    """A canonical entity as known after resolution."""

    name: str
    kind: str
    parent: str | None = None
    category: str | None = None
    aliases: set[str] = field(default_factory=set)


@dataclass
class ArticleExtraction:
    """Mentions, entities, facts and sentences of one article."""

    article_id: str
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, EntityInfo] = field(default_factory=dict)
    facts: list[dict[str, Any]] = field(default_factory=list)
    sentences: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def actors(self) -> list[str]:
        """Canonical names of the entities acting in the article, in order of first mention."""
        seen: dict[str, None] = {}
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.actor:
                seen.setdefault(m.entity, None)
        return list(seen)
