"""Accuracy through real OCR: gold documents printed as degraded scans, read back by vanban's own PDF reader.

    .venv/bin/pip install -e '.[bench]'                      # rapidfuzz, for the character error rate
    .venv/bin/python bench/accuracy_ocr.py                    # the table (OCR cached: reruns take seconds)
    .venv/bin/python bench/accuracy_ocr.py --misses           # every OCR miss (and what the clean text gave)
    .venv/bin/python bench/accuracy_ocr.py --pages 3 --seed 7 --keep out/scans   # keep the scanned PDFs
    .venv/bin/python bench/accuracy_ocr.py --ranks 4-4 --misses   # other texts: each split and kind's fourth
    .venv/bin/python bench/accuracy_ocr.py --splits dev3,fresh8   # other gold splits' texts

The real-document gold (tests/fixtures/real/gold_*.json) is almost all born-digital; users also load scans.
This bench takes gold texts of the readable splits (dev, dev2, heldout, fresh … fresh6: per split and kind the
texts whose first pages hold the most gold references, and the two Party texts; no consolidated text, whose
own number stands in its closing block), keeps the first ``--pages``
pages of each, and prints them as a scan would arrive:

* A4 at 200 dpi, DejaVu Serif 11 pt (Vietnamese-capable, in Debian's fonts-dejavu-core), the header block in two
  columns as the decrees prescribe (issuer and number left, national line and date right), the body one source
  line per printed line (wrapped at the margin);
* degraded from a fixed seed (per text: ``--seed`` and the file's name, so adding a split changes no other text's
  scan): rotation of up to +-0.7 degrees, Gaussian blur, sensor noise, dust specks, JPEG
  quality 70, saved as an image-only PDF.

The PDF is then read the way a user's scanned PDF is (``vanban.loaders.extract`` -> ``formats.read_document``
-> pypdfium2 page images -> Tesseract ``vie``), and scored against the gold **by number** (OCR changes lines):
a reference matches when its folded number does; a relation when both ends and the label do; the own number,
type, date and issuer as in bench/accuracy_real.py.  Only gold entries whose line was printed are scored.  The
"clean" column runs the same pipeline on the very text that was printed, so the gap is what OCR costs.

Tesseract's words are cached per page image (its bytes' hash, the options, Tesseract's version) in
``$TMPDIR/vanban-ocr-cache``, so a rerun after a change to the loaders takes seconds; ``--no-cache`` re-OCRs.
The held-out split (fresh7, never read) may only be added as one scored column (``--held-out``): its misses are
never printed; until its gold (tests/fixtures/real/gold_fresh7_*.json) exists the column is left out with a note.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy_real import REAL, key, own_checks, predicted, score_relations  # noqa: E402

READABLE = ("dev", "dev2", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6")
HELD_OUT = ("fresh7",)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
DPI = 200
PAGE = (1654, 2339)                  # A4 at 200 dpi
MARGIN_X, MARGIN_Y = 150, 160        # ~2 cm
SIZE_PT = 11
LEAD = 1.4                           # line height / font size
SETTINGS = f"v3 dpi={DPI} pt={SIZE_PT} rot=0.7 blur=0.4-0.8 noise=24 specks=900 q=70"
CACHE = Path(os.environ.get("VANBAN_OCR_CACHE", Path(tempfile.gettempdir()) / "vanban-ocr-cache"))

# the type word that ends a header block ("NGHỊ ĐỊNH", "THÔNG TƯ", "QUYẾT ĐỊNH:" is the body's)
_TYPE_LINE = re.compile(r"^(?:NGHỊ ĐỊNH|NGHỊ QUYẾT|THÔNG TƯ(?: LIÊN TỊCH)?|QUYẾT ĐỊNH|CHỈ THỊ|VĂN BẢN HỢP NHẤT|"
                        r"KẾT LUẬN|QUY ĐỊNH|HƯỚNG DẪN|KẾ HOẠCH|THÔNG BÁO|BÁO CÁO|CÔNG ĐIỆN|CÔNG VĂN|"
                        r"CHƯƠNG TRÌNH|TỜ TRÌNH)\s*$")
# a line of the header's right column: the national (or Party) line, the motto, the place and date
_RIGHT = re.compile(r"^(?:CỘNG\b|CHỦ NGHĨA VIỆT NAM|Độc lập|ĐẢNG CỘNG SẢN|[\w .]+, ngày\b|tháng \d+ năm \d{4})")


# ------------------------------------------------------------------ what is printed
# a web page's source line that starts a new paragraph (its lines are cut anywhere by the HTML-to-text step)
_NEW_PARA = re.compile(r"^(?:Căn cứ|Theo đề nghị|Xét đề nghị|Điều \d|Chương |Mục \d|Phần |Số:|Nơi nhận|[-+•]\s|"
                       r"\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s|[IVX]+[.-]\s|-{3,}|_{3,})")
_RUNNING = re.compile(r"^(?:CÔNG BÁO/|\d{1,4}$)")
_RULE = re.compile(r"^[-_=.* ]{3,}$")


def printable_lines(path: Path, kind: str):
    """[(source line numbers, text)] of what a printout of the file shows: a web page from its header on, without
    the site's "|" and "**" remnants, its lines joined into paragraphs as the page shows them; a gazette text
    (already a PDF's lines) as it is."""
    raw = path.read_text(encoding="utf-8").split("\n")
    start = 0
    if kind == "web":
        top = next((i for i, s in enumerate(raw[:400]) if re.match(r"^\**\s*(?:CỘNG\b|ĐẢNG CỘNG SẢN)", s.strip())),
                   None)
        if top is not None:                 # back over the "|" cell break to the issuer's cell
            i = top - 1
            while i > 0 and raw[i].strip() in ("|", ""):
                i -= 1
            while i > 0 and raw[i].strip() not in ("|", "") and top - i < 8:
                i -= 1
            start = i + 1
    out = []
    for n, line in enumerate(raw[start:], start + 1):
        s = line.replace("**", "").strip()
        if kind == "web":
            s = re.sub(r"^#+\s*", "", s).strip("*").strip()
            if s in ("|", ""):
                continue
            if out:
                prev = out[-1][1]
                if (not prev.endswith((".", ":", ";", "!", "?")) and not _RULE.match(prev) and not _TYPE_LINE.match(prev)
                        and not _NEW_PARA.match(s) and prev.isupper() == s.isupper()
                        and (not _RIGHT.match(s) or s.startswith("tháng")) and len(prev) + len(s) < 1500):
                    out[-1] = (out[-1][0] + [n], prev + " " + s)
                    continue
        out.append(([n], s))
    return out


def _font(pt, bold=False):
    from PIL import ImageFont
    return ImageFont.truetype(FONT_BOLD if bold else FONT, round(pt * DPI / 72))


def _wrap(draw, text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if cur and draw.textlength(t, font=font) > width:
            lines.append(cur)
            cur = w
        else:
            cur = t
    return lines + [cur] if cur else [""]


def layout(lines, pages: int):
    """Page images (clean, 1-bit-like grayscale) holding the first ``pages`` pages; returns (images, the source
    line numbers printed, the printed text)."""
    from PIL import Image, ImageDraw
    font, bold = _font(SIZE_PT), _font(SIZE_PT, bold=True)
    step = round(SIZE_PT * DPI / 72 * LEAD)
    width = PAGE[0] - 2 * MARGIN_X
    images, printed, text = [], [], []
    img = Image.new("L", PAGE, 255)
    draw = ImageDraw.Draw(img)
    # the header block: up to the type word, in two columns (left: issuer, number; right: nation, date)
    end = next((i for i, (_, s) in enumerate(lines[:30]) if i > 1 and _TYPE_LINE.match(s)), 0)
    y = MARGIN_Y
    if end:
        # a gazette's running head and page number stand above the two columns, across the page
        head = [(n, s) for n, s in lines[:end] if _RUNNING.match(s)]
        for n, s in head:
            w = draw.textlength(s, font=font)
            draw.text((MARGIN_X + (width - w) / 2, y), s, font=font, fill=0)
            y += step
            printed += n
        text += [s for _, s in head]
        col = (width - 40) // 2
        cells = [(n, s) for n, s in lines[:end] if s and not _RUNNING.match(s)]
        printed += [k for n, s in lines[:end] if not s for k in n]
        left = [(n, s) for n, s in cells if not _RIGHT.match(s)]
        right = [(n, s) for n, s in cells if _RIGHT.match(s)]
        ys = []
        for x0, cells in ((MARGIN_X, left), (MARGIN_X + col + 40, right)):
            yy = y
            for n, s in cells:
                f = bold if s.isupper() else font
                for part in _wrap(draw, s, f, col):
                    w = draw.textlength(part, font=f)
                    draw.text((x0 + (col - w) / 2, yy), part, font=f, fill=0)
                    yy += step
                printed += n
            ys.append(yy)
        text += [s for _, s in left] + [s for _, s in right]
        y = max(ys) + step
    for n, s in lines[end:]:
        f = bold if s.isupper() and len(s) < 60 else font
        parts = _wrap(draw, s, f, width)
        if y + step * len(parts) > PAGE[1] - MARGIN_Y:
            images.append(img)
            if len(images) == pages:
                return images, printed, "\n".join(text)
            img = Image.new("L", PAGE, 255)
            draw = ImageDraw.Draw(img)
            y = MARGIN_Y
        for part in parts:
            draw.text((MARGIN_X, y), part, font=f, fill=0)
            y += step
        printed += n
        text.append(s)
    images.append(img)
    return images, printed, "\n".join(text)


def degrade(img, rnd: random.Random):
    """A scanner's page: slight rotation, blur, sensor noise, dust; JPEG 70 is applied when saved."""
    from PIL import Image, ImageChops, ImageFilter
    img = img.rotate(rnd.uniform(-0.7, 0.7), resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(rnd.uniform(0.4, 0.8)))
    # sensor noise: a tile of seeded Gaussian noise (Image.effect_noise is not seeded), tiled from a random offset
    tile = Image.new("L", (256, 256))
    tile.putdata([max(0, min(255, round(rnd.gauss(0, 24)))) for _ in range(256 * 256)])   # the darker half
    noise = Image.new("L", img.size)
    ox, oy = rnd.randrange(256), rnd.randrange(256)
    for x in range(-ox, img.size[0], 256):
        for y in range(-oy, img.size[1], 256):
            noise.paste(tile, (x, y))
    img = ImageChops.subtract(img, noise)
    px = img.load()
    w, h = img.size
    for _ in range(900):                                  # dust
        x, y = rnd.randrange(w), rnd.randrange(h)
        r = rnd.choice((0, 0, 0, 1))
        for dx in range(-r, r + 1):
            for dy in range(-r, r + 1):
                if 0 <= x + dx < w and 0 <= y + dy < h:
                    px[x + dx, y + dy] = rnd.randrange(0, 90)
    return img


def scan_seed(seed: int, file: str) -> int:
    """The degradation's seed for one text: the run's seed and the file's name (not its place in the list)."""
    return seed * 1000 + int(hashlib.sha256(file.encode()).hexdigest()[:8], 16) % 1000


def scan_pdf(images, seed: int) -> bytes:
    rnd = random.Random(seed)
    pages = [degrade(im, rnd) for im in images]
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=float(DPI), quality=70, save_all=True, append_images=pages[1:])
    return buf.getvalue()


# ------------------------------------------------------------------ OCR, cached
def cached_image_to_data(real):
    """pytesseract's ``image_to_data`` (what ``vanban.loaders.formats.ocr.ocr_image`` calls), its result kept per
    (image bytes, language, config, Tesseract version): a change to how the reader builds lines from Tesseract's
    words is measured without OCR again."""
    version = []

    def image_to_data(image, lang=None, config="", output_type=None, **kw):
        import pytesseract
        if not version:
            version.append(str(pytesseract.get_tesseract_version()))
        h = hashlib.sha256(image.tobytes() + f"|{image.size}|{image.mode}|{lang}|{config}|{version[0]}".encode())
        f = CACHE / f"{h.hexdigest()[:32]}.data.json"
        if f.exists():
            return json.loads(f.read_text(encoding="utf-8"))
        got = real(image, lang=lang, config=config, output_type=output_type, **kw)
        CACHE.mkdir(parents=True, exist_ok=True)
        f.write_text(json.dumps(got, ensure_ascii=False), encoding="utf-8")
        return got
    return image_to_data


# ------------------------------------------------------------------ choosing and scoring
def gold_docs(splits):
    for path in sorted(REAL.glob("gold_*.json")):
        kind = "web" if "_web" in path.name else "gazette"
        for doc in json.loads(path.read_text(encoding="utf-8"))["documents"]:
            if doc.get("split") in splits:
                yield kind, doc


def choose(splits, pages, per_group, first=1):
    """Per split and kind the ``per_group`` texts with the most gold references on the pages kept, and every
    Party text (the kind users scan most); from ``first`` on (``--ranks``: each split's texts ranked ``first`` to
    ``per_group``, the Party texts only when ``first`` is 1)."""
    groups = defaultdict(list)
    party = []
    for kind, doc in gold_docs(splits):
        lines = printable_lines(REAL / "texts" / doc["file"], kind)
        if "VBHN" in doc["own"]["number"]:
            continue            # a consolidated text's own number stands in its closing block, past the pages kept
        if doc["file"].startswith("party/"):
            party.append((kind, doc))
            continue
        # the first pages hold ~40 printed lines each: rank by the references on them, without rendering
        kept = {n for ns, _ in lines[:40 * pages] for n in ns}
        refs = len({r["code"] for r in doc.get("references", []) if r.get("line") in kept})
        groups[(doc["split"], kind)].append((-refs, doc["file"], kind, doc))
    out = []
    for g in sorted(groups):
        out += [(k, d) for _, _, k, d in sorted(groups[g], key=lambda t: t[:2])[first - 1:per_group]]
    return out + (party if first == 1 else [])


def score_doc(x, g, printed):
    """Counts for one document: only gold entries whose line was printed."""
    kept = set(printed)
    s = defaultdict(int)
    misses = []
    own_code, refs, rels = predicted(x)
    o = g["own"]
    checks = own_checks(x, own_code, o)
    for k, ok in checks.items():
        s["own_" + k] += ok
        if not ok:
            got = {"number": own_code, "type": x.document.type, "date": x.document.date, "issuer": x.document.issuer}[k]
            misses.append(("own " + k, f"got {got!r}, gold {o.get(k)!r}"))
    gold_refs = {key(r["code"]) for r in g.get("references", []) if r.get("line") in kept} - {key(o["number"])}
    s["ref_gold"] += len(gold_refs)
    s["ref_pred"] += len(refs)
    s["ref_tp"] += len(refs & gold_refs)
    misses += [("reference missed", r) for r in sorted(gold_refs - refs)]
    # a predicted number the gold has on a line not printed is neither right nor wrong here
    elsewhere = {key(r["code"]) for r in g.get("references", [])} - gold_refs
    misses += [("reference false", r) for r in sorted(refs - gold_refs - elsewhere)]
    s["ref_pred"] -= len(refs & elsewhere)
    gold_rels, matched, true_pred, scored = score_relations(g, rels, key(o["number"]), kept)
    s["rel_gold"] += len(gold_rels)
    s["rel_tp_r"] += len(matched)
    s["rel_pred"] += len(scored)
    s["rel_tp_p"] += len(true_pred)
    for gr in gold_rels:
        if gr not in matched:
            r = gr[4]
            misses.append(("relation missed", f"{r['source']} {'|'.join(r['accept'])} {r['target']}"
                                              f"{' partial' if gr[3] else ''} (line {r.get('line')})"))
    for p in scored:
        if p not in true_pred:
            misses.append(("relation false", f"{p[0]} {p[1]} {p[2]}{' partial' if p[3] else ''}"))
    s["docs"] = 1
    return s, misses


def cer(got: str, truth: str) -> float:
    from rapidfuzz.distance import Levenshtein
    a, b = " ".join(got.split()), " ".join(truth.split())
    return Levenshtein.distance(a, b) / max(1, len(b))


def run(docs, pages, seed, keep=None, log=print):
    """[(file, split, printed text, clean counts+misses, OCR counts+misses, OCR text, seconds)]"""
    import pytesseract

    from vanban.loaders import extract_read, extract_text
    from vanban.loaders.formats import read_document
    real = pytesseract.image_to_data
    pytesseract.image_to_data = cached_image_to_data(real)
    out = []
    try:
        for kind, g in docs:
            lines = printable_lines(REAL / "texts" / g["file"], kind)
            images, printed, text = layout(lines, pages)
            data = scan_pdf(images, scan_seed(seed, g["file"]))
            name = Path(g["file"]).stem[:40] + ".scan.pdf"
            folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="vanban-ocr-"))
            folder.mkdir(parents=True, exist_ok=True)
            pdf = folder / name
            pdf.write_bytes(data)
            t = time.perf_counter()
            read = read_document(pdf)
            secs = time.perf_counter() - t
            xo = extract_read(read)
            ocr_text = read.text
            if not keep:
                pdf.unlink()
                folder.rmdir()
            xc = extract_text(text, file=g["file"])
            out.append((g["file"], g["split"], text, score_doc(xc, g, printed), score_doc(xo, g, printed), ocr_text,
                        secs, len(images)))
            log(f"  {g['split']:8} {g['file'][:60]:60} {len(images)} p {secs:6.1f} s  CER {cer(ocr_text, text):6.2%}")
    finally:
        pytesseract.image_to_data = real
    return out


def total(rows, which):
    s = defaultdict(int)
    for r in rows:
        for k, v in r[which][0].items():
            s[k] += v
    return s


def table(columns):
    """columns: [(label, counts)]"""
    def pr(a, b):
        return a / b if b else 0.0
    print(f"{'measure':<26}" + "".join(f"{lab:>18}" for lab, _ in columns))
    for k in ("number", "type", "date", "issuer"):
        print(f"{'own ' + k:<26}" + "".join(f"{pr(s['own_' + k], s['docs']):>18.3f}" for _, s in columns))
    for name, tp, pred, gold in (("references", "ref_tp", "ref_pred", "ref_gold"),
                                 ("relations", "rel_tp_p", "rel_pred", "rel_gold")):
        tpr = "rel_tp_r" if name == "relations" else tp
        print(f"{name + ' (P/R)':<26}" + "".join(
            f"{'%.3f/%.3f' % (pr(s[tp], s[pred]), pr(s[tpr], s[gold])):>18}" for _, s in columns))
        print(f"{'  right/predicted/gold':<26}" + "".join(
            f"{'%d/%d/%d' % (s[tp], s[pred], s[gold]):>18}" for _, s in columns))
    print(f"{'documents':<26}" + "".join(f"{s['docs']:>18}" for _, s in columns))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=2, help="pages printed per text (default 2)")
    ap.add_argument("--per-group", type=int, default=1, help="texts per split and kind (default 1, + Party texts)")
    ap.add_argument("--splits", metavar="S,S", help="other gold splits than the readable ones (comma-separated, e.g. "
                    "\"dev3,fresh8\"; never fresh7, the held-out column's)")
    ap.add_argument("--ranks", metavar="A-B", help="instead: each split and kind's texts ranked A to B by references "
                    "(\"4-4\": the fourth of each; the Party texts only from rank 1)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--misses", action="store_true", help="print every OCR miss of the readable splits")
    ap.add_argument("--held-out", action="store_true",
                    help=f"also score {'/'.join(HELD_OUT)} (a column; its misses are never printed)")
    ap.add_argument("--keep", metavar="DIR", help="keep the scanned PDFs in DIR")
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    global CACHE
    if args.no_cache:
        CACHE = Path(tempfile.mkdtemp(prefix="vanban-ocr-nocache-"))
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    print(f"scans: {SETTINGS}, {args.pages} pages, seed {args.seed}; cache {CACHE}", file=sys.stderr)
    first, last = (int(r) for r in args.ranks.split("-")) if args.ranks else (1, args.per_group)
    splits = tuple(args.splits.split(",")) if args.splits else READABLE
    if set(splits) & set(HELD_OUT):
        ap.error(f"{'/'.join(HELD_OUT)} is the held-out column's: --held-out scores it, its misses never printed")
    docs = choose(splits, args.pages, last, first)
    rows = run(docs, args.pages, args.seed, args.keep, log=lambda m: print(m, file=sys.stderr))
    cols = [("clean", total(rows, 3)), ("OCR", total(rows, 4))]
    held = []
    if args.held_out:
        held_docs = choose(HELD_OUT, args.pages, last, first)
        if held_docs:
            held = run(held_docs, args.pages, args.seed, args.keep, log=lambda m: None)
            cols += [("held-out clean", total(held, 3)), ("held-out OCR", total(held, 4))]
        else:
            print(f"held-out: no gold text of {', '.join(HELD_OUT)} yet "
                  f"({REAL.relative_to(ROOT)}/gold_{HELD_OUT[0]}_*.json); the column is left out", file=sys.stderr)
    rates = [cer(r[5], r[2]) for r in rows]
    if args.json:
        print(json.dumps({lab: dict(s) for lab, s in cols} | {"cer": rates}, indent=1))
        return
    print(f"vanban loaders on {len(rows)} gold texts printed as scans ({args.pages} pages each, "
          f"{sum(r[7] for r in rows)} pages) and read back by OCR")
    table(cols)
    print(f"character error rate (OCR vs printed text): mean {sum(rates) / len(rates):.2%}, "
          f"max {max(rates):.2%}" + (f"; held-out mean {sum(cer(r[5], r[2]) for r in held) / len(held):.2%}"
                                     if held else ""))
    if args.misses:
        print()
        for f, split, _t, clean, ocr, *_ in rows:
            clean_m = set(clean[1])
            for what, detail in ocr[1]:
                print(f"{split}: {f}: {what}: {detail}{'  (clean too)' if (what, detail) in clean_m else ''}")


if __name__ == "__main__":
    main()
