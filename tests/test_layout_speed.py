"""The layout and header stages' shortcuts (issue 12) give the answers of the plain patterns they stand for.

Each shortcut below finds a pattern's matches without trying every position (a literal ``re`` skips to, a
first-letter lookahead, one scan for several patterns, a count instead of a sort).  Each is compared with the plain
pattern (``finditer``/``search``/the loop it replaced) on every real text of the repository (``examples/`` and
``tests/fixtures/real/texts``), cleaned as the pipeline cleans them, over whole texts and seeded windows, and on a
few built lines for the edges the real texts may not hold.
"""
import random
from functools import lru_cache
from pathlib import Path

import pytest

import vanban.loaders.header as H
import vanban.loaders.layout as L
from vanban.loaders.clean import clean
from vanban.loaders.read import read_text

ROOT = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def real_texts():
    paths = sorted((ROOT / "examples").rglob("*.txt")) + sorted(
        p for p in (ROOT / "tests" / "fixtures" / "real" / "texts").rglob("*") if p.suffix in (".txt", ".md"))
    assert len(paths) > 40
    return [clean(read_text(p).text) for p in paths]


# Built lines for the edges: a page number in other digits, a word before "ban hành", star runs, a code written in
# another case, a number on the line after its word, a stamp, a signature, a markup rule, a continuation.
EDGES = "\n".join([
    "CÔNG BÁO/Số 240/Ngày 22-04-2026", "٣٤", "  12  ", "Ký bởi: Văn phòng", "Nơi nhận:", "KT. BỘ TRƯỞNG",
    "***", "* * *", "----", "| | |", "**", "\t", "# Tiêu đề", "Số:", "15/2020/NĐ-CP", "Luật số: 18/2017/QH14",
    "SỐ 188 -BC/BTCTW", "Chính phủ ban hành Nghị định quy định:", "xban hành Nghị định này.",
    "Chính phủ ban hành Nghị định.", "QUYẾT ĐỊNH:", "Bộ trưởng quy định như sau:", "Tôi quyết định:",
    "Hà Nội, ngày 5 tháng 6 năm 2025", "Quyết định 15/2020/nđ-cp năm 2020", "Công văn 15/2020/NĐ-CP",
    "(Tiếp theo Công báo số 201 + 202)", "Luật này được thông qua ngày 10 tháng 7 năm 2025.",
    "SAO Y BẢN CHÍNH", "T/M BỘ CHÍNH TRỊ", "**KT. CHỦ TỊCH**", "[Xử phạt được hướng dẫn] KT. BỘ TRƯỞNG",
    "Nguyễn Văn A", "Địa chỉ: 1 Phố", "Điện thoại: 1", "**Mã số thuế:** 1", ""])


def texts():
    return real_texts() + [EDGES, EDGES * 3, "\n" + EDGES]


def windows(text, n, seed):
    rnd = random.Random(seed)
    for _ in range(n):
        a = rnd.randrange(0, len(text) + 1)
        yield a, rnd.randrange(a, min(len(text), a + 15000) + 1)


def spans(matches):
    return [m.span() for m in matches]


def test_one_scan_finds_each_line_kind():
    for text in texts():
        assert L._line_kinds(text) == [spans(rx.finditer(text)) for rx in L._KINDS]


def test_enacting_formula_is_the_patterns_first_match():
    for k, text in enumerate(texts()):
        for a, b in windows(text, 8, k):
            m = L.ENACTING.search(text, a, b)
            assert L._enacting(text, a, b) == (m.span() if m else None)


def test_header_anchors_are_the_patterns_matches():
    for k, text in enumerate(texts()):
        for end in (len(text), len(text) // 2, L.HEADER_SEARCH, random.Random(k).randrange(len(text) + 1)):
            assert spans(L._number_matches(text, end)) == spans(L.NUMBER.finditer(text, 0, end))
            assert spans(L._line_matches(L.TYPE_HEADING, text, end)) == spans(L.TYPE_HEADING.finditer(text, 0, end))
            assert spans(L._place_dates(text, end)) == spans(L.PLACE_DATE.finditer(text, 0, end))


def test_wrapped_from_one_pass_is_wrapped_of_the_slice():
    for text in texts():
        for a, b in ((0, len(text)), (len(text) // 3, len(text)), (0, len(text) // 2)):
            assert L._wrap_width(text, a, b)[0] == L._wrapped(text[a:b])


def test_site_tail_is_the_first_title_line_with_the_code():
    def slow(text, from_offset, number):             # the loop the shortcut replaced
        code = "".join(number.split())
        for m in L._SITE_TITLE.finditer(text, from_offset):
            if L._code_tail(code).match(text, m.end()):
                return m.start()
        return -1
    for k, text in enumerate(texts()):
        numbers = {L.layout(text).number, "15/2020/NĐ-CP", "38162/CHQ-GSQL"} - {None}
        for number in numbers:
            for a, _ in windows(text, 3, k):
                assert L._site_tail(text, a, number) == slow(text, a, number)


def test_mask_blanks_the_listed_noise():
    for text in texts():
        lay = L.layout(text)
        fast = lay.mask(text)                    # the markup not listed: blanked by replaces and one scan
        listed = lay.noise                       # now listed, as before
        assert len(fast) == len(text) and fast.count("\n") == text.count("\n")
        assert fast == lay.mask(text) == L._blank_spans(text, listed)
        assert lay.line_starts == [0] + [k + 1 for k, c in enumerate(text) if c == "\n"]


def test_number_lines_are_the_patterns_matches():
    for k, text in enumerate(texts()):
        for a, b in [(0, len(text))] + list(windows(text, 3, k)):
            assert spans(H.number_lines(text[a:b])) == spans(H.NUMBER_LINE.finditer(text[a:b]))
            assert spans(H._place_dates(text[a:b])) == spans(H.PLACE_DATE.finditer(text[a:b]))
            m = H._PASSED_ON.search(text, a, b)
            assert spans([H._passed_on(text, a, b)] if m else []) == spans([m] if m else [])


@pytest.mark.parametrize("tail", [300, 60])
def test_prepared_lines_and_position_lines(tail):
    for text in texts():
        raw = text.split("\n")[-tail:]
        prepared = [H.prepare(line) for line in raw]
        assert H.prepare_lines(raw) == prepared
        # every line a signature block can open is a candidate, read from the raw lines as from the prepared ones
        opening = {k for k, line in enumerate(prepared)
                   if (lambda caps: caps and H.POSITION.match(caps))(H._split_position_name(line.strip())[0])}
        assert opening <= set(H._position_lines(prepared)) and opening <= set(H._raw_position_lines(raw))
        every_line = H._find_signatures(prepared, 7, range(len(prepared)))      # the loop over every line
        assert H.find_signatures(prepared, 7) == every_line
        assert H._find_signatures(H._PreparedLines(raw), 7, H._raw_position_lines(raw)) == every_line


def test_label_lines_are_the_patterns_matches():
    for text in texts():
        for rx in (L.FOOTER_LABEL, L._SITE_LABEL, L.PREAMBLE_CUE, L.LETTER_LINE):
            assert [m.span(g) for m, g in L._line_finditer(rx, text)] == spans(rx.finditer(text))
