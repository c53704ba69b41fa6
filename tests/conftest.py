"""Shared fixtures: small hand-built articles and corpora."""

from __future__ import annotations

import datetime as dt
import hashlib
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
