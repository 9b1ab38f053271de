"""Session 25: what OCR does to a scan, read from bench/accuracy_ocr.py --seed 4 (seed 5 stays unread).

Each rule undoes one thing a scanner and Tesseract do, whatever the document says:
* a speck after "số" (with a blank before it, or a colon) and a blank line Tesseract put before the number;
* a stop glued between "Quyết định" and "số" (the type word is still the number's), a hyphen inside "một số";
* a speck opening a paragraph (". Các thủ tục …"), a speck after a comma at a line's end ("sửa đổi, :"), a lone
  one inside "sửa đổi, _ bổ sung";
* the national line's tail and its dust merged into the issuer's column ("… DU LỊCH CHỦ NGHĨA VIỆT NAM ˆ");
* a letter read twice in the own number's long issuer code ("4508/QĐ-BVHTTDLL").
The texts are made for the tests in the shape of the scans' text.
"""
from __future__ import annotations

from vanban.loaders import extract_text
from vanban.loaders.clean import clean, despeck
from vanban.loaders.header import doubled_issuer_letter, read_header

HEAD = """BỘ VĂN HÓA, THỂ THAO CỘNG HÒA XÃ HỘI
VÀ DU LỊCH CHỦ NGHĨA VIỆT NAM ˆ
Số: 4508/QĐ-BVHTTDLL Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 12 năm 2025
QUYẾT ĐỊNH
Về việc công bố thủ tục hành chính được sửa đổi, bổ sung
BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
"""

REPEALED_LIST = HEAD + """Căn cứ Nghị định số 43/2025/NĐ-CP ngày 28 tháng 02 năm 2025 của Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính được sửa đổi, bổ sung.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
. Các thủ tục hành chính tương ứng đã công bố tại các Quyết định số 3684/QĐ-BVHTTDL ngày 27/12/2022;
Quyết định.số 1647/QĐ-BVHTTDL ngày 26/6/2023;
Quyết định số 775/QĐ-BVHTTDL ngày 28/3/2024; Quyết định số .

2069/QĐ-BVHTTDL ngày 19/6/2025 hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.
Điều 3. Chánh Văn phòng Bộ chịu trách nhiệm thi hành Quyết định này./.
"""


def test_the_own_number_and_issuer_through_a_scans_header():
    own = read_header(HEAD)
    assert own.code == "4508/QĐ-BVHTTDL"
    assert own.issuer == "Bộ Văn hóa, Thể thao và Du lịch"


def test_a_letter_read_twice_only_where_one_reading_is_a_known_code():
    assert doubled_issuer_letter("4508/QĐ-BVHTTDLL") == "4508/QĐ-BVHTTDL"
    assert doubled_issuer_letter("4508/QĐ-BVHTTDL") == "4508/QĐ-BVHTTDL"
    assert doubled_issuer_letter("12/QĐ-XXYYZZAA") == "12/QĐ-XXYYZZAA"    # no known code under it
    assert doubled_issuer_letter("12/2020/TT-BTTC") == "12/2020/TT-BTTC"  # a short code: too little to tell


def test_a_list_of_decisions_a_scan_broke_with_specks_ceases_in_part():
    x = extract_text(REPEALED_LIST)
    own = x.document.id
    got = {(r.target.split("/")[0], r.partial) for r in x.relations if r.source == own and r.relation == "REPEALS"}
    assert got == {("3684", True), ("1647", True), ("775", True), ("2069", True)}


def test_clean_undoes_the_specks_and_keeps_the_length():
    for before, after in [("bổ sung một-số điều theo", "bổ sung một số điều theo"),
                          ("được sửa đổi, :\nbổ sung bởi", "được sửa đổi,  \nbổ sung bởi")]:
        assert clean(before) == after and len(clean(before)) == len(before)
    # what clean text writes so is kept: a stop before a small "số" that no number follows, a comma's colon mid-line
    for kept in ("theo quy định. số lượng cán bộ", "các nội dung sau, : a) b)", "thứ một. Số hai"):
        assert clean(kept) == kept


def test_a_lone_speck_inside_the_amending_cue():
    assert despeck("đã được sửa đổi, _ bổ sung một số điều") == "đã được sửa đổi,   bổ sung một số điều"


def test_a_base_law_amended_by_laws_under_specks():
    text = HEAD + """Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, :
bổ sung bởi Luật số :

87/2025/QH15;
""" + ("Căn cứ Luật Sở hữu trí tuệ số 50/2005/QH11 đã được sửa đổi, _ bổ sung một-số điều theo Luật số "
           "36/2009/QH12; Luật số 42/2019/QH14 và Luật số 07/2022/QH15;\nQUYẾT ĐỊNH:\n")
    x = extract_text(text)
    amends = {(r.source, r.target) for r in x.relations if r.relation == "AMENDS"}
    assert amends >= {("87/2025/QH15", "64/2025/QH15"), ("36/2009/QH12", "50/2005/QH11"),
                      ("42/2019/QH14", "50/2005/QH11"), ("07/2022/QH15", "50/2005/QH11")}


def test_a_look_alike_of_one_beside_the_national_assemblys_term():
    from vanban.loaders.find import _qh_term
    assert _qh_term("QHI15") == "QH15" and _qh_term("QHI4") == "QH14" and _qh_term("QHl15") == "QH15"
    assert _qh_term("QHX15") == "QHX15"                  # no look-alike of 1: left as written
    x = extract_text("Căn cứ Luật Thuế thu nhập cá nhân số 118/2025/QHI15 ngày 10 tháng 12 năm 2025;\n")
    assert [m.id for m in x.mentions] == ["118/2025/QH15"]


def test_a_letter_added_to_a_party_type_code_the_type_word_before_names():
    x = extract_text("Căn cứ Nghị quyết số 70- NGQ/TW ngày 20 tháng 8 năm 2025 của Bộ Chính trị;\n")
    assert [m.id for m in x.mentions] == ["70-NQ/TW"]
    # another type word, or none: no number is made up from the code
    assert not extract_text("Căn cứ Kết luận số 70- NGQ/TW ngày 20/8/2025;\n").mentions
    assert not extract_text("theo mã 70-NGQ/TW.\n").mentions


def test_a_speck_glued_between_so_and_its_number():
    x = extract_text("Theo đề nghị tại Tờ trình số.65/TTr-BKHCN ngày 24/4/2026 của Bộ Khoa học và Công nghệ.\n")
    assert [m.id for m in x.mentions] == ["65/TTr-BKHCN"]
    assert not extract_text("Tỷ lệ 1.65/2020 của kỳ trước.\n").mentions     # a decimal is no number's start
