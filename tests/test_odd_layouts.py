"""Texts laid out oddly are read without failing: every real text of the project, and each of them as another tool
might give it (lines numbered, deeply indented, flattened, cut to its head or its tail, in capitals, with HTML
left in), goes through ``extract_text``.  Three such layouts used to raise: a stop alone on a deeply indented line
and a cut pair's colon before a deeply indented line (IndexError in clean), and a web page whose metadata labels
stand inside its lines, not at their starts (ValueError in layout)."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from vanban.loaders import extract_text
from vanban.loaders.clean import clean

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "fixtures" / "real" / "texts"


def test_a_stop_alone_on_a_deeply_indented_line_is_left():
    text = "Căn cứ Luật số 1 và            .\nkhác"
    assert clean(text) == text


def test_a_colon_before_a_deeply_indented_line_is_left():
    text = "của Nghị :\n" + " " * 18 + "định số 12/2024/NĐ-CP"
    assert clean(text) == text


def test_a_web_page_with_its_lines_numbered_is_read():
    text = (REAL / "tvpl" / "ad0066b8d39e5c85.md").read_text(encoding="utf-8")
    numbered = "\n".join(f"{i + 1:4d}  {line}" for i, line in enumerate(text.split("\n")))
    x = extract_text(numbered, file="ad0066b8d39e5c85.md")
    assert x.mentions                     # (its own number is not read: the labels no longer open its lines)


def _layouts(text: str):
    rnd = random.Random(len(text))
    yield "\n".join(f"{i + 1:4d}  {line}" for i, line in enumerate(text.split("\n")))
    yield "\n".join("        " + line for line in text.split("\n"))
    yield text.replace("\n", " ")
    yield text[:3000]
    yield text[-3000:]
    yield text.upper()
    yield text.replace("\n", "<br>\n")
    yield "".join("&nbsp;" if c == " " and rnd.random() < 0.1 else c for c in text)


@pytest.mark.parametrize("path", sorted(p for p in REAL.rglob("*") if p.suffix in (".txt", ".md")),
                         ids=lambda p: p.name)
def test_every_real_text_in_every_odd_layout_is_read(path):
    text = path.read_text(encoding="utf-8")
    for odd in _layouts(text):
        extract_text(odd, file=path.name)
