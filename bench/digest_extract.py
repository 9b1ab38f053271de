"""The extraction invariant: one digest per file of the whole JSON output, to show a change alters nothing.

    python bench/digest_extract.py --write before.digests      # record
    python bench/digest_extract.py --check before.digests      # compare: lists every file whose output differs

Runs the pipeline (``extract_read``: ``extract_text`` plus the reader's fields) on every file of the shared corpus
of real documents (``$VANBAN_SHARED/corpus/real``, else ``../shared/corpus/real``), ``examples/`` and
``tests/fixtures/`` and hashes ``json.dumps(x.to_dict())`` as ``vanban extract --json`` prints it: every mention,
offset, relation, evidence and warning.  A file that fails to read is recorded by its error line.

The readers (PDF, OCR, Word) are not what a speed change touches and OCR is slow, so their results are kept in a
cache (``--cache``, default under the system's temp folder) keyed by the file's path, size and mtime; ``--no-cache``
reads every file again.  A tool, not a test: the digests come from the code's own output.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def shared_real() -> Path:
    return Path(os.environ.get("VANBAN_SHARED", ROOT.parent / "shared")) / "corpus" / "real"


def files():
    roots = [shared_real(), ROOT / "examples", ROOT / "tests" / "fixtures"]
    for root in roots:
        if root.is_dir():
            yield from (p for p in sorted(root.rglob("*")) if p.is_file())


def _read(path: Path, cache_dir):
    from vanban.loaders.formats import read_document
    st = path.stat()
    key = hashlib.sha256(f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()
    hit = cache_dir / key if cache_dir else None
    if hit is not None and hit.exists():
        return pickle.loads(hit.read_bytes())
    try:
        read = read_document(path)
    except Exception as e:          # noqa: BLE001 - a reader's failure is recorded, like extract_paths does
        read = f"{type(e).__name__}: {e}"          # kept as its line: exceptions do not all unpickle
    if hit is not None:
        hit.write_bytes(pickle.dumps(read))
    return read


def digests(cache_dir=None, only=None):
    from vanban.loaders import extract_read
    out = {}
    for p in files():
        name = str(p.relative_to(ROOT) if p.is_relative_to(ROOT) else p)
        if only and only not in name:
            continue
        read = _read(p, cache_dir)
        if isinstance(read, str):           # the error line, with the path as named here
            out[name] = "error:" + hashlib.sha256(read.replace(str(p), name).encode()).hexdigest()
            continue
        try:
            x = extract_read(read)
        except Exception as e:      # noqa: BLE001 - a loader failure is a difference too
            out[name] = "fail:" + hashlib.sha256(f"{type(e).__name__}: {e}".encode()).hexdigest()
            continue
        d = x.to_dict()
        d["file"] = name            # the path as named here, so that another checkout's digests compare
        out[name] = hashlib.sha256(json.dumps(d, ensure_ascii=False).encode()).hexdigest()
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--write", metavar="FILE", help="record the digests in FILE")
    g.add_argument("--check", metavar="FILE", help="compare with the digests recorded in FILE")
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "vanban-digest-cache"),
                    help="folder for the readers' results (default: %(default)s)")
    ap.add_argument("--no-cache", action="store_true", help="read every file again")
    ap.add_argument("--only", metavar="TEXT", help="only the files whose path contains TEXT")
    args = ap.parse_args(argv)
    cache_dir = None if args.no_cache else Path(args.cache)
    if cache_dir:
        cache_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.process_time()
    got = digests(cache_dir, args.only)
    cpu = time.process_time() - t0
    print(f"{len(got)} files ({sum(v.startswith(('error:', 'fail:')) for v in got.values())} not read), "
          f"{cpu:.1f} s CPU; corpus: {shared_real() if shared_real().is_dir() else 'no shared corpus'}")
    if args.write:
        Path(args.write).write_text(json.dumps(got, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"written to {args.write}")
        return 0
    want = json.loads(Path(args.check).read_text(encoding="utf-8"))
    if args.only:
        want = {k: v for k, v in want.items() if args.only in k}
    differ = sorted(k for k in set(want) | set(got) if want.get(k) != got.get(k))
    for k in differ:
        print(f"differs: {k}  ({'missing now' if k not in got else 'new' if k not in want else 'output changed'})")
    print("identical: yes" if not differ else f"identical: no ({len(differ)} of {len(want)} files differ)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
