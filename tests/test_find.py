"""Finding references: tables of real sentences (seed and state texts) and what each must give.

Expected values are read from the documents (and the seed gold), not from the code's output.
"""
import pytest

from vanban.loaders.find import find_mentions, parse_date
from vanban.loaders.resolve import resolve
from vanban.loaders.segment import segment


def mentions(text):
    seg = segment(text)
    found = resolve(find_mentions(seg), seg=seg)
    return [(seg.units[f.unit].text[f.vstart:f.vend], f) for f in found]


def numbered(text):
    return [(s, f) for s, f in mentions(text) if f.code]


# (sentence, expected [(code, type, date, issuer)]) — real sentences; issuer/date as stated at the mention
NUMBERED = [
    ("Thực hiện Chương trình số 38-CTr/TW, ngày 04/01/2022 của Bộ Chính trị, Ban Tổ chức Trung ương đã xây dựng kế hoạch",
     [("38-CTr/TW", "Chương trình", "2022-01-04", "Bộ Chính trị")]),
    # OCR space before the hyphen (the seed's own number)
    ("Số 188 -BC/BTCTW", [("188-BC/BTCTW", "Báo cáo", None, "Ban Tổ chức Trung ương")]),
    ("(2) Sơ kết 5 năm thực hiện Quy định 105-QĐ/TW về phân cấp quản lý cán bộ;",
     [("105-QĐ/TW", "Quy định", None, None)]),
    # QĐ: the type comes from the word — Quyết định here
    ("Quyết định số 61-QĐ/TW ngày 08/3/2022 về Quy chế phối hợp công tác", [("61-QĐ/TW", "Quyết định", "2022-03-08", None)]),
    ("Thông báo kết luận số 17-TB/TW, ngày 23/7/2022 của Bộ Chính trị", [("17-TB/TW", "Thông báo", "2022-07-23", "Bộ Chính trị")]),
    # a plenum issues as the Central Committee
    ("Thực hiện Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII về đẩy mạnh xây dựng",
     [("21-KL/TW", "Kết luận", None, "Ban Chấp hành Trung ương")]),
    ("Bộ Chính trị ban hành Kế hoạch số 07-KH/TW, ngày 17/8/2022 đề ra 05 nhiệm vụ trọng tâm",
     [("07-KH/TW", "Kế hoạch", "2022-08-17", "Bộ Chính trị")]),
    ("Quy chế 118-QC/TBBVCTNBTW, ngày 31/8/2022; Quyết định số 119-QĐ/TBBVCTNBTW, ngày 31/8/2022 của Tiểu ban Bảo vệ chính trị nội bộ Trung ương.",
     [("118-QC/TBBVCTNBTW", "Quy chế", "2022-08-31", "Tiểu ban Bảo vệ chính trị nội bộ Trung ương"),
      ("119-QĐ/TBBVCTNBTW", "Quyết định", "2022-08-31", "Tiểu ban Bảo vệ chính trị nội bộ Trung ương")]),
    # spacing variants of the issue's list
    ("theo Kết luận số 21 - KL/TW của Bộ Chính trị", [("21-KL/TW", "Kết luận", None, "Bộ Chính trị")]),
    ("theo Kết luận số 21 -KL/TW", [("21-KL/TW", "Kết luận", None, None)]),
    ("Kế hoạch số 09 KH/ĐU của Đảng ủy", [("09-KH/ĐU", "Kế hoạch", None, "Đảng ủy")]),
    ("Số: 16 -\nHD/BTCTW", [("16-HD/BTCTW", "Hướng dẫn", None, "Ban Tổ chức Trung ương")]),
    ("thực hiện Nghị quyết số 29/NQ-TW của Ban Chấp hành Trung ương", [("29-NQ/TW", "Nghị quyết", None, "Ban Chấp hành Trung ương")]),
    # state numbers
    ("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", [("63/2025/QH15", "Luật", None, None)]),
    ("Căn cứ Nghị định số 87/2017/NĐ-CP ngày 26 tháng 7 năm 2017 của Chính phủ quy định chức năng",
     [("87/2017/NĐ-CP", "Nghị định", "2017-07-26", "Chính phủ")]),
    ("sửa đổi, bổ sung một số điều của Thông tư số 38/2018/TT-BTC ngày 20/4/2018 của Bộ trưởng Bộ Tài chính",
     [("38/2018/TT-BTC", "Thông tư", "2018-04-20", "Bộ Tài chính")]),   # the issuer code BTC
    ("và thay thế Quyết định số 63/2015/QĐ-TTg ngày 10 tháng 12 năm 2015 của Thủ tướng Chính phủ",
     [("63/2015/QĐ-TTg", "Quyết định", "2015-12-10", "Thủ tướng Chính phủ")]),
    ("Quyết định số 1234/QĐ-TTg của Thủ tướng Chính phủ", [("1234/QĐ-TTg", "Quyết định", None, "Thủ tướng Chính phủ")]),
    ("Văn bản hợp nhất 07/VBHN-VPQH năm 2020 hợp nhất Luật Thủy lợi", [("07/VBHN-VPQH", "Văn bản hợp nhất", None, "Văn phòng Quốc hội")]),
    ("02 đề tài cấp Nhà nước KX 04.39/21-25 “Mô hình tổ chức tổng thể”", [("KX 04.39/21-25", "Đề tài", None, None)]),
]


@pytest.mark.parametrize("sentence,expected", NUMBERED, ids=[e[0][0] for _, e in NUMBERED])
def test_numbered_references(sentence, expected):
    got = [(f.code, f.type, f.date, f.issuer or _code_issuer(f)) for _, f in numbered(sentence)]
    assert got == expected


def _code_issuer(f):
    from vanban.loaders.codes import ISSUER_CODES
    return ISSUER_CODES.get(f.issuer_code) if f.issuer_code and f.issuer_code != "TW" else None


NOT_REFERENCES = [
    "hoàn thành 19/19 đề án trong Chương trình bảo đảm tiến độ",
    "đến nay, 67/67 tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương",
    "quy hoạch nhiệm kỳ 2025-2030, 2026-2031 nghiêm túc",
    "tỉ lệ tập trung/tại chức là 1/1,2: hệ tập trung 3.865/4.686 học viên",
]


@pytest.mark.parametrize("sentence", NOT_REFERENCES)
def test_numbers_that_are_not_references(sentence):
    assert numbered(sentence) == []


def test_short_reference_takes_the_code_of_the_numbered_mention():
    text = ("Bộ Chính trị ban hành Kết luận số 39-KL/TW, ngày 18/7/2022 về chủ trương bồi dưỡng cán bộ.\n\n"
            "Tổ chức Hội nghị Ban Chỉ đạo để triển khai thực hiện Kết luận 39 (ngày 21/9/2022).")
    short = [f for _, f in mentions(text) if f.kind == "short"]
    assert [(f.id, f.date) for f in short] == [("39-KL/TW", None)]   # the bracketed date is the meeting's


def test_short_reference_without_a_numbered_mention_keeps_its_doubt():
    short = [f for _, f in mentions("(10) Tổng kết Đề án 165;") if f.kind == "short"]
    assert short[0].code is None and short[0].id == "ĐA 165"


def test_named_plenum_resolution_is_an_alias_of_its_number():
    text = ("- Nghị quyết Hội nghị Trung ương 5 về *tăng cường củng cố, xây dựng tổ chức cơ sở đảng* "
            "(Nghị quyết số 21-NQ/TW) với mục tiêu cụ thể đến năm 2025.")
    named = [f for _, f in mentions(text) if f.kind == "named"]
    assert [(f.id, f.alias) for f in named] == [("21-NQ/TW", True)]


@pytest.mark.parametrize("surface,ident", [
    ("trong triển khai thực hiện Nghị quyết Đại hội XIII của Đảng", "NQ-DH-XIII"),
    ("thực hiện Nghị quyết Trung ương 5 khóa X về tiếp tục đổi mới", "NQ-TW5-X"),
    ("tổng kết 15 năm thi hành Điều lệ Đảng.", "DL-DANG"),
])
def test_named_documents(surface, ident):
    assert ident in [f.id for _, f in mentions(surface) if f.kind == "named"]


def test_anaphora_points_back_to_the_resolution_just_named():
    text = ("- Nghị quyết Hội nghị Trung ương 6 về *tiếp tục đổi mới phương thức lãnh đạo* (Nghị quyết số 28-NQ/TW) "
            "đề ra mục tiêu. Để thực hiện Nghị quyết, Bộ Chính trị ban hành Kế hoạch số 12-KH/TW, ngày 28/11/2022.")
    ana = [f for _, f in mentions(text) if f.kind == "anaphoric"]
    assert [(f.id, f.alias) for f in ana] == [("28-NQ/TW", True)]


def test_draft_flag_on_a_numbered_draft():
    text = "⁴ (4) Dự thảo Quy định số 57-QĐ/TW về đổi tượng, tiêu chuẩn và phân cấp đào tạo lý luận chính trị;"
    (_, f), = numbered(text)
    assert f.code == "57-QĐ/TW" and f.draft


def test_a_footnote_gives_the_number_of_a_described_document():
    text = ("Tham mưu Bộ Chính trị gợi ý kiểm điểm và ban hành Thông báo kết luận về kết quả kiểm điểm năm 2021⁹; phối hợp.\n\n"
            "⁹ Thông báo kết luận số 17-TB/TW, ngày 23/7/2022 của Bộ Chính trị")
    desc = [f for _, f in mentions(text) if f.rule == "footnote-alias"]
    assert [(f.id, f.alias) for f in desc] == [("17-TB/TW", True)]


def test_numbers_restart_each_term_two_98_QD_TW_stay_apart():
    text = ("(8) Sơ kết 5 năm thực hiện Quy định 98-QĐ/TW về luân chuyển cán bộ;\n\n"
            "(4) Sửa đổi, bổ sung Quy định số 98-QĐ/TW, ngày 22/3/2004 của Ban Bí thư về chức năng, nhiệm vụ của đảng bộ, chi bộ cơ sở;")
    ids = [f.id for _, f in numbered(text)]
    assert len(set(ids)) == 2 and all(i.startswith("98-QĐ/TW@") for i in ids)
    assert "98-QĐ/TW@2004" in ids


def test_an_undated_mention_that_fits_two_documents_keeps_the_doubt():
    text = ("(8) Sơ kết Quy định 98-QĐ/TW về luân chuyển cán bộ;\n\n"
            "Quy định số 98-QĐ/TW, ngày 22/3/2004 của Ban Bí thư về chức năng, nhiệm vụ của đảng bộ;\n\n"
            "tiếp tục thực hiện Quy định số 98-QĐ/TW.")
    last = numbered(text)[-1][1]
    assert len(last.candidates) == 2


@pytest.mark.parametrize("text,iso", [("ngày 08/3/2018", "2018-03-08"), ("08-3-2018", "2018-03-08"),
                                      ("ngày 05 tháng 8 năm 2022", "2022-08-05")])
def test_dates(text, iso):
    assert parse_date(text) == iso


def test_an_impossible_date_is_no_date():
    assert parse_date("ngày 45/13/2022") is None


@pytest.mark.parametrize("sentence,ident", [
    ("Thực hiện Kế hoạch số 25-KH/TU, ngày 12/3/2021 của Tỉnh ủy Quảng Ninh về chuyển đổi số", "25-KH/TU@Quảng Ninh"),
    ("theo Quyết định số 40/2026/QĐ-UBND của Ủy ban nhân dân tỉnh Long An", "40/2026/QĐ-UBND@Long An"),
])
def test_a_provincial_number_is_qualified_by_the_province_the_text_gives(sentence, ident):
    assert [f.id for _, f in numbered(sentence)] == [ident]


def test_a_provincial_number_without_its_province_keeps_the_doubt():
    (_, f), = numbered("Thực hiện Kế hoạch số 25-KH/TU về chuyển đổi số")
    assert f.id == "25-KH/TU" and "25-KH/TU@?" in f.candidates


def test_the_files_own_province_qualifies_its_local_numbers():
    from vanban.loaders import extract_text
    text = ("TỈNH ỦY QUẢNG NGÃI\n*\nSố 30-KH/TU\nQuảng Ngãi, ngày 05 tháng 8 năm 2022\nKẾ HOẠCH\nthực hiện Kết luận số 21-KL/TW\n"
            "Căn cứ Kế hoạch số 25-KH/TU về chuyển đổi số, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch này.\n")
    x = extract_text(text)
    # its own number too: "30-KH/TU" is a plan of every Tỉnh ủy that numbers one so (session 21: the own id was bare,
    # so two provinces' documents of one number were one node, and no other text's "30-KH/TU@Quảng Ngãi" met it)
    assert (x.document.id, x.document.code) == ("30-KH/TU@Quảng Ngãi", "30-KH/TU")
    assert "25-KH/TU@Quảng Ngãi" in {m.id for m in x.mentions}


def test_matching_runs_on_cleaned_text_but_offsets_and_surfaces_are_the_originals():
    from vanban.loaders import extract_text
    text = "Thực hiện Quy định số 08\u00a0–\u00a0QĐ/TW về phát triển thuỷ lợi ở Khánh Hoà."
    (m,) = [m for m in extract_text(text).mentions if m.code]
    assert m.code == "08-QĐ/TW" and m.surface == text[m.start:m.end] == "Quy định số 08\u00a0–\u00a0QĐ/TW"
    assert m.subject == "phát triển thủy lợi ở Khánh Hòa"      # one tone-mark placement
    assert m.evidence == text                                  # evidence is the original sentence


# ---------------------------------------------------------------- OCR slips inside a number (bench/accuracy_ocr.py)
# Lines as Tesseract read real gold texts printed as scans, and a synthetic variant of each; then clean text that
# looks alike and must give no number it does not write.
@pytest.mark.parametrize("text,code", [
    ("Căn cứ Quyết định số 63/QĐÐ-UBND ngày 20/01/2025", "63/QĐ-UBND"),           # fresh3 tvpl/ca83…, OCR
    ("Quyết định số 3955/QĐĐ-BVHTTDL ngày 9/12/2024", "3955/QĐ-BVHTTDL"),          # synthetic
    ("Căn cứ Thông tư số 02/2017/TT.VPCP ngày 31/10/2017", "02/2017/TT-VPCP"),    # dev tvpl/ad52…, OCR
    ("Căn cứ Thông tư số 03/2025/TT'VPCP ngày 15 tháng 9", "03/2025/TT-VPCP"),    # dev tvpl/ad52…, OCR
    ("theo Nghị định số 15/2020/NĐ’CP của Chính phủ", "15/2020/NĐ-CP"),          # synthetic
    ("Bãi bỏ toàn bộ Thông tư liên tịch số 72/2011/TTLT:BTC-BGTVT ngày", "72/2011/TTLT-BTC-BGTVT"),  # heldout, OCR
    ("Căn cứ Thông tư số 02/2017/TTVPCP ngày 31/10/2017", "02/2017/TT-VPCP"),      # dev tvpl/ad52…, OCR (seed 3)
    ("Căn cứ Thông tư số 03/2021/TTBKHĐT ngày", "03/2021/TT-BKHĐT"),               # dev tvpl/cd64…, born digital
    ("Nghị quyết số 02/2019/NQHĐND ngày", "02/2019/NQ-HĐND"),                       # synthetic
    ("số 05/2020/TTLTBCA-BQP", "05/2020/TTLT-BCA-BQP"),                             # synthetic: TTLT before TT
    ("văn bản quy phạm pháp luật số 64/202 5/QH15. được sửa đổi", "64/2025/QH15"),  # fresh tvpl/2dd7…, OCR
    ("Quyết định số 12/201 9/QĐ-UBND ngày", "12/2019/QĐ-UBND"),                  # synthetic
    ("các cấp theo Kết luận số 183-KI/TW ngày 04/8/2025", "183-KL/TW"),          # heldout tvpl/8983…, OCR
    ("thực hiện Kết luận số 21-Kl/TW của", None),                                # lower-case l: no Party code read
    ("Luật Quản lý thuế số 22/2023/OH15 được sửa đổi, bổ sung", "22/2023/QH15"),  # fresh7 tvpl/1489…, O for Q
    ("theo Luật số 45/2019/OH14 và", "45/2019/QH14"),                              # synthetic
    ("Quyết định số 12/2019/QĐ-OH ngày", "12/2019/QĐ-OH"),                          # a unit code "OH" stays
])
def test_ocr_slips_in_a_number_are_undone(text, code):
    # (cleaned as the pipeline does: Ð is Đ before numbers are read)
    from vanban.loaders.clean import clean
    codes = [f.code for f in find_mentions(segment(clean(text))) if f.code]
    assert codes == ([code] if code else [])


@pytest.mark.parametrize("text,codes", [
    ("ban hành kèm theo Thông tư số 30/2026/TT. Bộ Tài chính", ["30/2026/TT"]),   # no issuer glued: left as written
    ("số 123/ĐĐBQH-VP ngày", ["123/ĐĐBQH-VP"]),                                 # ĐĐ of a real unit code stays
    ("Luật số 12/2020/QH14.Điều 2", ["12/2020/QH14"]),                          # a law has no type code to misread
    ("Kế hoạch số 09-KI/ABC", []),                                             # no Party issuer: nothing read
    ("Nghị quyết số 17/2022/UBTVQH15 và Luật số 80/2015/QH13", ["17/2022/UBTVQH15", "80/2015/QH13"]),  # no type code
    ("Thông tư 01/2023/TT-TTCP", ["01/2023/TT-TTCP"]),                          # a code starting with TT stays
    ("ngày 12/3/2025 và 2019 5/2020/NĐ-CP", ["5/2020/NĐ-CP"]),                  # a year and a number side by side
])
def test_ocr_repairs_invent_no_number_in_clean_text(text, codes):
    assert [f.code for f in find_mentions(segment(text)) if f.code] == codes
