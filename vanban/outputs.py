"""The one path every user-named file is written through (exports, views): guarded and atomic.

``guard(dest)`` refuses, with one line naming the path and the fix,

- a path inside a vanban store (any folder up the path holding the store's database file ``graph.lbug``, or
  the ``--store`` folder of the command) and the store's own files: writing there destroyed the store;
- a directory where a file is wanted (and a file where a directory is wanted), a missing parent folder
  (unless ``make_parents``), a folder that cannot be written.

``open_output(dest)`` writes to a temporary file beside ``dest`` and moves it over ``dest`` with
``os.replace`` only when the writer finished: an interrupted or failed export leaves the old file as it was
and no half file.  ``"-"`` is standard output (nothing to guard, nothing atomic).
"""
from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path
from typing import Optional

from vanban.errors import OutputError

# The store's database file (graph/store.py DB_FILE); kept here so this module imports nothing heavy.
STORE_MARKERS = ("graph.lbug",)


def _store_root(path: Path) -> Optional[Path]:
    """The store folder ``path`` lies in (or is), if any."""
    for folder in (path, *path.parents):
        if any((folder / marker).exists() for marker in STORE_MARKERS):
            return folder
    return None


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def guard(dest, *, store=None, directory: bool = False, make_parents: bool = False) -> Path:
    """Check that ``dest`` may be written (a file, or a folder of files when ``directory``); returns its path.

    ``store`` is the command's store folder, refused even before it holds a database.  OutputError otherwise.
    """
    raw = str(dest)
    if not raw.strip():
        raise OutputError("the output path is empty; give a file name such as out/graph.ttl")
    path = Path(os.path.realpath(os.path.expanduser(raw)))
    what = "folder" if directory else "file"
    stores = [Path(os.path.realpath(str(store)))] if store else []
    root = _store_root(path if directory or path.is_dir() else path.parent)
    if root is None and (path.name in STORE_MARKERS or path.name.startswith(tuple(m + "." for m in STORE_MARKERS))):
        root = path.parent
    if root is not None:
        stores.append(root)
    for folder in stores:
        if _inside(path, folder):
            raise OutputError(f"{raw}: is inside the vanban store {folder}; writing there would damage the store — "
                              f"write the {what} somewhere else")
    if directory:
        if path.exists() and not path.is_dir():
            raise OutputError(f"{raw}: is a file; this format writes several files — give a folder")
    elif path.is_dir():
        raise OutputError(f"{raw}: is a folder; give a file name inside it, e.g. {os.path.join(raw, 'graph.out')}")
    parent = path if directory and path.exists() else path.parent
    if not parent.exists():
        if not make_parents:
            raise OutputError(f"{raw}: the folder {parent} does not exist; create it first (mkdir -p {parent})")
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise OutputError(f"{raw}: cannot create the folder {parent} ({e.strerror}); choose another place") from None
    elif not parent.is_dir():
        raise OutputError(f"{raw}: {parent} is not a folder; choose another place")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"{raw}: the folder {parent} is not writable; choose another place")
    if not directory and path.exists() and not os.access(path, os.W_OK):
        raise OutputError(f"{raw}: the file exists and is not writable; choose another name")
    return path


@contextlib.contextmanager
def open_output(dest, *, binary: bool = False, store=None, make_parents: bool = False):
    """A file object for ``dest`` ("-" is standard output), written atomically (temp file + os.replace).

    Text mode writes UTF-8 with "\\n" line ends.  On any exception the temporary file is removed and
    ``dest`` is left untouched.
    """
    if str(dest) == "-":
        out = sys.stdout.buffer if binary else sys.stdout
        yield out
        out.flush()
        return
    path = guard(dest, store=store, make_parents=make_parents)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent))
    except OSError as e:
        raise OutputError(f"{dest}: cannot write in {path.parent} ({e.strerror}); choose another place") from None
    try:
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n")) as fh:
            yield fh
        if path.exists():
            try:
                os.chmod(tmp, path.stat().st_mode & 0o7777)
            except OSError:
                pass
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_bytes(dest, data: bytes, **options) -> None:
    with open_output(dest, binary=True, **options) as fh:
        fh.write(data)


def write_text(dest, text: str, **options) -> None:
    with open_output(dest, **options) as fh:
        fh.write(text)


@contextlib.contextmanager
def output_folder(dest, *, store=None):
    """A folder for a multi-file export, built beside ``dest`` and moved into place when complete.

    An existing ``dest`` folder keeps its other files: the finished files are moved into it one by one.
    """
    path = guard(dest, store=store, directory=True, make_parents=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent)))
    try:
        yield tmp
        path.mkdir(exist_ok=True)
        for item in sorted(tmp.iterdir()):
            os.replace(item, path / item.name)
        tmp.rmdir()
    except BaseException:
        import shutil
        shutil.rmtree(tmp, ignore_errors=True)
        raise


# ---------------------------------------------------------------- clean text for every sink (issue 13)
import re as _re

# C0 controls but tab, line feed and carriage return; DEL; the C1 controls (0x9B is a terminal escape too);
# the two XML non-characters; lone surrogates (a str can hold one, UTF-8 cannot).
_CONTROL = _re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def clean_text(value):
    """``value`` with the control characters no XML, CSV or terminal reader should meet removed.

    Non-strings pass unchanged.  Tab, newline and carriage return stay (a CSV with multi-line fields and XML
    both hold them); everything else below U+0020, DEL, the C1 controls, U+FFFE/U+FFFF and lone surrogates go.
    """
    if isinstance(value, str) and _CONTROL.search(value):
        return _CONTROL.sub("", value)
    return value
