"""Paths: what the user names on the command line -> the files to read.  The one walker of `extract` and `load`.

Rules (the same for both commands, and for the library's ``extract_paths`` and ``Store.load``):

* a path that exists is taken literally, never as a glob: a file named ``a[bc].txt`` is that file;
* otherwise a path with ``*``, ``?`` or ``[`` is a glob (``docs/**/*.pdf``, recursive), expanded here, once;
* a folder is searched recursively for the documents vanban reads (``SUFFIXES``, any letter case: ``DOC.TXT``
  counts) and for files without an extension whose first bytes say PDF, Word or HTML;
* only regular files are read: a FIFO, a device (``/dev/zero``) or a socket would block or never end, so it is
  set aside with the reason (``Walk.skipped``), whether named or found in a folder; so is a broken link;
* files in a folder that are not documents (``index.json``, images) are counted in ``Walk.ignored``, so the
  commands can say what they left out;
* a path or glob that names nothing raises ``InputError`` naming it.

    >>> w = walk(["examples/"])
    >>> len(w.files), [str(p) for p in w.ignored]
    (13, ['examples/state/index.json'])
"""
from __future__ import annotations

import glob
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, List, Optional, Set

from vanban.errors import InputError

# What a folder contributes (compared in lower case).  Keep in step with loaders/formats (the readers).
SUFFIXES = (".txt", ".md", ".markdown", ".pdf", ".docx", ".doc", ".html", ".htm")
# First bytes that make an extension-less file a document: PDF, a zip (docx), OLE2 (.doc), HTML.
_MAGIC = (b"%PDF-", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
_HTML_HEAD = re.compile(rb"^\s*(?:<!doctype html|<html)", re.I)
_GLOB_CHARS = re.compile(r"[*?\[]")


@dataclass
class Walk:
    """The result of expanding paths: files to read, files set aside (with the reason), files left out."""
    files: List[Path] = field(default_factory=list)          # regular files, sorted, no duplicates
    skipped: List[InputError] = field(default_factory=list)  # not regular files: each names the file and why
    ignored: List[Path] = field(default_factory=list)        # found in a folder, not a document type


def not_regular(path, st: Optional[os.stat_result] = None) -> Optional[InputError]:
    """The InputError for a path that is not a regular file (FIFO, device, socket), else None."""
    try:
        st = st or os.stat(path)
    except FileNotFoundError:
        return InputError(path, "is a broken link or vanished", "check the path")
    except OSError as e:
        return InputError(path, f"cannot be read ({e.strerror})", "check the file's permissions")
    mode = st.st_mode
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    what = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
    return InputError(path, f"is {what}, not a regular file: reading it could wait forever, so it is skipped",
                      "give a regular file, or pipe the text in with `vanban extract - --name NAME`")


def read_file_bytes(path) -> bytes:
    """A file's bytes, or the InputError naming it and the fix (missing, a folder, unreadable, a FIFO or device:
    never started, as reading it could wait forever)."""
    p = Path(path)
    bad = not_regular(p) if p.exists() else None
    if bad is not None:
        raise bad
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "does not exist", "check the path") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a file",
                         "give the files, or use vanban.loaders.paths.walk() to expand it") from None
    except PermissionError:
        raise InputError(path, "cannot be read (permission denied)", "check the file's permissions") from None


def _is_document(path: Path) -> bool:
    name = path.name.lower()
    if name.endswith(SUFFIXES):
        return True
    if "." in name.lstrip("."):
        return False
    try:                                   # no extension: look at the first bytes (regular files only)
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as fh:
            head = fh.read(512)
    except OSError:
        return False
    return head.startswith(_MAGIC) or bool(_HTML_HEAD.match(head))


def _folder(d: Path, out: Walk, found: Set[Path]) -> int:
    n = 0
    for root, dirs, names in os.walk(d):
        dirs.sort()
        for name in sorted(names):
            p = Path(root) / name
            if not _is_document(p):
                if not name.startswith("."):
                    out.ignored.append(p)
                continue
            bad = not_regular(p)
            if bad is not None:
                out.skipped.append(bad)
            elif p not in found:
                found.add(p)
            n += 1
    return n


def walk(paths: Iterable) -> Walk:
    """Expand files, folders and globs once (see the module doc); InputError for a path naming nothing."""
    out, found = Walk(), set()  # type: Walk, Set[Path]
    for raw in paths:
        raw = os.fspath(raw)
        if os.path.lexists(raw):
            targets = [Path(raw)]
        elif _GLOB_CHARS.search(raw):
            targets = [Path(m) for m in sorted(glob.glob(raw, recursive=True))]
            if not targets:
                raise InputError(raw, "matches no file", "check the pattern, e.g. 'examples/*.txt'")
        else:
            raise InputError(raw, "does not exist", "check the path; give a file, a folder or a glob")
        for p in targets:
            if p.is_dir():
                if not _folder(p, out, found):
                    raise InputError(raw, f"is a folder with no document ({', '.join(SUFFIXES)})",
                                     "give document files or a folder holding them")
                continue
            bad = not_regular(p)
            if bad is not None:
                out.skipped.append(bad)
            else:
                found.add(p)
    out.files = sorted(found, key=str)
    out.ignored = sorted(set(out.ignored), key=str)
    return out
