"""The CLI: each command on a real build, JSON output, exit codes."""

import json

import pytest
from conftest import DEMO

from chronograph.cli import main


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    assert main(["build", str(DEMO), "--out", str(out), "--quiet", "--format", "json"]) == 0
    return out


def test_build_prints_a_summary(tmp_path, capsys) -> None:
    assert main(["build", str(DEMO), "--out", str(tmp_path), "--format", "json", "--format", "graphml"]) == 0
    out = capsys.readouterr().out
    assert "articles" in out and "conflicts" in out and "CG101" in out
    assert (tmp_path / "claims.json").exists() and (tmp_path / "graph.graphml").exists()


def test_fail_on_conflict(tmp_path) -> None:
    assert main(["build", str(DEMO), "--out", str(tmp_path), "--quiet", "--format", "json", "--fail-on-conflict"]) == 1


def test_conflicts_json(built, capsys) -> None:
    assert main(["conflicts", str(built), "--code", "CG101", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data and all(c["code"] == "CG101" for c in data)
    assert all({"explanation", "values", "best_value", "best_score"} <= set(c) for c in data)


def test_timeline_and_show(built, capsys) -> None:
    assert main(["timeline", "deepseek v3", "--source", str(built)]) == 0
    out = capsys.readouterr().out
    assert "2024-12-26" in out and "competing" in out
    assert main(["show", "DeepSeek-V3", "--source", str(built), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["entity"]["name"].replace(" ", "-") == "DeepSeek-V3" and data["claims"]


def test_export_and_schema(built, tmp_path, capsys) -> None:
    assert main(["export", "--format", "gexf", "--source", str(built), "--out", str(tmp_path)]) == 0
    assert (tmp_path / "graph.gexf").exists()
    assert main(["schema", "conflict"]) == 0
    assert '"explanation"' in capsys.readouterr().out


def test_usage_errors_exit_2(tmp_path, capsys) -> None:
    assert main(["build", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "no such folder" in err and "Traceback" not in err
    assert main(["show", "NoSuchModel-9", "--source", str(DEMO)]) == 2


def test_unchanged_rebuild_is_up_to_date_and_changes_are_not(tmp_path, capsys) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("May 2, 2024 — Acme released Foo-7B, a model.", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--format", "json"]) == 0
    assert "up to date" not in capsys.readouterr().out
    assert main(["build", str(src), "--out", str(out), "--format", "json"]) == 0
    assert "up to date" in capsys.readouterr().out
    (src / "a.txt").write_text("May 3, 2024 — Acme released Foo-7B, a model.", encoding="utf-8")
    assert main(["build", str(src), "--out", str(out), "--format", "json"]) == 0
    assert "up to date" not in capsys.readouterr().out
    assert json.loads((out / "claims.json").read_text("utf-8"))[0]["value"] == "2024-05-03"
    (out / "claims.json").unlink()
    assert main(["build", str(src), "--out", str(out), "--format", "json"]) == 0
    assert "up to date" not in capsys.readouterr().out and (out / "claims.json").exists()
    assert main(["build", str(src), "--out", str(out), "--format", "json", "--rebuild"]) == 0
    assert "up to date" not in capsys.readouterr().out
