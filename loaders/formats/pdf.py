"""PDF: the text layer with pypdfium2, checked; pdfplumber when it does not read as Vietnamese; OCR for scans.

1. pypdfium2 (PDFium, fast: ``bench/bench_formats.py``) reads each page's text layer.
2. The words are checked: the share of accented words that are well-formed Vietnamese syllables
   (``read.syllable_score``, after the font-code repair, so a .VnTime PDF counts as readable).  A font whose
   ToUnicode map is broken gives glyph garbage with most fast readers; under ``read.MIN_SCORE`` the document
   is read again with pdfplumber (pdfminer's own font handling) and the better reading is kept, with a warning.
3. A page with almost no text (``MIN_PAGE_CHARS``) and an image is a scan: its largest embedded image is OCR'd
   at its own resolution (``ocr.ocr_image``); a page with no text and no image but many vector paths (text
   drawn as outlines) is rendered at 300 dpi and OCR'd; a nearly blank text page keeps its text layer.

Each stage is a function taking its strategy as a keyword argument (``text_reader``, ``fallback``, ``ocr``),
so the fallback branch can be tested with a reader that returns garbage.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Callable, List, Optional, Tuple

from vanban.errors import InputError

FULL_LINE = 0.8             # a line this share of the page's widest lines was wrapped at the margin
MIN_PAGE_CHARS = 25          # non-space characters: fewer means the page is an image (a scan) or blank
RENDER_DPI = 300             # only for pages with no embedded image (vector outlines): nothing to keep native
VECTOR_TEXT_PATHS = 200      # a page with no text but this many vector paths is text drawn as outlines


@dataclass(frozen=True)
class PdfText:
    pages: Tuple[str, ...]
    method: str                          # "pdfium", "pdfplumber", "ocr", or "pdfium+ocr"
    ocr_pages: Tuple[int, ...] = ()      # 1-based
    warnings: Tuple[str, ...] = ()
    ocr_confidence: Tuple[float, ...] = ()   # Tesseract's mean word confidence (0-100) of each OCR'd page


def open_pdf(data: bytes, name, max_pages: int):
    """A pypdfium2 document, or InputError for an encrypted, damaged or too long PDF."""
    import pypdfium2 as pdfium
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        msg = str(e)
        if "password" in msg.lower():
            raise InputError(name, "is an encrypted PDF (it needs a password to open)",
                             "save an unprotected copy, e.g. `qpdf --decrypt --password=PASSWORD IN.pdf OUT.pdf`") from None
        raise InputError(name, f"is a damaged PDF ({msg.rstrip('.')})",
                         "download or export it again; `qpdf --check FILE.pdf` shows what is broken") from None
    n = len(pdf)
    if n > max_pages:
        pdf.close()
        raise InputError(name, f"has {n} pages, more than the limit of {max_pages} pages for one document",
                         "split it into one file per document (e.g. `qpdf IN.pdf --pages . 1-40 -- PART.pdf`), "
                         "or raise the limit with VANBAN_MAX_PAGES")
    if n == 0:
        pdf.close()
        raise InputError(name, "is a PDF with no pages", "download or export it again")
    return pdf


def pdfium_pages(data: bytes, name, max_pages: int) -> List[str]:
    """The text layer of every page (pypdfium2)."""
    pdf = open_pdf(data, name, max_pages)
    try:
        out = []
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            out.append(tp.get_text_range().replace("\r\n", "\n").replace("\r", "\n").replace("\x02", ""))
            tp.close()
            page.close()
        return out
    finally:
        pdf.close()


def plumber_pages(data: bytes, name, max_pages: int) -> List[str]:
    """The text layer of every page (pdfplumber / pdfminer)."""
    import pdfplumber
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return [(p.extract_text() or "") for p in pdf.pages[:max_pages]]
    except Exception as e:      # pdfminer raises many types on odd files; the pdfium reading stands then
        raise InputError(name, f"could not be read by pdfplumber ({type(e).__name__})", "see the pdfium reading") from None


def page_image(pdf, index: int, *, text_chars: int = 0):
    """(PIL image, dpi) of a page to OCR, or None when there is nothing to read.

    The largest embedded image at its own resolution (a scan); a page with no text and no image but many
    vector paths (text drawn as outlines) is rendered at 300 dpi; a blank or nearly blank text page (the last
    page of a PDF with two lines on it) is left as its text layer says."""
    import pypdfium2 as pdfium
    page = pdf[index]
    try:
        best, best_px, paths = None, 0, 0
        for obj in page.get_objects(max_depth=2):
            if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE:
                w, h = obj.get_px_size()
                if w * h > best_px:
                    best, best_px = obj, w * h
            elif obj.type == pdfium.raw.FPDF_PAGEOBJ_PATH:
                paths += 1
        if best is not None and best_px >= 200 * 200:
            left, bottom, right, top = best.get_bounds()
            width_in = max(right - left, 1.0) / 72.0
            image = best.get_bitmap(render=False).to_pil()
            return image, round(image.width / width_in)
        if text_chars == 0 and paths >= VECTOR_TEXT_PATHS:
            return page.render(scale=RENDER_DPI / 72).to_pil(), RENDER_DPI
        return None
    finally:
        page.close()


# A line that starts a new item, never the rest of the line above: "- Căn cứ", "2.", "a)", "Điều 3.", "Chương II"
# alone, a footnote ("¹ 02 đề án ...").  ("Điều 37 của Luật ..." without the dot is a sentence going on: "... điểm k khoản 1 / Điều 37 của".)
_NEW_ITEM = re.compile(r"^\s*(?:[-+•*–]\s|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s|Điều\s+\d+[a-z]?\s*[.:]"
                       r"|(?:Chương|Mục|Phần)\s+[\dIVXLC]+\s*$|[IVXLC]+\.\s)")
_LINE_END = (".", ":", ";", "!", "?", "…")


def unwrap_lines(page: str) -> str:
    """Lines a PDF (or OCR) wrapped at the margin joined again, so a sentence is one line as in the source:
    a line at least ``FULL_LINE`` of the page's full width that ends without . : ; ! ? and is followed by a line
    that does not start a new item has its newline replaced by a space -- one character for one, so every
    offset and page start stays put.  (The pipeline reads a relation within a sentence and a unit; a citation
    cut by a wrap lost 30% of the relations of the seed's PDF before this.)"""
    lines = page.split("\n")
    widths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(widths) < 4:
        return page
    full = widths[int(len(widths) * 0.9)]
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if i + 1 == len(lines):
            break
        s, nxt = line.rstrip(), lines[i + 1]
        joins = (s and nxt.strip() and len(s) >= FULL_LINE * full and not s.endswith(_LINE_END)
                 and not _NEW_ITEM.match(nxt))
        out.append(" " if joins else "\n")
    return "".join(out)


# A line that is only a page number: "3", "- 3 -", "Trang 3", "3/12".
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–]\s*)?(?:trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*[-–])?\s*$", re.I)


def strip_page_furniture(pages: List[str]) -> List[str]:
    """Page numbers and running heads are not the document's text: a first or last line of a page that is only
    a page number, or that repeats on most pages ("CÔNG BÁO/Số 1093 + 1094/Ngày 30-8-2025"), is dropped, so a
    sentence running on to the next page is not cut by them."""
    from collections import Counter
    edges: Counter = Counter()
    for p in pages:
        lines = [x.strip() for x in p.split("\n") if x.strip()]
        edges.update({lines[0], lines[-1]} if lines else set())
    repeated = {x for x, n in edges.items() if len(pages) >= 3 and n >= 0.6 * len(pages) and len(x) > 3}
    out = []
    for p in pages:
        lines = p.split("\n")
        for end in (-1, 0):                               # last line first, then the first
            k = next((i for i in (range(len(lines) - 1, -1, -1) if end == -1 else range(len(lines)))
                      if lines[i].strip()), None)
            if k is not None and (_PAGE_NUMBER.match(lines[k]) or lines[k].strip() in repeated):
                del lines[k]
        out.append("\n".join(lines))
    return out


def page_joiner(previous: str, following: str) -> str:
    """How two pages are joined: a space when the sentence runs on (the page ends without . : ; ! ? and the
    next does not start a new item), else a blank line."""
    last = previous.rstrip().rsplit("\n", 1)[-1]
    if last and following.strip() and not last.rstrip().endswith(_LINE_END) and not _NEW_ITEM.match(following):
        return " "
    return "\n\n"


def _readable(pages: List[str]):
    from vanban.loaders.formats import finish
    from vanban.loaders.read import syllable_score
    return syllable_score(finish("\n".join(pages))[0])


def read_pdf(data: bytes, name, *, max_pages: int, text_reader: Callable = pdfium_pages,
             fallback: Callable = plumber_pages, ocr: Optional[Callable] = None) -> PdfText:
    """Read a PDF (see the module doc).  ``InputError`` for encrypted, damaged or over-long files."""
    from vanban.loaders.read import MIN_SCORE
    pages = text_reader(data, name, max_pages)
    method, warnings = "pdfium" if text_reader is pdfium_pages else getattr(text_reader, "__name__", "text"), []
    text_pages = [p for p in pages if len("".join(p.split())) >= MIN_PAGE_CHARS]
    score, words = _readable(text_pages)
    if words >= 20 and score < MIN_SCORE:
        try:
            other = fallback(data, name, max_pages)
        except InputError:
            other = None
        o_score, o_words = _readable([p for p in other if len("".join(p.split())) >= MIN_PAGE_CHARS]) if other else (0, 0)
        if other and o_score > score:
            warnings.append(f"the PDF's text layer read by pypdfium2 is not Vietnamese ({score:.0%} well-formed "
                            f"syllables; a font without a proper Unicode map?): read with pdfplumber ({o_score:.0%})")
            pages, method, score = other, "pdfplumber", o_score
        if score < MIN_SCORE:
            warnings.append(f"the PDF's text layer does not read as Vietnamese ({score:.0%} well-formed syllables); "
                            "its fonts may lack a Unicode map: OCR of a printout may read better")
    need = [i for i, p in enumerate(pages) if len("".join(p.split())) < MIN_PAGE_CHARS]
    ocr_done, confidence = [], []
    if need:
        import pypdfium2  # noqa: F401  (the images come from PDFium)

        from vanban.loaders.formats.ocr import ocr_image
        ocr = ocr_image if ocr is None else ocr
        pdf = open_pdf(data, name, max_pages)
        try:
            pages = list(pages)
            for i in need:
                found = page_image(pdf, i, text_chars=len("".join(pages[i].split())))
                if found is None:
                    continue
                got = ocr(found[0], name, dpi=found[1], page=i + 1)
                if got.text.strip():
                    pages[i] = got.text
                    ocr_done.append(i + 1)
                    confidence.append(round(got.confidence, 1))
                warnings.extend(got.warnings)
        finally:
            pdf.close()
        method = "ocr" if len(ocr_done) == len(pages) else (method + "+ocr" if ocr_done else method)
    return PdfText(tuple(unwrap_lines(p) for p in strip_page_furniture(pages)), method, tuple(ocr_done), tuple(warnings),
                   tuple(confidence))
