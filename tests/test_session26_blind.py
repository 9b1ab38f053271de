"""Session 26: a second blind set of real pages (read and annotated before the tool ran on them).

Each rule is one of structure or of how text arrives, not of one text's words:
* a text with no header whose first line, in capitals, names a document by type word, number and date (the title
  line archives and compilations print in place of a header) is that document; so is one the header read as its
  type heading ("KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ …"); a headline in small letters is a page about a document;
* a press page's lead that gives "toàn văn" (the full text) of a document of a type names the document the page
  goes on with, when the lead names one number of that type;
* a purpose clause opens with "Để bảo đảm thực hiện …" as it does with "Để thực hiện …";
* the state motto with one letter off (a font's wrong glyph, OCR: "CỘNG HỊA XÃ HỘI …") is the motto, not part of
  the issuer, and a known body's name with a misread mark ("BỘ CƠNG THƯƠNG") is that body.
The texts below are made for the tests, in the shape of the documents read (not copies of them).
"""
from __future__ import annotations

from tests.test_session25_blind import STATE_HEAD
from vanban.loaders import extract_text


def _rels(x):
    return {(r.source, r.relation, r.target) for r in x.relations}


ARCHIVE = """NGHỊ QUYẾT SỐ 318 NQ/UBTVQH10 NGÀY 12-5-1998
CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI VỀ VIỆC TỔ CHỨC KỲ HỌP
ỦY BAN THƯỜNG VỤ QUỐC HỘI
Căn cứ vào Điều 91 của Hiến pháp năm 1992;
Căn cứ Nghị quyết số 51/NQ-QH10 ngày 10 tháng 1 năm 1998 của Quốc hội;
QUYẾT NGHỊ:
Điều 1. Kỳ họp thứ ba khai mạc ngày 2 tháng 6 năm 1998.
TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI
Chủ tịch
"""


def test_an_archive_title_line_in_capitals_names_the_document_itself():
    x = extract_text(ARCHIVE)
    d = x.document
    assert (d.code, d.type, d.date, d.issuer) == ("318-NQ/UBTVQH10", "Nghị quyết", "1998-05-12",
                                                  "Ủy ban Thường vụ Quốc hội")
    assert ("318-NQ/UBTVQH10", "BASED_ON", "51/NQ-QH10") in _rels(x)


def test_a_page_headed_by_its_type_and_number_in_capitals_is_that_document():
    text = """KẾT LUẬN 131-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ CÔNG TÁC CÁN BỘ
Tại phiên họp ngày 14/3/2025, Bộ Chính trị, Ban Bí thư có ý kiến như sau:
{purpose}
1. Rà soát quy hoạch cán bộ.
""".format(purpose="Để bảo đảm thực hiện nghiêm túc các nhiệm vụ nêu tại Kết luận số 118-KL/TW, ngày 18/1/2025 của Bộ "
                   "Chính trị, Ban Bí thư về công tác cán bộ, Bộ Chính trị, Ban Bí thư yêu cầu các cấp ủy thực hiện tốt "
                   "các nội dung sau:")
    x = extract_text(text)
    assert x.document.code == "131-KL/TW" and x.document.type == "Kết luận"
    assert ("131-KL/TW", "IMPLEMENTS", "118-KL/TW") in _rels(x)


def test_a_headline_in_small_letters_is_a_page_about_a_document_not_the_document():
    text = """Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị: những điểm mới
Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ.
Theo đó, Nghị quyết đặt mục tiêu đến năm 2030.
"""
    assert extract_text(text).document.code is None


PRESS = """Hướng dẫn tuyên truyền kỷ niệm 95 năm Ngày thành lập Hội Nông dân Việt Nam

Thứ hai - 04/09/2025 08:10
{lead}

{bases}

I. MỤC ĐÍCH, YÊU CẦU

- Tôn vinh truyền thống của Hội.
""".format(lead="Ban Tuyên giáo và Dân vận Trung ương ban hành Hướng dẫn số 73-HD/BTGDVTW về tuyên truyền kỷ niệm 95 "
                "năm Ngày thành lập Hội Nông dân Việt Nam. Trang thông tin điện tử trân trọng giới thiệu toàn văn "
                "Hướng dẫn.",
           bases="Căn cứ Kết luận số 88-KL/TW, ngày 18/2/2014 của Bộ Chính trị về tổ chức kỷ niệm các ngày lễ lớn; ý "
                 "kiến chỉ đạo của Ban Bí thư tại Công văn số 912-CV/VPTW ngày 07/9/2024, Ban Tuyên giáo và Dân vận "
                 "Trung ương hướng dẫn công tác tuyên truyền như sau:")


def test_a_press_lead_giving_the_full_text_names_the_document_it_goes_on_with():
    x = extract_text(PRESS)
    d = x.document
    assert (d.code, d.type, d.issuer) == ("73-HD/BTGDVTW", "Hướng dẫn", "Ban Tuyên giáo và Dân vận Trung ương")
    assert {("73-HD/BTGDVTW", "BASED_ON", "88-KL/TW"), ("73-HD/BTGDVTW", "BASED_ON", "912-CV/VPTW")} <= _rels(x)


def test_a_lead_naming_two_documents_of_the_type_names_no_own_document():
    text = PRESS.replace("Hướng dẫn số 73-HD/BTGDVTW về",
                         "Hướng dẫn số 73-HD/BTGDVTW (thay Hướng dẫn số 61-HD/BTGDVTW) về")
    assert extract_text(text).document.code is None


def test_without_the_full_text_formula_a_news_lead_names_no_own_document():
    text = PRESS.replace("trân trọng giới thiệu toàn văn Hướng dẫn", "đưa tin về Hướng dẫn")
    assert extract_text(text).document.code is None


HEAD = """BỘ CÔNG THƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
Số: 31/2012/TT-BCT
Hà Nội, ngày 14 tháng 6 năm 2012
THÔNG TƯ
Quy định về kiểm tra văn bản của Bộ Công Thương
Căn cứ Nghị định số 40/2010/NĐ-CP ngày 12 tháng 4 năm 2010 của Chính phủ về kiểm tra và xử lý văn bản quy
phạm pháp luật;
Bộ trưởng Bộ Công Thương quy định như sau:
Điều 1. Phạm vi điều chỉnh
"""


def test_a_motto_and_a_body_name_with_a_glyph_off_are_read_as_written():
    glyphs = HEAD.replace("BỘ CÔNG THƯƠNG", "BỘ CƠNG THƯƠNG").replace("CỘNG HÒA", "CỘNG HỊA")
    x = extract_text(glyphs)
    assert x.document.issuer == extract_text(HEAD).document.issuer == "Bộ Công Thương"
    assert ("31/2012/TT-BCT", "BASED_ON", "40/2010/NĐ-CP") in _rels(x)


def test_a_body_not_known_keeps_its_own_letters():
    from vanban.domain.text import ascii_key
    # (a department whose name shares all but its head with a known ministry is not read as the ministry)
    x = extract_text(HEAD.replace("BỘ CÔNG THƯƠNG", "SỞ CÔNG THƯƠNG"))
    assert ascii_key(x.document.issuer) == "socongthuong"


def test_a_title_opening_with_a_type_word_as_its_verb_is_no_heading_against_the_number():
    # the page dropped the heading "NGHỊ QUYẾT": the title line "QUY ĐỊNH …" opens with a verb
    text = """HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 31/2018/NQ-HĐND | Cần Thơ, ngày 07 tháng 12 năm 2018 |
QUY ĐỊNH MỨC CHI HỖ TRỢ HOẠT ĐỘNG CỦA TỔ HÒA GIẢI Ở CƠ SỞ
HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CẦN THƠ
Căn cứ Thông tư số 100/2014/TTLT-BTC-BTP ngày 30 tháng 7 năm 2014 của Bộ Tài chính, Bộ Tư pháp;
QUYẾT NGHỊ:
Điều 1. Quy định mức chi.
"""
    assert extract_text(text).document.type == "Nghị quyết"
    # a heading alone on its line still names the type against a number's code (session 25)
    alone = text.replace("QUY ĐỊNH MỨC CHI", "NGHỊ QUYẾT\nQUY ĐỊNH MỨC CHI").replace("NQ-HĐND", "QĐ-HĐND")
    assert extract_text(alone).document.type == "Nghị quyết"


def test_a_portal_metadata_table_without_colons_names_a_page_without_the_text():
    page = """Năm: 2016

Số/Ký hiệu                   52/2016/NĐ-CP


Ngày ban hành             13/06/2016


Cơ quan ban hành         Chính phủ


Phân loại                       Nghị định


File đính kèm               Tải file
"""
    d = extract_text(page).document
    assert (d.code, d.type, d.date, d.issuer) == ("52/2016/NĐ-CP", "Nghị định", "2016-06-13", "Chính phủ")


def test_an_opening_cue_glued_to_the_next_word_still_opens_the_clause():
    # a page that lost the space between two runs of its source: "Thực hiệnQuyết định số …"
    text = HEAD.replace("Bộ trưởng Bộ Công Thương quy định như sau:",
                        "Thực hiệnQuyết định số 1489/QĐ-TTg ngày 08/10/2011 của Thủ tướng Chính phủ phê duyệt Chương "
                        "trình.\nBộ trưởng Bộ Công Thương quy định như sau:")
    x = extract_text(text)
    assert ("31/2012/TT-BCT", "IMPLEMENTS", "1489/QĐ-TTg") in _rels(x)
    # … but a word going on in small letters is no cue: "thực hiệnh" is no word, nothing is read into it
    assert ("31/2012/TT-BCT", "IMPLEMENTS", "1489/QĐ-TTg") not in _rels(
        extract_text(text.replace("Thực hiệnQuyết", "Thực hiệnh Quyết")))


# (session 25's header of a provincial document)
PLAN = STATE_HEAD.format(number="412/KH-UBND", date="02 tháng 11 năm 2021", heading="KẾ HOẠCH",
                         title="Tổ chức phong trào thi đua năm 2022") + """{opening}
I. MỤC ĐÍCH, YÊU CẦU
1. Tạo khí thế thi đua.
"""


def test_an_opening_item_cited_in_full_after_a_title_holding_a_document_is_the_clauses_next_item():
    opening = ("Thực hiện Chỉ thị số 21/CT-TTg ngày 20/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua thực "
               "hiện nhiệm vụ năm 2022 theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Kế hoạch số "
               "18/KH-HĐTĐKT ngày 30/8/2021 của Hội đồng Thi đua - Khen thưởng Trung ương, Ủy ban nhân dân tỉnh ban "
               "hành Kế hoạch như sau:")
    own = "412/KH-UBND@Hà Giang"                  # (a provincial number names the document with its province)
    rels = _rels(extract_text(PLAN.format(opening=opening)))
    assert {(own, "IMPLEMENTS", "21/CT-TTg"), (own, "IMPLEMENTS", "18/KH-HĐTĐKT")} <= rels
    # the document inside the first one's title, cited with its date like it, stays in that title
    titled = opening.replace("theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
                             "theo Nghị quyết số 99/NQ-CP ngày 30/8/2021 của Chính phủ")
    rels = _rels(extract_text(PLAN.format(opening=titled)))
    assert (own, "IMPLEMENTS", "21/CT-TTg") in rels
    assert (own, "IMPLEMENTS", "18/KH-HĐTĐKT") not in rels and (own, "IMPLEMENTS", "99/NQ-CP") not in rels
