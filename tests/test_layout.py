"""The layout stage and the relations it decides, on real lines (issue 9).

Every text below is a real document's lines as they arrive (web pages with their chrome, gazette PDF text with
running heads and signature stamps, OCR); the source is named beside each.  The tables say which part a line
stands in, what the chrome hides, which number a damaged one is, and which relation each sentence states.
"""
from pathlib import Path

import pytest

from vanban.loaders import extract, extract_text
from vanban.loaders.clean import clean
from vanban.loaders.layout import layout, site_metadata

REAL = Path(__file__).parent / "fixtures" / "real" / "texts"


def parts_of(text):
    cleaned = clean(text)
    lay = layout(cleaned)
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    return lay, {i + 1: lay.part_at(starts[i]) for i in range(len(lines))}, lay.mask(cleaned).split("\n")


# ---------------------------------------------------------------- each chrome kind is hidden, the document found
WEB_PAGE = REAL / "tvpl" / "28eca2b78641f2b0.md"            # a customs letter on a legal website (Markdown)
GAZETTE = REAL / "congbao" / "nghi-dinh-so-145-2026-nd-cp-469483.txt"


@pytest.mark.parametrize("path,line,text,part", [
    # the website's copyright notice, its metadata table and its closing "related documents" list
    (WEB_PAGE, 3, "Bản dịch này thuộc quyền sở hữu của **", "chrome"),
    (WEB_PAGE, 24, "**Số hiệu:**", "chrome"),
    (WEB_PAGE, 104, "Công văn 38162/CHQ-GSQL năm 2025", "chrome"),
    (WEB_PAGE, 107, "## Văn bản liên quan", "chrome"),
    # the document itself: its header table, its body, its signature
    (WEB_PAGE, 68, "Số: 38162/CHQ-GSQL", "header"),
    (WEB_PAGE, 82, "tư số 38/2015/TT-BTC", "body"),
    (WEB_PAGE, 99, "**TL. CỤC TRƯỞNG**", "signature"),
])
def test_web_page_parts(path, line, text, part):
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[line - 1].startswith(text)
    _, parts, _ = parts_of(path.read_text(encoding="utf-8"))
    assert parts[line] == part


def test_web_chrome_is_blanked_and_its_numbers_are_not_references():
    text = WEB_PAGE.read_text(encoding="utf-8")
    _, _, masked = parts_of(text)
    assert masked[25].strip() == ""                           # "38162/CHQ-GSQL" as the site's "Số hiệu" value
    assert "Công văn" not in masked[103]                     # the site's closing title line
    x = extract(WEB_PAGE)
    assert x.document.code == "38162/CHQ-GSQL" and x.document.type == "Công văn"
    # the site's footer says "Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật …": not this letter's reference
    assert "13/2023/NĐ-CP" in text and all(m.code != "13/2023/NĐ-CP" for m in x.mentions)


def test_a_page_without_a_closing_title_line_ends_at_the_sites_contact_footer():
    # tvpl 6a58c855aa6d465c: a news lead, then the letter 17899/BTC-VP, then no closing title line; the site's
    # contact block ("**Địa chỉ:** … **Mã số thuế:**") and its privacy notice citing Nghị định 13/2023/NĐ-CP follow
    path = REAL / "tvpl" / "6a58c855aa6d465c.md"
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    _, parts, masked = parts_of(text)
    footer = next(i for i, ln in enumerate(lines, 1) if ln.startswith("**Địa chỉ:**") and i > 300)
    assert parts[footer] == "chrome" and parts[footer + 8] == "chrome"
    assert "13/2023/NĐ-CP" in text and "13/2023" not in "\n".join(masked)
    assert all(m.code != "13/2023/NĐ-CP" for m in extract(path).mentions)


def test_a_letter_shown_without_its_header_starts_at_kinh_gui_and_opens_with_its_preamble():
    # tvpl 6a58c855aa6d465c: the site's news lead quotes the letter, then "Kính gửi:" and "Thực hiện Kết luận số
    # 186-KL/TW ngày 29/8/2025 …" (a preamble line, not a header "Số" line although it ends with a number and a date)
    path = REAL / "tvpl" / "6a58c855aa6d465c.md"
    lines = path.read_text(encoding="utf-8").split("\n")
    _, parts, _ = parts_of(path.read_text(encoding="utf-8"))
    lead = next(i for i, ln in enumerate(lines, 1) if ln.startswith("Đồng thời tại Công văn 17899/BTC-VP"))
    opening = next(i for i, ln in enumerate(lines, 1) if ln.startswith("Thực hiện Kết luận số 186-KL/TW"))
    assert parts[lead] == "chrome" and parts[opening] == "preamble"
    x = extract(path)
    got = {(r.source, r.relation, r.target) for r in x.relations}
    assert {("17899/BTC-VP", "IMPLEMENTS", "186-KL/TW"), ("17899/BTC-VP", "IMPLEMENTS", "195-KL/TW")} <= got


def test_a_consolidated_text_opens_with_its_type_heading_and_consolidation_statement():
    # congbao van-ban-hop-nhat-so-111: "LUẬT / THUẾ TIÊU THỤ ĐẶC BIỆT", then "Luật … số 66/2025/QH15 ngày …, được
    # sửa đổi, bổ sung bởi:"; its own number stands only in the authentication block at the end
    path = REAL / "congbao" / "van-ban-hop-nhat-so-111-vbhn-vpqh-469594.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    _, parts, _ = parts_of(path.read_text(encoding="utf-8"))
    assert lines[5].startswith("LUẬT") and parts[6] == "title" and parts[20] == "preamble"
    x = extract(path)
    assert x.document.id == "111/VBHN-VPQH"
    got = {(r.source, r.relation, r.target) for r in x.relations}
    assert {("111/VBHN-VPQH", "CONSOLIDATES", "66/2025/QH15"), ("111/VBHN-VPQH", "CONSOLIDATES", "09/2026/QH16"),
            ("09/2026/QH16", "AMENDS", "66/2025/QH15")} <= got


def test_gazette_running_heads_page_numbers_and_signature_stamps_are_noise():
    text = GAZETTE.read_text(encoding="utf-8")
    lay, parts, masked = parts_of(text)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("CÔNG BÁO/Số") or line.startswith(("Ký bởi:", "Cơ quan: VĂN PHÒNG", "Ngày ký:")):
            assert masked[i].strip() == "", line
    assert extract(GAZETTE).document.code == "145/2026/NĐ-CP"


def test_a_sentence_cut_by_a_page_break_is_read_whole():
    # gazette text: the sentence goes on after the running head and the page number of the next page
    text = ("Điều 5. Hiệu lực thi hành\n1. Nghị định này có hiệu lực từ ngày ký. Nghị định này bãi bỏ Nghị định số \n"
            "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\n"
            "Ngày ký: 2026-04-22 08:44:30 +07:00\n\nCÔNG BÁO/Số 240/Ngày 22-04-2026 \n35\n \n"
            "59/2021/NĐ-CP ngày 18 tháng 6 năm 2021 của Chính phủ.\n")
    x = extract_text(HEADER_STATE + text)
    assert ("121/2026/NĐ-CP", "REPEALS", "59/2021/NĐ-CP") in {(r.source, r.relation, r.target) for r in x.relations}


def test_site_metadata_is_the_fallback_of_a_page_without_a_header():
    # a website page whose document text has no header (shown as an image on the site): tvpl 2d737276bf416017
    page = ("|\n#\n**Số hiệu:**\n|\n17809/BTC-CTK\n|\n**Loại văn bản:**\n|\nCông văn\n|\n**Nơi ban hành:**\n|\nBộ Tài chính\n"
            "|\n**Ngày ban hành:**\n|\n14/11/2025\n|\nThực hiện Nghị định số 94/2022/NĐ-CP ngày 07/11/2022 của Chính phủ, "
            "Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh báo cáo.\n")
    assert site_metadata(page)["number"] == "17809/BTC-CTK"
    x = extract_text(page)
    assert (x.document.code, x.document.type, x.document.date) == ("17809/BTC-CTK", "Công văn", "2025-11-14")
    assert ("17809/BTC-CTK", "IMPLEMENTS", "94/2022/NĐ-CP") in {(r.source, r.relation, r.target) for r in x.relations}



def test_a_page_without_a_header_ends_at_the_closing_title_line_restating_the_sites_number():
    # fresh5 tvpl e42103d7f815212d: no header table, the text opens at "Kính gửi:"; after the signature the site's
    # closing title "Công văn 174/CV-BCĐ năm 2025 …" and its "Văn bản liên quan" list ("Kết luận 170-KL/TW năm
    # 2025 …") are chrome, found by the number of the site's metadata table
    path = REAL / "tvpl" / "e42103d7f815212d.md"
    lines = path.read_text(encoding="utf-8").split("\n")
    _, parts, _ = parts_of(path.read_text(encoding="utf-8"))
    closing = next(i for i, ln in enumerate(lines, 1) if ln.startswith("Công văn 174/CV-BCĐ năm 2025"))
    assert parts[closing - 2] != "chrome" and parts[closing] == "chrome" and parts[closing + 50] == "chrome"
    codes = {m.code for m in extract(path).mentions}
    assert "192-KL/TW" in codes and "170-KL/TW" not in codes
    # the same page shape with other numbers: a closing title naming another document, after the recipients
    page = ("|\n**Số hiệu:**\n|\n812/UBND-KT\n|\n**Loại văn bản:**\n|\nCông văn\n|\n**Ngày ban hành:**\n|\n"
            "03/02/2026\n|\n**Kính gửi:** Các sở, ban, ngành tỉnh\nThực hiện Chỉ thị số 05/CT-TTg ngày 10/01/2026 "
            "của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh đề nghị các sở triển khai thực hiện.\n**Nơi nhận:**\n"
            "- Như trên;\n- Lưu: VT.\n**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\n"
            "Công văn 812/UBND-KT năm 2026 triển khai Chỉ thị 05/CT-TTg\n## Văn bản liên quan\n"
            "Quyết định 99/QĐ-TTg năm 2026 phê duyệt Đề án\n")
    x = extract_text(page)
    assert x.document.code == "812/UBND-KT"
    assert "05/CT-TTg" in {m.code for m in x.mentions} and "99/QĐ-TTg" not in {m.code for m in x.mentions}


# ---------------------------------------------------------------- the header, wherever its lines are
@pytest.mark.parametrize("name,path,number,type_,date,issuer", [
    ("web page, issuer wrapped over three lines", "tvpl/cd648cfa4fdecfb2.md", "1936/QĐ-UBND", "Quyết định", None, None),
    ("web letter: V/v under the number", "tvpl/c07c9fc611a5356b.md", "5529/CT-CS", "Công văn", "2025-11-25", "Cục Thuế"),
    ("gazette law-style resolution: date 'thông qua ngày'", "congbao/nghi-quyet-so-89-2025-ubtvqh15-45738.txt",
     "89/2025/UBTVQH15", "Nghị quyết", "2025-07-10", "Ủy ban Thường vụ Quốc hội"),
    ("gazette consolidated text: number in the authentication block",
     "congbao/van-ban-hop-nhat-so-112-vbhn-vpqh-469595.txt", "112/VBHN-VPQH", "Văn bản hợp nhất", None,
     "Văn phòng Quốc hội"),
    ("OCR of a Party conclusion: Party line merged into the issuer",
     "party/Trangsct-skill-sct__KL-75-KL-TW-28-7-2026-BVMT-BDKH-thoi-ky-moi.txt", "75-KL/TW", "Kết luận",
     "2026-07-28", "Ban Chấp hành Trung ương"),
])
def test_own_document_past_chrome_and_noise(name, path, number, type_, date, issuer):
    d = extract(REAL / path).document
    assert d.code == number and d.type == type_
    if date:
        assert d.date == date
    if issuer:
        assert d.issuer == issuer


def test_joint_circular_names_every_issuer():
    d = extract(REAL / "congbao" / "thong-tu-lien-tich-so-01-2022-ttlt-vksndtc-tandtc-bca-bqp-bldtbxh-36844.txt").document
    assert d.code == "01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH"
    assert d.issuer.split(" - ")[:2] == ["Viện kiểm sát nhân dân tối cao", "Tòa án nhân dân tối cao"]


# ---------------------------------------------------------------- numbers as they really appear
@pytest.mark.parametrize("surface,code", [
    ("Nghị định số 58/2021/NĐ -CP ngày", "58/2021/NĐ-CP"),                       # a space before the hyphen
    ("Thông tư số 39/2018/TT- BTC ngày 20/4/2018", "39/2018/TT-BTC"),            # a space after it
    ("Thông tư số 06/2024/TT-\nBLĐTBXH ngày 30 tháng 7 năm 2024", "06/2024/TT-BLĐTBXH"),   # broken at a line end
    ("Quyết định số 12/2025/QĐ-SNN&PTNT ngày", "12/2025/QĐ-SNN&PTNT"),           # "&" in the unit's code
    ("theo Nghị quyết số 21-NQ/TƯ của Ban Chấp hành", "21-NQ/TW"),               # TƯ written for TW
    ("theo Kết luận số 35-KL/TWngày 05/5/2022", "35-KL/TW"),                     # glued to the next word
    ("Trả lời công văn số 324/QTR-KTr2 ngày 22/7/2025", "324/QTR-KTr2"),         # a letter's number/unit
    ("Công văn số 17899/BTC-VP ngày 14/11/2025", "17899/BTC-VP"),
    ("Thông tư liên tịch số 01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH", "01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH"),
    ("Quyết định số 880/QD-TTg ngày", "880/QĐ-TTg"),                              # Đ typed as D
])
def test_number_forms(surface, code):
    x = extract_text(surface + " của cơ quan.")
    assert [m.code for m in x.mentions if m.code] == [code]


@pytest.mark.parametrize("surface", [
    "Tờ khai theo Mẫu số 02/ĐK-TCT ban hành kèm theo",        # a form
    "Điều 3. Quy định chuyển tiếp",                             # a heading
])
def test_not_documents(surface):
    assert [m.code for m in extract_text(surface).mentions if m.code] == []


# ---------------------------------------------------------------- relations decided by the part
HEADER_STATE = ("CHÍNH PHỦ\nSố: 121/2026/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                "Hà Nội, ngày 03 tháng 4 năm 2026\nNGHỊ ĐỊNH\nQuy định về thành lập, tổ chức lại\n")
HEADER_PARTY = ("ĐẢNG BỘ TỈNH LÀO CAI\nĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\n*\nSố 25-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                "Lào Cai, ngày 07 tháng 9 năm 2026\nKẾ HOẠCH\nthực hiện Kết luận của Bộ Chính trị\n")
OWN = "121/2026/NĐ-CP"


@pytest.mark.parametrize("header,body,expected,absent", [
    # preamble: every document of a "Căn cứ" item is a base, the amenders too; "Theo đề nghị" gives nothing
    (HEADER_STATE, "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật "
     "số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;\nTheo đề nghị của Bộ trưởng Bộ Nội vụ theo "
     "Tờ trình số 12/TTr-BNV;\nChính phủ ban hành Nghị định quy định về thành lập.\nĐiều 1. Phạm vi điều chỉnh\n",
     {(OWN, "BASED_ON", "63/2025/QH15"), (OWN, "BASED_ON", "64/2025/QH15"), (OWN, "BASED_ON", "87/2025/QH15"),
      ("87/2025/QH15", "AMENDS", "64/2025/QH15")},
     {(OWN, "BASED_ON", "12/TTr-BNV")}),
    # Markdown around a web page's preamble items (tvpl 0326977b5d611b9a)
    (HEADER_STATE, "*Căn cứ Nghị định số 03/2017/NĐ-CP (đã được sửa đổi,\nbổ sung tại Nghị định số 145/2024/NĐ-CP) "
     "của Chính phủ về kinh doanh casino;*\n**Điều 1. Phạm vi điều chỉnh**\n",
     {(OWN, "BASED_ON", "03/2017/NĐ-CP"), ("145/2024/NĐ-CP", "AMENDS", "03/2017/NĐ-CP")}, set()),
    # Party preamble and a plan's opening: "Căn cứ", "Thực hiện X, Y" (not the documents those name in turn)
    (HEADER_PARTY, "- Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương;\n"
     "Thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Bộ Chính trị và Kế hoạch số 12-KH/TU ngày 05/8/2026 của "
     "Tỉnh ủy, Ban Thường vụ Đảng ủy ban hành Kế hoạch thực hiện như sau:\nI- MỤC ĐÍCH, YÊU CẦU\n",
     # (the own number carries its province since session 33: the header names it above the committee and in the
     # place-date, and every Đảng ủy numbers its plans from 1)
     {("25-KH/ĐU@Lào Cai", "BASED_ON", "24-QĐ/TW"), ("25-KH/ĐU@Lào Cai", "IMPLEMENTS", "75-KL/TW")}, set()),
    # effect clause: whole replacement, an enumerated list of repeals, "hết hiệu lực" of the list's head only
    (HEADER_STATE, "Điều 9. Hiệu lực thi hành\n1. Nghị định này có hiệu lực từ ngày 01 tháng 6 năm 2026 và thay thế "
     "Nghị định số 158/2018/NĐ-CP ngày 22 tháng 11 năm 2018 của Chính phủ.\n2. Bãi bỏ các văn bản sau đây:\n"
     "a) Quyết định số 12/2019/QĐ-TTg ngày 01 tháng 3 năm 2019 của Thủ tướng Chính phủ;\n"
     "b) Điều 3 Thông tư số 05/2020/TT-BNV ngày 10 tháng 5 năm 2020 của Bộ trưởng Bộ Nội vụ.\n",
     {(OWN, "REPLACES", "158/2018/NĐ-CP"), (OWN, "REPEALS", "12/2019/QĐ-TTg"), (OWN, "REPEALS", "05/2020/TT-BNV")},
     set()),
    (HEADER_STATE, "Điều 10. Hiệu lực thi hành\nNghị định số 59/2021/NĐ-CP đã được sửa đổi, bổ sung theo Nghị định số "
     "12/2023/NĐ-CP hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.\n",
     {(OWN, "REPEALS", "59/2021/NĐ-CP"), ("12/2023/NĐ-CP", "AMENDS", "59/2021/NĐ-CP")},
     {(OWN, "REPEALS", "12/2023/NĐ-CP")}),
    # an article's own act, a phrase swap (AMENDS, never REPLACES), a partial repeal of an annex
    (HEADER_STATE, "Điều 11. Sửa đổi, bổ sung một số điều của Nghị định số 248/2025/NĐ-CP\n1. Thay thế cụm từ "
     "“doanh nghiệp nhà nước” bằng cụm từ “doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ” tại khoản 3 Điều 12 "
     "của Nghị định số 248/2025/NĐ-CP.\n2. Bãi bỏ khoản 2 Điều 17 của Nghị định số 30/2020/NĐ-CP.\n",
     {(OWN, "AMENDS", "248/2025/NĐ-CP"), (OWN, "REPEALS", "30/2020/NĐ-CP")},
     {(OWN, "REPLACES", "248/2025/NĐ-CP")}),
    # a passive list with a stutter ("bởi Luật số Luật số …", congbao nghi-dinh-so-212-2025): each amender
    (HEADER_STATE, "Căn cứ Luật Bảo hiểm y tế số 25/2008/QH12 được sửa đổi, bổ sung bởi Luật\nsố Luật số 32/2013/QH13, "
     "Luật số 46/2014/QH13 và Luật số\n51/2024/QH15;\nChính phủ ban hành Nghị định.\nĐiều 1. Phạm vi\n",
     {("32/2013/QH13", "AMENDS", "25/2008/QH12"), ("46/2014/QH13", "AMENDS", "25/2008/QH12"),
      ("51/2024/QH15", "AMENDS", "25/2008/QH12")}, set()),
    # "… đến khi Luật X hết hiệu lực": a condition, not the own document's repeal (nor of the document before it)
    (HEADER_STATE, "Điều 20. Quy định chuyển tiếp\nThực hiện theo quy định tại Điều 11 Nghị định số 30/2016/NĐ-CP "
     "đến khi Luật Việc làm số 38/2013/QH13 ngày 16 tháng 11 năm 2013 hết hiệu lực thi hành.\n",
     set(), {(OWN, "REPEALS", "38/2013/QH13"), (OWN, "REPEALS", "30/2016/NĐ-CP")}),
    # a list before "hết hiệu lực": every document of it
    (HEADER_STATE, "Điều 21. Hiệu lực thi hành\nNghị định số 30/2016/NĐ-CP ngày 28 tháng 4 năm 2016 của Chính phủ và "
     "Nghị định số 31/2016/NĐ-CP ngày 28 tháng 4 năm 2016 hết hiệu lực kể từ ngày Nghị định này có hiệu lực.\n",
     {(OWN, "REPEALS", "30/2016/NĐ-CP"), (OWN, "REPEALS", "31/2016/NĐ-CP")}, set()),
    # the title states what the document does (congbao quyet-dinh-so-844-qd-ttg: a title cut over two lines)
    (HEADER_STATE.replace("Quy định về thành lập, tổ chức lại\n", "Ban hành Kế hoạch hành động thực hiện\nChỉ thị số "
                          "52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư\n"),
     "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n",
     {(OWN, "IMPLEMENTS", "52-CT/TW")}, set()),
    # … but in "sửa đổi Nghị định X quy định chi tiết Luật Y" the guiding is X's
    (HEADER_STATE.replace("Quy định về thành lập, tổ chức lại\n", "Sửa đổi, bổ sung một số điều của Nghị định số "
                          "15/2020/NĐ-CP quy định chi tiết Luật số 76/2015/QH13\n"),
     "Chính phủ ban hành Nghị định.\nĐiều 1. Phạm vi\n",
     {(OWN, "AMENDS", "15/2020/NĐ-CP"), ("15/2020/NĐ-CP", "GUIDES", "76/2015/QH13")}, {(OWN, "GUIDES", "76/2015/QH13")}),
    # the scope article: "Nghị định này quy định chi tiết … của Luật …" (congbao nghi-dinh-so-167-2026)
    (HEADER_STATE, "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết Điều 5, Điều 8, khoản 2 và khoản 3 Điều 23 "
     "của Luật Dẫn độ số 100/2025/QH15 (sau đây gọi là Luật Dẫn độ).\n", {(OWN, "GUIDES", "100/2025/QH15")}, set()),
    (HEADER_STATE, "Điều 1. Phạm vi điều chỉnh Nghị định này quy định chi tiết khoản 2 Điều 23 của Luật Dẫn độ số "
     "100/2025/QH15.\n", {(OWN, "GUIDES", "100/2025/QH15")}, set()),
    # congbao van-ban-hop-nhat-so-111: each law of the list carries its own amenders; a ";" starts the next law
    (HEADER_STATE, "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng số 48/2024/QH15 "
     "đã được sửa đổi, bổ sung một số điều theo Luật số 90/2025/QH15 và Luật số 149/2025/QH15; Luật Thuế thu nhập "
     "doanh nghiệp số 67/2025/QH15 đã được sửa đổi, bổ sung một số điều theo Luật số 116/2025/QH15; Luật Thuế tiêu "
     "thụ đặc biệt số 66/2025/QH15.\n",
     {("149/2025/QH15", "AMENDS", "48/2024/QH15"), ("116/2025/QH15", "AMENDS", "67/2025/QH15")},
     {("67/2025/QH15", "AMENDS", "48/2024/QH15"), ("66/2025/QH15", "AMENDS", "67/2025/QH15")}),
    # a letter reports a relation between two other documents: the acting document is kept
    (HEADER_STATE, "Điều 1. Thủ tục hải quan được quy định tại Điều 76 Thông tư số 38/2015/TT-BTC ngày 25/03/2015 được "
     "sửa đổi, bổ sung tại khoản 52 Điều 1 Thông tư số 39/2018/TT- BTC ngày 20/4/2018 của Bộ Tài chính.\n",
     {("39/2018/TT-BTC", "AMENDS", "38/2015/TT-BTC")}, {(OWN, "AMENDS", "38/2015/TT-BTC")}),
])
def test_relations_by_part(header, body, expected, absent):
    x = extract_text(header + body)
    got = {(r.source, r.relation, r.target) for r in x.relations}
    assert expected <= got, expected - got
    assert not (absent & got), absent & got


def test_partial_acts_keep_their_scope():
    x = extract_text(HEADER_STATE + "Điều 11. Hiệu lực thi hành\n1. Bãi bỏ khoản 2 Điều 17 của Nghị định số "
                     "30/2020/NĐ-CP.\n2. Bãi bỏ Nghị định số 31/2020/NĐ-CP.\n3. Bãi bỏ 03 thủ tục hành chính (số thứ tự "
                     "04, 06, 07) được ban hành kèm theo Quyết định số 1388/QĐ-UBND ngày 06/10/2025.\n")
    by_target = {r.target: r for r in x.relations if r.relation == "REPEALS"}
    assert by_target["30/2020/NĐ-CP"].partial and by_target["30/2020/NĐ-CP"].scope == "khoản 2 Điều 17"
    assert not by_target["31/2020/NĐ-CP"].partial and by_target["31/2020/NĐ-CP"].scope is None
    assert by_target["1388/QĐ-UBND"].partial


def test_a_report_does_not_act_and_its_tasks_stay_plans():
    # the seed's report: "sửa đổi, bổ sung Quy định số 132-QĐ/TW" is a task, never the report's own act
    x = extract(Path(__file__).parent.parent / "examples" / "000_4359cb3ac2b76893.txt")
    own = x.document.id
    assert not [r for r in x.relations if r.source == own and r.relation in ("AMENDS", "REPLACES", "REPEALS")]


def test_quoted_text_of_an_amending_document_belongs_to_the_amended_one():
    x = extract_text(HEADER_STATE + "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 15/2018/NĐ-CP\n"
                     "1. Khoản 2 Điều 5 được sửa đổi như sau:\n“2. Bãi bỏ Quyết định số 77/2010/QĐ-TTg.”\n")
    got = {(r.source, r.relation, r.target) for r in x.relations}
    assert (OWN, "AMENDS", "15/2018/NĐ-CP") in got
    assert (OWN, "REPEALS", "77/2010/QĐ-TTg") not in got
    assert ("15/2018/NĐ-CP", "REPEALS", "77/2010/QĐ-TTg") in got


VBHN_HEADER = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTHÔNG TƯ\nHướng dẫn quản lý lao động\n"
               "Thông tư số 34/2016/TT-BLĐTBXH ngày 25 tháng 10 năm 2016 của Bộ trưởng Bộ Lao động - Thương binh và Xã "
               "hội, có hiệu lực từ ngày 10 tháng 12 năm 2016, được sửa đổi, bổ sung bởi:\nThông tư số "
               "12/2024/TT-BLĐTBXH ngày 14 tháng 11 năm 2024 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội, có "
               "hiệu lực từ ngày 29 tháng 12 năm 2024.\n")
VBHN_TAIL = ("\nBỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\nXÁC THỰC VĂN BẢN HỢP NHẤT\nSố: 463/VBHN-BLĐTBXH\n"
             "Hà Nội, ngày 10 tháng 02 năm 2025\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n")


def test_a_consolidated_texts_preamble_is_its_originals_and_a_quoted_preamble_the_amenders():
    # congbao van-ban-hop-nhat-so-463: the VBHN has no bases of its own; footnote 1 quotes the amender's preamble
    x = extract_text(VBHN_HEADER + "Căn cứ Nghị định số 106/2012/NĐ-CP ngày 20 tháng 12 năm 2012 của Chính phủ;\n"
                     "Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư hướng dẫn quản lý lao động1.\n"
                     "1 Thông tư số 12/2024/TT-BLĐTBXH ngày 14 tháng 11 năm 2024 của Bộ trưởng, có hiệu lực thi hành "
                     "từ ngày 29 tháng 12 năm 2024 có căn cứ ban hành như sau:\n“Căn cứ Nghị định số 62/2022/NĐ-CP "
                     "ngày 12 tháng 9 năm 2022 của Chính phủ;\nCăn cứ Nghị định số 21/2024/NĐ-CP ngày 23 tháng 02 năm "
                     "2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 51/2016/NĐ-CP;\nBộ trưởng ban "
                     "hành Thông tư.”\nĐiều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn việc quản lý.\n" + VBHN_TAIL)
    assert x.document.id == "463/VBHN-BLĐTBXH"
    got = {(r.source, r.relation, r.target): r for r in x.relations}
    assert ("34/2016/TT-BLĐTBXH", "BASED_ON", "106/2012/NĐ-CP") in got
    assert ("463/VBHN-BLĐTBXH", "BASED_ON", "106/2012/NĐ-CP") not in got
    assert ("12/2024/TT-BLĐTBXH", "BASED_ON", "62/2022/NĐ-CP") in got
    assert ("12/2024/TT-BLĐTBXH", "BASED_ON", "21/2024/NĐ-CP") in got
    assert ("21/2024/NĐ-CP", "AMENDS", "51/2016/NĐ-CP") in got
    # "một số điều của" is not a scope ("điều của")
    assert got[("21/2024/NĐ-CP", "AMENDS", "51/2016/NĐ-CP")].scope is None
    # the amender's object is no base of the quoting document unless an item of its own names it (the real text's
    # line 67 does: tests/test_relate_bases.py)
    assert ("12/2024/TT-BLĐTBXH", "BASED_ON", "51/2016/NĐ-CP") not in got


def test_a_consolidated_text_that_repeats_its_originals_header_is_still_the_vbhn():
    # congbao van-ban-hop-nhat-so-1798-vbhn-bldtbxh: the original's "Số: 49/2018/NĐ-CP" heads the text, the list of
    # amenders is numbered "1. Nghị định số …" (not the body), the VBHN's own number is in its authentication block;
    # the text once dates the decree "ngày 30 tháng 3 năm 2021" (a slip: 49/2018 names one decree)
    text = ("VĂN BẢN HỢP NHẤT -\nBỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n\nCHÍNH PHỦ\n___________\n\nSố: 49/2018/NĐ-CP\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n30 tháng 3 năm 2018\nNGHỊ ĐỊNH\n"
            "Quy định về kiểm định chất lượng giáo dục nghề nghiệp\n\nNghị định số 49/2018/NĐ-CP ngày 30 tháng 3 năm 2018 "
            "của Chính phủ, có hiệu lực kể từ ngày 15 tháng 5 năm 2018 được sửa đổi, bổ sung bởi:\n"
            "1. Nghị định số 140/2018/NĐ-CP ngày 08 tháng 10 năm 2018 của Chính phủ, có hiệu lực kể từ ngày 08 tháng 10 "
            "năm 2018.\n2. Nghị định số 04/2023/NĐ-CP ngày 13 tháng 02 năm 2023 của Chính phủ, có hiệu lực kể từ ngày "
            "13 tháng 02 năm 2023.\n\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nChính phủ ban hành Nghị "
            "định.\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định về kiểm định chất lượng.\nĐiều 2. Khoản 1 được "
            "sửa đổi theo Nghị định số 49/2018/NĐ-CP ngày 30 tháng 3 năm 2021.\n\nBỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\n"
            "\nSố: 1798/VBHN-BLĐTBXH\nXÁC THỰC VĂN BẢN HỢP NHẤT\n\nHà Nội, ngày 18 tháng 5 năm 2023\nKT. BỘ TRƯỞNG\n")
    x = extract_text(text)
    assert x.document.id == "1798/VBHN-BLĐTBXH" and x.document.type == "Văn bản hợp nhất"
    assert x.document.date == "2023-05-18"
    got = {(r.source, r.relation, r.target) for r in x.relations}
    assert {("1798/VBHN-BLĐTBXH", "CONSOLIDATES", "49/2018/NĐ-CP"), ("1798/VBHN-BLĐTBXH", "CONSOLIDATES", "140/2018/NĐ-CP"),
            ("1798/VBHN-BLĐTBXH", "CONSOLIDATES", "04/2023/NĐ-CP"), ("140/2018/NĐ-CP", "AMENDS", "49/2018/NĐ-CP"),
            ("04/2023/NĐ-CP", "AMENDS", "49/2018/NĐ-CP")} <= got
    assert not [r for r in got if r[0] == "49/2018/NĐ-CP" and r[1] == "AMENDS"]          # not an active list
    assert {m.id for m in x.mentions if m.code == "49/2018/NĐ-CP"} == {"49/2018/NĐ-CP"}


def test_a_gazette_continuation_is_the_document_its_section_heading_names():
    # congbao thong-tu-so-102-2018-tt-btc: the issue goes on with a circular's annexes ("(Tiếp theo Công báo số
    # 201 + 202)"); the annexes' report forms carry "Số:" lines and units that are not the document's own
    text = (" \n2 \nCÔNG BÁO/Số 203 + 204/Ngày 18-02-2019 \n  \nVĂN BẢN QUY PHẠM PHÁP LUẬT \n \n \nBỘ TÀI CHÍNH \n \n \n"
            "Thông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018 \nhướng dẫn kế toán Bảo hiểm xã hội  \n \n \n"
            "(Tiếp theo Công báo số 201 + 202) \n \n \nPhụ lục số 04 \nHỆ THỐNG BÁO CÁO TÀI CHÍNH\n"
            "(Ban hành kèm theo Thông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018 của Bộ Tài chính)\n\n"
            "BẢO HIỂM XÃ HỘI VIỆT NAM\nĐƠN VỊ BÁO CÁO\nSố: ............\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nBÁO CÁO\nTình hình thu chi\n")
    d = extract_text(text).document
    assert (d.id, d.type, d.date, d.issuer) == ("102/2018/TT-BTC", "Thông tư", "2018-11-14", "Bộ Tài chính")


@pytest.mark.parametrize("text,own", [
    # a special resolution's dotted number (congbao nghi-quyet-so-6617-2026-nq-cp)
    ("CHÍNH PHỦ\n_________\n\nSố: 66.17/2026/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Hà Nội, ngày 15 tháng 5 năm 2026\n\nNGHỊ QUYẾT\nCắt giảm ngành, nghề\n", "66.17/2026/NQ-CP"),
    # a dotted unit code of a letter (tvpl 8018a6f353d60a9e)
    ("VĂN PHÒNG CHÍNH PHỦ\nSố: 11554/VPCP-V.I\nV/v nâng cao hiệu quả công tác\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 25 tháng 11 năm 2025\nKính gửi: Các Bộ\n", "11554/VPCP-V.I"),
])
def test_dotted_numbers_in_the_header(text, own):
    assert extract_text(text).document.id == own


HEADER_DISPATCH = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 229/CĐ-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Hà Nội, ngày 02 tháng 12 năm 2025\nCÔNG ĐIỆN\nVề tập trung thực hiện các nhiệm vụ trọng tâm\n")


@pytest.mark.parametrize("body,expected,absent", [
    # tvpl 5dbaef1b7c77d06c: an order to carry out Government resolutions, listed "số A, số B"
    ("1. Khẩn trương thực hiện quyết liệt, đồng bộ các nhiệm vụ, giải pháp để khắc phục khó khăn nhất là ảnh hưởng "
     "của thiên tai vừa qua theo các Nghị quyết số 347/NQ-CP ngày 24 tháng 10 năm 2025, số 380/NQ-CP ngày 25 tháng "
     "11 năm 2025 của Chính phủ.\n",
     {("229/CĐ-TTg", "IMPLEMENTS", "347/NQ-CP"), ("229/CĐ-TTg", "IMPLEMENTS", "380/NQ-CP")}, set()),
    # compliance with a law is a citation, not an order to implement it
    ("1. Các địa phương thực hiện theo quy định tại Nghị định số 15/2020/NĐ-CP ngày 03 tháng 02 năm 2020.\n",
     set(), {("229/CĐ-TTg", "IMPLEMENTS", "15/2020/NĐ-CP")}),
    # a review of the implementation is no order either
    ("1. Sau hơn 13 năm thực hiện Nghị quyết số 24-NQ/TW, kết quả đạt được còn hạn chế.\n",
     set(), {("229/CĐ-TTg", "IMPLEMENTS", "24-NQ/TW")}),
])
def test_a_directing_documents_orders_to_carry_out_policy_documents(body, expected, absent):
    got = {(r.source, r.relation, r.target) for r in extract_text(HEADER_DISPATCH + body).relations}
    assert expected <= got, expected - got
    assert not (absent & got), absent & got


def test_a_conclusion_reviews_what_it_concludes():
    # party KL-75-KL-TW: "xem xét báo cáo tổng kết thực hiện Nghị quyết số 24-NQ/TW, Ban Chấp hành Trung ương Đảng
    # thống nhất …" in the conclusion's background section -> the conclusion REVIEWS the resolution
    path = REAL / "party" / "Trangsct-skill-sct__KL-75-KL-TW-28-7-2026-BVMT-BDKH-thoi-ky-moi.txt"
    got = {(r.source, r.relation, r.target) for r in extract(path).relations}
    assert ("75-KL/TW", "REVIEWS", "24-NQ/TW") in got
    assert ("75-KL/TW", "IMPLEMENTS", "24-NQ/TW") not in got


# ---------------------------------------------------------------- numbers damaged by OCR: proven, or the doubt kept
@pytest.mark.parametrize("text,code,rule", [
    # the text writes the number cleanly elsewhere: that reading is the number
    ("Căn cứ Nghị định số l 25/2023/NĐ-CP ngày 1/1/2023. Theo Nghị định số 125/2023/NĐ-CP của Chính phủ.",
     "125/2023/NĐ-CP", "number:ocr-repaired"),
    ("Thực hiện Nghị quyết số I5-NQ/TW; Nghị quyết 15-NQ/TW đã xác định.", "15-NQ/TW", "number:ocr-repaired"),
    # nothing proves it: the first reading, marked as a doubt (the "l" may be a stray mark: 25/2023 stays a candidate)
    ("Căn cứ Nghị định số l 25/2023/NĐ-CP ngày 1/1/2023.", "125/2023/NĐ-CP", "number:ocr-doubt"),
    ("Thông tư số 2O/2020/TT-BTC của Bộ Tài chính.", "20/2020/TT-BTC", "number:ocr-doubt"),
])
def test_ocr_damaged_numbers(text, code, rule):
    x = extract_text(text)
    first = x.mentions[0]
    assert (first.code, first.rule) == (code, rule)
    doc = next(d for d in x.documents if d.id == code)
    assert ("OCR" in doc.doubt) == (rule == "number:ocr-doubt")


def test_not_damaged_numbers():
    x = extract_text("Tổng cộng 1O0 người; khoản l Điều 5; mã số l23/ABC; Luật số 50/2019/QH14.")
    assert [m.code for m in x.mentions if m.code] == ["50/2019/QH14"]


def test_an_ocr_damaged_own_number_is_read_as_the_text_proves_it():
    # "Số: I7 /2024/QĐ-UBND" (issue 9's example): the annex's "Ban hành kèm theo Quyết định số 17/2024/QĐ-UBND"
    # proves the reading; without it the reading stands with a warning
    head = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: I7 /2024/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nLào Cai, ngày 05 tháng 3 năm 2024\nQUYẾT ĐỊNH\nBan hành Quy chế\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế.\n")
    proven = extract_text(head + "QUY CHẾ\n(Ban hành kèm theo Quyết định số 17/2024/QĐ-UBND ngày 05/3/2024)\n")
    assert proven.document.id == "17/2024/QĐ-UBND@Lào Cai" and not proven.warnings   # (its province's: session 21)
    assert proven.document.issuer == "Ủy ban nhân dân tỉnh Lào Cai"
    doubtful = extract_text(head)
    assert doubtful.document.id == "17/2024/QĐ-UBND@Lào Cai"
    assert any("OCR" in w for w in doubtful.warnings)


@pytest.mark.parametrize("body,target,scope", [
    # congbao thong-tu-so-06-2024: a list item repeals articles "và một số nội dung" of a circular
    ("Điều 3. Hiệu lực thi hành\n1. Kể từ ngày Thông tư này có hiệu lực thi hành, bãi bỏ các quy định sau:\n"
     "a) Khoản 3 Điều 3 Thông tư số 26/2016/TT-BLĐTBXH.\nb) Điều 24, khoản 6 Điều 25 và một số nội dung quy định tại "
     "Thông tư số 27/2016/TT-BLĐTBXH, gồm: cụm từ “chỉ tiêu” tại khoản 2 Điều 11.\n", "27/2016/TT-BLĐTBXH",
     "Điều 24, khoản 6 Điều 25"),
    # tvpl 03741adae8c7c410: a phrase in Markdown italics; an earlier inline title quote left unclosed by the text
    ("Xét Tờ trình số 408/TTr-UBND về việc ban hành Nghị quyết “Quy định nội dung, mức chi;\nĐiều 5. Hiệu lực thi "
     "hành\n2. Bãi bỏ cụm từ *“Công an cấp huyện”* tại điểm a khoản 1 Điều 3 Nghị quyết số 38/2024/NQ-HĐND ngày 10 "
     "tháng 12 năm 2024.\n", "38/2024/NQ-HĐND", "cụm từ (điểm a khoản 1 Điều 3)"),
    # tvpl 551c9da04f57dc24 (fresh5): one procedure, named by its quoted title, of those a decision published
    ("Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 01 năm 2026.\nBãi bỏ TTHC: *“Đăng ký sửa đổi chế độ Kế "
     "toán theo Thông tư số 200/2014/TT-BTC hướng dẫn Chế độ kế toán doanh nghiệp”* tại Quyết định số 2083/QĐ-BTC "
     "ngày 29/09/2016 của Bộ trưởng Bộ Tài chính.\n", "2083/QĐ-BTC",
     # (without the page's italics since session 24, as the fresh5 gold writes it: "TTHC “Đăng ký …”")
     "TTHC: “Đăng ký sửa đổi chế độ Kế toán theo Thông tư số 200/2014/TT-BTC hướng dẫn Chế độ kế toán doanh "
     "nghiệp”"),
    # the same shape with other words: a form swapped, named by its quoted name, "ban hành kèm theo" (an amendment)
    ("Điều 4. Hiệu lực thi hành\n2. Thay thế mẫu tờ khai “Đề nghị cấp lại chứng chỉ hành nghề” được ban hành kèm "
     "theo Thông tư số 12/2021/TT-BYT ngày 30 tháng 8 năm 2021.\n", "12/2021/TT-BYT",
     "mẫu tờ khai “Đề nghị cấp lại chứng chỉ hành nghề”"),
])
def test_partial_repeals_keep_their_scope(body, target, scope):
    x = extract_text(HEADER_STATE + body)
    r = next(r for r in x.relations if r.target.split("@")[0] == target and r.source == OWN)
    assert r.relation in ("REPEALS", "AMENDS") and r.partial and r.scope == scope


def test_a_units_name_wrapped_before_its_body_in_a_web_header_cell():
    # tvpl 405a6cabda393030: "**VĂN PHÒNG" / "CHÍNH PHỦ**" is the Government Office, not the Government
    x = extract(REAL / "tvpl" / "405a6cabda393030.md")
    assert (x.document.id, x.document.issuer) == ("659/TB-VPCP", "Văn phòng Chính phủ")


def test_a_gazette_header_block_read_after_the_title_and_preamble():
    # congbao thong-tu-so-32-2026-tt-bkhcn: pdftotext put the issuer/number/date block after Điều 1; the title,
    # the preamble and the articles before it are the document, not chrome
    text = ("CÔNG BÁO/Số 351/Ngày 27-06-2026 \n102\n \n \nTHÔNG TƯ \nQuy định danh mục các lĩnh vực \n"
            "Căn cứ Luật Phòng, chống tham nhũng số 36/2018/QH14, được sửa đổi, bổ \nsung một số điều theo Luật số "
            "59/2020/QH14; \nCăn cứ Nghị định số 59/2019/NĐ-CP ngày 01 tháng 7 năm 2019 của Chính phủ, được sửa đổi, "
            "bổ sung một số điều tại Nghị định số 134/2021/NĐ-CP ngày 30 tháng \n12 năm 2021 của Chính phủ; \n"
            "Bộ trưởng Bộ Khoa học và Công nghệ ban hành Thông tư quy định danh mục. \nĐiều 1. Phạm vi điều chỉnh  \n"
            "Thông tư này quy định danh mục các lĩnh vực. \nBỘ KHOA HỌC VÀ CÔNG NGHỆ \n \nSố: 32/2026/TT-BKHCN \n \n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \n \n  Hà Nội, ngày  11 tháng 6 năm 2026 \n"
            "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực kể từ ngày 01 tháng 8 năm 2026.\n")
    x = extract_text(text)
    assert (x.document.id, x.document.type, x.document.date) == ("32/2026/TT-BKHCN", "Thông tư", "2026-06-11")
    got = {(r.source, r.relation, r.target) for r in x.relations}
    own = "32/2026/TT-BKHCN"
    assert {(own, "BASED_ON", "36/2018/QH14"), (own, "BASED_ON", "59/2019/NĐ-CP"),
            ("59/2020/QH14", "AMENDS", "36/2018/QH14"), ("134/2021/NĐ-CP", "AMENDS", "59/2019/NĐ-CP")} <= got
    # "được sửa đổi, bổ sung một số điều tại Nghị định số 134/2021/NĐ-CP": 134/2021 acts, nothing amends it
    assert not [r for r in x.relations if r.relation == "AMENDS" and r.target == "134/2021/NĐ-CP"]


def test_a_type_code_slip_is_repaired_only_where_the_text_proves_it():
    # congbao nghi-quyet-so-100-nq-cp line 279: "Chỉ thị số 49-NQ/TW" in a text that cites "Chỉ thị số 49-CT/TW"
    x = extract_text("Căn cứ Chỉ thị số 49-CT/TW ngày 28/6/2025 của Ban Bí thư. Trên cơ sở nội dung Chỉ thị số "
                     "49-NQ/TW của Ban Bí thư. Kết luận số 21-NQ/TW được ban hành.")
    assert [(m.code, m.rule) for m in x.mentions if m.code] == [
        ("49-CT/TW", "number:party"), ("49-CT/TW", "number:type-repaired"), ("21-NQ/TW", "number:party")]


# Layout.parts_at answers for a whole document's units at once (relate asks the part of every unit): the same as
# part_at offset by offset, on the units of real texts, on every line start, and on offsets out of order.
@pytest.mark.parametrize("path", sorted(p for p in REAL.rglob("*") if p.suffix in (".txt", ".md"))[:15]
                         + sorted((REAL.parents[3] / "examples" / "state").glob("*.txt"))[:5], ids=lambda p: p.name)
def test_parts_at_is_part_at_for_every_offset(path):
    from vanban.loaders.read import read_text
    from vanban.loaders.segment import segment
    text = clean(read_text(path).text)
    lay = layout(text)
    seg = segment(lay.mask(text), wrapped=lay.wrapped)
    assert len({lay.part_at(u.start) for u in seg.units}) >= 2
    for offsets in ([u.start for u in seg.units], seg.line_starts, list(range(-2, len(text) + 3, 7)),
                    [lay.start - 1, lay.start, lay.end - 1, lay.end, lay.end + 1] + [a for _, a, _ in lay.parts],
                    [u.start for u in reversed(seg.units)], []):
        assert lay.parts_at(offsets) == [lay.part_at(o) for o in offsets]


def test_a_scanned_type_heading_with_ocr_specks_opens_the_preamble():
    # the fresh3 gazette text 172/2026/NĐ-CP printed as a scan (bench/accuracy_ocr.py): Tesseract read specks after
    # the heading ("NGHỊ ĐỊNH . -"); the preamble's bases must still be the document's
    text = ("CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA\n: nc : VIỆT NAM\nSố: 172/2026/NĐ-CP Độc lập - Tự do - Hạnh phúc.\n\n"
            "Hà Nội, ngày 15 tháng 5 năm 2026\n\nNGHỊ ĐỊNH . -\nQuy định chi tiết chi phí thực hiện công tác dẫn độ\n\n"
            "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nCăn cứ Luật Dẫn độ số 100/2025/QH15;\n"
            "Theo đề nghị của Bộ trưởng Bộ Công an;\nChính phủ ban hành Nghị định quy định chi tiết.\n\n"
            "Điều 1. Phạm vi điều chỉnh\n")
    x = extract_text(text)
    assert x.document.code == "172/2026/NĐ-CP"
    assert {r.target.split("@")[0] for r in x.relations if r.relation == "BASED_ON"} == {"63/2025/QH15", "100/2025/QH15"}


def test_the_enacting_quyet_dinh_colon_is_no_type_heading():
    from vanban.loaders.layout import TYPE_HEADING
    assert TYPE_HEADING.search("\nQUYẾT ĐỊNH . -\n") and not TYPE_HEADING.search("\nQUYẾT ĐỊNH:\n")


def test_a_scanned_header_with_specks_before_so_and_the_heading():
    # the heldout gazette text 02/2026/TT-BTC printed as a scan ("'Số:"), and a synthetic ": NGHỊ ĐỊNH" heading
    text = ("CÔNG BÁO/Số 55/Ngày 26-01-2026\n30\nBỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA\n'Số: 02/2026/TT-BTC VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 01 tháng 01 năm 2026\n\n: THÔNG TƯ\n"
            "Bãi bỏ Thông tư liên tịch số 72/2011/TTLT-BTC-BGTVT\n\n"
            "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;\n"
            "Bộ trưởng Bộ Tài chính ban hành Thông tư bãi bỏ.\n\nĐiều 1. Bãi bỏ\n")
    x = extract_text(text)
    assert (x.document.code, x.document.issuer) == ("02/2026/TT-BTC", "Bộ Tài chính")
    assert any(r.relation == "BASED_ON" and r.target.startswith("64/2025/QH15") for r in x.relations)


# ---------------------------------------------------------------- a gazette page's footnotes (session 7, acc-rel2)
_PAGE = "CÔNG BÁO/Số 419 + 420/Ngày 19-3-2024"


@pytest.mark.parametrize("body,foot,numbers", [
    # congbao van-ban-hop-nhat-so-463-vbhn-bldtbxh, line 104 and 124: the marker glued to the heading's last word
    ("Điều 3. Quản lý lao động2", "2 Điều này được sửa đổi theo quy định tại khoản 1 Điều 3 của Thông tư số 12/2024/TT-",
     [2]),
    # a table's row at the page's foot, no marker for it above: not a footnote
    ("Điều 3. Quản lý lao động", "2 Hà Nội và các tỉnh phía Bắc thuộc vùng I theo quy định hiện hành", []),
    # a unit's square is no marker ("100 m2")
    ("Diện tích tối thiểu 100 m2", "2 Hà Nội và các tỉnh phía Bắc thuộc vùng I theo quy định hiện hành", []),
    # a number with a leading zero is a table's count ("01 cái"), whatever stands above
    ("Điều 3. Quản lý lao động1", "01 Găng tay cao su loại dùng một lần trong phòng thí nghiệm", []),
    # fresh7 congbao van-ban-hop-nhat-so-12-vbhn-btc, line 174: a consolidated text marks an item after its label
    ("1. 2 Chậm nhất đến hết ngày 31 tháng 12 năm 2026, Sở Giao dịch Chứng khoán thống nhất tổ chức thị trường",
     "2 Khoản này được sửa đổi theo quy định tại khoản 1 Điều 1 của Thông tư số 69/2023/TT-BTC ngày 15 tháng 11", [2]),
    # the same with other words and a lettered item
    ("c) 2 Trước ngày 01 tháng 7 năm 2025, các tổ chức hoàn thành việc chuyển hồ sơ", "2 Điểm này được bổ sung theo "
     "quy định tại khoản 3 Điều 2 của Nghị định số 15/2024/NĐ-CP ngày 06 tháng 02 năm 2024", [2]),
    # a count after a label is no marker ("2. 2 Phó Chủ tịch"): no capital-led footnote below takes it, and a count
    # with a lower-case word after it is not read as one
    ("2. 2 người đại diện của Sở Lao động tham gia hội đồng", "2 Hà Nội và các tỉnh phía Bắc thuộc vùng I theo quy "
     "định hiện hành", []),
])
def test_a_gazette_footnote_is_numbered_in_turn_and_marked_in_the_body(body, foot, numbers):
    first = "1 Thông tư số 08/2023/TT-BLĐTBXH ngày 29 tháng 8 năm 2023 của Bộ trưởng Bộ Lao động"
    text = "\n".join(["THÔNG TƯ", "Hướng dẫn thực hiện chế độ", _PAGE, "82", "Căn cứ Luật tổ chức Chính phủ;1",
                      " ", first, " ", "83", _PAGE, body, "tiếp theo của đoạn văn.", " ", foot, " ", "84", _PAGE,
                      "Điều 4. Hiệu lực thi hành"])
    lay = layout(text)
    zones, numbered = lay.notes
    assert sorted(numbered.values()) == [1] + numbers
    # each zone runs from its footnote to the next page's head, and the body stays outside
    assert all(text[b:].startswith(("83", "84")) for a, b in zones)
    assert "Điều 4" not in "".join(text[a:b] for a, b in zones)


# ---------------------------------------------------------------- a telegram's message (session 9, acc-rel7)
@pytest.mark.parametrize("sender,message,point", [
    # dev3 tvpl/fa0dcc139cec05de.md, lines 91-135: the title, "THỦ TƯỚNG CHÍNH PHỦ điện:", the addressees, three
    # paragraphs of message, then the first numbered point
    ("**THỦ TƯỚNG CHÍNH PHỦ điện:**",
     "Đến nay, UBND thành phố chưa thực hiện việc rà soát theo hướng dẫn tại văn bản số 16495/BTC-PTHT ngày 22/10/2025.",
     "1. Cơ quan thanh tra khẩn trương hoàn thành việc thanh tra."),
    # synthetic: a ministry's telegram, another message and point
    ("BỘ XÂY DỰNG điện:", "Để chủ động ứng phó với bão số 15, Bộ đề nghị các cơ quan triển khai ngay các việc sau.",
     "1. Sở Xây dựng các tỉnh kiểm tra an toàn công trình."),
])
def test_a_telegrams_title_ends_at_its_formula_and_its_message_is_body(sender, message, point):
    text = "\n".join(["BỘ XÂY DỰNG", "Số: 96/CĐ-BXD", "Hà Nội, ngày 26 tháng 11 năm 2025", "CÔNG ĐIỆN",
                      "VỀ VIỆC KHẨN TRƯƠNG HOÀN THÀNH CÁC VIỆC", sender, "- Chủ tịch Ủy ban nhân dân các tỉnh.", message,
                      point, "Nơi nhận:", "- Như trên;"])
    lay, part, _ = parts_of(text)
    assert [part[4], part[5], part[6]] == ["title", "title", "title"]
    assert [part[7], part[8], part[9]] == ["body", "body", "body"]


def test_a_documents_title_without_a_telegrams_formula_runs_to_its_body():
    # the same shape without "… điện:": a title line naming "điện" is no formula, the title runs on as before
    text = "\n".join(["BỘ CÔNG THƯƠNG", "Số: 12/CĐ-BCT", "Hà Nội, ngày 26 tháng 11 năm 2025", "CÔNG ĐIỆN",
                      "VỀ VIỆC BẢO ĐẢM CUNG ỨNG ĐIỆN MÙA KHÔ", "- Tập đoàn Điện lực Việt Nam.",
                      "1. Tập đoàn bảo đảm cung ứng điện.", "Nơi nhận:"])
    lay, part, _ = parts_of(text)
    assert [part[5], part[6], part[7]] == ["title", "title", "body"]


# ---------------------------------------------------------------- a part starts a unit (session 9, acc-rel7)
@pytest.mark.parametrize("swap,implemented", [
    # fresh tvpl/c81379258ef3a44f.md, lines 74-79: the addressee's line wraps, the opening paragraph follows right
    # under it with no blank line: the header's unit ended there, the opening is the letter's own
    ({}, "95/2025/TT-BTC"),
    # the same page with another opening cue and another circular
    ({"Triển khai việc phân bổ": "Thực hiện việc phân bổ", "95/2025/TT-BTC": "62/2025/TT-BTC"}, "62/2025/TT-BTC"),
])
def test_a_letters_opening_wrapped_under_its_addressee_is_its_own(swap, implemented):
    text = (REAL / "tvpl" / "c81379258ef3a44f.md").read_text(encoding="utf-8")
    for old, new in swap.items():
        text = text.replace(old, new)
    got = {(r.relation, r.target) for r in extract_text(text).relations if r.source == "11208/BNV-KHTC"}
    assert ("IMPLEMENTS", implemented) in got


@pytest.mark.parametrize("number,heading,title,relation", [
    # dev congbao van-ban-hop-nhat-so-2092-vbhn-bldtbxh, lines 14-18: the original decree's title starts "Thực hiện";
    # the decree it names below is the original consolidated, not one the title carries out
    ("Số: 2092/VBHN-BLĐTBXH", "NGHỊ ĐỊNH", "Thực hiện thí điểm quản lý lao động, tiền lương, tiền thưởng", None),
    # synthetic: a ministry's plan whose title starts "Triển khai" is still read by the title's own rule
    ("Số: 12/KH-BLĐTBXH", "KẾ HOẠCH", "Triển khai Nghị quyết số 21-NQ/TW về công tác cán bộ", ("IMPLEMENTS", "21-NQ/TW")),
])
def test_the_line_under_a_type_heading_is_its_title_whatever_its_first_word(number, heading, title, relation):
    text = "\n".join(["BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", number, "Hà Nội, ngày 20 tháng 5 năm 2020",
                      heading, title, "", "Nghị định số 20/2020/NĐ-CP ngày 17 tháng 02 năm 2020 của Chính phủ, có hiệu "
                      "lực từ ngày 01/4/2020.", "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
                      "Chính phủ ban hành Nghị định.", "Điều 1. Phạm vi điều chỉnh", "Nghị định này quy định một việc."])
    lay, part, _ = parts_of(text)
    assert part[5] == "title" and part[8] == "preamble"
    got = {(r.relation, r.target) for r in extract_text(text).relations if r.relation in ("IMPLEMENTS", "GUIDES")}
    assert got == ({relation} if relation else set())


def test_a_heading_with_its_title_on_one_line_leaves_the_next_base_in_the_preamble():
    # examples/state/09_ND247_2025_sua_ND171.txt: "NGHỊ ĐỊNH SỬA ĐỔI, BỔ SUNG …" then "Căn cứ …" right under it
    text = "\n".join(["CHÍNH PHỦ", "Số: 247/2025/NĐ-CP", "Hà Nội, ngày 15 tháng 9 năm 2025",
                      "NGHỊ ĐỊNH SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 171/2016/NĐ-CP",
                      "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", "Chính phủ ban hành Nghị định.",
                      "Điều 1. Sửa đổi một việc"])
    lay, part, _ = parts_of(text)
    assert part[5] == "preamble"


@pytest.mark.parametrize("title,acts", [
    # fresh tvpl/020bddd030400bd2.md, lines 84-90: a title in capitals over six lines; the act on 10/2016 in its last
    # lines is 14/2022's, stated in the title's second decision, not the decision's own
    (["BÃI BỎ TOÀN BỘ", "QUYẾT ĐỊNH SỐ 10/2016/QĐ-UBND NGÀY 21/3/2016 CỦA ỦY BAN NHÂN DÂN TỈNH BAN HÀNH",
      "QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NGOẠI VỤ VÀ",
      "QUYẾT ĐỊNH SỐ 14/2022/QĐ-UBND NGÀY 15/6/2022 CỦA ỦY BAN NHÂN DÂN TỈNH VỀ SỬA",
      "ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 10/2016/QĐ-UBND NGÀY 21/3/2016 CỦA ỦY BAN NHÂN DÂN", "TỈNH"],
     {("14/2022/QĐ-UBND", "AMENDS", "10/2016/QĐ-UBND")}),
    # synthetic: other numbers, the amending decision's cue cut at another place
    (["BÃI BỎ QUYẾT ĐỊNH SỐ 05/2019/QĐ-UBND NGÀY 02/3/2019 CỦA ỦY BAN NHÂN DÂN TỈNH", "VÀ QUYẾT ĐỊNH SỐ 20/2021/QĐ-UBND NGÀY "
      "10/5/2021 CỦA ỦY BAN NHÂN DÂN TỈNH SỬA ĐỔI,", "BỔ SUNG MỘT SỐ ĐIỀU CỦA QUYẾT ĐỊNH SỐ 05/2019/QĐ-UBND"],
     {("20/2021/QĐ-UBND", "AMENDS", "05/2019/QĐ-UBND")}),
])
def test_a_title_in_capitals_wrapped_over_lines_is_read_as_one(title, acts):
    text = "\n".join(["ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "Số: 84/2025/QĐ-UBND", "Hà Tĩnh, ngày 02 tháng 12 năm 2025",
                      "QUYẾT ĐỊNH"] + title + ["Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
                                                "ỦY BAN NHÂN DÂN TỈNH QUYẾT ĐỊNH:", "Điều 1. Bãi bỏ các quyết định."])
    got = {(r.source.split("@")[0], r.relation, r.target.split("@")[0]) for r in extract_text(text).relations
           if r.relation == "AMENDS"}
    assert got == acts


def test_a_narrow_web_cell_leaves_the_cues_first_word_alone_on_its_line():
    # tvpl d6cbe14c6f6cf724 (fresh5): "*Căn" / "cứ Nghị định số 63/2010/NĐ-CP …" and "**Điều" / "1.** Công bố …":
    # the preamble and the body are still found, and every "Căn cứ" item is a base
    x = extract(REAL / "tvpl" / "d6cbe14c6f6cf724.md")
    own = x.document.id
    bases = {r.target for r in x.relations if r.source == own and r.relation == "BASED_ON"}
    assert {"63/2010/NĐ-CP", "92/2017/NĐ-CP", "118/2025/NĐ-CP", "02/2017/TT-VPCP", "03/2025/TT-VPCP"} <= bases
    assert "3065/SVHTTDL-VP" not in bases                    # "Theo đề nghị … tại Văn bản số": no base
    # the same cut on other words and numbers, after a heading the cell also wraps ("… NHÂN DÂN" / "TỈNH**")
    text = ("**ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH**\nSố: 77/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Nam Định, ngày 05 tháng 3 năm 2026\n**QUYẾT ĐỊNH**\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC "
            "CHUẨN HÓA TRONG\nLĨNH VỰC ĐẤT ĐAI TRÊN ĐỊA BÀN TỈNH NAM ĐỊNH\n**CHỦ TỊCH ỦY BAN NHÂN DÂN\nTỈNH**\n*Căn\n"
            "cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025 của Quốc\nhội khóa XV;*\n*Căn\n"
            "cứ Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ hướng dẫn\nthi hành một số quy "
            "định của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính\nphủ về thực hiện cơ chế một cửa, một cửa "
            "liên thông trong giải quyết thủ tục\nhành chính;*\n**QUYẾT ĐỊNH:**\n**Điều\n1.** Công bố kèm theo "
            "Quyết định này danh mục thủ tục hành chính được chuẩn hóa\ntrong lĩnh vực đất đai thuộc phạm vi chức "
            "năng quản lý của Sở Nông nghiệp và Môi\ntrường tỉnh Nam Định (có danh mục và nội dung cụ thể kèm theo "
            "Quyết định này).\n**Điều\n2.** Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành và thay thế\n"
            "Quyết định số 15/QĐ-UBND ngày 04/01/2024 của Chủ tịch Ủy ban nhân dân tỉnh về việc\ncông bố danh mục "
            "thủ tục hành chính trong lĩnh vực đất đai.\n**Điều\n3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám "
            "đốc Sở Nông nghiệp và Môi trường,\nChủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có "
            "liên quan\nchịu trách nhiệm thi hành Quyết định này./.\n")
    lay = layout(clean(text))
    assert lay.wrapped                                        # (the page's lines are hard-wrapped)
    x = extract_text(text)
    got = {(r.source.split("@")[0], r.relation, r.target.split("@")[0]) for r in x.relations}   # ("@Nam Định")
    own = "77/QĐ-UBND"
    assert {(own, "BASED_ON", "72/2025/QH15"), (own, "BASED_ON", "01/2018/TT-VPCP"),
            (own, "REPLACES", "15/QĐ-UBND")} <= got
    assert (own, "BASED_ON", "15/QĐ-UBND") not in got


@pytest.mark.parametrize("lines,repealed", [
    # congbao thong-tu-so-15-2023-tt-bkhdt, lines 637-645: the first repealed decision's title describes a "Quy chế
    # …" and runs over the page's running head; the next decision of the list follows a ","
    (["2. Thông tư này thay thế Thông tư số 07/2018/TT-BKHĐT ngày 27 tháng 12 ",
      "năm 2018 hướng dẫn công tác thi đua, khen thưởng ngành Kế hoạch và Đầu tư và ",
      "bãi bỏ các Quyết định số 1731/QĐ-BKHĐT ngày 29 tháng 12 năm 2021 ban hành ",
      "Quy chế xét, công nhận sáng kiến và tổ chức, hoạt động của Hội đồng sáng kiến ", "", " ", "56 ",
      "CÔNG BÁO/Số 73 + 74/Ngày 16-01-2024 ", "  ",
      "Bộ Kế hoạch và Đầu tư, Quyết định số 768/QĐ-BKHĐT ngày 17 tháng 6 năm 2013 ",
      "của Bộ trưởng Bộ Kế hoạch và Đầu tư về Quy chế xét tặng Kỷ niệm chương."],
     {"1731/QĐ-BKHĐT", "768/QĐ-BKHĐT"}),
    # the same list with other words and numbers: "Quy định …" described, then ", Quyết định số …"
    (["2. Bãi bỏ các Quyết định số 15/QĐ-BNV ngày 05 tháng 01 năm 2022 ban hành Quy định về công tác văn thư của "
      "Văn phòng Bộ, Quyết định số 312/QĐ-BNV ngày 20 tháng 4 năm 2019 về lưu trữ hồ sơ điện tử."],
     {"15/QĐ-BNV", "312/QĐ-BNV"}),
])
def test_a_described_title_ends_before_the_next_numbered_document_of_a_list(lines, repealed):
    # (the gazette's article before, hard-wrapped as its PDF text is: lines 617-632)
    before = ["Điều 23. Tổ chức thực hiện ", "1. Thủ trưởng các đơn vị thuộc Bộ, Giám đốc các Sở, Trưởng các Ban Quản ",
              "lý, Khối trưởng Khối thi đua ngành Kế hoạch và Đầu tư và các cơ quan, tổ chức cá ",
              "nhân có liên quan chịu trách nhiệm tổ chức thực hiện Thông tư này. ",
              "2. Thủ trưởng các đơn vị được phân cấp thuộc Bộ xây dựng, ban hành quy chế ",
              "thi đua, khen thưởng của đơn vị phù hợp với quy định hướng dẫn tại Thông tư này.  ",
              "3. Hằng năm, các đơn vị trong Ngành có trách nhiệm sơ kết, tổng kết, đánh ",
              "giá, bình xét khen thưởng; tuyên truyền, phát hiện, nhân rộng điển hình tiên tiến ",
              "trong phong trào thi đua và gửi báo cáo về thường trực Hội đồng Thi đua - Khen ",
              "thưởng Bộ theo quy định. ", "4. Các cơ quan báo chí, truyền thông trong ngành Kế hoạch và Đầu tư ",
              "thường xuyên phổ biến, tuyên truyền các chủ trương của Đảng, chính sách, pháp ",
              "luật của Nhà nước về công tác thi đua, khen thưởng; về kết quả thi đua, khen ",
              "thưởng của Ngành, góp phần lan tỏa, biểu dương, tôn vinh các tập thể, cá nhân ",
              "có thành tích nổi trội, xuất sắc và đấu tranh với các hành vi vi phạm pháp luật ",
              "về thi đua, khen thưởng. "]
    x = extract_text(HEADER_STATE + "\n".join(before + ["Điều 24. Hiệu lực thi hành "] + lines) + "\n")
    got = {r.target for r in x.relations if r.source == OWN and r.relation == "REPEALS"}
    assert got == repealed


def test_a_described_title_naming_a_list_of_numbers_goes_on_over_its_commas():
    # congbao thong-tu-so-20-2026-tt-btc, lines 796-803: inside the described "Nghị định về thuế …" the "," joins
    # the list of circulars the title names; it ends no description, so no act of the decree on them is read
    x = extract_text(HEADER_STATE + "Điều 9. Hiệu lực thi hành\n2. Bãi bỏ các văn bản sau:\nb) Thông tư số "
                     "96/2015/TT-BTC ngày 22 tháng 6 năm 2015 của Bộ trưởng Bộ Tài chính hướng dẫn về thuế thu nhập "
                     "doanh nghiệp tại Nghị định số 12/2015/NĐ-CP ngày 12 tháng 02 năm 2015 của Chính phủ quy định chi "
                     "tiết thi hành Luật sửa đổi, bổ sung một số điều của các Luật về thuế và sửa đổi bổ sung một số điều "
                     "của các Nghị định về thuế và sửa đổi, bổ sung một số điều của Thông tư số 78/2014/TT-BTC ngày 18 "
                     "tháng 6 năm 2014, Thông tư số 119/2014/TT-BTC ngày 25 tháng 8 năm 2014, Thông tư số "
                     "151/2014/TT-BTC ngày 10 tháng 10 năm 2014 của Bộ Tài chính.\n")
    got = {(r.source, r.relation, r.target) for r in x.relations}
    assert (OWN, "REPEALS", "96/2015/TT-BTC") in got
    assert not {("12/2015/NĐ-CP", "AMENDS", "119/2014/TT-BTC"), ("12/2015/NĐ-CP", "AMENDS", "151/2014/TT-BTC")} & got


@pytest.mark.parametrize("title,amenders,base,original", [
    # fresh7 congbao van-ban-hop-nhat-so-12-vbhn-btc (lines 10-77): a long first footnote (the three circulars
    # consolidated, a correction) between the title and the list of amenders puts the original's "Căn cứ" items more
    # than 4,000 characters after the type heading
    ("THÔNG TƯ1\nQuy định lộ trình sắp xếp lại thị trường giao dịch cổ phiếu\n\n1 Văn bản này được hợp nhất từ 03 "
     "Thông tư sau:\n",
     "Thông tư số 57/2021/TT-BTC ngày 12 tháng 7 năm 2021 của Bộ trưởng Bộ Tài chính, có hiệu lực thi hành kể từ ngày "
     "20 tháng 07 năm 2021 được sửa đổi, bổ sung bởi:\n1. Thông tư số 69/2023/TT-BTC ngày 15 tháng 11 năm 2023 của Bộ "
     "trưởng Bộ Tài chính, có hiệu lực thi hành kể từ ngày 30 tháng 12 năm 2023.\n",
     "Căn cứ Nghị định số 155/2020/NĐ-CP ngày 31 tháng 12 năm 2020 quy định chi tiết thi hành một số điều của Luật "
     "Chứng khoán;\nBộ trưởng Bộ Tài chính ban hành Thông tư quy định lộ trình.\n", ("57/2021/TT-BTC", "155/2020/NĐ-CP")),
    # the same with other words and numbers: a decree's consolidation, its long statement written out
    ("NGHỊ ĐỊNH\nQuy định về quản lý hoạt động đo lường\n\n",
     "Nghị định số 86/2012/NĐ-CP ngày 19 tháng 10 năm 2012 của Chính phủ, có hiệu lực kể từ ngày 10 tháng 12 năm "
     "2012, được sửa đổi, bổ sung bởi:\n1. Nghị định số 155/2018/NĐ-CP ngày 12 tháng 11 năm 2018 của Chính phủ, có "
     "hiệu lực kể từ ngày 01 tháng 01 năm 2019.\n",
     "Căn cứ Nghị định số 132/2008/NĐ-CP ngày 31 tháng 12 năm 2008 của Chính phủ;\nChính phủ ban hành Nghị định.\n",
     ("86/2012/NĐ-CP", "132/2008/NĐ-CP")),
])
def test_a_consolidated_texts_original_preamble_far_below_its_title_is_the_preamble(title, amenders, base, original):
    filler = "".join(f"- Ghi chú {i}: văn bản được hợp nhất theo quy định về kỹ thuật hợp nhất văn bản quy phạm "
                     f"pháp luật, nội dung giữ nguyên như bản gốc của văn bản.\n" for i in range(30))
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" + title + filler + amenders + base
            + "Điều 1. Phạm vi điều chỉnh\nVăn bản này quy định lộ trình.\n" + VBHN_TAIL)
    assert text.find("Căn cứ") - text.find(title.split("\n")[0]) > 4000
    lay = layout(clean(text))
    assert lay.part_at(clean(text).find("Căn cứ") + 1) == "preamble"
    x = extract_text(text)
    assert (original[0], "BASED_ON", original[1]) in {(r.source, r.relation, r.target) for r in x.relations}
