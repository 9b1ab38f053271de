"""Imports point down the layers and never go round in a circle.

Layers, bottom first: the domain layer and ``vanban.errors`` ← ``loaders`` ← ``graph`` ← ``queries`` ← ``viz``
← the CLI (``vanban.cli*``).  A module may import its own layer or any below it, never one above.  The AST of
every module is read, imports inside functions included, so a late import cannot hide a wrong direction.
``vanban/__init__.py`` is the front door: it sits on top and may name anything.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Where each subpackage's source lives (pyproject's package-dir).
PACKAGE_DIRS = {"vanban": ROOT / "vanban", "vanban.graph": ROOT / "graph", "vanban.loaders": ROOT / "loaders",
                "vanban.queries": ROOT / "queries", "vanban.viz": ROOT / "viz"}
LAYERS = {"vanban.domain": 0, "vanban.errors": 0, "vanban._version": 0, "vanban.terminal": 0, "vanban.outputs": 0,
          "vanban.loaders": 1, "vanban.graph": 2, "vanban.queries": 3, "vanban.viz": 4, "vanban.cli": 5, "vanban": 6}


def modules() -> dict:
    """Module name -> source file, for every module of the package."""
    out = {}
    for package, folder in PACKAGE_DIRS.items():
        for path in sorted(folder.rglob("*.py")):
            rel = path.relative_to(folder).with_suffix("")
            parts = [p for p in rel.parts if p != "__init__"]
            if package == "vanban" and parts and parts[0] in ("graph", "loaders", "queries", "viz"):
                continue
            out[".".join([package, *parts])] = path
    return out


def layer(module: str) -> int:
    if module.startswith("vanban.cli"):
        return LAYERS["vanban.cli"]
    for prefix in sorted(LAYERS, key=len, reverse=True):
        if module == prefix or module.startswith(prefix + "."):
            return LAYERS[prefix]
    raise AssertionError(f"{module} is in no layer; add it to LAYERS in tests/test_imports.py")


def imports_of(module: str, path: Path) -> set:
    """Every vanban module ``module`` imports, at any depth of its code (``from X import y`` counts ``X.y``
    when that is a module)."""
    known = MODULES
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    is_package = path.name == "__init__.py"
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")
                anchor = anchor[:len(anchor) - node.level + (1 if is_package else 0)]
                base = ".".join(anchor + ([base] if base else []))
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"
              and node.args and isinstance(node.args[0], ast.Constant)):
            names = [str(node.args[0].value)]
        elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            # a table of module names imported later by name (cli.COMMAND_MODULES) is an import too
            names = [e.value for e in node.elts if isinstance(e, ast.Constant) and e.value in known]
        else:
            continue
        for name in names:
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name and name != module:
                out.add(name)
    return out


MODULES = modules()
GRAPH = {m: imports_of(m, p) for m, p in MODULES.items()}


def test_every_module_is_found():
    assert "vanban.domain.ids" in MODULES and "vanban.loaders.find" in MODULES and "vanban.cli" in MODULES


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_point_down(module):
    up = sorted(m for m in GRAPH[module] if layer(m) > layer(module))
    assert not up, f"{module} (layer {layer(module)}) imports {', '.join(up)} from a layer above it"


def _cycles(graph: dict) -> list:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in graph:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_cycles():
    # A package's __init__ importing its own submodules is how a package exposes them, not a cycle.
    graph = {m: {i for i in deps if not (m.startswith(i + ".") and MODULES[i].name == "__init__.py")}
             for m, deps in GRAPH.items()}
    assert _cycles(graph) == []


def test_the_checks_catch_what_they_are_for(tmp_path):
    assert _cycles({"a": {"b"}, "b": {"a"}, "c": set()}) == [["a", "b"]]
    late = tmp_path / "late.py"
    late.write_text("def f():\n    from vanban.viz import view\n    return importlib.import_module('vanban.cli')\n")
    assert imports_of("vanban.loaders.late", late) == {"vanban.viz", "vanban.cli"}
    assert layer("vanban.graph.rdf") > layer("vanban.loaders.find") > layer("vanban.domain.ids")


def test_import_viz_select_gives_the_module():
    import importlib
    import types

    import vanban.viz.select
    assert isinstance(vanban.viz.select, types.ModuleType)
    assert importlib.import_module("vanban.viz").select is vanban.viz.select
