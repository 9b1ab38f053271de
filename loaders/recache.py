"""Compiled regular expressions kept between processes.

The loaders build about 1,100 patterns, some of them tens of KB long (the bodies' and places' names with their
diacritic-blind letters): compiling them is ~0.75 s of the ~1.1 s a process spends before its first extraction
(the fork server of every `vanban load`, every `vanban extract`).  ``re`` spends that time in Python (parsing the
pattern and emitting its code), not in the engine, and keeps nothing between processes.  ``kept_patterns()`` keeps
each pattern's emitted code in a file and, in later processes, hands the same code to the engine (``_sre.compile``,
which checks it), so a pattern is parsed once per machine and Python version.

The file is keyed by the interpreter (``sys.implementation.cache_tag``) and the engine's version (``_sre.MAGIC``)
and each entry by the pattern's text and flags: a changed pattern is compiled anew.  It is written with ``marshal``
(plain values: loading it runs no code) behind a BLAKE2b digest of its content, atomically, and only when the
process compiled patterns it did not hold.  Anything wrong with it (missing, unreadable, written by another version,
damaged: the digest differs, code the engine refuses) falls back to ``re``'s own compile: the patterns are the same
either way.  The engine trusts the code it is handed (it checks its shape, not everything it may do): the file is
as trusted as the user's own cache folder, like the ``.pyc`` files Python itself keeps.

Where: ``$VANBAN_CACHE_DIR``, else ``$XDG_CACHE_HOME/vanban``, else ``~/.cache/vanban``; ``VANBAN_CACHE_DIR=off``
turns it off.  Only vanban's own processes use it (the CLI, the load's fork server): importing vanban changes
nothing in ``re`` for a program that uses it as a library.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
import threading
from array import array
from pathlib import Path
from typing import Dict, Optional, Tuple

try:                                           # the engine's entry points (CPython's re is built on them)
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:                            # pragma: no cover - another implementation: nothing kept
    _sre = None

CACHE_ENV = "VANBAN_CACHE_DIR"
_lock = threading.Lock()
_installed = False
_kept: Dict[Tuple[str, int], tuple] = {}       # (pattern, flags) -> (flags, code, groups, groupindex, indexgroup)
_CODE = "I"                                    # the code's words as bytes (``_sre.CODESIZE`` is 4)
_added = 0                                     # patterns compiled here that the file did not hold
_used: set = set()                             # the keys this process asked for
MAX_KEPT = 4000                                # entries the file keeps at most (the loaders use ~1,100)


def cache_file() -> Optional[Path]:
    """The file for this interpreter and engine, or None when turned off or not CPython."""
    where = os.environ.get(CACHE_ENV, "").strip()
    if where.lower() == "off" or _sre is None or array(_CODE).itemsize != _sre.CODESIZE:
        return None
    if not where:
        base = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.join(os.path.expanduser("~"), ".cache")
        where = os.path.join(base, "vanban")
    return Path(where) / f"patterns-{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal"


_HEAD = b"vanban-patterns-1\n"                   # the file: this line, the payload's BLAKE2b digest, the payload


def _read(path: Path) -> Dict[Tuple[str, int], tuple]:
    try:
        raw = path.read_bytes()
    except OSError:
        return {}
    # the digest first: the engine trusts the code it is handed (it checks its shape, not all it may do), so a
    # damaged file (cut short, bits flipped) must never reach it
    head, digest, payload = raw[:len(_HEAD)], raw[len(_HEAD):len(_HEAD) + 32], raw[len(_HEAD) + 32:]
    if head != _HEAD or hashlib.blake2b(payload, digest_size=32).digest() != digest:
        return {}
    try:
        data = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items()
            if isinstance(k, tuple) and len(k) == 2 and isinstance(k[0], str) and isinstance(k[1], int)
            and isinstance(v, tuple) and len(v) == 5 and isinstance(v[1], bytes)}


def _compile_kept(p, flags=0):
    """``re._compiler.compile`` (what ``re`` calls when its own per-process cache misses), with the emitted code
    of str patterns taken from, or added to, the kept ones."""
    global _added
    if type(p) is not str or not isinstance(flags, int) or flags & re.DEBUG:
        return _original(p, flags)
    key = (p, int(flags))
    _used.add(key)
    hit = _kept.get(key)
    if hit is not None:
        final, code, groups, groupindex, indexgroup = hit
        try:
            return _sre.compile(p, final, array(_CODE, code).tolist(), groups, dict(groupindex), tuple(indexgroup))
        except (RuntimeError, TypeError, ValueError, OverflowError):
            _kept.pop(key, None)           # (code the engine refuses: compiled anew below)
    parsed = _parser.parse(p, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    entry = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    compiled = _sre.compile(p, *entry)
    _kept[key] = entry[:1] + (array(_CODE, code).tobytes(),) + entry[2:]
    _added += 1
    return compiled


_original = _compiler.compile if _sre is not None else None


def kept_patterns() -> bool:
    """Compile this process's patterns through the kept file from now on (once per process); True when on."""
    global _installed
    with _lock:
        if _installed:
            return True
        path = cache_file()
        if path is None:
            return False
        _kept.update(_read(path))
        _compiler.compile = _compile_kept
        _installed = True
        return True


def save_patterns() -> bool:
    """Write the kept patterns when this process compiled new ones; True when the file was written."""
    global _added
    path = cache_file()
    if path is None or not _installed or not _added:
        return False
    with _lock:
        # the file's entries and this process's; past MAX_KEPT (patterns whose text changes from run to run: a few
        # are built from sets) only the ones this process used
        kept = _kept if len(_kept) <= MAX_KEPT else {k: v for k, v in _kept.items() if k in _used}
        payload = marshal.dumps(kept)
        data = _HEAD + hashlib.blake2b(payload, digest_size=32).digest() + payload
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".part", dir=path.parent)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except OSError:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
            return False               # (a read-only home, a full disk: the next process compiles again)
        _added = 0
    return True


def for_this_process() -> None:
    """``kept_patterns()`` now and ``save_patterns()`` at exit: for a command that extracts (`vanban extract`,
    `vanban load`)."""
    if kept_patterns():
        import atexit
        atexit.register(save_patterns)
