"""Double-spaced texts (loaders/rebreak.py ``undouble``): a blank line under every line, as a converter or an OCR
engine may write them, and as the Word reader gives a .doc's paragraphs.  They read as their single-spaced
originals, and the lines reported are the file's own."""
from __future__ import annotations

from pathlib import Path

import pytest

from vanban.loaders import extract
from vanban.loaders.rebreak import DOUBLE_MIN, undouble

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "fixtures" / "real" / "texts" / "congbao"


def test_undouble_keeps_the_length_and_takes_one_blank_line_under_each_line():
    lines = [f"dòng {i} của văn bản" for i in range(DOUBLE_MIN + 5)]
    double = "\n\n".join(lines[:10]) + "\n\n\n" + "\n\n".join(lines[10:])      # a paragraph's end: two blank lines
    out = undouble(double)
    assert len(out) == len(double)
    assert out.split("\n") == [line + " " for line in lines[:9]] + [lines[9] + " ", ""] \
        + [line + " " for line in lines[10:-1]] + [lines[-1]]
    single = "\n".join(lines)
    assert undouble(single) is single                       # a text not double-spaced is itself
    short = "\n\n".join(lines[:DOUBLE_MIN - 2])
    assert undouble(short) is short                         # too few lines to tell


def test_texts_whose_lines_are_mostly_followed_by_a_blank_line_are_not_all_double_spaced():
    # every fourth line of text stands right above the next: 75% followed by a blank line is not double-spaced
    lines = [f"dòng {i} của văn bản" for i in range(40)]
    text = "".join(line + ("\n" if i % 4 == 3 else "\n\n") for i, line in enumerate(lines))
    assert undouble(text) is text


@pytest.mark.parametrize("name", ["luat-so-51-2024-qh15-43559.txt",          # "… số 30/2023/QH15⏎Bãi bỏ khoản 2 …"
                                  "thong-tu-so-32-2026-tt-bkhcn-469766.txt",  # its header's number
                                  "chi-thi-so-21-ct-ttg-469580.txt"])
def test_a_double_spaced_real_text_reads_as_its_original(tmp_path, name):
    original = REAL / name
    double = tmp_path / name                                # the same name: a number read from it is the same
    double.write_text(original.read_text(encoding="utf-8").replace("\n", "\n\n"), encoding="utf-8")
    a, b = extract(str(original)), extract(str(double))
    own = ("id", "code", "type", "date", "issuer", "title", "signer")
    assert {k: getattr(b.document, k) for k in own} == {k: getattr(a.document, k) for k in own}
    # line L of the original is line 2L - 1 of the double-spaced file, and each mention's surface is the same text
    # with the blank lines it spans
    assert sorted((str(m.code), m.line, m.surface) for m in b.mentions) == sorted(
        (str(m.code), 2 * m.line - 1, m.surface.replace("\n", "\n\n")) for m in a.mentions)
    assert sorted((r.source, r.relation, r.target, r.line) for r in b.relations) == sorted(
        (r.source, r.relation, r.target, 2 * r.line - 1) for r in a.relations)
    assert a.relations
    text = double.read_text(encoding="utf-8").split("\n")
    for m in b.mentions:                                    # a one-line mention stands on the line reported
        if "\n" not in m.surface:
            assert m.surface in text[m.line - 1]
