"""The claims store: an embedded SQLite file that makes builds incremental.

``chronograph build`` keeps ``<out>/chronograph.db`` (stdlib :mod:`sqlite3`, WAL mode). For
every article read, it holds the article record and the claims extraction gave, keyed by:

* the article id (its path relative to the corpus folder) and the SHA-256 of the file's bytes:
  an unchanged file is neither read nor extracted again;
* the input key: the content hash of the visible text and the reference date that partial and
  relative dates were anchored on, the only article fields extraction reads. A file whose bytes
  changed but whose text and reference date did not (a new title, URL or tag) is read again
  but not extracted;
* the extractor: :data:`chronograph.extract.EXTRACTOR_VERSION` plus a fingerprint of the reading
  and extraction code and the lexicon, so an edited ``lexicon.json`` or extractor never serves
  stale claims. Rows of another extractor are ignored and replaced.

Articles no longer in the corpus lose their rows. Resolution and checks are corpus-wide and
always rerun over all claims.

Tables (also a plain SQL view of the corpus, e.g. ``SELECT subject, predicate, count(*) FROM
claims GROUP BY 1, 2``)::

    meta(key, value)
    articles(id, file_hash, input_key, extractor, article, warnings, claims)
    claims(article, seq, kind, subject, predicate, data)   -- data: the Claim as JSON

Writes are batched in transactions; an article's row and its claims are written in the same
transaction, so a run killed at any point leaves a consistent store that the next build reuses.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .models import Article, Claim, InputWarning

SCHEMA_VERSION = "1"
DEFAULT_NAME = "chronograph.db"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    file_hash TEXT NOT NULL,
    input_key TEXT NOT NULL,
    extractor TEXT NOT NULL,
    article TEXT NOT NULL,
    warnings TEXT NOT NULL,
    claims INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (
    article TEXT NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    predicate TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (article, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS claims_subject_predicate ON claims (subject, predicate);
"""

#: source files whose content decides what reading and extraction return (besides EXTRACTOR_VERSION)
_SOURCES = ("extract/*.py", "ingest.py", "text.py", "models.py", "data/lexicon.json")


class StoreError(ValueError):
    """The store file cannot be used (not a chronograph store, or a newer schema)."""


def input_key(article: Article) -> str:
    """What extraction reads of an article besides its id: text (by hash) and reference date."""
    return f"{article.content_hash}:{article.reference_date or ''}:{article.captured or ''}"


def file_hash(path: Path) -> str | None:
    """SHA-256 of a file's bytes, or None when it cannot be read as a file."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None  # a pipe, a device, a folder: opening it could block; ingest reports it
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest() if hasattr(hashlib, "file_digest") else \
                hashlib.sha256(fh.read()).hexdigest()
    except OSError:  # a directory, a broken link, no permission: left to ingest to report
        return None


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A short hash of the reading and extraction code and lexicon as installed."""
    root = Path(__file__).parent
    digest = hashlib.sha1()
    for pattern in _SOURCES:
        for path in sorted(root.glob(pattern)):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def extractor_version() -> str:
    """The extractor a stored row must match: EXTRACTOR_VERSION plus the code fingerprint."""
    from . import extract

    return f"{extract.EXTRACTOR_VERSION}+{code_fingerprint()}"


@dataclass(frozen=True)
class Stored:
    """What the store knows of one article."""

    file_hash: str
    input_key: str


class Store:
    """Claims per article in one SQLite file.

    >>> import tempfile, pathlib
    >>> with Store(pathlib.Path(tempfile.mkdtemp()) / "c.db") as st:
    ...     st.known()
    {}
    """

    def __init__(self, path: str | os.PathLike[str], commit_every: float = 1.0) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.extractor = extractor_version()
        self.commit_every = commit_every
        self._last_commit = time.monotonic()
        self._db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            version = self._db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise StoreError(f"{self.path}: not a chronograph store ({exc})") from exc
        if version is None:
            self._db.execute("INSERT INTO meta (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))
        elif version[0] != SCHEMA_VERSION:
            self._db.close()
            raise StoreError(f"{self.path}: store schema {version[0]}, this chronograph reads {SCHEMA_VERSION}; "
                             "delete the file to rebuild it")
        self._in_tx = False

    # -- transactions ------------------------------------------------------------------

    def _begin(self) -> None:
        if not self._in_tx:
            self._db.execute("BEGIN IMMEDIATE")
            self._in_tx = True

    def commit(self) -> None:
        if self._in_tx:
            self._db.execute("COMMIT")
            self._in_tx = False
        self._last_commit = time.monotonic()

    def rollback(self) -> None:
        if self._in_tx:
            self._db.execute("ROLLBACK")
            self._in_tx = False

    def close(self) -> None:
        """Commit what was written and close the file."""
        try:
            self.commit()
        finally:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        # Rows are written whole per article, so what was written before an error is kept.
        self.close()

    # -- reading -------------------------------------------------------------------------

    def known(self) -> dict[str, Stored]:
        """``{article id: Stored}`` for the articles stored by the current extractor."""
        rows = self._db.execute("SELECT id, file_hash, input_key FROM articles WHERE extractor = ?", (self.extractor,))
        return {i: Stored(h, k) for i, h, k in rows}

    def articles(self, ids: Iterable[str]) -> dict[str, tuple[Article, list[InputWarning]]]:
        """Stored article records and their reading warnings."""
        out = {}
        for chunk in _chunks(list(ids)):
            rows = self._db.execute(f"SELECT id, article, warnings FROM articles WHERE id IN ({_marks(chunk)})", chunk)
            for i, article, warnings in rows:
                out[i] = (Article.model_validate_json(article), [InputWarning(**w) for w in json.loads(warnings)])
        return out

    def claims(self, ids: Iterable[str]) -> dict[str, list[Claim]]:
        """Stored claims of these articles, each list in extraction order."""
        wanted = list(ids)
        out: dict[str, list[Claim]] = {i: [] for i in wanted}
        validate = Claim.model_validate_json
        for chunk in _chunks(wanted):
            rows = self._db.execute(
                f"SELECT article, data FROM claims WHERE article IN ({_marks(chunk)}) ORDER BY article, seq", chunk)
            for article, data in rows:
                out[article].append(validate(data))
        return out

    def count(self) -> tuple[int, int]:
        """(articles, claims) stored."""
        a = self._db.execute("SELECT count(*) FROM articles").fetchone()[0]
        c = self._db.execute("SELECT count(*) FROM claims").fetchone()[0]
        return int(a), int(c)

    # -- writing -------------------------------------------------------------------------

    def put(self, article: Article, digest: str, warnings: list[InputWarning], claims: list[Claim]) -> None:
        """Store (or replace) one article read from a file with bytes of hash ``digest``; committed in batches."""
        self._begin()
        self._db.execute("DELETE FROM claims WHERE article = ?", (article.id,))
        self._db.execute(
            "INSERT OR REPLACE INTO articles (id, file_hash, input_key, extractor, article, warnings, claims) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (article.id, digest, input_key(article), self.extractor, article.model_dump_json(),
             json.dumps([w.model_dump() for w in warnings]), len(claims)))
        self._db.executemany(
            "INSERT INTO claims (article, seq, kind, subject, predicate, data) VALUES (?, ?, ?, ?, ?, ?)",
            [(article.id, n, c.kind, c.subject, c.predicate, c.model_dump_json()) for n, c in enumerate(claims)])
        if time.monotonic() - self._last_commit >= self.commit_every:
            self.commit()

    def forget(self, ids: Iterable[str]) -> int:
        """Drop articles (and their claims); returns how many were stored."""
        removed = 0
        for chunk in _chunks(list(ids)):
            self._begin()
            self._db.execute(f"DELETE FROM claims WHERE article IN ({_marks(chunk)})", chunk)
            removed += self._db.execute(f"DELETE FROM articles WHERE id IN ({_marks(chunk)})", chunk).rowcount
        return removed

    def retain(self, ids: Iterable[str]) -> int:
        """Drop every article not in ``ids`` (deleted files) and rows of another extractor."""
        keep = set(ids)
        rows = self._db.execute("SELECT id, extractor FROM articles").fetchall()
        return self.forget(sorted(i for i, extractor in rows if i not in keep or extractor != self.extractor))


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _marks(chunk: list[str]) -> str:
    return ",".join("?" * len(chunk))
