"""The examples in the package's docstrings run and say what the code does."""

import doctest
import importlib
import pkgutil

import pytest

import chronograph

MODULES = sorted(m.name for m in pkgutil.walk_packages(chronograph.__path__, "chronograph."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
