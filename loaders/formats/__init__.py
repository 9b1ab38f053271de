"""Readers: a document file (or stdin's bytes) -> its text, the format it was in, and where its pages start.

One reader per format, chosen by the file's first bytes first and its extension second (a PDF named .txt is
read as a PDF, an HTML page saved without extension as HTML):

=========  ==========================================  ==============================================
format     first bytes / extension                     reader
=========  ==========================================  ==============================================
``pdf``    ``%PDF-``                                   ``pdf.read_pdf``: pypdfium2, pdfplumber when the words
                                                       do not read as Vietnamese, Tesseract for pages with no text
``docx``   ``PK`` zip holding ``word/document.xml``    ``office.read_docx`` (docx2python: keeps tables)
``doc``    ``D0 CF 11 E0`` (OLE2), ``.doc``             ``office.read_doc`` (antiword, then catdoc)
``html``   ``<!doctype html``/``<html``, ``.html``      ``web.read_html`` (site selectors, trafilatura)
``image``  PNG/JPEG/TIFF signature                     ``ocr.read_image`` (Tesseract, Vietnamese model)
``md``     ``.md``/``.markdown``                       the text reader (the layout stage knows "|", "**")
``json``   ``{``/``[`` and ``.json``                  ``json_text``: its strings one per line, heading keys
                                                       before their values (an OCR engine's or a dataset's output)
``txt``    anything else                               ``vanban.loaders.read`` (UTF-8/16, cp1258, TCVN3, VNI)
=========  ==========================================  ==============================================

After every reader the text is *finished* the same way (``finish``): universal newlines, Unicode NFC, the
TCVN3/VNI font-code repair of ``read.py`` (a .doc set in .VnTime gives "B¸o c¸o") and ftfy's repair of
double-encoded UTF-8 ("Nghá»‹ quyáº¿t" -> "Nghị quyết").  The result's text is what every offset points
into; ``pages`` gives where each page starts in it (PDF and scans), so a fact's page is a bisect away.

Bad input raises ``InputError`` naming the file and the fix: an encrypted or damaged PDF, a zip that is no
Word document, a PDF over the page limit (``MAX_PAGES``, env ``VANBAN_MAX_PAGES``), a scan in which OCR
finds no text.  Heavy libraries are imported inside the readers that use them.
"""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

from vanban.errors import InputError

# A PDF of more pages than this is a gazette issue or a book, not one document, and OCR of it would take
# hours (~10 s a page, docs/inputs.md).  Env VANBAN_MAX_PAGES raises it (read when a PDF is opened).
MAX_PAGES = 300


def page_limit(name) -> int:
    """The page limit: VANBAN_MAX_PAGES when set (InputError naming the file when it is not a number)."""
    raw = os.environ.get("VANBAN_MAX_PAGES", "").strip()
    if not raw:
        return MAX_PAGES
    if not raw.isdigit() or int(raw) < 1:
        raise InputError(name, f"cannot be read with VANBAN_MAX_PAGES={raw!r}, which is not a page count",
                         "set it to a whole number of pages, e.g. VANBAN_MAX_PAGES=500, or unset it (300)")
    return int(raw)


FORMATS = ("txt", "md", "pdf", "docx", "doc", "html", "image", "json")
_EXT = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".pdf": "pdf", ".docx": "docx", ".json": "json",
        ".doc": "doc", ".html": "html", ".htm": "html", ".xhtml": "html", ".png": "image", ".jpg": "image",
        ".jpeg": "image", ".tif": "image", ".tiff": "image"}
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
_HTML_HEAD = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body)", re.I | re.S)


@dataclass(frozen=True)
class Read:
    """A document's text as one reader gave it, finished (NFC, font codes and mojibake repaired)."""
    text: str
    format: str                          # one of FORMATS
    encoding: str                        # the text encoding ("utf-8", "tcvn3", ...) or how it was got ("pdf-text")
    sha256: str                          # of the input bytes
    path: str
    pages: Tuple[int, ...] = ()          # offset in ``text`` where each page starts (PDF, scans); () otherwise
    ocr_pages: Tuple[int, ...] = ()      # 1-based pages whose text is Tesseract's
    warnings: Tuple[str, ...] = ()       # low OCR confidence, a fallback reader used, ...
    ocr_confidence: Tuple[float, ...] = ()   # mean word confidence (0-100) of each page in ocr_pages

    def page_of(self, offset: int) -> Optional[int]:
        """The 1-based page holding ``offset``, or None when the format has no pages."""
        if not self.pages or offset < 0:
            return None
        return bisect_right(self.pages, offset)


def sniff(data: bytes, name: str = "") -> str:
    """The format of ``data``: its first bytes decide, the extension of ``name`` only when they say nothing.

    ``sniff(b"%PDF-1.7 ...", "x.txt") == "pdf"``; ``sniff(b"<!DOCTYPE html>...", "") == "html"``."""
    ext = _EXT.get(os.path.splitext(name.lower())[1], "")
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"                    # read_docx says so when the zip holds no word/document.xml
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    if data.startswith(_IMAGE_MAGIC):
        return "image"
    if _HTML_HEAD.match(data[:4096]):
        return "html"
    if ext in ("md", "html"):
        return ext
    if ext == "json" and data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"["):
        return "json"
    return "txt"


# ------------------------------------------------------------------ the common finishing steps

# Double-encoded UTF-8 of Vietnamese shows these pairs ("á»‹" for "ị", "Ä‘" for "đ", "Æ°" for "ư"); a text
# without them is left alone, so ftfy (slow, and free to "fix" what is not broken) runs only on suspects.
_MOJIBAKE = re.compile("[ÃÄÅÆ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
                       "|á[º»]")
_MOJIBAKE_SECOND = frozenset(chr(c) for c in [*range(0x80, 0xC0), 0x152, 0x153, 0x160, 0x161, 0x178, 0x17D, 0x17E, 0x192,
                                              0x2C6, 0x2DC, *range(0x2013, 0x203B), 0x20AC, 0x2122])


def has_mojibake(text: str) -> bool:
    """``_MOJIBAKE.search(text) is not None``, found by looking at the few places it can start: the pattern opens
    with a class, which the regex engine tries at every character (a third of reading a file went there), while
    "Ã" and its kin are rare ("XÃ HỘI" in a header) and found with ``str.find``."""
    for lead in "ÃÄÅÆ":
        i = text.find(lead)
        while i >= 0:
            if text[i + 1:i + 2] in _MOJIBAKE_SECOND:
                return True
            i = text.find(lead, i + 1)
    return ("º" in text or "»" in text) and re.search("á[º»]", text) is not None


# Control characters, and the invisible format characters a web page or a PDF carries inside words and numbers (zero-
# width spaces and joiners, word joiners, direction marks and isolates, a byte-order mark inside the text): "12/2024/\u200bNĐ-CP"
# is read as the number it shows.  (The soft hyphen, U+00AD, is taken out after the font codes are read: in a page
# set in a TCVN3 font it is the letter "ư".)
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufffe\uffff]")


def fix_mojibake(text: str) -> str:
    """``fix_mojibake("Nghá»‹ quyáº¿t") == "Nghị quyết"``; text without the marks of double encoding is
    returned as it is (ftfy's other fixes, such as straightening quotes, are not applied)."""
    if not has_mojibake(text):
        return text
    import ftfy  # imported where used (STYLE: heavy parts)
    return "\n".join(ftfy.fix_encoding(line) if _MOJIBAKE.search(line) else line for line in text.split("\n"))


def finish(text: str) -> Tuple[str, str]:
    """Every reader's text goes through here: (finished text, "" or "+tcvn3"/"+vni" when font codes were
    repaired).  Universal newlines, no control characters but tab and newline and no invisible format characters
    (``_CONTROL``), NFC, font codes, mojibake, no soft hyphens."""
    from vanban.loaders.read import _LEGACY_DECODERS, _font_codes_in_unicode, font_bytes
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").lstrip("\ufeff")
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    repaired = ""
    legacy = _font_codes_in_unicode(text)
    raw = font_bytes(text) if legacy else None
    if raw is not None:
        text, repaired = unicodedata.normalize("NFC", _LEGACY_DECODERS[legacy](raw)), "+" + legacy  # type: ignore[index,operator]
    fixed = fix_mojibake(text)
    # (NFC already, unless the mojibake repair changed it: one scan of the whole text less)
    text = text if fixed is text else unicodedata.normalize("NFC", fixed)
    if "\xad" in text:         # a soft hyphen: where a word may break, invisible ("Thà\xadnh phố", "NĐ\xad-CP")
        text = text.replace("\xad", "")
    return text, repaired


def join_pages(pages: Sequence[str], joiner=None) -> Tuple[str, Tuple[int, ...]]:
    """Pages -> one text and where each page starts in it.  Between two pages a blank line, or what
    ``joiner(previous page, next page)`` says (the PDF reader joins a sentence that runs on with a space)."""
    out: List[str] = []
    starts: List[int] = []
    at = 0
    pages = [p.strip("\n") for p in pages]
    for i, page in enumerate(pages):
        if i:
            sep = joiner(pages[i - 1], page) if joiner else "\n\n"
            out.append(sep)
            at += len(sep)
        starts.append(at)
        out.append(page)
        at += len(page)
    return "".join(out), tuple(starts)


# ------------------------------------------------------------------ dispatch

def json_text(raw: str, name: str = "<json>") -> str:
    """The text of a document stored as JSON (an OCR engine's or a dataset's output: headings as keys, lines as
    strings): its strings one per line, in the file's order, with the keys that read as headings — those holding a
    blank or a letter outside ASCII ("Điều 1. Phạm vi điều chỉnh") — before their values; ASCII field names
    ("content", "Number"), numbers and nulls are left out.  A file that does not parse is its text as it is (a
    ``.json`` name on a plain text); one nested past Python's limit is refused (``InputError``)."""
    import json
    try:
        obj = json.loads(raw)
    except ValueError:
        return raw
    except RecursionError:
        raise InputError(name, "nests its JSON too deep to read", "give the document's text (.txt) or a flatter JSON") from None
    lines: List[str] = []
    stack = [obj]
    while stack:                          # (no recursion: depth is the file's to choose)
        o = stack.pop()
        if isinstance(o, str):
            if o.strip():
                lines.append(o.strip())
        elif isinstance(o, dict):
            for k, v in reversed(list(o.items())):
                stack.append(v)
                if any(c.isspace() or ord(c) > 127 for c in k.strip()):
                    stack.append(k)
        elif isinstance(o, list):
            stack.extend(reversed(o))
    return "\n".join(lines)


def read_bytes(data: bytes, name: str = "<stdin>", *, encoding: Optional[str] = None,
               max_pages: Optional[int] = None, fmt: Optional[str] = None) -> Read:
    """Read a document given as bytes (stdin, an upload); ``name`` is used in messages and to break ties."""
    digest = hashlib.sha256(data).hexdigest()
    if not data:
        raise InputError(name, "is empty (0 bytes)", "give a file with the document's text")
    fmt = fmt or sniff(data, name)
    pages: Tuple[int, ...] = ()
    joiner = None
    ocr: Tuple[int, ...] = ()
    conf: Tuple[float, ...] = ()
    warnings: Tuple[str, ...] = ()
    if fmt in ("txt", "md"):
        from vanban.loaders.read import _detect, decode_as
        if encoding:
            text, enc = decode_as(data, encoding, name), encoding
        else:
            d = _detect(data, name)
            text, enc = d.text, d.encoding
        # Markdown is read as it is: pages saved from legal websites as .md keep the header table's "|" and
        # "**" remnants, which the layout stage (loaders/layout.py) knows; taking them off here moved its
        # results on the real-document gold (bench/accuracy_real.py).
    elif fmt == "pdf":
        from vanban.loaders.formats.pdf import read_pdf
        got = read_pdf(data, name, max_pages=page_limit(name) if max_pages is None else max_pages)
        from vanban.loaders.formats.pdf import page_joiner
        joiner = page_joiner
        text, pages = join_pages(got.pages, joiner)
        enc, ocr, warnings, conf = got.method, got.ocr_pages, got.warnings, got.ocr_confidence
    elif fmt == "docx":
        from vanban.loaders.formats.office import read_docx
        text, enc = read_docx(data, name), "docx"
    elif fmt == "doc":
        from vanban.loaders.formats.office import read_doc
        text, enc = read_doc(data, name)
    elif fmt == "html":
        from vanban.loaders.formats.web import read_html
        text, enc, warnings = read_html(data, name, encoding=encoding)
    elif fmt == "json":
        from vanban.loaders.read import _detect
        d = _detect(data, name)
        text, enc = json_text(d.text, name), d.encoding + "+json"
    elif fmt == "image":
        from vanban.loaders.formats.ocr import read_image
        page = read_image(data, name)
        text, ocr, enc = page.text, (1,), "ocr"          # one image, no pages to tell apart
        conf = (round(page.confidence, 1),) if page.words else ()
        warnings = page.warnings
    else:
        raise InputError(name, f"has an unknown format {fmt!r}", f"give one of {', '.join(FORMATS)}")
    if pages:
        # Finishing must not move page starts: finish each page on its own, then join again.
        bounds = list(pages) + [len(text)]
        parts = [finish(text[a:b].strip("\n"))[0] for a, b in zip(bounds, bounds[1:])]
        text, pages = join_pages(parts, joiner)
        repaired = ""
    else:
        text, repaired = finish(text)
    if not text.strip():
        what = {"pdf": "no text on any page (OCR found none either)", "image": "no text (OCR found none)",
                "docx": "no text", "doc": "no text", "html": "no main text"}.get(fmt, "only whitespace")
        raise InputError(name, f"has {what}", "check that it is the document; a blank or photo-only scan has "
                                               "nothing to read" if fmt in ("pdf", "image")
                         else "give a file with the document's text")
    return Read(text=text, format=fmt, encoding=enc + repaired, sha256=digest, path=name, pages=pages,
                ocr_pages=ocr, warnings=tuple(warnings), ocr_confidence=conf)


def read_document(path, *, encoding: Optional[str] = None, max_pages: Optional[int] = None) -> Read:
    """Read one file in any supported format (see the module doc).  ``InputError`` names the file and the fix."""
    from vanban.loaders.paths import read_file_bytes
    data = read_file_bytes(path)
    return read_bytes(data, str(path), encoding=encoding, max_pages=max_pages)
