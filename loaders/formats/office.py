"""Word: .docx with docx2python (tables kept), .doc with antiword or catdoc (Debian), never LibreOffice.

The header and signature blocks of official documents are Word tables (the issuing body and number in the
left cell, the national line and the date in the right one); python-docx's paragraph list drops them, so the
.docx reader walks docx2python's nested body -- tables, rows, cells, paragraphs -- and writes every paragraph
of every cell on its own line, left cell first.  Footnotes and endnotes follow the body.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from typing import List, Tuple

from vanban.errors import InputError

_MEDIA = re.compile(r"----(?:media/|Image alt text---).*?----")


def _flatten(node, out) -> None:
    if isinstance(node, str):
        text = _MEDIA.sub("", node).replace("\t", " ").strip()
        if text:
            out.extend(line.strip() for line in text.split("\n"))
        return
    for child in node:
        _flatten(child, out)


def read_docx(data: bytes, name) -> str:
    """A .docx file's text: body paragraphs and table cells in reading order, then the notes."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
    except zipfile.BadZipFile:
        raise InputError(name, "is a damaged zip/Word file", "open and save it again in Word, or export it as PDF") from None
    if "word/document.xml" not in names:
        what = ("an OpenDocument file (.odt)" if "content.xml" in names else
                "an Excel workbook" if "xl/workbook.xml" in names else "a zip archive, not a Word document")
        raise InputError(name, f"is {what} (it has no word/document.xml)",
                         "save the document as .docx, .pdf or .txt, or unpack the archive and give its files")
    from docx2python import docx2python
    try:
        with docx2python(io.BytesIO(data)) as doc:
            lines: List[str] = []
            _flatten(doc.body, lines)
            notes: List[str] = []
            _flatten(doc.footnotes, notes)
            _flatten(doc.endnotes, notes)
    except Exception as e:     # docx2python raises KeyError/XML errors on broken parts
        raise InputError(name, f"is a damaged Word document ({type(e).__name__}: {e})",
                         "open and save it again in Word, or export it as PDF") from None
    notes = [n for n in notes if not re.fullmatch(r"(?:footnote|endnote)\d*\)?", n)]
    return "\n".join(lines + ([""] + notes if notes else []))


DOC_TOOLS = ("antiword", "catdoc")


def read_doc(data: bytes, name, *, tools=DOC_TOOLS) -> Tuple[str, str]:
    """A Word 97-2003 .doc: antiword (UTF-8 map), then catdoc when antiword cannot read it.  (text, tool)."""
    tools = [t for t in tools if shutil.which(t)]
    if not tools:
        raise InputError(name, "is a Word 97-2003 .doc file and neither antiword nor catdoc is installed",
                         "install one: apt-get install antiword catdoc; or save the document as .docx or .pdf")
    with tempfile.NamedTemporaryFile(suffix=".doc", delete=False) as fh:
        fh.write(data)
        tmp = fh.name
    try:
        errors = []
        for tool in tools:
            cmd = (["antiword", "-m", "UTF-8.txt", "-w", "0", tmp] if tool == "antiword"
                   else ["catdoc", "-d", "utf-8", "-w", tmp])
            try:
                run = subprocess.run(cmd, capture_output=True, timeout=120)
            except subprocess.TimeoutExpired:
                errors.append(f"{tool}: timed out")
                continue
            text = run.stdout.decode("utf-8", errors="replace")
            if run.returncode == 0 and text.strip():
                return _antiword_tables(text) if tool == "antiword" else text, tool
            errors.append(f"{tool}: " + (run.stderr.decode("utf-8", "replace").strip().splitlines() or ["no text"])[-1])
    finally:
        os.unlink(tmp)
    raise InputError(name, f"is a .doc file that could not be read ({'; '.join(errors)})",
                     "open and save it as .docx or .pdf, then load that")


def _antiword_tables(text: str) -> str:
    """antiword draws a table row as ``|cell|cell|``: one line per cell instead, like the other readers."""
    out: List[str] = []
    for line in text.split("\n"):
        s = line.strip()
        if s.startswith("|") and s.endswith("|") and len(s) > 1:
            out.extend(c.strip() for c in s.strip("|").split("|") if c.strip())
        else:
            out.append(line)
    return "\n".join(out)
