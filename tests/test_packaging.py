"""The wheel carries every module: graph/, loaders/, queries/, viz/ are mapped into `vanban.*` by package-dir,
and a subpackage missing from pyproject.toml would be left out silently.  Build the wheel, install it into a
fresh venv (offline, --no-deps; third-party packages come from this environment through a .pth path), and
import every module from the installed copy — not from the source tree.
"""
import pkgutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_installs_and_imports_every_module(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True, cwd=tmp_path)
    (wheel,) = dist.glob("vanban-*.whl")
    env_dir = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    site = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    # third-party dependencies only: a plain path, so the editable install's own .pth is not processed
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target", site, str(wheel)],
                   check=True, capture_output=True)
    expected = sorted(m.name for m in pkgutil.walk_packages([str(ROOT / d) for d in ("vanban",)], "vanban."))
    script = (
        "import importlib, pkgutil, sys, vanban\n"
        f"assert vanban.__file__.startswith({site!r}), vanban.__file__\n"
        "names = sorted(m.name for m in pkgutil.walk_packages(vanban.__path__, 'vanban.'))\n"
        "for n in names:\n"
        "    if not n.endswith('__main__'): importlib.import_module(n)   # __main__ runs the CLI\n"
        "import vanban.queries, vanban.graph\n"
        "from pathlib import Path\n"
        "assert list(Path(vanban.queries.__file__).parent.glob('*.cypher')), 'stored queries missing'\n"
        "assert Path(vanban.__file__).with_name('py.typed').is_file(), 'py.typed missing'\n"
        "from vanban import extract, open_store, query, Relation\n"
        "assert callable(extract) and callable(open_store) and callable(query) and Relation.AMENDS == 'AMENDS'\n"
        "print('\\n'.join(names))\n")
    out = subprocess.run([str(py), "-c", script], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    names = set(out.stdout.split())
    for sub, folder in (("graph", "graph"), ("loaders", "loaders"), ("queries", "queries"), ("viz", "viz")):
        for p in (ROOT / folder).glob("*.py"):
            mod = f"vanban.{sub}" if p.stem == "__init__" else f"vanban.{sub}.{p.stem}"
            assert mod in names, f"{mod} is not in the wheel"
    assert set(expected) <= names
