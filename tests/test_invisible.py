"""Invisible format characters (loaders/formats ``finish``): zero-width spaces and joiners, word joiners, direction
marks, a byte-order mark inside the text and soft hyphens, which web pages and PDFs carry inside words and numbers,
are taken out as a file is read, so "12/2024/NĐ-CP" is read whatever sits invisibly inside it.  A soft hyphen is
taken out after the font codes are read (in a TCVN3 page it is the letter "ư")."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from vanban.loaders import extract
from vanban.loaders.formats import finish

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "fixtures" / "real" / "texts"
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202c\u202e\u2060\u2066\u2069\ufeff\xad"


def test_finish_takes_out_invisible_characters_and_keeps_lines_and_tabs():
    text, repaired = finish("Số: 12/2024/\u200bNĐ\xad-CP\tngày 5\u2060/3/2024\nThà\xadnh phố Hà\u200d Nội\ufeff\u200e\n")
    assert (text, repaired) == ("Số: 12/2024/NĐ-CP\tngày 5/3/2024\nThành phố Hà Nội\n", "")
    assert not set(INVISIBLE) & set(finish("".join(INVISIBLE) + "Luật")[0])


def test_a_soft_hyphen_that_is_a_tcvn3_letter_is_read_as_the_letter():
    # "Thông tư" set in a TCVN3 font and saved as Unicode: its "ư" is U+00AD (the web reader carries it so)
    text, repaired = finish("Th«ng t\xad sè 12/2024/TT-BTC quy \xb8\xfdnh vÒ thuÕ")
    assert repaired == "+tcvn3"
    assert "Thông tư số 12/2024/TT-BTC" in text


def _sprinkled(text: str, seed: int) -> str:
    """``text`` with a zero-width space after a fifth of its blanks and a soft hyphen after 2% of its letters."""
    rnd = random.Random(seed)
    out = []
    for c in text:
        out.append(c)
        if c == " " and rnd.random() < 0.2:
            out.append("\u200b")
        elif c.isalpha() and rnd.random() < 0.02:
            out.append("\xad")
    return "".join(out)


@pytest.mark.parametrize("name", ["tvpl/00e8b0e4daffc2ef.md", "tvpl/5a80798bbf985e87.md",
                                  "congbao/nghi-dinh-so-233-2025-nd-cp-46022.txt",
                                  "congbao/thong-tu-so-18-2021-tt-bnnptnt-36440.txt"])
def test_a_real_text_with_invisible_characters_reads_as_the_text(tmp_path, name):
    original = REAL / name
    sprinkled = tmp_path / original.name
    sprinkled.write_text(_sprinkled(original.read_text(encoding="utf-8"), 7), encoding="utf-8")
    a, b = extract(str(original)), extract(str(sprinkled))
    own = ("id", "code", "type", "date", "issuer", "title")
    assert {k: getattr(b.document, k) for k in own} == {k: getattr(a.document, k) for k in own}
    assert sorted((str(m.code), m.line, m.surface) for m in b.mentions) == sorted(
        (str(m.code), m.line, m.surface) for m in a.mentions)
    assert sorted((r.source, r.relation, r.target, r.line) for r in b.relations) == sorted(
        (r.source, r.relation, r.target, r.line) for r in a.relations)
    assert a.relations
