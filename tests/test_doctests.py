"""The examples in the front door's and the domain layer's docstrings run (networkx habit)."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import vanban.domain

MODULES = ["vanban"] + sorted(m.name for m in pkgutil.iter_modules(vanban.domain.__path__, "vanban.domain."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0
    if name in ("vanban", "vanban.domain.ids", "vanban.domain.numbers", "vanban.domain.vocab"):
        assert result.attempted > 0, f"{name} has no examples"
