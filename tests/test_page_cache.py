"""A store that outgrows the engine's page cache: the load stops with an error that names the store and the setting
that fixes it, keeps what it committed, and the same load run again with a larger cache ends with the graph a load
in one go gives (real gazette texts, a real LadybugDB store; the cache made tiny so a small load runs out)."""
import os
import subprocess
import sys
from pathlib import Path

from vanban.graph.build import canonical_hash
from vanban.graph.store import Store

TEXTS = Path(__file__).parent / "fixtures" / "real" / "texts" / "congbao"


def vanban(*args, **env):
    return subprocess.run([sys.executable, "-m", "vanban", *args], capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=600)


def graph_hash(store):
    with Store(store, read_only=True) as s:
        return canonical_hash(s.to_networkx())


def test_a_load_that_outgrows_the_page_cache_says_how_to_go_on_and_keeps_what_it_committed(tmp_path):
    files = sorted(TEXTS.glob("*.txt"))[:40]
    folder = tmp_path / "docs"
    folder.mkdir()
    for p in files:
        (folder / p.name).write_bytes(p.read_bytes())
    store = tmp_path / "store"
    small = vanban("load", "-q", str(folder), "--store", str(store), "-j", "1",
                   VANBAN_POOL_MB="16", VANBAN_CHECKPOINT_MB="1", VANBAN_BATCH_FILES="2")
    assert small.returncode == 1
    assert str(store) in small.stderr and "VANBAN_POOL_MB=32" in small.stderr, small.stderr
    assert "Traceback" not in small.stderr
    again = vanban("load", "-q", str(folder), "--store", str(store))
    assert again.returncode == 0, again.stderr
    assert f"({len(files)} files)" in again.stdout and " 0 failed" in again.stdout
    whole = tmp_path / "whole"
    assert vanban("load", "-q", str(folder), "--store", str(whole)).returncode == 0
    assert graph_hash(store) == graph_hash(whole)


def test_a_page_cache_setting_that_is_no_size_is_refused_with_the_fix(tmp_path):
    got = vanban("load", "-q", str(sorted(TEXTS.glob("*.txt"))[0]), "--store", str(tmp_path / "s"),
                 VANBAN_POOL_MB="2GB")
    assert got.returncode != 0
    assert "VANBAN_POOL_MB='2GB'" in got.stderr and "whole number" in got.stderr
