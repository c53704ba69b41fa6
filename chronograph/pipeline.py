"""The whole run: read -> extract -> resolve -> check -> KnowledgeGraph; and reloading a build."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .checks import check
from .engines import Engine, EngineError, LocalEngine, get_engine
from .extract import extract_article
from .extract.dates import bounds
from .graph import KnowledgeGraph
from .ingest import SUFFIXES, iter_files, read_article
from .models import Article, Claim, Conflict, Entity, InputWarning
from .resolve import resolve
from .store import Store, extractor_version, file_hash, input_key
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


def extract_corpus(articles: list[Article], jobs: int = 1, progress: Progress | None = None,
                   engine: Engine | None = None) -> tuple[list[Claim], list[InputWarning]]:
    """Claims of all articles, in article order whatever ``jobs`` or ``engine`` is."""
    claims: list[Claim] = []
    warnings: list[InputWarning] = []
    eng = engine if engine is not None else LocalEngine(jobs)
    try:
        for n, (article, (cs, warn)) in enumerate(zip(articles, eng.map(extract_one, articles), strict=True), start=1):
            claims.extend(cs)
            if warn:
                warnings.append(warn)
            if progress:
                progress(n, len(articles), article.id)
    finally:
        if engine is None:
            eng.close()
    return claims, warnings


# --- reading and extracting files where the engine runs ------------------------------------


def corpus_files(root: str | os.PathLike[str]) -> tuple[Path, list[Path]]:
    """The files :func:`~chronograph.ingest.read_corpus` reads, in its order, and the folder ids are relative to."""
    root_path = Path(root)
    if root_path.is_file():
        return root_path.parent, [root_path]
    return root_path, [p for p in iter_files(root_path) if p.suffix.lower() in SUFFIXES or p.is_dir()]


def package_fingerprint() -> str:
    """A hash of all of chronograph's code and data as installed: any change makes outputs stale."""
    root = Path(__file__).parent
    digest = hashlib.sha1()
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".json", ".js", ".css") and p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def corpus_fingerprint(root: str | os.PathLike[str], formats: list[str]) -> str:
    """What a build's outputs depend on: every input file's id and bytes, the code, the formats chosen."""
    base, files = corpus_files(root)
    digest = hashlib.sha1(package_fingerprint().encode())
    digest.update(repr(sorted(formats)).encode())
    for path in files:
        digest.update(_article_id(path, base).encode("utf-8", "replace"))
        digest.update((file_hash(path) or f"unreadable:{path.is_dir()}").encode())
    return digest.hexdigest()


def _article_id(path: Path, base: Path) -> str:
    return path.relative_to(base).as_posix() if path.is_relative_to(base) else path.name  # as read_article names it


@dataclass(frozen=True)
class FileResult:
    """One file read and, unless the store already holds its claims, extracted."""

    article: Article | None
    read_warnings: list[InputWarning]
    claims: list[Claim] | None  # None: unchanged since the store's row, reuse it
    extract_warning: InputWarning | None = None
    seconds: tuple[float, float] = (0.0, 0.0)  # (reading, extracting) on the worker
    extractor: str = ""  # the worker's extractor version: must be this build's


def read_and_extract(task: tuple[str, str, str | None]) -> FileResult:
    """``(path, corpus folder, stored input key or None)`` -> the file's article and claims.

    Runs on the engine's workers: a process of the local pool or a Dask worker.
    """
    path, base, stored_key = task
    version = extractor_version()
    start = time.perf_counter()
    article, warnings = read_article(Path(path), Path(base))
    read = time.perf_counter() - start
    if article is None:
        return FileResult(None, warnings, [], seconds=(read, 0.0), extractor=version)
    if stored_key is not None and stored_key == input_key(article):
        return FileResult(article, warnings, None, seconds=(read, 0.0), extractor=version)
    claims, warn = extract_one(article)
    return FileResult(article, warnings, claims, warn, seconds=(read, time.perf_counter() - start - read),
                      extractor=version)


@dataclass
class BuildStats:
    """What a build did: files read, articles extracted or reused from the store, seconds per stage.

    ``seconds``: wall time of ``read_extract`` (hashing, reading and extracting on the engine),
    ``store``, ``resolve``, ``check`` and ``graph``; ``read_cpu`` and ``extract_cpu`` are the
    worker seconds spent reading and extracting, summed over workers. ``peak_mb``: the peak
    resident memory of the building process after each stage.
    """

    files: int = 0
    articles: int = 0
    extracted: int = 0
    reused: int = 0
    removed: int = 0
    claims: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    peak_mb: dict[str, float] = field(default_factory=dict)


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
            first = bounds(next(iter(values)))[0]
            c = c.model_copy(update={"value": (first + dt.timedelta(days=r.min_days)).isoformat(), "granularity": "day",
                                     "confidence": 0.6})
        out.append(c)
    return out


def build(path: str | os.PathLike[str], jobs: int = 1, progress: Progress | None = None,
          store: str | os.PathLike[str] | Store | None = None, *, engine: str | Engine = "local",
          scheduler: str | None = None) -> KnowledgeGraph:
    """Read a folder of articles and return its checked knowledge graph.

    ``jobs`` extraction processes (or Dask workers); ``store`` a claims store file
    (:mod:`chronograph.store`) that makes the build incremental; ``engine`` ``"local"`` or
    ``"dask"`` (with ``scheduler``, the address of a Dask scheduler; else a local cluster),
    or an :class:`~chronograph.engines.Engine`. The result is the same whatever these are.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("May 2, 2024 — Acme released Foo-2, a 7 billion parameter model.")
    >>> kg = build(d)
    >>> [(e.subject, e.value) for e in kg.events()]
    [('Foo-2', '2024-05-02')]
    """
    return build_with_stats(path, jobs, progress, store, engine=engine, scheduler=scheduler)[0]


def build_with_stats(path: str | os.PathLike[str], jobs: int = 1, progress: Progress | None = None,
                     store: str | os.PathLike[str] | Store | None = None, *, engine: str | Engine = "local",
                     scheduler: str | None = None) -> tuple[KnowledgeGraph, BuildStats]:
    """:func:`build`, and what it did (:class:`BuildStats`).

    With a store, a file whose bytes match its stored row is neither read nor extracted; the
    others are read (and extracted unless their text and reference date match the row) by the
    engine. ``progress(done, total, id)`` is called for each file the engine reads.
    """
    stats = BuildStats()
    stage = _Stages(stats)
    base, files = corpus_files(path)
    stats.files = len(files)
    st = store if isinstance(store, Store) or store is None else Store(store)
    try:
        plan = _Plan.make(base, files, st)
        results = _read_files(plan, st, engine, jobs, scheduler, progress, stats)
        stage("read_extract")
        articles, claims, warnings = _assemble(plan, results, st, stats)
        stage("store")
    finally:
        if st is not None and not isinstance(store, Store):
            st.close()
    del results, plan  # from here `claims` holds the only reference: each stage frees what it replaces
    claims = anchor_relatives(claims)
    claims, entities = resolve(claims)
    stage("resolve")
    conflicts = check(claims, articles)
    stage("check")
    kg = KnowledgeGraph(articles, claims, entities, conflicts, warnings)
    stage("graph")
    stats.articles, stats.claims = len(articles), len(claims)
    return kg, stats


class _Stages:
    """Records the seconds and the peak memory of each stage into a BuildStats."""

    def __init__(self, stats: BuildStats) -> None:
        self.stats = stats
        self.clock = time.perf_counter()

    def __call__(self, name: str) -> None:
        self.stats.seconds[name] = time.perf_counter() - self.clock
        self.stats.peak_mb[name] = _peak_mb()
        self.clock = time.perf_counter()


@dataclass
class _Plan:
    """Which files the store already holds unchanged, and the engine's tasks for the others."""

    ids: list[str]
    digests: list[str | None]
    unchanged: list[int]  # indexes of files whose bytes match their stored row
    todo: list[int]  # indexes of the files to read
    tasks: list[tuple[str, str, str | None]]

    @classmethod
    def make(cls, base: Path, files: list[Path], st: Store | None) -> _Plan:
        ids = [_article_id(p, base) for p in files]
        known = st.known() if st is not None else {}
        digests: list[str | None] = [file_hash(p) for p in files] if st is not None else [None] * len(files)
        unchanged: list[int] = []
        todo: list[int] = []
        for i, (aid, digest) in enumerate(zip(ids, digests, strict=True)):
            row = known.get(aid)
            (unchanged if row is not None and digest is not None and row.file_hash == digest else todo).append(i)
        tasks = [(str(files[i]), str(base), known[ids[i]].input_key if ids[i] in known else None) for i in todo]
        return cls(ids, digests, unchanged, todo, tasks)


def _read_files(plan: _Plan, st: Store | None, engine: str | Engine, jobs: int, scheduler: str | None,
                progress: Progress | None, stats: BuildStats) -> dict[int, FileResult]:
    """Run the plan's tasks on the engine; extracted articles go to the store as they arrive."""
    results: dict[int, FileResult] = {}
    cpu_read = cpu_extract = 0.0
    version = extractor_version()
    if plan.tasks:
        eng = engine if isinstance(engine, Engine) else get_engine(engine, jobs, scheduler)
        try:
            for n, (i, result) in enumerate(zip(plan.todo, eng.map(read_and_extract, plan.tasks), strict=True), start=1):
                if result.extractor != version:
                    raise EngineError(f"a {eng.name} worker extracts with chronograph {result.extractor}, this build "
                                      f"with {version}: run the same chronograph version everywhere")
                results[i] = result
                cpu_read += result.seconds[0]
                cpu_extract += result.seconds[1]
                if result.article is not None and result.claims is not None:
                    stats.extracted += 1
                    if st is not None and result.extract_warning is None:
                        st.put(result.article, plan.digests[i] or "", result.read_warnings, result.claims)
                    elif st is not None:  # a timeout may pass next time: not stored
                        st.forget([result.article.id])
                if progress:
                    progress(n, len(plan.tasks), plan.ids[i])
        finally:
            if not isinstance(engine, Engine):
                eng.close()
    stats.seconds["read_cpu"], stats.seconds["extract_cpu"] = cpu_read, cpu_extract  # summed over workers
    return results


def _assemble(plan: _Plan, results: dict[int, FileResult], st: Store | None,
              stats: BuildStats) -> tuple[list[Article], list[Claim], list[InputWarning]]:
    """Articles, claims and warnings in file order, from the engine's results and the store."""
    stored_articles: dict[str, tuple[Article, list[InputWarning]]] = {}
    stored_claims: dict[str, list[Claim]] = {}
    if st is not None:
        # read again but not extracted (same text and reference date): the new record, the stored claims
        same_input = [i for i, r in results.items() if r.article is not None and r.claims is None]
        stored_articles = st.articles(plan.ids[i] for i in plan.unchanged)
        stored_claims = st.claims([plan.ids[i] for i in plan.unchanged + same_input])
        for i in same_input:
            st.put(results[i].article, plan.digests[i] or "", results[i].read_warnings,  # type: ignore[arg-type]
                   stored_claims[plan.ids[i]])
        stats.reused = len(plan.unchanged) + len(same_input)
    articles: list[Article] = []
    claims: list[Claim] = []
    read_warnings: list[InputWarning] = []
    extract_warnings: list[InputWarning] = []
    for i, aid in enumerate(plan.ids):
        result = results.get(i)
        article: Article | None
        cs: list[Claim] | None
        if result is None:  # unchanged: all from the store
            article, warns = stored_articles[aid]
            cs = stored_claims[aid]
        else:
            article, warns, cs = result.article, result.read_warnings, result.claims
            if result.extract_warning is not None:
                extract_warnings.append(result.extract_warning)
        read_warnings.extend(warns)
        if article is not None:
            articles.append(article)
            claims.extend(stored_claims[aid] if cs is None else cs)
    if st is not None:
        stats.removed = st.retain(a.id for a in articles)
        st.commit()
    return articles, claims, read_warnings + extract_warnings


def _peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (0 where the platform does not tell)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / 2**20 if sys.platform == "darwin" else peak / 1024, 1)


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
