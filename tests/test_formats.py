"""The readers (loaders/formats): the same document as .txt, .pdf, .docx, .doc, HTML with site chrome and a noisy
scan gives the same numbered references and own number; bad files give one clear line; pages are kept.

Fixtures: tests/fixtures/formats (made once by make_fixtures.py from real documents of examples/).
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from vanban.cli import main
from vanban.errors import InputError
from vanban.loaders import extract, extract_text
from vanban.loaders.formats import fix_mojibake, read_bytes, read_document, sniff
from vanban.loaders.formats.pdf import pdfium_pages, plumber_pages, read_pdf

ROOT = Path(__file__).resolve().parents[1]
FIX = ROOT / "tests" / "fixtures" / "formats"
BAD = FIX / "bad"
DOCS = ("party_188", "tt62_2019", "vbhn07_2020", "luat94_2025")      # one Party document, three state ones
SCANS = ("party_188", "vbhn07_2020")                                  # one OCR'd page each (CI time)


def run(*args, ok=True, input=None):
    res = CliRunner().invoke(main, [str(a) for a in args], input=input)
    if ok:
        assert res.exit_code == 0, (res.output, res.exception)
    return res


def refs(x) -> set:
    return {m.code for m in x.mentions if m.code}


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


_TXT = {}


def truth(name):
    if name not in _TXT:
        _TXT[name] = extract(FIX / f"{name}.txt")
    return _TXT[name]


# ------------------------------------------------------------------ equivalence with the .txt
@pytest.mark.parametrize("ext", ["pdf", "docx", "doc", "html"])
@pytest.mark.parametrize("name", DOCS)
def test_every_format_gives_the_references_and_own_number_of_the_txt(name, ext):
    base, got = truth(name), extract(FIX / f"{name}.{ext}")
    assert len(refs(base)) >= 5                       # a test that can fail: the part holds real citations
    assert jaccard(refs(got), refs(base)) >= 0.97, (refs(base) - refs(got), refs(got) - refs(base))
    assert got.document.code == base.document.code and got.document.code
    assert (got.document.type, got.document.date) == (base.document.type, base.document.date)
    assert got.format == ext
    if ext == "pdf":
        # the same lines as the .txt: relations are read within a sentence, so lines the PDF wrapped at the
        # margin and sentences running on to the next page must be joined again (pdf.unwrap_lines, page_joiner).
        # (.docx/.doc/HTML put the header in a table, a real layout the .txt lacks: their relations may differ.)
        rel = lambda x: {(r.source, r.relation, r.target) for r in x.relations}      # noqa: E731
        assert jaccard(rel(got), rel(base)) >= 0.9, (rel(base) - rel(got), rel(got) - rel(base))


@pytest.mark.parametrize("name", SCANS)
def test_a_noisy_200_dpi_scan_reads_within_the_target(name):
    base, got = extract(FIX / f"{name}.scan.txt"), extract(FIX / f"{name}.scan.pdf")
    assert len(refs(base)) >= 3
    assert jaccard(refs(got), refs(base)) >= 0.9, (refs(base) - refs(got), refs(got) - refs(base))
    assert got.document.code == base.document.code
    assert (got.format, got.encoding, got.pages, got.ocr_pages) == ("pdf", "ocr", 1, (1,))
    assert len(got.ocr_confidence) == 1 and 80 <= got.ocr_confidence[0] <= 100 and not got.warnings
    assert {m.page for m in got.mentions} == {1}


# ------------------------------------------------------------------ what each reader keeps and drops
def test_html_chrome_is_dropped_by_site_selector_and_by_trafilatura():
    page = (FIX / "party_188.html").read_text(encoding="utf-8")
    for marker in ("123/2020/NĐ-CP", "Trang chủ", "Giấy phép số 27/GP-TTĐT", "Văn bản liên quan", "Số hiệu:"):
        assert marker in page                                         # the chrome is there to drop
    for name, how in (("party_188", "div.content1"), ("tt62_2019", "trafilatura")):
        r = read_document(FIX / f"{name}.html")
        assert how in r.encoding
        for marker in ("123/2020/NĐ-CP", "21-KL/TW năm 2021", "Trang chủ", "Giấy phép", "Văn bản liên quan",
                       "Bình luận", "Đăng ký gói Pro", "window.dataLayer"):
            assert marker not in r.text, (name, marker)


def test_the_docx_header_table_is_read_cell_by_cell():
    r = read_document(FIX / "tt62_2019.docx")
    lines = r.text.split("\n")
    assert lines[:5] == ["Thông tư 62/2019/TT-BTC", "BỘ TÀI CHÍNH --------", "Số: 62/2019/TT-BTC",
                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
                         "Hà Nội, ngày 05 tháng 9 năm 2019"]
    x = extract(FIX / "tt62_2019.docx")
    assert (x.document.issuer, x.document.date) == ("Bộ Tài chính", "2019-09-05")


def test_lines_wrapped_at_the_margin_are_joined_without_moving_offsets():
    from vanban.loaders.formats.pdf import unwrap_lines
    page = ("Căn cứ Nghị định số 59/2018/NĐ-CP ngày 20 tháng 4 năm 2018 sửa đổi, bổ sung một số điều của\n"
            "Nghị định số 08/2015/NĐ-CP ngày 21 tháng 01 năm 2015 của Chính phủ quy định chi tiết thủ tục;\n"
            "Căn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;\n"
            "1. Điểm b, khoản 4, Điều 4 được sửa đổi, bổ sung như sau về quy định tại điểm m khoản 1\n"
            "Điều 37 của Luật Ngân sách nhà nước số 83/2015/QH13 và các văn bản hướng dẫn hiện hành của\n"
            "Điều 5. Hiệu lực thi hành\n"
            "- Căn cứ Điều lệ Đảng;")
    out = unwrap_lines(page)
    assert len(out) == len(page)
    assert out.split("\n") == [
        "Căn cứ Nghị định số 59/2018/NĐ-CP ngày 20 tháng 4 năm 2018 sửa đổi, bổ sung một số điều của "
        "Nghị định số 08/2015/NĐ-CP ngày 21 tháng 01 năm 2015 của Chính phủ quy định chi tiết thủ tục;",
        "Căn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;",
        "1. Điểm b, khoản 4, Điều 4 được sửa đổi, bổ sung như sau về quy định tại điểm m khoản 1 "
        "Điều 37 của Luật Ngân sách nhà nước số 83/2015/QH13 và các văn bản hướng dẫn hiện hành của",
        "Điều 5. Hiệu lực thi hành", "- Căn cứ Điều lệ Đảng;"]


def test_pages_of_a_text_pdf_are_kept_on_every_fact():
    x = extract(FIX / "party_188.pdf")
    assert (x.format, x.pages, x.ocr_pages) == ("pdf", 5, ())
    assert all(f.page is not None for f in x.mentions + x.relations + x.localities if f.start >= 0)
    assert {m.page for m in x.mentions} >= {1, 2, 3}
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(FIX / "party_188.pdf"))
    page_text = [" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf))]
    for m in x.mentions:                     # checked against PDFium's own page text, not vanban's offsets
        assert " ".join(m.surface.split()) in page_text[m.page - 1], (m.surface, m.page)
    assert all(m.page is None for m in truth("party_188").mentions)       # a .txt has no pages


def test_json_carries_format_pages_and_page():
    out = run("extract", FIX / "tt62_2019.pdf", "--json").stdout
    d = json.loads(out)
    assert (d["format"], d["pages"], d["ocr_pages"], d["ocr_confidence"]) == ("pdf", 3, [], [])
    assert {m["page"] for m in d["mentions"]} == {1, 2}       # page 3 of this part cites nothing
    assert all("page" in r for r in d["relations"]) and all("page" in loc for loc in d["localities"])
    d = json.loads(run("extract", FIX / "tt62_2019.txt", "--json").stdout)
    assert (d["format"], d["pages"]) == ("txt", 0) and {m["page"] for m in d["mentions"]} == {None}


def test_show_says_the_page_of_the_pdf(tmp_path):
    store = tmp_path / "store"
    run("load", FIX / "tt62_2019.pdf", "--store", store)
    card = run("show", "62/2019/TT-BTC", "--store", store).stdout
    assert "page 1 of the PDF)" in card and "page 2 of the PDF)" in card
    rows = json.loads(run("cypher", "MATCH (:Document)-[r:AMENDS]->(:Document) RETURN DISTINCT r.page AS page "
                                    "ORDER BY page", "--format", "json", "--store", store).stdout)
    assert rows and all(r["page"] >= 1 for r in rows)


# ------------------------------------------------------------------ content, not only the extension
def test_the_format_is_told_by_content(tmp_path):
    for src, name in (("tt62_2019.pdf", "renamed.txt"), ("tt62_2019.docx", "download"), ("tt62_2019.doc", "x.docx"),
                      ("tt62_2019.html", "page.txt")):
        shutil.copy(FIX / src, tmp_path / name)
        x = extract(tmp_path / name)
        assert (x.format, x.document.code) == (src.rsplit(".", 1)[1], "62/2019/TT-BTC"), name
    assert sniff(b"Some text", "a.md") == "md" and sniff(b"Some text", "a.htm") == "html"
    assert sniff(b"\xef\xbb\xbf<!-- saved -->\n<!DOCTYPE html><html>", "") == "html"


def test_stdin_takes_any_format():
    res = run("extract", "-", "--name", "nd.pdf", "--json", input=(FIX / "vbhn07_2020.pdf").read_bytes())
    d = json.loads(res.stdout)
    assert (d["file"], d["format"], d["document"]["code"]) == ("nd.pdf", "pdf", "07/VBHN-VPQH")


def test_markdown_is_read_as_text(tmp_path):
    md = ("# Thông tư 62/2019/TT-BTC\n\n| **BỘ TÀI CHÍNH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n|---|---|\n"
          "| Số: 62/2019/TT-BTC | Hà Nội, ngày 05 tháng 9 năm 2019 |\n\n**THÔNG TƯ**\n\n"
          "- Căn cứ Nghị định số 87/2017/NĐ-CP ngày 26 tháng 7 năm 2017;\n")
    (tmp_path / "tt.md").write_text(md, encoding="utf-8")
    x = extract(tmp_path / "tt.md")
    assert x.format == "md" and x.document.code == "62/2019/TT-BTC"
    assert "87/2017/NĐ-CP" in refs(x)
    assert read_document(tmp_path / "tt.md").text == md


# ------------------------------------------------------------------ the finishing steps after every reader
SENTENCE = "Nghị quyết số 21-NQ/TW ngày 16 tháng 6 năm 2022 của Ban Chấp hành Trung ương về tăng cường củng cố"


def test_double_encoded_utf8_is_repaired_after_any_reader(tmp_path):
    # UTF-8 bytes read as Windows-1252 (bytes it leaves undefined, such as 0x9D in "ờ", as their C1 code)
    mojibake = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in SENTENCE.encode("utf-8"))
    assert mojibake.startswith("Nghá»‹ quyáº¿t")
    (tmp_path / "m.txt").write_text(mojibake + "\n", encoding="utf-8")
    (tmp_path / "m.html").write_text(f"<html><body><p>{mojibake}</p></body></html>", encoding="utf-8")
    for f in ("m.txt", "m.html"):
        assert read_document(tmp_path / f).text.strip() == SENTENCE
    seed = (ROOT / "examples" / "000_4359cb3ac2b76893.txt").read_text(encoding="utf-8")
    assert fix_mojibake(seed) == seed                    # real Vietnamese is left alone


def test_font_codes_are_repaired_after_the_html_reader():
    from vanban.loaders.read import encode_legacy
    glyphs = encode_legacy(SENTENCE, "tcvn3").decode("cp1252")       # a page set in .VnTime, saved as Unicode
    r = read_bytes(f"<html><body><p>{glyphs}</p></body></html>".encode(), "old.html")
    assert r.text.strip() == SENTENCE and r.encoding.endswith("+tcvn3")


def test_plain_unicode_never_pays_for_the_font_code_check(monkeypatch):
    """MEASURED.md: a third of extract was scoring syllables of every UTF-8 file for font codes."""
    from vanban.loaders import read

    def boom(*a):
        raise AssertionError("syllable scoring ran on plain Unicode Vietnamese")
    monkeypatch.setattr(read, "syllable_score", boom)
    assert read.read_text(ROOT / "examples" / "000_4359cb3ac2b76893.txt").encoding == "utf-8"
    assert read_document(FIX / "luat94_2025.html").format == "html"


# ------------------------------------------------------------------ PDF fallback branch (broken ToUnicode maps)
def _broken_unicode_map(data, name, max_pages):
    """What a fast reader gives for a font whose ToUnicode map is wrong: every accented letter a wrong glyph."""
    import re
    return [re.sub(r"[^\x00-\x7f]", "\u00a4", p) for p in pdfium_pages(data, name, max_pages)]


def test_a_pdf_whose_words_are_not_vietnamese_is_read_again_with_pdfplumber():
    data = (FIX / "tt62_2019.pdf").read_bytes()
    got = read_pdf(data, "x.pdf", max_pages=50, text_reader=_broken_unicode_map)
    assert got.method == "pdfplumber"
    assert any("read with pdfplumber" in w for w in got.warnings)
    x = extract_text("\n\n".join(got.pages))
    assert jaccard(refs(x), refs(truth("tt62_2019"))) >= 0.97
    # when the fallback reads no better, the first reading stays, with a warning saying what to do
    stays = read_pdf(data, "x.pdf", max_pages=50, text_reader=_broken_unicode_map, fallback=_broken_unicode_map)
    assert stays.method != "pdfplumber" and any("OCR of a printout may read better" in w for w in stays.warnings)
    assert plumber_pages(data, "x.pdf", 50)[0].startswith("Thông tư 62/2019/TT-BTC")


# ------------------------------------------------------------------ bad files: one line naming the file and the fix
def _500_pages(path: Path) -> Path:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument.new()
    for _ in range(500):
        pdf.new_page(595, 842)
    pdf.save(str(path))
    return path


@pytest.mark.parametrize("make, says", [
    (lambda t: BAD / "encrypted.pdf", r"encrypted\.pdf: is an encrypted PDF .*; save an unprotected copy, e\.g\. `qpdf --decrypt"),
    (lambda t: BAD / "broken.pdf", r"broken\.pdf: is a damaged PDF \(.*\); download or export it again"),
    (lambda t: BAD / "zip_renamed.docx", r"zip_renamed\.docx: is a zip archive, not a Word document .*; save the document"),
    (lambda t: BAD / "blank.png", r"blank\.png: has no text \(OCR found none\); check that it is the document"),
    (lambda t: _500_pages(t / "gazette.pdf"), r"gazette\.pdf: has 500 pages, more than the limit of 300 .*raise the limit with VANBAN_MAX_PAGES"),
])
def test_a_bad_file_gives_one_clear_line(tmp_path, make, says):
    path = make(tmp_path)
    with pytest.raises(InputError, match=says) as e:
        extract(path)
    assert "\n" not in str(e.value)


def test_bad_files_do_not_stop_the_others(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for f in ("encrypted.pdf", "broken.pdf", "zip_renamed.docx"):
        shutil.copy(BAD / f, docs / f)
    shutil.copy(FIX / "tt62_2019.docx", docs / "good.docx")
    _500_pages(docs / "gazette.pdf")
    store = tmp_path / "store"
    res = run("load", docs, BAD / "blank.png", "--store", store, ok=False)
    assert res.exit_code == 1
    assert res.stdout == f"1 added, 0 replaced, 0 unchanged, 5 failed (6 files) -> {store}\n"
    lines = res.stderr.strip().split("\n")
    assert len(lines) == 5 and all(line.startswith("failed: ") for line in lines), res.stderr
    assert "Traceback" not in res.output
    res = run("extract", docs, ok=False)
    assert res.exit_code == 1 and res.stdout.startswith(f"{docs / 'good.docx'}: Thông tư 62/2019/TT-BTC")
    assert "Error: 4 of 5 files could not be read" in res.stderr
    # only bad files: not exit 0, nothing stored
    res = run("load", BAD / "encrypted.pdf", "--store", tmp_path / "s2", ok=False)
    assert res.exit_code == 1 and res.stdout.startswith("0 added, 0 replaced, 0 unchanged, 1 failed")


# ------------------------------------------------------------------ which pages go to OCR, and how
def test_which_pages_are_ocrd_and_at_what_resolution():
    import pypdfium2 as pdfium

    from vanban.loaders.formats.pdf import page_image
    scan = pdfium.PdfDocument(str(FIX / "party_188.scan.pdf"))
    image, dpi = page_image(scan, 0)
    assert (image.size, dpi) == ((1654, 2339), 200)          # the embedded scan as it is, never re-rendered
    outlined = pdfium.PdfDocument(str(FIX / "tt62_2019.outlined.pdf"))
    assert outlined[0].get_textpage().get_text_range() == ""  # text drawn as vector outlines
    image, dpi = page_image(outlined, 0)
    assert dpi == 300 and abs(image.width - 2480) <= 1 and abs(image.height - 3508) <= 1   # A4 at 300 dpi
    text = pdfium.PdfDocument(str(FIX / "tt62_2019.pdf"))
    assert page_image(text, len(text) - 1, text_chars=3) is None    # a nearly blank last page keeps its text


def test_low_ocr_confidence_is_flagged():
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    from vanban.loaders.formats.ocr import ocr_image
    from vanban.loaders.formats.pdf import page_image
    image, dpi = page_image(pdfium.PdfDocument(str(FIX / "party_188.scan.pdf")), 0)
    strip = image.crop((0, 700, image.width, 1000))                # a few lines of body text
    good = ocr_image(strip, "strip.png", dpi=dpi, page=1)
    assert good.confidence >= 80 and not good.warnings
    small = strip.resize((strip.width // 3, strip.height // 3), Image.BILINEAR).filter(ImageFilter.GaussianBlur(1.0))
    bad = ocr_image(small, "strip.png", dpi=dpi // 3, page=7)      # 67 dpi and blurred: a bad fax
    assert bad.confidence < 70 and bad.warnings == (f"page 7: low OCR confidence ({bad.confidence:.0f}%); "
                                                    "check the text against the scan",)


def test_the_page_limit_is_an_environment_setting(tmp_path, monkeypatch):
    gazette = _500_pages(tmp_path / "gazette.pdf")
    monkeypatch.setenv("VANBAN_MAX_PAGES", "600")
    with pytest.raises(InputError, match=r"gazette\.pdf: has no text on any page"):   # read, and blank
        extract(gazette)
    monkeypatch.setenv("VANBAN_MAX_PAGES", "many")
    with pytest.raises(InputError, match=r"gazette\.pdf: cannot be read with VANBAN_MAX_PAGES='many'.*e\.g\. "
                                         r"VANBAN_MAX_PAGES=500"):
        extract(gazette)
    assert extract(FIX / "tt62_2019.txt").document.code == "62/2019/TT-BTC"     # text files do not care


def test_catdoc_reads_a_doc_when_antiword_cannot():
    from vanban.loaders.formats.office import read_doc
    data = (FIX / "party_188.doc").read_bytes()
    text, tool = read_doc(data, "party_188.doc", tools=("catdoc",))
    assert tool == "catdoc"
    x = extract_text(text)
    assert x.document.code == "188-BC/BTCTW" and jaccard(refs(x), refs(truth("party_188"))) >= 0.97
    with pytest.raises(InputError, match=r"x\.doc: is a \.doc file that could not be read \(antiword: .*; catdoc: "):
        read_doc(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "x.doc")


def test_page_numbers_and_running_heads_are_not_text_and_sentences_run_on():
    from vanban.loaders.formats import join_pages
    from vanban.loaders.formats.pdf import page_joiner, strip_page_furniture
    head = "CÔNG BÁO/Số 1093 + 1094/Ngày 30-8-2025"
    pages = [f"{head}\nCăn cứ Nghị định số 59/2018/NĐ-CP sửa đổi, bổ sung một số điều của\n- 1 -",
             f"{head}\nNghị định số 08/2015/NĐ-CP của Chính phủ;\nTrang 2",
             f"{head}\n¹ Chú thích: Luật số 80/2015/QH13.\n3/3"]
    got = strip_page_furniture(pages)
    assert got == ["Căn cứ Nghị định số 59/2018/NĐ-CP sửa đổi, bổ sung một số điều của",
                   "Nghị định số 08/2015/NĐ-CP của Chính phủ;", "¹ Chú thích: Luật số 80/2015/QH13."]
    text, starts = join_pages(got, page_joiner)
    assert text == ("Căn cứ Nghị định số 59/2018/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 08/2015/NĐ-CP "
                    "của Chính phủ;\n\n¹ Chú thích: Luật số 80/2015/QH13.")
    assert [text[s:s + 9] for s in starts] == ["Căn cứ Ng", "Nghị định", "¹ Chú thí"]
    x = extract_text(text)
    assert ("59/2018/NĐ-CP", "AMENDS", "08/2015/NĐ-CP") in {(r.source, r.relation, r.target) for r in x.relations}


def _words(rows):
    """Tesseract's image_to_data dict from (block, paragraph, line, text) rows, one word per row."""
    return {"text": [r[3] for r in rows], "block_num": [r[0] for r in rows], "par_num": [r[1] for r in rows],
            "line_num": [r[2] for r in rows], "conf": [90] * len(rows)}


def test_ocr_lines_keep_a_list_that_tesseract_cut_into_paragraphs_together():
    # the fresh2 page 4508/QĐ-BVHTTDL printed as a scan (bench/accuracy_ocr.py): Tesseract made each short line of
    # the repealed list its own paragraph; a blank line between them cut the sentence that says "hết hiệu lực"
    from vanban.loaders.formats.ocr import lines_from_words
    lines, _ = lines_from_words(_words([
        (1, 1, 1, "ký."),
        (1, 2, 1, "tại"), (1, 2, 1, "3684/QĐ-BVHTTDL;"),
        (1, 3, 1, "1647/QĐ-BVHTTDL;"),
        (1, 4, 1, "hết"), (1, 4, 1, "hiệu"), (1, 4, 1, "lực."),
        (1, 5, 1, "Điều"), (1, 5, 1, "3."),
        (2, 1, 1, "Nơi"), (2, 1, 1, "nhận:"),
    ]))
    assert lines == ["ký.", "", "tại 3684/QĐ-BVHTTDL;", "1647/QĐ-BVHTTDL;", "hết hiệu lực.", "", "Điều 3.", "",
                     "Nơi nhận:"]


def test_the_mojibake_check_finds_what_its_pattern_finds():
    # has_mojibake looks only where the pattern can start ("Ã", "Ä", "Å", "Æ", and "º"/"»" after "á"); every pair of
    # a first character and a next one, in a clean text and alone, is judged as the pattern judges it
    from vanban.loaders.formats import _MOJIBAKE, has_mojibake
    firsts = "ÃÄÅÆáaX "
    nexts = [chr(c) for c in range(0x7E, 0x200)] + ["\u02c6", "\u02dc", "\u2012", "\u2013", "\u201c", "\u203a",
                                                   "\u203b", "\u20ac", "\u2122", "º", "»", " ", "", "\n"]
    for a in firsts:
        for b in nexts:
            for text in (a + b, "CỘNG HÒA XÃ HỘI " + a + b + " Nghị quyết"):
                assert has_mojibake(text) == (_MOJIBAKE.search(text) is not None), repr(text)
    assert has_mojibake("Nghá»‹ quyáº¿t") and not has_mojibake("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
