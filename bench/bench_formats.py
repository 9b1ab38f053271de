"""Benchmark the readers (loaders/formats): pages per second and character error rate against the source text,
and OCR seconds per page.  The figures go to docs/inputs.md.

    .venv/bin/pip install -e '.[bench]'             # rapidfuzz, for the edit distance
    .venv/bin/python bench/bench_formats.py          # all readers on tests/fixtures/formats, OCR included
    .venv/bin/python bench/bench_formats.py --no-ocr --repeat 5
    .venv/bin/python bench/bench_formats.py --rerender 300    # also OCR the scans re-rendered at 300 dpi

Each fixture is one real document (a part of it) in every format, made from NAME.txt by make_fixtures.py, so
the source text is known exactly.  "pages" is the page count of the document's PDF, the same text in every
format, so pages/s compare across readers.  CER = Levenshtein distance / source length, with every run of
whitespace counted as one space (line wrapping is not an error).  Times are wall-clock, best of --repeat runs
(OCR: one run), in this process, reading the file from disk: what `vanban extract` pays before the pipeline.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
FIX = ROOT / "tests" / "fixtures" / "formats"
DOCS = ("party_188", "tt62_2019", "vbhn07_2020", "luat94_2025")


def norm(text: str) -> str:
    return " ".join(text.split())


def cer(got: str, truth: str) -> float:
    from rapidfuzz.distance import Levenshtein
    a, b = norm(got), norm(truth)
    return Levenshtein.distance(a, b) / max(1, len(b))


def best_time(fn, repeat: int):
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return min(times), out


def pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium
    return len(pdfium.PdfDocument(str(path)))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-ocr", action="store_true", help="skip the scanned fixtures")
    ap.add_argument("--rerender", type=int, default=0, metavar="DPI",
                    help="also OCR each scan re-rendered at DPI (the trial of issue 10: 300)")
    args = ap.parse_args(argv)

    from vanban.loaders.formats import read_document
    from vanban.loaders.formats.pdf import plumber_pages
    from vanban.loaders.read import read_text

    rows = []   # (reader, pages, seconds, chars, cer)
    for fmt, label in (("txt", "txt (read.py)"), ("pdf", "pdf: pypdfium2"), ("docx", "docx: docx2python"),
                       ("doc", "doc: antiword"), ("html", "html: selectors/trafilatura")):
        pages = secs = chars = 0
        errs = []
        for name in DOCS:
            truth = (FIX / f"{name}.txt").read_text(encoding="utf-8")
            p = FIX / f"{name}.{fmt}"
            s, r = best_time(lambda: read_document(p), args.repeat)
            pages += pdf_pages(FIX / f"{name}.pdf")
            secs += s
            chars += len(r.text)
            errs.append(cer(r.text, truth))
        rows.append((label, pages, secs, chars, statistics.mean(errs)))
    # the PDF fallback reader alone, for the comparison the docs make
    pages = secs = 0
    errs = []
    for name in DOCS:
        data = (FIX / f"{name}.pdf").read_bytes()
        truth = (FIX / f"{name}.txt").read_text(encoding="utf-8")
        s, got = best_time(lambda: plumber_pages(data, name, 1000), args.repeat)
        pages += len(got)
        secs += s
        errs.append(cer("\n".join(got), truth))
    rows.append(("pdf: pdfplumber (fallback)", pages, secs, 0, statistics.mean(errs)))
    seed = ROOT / "examples" / "000_4359cb3ac2b76893.txt"
    s, _ = best_time(lambda: read_text(seed), max(args.repeat, 5))
    print(f"read_text on the seed ({seed.stat().st_size / 1e3:.0f} KB, UTF-8): {s * 1e3:.1f} ms")

    print(f"\n{'reader':30} {'pages':>5} {'seconds':>8} {'pages/s':>8} {'CER':>7}")
    for label, pages, secs, _chars, e in rows:
        print(f"{label:30} {pages:5d} {secs:8.3f} {pages / secs:8.1f} {e:7.2%}")

    if args.no_ocr:
        return
    print(f"\n{'scan (200 dpi, noise, 0.6°)':30} {'pages':>5} {'s/page':>8} {'CER':>7} {'conf':>6}")
    import pypdfium2 as pdfium

    from vanban.loaders.formats.ocr import ocr_image
    from vanban.loaders.formats.pdf import page_image
    for name in ("party_188", "vbhn07_2020"):
        p = FIX / f"{name}.scan.pdf"
        truth = (FIX / f"{name}.scan.txt").read_text(encoding="utf-8")
        pdf = pdfium.PdfDocument(str(p))
        image, dpi = page_image(pdf, 0)
        t = time.perf_counter()
        got = ocr_image(image, name, dpi=dpi)
        s = time.perf_counter() - t
        print(f"{name + f' (native {dpi} dpi)':30} {1:5d} {s:8.1f} {cer(got.text, truth):7.2%} {got.confidence:5.0f}%")
        if args.rerender:
            big = pdf[0].render(scale=args.rerender / 72, grayscale=True).to_pil()
            t = time.perf_counter()
            got = ocr_image(big, name, dpi=args.rerender)
            s = time.perf_counter() - t
            print(f"{name + f' (re-rendered {args.rerender} dpi)':30} {1:5d} {s:8.1f} {cer(got.text, truth):7.2%} "
                  f"{got.confidence:5.0f}%")


if __name__ == "__main__":
    main()
