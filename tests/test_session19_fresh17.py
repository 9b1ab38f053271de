"""Rules read off fresh17's misses (session 19; the split was scored blind in session 18, its misses read once now),
each checked on the real text it came from and, where the shape can be made, on a text made in that shape, with a
guard that keeps what the rule must not take:

* a consolidated text's footnote quoting several amenders' preambles: "… ban hành Thông tư sửa đổi … Thông tư số
  B.” Thông tư số C … có căn cứ ban hành như sau:" quotes C's, though one paragraph holds both;
* "Điều 8, Điều 9 của Thông tư số A sửa đổi, bổ sung … Thông tư số B …, có hiệu lực … quy định như sau:" quotes A's
  articles, the parts the sentence opens with;
* a consolidated text's act with no actor ("(Thay thế Mẫu số 03 … kèm theo Thông tư số A)" over a replaced form) is
  one its notes give an amender of A: no second, actorless act;
* "Cụm từ “…” trong nội dung Thông tư số A" is a part of A;
* a whole-page footnote may cross a page with no article heading, when the next page is the footnote's;
* "Căn cứ Hiến pháp … đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 51/2001/QH10": the Constitution is the
  base; the resolution amending it is none;
* "Nghị định số A sửa đổi bổ sung bởi Nghị định số B, Nghị định số C và Nghị định số D": each amends A;
* "Điều 25 Nghị định số A … (title); Điều 48 và Phụ lục XIV ban hành kèm theo Nghị định số B … chấm dứt hiệu lực":
  each item its own part;
* "Sửa đổi … Mục 5.3 … kèm theo Thông tư số A ngày … (title) và Mục 5.3 … kèm theo Thông tư số B": both amended;
* the amenders a target's reference holds ("Thông tư số A … được sửa đổi, bổ sung bởi Thông tư số B và Thông tư số
  C") are no targets; a "và" inside an issuer's name ("Bộ Nông nghiệp và Môi trường sửa đổi …") joins no part;
* "2. Bãi bỏ Thông tư số A …;" / "Thông tư số B … ." (the next paragraph): B is repealed too;
* the own number with its year dropped, dated the own date, is the own document."""
from real_texts import TEXTS, partials, rels, scopes

from vanban.loaders import extract, extract_text

VBHN_BCT = TEXTS / "congbao" / "van-ban-hop-nhat-so-37-vbhn-bct-469648.txt"
VBHN_BHYT = TEXTS / "congbao" / "van-ban-hop-nhat-so-22-vbhn-vpqh-44464.txt"


def test_a_note_quoting_several_preambles_changes_speaker_after_each_close():
    # fresh17 congbao van-ban-hop-nhat-so-37-vbhn-bct lines 96-109: footnote 1 quotes 38/2025's, 15/2026's and
    # 26/2026's preambles; the last "có căn cứ ban hành như sau:" shares a paragraph with 15/2026's close
    got = rels(extract(VBHN_BCT))
    assert ("26/2026/TT-BCT", "BASED_ON", "19/2026/NQ-CP") in got
    assert ("26/2026/TT-BCT", "BASED_ON", "66.18/2026/NQ-CP") in got
    assert ("38/2025/TT-BCT", "BASED_ON", "19/2026/NQ-CP") not in got
    # guard: 38/2025's own quoted preamble stays its own
    assert ("38/2025/TT-BCT", "BASED_ON", "190/2025/QH15") in got
    made = rels(extract_text(
        "Số: 09/VBHN-BCT\nVĂN BẢN HỢP NHẤT\nTHÔNG TƯ\nQuy định về …\nThông tư số 23/2024/TT-BCT ngày 07 tháng 11 năm "
        "2024, được sửa đổi, bổ sung bởi:\n1. Thông tư số 38/2025/TT-BCT ngày 19 tháng 6 năm 2025;\n"
        "2. Thông tư số 26/2026/TT-BCT ngày 20 tháng 5 năm 2026.\nCăn cứ Nghị định số 96/2022/NĐ-CP;\n"
        "Bộ trưởng ban hành Thông tư.1\nĐiều 1. Phạm vi\nThông tư này quy định.\n"
        "1 Thông tư số 38/2025/TT-BCT sửa đổi, bổ sung một số quy định có căn cứ ban hành như sau:\n"
        "“Căn cứ Nghị định số 40/2025/NĐ-CP;\nTheo đề nghị của Chánh Văn phòng Bộ, Bộ trưởng ban hành Thông tư sửa "
        "đổi Thông tư số 23/2024/TT-BCT.” Thông tư số 26/2026/TT-BCT sửa đổi, bổ sung một số điều của Thông tư số "
        "38/2025/TT-BCT có căn cứ ban hành như sau:\n“Căn cứ Nghị quyết số 19/2026/NQ-CP;\n"
        "Bộ trưởng ban hành Thông tư.”\n"))
    assert ("26/2026/TT-BCT", "BASED_ON", "19/2026/NQ-CP") in made
    assert ("38/2025/TT-BCT", "BASED_ON", "19/2026/NQ-CP") not in made
    assert ("38/2025/TT-BCT", "BASED_ON", "40/2025/NĐ-CP") in made


def test_quoted_articles_are_those_of_the_document_whose_parts_open_the_sentence():
    # fresh17 37/VBHN-BCT lines 757-764: "Điều 8, Điều 9 của Thông tư số 15/2026/TT-BCT sửa đổi, bổ sung một số điều
    # của Thông tư số 38/2025/TT-BCT …, có hiệu lực … quy định như sau:" then “… 3. Thay thế Bảng 2 … Thông tư số
    # 11/2016/TT-BCT …”
    x = extract(VBHN_BCT)
    assert partials(x, "15/2026/TT-BCT", "AMENDS", "11/2016/TT-BCT") == {True}
    assert True in partials(x, "15/2026/TT-BCT", "AMENDS", "38/2025/TT-BCT")      # (and whole, by its title)
    assert not partials(x, "38/2025/TT-BCT", "AMENDS", "11/2016/TT-BCT")
    # … and a consolidated text's replaced forms, "(Thay thế Mẫu số 03 Phụ lục III kèm theo Thông tư số
    # 23/2024/TT-BCT)", are its notes' amender's acts (26/2026), not a second act with no actor
    assert not {r for r in x.relations if r.source.startswith("IMPLICIT:") and r.target == "23/2024/TT-BCT"}
    assert ("26/2026/TT-BCT", "AMENDS", "23/2024/TT-BCT") in rels(x)


def test_a_phrase_in_the_content_of_a_document_is_a_part():
    # fresh17 37/VBHN-BCT line 708: "đ) Cụm từ “theo đường bưu điện” trong nội dung Thông tư số 11/2015/TT-BCT"
    assert partials(extract(VBHN_BCT), "38/2025/TT-BCT", "REPEALS", "11/2015/TT-BCT") == {True}
    made = extract_text(
        "Số: 40/2026/TT-BCT\nTHÔNG TƯ\nĐiều 5. Hiệu lực\n1. Thông tư này bãi bỏ:\n"
        "a) Cụm từ “theo đường bưu điện” trong nội dung Thông tư số 11/2015/TT-BCT ngày 04 tháng 6 năm 2015;\n"
        "b) Thông tư số 12/2015/TT-BCT ngày 05 tháng 6 năm 2015.\n")
    assert partials(made, "40/2026/TT-BCT", "REPEALS", "11/2015/TT-BCT") == {True}
    # guard: a whole document in the next item
    assert partials(made, "40/2026/TT-BCT", "REPEALS", "12/2015/TT-BCT") == {False}


def test_a_whole_page_note_crosses_a_page_with_no_article_heading():
    # fresh17 congbao van-ban-hop-nhat-so-22-vbhn-vpqh lines 1973-2001: footnote 107 quotes 32/2013's effect
    # clause; its list "a) …" ends one page and "b) … m)" fill the next, a page with no article heading, before the
    # pages that quote other laws' articles ("Điều 24.", going back below the body's last article)
    got = rels(extract(VBHN_BHYT))
    for target in ("21/2008/QH12", "80/2006/QH11", "76/2006/QH11", "08/2012/QH13", "60/2005/QH11"):
        assert ("32/2013/QH13", "REPEALS", target) in got
    # (the pages the rule must not take, a body page whose articles go on up, are kept by the session-18 tests of
    # the whole-page rule: tests/test_session18_fresh16.py)


def test_the_resolution_amending_the_constitution_is_no_base():
    # fresh17 22/VBHN-VPQH line 39, dev17 28/VBHN-VPQH (the golds agree): "Căn cứ Hiến pháp … năm 1992 đã được sửa
    # đổi, bổ sung theo Nghị quyết số 51/2001/QH10;"
    got = rels(extract(VBHN_BHYT))
    assert ("25/2008/QH12", "BASED_ON", "51/2001/QH10") not in got
    made = rels(extract_text(
        "Số: 30/2026/QH15\nLUẬT\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, "
        "bổ sung một số điều theo Nghị quyết số 51/2001/QH10;\nCăn cứ Nghị quyết số 20/2011/QH13;\n"
        "Căn cứ Luật Đất đai số 45/2013/QH13 được sửa đổi, bổ sung bởi Luật số 35/2018/QH14;\n"
        "Quốc hội ban hành Luật.\nĐiều 1. Phạm vi\nLuật này quy định.\n"))
    assert ("30/2026/QH15", "BASED_ON", "51/2001/QH10") not in made
    # guards: a resolution named as a base by itself; a law's amender after a numbered law (the golds' convention)
    assert ("30/2026/QH15", "BASED_ON", "20/2011/QH13") in made
    assert ("30/2026/QH15", "BASED_ON", "35/2018/QH14") in made


def test_an_elliptic_passive_names_every_amender_of_its_list():
    # fresh17 congbao nghi-quyet-so-19-2026-nq-cp lines 1170-1173 and 2637-2640
    got = rels(extract(TEXTS / "congbao" / "nghi-quyet-so-19-2026-nq-cp-469466.txt"))
    for amender in ("106/2017/NĐ-CP", "08/2018/NĐ-CP", "17/2020/NĐ-CP"):
        assert (amender, "AMENDS", "67/2013/NĐ-CP") in got
    for amender in ("08/2018/NĐ-CP", "95/2021/NĐ-CP", "80/2023/NĐ-CP"):
        assert (amender, "AMENDS", "83/2014/NĐ-CP") in got
    made = rels(extract_text(
        "Số: 20/2026/NQ-CP\nNGHỊ QUYẾT\nĐiều 1. Thủ tục\n1. Hồ sơ quy định tại Điều 8 Nghị định số 83/2014/NĐ-CP "
        "sửa đổi, bổ sung bởi Nghị định số 08/2018/NĐ-CP, Nghị định số 95/2021/NĐ-CP và Nghị định số 80/2023/NĐ-CP "
        "(sau đây gọi là Nghị định số 83/2014/NĐ-CP), theo Thông tư số 15/2024/TT-BCT.\n"))
    for amender in ("08/2018/NĐ-CP", "95/2021/NĐ-CP", "80/2023/NĐ-CP"):
        assert (amender, "AMENDS", "83/2014/NĐ-CP") in made
    # guard: a document after the bracket is none of them
    assert ("15/2024/TT-BCT", "AMENDS", "83/2014/NĐ-CP") not in made


def test_ceasing_items_after_a_title_and_a_semicolon_keep_their_own_parts():
    # fresh17 congbao nghi-dinh-so-137-2026-nd-cp lines 1756-1760
    x = extract(TEXTS / "congbao" / "nghi-dinh-so-137-2026-nd-cp-469361.txt")
    assert scopes(x, "137/2026/NĐ-CP", "REPEALS", "55/2024/NĐ-CP") == {"Điều 25"}
    assert scopes(x, "137/2026/NĐ-CP", "REPEALS", "146/2025/NĐ-CP") == {"Điều 48 và Phụ lục XIV"}
    # dev12 congbao van-ban-hop-nhat-so-1607-vbhn-bldtbxh line 788-790: an item led by its provisions after the ";"
    x = extract(TEXTS / "congbao" / "van-ban-hop-nhat-so-1607-vbhn-bldtbxh-39308.txt")
    assert partials(x, "61/2015/NĐ-CP", "REPEALS", "121/2009/QĐ-TTg") == {True}
    made = extract_text(
        "Số: 150/2026/NĐ-CP\nNGHỊ ĐỊNH\nĐiều 9. Hiệu lực\n1. Nghị định này có hiệu lực từ ngày 01 tháng 7 năm 2026.\n"
        "2. Quyết định số 20/2015/QĐ-TTg ngày 05 tháng 4 năm 2015 của Thủ tướng Chính phủ về quỹ; Điều 4 Nghị định "
        "số 03/2014/NĐ-CP ngày 16 tháng 01 năm 2014 của Chính phủ quy định chi tiết về việc làm hết hiệu lực thi "
        "hành kể từ ngày Nghị định này có hiệu lực thi hành.\n")
    assert partials(made, "150/2026/NĐ-CP", "REPEALS", "20/2015/QĐ-TTg") == {False}
    assert scopes(made, "150/2026/NĐ-CP", "REPEALS", "03/2014/NĐ-CP") == {"Điều 4"}


def test_an_act_on_parts_of_a_second_document_after_the_firsts_title():
    # fresh17 congbao thong-tu-so-23-2024-tt-bkhdt lines 229-236
    x = extract(TEXTS / "congbao" / "thong-tu-so-23-2024-tt-bkhdt-44020.txt")
    assert partials(x, "23/2024/TT-BKHĐT", "AMENDS", "15/2022/TT-BKHĐT") == {True}
    made = extract_text(
        "Số: 30/2026/TT-BKHĐT\nTHÔNG TƯ\nĐiều 6. Tổ chức thực hiện\n3. Sửa đổi một số nội dung tại Mục 5.3 Chương III "
        "thuộc Mẫu số 02 ban hành kèm theo Thông tư số 12/2022/TT-BKHĐT ngày 30/6/2022 của Bộ trưởng Bộ Kế hoạch và "
        "Đầu tư quy định chi tiết về lập hồ sơ mời thầu (CPTPP) và Mục 5.3 Chương III thuộc Mẫu số 02 ban hành kèm "
        "theo Thông tư số 15/2022/TT-BKHĐT như sau:\n"
        "4. Sửa đổi khoản 1 Điều 3 Thông tư số 20/2022/TT-BKHĐT ngày 30/6/2022 của Bộ trưởng hướng dẫn Điều 5 và "
        "khoản 2 Điều 7 của Nghị định số 24/2024/NĐ-CP như sau:\n")
    assert partials(made, "30/2026/TT-BKHĐT", "AMENDS", "15/2022/TT-BKHĐT") == {True}
    # guard: a title naming parts names them of its own documents
    assert not partials(made, "30/2026/TT-BKHĐT", "AMENDS", "24/2024/NĐ-CP")


def test_a_targets_own_amenders_and_an_issuers_and_are_no_targets():
    # fresh17 congbao thong-tu-so-22-2026-tt-bnnmt lines 738-742 and 934-936
    x = extract(TEXTS / "congbao" / "thong-tu-so-22-2026-tt-bnnmt-469587.txt")
    got = rels(x)
    assert ("22/2026/TT-BNNMT", "AMENDS", "24/2022/TT-BNNPTNT") in got
    assert ("22/2026/TT-BNNMT", "AMENDS", "20/2026/TT-BNNMT") not in got
    assert ("20/2026/TT-BNNMT", "AMENDS", "24/2022/TT-BNNPTNT") in got
    assert not partials(x, "22/2026/TT-BNNMT", "REPEALS", "24/2022/TT-BNNPTNT")
    assert partials(x, "22/2026/TT-BNNMT", "REPEALS", "20/2026/TT-BNNMT") == {True}
    made = rels(extract_text(
        "Số: 30/2026/TT-BNNMT\nTHÔNG TƯ\nĐiều 13. Sửa đổi, bổ sung một số điều của Thông tư số 24/2022/TT-BNNPTNT "
        "ngày 30 tháng 12 năm 2022 của Bộ trưởng quy định về cơ sở an toàn dịch bệnh được sửa đổi, bổ sung bởi Thông "
        "tư số 09/2025/TT-BNNMT và Thông tư số 20/2026/TT-BNNMT\n1. Sửa đổi Điều 3 như sau: “Điều 3. Cơ quan.”\n"))
    assert ("30/2026/TT-BNNMT", "AMENDS", "24/2022/TT-BNNPTNT") in made
    assert ("30/2026/TT-BNNMT", "AMENDS", "20/2026/TT-BNNMT") not in made
    assert ("20/2026/TT-BNNMT", "AMENDS", "24/2022/TT-BNNPTNT") in made


def test_a_repeal_goes_on_to_the_document_opening_the_next_paragraph():
    # fresh17 22/2026/TT-BNNMT lines 421-428: "2. Bãi bỏ Thông tư số 17/2016/TT-BNNPTNT … nông thôn;" / "Thông tư
    # số 10/2024/TT-BNNPTNT … sửa đổi, bổ sung một số điều của Thông tư số 17/2016/TT-BNNPTNT …"
    got = rels(extract(TEXTS / "congbao" / "thong-tu-so-22-2026-tt-bnnmt-469587.txt"))
    assert ("22/2026/TT-BNNMT", "REPEALS", "10/2024/TT-BNNPTNT") in got
    assert ("10/2024/TT-BNNPTNT", "AMENDS", "17/2016/TT-BNNPTNT") in got
    made = rels(extract_text(
        "Số: 31/2026/TT-BNNMT\nTHÔNG TƯ\nĐiều 9. Bãi bỏ một số Thông tư\n"
        "1. Bãi bỏ Thông tư số 17/2016/TT-BNNPTNT ngày 24 tháng 6 năm 2016 của Bộ trưởng hướng dẫn quản lý nhiệm vụ;\n"
        "Thông tư số 10/2024/TT-BNNPTNT ngày 29 tháng 7 năm 2024 của Bộ trưởng sửa đổi, bổ sung một số điều của "
        "Thông tư số 17/2016/TT-BNNPTNT.\n"
        "2. Bãi bỏ khoản 2 Điều 3 Thông tư số 18/2016/TT-BNNPTNT ngày 24 tháng 6 năm 2016;\n"
        "Thông tư số 11/2024/TT-BNNPTNT ngày 29 tháng 7 năm 2024 quy định chi tiết.\n"))
    assert ("31/2026/TT-BNNMT", "REPEALS", "10/2024/TT-BNNPTNT") in made
    # guard: after a repeal of a part, the next paragraph's document is not repealed whole
    assert ("31/2026/TT-BNNMT", "REPEALS", "11/2024/TT-BNNPTNT") not in made


def test_the_own_number_with_its_year_dropped_is_the_own_document():
    # fresh17 congbao thong-tu-so-29-2022-tt-bldtbxh line 1069: "(Ban hành kèm theo Thông tư số 29/TT-BLĐTBXH ngày
    # 28 tháng 12 năm 2022 …)"
    x = extract(TEXTS / "congbao" / "thong-tu-so-29-2022-tt-bldtbxh-39050.txt")
    assert x.document.code == "29/2022/TT-BLĐTBXH"
    assert "29/TT-BLĐTBXH" not in {m.code for m in x.mentions}
    made = extract_text(
        "BỘ TÀI CHÍNH\nSố: 45/2024/TT-BTC\nHà Nội, ngày 10 tháng 5 năm 2024\nTHÔNG TƯ\nQuy định …\n"
        "Điều 1. Phạm vi\nThông tư này quy định.\nPhụ lục\n(Ban hành kèm theo Thông tư số 45/TT-BTC ngày 10 tháng 5 "
        "năm 2024)\nTheo Thông tư số 46/TT-BTC ngày 11 tháng 5 năm 2023.\n")
    codes = {m.code for m in made.mentions}
    assert "45/TT-BTC" not in codes
    # guard: another date keeps the number as written
    assert "46/TT-BTC" in codes
