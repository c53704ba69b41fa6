"""The whole run: read -> extract -> resolve -> check -> KnowledgeGraph; and reloading a build."""

from __future__ import annotations

import json
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from .checks import check
from .extract import extract_article
from .extract.dates import bounds
from .graph import KnowledgeGraph
from .ingest import read_corpus
from .models import Article, Claim, Conflict, Entity, InputWarning
from .resolve import resolve
from .text import normalize_key

#: seconds one article may take to extract before it is skipped with a warning
ARTICLE_BUDGET = 10.0

Progress = Callable[[int, int, str], None]


class _Timeout(Exception):
    pass


@contextmanager
def _budget(seconds: float):  # type: ignore[no-untyped-def]
    """Raise _Timeout after ``seconds`` (main thread on POSIX only; elsewhere no limit)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    def _raise(signum, frame):  # type: ignore[no-untyped-def]
        raise _Timeout()

    old = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def extract_one(article: Article, budget: float = ARTICLE_BUDGET) -> tuple[list[Claim], InputWarning | None]:
    """Claims of one article, or a warning when it cannot be extracted in time or at all."""
    try:
        with _budget(budget):
            return extract_article(article), None
    except _Timeout:
        return [], InputWarning(file=article.id, outcome="skipped", reason=f"extraction took over {budget:g}s: skipped")
    except RecursionError:
        return [], InputWarning(file=article.id, outcome="skipped", reason="text nested too deeply to read")


def extract_corpus(articles: list[Article], jobs: int = 1, progress: Progress | None = None) -> tuple[list[Claim], list[InputWarning]]:
    """Claims of all articles, in article order whatever ``jobs`` is."""
    claims: list[Claim] = []
    warnings: list[InputWarning] = []
    if jobs > 1 and len(articles) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = pool.map(extract_one, articles, chunksize=max(1, len(articles) // (jobs * 8)))
            for n, (article, (cs, warn)) in enumerate(zip(articles, results, strict=True), start=1):
                claims.extend(cs)
                if warn:
                    warnings.append(warn)
                if progress:
                    progress(n, len(articles), article.id)
        return claims, warnings
    for n, article in enumerate(articles, start=1):
        cs, warn = extract_one(article)
        claims.extend(cs)
        if warn:
            warnings.append(warn)
        if progress:
            progress(n, len(articles), article.id)
    return claims, warnings


def anchor_relatives(claims: list[Claim]) -> list[Claim]:
    """Date relative events whose anchor another article dates ("one day before X's launch").

    The anchor must have one day-precise date across the corpus; otherwise the relative event
    stays undated and is dropped (its date would be a guess).
    """
    dated: dict[tuple[str, str], set[str]] = {}
    for c in claims:
        if c.kind == "event" and isinstance(c.value, str) and c.value and c.relative is None and c.granularity == "day":
            dated.setdefault((normalize_key(c.subject), c.predicate), set()).add(c.value)
    out = []
    for c in claims:
        if c.kind == "event" and c.value == "":
            r = c.relative
            values = dated.get((normalize_key(r.anchor_subject), r.anchor_predicate), set()) if r else set()
            if r is None or len(values) != 1 or r.min_days != r.max_days:
                continue
            import datetime as dt

            first = bounds(next(iter(values)))[0]
            c = c.model_copy(update={"value": (first + dt.timedelta(days=r.min_days)).isoformat(), "granularity": "day",
                                     "confidence": 0.6})
        out.append(c)
    return out


def build(path: str | os.PathLike[str], jobs: int = 1, progress: Progress | None = None) -> KnowledgeGraph:
    """Read a folder of articles and return its checked knowledge graph.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("May 2, 2024 — Acme released Foo-2, a 7 billion parameter model.")
    >>> kg = build(d)
    >>> [(e.subject, e.value) for e in kg.events()]
    [('Foo-2', '2024-05-02')]
    """
    articles, warnings = read_corpus(path)
    claims, extract_warnings = extract_corpus(articles, jobs=jobs, progress=progress)
    warnings = warnings + extract_warnings
    claims = anchor_relatives(claims)
    claims, entities = resolve(claims)
    conflicts = check(claims, articles)
    return KnowledgeGraph(articles, claims, entities, conflicts, warnings)


def load(out: str | os.PathLike[str]) -> KnowledgeGraph:
    """Reopen a build from its output folder (``claims.json`` and friends) without extracting again."""
    folder = Path(out)

    def read(name: str) -> list[dict]:  # type: ignore[type-arg]
        file = folder / name
        if not file.exists():
            return []
        return json.loads(file.read_text("utf-8"))

    if not (folder / "claims.json").exists():
        raise FileNotFoundError(f"{folder / 'claims.json'} not found: run 'chronograph build' first")
    articles = [Article(text="", **{k: v for k, v in a.items() if k != "text"}) for a in read("articles.json")]
    claims = [Claim(**c) for c in read("claims.json")]
    entities = [Entity(**e) for e in read("entities.json")]
    conflicts = [Conflict(**c) for c in read("conflicts.json")]
    warnings = [InputWarning(**w) for w in read("warnings.json")]
    return KnowledgeGraph(articles, claims, entities, conflicts, warnings)
