"""The loaders' compiled patterns kept between processes (loaders/recache.py): the same output with the file and
without it, a damaged or foreign file ignored, nothing written when turned off or where it cannot be."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_4359cb3ac2b76893.txt"
GAZETTE = ROOT / "tests" / "fixtures" / "real" / "texts" / "congbao" / "van-ban-hop-nhat-so-4246-vbhn-bldtbxh-34873.txt"

# what a run reports of the kept patterns: (patterns the file held, patterns compiled anew, the file written)
_PROBE = """
import json, sys
from vanban.loaders import recache
recache.kept_patterns()
held = len(recache._kept)
from vanban.loaders import extract
out = [extract(p).to_dict() for p in sys.argv[1:]]
print(json.dumps({"held": held, "added": recache._added, "saved": recache.save_patterns(), "out": out},
                 ensure_ascii=False, sort_keys=True))
"""


def run(cache, *files):
    import json
    env = dict(os.environ, VANBAN_CACHE_DIR=str(cache))
    out = subprocess.run([sys.executable, "-c", _PROBE, *map(str, files)], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout)


def the_file(cache: Path) -> Path:
    (f,) = cache.glob("patterns-*.marshal")
    return f


def test_kept_patterns_give_the_same_extraction_and_compile_nothing_again(tmp_path):
    off = run("off", SEED, GAZETTE)
    assert off["held"] == 0 and not off["saved"]
    cold = run(tmp_path, SEED, GAZETTE)
    assert cold["held"] == 0 and cold["added"] > 300 and cold["saved"]
    warm = run(tmp_path, SEED, GAZETTE)
    assert warm["held"] >= cold["added"] and warm["added"] == 0 and not warm["saved"]   # every pattern was kept
    assert off["out"] == cold["out"] == warm["out"]


def test_a_damaged_or_foreign_file_is_ignored_and_written_again(tmp_path):
    cold = run(tmp_path, SEED)
    f = the_file(tmp_path)
    good = f.read_bytes()
    for damaged in (good[:len(good) // 2],                                 # cut short
                    good[:-100] + bytes(b ^ 0xFF for b in good[-100:]),     # bits flipped at the end
                    b"not a pattern file at all",
                    b""):
        f.write_bytes(damaged)
        again = run(tmp_path, SEED)
        assert again["held"] == 0 and again["saved"]       # nothing taken from it; compiled and written anew
        assert again["out"] == cold["out"]
        assert f.read_bytes()[:20] == good[:20]


def test_nothing_is_written_where_it_cannot_be(tmp_path):
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("x")
    out = run(blocked / "cache", SEED)                 # the folder cannot be made: the run goes on
    assert out["held"] == 0 and not out["saved"]
    assert not list(tmp_path.rglob("*.part"))
