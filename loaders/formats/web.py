"""HTML: the main text of a saved web page, without menus, sidebars, related-document lists and footers.

Known legal websites are cut with their own selectors (``SITE_SELECTORS``: the element that holds the
document's full text); any other page goes to trafilatura's main-content extraction (its XML output, so tables
and paragraphs keep their structure).  Text is written one block element per line; a table becomes one line
per cell paragraph, left to right, row by row -- the header table of an official document reads like its
printed header.  The page's charset is taken from its BOM or ``<meta charset>``, else UTF-8, else detected.
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from vanban.errors import InputError

# The element holding the full text on the legal websites users save pages from.  Checked in order; the first
# that holds a reasonable amount of text wins.  (thuvienphapluat.vn: div.content1, nested for the "toàn văn"
# tab; vbpl.vn: #toanvancontent / div.fulltext; divContentDoc: older thuvienphapluat and mirrors.)
SITE_SELECTORS = (
    "div.content1 div.content1", "div.content1", "#divContentDoc", "#toanvancontent", ".toanvancontent",
    "div.fulltext",
)
MIN_MAIN_CHARS = 200            # a selector's element with less text is a stub (a tab not loaded)
_DROP = ("script", "style", "noscript", "template", "iframe", "svg", "button", "form", "select", "input", "head")
_INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "hi", "i", "kbd", "mark",
           "q", "ref", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "o:p",
           "del", "ins", "label"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)


def _decode(data: bytes, name, encoding: Optional[str]) -> Tuple[str, str]:
    if encoding:
        from vanban.loaders.read import decode_as
        return decode_as(data, encoding, name), encoding
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8"
    m = _CHARSET.search(data[:4096])
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"), errors="replace"), m.group(1).decode("ascii").lower()
        except LookupError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        from vanban.loaders.read import _detect
        d = _detect(data, name)
        return d.text, d.encoding


def _lines(node, out: List[str], cur: List[str]) -> None:
    """Block elements end a line; inline ones join it; tables: one line per cell paragraph."""
    tag = node.tag
    if tag == "-text":
        t = node.text(deep=False)
        if t:
            cur.append(t)
        return
    if tag in _DROP or tag == "-comment":
        return
    if tag in ("br", "lb"):
        _flush(out, cur)
        return
    block = tag not in _INLINE
    if block:
        _flush(out, cur)
    child = node.child
    while child is not None:
        _lines(child, out, cur)
        child = child.next
    if block:
        _flush(out, cur)


def _flush(out: List[str], cur: List[str]) -> None:
    if cur:
        line = " ".join("".join(cur).replace("\xa0", " ").split())
        if line:
            out.append(line)
        cur.clear()


def html_to_text(node) -> str:
    out: List[str] = []
    cur: List[str] = []
    _lines(node, out, cur)
    _flush(out, cur)
    return "\n".join(out)


def read_html(data: bytes, name, *, encoding: Optional[str] = None) -> Tuple[str, str, Tuple[str, ...]]:
    """(main text, "html:<selector>" or "html:trafilatura", warnings) of a saved web page."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    from vanban.loaders.formats import fix_mojibake
    html, charset = _decode(data, name, encoding)
    html = fix_mojibake(html)       # a page saved double-encoded is mojibake throughout, markup included
    tree = HTMLParser(html)
    for sel in SITE_SELECTORS:
        node = tree.css_first(sel)
        if node is not None:
            text = html_to_text(node)
            if len(text) >= MIN_MAIN_CHARS:
                return text, f"{charset}; main text: {sel}", ()
    import trafilatura
    # trafilatura drops soft hyphens (and private-use characters), but in a page set in a TCVN3 font (.VnTime)
    # saved as Unicode U+00AD is the letter "ư": carry it through as a letter the page does not use.
    shy = next((c for c in "\u0238\u0239\u02ad\u0370" if c not in html), "\xad")
    xml = trafilatura.extract(html.replace("\xad", shy), output_format="xml", include_tables=True, include_comments=False,
                              favor_recall=True, deduplicate=False)
    if xml:
        doc = HTMLParser(xml)
        main = doc.css_first("main") or doc.body
        text = html_to_text(main).replace(shy, "\xad") if main is not None else ""
        if text.strip():
            return text, f"{charset}; main text: trafilatura", ()
    body = tree.body
    text = html_to_text(body) if body is not None else ""
    if not text.strip():
        raise InputError(name, "is an HTML page with no text", "save the page after its text has loaded, "
                                                              "or copy the document's text into a .txt file")
    return text, f"{charset}; whole page", (f"{name}: no main text found; the whole page was read, menus and all",)
