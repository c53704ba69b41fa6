"""Parallel extraction: the same bytes in every output file whatever --jobs is."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CORPUS, DEMO

from chronograph.engines import LocalEngine
from chronograph.export import FORMATS
from chronograph.ingest import read_corpus
from chronograph.pipeline import build, corpus_files, extract_corpus, read_and_extract


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    """The demo articles, the test corpus, a subfolder and files that must be skipped."""
    root = tmp_path_factory.mktemp("mixed")
    for src in sorted(DEMO.iterdir()):
        shutil.copy(src, root / src.name)
    sub = root / "more"
    sub.mkdir()
    for src in sorted(CORPUS.glob("*.txt"))[:30]:
        shutil.copy(src, sub / src.name)
    (root / "empty.txt").write_text("")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "picture.png").write_bytes(b"\x89PNG\r\n")
    return root


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_jobs_give_byte_identical_outputs(mixed, tmp_path) -> None:
    outputs = []
    for jobs in (1, 2):
        out = tmp_path / f"jobs{jobs}"
        build(mixed, jobs=jobs).write(out)
        outputs.append(_files(out))
    one, two = outputs
    assert sorted(one) == sorted(two)
    assert len(one) >= len(FORMATS)
    for name in one:
        assert one[name] == two[name], f"{name} differs between --jobs 1 and --jobs 2"


def test_file_tasks_read_what_read_corpus_reads(mixed) -> None:
    """The engines read files one by one; that must equal ingest.read_corpus (a tripwire if either changes)."""
    articles, warnings = read_corpus(mixed)
    base, files = corpus_files(mixed)
    results = [read_and_extract((str(p), str(base), None)) for p in files]
    assert [r.article for r in results if r.article is not None] == articles
    assert [w for r in results for w in r.read_warnings] == warnings
    assert any(w.outcome == "skipped" for w in warnings)


def test_one_file_as_the_corpus(tmp_path) -> None:
    src = DEMO / "meta-llama-3-1.txt"
    assert read_and_extract((str(src), str(corpus_files(src)[0]), None)).article == read_corpus(src)[0][0]
    assert build(src).summary().articles == 1


def test_extract_corpus_keeps_article_order(mixed) -> None:
    articles, _ = read_corpus(mixed)
    assert extract_corpus(articles, jobs=2) == extract_corpus(articles, jobs=1)
    with LocalEngine(2) as engine:
        assert extract_corpus(articles, engine=engine) == extract_corpus(articles)


def test_progress_reports_every_file_in_order(mixed) -> None:
    seen: list[tuple[int, int]] = []
    build(mixed, jobs=2, progress=lambda done, total, name: seen.append((done, total)))
    total = len(corpus_files(mixed)[1])
    assert seen == [(n, total) for n in range(1, total + 1)]
