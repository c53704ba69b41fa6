"""Clear errors: one line on stderr saying what is wrong and how to fix it, exit 2, no traceback
(``--debug`` shows it); ``build --strict`` turns skipped input files into exit 2."""

from __future__ import annotations

import json
import os

import pytest

from chronograph.cli import main

SENTENCE = "Acme released Foo-2 on May 2, 2024, a model with 7 billion parameters."


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line_error(err: str, *words: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("chronograph: error: ") and "Traceback" not in err, err
    for word in words:
        assert word in lines[0], err
    return lines[0]


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(SENTENCE, encoding="utf-8")
    return folder


def test_missing_input_folder(tmp_path, capsys) -> None:
    code, out, err = run(capsys, "build", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert code == 2 and out == ""
    one_line_error(err, "nope: no such folder", "give the folder")
    assert not (tmp_path / "out").exists()


def test_debug_shows_the_traceback(tmp_path, capsys) -> None:
    code, _, err = run(capsys, "build", str(tmp_path / "nope"), "--out", str(tmp_path / "out"), "--debug")
    assert code == 2 and "Traceback (most recent call last)" in err and "UsageError" in err
    assert err.rstrip().splitlines()[-1].startswith("chronograph: error: ")


def test_empty_input_folder(tmp_path, capsys) -> None:
    (tmp_path / "empty").mkdir()
    code, _, err = run(capsys, "build", str(tmp_path / "empty"), "--out", str(tmp_path / "out"))
    assert code == 2
    one_line_error(err, "the folder is empty", ".txt, .md or .html")


def test_folder_without_articles(tmp_path, capsys) -> None:
    folder = tmp_path / "pdfs"
    folder.mkdir()
    (folder / "paper.pdf").write_bytes(b"%PDF")
    (folder / ".hidden.txt").write_text(SENTENCE)
    code, _, err = run(capsys, "build", str(folder), "--out", str(tmp_path / "out"))
    assert code == 2
    one_line_error(err, "no .txt, .md or .html files")


def test_input_is_a_file_that_is_not_an_article(tmp_path, capsys) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    code, _, err = run(capsys, "build", str(tmp_path / "notes.pdf"), "--out", str(tmp_path / "out"))
    assert code == 2
    one_line_error(err, "not a folder or an article file")


def test_out_is_an_existing_file(articles, tmp_path, capsys, monkeypatch) -> None:
    target = tmp_path / "output"
    target.write_text("keep me", encoding="utf-8")
    built = []
    monkeypatch.setattr("chronograph.pipeline.build", lambda *a, **k: built.append(1))
    code, _, err = run(capsys, "build", str(articles), "--out", str(target))
    assert code == 2
    one_line_error(err, "output: is a file, not a folder", "--out")
    assert target.read_text(encoding="utf-8") == "keep me"
    assert built == []  # failed before any work


def test_out_below_a_file(articles, tmp_path, capsys) -> None:
    (tmp_path / "file").write_text("x")
    code, _, err = run(capsys, "build", str(articles), "--out", str(tmp_path / "file" / "out"))
    assert code == 2
    one_line_error(err, "is a file", "--out")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_out_in_a_read_only_folder(articles, tmp_path, capsys) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        code, _, err = run(capsys, "build", str(articles), "--out", str(locked / "out"))
    finally:
        locked.chmod(0o755)
    assert code == 2
    one_line_error(err, "permission denied", "--out")


def test_a_write_that_fails_is_one_clear_line(articles, tmp_path, capsys, monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(tmp_path / "out"))

    monkeypatch.setattr("chronograph.export.atomic.tempfile.mkstemp", refuse)
    code, _, err = run(capsys, "build", str(articles), "--out", str(tmp_path / "out"), "--no-store", "--quiet")
    assert code == 2
    one_line_error(err, "cannot write the outputs", "Permission denied", "--out")


@pytest.mark.parametrize(
    "argv, words",
    [
        (["build", "--format", "pdf"], ["argument --format: invalid choice: 'pdf'", "'chronograph build --help'"]),
        (["export", "--format", "svg"], ["invalid choice: 'svg'", "'chronograph export --help'"]),
        (["build", "--jobs", "many"], ["argument --jobs: invalid int value: 'many'"]),
        (["frobnicate"], ["invalid choice: 'frobnicate'", "'chronograph --help'"]),
        (["build", "--no-such-flag"], ["unrecognized arguments: --no-such-flag"]),
        (["show"], ["the following arguments are required: entity"]),
    ],
)
def test_bad_command_lines(capsys, argv, words) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    one_line_error(err, *words)


def test_help_documents_strict(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["build", "--help"])
    assert exc.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "--strict" in text and "exit 2 when any input file was skipped" in text


def test_strict_fails_on_skipped_files_but_keeps_the_outputs(articles, tmp_path, capsys) -> None:
    (articles / "empty.txt").write_bytes(b"")
    (articles / "image.txt").write_bytes(bytes(range(256)) * 4)
    out = tmp_path / "out"
    code, _, err = run(capsys, "build", str(articles), "--out", str(out), "--quiet", "--format", "json")
    assert code == 0
    assert "warning: empty.txt: skipped: empty file" in err and "warning: image.txt: skipped: binary" in err
    (out / "claims.json").unlink()
    code, _, err = run(capsys, "build", str(articles), "--out", str(out), "--quiet", "--format", "json", "--strict")
    assert code == 2
    assert err.count("chronograph: error:") == 1 and "2 input file(s) skipped (--strict)" in err
    assert "Traceback" not in err
    assert json.loads((out / "claims.json").read_text("utf-8"))  # written all the same
    assert {w["file"] for w in json.loads((out / "warnings.json").read_text("utf-8"))} == {"empty.txt", "image.txt"}


def test_strict_passes_when_files_are_only_read_with_remarks(articles, tmp_path, capsys) -> None:
    (articles / "latin1.txt").write_bytes("Zürich: Acme released Bar-3 on May 3, 2024.".encode("cp1252"))
    code, _, err = run(capsys, "build", str(articles), "--out", str(tmp_path / "out"), "--quiet", "--format", "json",
                       "--strict")
    assert code == 0 and "latin1.txt: read: not UTF-8" in err


def test_strict_outranks_fail_on_conflict(tmp_path, capsys) -> None:
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "one.txt").write_text("Acme released Foo-2 on May 2, 2024.")
    (folder / "two.txt").write_text("Acme released Foo-2 on June 9, 2024.")
    (folder / "empty.txt").write_text("")
    argv = ["build", str(folder), "--out", str(tmp_path / "out"), "--quiet", "--format", "json", "--fail-on-conflict"]
    assert run(capsys, *argv)[0] == 1
    assert run(capsys, *argv, "--strict")[0] == 2


def test_an_unexpected_exception_is_one_line_and_exit_3(articles, tmp_path, capsys, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise KeyError("surprise")

    monkeypatch.setattr("chronograph.pipeline.build", broken)
    code, _, err = run(capsys, "build", str(articles), "--out", str(tmp_path / "out"))
    assert code == 3
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "internal error: KeyError" in lines[0] and "--debug" in lines[0]
    code, _, err = run(capsys, "build", str(articles), "--out", str(tmp_path / "out"), "--debug")
    assert code == 3 and "Traceback (most recent call last)" in err


def test_a_corrupt_build_folder(tmp_path, capsys) -> None:
    (tmp_path / "claims.json").write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "conflicts", str(tmp_path))
    assert code == 2
    one_line_error(err, "not a readable chronograph build", "run 'chronograph build' again")


def test_a_corrupt_claims_store(articles, tmp_path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "chronograph.db").write_bytes(b"this is not sqlite" * 100)
    code, _, err = run(capsys, "build", str(articles), "--out", str(out), "--quiet")
    assert code == 2
    one_line_error(err, "chronograph.db")


def test_keyboard_interrupt(articles, tmp_path, capsys, monkeypatch) -> None:
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("chronograph.pipeline.build", interrupted)
    code, _, err = run(capsys, "build", str(articles), "--out", str(tmp_path / "out"))
    assert code == 130 and "interrupted" in err and "Traceback" not in err


def test_an_input_folder_with_a_leading_dash(tmp_path, capsys, monkeypatch) -> None:
    (tmp_path / "-articles").mkdir()
    (tmp_path / "-articles" / "a.txt").write_text(SENTENCE)
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "build", "-articles", "--out", "out")
    assert code == 2
    one_line_error(err, "-articles")  # argparse reads it as an option; the message names it
    assert run(capsys, "build", "--out", "out", "--quiet", "--format", "json", "--", "-articles")[0] == 0
    assert json.loads((tmp_path / "out" / "articles.json").read_text("utf-8"))[0]["id"] == "a.txt"
