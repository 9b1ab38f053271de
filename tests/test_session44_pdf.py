"""Session 44: texts of the Official Gazette's PDFs whose letter spacing split syllables and a year (thienhocdata/
VN-legal-agent, gold fresh55), a quotation a typing slip closed with a single quote, a law's title two numbered laws
share told apart by the year after it, and a number glued to the "ngày" of its date (gold fresh54)."""
from __future__ import annotations

from pathlib import Path

from vanban.loaders import extract, extract_text
from vanban.loaders.clean import CLEAN_STEPS, clean, join_split_syllables, join_split_years

TEXTS = Path(__file__).parent / "fixtures" / "real" / "texts" / "gh"


def test_split_syllables_join_before_their_marked_vowel():
    assert join_split_syllables("Nghị định s ố 44/2015/NĐ-CP") == "Nghị định  số 44/2015/NĐ-CP"
    assert join_split_syllables("quy đ ịnh c ủa Chính ph ủ") == "quy  định  của Chính  phủ"
    assert join_split_syllables("Ngh ị định") == " Nghị định"
    assert join_split_syllables("B Ộ XÂY D ỰNG") == " BỘ XÂY  DỰNG"
    # an onset with the rhyme's glide: "Lu ật", "đư ợc", "ho ạch", "vi ệc", "duy ệt"
    assert join_split_syllables("Lu ật s ố 25") == " Luật  số 25"
    assert join_split_syllables("đã đư ợc quy ho ạch, phê duy ệt") == "đã  được quy  hoạch, phê  duyệt"
    for text in ("V/v áp dụng thuế", "J/m ở 23oC", "hệ số k áp dụng", "theo điểm b ở trên", "Ủy ban nhân dân",
                 "a) ông A", "thu ở mức", "no ấm", "do ở"):
        assert join_split_syllables(text) == text, text
    assert join_split_syllables in CLEAN_STEPS and join_split_years in CLEAN_STEPS
    text = "Bãi bỏ Ngh ị định s ố 44/2015/NĐ-CP ngày 06 tháng 5 năm 20 15 c ủa Chính ph ủ."
    assert clean(text) == clean(text, steps=CLEAN_STEPS)


def test_split_year_joins_after_nam():
    assert join_split_years("ngày 01 tháng 7 năm 20 25 của") == "ngày 01 tháng 7 năm  2025 của"
    for text in ("năm 20 255", "năm 2025", "năm 20 2", "trong 20 25 năm"):
        assert join_split_years(text) == text, text


CONSOLIDATED = """CÔNG BÁO/Số 208/Ngày 13-04-2026 94

NGHỊ ĐỊNH
Quy định chi tiết một số điều của Luật Quy hoạch đô thị và nông thôn

Nghị định số 178/2025/NĐ-CP ngày 01 tháng 7 năm 20 25 của Chính phủ quy
định chi tiết một số điều của Luật Quy hoạch đô thị và nông thôn có hiệu lực kể từ
ngày 01 tháng 7 năm 2025, được sửa đổi, bổ sung bởi:
Nghị định số 34/2026/NĐ-CP ngày 22 tháng 01 năm 2026 của Chính phủ sửa
đổi, bổ sung một số điều của Nghị định số 178/2025/NĐ -CP ngày 01 tháng 7 năm
2025 của Chính phủ.
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Quy hoạch
đô thị và nông thôn.
Điều 28. Sửa đổi, bổ sung một số nghị định
1. Sửa đổi, bổ sung một số điều, khoản, điểm của Nghị định số 35/2022/NĐ-
CP ngày 28 tháng 5 năm 2022 của Chính phủ quy định về quản lý khu công nghiệp
và khu kinh tế như sau:
a) Bỏ cụm từ “xây dựng” trong các c ụm từ “quy hoạch xây d ựng khu công
nghiệp’, “quy ho ạch xây d ựng khu kinh t ế” tại nội dung quy định
của Nghị định số 35/2022/NĐ-CP ngày 28 tháng 5 năm 2022 c ủa Chính phủ;
b) Thay thế cụm từ “quy hoạch xây dựng” tại khoản 2 Điều 51 thành cụm từ “quy hoạch đô thị và nông thôn”.
2. Sửa đổi, bổ sung một số điều, khoản, điểm của Nghị định số 85/2020/NĐ-
CP ngày 17 tháng 7 năm 2020 của Chính phủ quy định chi tiết một số điều của Luật
Kiến trúc như sau:
a) Thay thế cụm từ “quy hoạch xây dựng nông thôn” tại điểm e khoản 1 Điều
13 thành cụm từ “quy hoạch nông thôn”.
Điều 29. Hiệu lực thi hành
1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.
2. Bãi bỏ các văn bản pháp luật sau:
a) Nghị định số 37/2010/NĐ-CP ngày 07 tháng 4 năm 2010 của Chính phủ về
lập, thẩm định, phê duyệt và quản lý quy hoạch đô thị;
b) Nghị định số 72/2019/NĐ-CP ngày 30 tháng 8 năm 2019 của Chính phủ sửa
đổi, bổ sung một số điều của Nghị định số 37/2010/NĐ-CP ngày 07 tháng 4 năm 2010
về lập, th ẩm đ ịnh, phê duy ệt và qu ản lý quy ho ạch đô th ị và Ngh ị định s ố
44/2015/NĐ-CP ngày 06 tháng 5 năm 2015 quy đ ịnh chi ti ết một số nội dung v ề
quy hoạch xây dựng.

BỘ XÂY DỰNG
Số: 18/VBHN-BXD
XÁC THỰC VĂN BẢN HỢP NHẤT
Hà Nội, ngày 24 tháng 3 năm 2026
"""


def _rels(ex):
    return {(r.source, r.relation, r.target) for r in ex.relations}


def test_consolidated_original_with_a_split_year():
    rels = _rels(extract_text(CONSOLIDATED))
    assert ("18/VBHN-BXD", "CONSOLIDATES", "178/2025/NĐ-CP") in rels
    assert ("178/2025/NĐ-CP", "BASED_ON", "63/2025/QH15") in rels
    assert ("34/2026/NĐ-CP", "BASED_ON", "63/2025/QH15") not in rels


def test_quotation_closed_by_a_single_quote_ends_there():
    rels = _rels(extract_text(CONSOLIDATED))
    assert ("178/2025/NĐ-CP", "AMENDS", "85/2020/NĐ-CP") in rels
    assert ("35/2022/NĐ-CP", "AMENDS", "85/2020/NĐ-CP") not in rels
    for target in ("37/2010/NĐ-CP", "72/2019/NĐ-CP"):
        assert ("178/2025/NĐ-CP", "REPEALS", target) in rels, target
        assert ("85/2020/NĐ-CP", "REPEALS", target) not in rels, target


def test_split_words_keep_an_amended_list_going():
    # "… về lập, th ẩm đ ịnh … và Ngh ị định s ố 44/2015/NĐ-CP": both decrees are amended by 72/2019
    rels = _rels(extract_text(CONSOLIDATED))
    assert ("72/2019/NĐ-CP", "AMENDS", "44/2015/NĐ-CP") in rels


def test_real_consolidated_decree_of_the_gazette():
    ex = extract(TEXTS / "thienhocdata-VN-legal-agent__urban-rural-planning-guidance-consolidated-18-2026.txt")
    rels = _rels(ex)
    assert ex.document.code == "18/VBHN-BXD"
    assert {("18/VBHN-BXD", "CONSOLIDATES", "178/2025/NĐ-CP"), ("178/2025/NĐ-CP", "REPEALS", "37/2010/NĐ-CP"),
            ("178/2025/NĐ-CP", "AMENDS", "85/2020/NĐ-CP")} <= rels
    assert not any(s == "85/2020/NĐ-CP" and r == "REPEALS" for s, r, _ in rels)


DECREE_100_HEAD = """CHÍNH PHỦ
Số: 100/2024/NĐ-CP
Hà Nội, ngày 26 tháng 7 năm 2024
NGHỊ ĐỊNH
Quy định chi tiết một số điều của Luật Nhà ở về phát triển và quản lý nhà ở xã hội
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
"""
HOUSING = DECREE_100_HEAD + """\
Căn cứ Luật Nhà ở ngày {date};
Theo đề nghị của Bộ trưởng Bộ Xây dựng;
Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Nhà ở về phát triển và quản lý nhà ở xã hội.
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định chi tiết một số điều của Luật Nhà ở số 27/2023/QH15.
Điều 2. Quy định chuyển tiếp
Dự án đã được chấp thuận theo Luật Nhà ở số 65/2014/QH13 thì tiếp tục thực hiện.
"""


def test_shared_law_title_read_by_the_year_after_it():
    def bases(date):
        return {t for s, r, t in _rels(extract_text(HOUSING.format(date=date)))
                if s == "100/2024/NĐ-CP" and r == "BASED_ON"}
    assert "27/2023/QH15" in bases("27 tháng 11 năm 2023")
    assert "65/2014/QH13" in bases("25 tháng 11 năm 2014")
    assert not {"27/2023/QH15", "65/2014/QH13"} & bases("1 tháng 1 năm 2019")     # the year names neither


def test_number_glued_to_its_date():
    codes = [m.code for m in extract_text("Căn cứ Luật Các tổ chức tín dụng số 32/2024/QH15ngày 29 tháng 6 năm "
                                          "2024; Nghị định số 15/2020/NĐ-CPngày 03/02/2020; Quyết định số "
                                          "12/QĐ-TTgngày 5/3/2024.").mentions]
    assert {"32/2024/QH15", "15/2020/NĐ-CP", "12/QĐ-TTg"} <= set(codes)


def test_a_letter_about_a_programme_does_not_implement_what_the_programme_does():
    # (its subject may be long and end in a year: the pattern is linear, tests/test_linear.py's phrase
    # "letter-about-a-programme" scales it)
    for subject in ("Chương trình hành động của Chính phủ", "Chương trình hành động của Chính phủ về chuyển đổi số quốc "
                    "gia giai đoạn 2021 - 2025"):
        text = f"Công văn số 83/UBND-VX ngày 08/01/2025 về {subject} thực hiện Nghị quyết số 57-NQ/TW."
        assert ("83/UBND-VX", "IMPLEMENTS", "57-NQ/TW") not in _rels(extract_text(text)), subject
    text = "Kế hoạch số 12-KH/TU ngày 1/2/2025 về Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW."
    assert ("12-KH/TU", "IMPLEMENTS", "57-NQ/TW") in _rels(extract_text(text))


def test_a_preamble_quoted_in_a_note_names_its_laws_by_title():
    # footnote 1 of 18/VBHN-BXD: "Nghị định số 34/2026/NĐ-CP … có căn cứ ban hành như sau: “Căn cứ Luật Tổ chức Chính
    # phủ số 63/2025/QH15; Căn cứ Luật Quy hoạch đô thị và nông thôn được sửa đổi, bổ sung bởi Luật số 144/2025/QH15;"
    # (the file numbers that title: "Luật Quy hoạch đô thị và nông thôn số 47/2024/QH15")
    ex = extract(TEXTS / "thienhocdata-VN-legal-agent__urban-rural-planning-guidance-consolidated-18-2026.txt")
    assert ("34/2026/NĐ-CP", "BASED_ON", "47/2024/QH15") in _rels(ex)
    import vanban.loaders.relate as relate
    relate.TITLED_TARGETS = False
    try:
        ex = extract(TEXTS / "thienhocdata-VN-legal-agent__urban-rural-planning-guidance-consolidated-18-2026.txt")
    finally:
        relate.TITLED_TARGETS = True
    assert ("34/2026/NĐ-CP", "BASED_ON", "47/2024/QH15") not in _rels(ex)      # the older golds' way


def test_a_passive_on_the_next_base_of_the_same_line():
    text = ("CHÍNH PHỦ\nSố: 12/2026/NĐ-CP\nHà Nội, ngày 5 tháng 1 năm 2026\nNGHỊ ĐỊNH\nQuy định chi tiết\nCăn cứ Luật Tổ "
            "chức Chính phủ số 63/2025/QH15; Căn cứ Luật Quy hoạch đô thị và nông thôn được sửa đổi, bổ sung bởi Luật số "
            "144/2025/QH15;\nChính phủ ban hành Nghị định.\n")
    assert ("144/2025/QH15", "AMENDS", "63/2025/QH15") not in _rels(extract_text(text))


SHORT_NAME = DECREE_100_HEAD + """\
Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Nhà ở về phát triển và quản lý nhà ở xã hội.
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định chi tiết một số điều của {law} (sau đây gọi là Luật Nhà ở).
Điều 2. Quy định chuyển tiếp
1. Việc lập đề xuất dự án theo Điều 13 Nghị định số 95/2024/NĐ-CP ngày 24/7/2024 quy định chi tiết Luật Nhà ở.
2. Dự án đã được chấp thuận theo Luật Nhà ở số 65/2014/QH13 thì tiếp tục thực hiện.
"""


def test_a_law_s_short_name_names_it_whatever_older_law_shares_the_title():
    rels = _rels(extract_text(SHORT_NAME.format(law="Luật Nhà ở số 27/2023/QH15")))
    assert ("95/2024/NĐ-CP", "GUIDES", "27/2023/QH15") in rels
    # the short name after an amenders' list is the amended law's, not the last amender's
    rels = _rels(extract_text(SHORT_NAME.format(law="Luật Nhà ở được sửa đổi, bổ sung bởi Luật số 43/2024/QH15 và "
                                                    "Luật số 27/2023/QH15")))
    assert ("95/2024/NĐ-CP", "GUIDES", "27/2023/QH15") not in rels


def test_a_place_and_date_in_markdown_emphasis():
    text = ("**BAN CHẤP HÀNH TRUNG ƯƠNG**\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\nSố 57-NQ/TW\n*Hà Nội*, *ngày 22 tháng 12 năm 2024*\n\n"
            "**NGHỊ QUYẾT**\n\nCỦA BỘ CHÍNH TRỊ\n**về đột phá phát triển khoa học, công nghệ**\n\nNội dung.\n")
    doc = extract_text(text).document
    assert (doc.code, doc.date, doc.place) == ("57-NQ/TW", "2024-12-22", "Hà Nội")


def test_an_amender_named_with_its_abbreviation_in_brackets():
    text = ("quy định tại khoản 1 Điều 53 của Luật Nhà ở số 65/2014/QH13 đã được sửa đổi, bổ sung tại điểm b khoản 6 Điều "
            "99 của Luật Đầu tư theo phương thức đối tác công tư (PPP) số 64/2020/QH14 để cho thuê.")
    assert ("64/2020/QH14", "AMENDS", "65/2014/QH13") in _rels(extract_text(text))


AMENDERS_WITH_PARTS = ("quy định tại điểm b khoản 1 Điều 9 của Nghị định số 100/2015/NĐ-CP ngày 20 tháng 10 năm 2015 của "
                       "Chính phủ (được sửa đổi, bổ sung tương ứng tại điểm a khoản 8 Điều 1 Nghị định số 49/2021/NĐ-CP ngày "
                       "01 tháng 4 năm 2021 của Chính phủ, khoản 2 và khoản 5 Điều 6 Nghị định số {second} của Chính phủ) "
                       "thì khi chuyển nhượng.")


def test_amenders_naming_their_own_parts_in_order_of_issue():
    rels = _rels(extract_text(AMENDERS_WITH_PARTS.format(second="35/2023/NĐ-CP ngày 20 tháng 6 năm 2023")))
    assert {("49/2021/NĐ-CP", "AMENDS", "100/2015/NĐ-CP"), ("35/2023/NĐ-CP", "AMENDS", "100/2015/NĐ-CP")} <= rels
    # a part of a document issued before the last amender is the outer list's next provision, no amender
    rels = _rels(extract_text(AMENDERS_WITH_PARTS.format(second="39/2019/NĐ-CP")))
    assert ("49/2021/NĐ-CP", "AMENDS", "100/2015/NĐ-CP") in rels
    assert ("39/2019/NĐ-CP", "AMENDS", "100/2015/NĐ-CP") not in rels
