"""The claims store: incremental builds that give the same output as a full build."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import DEMO

import chronograph.extract
from chronograph.cli import main
from chronograph.pipeline import build, build_with_stats
from chronograph.store import Store, StoreError

FORMATS = ("json", "csv", "graphml", "gexf", "report")


@pytest.fixture
def folder(tmp_path) -> Path:
    root = tmp_path / "articles"
    shutil.copytree(DEMO, root)
    return root


def _outputs(kg, out: Path) -> dict[str, bytes]:
    kg.write(out, FORMATS)
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def _same_as_full_build(kg, folder: Path, tmp_path: Path) -> None:
    reference = _outputs(build(folder), tmp_path / "full")
    assert _outputs(kg, tmp_path / "incremental") == reference


def test_first_build_fills_the_store_and_matches_a_storeless_build(folder, tmp_path) -> None:
    db = tmp_path / "out" / "chronograph.db"
    kg, stats = build_with_stats(folder, store=db)
    assert (stats.extracted, stats.reused) == (stats.articles, 0)
    with Store(db) as st:
        articles, claims = st.count()
    assert articles == stats.articles and claims == len(kg.all_claims()) > 0
    _same_as_full_build(kg, folder, tmp_path)


def test_unchanged_rerun_extracts_nothing(folder, tmp_path) -> None:
    db = tmp_path / "chronograph.db"
    build(folder, store=db)
    (folder / "meta-llama-3-1.txt").touch()  # a new mtime, same content
    kg, stats = build_with_stats(folder, jobs=2, store=db)
    assert stats.extracted == 0 and stats.reused == stats.articles == 14
    _same_as_full_build(kg, folder, tmp_path)


def test_changing_one_file_re_extracts_one(folder, tmp_path) -> None:
    db = tmp_path / "chronograph.db"
    build(folder, store=db)
    path = folder / "meta-llama-3-1.txt"
    path.write_text(path.read_text("utf-8").replace("405 billion", "410 billion"), "utf-8")
    kg, stats = build_with_stats(folder, store=db)
    assert stats.extracted == 1 and stats.reused == 13
    assert any(c.value == 410e9 for c in kg.claims(article="meta-llama-3-1.txt"))
    _same_as_full_build(kg, folder, tmp_path)


def test_a_new_reference_date_re_extracts(folder, tmp_path) -> None:
    """Front matter is not in the text (same content hash), but it anchors partial dates."""
    db = tmp_path / "chronograph.db"
    build(folder, store=db)
    path = folder / "2024-12-27-deepseek-v3-launch.md"
    path.write_text(path.read_text("utf-8").replace("date: 2024-12-27", "date: 2024-12-28"), "utf-8")
    kg, stats = build_with_stats(folder, store=db)
    assert stats.extracted == 1
    _same_as_full_build(kg, folder, tmp_path)


def test_a_new_title_is_read_but_not_extracted(folder, tmp_path) -> None:
    """Other bytes, same text and reference date: the new article record, the stored claims."""
    db = tmp_path / "chronograph.db"
    build(folder, store=db)
    path = folder / "2024-12-27-deepseek-v3-launch.md"
    path.write_text(path.read_text("utf-8").replace('title: "DeepSeek-V3 arrives', 'title: "DeepSeek-V3 lands'), "utf-8")
    kg, stats = build_with_stats(folder, store=db)
    assert (stats.extracted, stats.reused) == (0, 14)
    assert any(a.title.startswith("DeepSeek-V3 lands") for a in kg.articles)
    _same_as_full_build(kg, folder, tmp_path)
    _, again = build_with_stats(folder, store=db)  # and the row now has the new file hash
    assert (again.extracted, again.reused) == (0, 14)


def test_adding_one_article_extracts_one(folder, tmp_path) -> None:
    db = tmp_path / "chronograph.db"
    build(folder, store=db)
    (folder / "new.txt").write_text("May 2, 2025 — Acme released Foo-3, a 12 billion parameter model.", "utf-8")
    kg, stats = build_with_stats(folder, store=db)
    assert (stats.extracted, stats.reused, stats.articles) == (1, 14, 15)
    assert kg.entity("Foo-3") is not None
    _same_as_full_build(kg, folder, tmp_path)


def test_deleting_one_drops_its_claims(folder, tmp_path) -> None:
    db = tmp_path / "chronograph.db"
    build(folder, store=db)
    (folder / "meta-llama-3-1.txt").unlink()
    kg, stats = build_with_stats(folder, store=db)
    assert (stats.extracted, stats.removed) == (0, 1)
    assert not kg.claims(article="meta-llama-3-1.txt")
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM claims WHERE article = 'meta-llama-3-1.txt'").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (13,)
    _same_as_full_build(kg, folder, tmp_path)


def test_another_extractor_version_invalidates(folder, tmp_path, monkeypatch) -> None:
    db = tmp_path / "chronograph.db"
    build(folder, store=db)
    monkeypatch.setattr(chronograph.extract, "EXTRACTOR_VERSION", "999-test")
    _, stats = build_with_stats(folder, store=db)
    assert stats.extracted == 14 and stats.reused == 0
    with sqlite3.connect(db) as con:
        versions = {v for (v,) in con.execute("SELECT DISTINCT extractor FROM articles")}
    assert len(versions) == 1 and next(iter(versions)).startswith("999-test+")


def test_an_error_mid_build_keeps_what_was_extracted(folder, tmp_path) -> None:
    db = tmp_path / "chronograph.db"

    def crash(done: int, total: int, name: str) -> None:
        if done == 6:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build(folder, progress=crash, store=db)
    with Store(db) as st:
        assert st.count()[0] == 6
    kg, stats = build_with_stats(folder, store=db)
    assert (stats.extracted, stats.reused) == (8, 6)
    _same_as_full_build(kg, folder, tmp_path)


def test_a_killed_process_leaves_a_usable_store(folder, tmp_path) -> None:
    """os._exit mid-build: no cleanup runs; committed batches survive, the open one is rolled back."""
    db = tmp_path / "chronograph.db"
    script = textwrap.dedent(f"""
        import os
        from chronograph.pipeline import build
        from chronograph.store import Store

        def die(done, total, name):
            if done == 9:
                os._exit(3)

        build({str(folder)!r}, progress=die, store=Store({str(db)!r}, commit_every=0))
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 3, proc.stderr
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        orphans = con.execute("SELECT count(*) FROM claims WHERE article NOT IN (SELECT id FROM articles)").fetchone()
    assert 1 <= stored <= 9 and orphans == (0,)
    kg, stats = build_with_stats(folder, store=db)
    assert stats.reused == stored and stats.extracted == 14 - stored
    _same_as_full_build(kg, folder, tmp_path)


def test_not_a_store(tmp_path) -> None:
    bad = tmp_path / "chronograph.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a chronograph store"):
        Store(bad)


def test_cli_keeps_a_store_unless_told_not_to(folder, tmp_path) -> None:
    out = tmp_path / "out"
    assert main(["build", str(folder), "--out", str(out), "--quiet", "--format", "json"]) == 0
    assert (out / "chronograph.db").exists()
    first = (out / "claims.json").read_bytes()
    assert main(["build", str(folder), "--out", str(out), "--quiet", "--format", "json", "--jobs", "2"]) == 0
    assert (out / "claims.json").read_bytes() == first
    plain = tmp_path / "plain"
    assert main(["build", str(folder), "--out", str(plain), "--quiet", "--format", "json", "--no-store"]) == 0
    assert not (plain / "chronograph.db").exists()
    assert (plain / "claims.json").read_bytes() == first


def test_store_path_may_be_given_as_a_store(folder, tmp_path) -> None:
    with Store(tmp_path / "c.db") as st:
        build(folder, store=st)
        _, stats = build_with_stats(folder, store=st)
    assert stats.extracted == 0
    assert os.path.exists(tmp_path / "c.db")
