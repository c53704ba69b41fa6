"""The README is the manual: its Python examples run, its commands exist, every CLI command is documented."""

import os
import re
import subprocess
import sys

import pytest
from conftest import ROOT

from chronograph.cli import EPILOG, parser

README = (ROOT / "README.md").read_text("utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_python_examples_run(code: str, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    exec(compile(code, "README.md", "exec"), {})


def test_first_screen_has_the_two_commands() -> None:
    first = README[:1800]
    assert "chronograph build articles --out output" in first
    assert "pip install -e '.[test]'" in first and "pytest" in first


@pytest.mark.parametrize("command", sorted(EPILOG))
def test_every_command_has_help_with_an_example_and_is_documented(command: str, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parser().parse_args([command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "example:" in out
    assert f"chronograph {command}" in README


def test_console_script_runs() -> None:
    env = dict(os.environ)
    result = subprocess.run([sys.executable, "-m", "chronograph.cli", "schema", "claim"], capture_output=True,
                            text=True, cwd=ROOT, env=env, check=True)
    assert '"subject"' in result.stdout
