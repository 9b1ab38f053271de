"""OCR: a page image -> text with Tesseract's Vietnamese model, at the image's own resolution.

Tesseract comes from Debian (``tesseract-ocr``, ``tesseract-ocr-vie``), called through pytesseract.  The image
is never re-rendered: a 200-dpi scan OCR'd as rendered at 300 dpi gave a character error rate of 30% instead of
4% in the trial behind issue 10, so the embedded image goes in as it is, with its dpi told to Tesseract.
Words are kept with their confidence; a page whose mean word confidence is under ``LOW_CONFIDENCE`` is
flagged in the result's warnings (the text is still used).
"""
from __future__ import annotations

import io
import shutil
from dataclasses import dataclass
from typing import List, Optional, Tuple

from vanban.errors import InputError

LANG = "vie"
LOW_CONFIDENCE = 70.0           # mean word confidence (0-100) under which a page is flagged
# Tesseract starts a new paragraph at every short line of a list ("Quyết định số 3684/QĐ-BVHTTDL ngày …;" /
# "Quyết định số 1647/…;" … "hết hiệu lực"): a blank line there cut the sentence, and the relation it states, in
# pieces (bench/accuracy_ocr.py).  Within a block, a paragraph is set off by a blank line only after a line that
# ends a sentence; a new block always is.
SENTENCE_END = (".", ":", "!", "?", "…")


@dataclass(frozen=True)
class OcrPage:
    text: str
    confidence: float           # mean word confidence, 0-100 (0 when no word)
    words: int
    warnings: Tuple[str, ...] = ()


def check_tesseract(name) -> None:
    """InputError naming the file when Tesseract or its Vietnamese model is missing."""
    if shutil.which("tesseract") is None:
        raise InputError(name, "needs OCR (scanned pages) but Tesseract is not installed",
                         "install it: apt-get install tesseract-ocr tesseract-ocr-vie")
    import pytesseract
    if LANG not in pytesseract.get_languages(config=""):
        raise InputError(name, "needs OCR but Tesseract's Vietnamese model is not installed",
                         "install it: apt-get install tesseract-ocr-vie")


def ocr_image(image, name, *, dpi: Optional[int] = None, page: int = 1) -> OcrPage:
    """OCR one PIL image; lines rebuilt from Tesseract's words (block/paragraph/line numbers)."""
    import os

    import pytesseract
    check_tesseract(name)
    # One OpenMP thread per Tesseract: on 2 cores its default threads fight each other (a page took 15.6 s
    # instead of 10.6 s here, bench/bench_formats.py); a caller may set its own value.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    if image.mode not in ("L", "RGB"):
        image = image.convert("L")
    config = f"--psm 3 --dpi {int(dpi)}" if dpi else "--psm 3"
    data = pytesseract.image_to_data(image, lang=LANG, config=config, output_type=pytesseract.Output.DICT)
    lines, confs = lines_from_words(data)
    conf = sum(confs) / len(confs) if confs else 0.0
    warn: Tuple[str, ...] = ()
    if confs and conf < LOW_CONFIDENCE:
        warn = (f"page {page}: low OCR confidence ({conf:.0f}%); check the text against the scan",)
    return OcrPage("\n".join(lines), conf, len(confs), warn)


def lines_from_words(data) -> Tuple[List[str], List[float]]:
    """(lines, word confidences) from Tesseract's ``image_to_data`` dict: a line per (block, paragraph, line), a
    blank line before a new block, and before a new paragraph only after a line that ends a sentence
    (``SENTENCE_END``).  ``lines_from_words({"text": ["Số:", "1"], "block_num": [1, 2], "par_num": [1, 1],
    "line_num": [1, 1], "conf": [90, 80]}) == (["Số:", "", "1"], [90.0, 80.0])``."""
    lines: List[str] = []
    confs: List[float] = []
    current: List[str] = []
    key = None
    prev_block = None
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        if not word:
            continue
        k = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        if k != key:
            if current:
                lines.append(" ".join(current))
            if prev_block is not None and k[:2] != prev_block and (
                    k[0] != prev_block[0] or lines[-1].endswith(SENTENCE_END)):
                lines.append("")                     # a new paragraph
            key, current, prev_block = k, [], k[:2]
        current.append(word)
        c = float(data["conf"][i])
        if c >= 0:
            confs.append(c)
    if current:
        lines.append(" ".join(current))
    return lines, confs


def read_image(data: bytes, name) -> OcrPage:
    """A scanned page saved as PNG/JPEG/TIFF -> its OCR'd text."""
    from PIL import Image, UnidentifiedImageError
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError) as e:
        raise InputError(name, f"is a damaged image ({e})", "re-scan or re-save the page") from None
    dpi = image.info.get("dpi", (None,))[0]
    return ocr_image(image, name, dpi=int(dpi) if dpi else None)
