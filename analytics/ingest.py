"""Ingest: read files, prepare articles, extract what changed, write one transaction."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from analytics.articles import Article, Rejection
from analytics.prepare import prepare
from analytics.readers import read_paths
from analytics.store import article_hashes, open_store, write_batch

Progress = Callable[[int], None]


@dataclass
class IngestReport:
    """What an ingest did, article by article."""

    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"{len(self.new)} new, {len(self.updated)} updated, {len(self.unchanged)} unchanged, "
                 f"{len(self.rejected)} rejected"]
        lines += [f"  rejected {r.path}: {r.error}" for r in self.rejected]
        return "\n".join(lines)


def collect(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Article], list[Rejection]]:
    """Prepared articles under `paths` (ids unique in the batch) and the rejections."""
    articles: dict[str, Article] = {}
    rejected: list[Rejection] = []
    for item in read_paths(paths):
        if isinstance(item, Rejection):
            rejected.append(item)
            continue
        try:
            article = prepare(item)
        except Exception as exc:  # a reader-level problem must not stop the batch
            rejected.append(Rejection(item.path, f"cannot prepare article: {exc}"))
            continue
        first = articles.get(article.id)
        if first is not None:
            same = "same text" if first.content_hash == article.content_hash else "different text"
            rejected.append(Rejection(article.path, f"duplicate id {article.id!r} in this batch "
                                                    f"({same}; first read from {first.path}); skipped"))
            continue
        articles[article.id] = article
    return list(articles.values()), rejected


def ingest(paths: Iterable[str | os.PathLike[str]], store: str | os.PathLike[str],
           progress: Progress | None = None, on_total: Callable[[int], None] | None = None) -> IngestReport:
    """Ingest articles into the store; unchanged articles cost nothing, changed ones are replaced."""
    from analytics.extraction.pipeline import run_extraction

    articles, rejected = collect(paths)
    report = IngestReport(rejected=rejected)
    with open_store(store) as con:
        known = article_hashes(con)
        todo: list[Article] = []
        for a in articles:
            if known.get(a.id) == a.content_hash:
                report.unchanged.append(a.id)
            else:
                (report.updated if a.id in known else report.new).append(a.id)
                todo.append(a)
        if on_total:
            on_total(len(todo))
        if todo:
            extractions = run_extraction(todo, progress)
            write_batch(con, todo, extractions)
    return report


def tqdm_progress(desc: str) -> tuple[Progress, Callable[[int], None], Callable[[], None]]:
    """(update, set_total, close) callbacks driving one tqdm bar on stderr."""
    from tqdm import tqdm

    bar = tqdm(total=0, desc=desc, unit="article", file=sys.stderr, disable=None)

    def set_total(n: int) -> None:
        bar.total = n
        bar.refresh()

    return bar.update, set_total, bar.close
