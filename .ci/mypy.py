"""Type-check the package with mypy (configured in pyproject.toml, [tool.mypy]); exit status is mypy's.

mypy finds modules by folder, but the design card keeps graph/, loaders/, queries/ and viz/ at the repository
root and pyproject's package-dir maps them into ``vanban.*``.  So this script builds that namespace as a tree of
symlinks (build/mypy/vanban/graph -> ../../../graph, ...), runs mypy on ``-p vanban`` there, and prints
mypy's messages with the repository's own paths.  Usage: ``.venv/bin/python .ci/mypy.py [mypy options]``.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TREE = ROOT / "build" / "mypy"
MAPPED = ("graph", "loaders", "queries", "viz")   # pyproject's [tool.setuptools.package-dir]


def build_tree() -> Path:
    pkg = TREE / "vanban"
    pkg.mkdir(parents=True, exist_ok=True)
    wanted = {p.name: p for p in (ROOT / "vanban").iterdir() if p.name != "__pycache__"}
    wanted.update({name: ROOT / name for name in MAPPED})
    for link in pkg.iterdir():
        if link.name not in wanted or not link.is_symlink() or Path(os.readlink(link)) != wanted[link.name]:
            link.unlink()
    for name, target in wanted.items():
        if not (pkg / name).is_symlink():
            (pkg / name).symlink_to(target)
    return pkg


def main(argv: list[str]) -> int:
    build_tree()
    proc = subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
                           "--cache-dir", str(TREE / ".cache"), *argv, "-p", "vanban"],
                          cwd=TREE, capture_output=True, text=True)
    # vanban/graph/store.py -> graph/store.py; vanban/cli.py stays
    real = re.compile(rf"^vanban/(?=(?:{'|'.join(MAPPED)})/)", re.M)
    sys.stdout.write(real.sub("", proc.stdout))
    sys.stderr.write(proc.stderr)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
