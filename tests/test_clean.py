"""Clean: named, length-keeping steps, on real lines of the seed and the state texts."""
import re
from pathlib import Path

import pytest

from vanban.loaders.clean import CLEAN_STEPS, ascii_key, clean, fix_d, fix_ocr, fold, normalize_tones, unify_punctuation
from vanban.loaders.read import read_text

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "000_4359cb3ac2b76893.txt"
DOCUMENTS = sorted([SEED] + list((ROOT / "examples" / "state").glob("*.txt")))


def seed_line(n):
    return read_text(SEED).text.split("\n")[n - 1]


@pytest.mark.parametrize("old, new", [
    ("Khánh Hoà", "Khánh Hòa"),                 # seed line 201 writes "Khánh Hoà"
    ("của các cấp uỷ, tổ chức đảng", "của các cấp ủy, tổ chức đảng"),     # seed line 39
    ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),   # state 15 line 15
    ("quý", "quý"),                              # qu + ý: the u belongs to the consonant
    ("hoàng", "hoàng"),                          # a closed syllable keeps its placement
])
def test_normalize_tones(old, new):
    assert normalize_tones(old) == new
    assert len(normalize_tones(old)) == len(old)


def test_khanh_hoa_spelled_both_ways_folds_equal():
    assert "Khánh Hoà" in seed_line(201)
    assert fold("Khánh Hoà") == fold("Khánh Hòa") == "khánh hòa"


@pytest.mark.parametrize("old, new", [
    ("Ðảng", "Đảng"),            # Icelandic Eth (U+00D0), as converters from TCVN3 leave it
    ("ðảng viên", "đảng viên"),
])
def test_fix_d(old, new):
    assert fix_d(old) == new


@pytest.mark.parametrize("line, wrong, right", [
    (371, "là tinh ủy, thành ủy", "là tỉnh ủy, thành ủy"),
    (141, "ban thường vụ tinh ủy, thành ủy", "ban thường vụ tỉnh ủy, thành ủy"),
    (235, "Quận ủy Trung ương tổ chức", "Quân ủy Trung ương tổ chức"),
    (149, "Lạng Sơn, Yên Bai, Thái Nguyên", "Lạng Sơn, Yên Bái, Thái Nguyên"),
    (55, "Quảng Nam, Yên Bai, Hà Nội", "Quảng Nam, Yên Bái, Hà Nội"),
    (313, "cán bộ; đổi tượng, tiêu chuẩn", "cán bộ; đối tượng, tiêu chuẩn"),
    (19, "đảm bảo, đổi ngoại tiếp tục", "đảm bảo, đối ngoại tiếp tục"),
    (435, "Hoàn thiện phuơng thức", "Hoàn thiện phương thức"),
    (463, "- Công Thông tin điện tử", "- Cổng Thông tin điện tử"),
])
def test_fix_ocr_on_seed_lines(line, wrong, right):
    text = seed_line(line)
    assert wrong in text
    fixed = fix_ocr(text)
    assert right in fixed and wrong not in fixed and len(fixed) == len(text)


@pytest.mark.parametrize("text", [
    "tinh thần",            # "tinh" alone is a word
    "Yên Bái",              # already right
    "Quận ủy Ba Đình",      # a real district committee: only "Quận ủy Trung ương" is the OCR slip
])
def test_fix_ocr_leaves_real_words(text):
    assert fix_ocr(text) == text


def test_unify_punctuation():
    assert unify_punctuation("21\u00a0– KL/TW") == "21 - KL/TW"
    assert unify_punctuation("K/T TRƯỞNG BAN – PHÓ TRƯỞNG BAN") == "K/T TRƯỞNG BAN - PHÓ TRƯỞNG BAN"
    # a PDF font's fraction or division slash, an input method's full-width one: a number's slash
    assert unify_punctuation("12\uff0f2024\u2215NĐ\u2044CP") == "12/2024/NĐ/CP"


def test_a_number_written_with_look_alike_slashes_is_read_as_the_number():
    from vanban.loaders import extract_text
    for slash in "\uff0f\u2215\u2044":
        x = extract_text(f"Căn cứ Nghị định số 12{slash}2024{slash}NĐ-CP ngày 5 tháng 3 năm 2024 của Chính phủ;\n")
        assert [m.code for m in x.mentions] == ["12/2024/NĐ-CP"], slash


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_clean_keeps_length_and_every_number(path):
    """Offsets into the cleaned text are offsets into the original, and no number is split
    ("45/2019/QH14" never becomes "45/2019 / QH14")."""
    text = read_text(path).text
    cleaned = clean(text)
    assert len(cleaned) == len(text)
    numbers = list(re.finditer(r"\d+/\d{4}/[A-ZĐ][A-Za-zĐ0-9-]*|\d+-[A-ZĐ][A-Za-zĐ]*/[A-ZĐ]+", text))
    assert numbers
    for m in numbers:
        assert cleaned[m.start():m.end()] == m.group(0)


def test_clean_example():
    assert clean("Khánh Hoà, tinh ủy, 45/2019/QH14") == "Khánh Hòa, tỉnh ủy, 45/2019/QH14"


def test_clean_refuses_a_step_that_moves_offsets():
    with pytest.raises(ValueError, match="'split_numbers' changed the text's length"):
        def split_numbers(text):
            return text.replace("/QH", " / QH")
        clean("Luật số 45/2019/QH14", steps=CLEAN_STEPS + (split_numbers,))


@pytest.mark.parametrize("text, key", [
    ("Thừa Thiên - Huế", "thuathienhue"),
    ("Đăk Lăk", "daklak"),
])
def test_ascii_key(text, key):
    assert ascii_key(text) == key


# ``clean`` runs its default steps by a fast path (each step skipped by a C-level test where it cannot change the
# text, changes made by tables): it must give what the steps give one by one.
REAL_TEXTS = sorted(p for p in (ROOT / "tests" / "fixtures" / "real" / "texts").rglob("*")
                    if p.suffix in (".txt", ".md"))


def _steps_one_by_one(text):
    for step in CLEAN_STEPS:
        text = step(text)
    return text


@pytest.mark.parametrize("path", DOCUMENTS + REAL_TEXTS, ids=lambda p: p.name)
def test_default_clean_is_its_steps_one_by_one_on_real_texts(path):
    from vanban.loaders.formats import read_document
    text = read_document(path).text
    assert clean(text) == _steps_one_by_one(text)


def test_default_clean_is_its_steps_one_by_one_on_every_tone_pair_and_punctuation():
    """Every o/u + vowel with a mark, after q or not, before a letter or not; the odd spaces and dashes; the OCR
    slips; Icelandic Ð: one sample per line and all of them in one text."""
    vowels = [chr(c) for c in list(range(0x00C0, 0x00FE)) + list(range(0x1EA0, 0x1EFA))]
    samples = [before + first + second + after for first in "oOuU" for second in vowels
               for before in ("", "q", "Q", "h", "Th") for after in ("", "n", "N", " ", ",")]
    samples += ["21\u00a0" + ch + "\u3000KL/TW" for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"]
    samples += ["12" + ch + "2024/NĐ-CP" for ch in "\u2044\u2215\uff0f"]
    samples += [a + " " + b for a, b in OCR_FIXES_SAMPLES] + ["Ðảng ðoàn Hoà", "tinh thần", "Tinh ủy viên"]
    changed = 0
    for s in samples + ["\n".join(samples)]:
        assert clean(s) == _steps_one_by_one(s), s
        changed += clean(s) != s
    assert changed > 100         # the samples do hold pairs the steps move


OCR_FIXES_SAMPLES = [("Quận ủy Trung ương", "Quận ủy Ba Đình"), ("tinh ủy", "phuơng"), ("Yên Bai", "đổi tượng"),
                     ("đổi ngoại", "Công Thông tin điện tử")]
