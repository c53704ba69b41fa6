"""Shared fixtures: small hand-built articles and corpora."""

from __future__ import annotations

import datetime as dt
import hashlib
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from chronograph.extract import extract_article
from chronograph.models import Article, Claim

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEMO = ROOT / "articles"
CORPUS = ROOT / "tests" / "corpus"


def make_article(text: str, ref: str | None = "2026-04-06", name: str = "a.txt") -> Article:
    return Article(id=name, path=name, format="txt", title="", text=text, reference_date=ref,
                   reference_source="dateline" if ref else None,
                   content_hash=hashlib.sha256(text.encode()).hexdigest()[:16])


def claims_of(text: str, ref: str | None = "2026-04-06") -> list[Claim]:
    return extract_article(make_article(text, ref))


def events_of(text: str, ref: str | None = "2026-04-06") -> list[tuple[str, str, str]]:
    return [(c.subject, c.predicate, str(c.value)) for c in claims_of(text, ref) if c.kind == "event"]


def facts_of(text: str, ref: str | None = "2026-04-06") -> list[tuple[str, str, object]]:
    return [(c.subject, c.predicate, c.value) for c in claims_of(text, ref) if c.kind == "fact"]


@pytest.fixture
def corpus(tmp_path: Path):
    """Write {name: text} into a temporary folder and return it."""

    def write(files: dict[str, str]) -> Path:
        for name, text in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return tmp_path

    return write


REF = dt.date(2026, 4, 6)


class Hang(BaseException):
    """Raised by :func:`deadline`; a BaseException, so no ``except OSError``/``Exception`` in the code swallows it."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Fail (instead of hanging the test run) when the block takes longer than ``seconds`` (SIGALRM, main thread)."""

    def _raise(signum, frame):  # type: ignore[no-untyped-def]  # noqa: ARG001
        raise Hang(f"took over {seconds}s")

    old = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
