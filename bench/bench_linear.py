"""Linear time: does extraction time double (and no more) when the input doubles?

    python bench/bench_linear.py [--chars 100000] [--only NAME ...] [--no-file]

For each trigger phrase of tests/fixtures/trigger_phrases.json (issue 13 point 4) the phrase is repeated to
about ``--chars`` characters (N repetitions) and to twice that (2N; a ``{i}`` in the phrase is a different
word in each repetition); ``extract_text`` is timed on both (best
of three) and the ratio t(2N) / t(N) printed: ~2 is linear, ~4 quadratic; the target is <= 2.5.  The same is
done for one long line of real text (the seed's lines joined, no line break).

Then the pathological file of the issue, "tỉnh Quảng Ninh, " x 8000 (168 KB on one line), goes through the
real command, ``vanban extract --json``, in a child process: its time, its peak memory (ru_maxrss) and the
size of the JSON it prints.  Targets: < 5 s and < 500 MB.

A measurement, not a test: nothing here asserts a time.  tests/test_linear.py runs ``ratios()`` on a small
size and checks the ratios, never seconds.
"""
from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PHRASES = ROOT / "tests" / "fixtures" / "trigger_phrases.json"
TARGET_RATIO = 2.5


def phrases():
    """(name, phrase) of the regression corpus, plus one long line of real text."""
    out = [(p["name"], p["phrase"]) for p in json.loads(PHRASES.read_text(encoding="utf-8"))["phrases"]]
    seed = (ROOT / "examples" / "000_4359cb3ac2b76893.txt").read_text(encoding="utf-8")
    out.append(("one-line-file", " ".join(seed.split("\n")) + " "))
    return out


def _tag(i: int) -> str:
    """A word of letters that differs for every ``i``: xa, xb, ... xz, xaa, ..."""
    s, i = "", i + 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(97 + r) + s
    return "x" + s


def repeated(phrase: str, n: int) -> str:
    """The phrase ``n`` times; a ``{i}`` in it becomes a different word each time (``_tag``), so stages that
    merge equal repetitions (coreference of described documents) see ``n`` distinct ones."""
    if "{i}" not in phrase:
        return phrase * n
    return "".join(phrase.replace("{i}", _tag(i)) for i in range(n))


def _best(fn, repeat: int) -> float:
    """The best CPU time of ``repeat`` runs (CPU, not wall: other processes on the machine make wall time
    swing by 2x, which would read as superlinear).  The cyclic garbage collector is off while timing, as in
    ``timeit``: inside a long test session one full collection walks every object the earlier tests left
    alive, a cost that depends on the session, not on the input, and lands in whichever run triggers it."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            t0 = time.process_time()
            fn()
            best = min(best, time.process_time() - t0)
        finally:
            gc.enable()
    return best


def ratios(chars: int = 100_000, only=None, repeat: int = 3):
    """[(name, N, t(N), t(2N), ratio)] for every phrase (or those named in ``only``)."""
    from vanban.loaders import extract_text

    rows = []
    for name, phrase in phrases():
        if only and name not in only:
            continue
        n = max(1, chars // len(phrase))
        small, big = repeated(phrase, n), repeated(phrase, 2 * n)
        extract_text(small)                      # warm the regex caches and imports
        t1 = _best(lambda: extract_text(small), repeat)
        t2 = _best(lambda: extract_text(big), repeat)
        rows.append((name, n, t1, t2, t2 / t1))
    return rows


def pathological(repetitions: int = 8000):
    """Run ``vanban extract --json`` on "tỉnh Quảng Ninh, " x repetitions:
    (KB in, wall seconds, CPU seconds, peak MB, JSON MB, stderr)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "quang_ninh.txt"
        path.write_text("tỉnh Quảng Ninh, " * repetitions, encoding="utf-8")
        out = Path(tmp) / "out.jsonl"
        code = ("import resource, sys\n"
                "from vanban.cli import main\n"
                "try:\n    main(sys.argv[1:])\n"
                "except SystemExit:\n    pass\n"
                "sys.stderr.write('maxrss %d\\n' % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        with open(out, "wb") as fh:
            proc = subprocess.run([sys.executable, "-c", code, "extract", "--json", str(path)], stdout=fh,
                                  stderr=subprocess.PIPE, text=True, cwd=ROOT)
        seconds = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        rss_kb = int(proc.stderr.rsplit("maxrss ", 1)[1].split()[0])
        return path.stat().st_size / 1e3, seconds, cpu, rss_kb / 1e3, out.stat().st_size / 1e6, proc.stderr


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=100_000, help="size N in characters (default 100000)")
    ap.add_argument("--only", nargs="*", help="only these phrases (names in the fixture)")
    ap.add_argument("--no-file", action="store_true", help="skip the 168 KB pathological file")
    args = ap.parse_args(argv)
    print(f"{'phrase':26} {'N':>7} {'t(N) s':>8} {'t(2N) s':>8} {'ratio':>6}")
    worst = 0.0
    for name, n, t1, t2, r in ratios(args.chars, args.only):
        worst = max(worst, r)
        print(f"{name:26} {n:7d} {t1:8.3f} {t2:8.3f} {r:6.2f}{'  > ' + str(TARGET_RATIO) if r > TARGET_RATIO else ''}")
    print(f"worst ratio {worst:.2f} (target <= {TARGET_RATIO})")
    if not args.no_file:
        kb, seconds, cpu, mb, json_mb, err = pathological()
        warn = [ln for ln in err.splitlines() if ln.startswith("warning")]
        print(f'"tỉnh Quảng Ninh, " x 8000 ({kb:.0f} KB, one line): vanban extract --json {seconds:.2f} s '
              f"({cpu:.2f} s CPU), peak {mb:.0f} MB, JSON {json_mb:.1f} MB (targets < 5 s, < 500 MB)")
        for ln in warn[:3]:
            print("  " + ln)


if __name__ == "__main__":
    main()
