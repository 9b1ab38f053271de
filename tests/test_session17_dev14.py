"""Rules read off dev14 (session 17, eight gazette texts annotated from reading by one more reader), each checked on
the real text it came from and on a text made in that shape, with a guard that keeps what the rule must not take:

* "Thông tư này thay thế cho Thông tư số A": the same act as "thay thế";
* a body's own standard is no document: "TCCS 02:2016/CĐUB" (tiêu chuẩn cơ sở), as "QCVN 02:2019/BLĐTBXH" is not;
* a footnote whose quotation opens with a straight quote ('"Điều 10. …') and fills the next page from its top;
* "Bãi bỏ các quy định sau trong Thông tư số A …:" repeals some of A's provisions (its items name them): a part;
* a chain of amendments: "Điều 37 Nghị định số T đã được sửa đổi, bổ sung tại … Nghị định số A, đã được sửa đổi tại
  khoản Đ.III Mục 2 Phụ lục I.3 kèm theo Nghị quyết số B": B amends T, not A; the amender's parts may end "kèm
  theo";
* "(đã được sửa đổi, bổ sung thành Mẫu số 39 ban hành kèm theo Thông tư số B)": B amended the form;
* "Thay thế một số phụ lục, mẫu biểu của Thông tư số A": some annexes swapped, A amended, not replaced."""
from real_texts import TEXTS, partials, rels

from vanban.loaders import extract, extract_text


def test_replaces_for_and_a_bodys_own_standard():
    # dev14 congbao thong-tu-so-01-2023-tt-bkhdt line 126; "TCCS 02:2016/CĐUB" line 186
    x = extract(TEXTS / "congbao" / "thong-tu-so-01-2023-tt-bkhdt-39270.txt")
    assert ("01/2023/TT-BKHĐT", "REPLACES", "05/2021/TT-BKHĐT") in rels(x)
    assert not any("CĐUB" in (m.code or "") for m in x.mentions)
    made = extract_text("Số: 05/2026/TT-BXD\nTHÔNG TƯ\nBan hành danh mục\nĐiều 1. Danh mục\nĐầu máy theo tiêu chuẩn "
                        "TCCS 19:2022/CĐUB và Quyết định số 12/2022/QĐ-UBND.\nĐiều 2. Hiệu lực thi hành\n"
                        "Thông tư này thay thế cho Thông tư số 05/2021/TT-BXD ngày 17 tháng 8 năm 2021.\n")
    assert ("05/2026/TT-BXD", "REPLACES", "05/2021/TT-BXD") in rels(made)
    codes = {m.code for m in made.mentions}
    assert "12/2022/QĐ-UBND" in codes                 # guard: a decision after the standard is still read
    assert not any("CĐUB" in (c or "") for c in codes)


def test_a_straight_quoted_footnote_fills_the_next_page():
    # dev14 congbao van-ban-hop-nhat-so-06-vbhn-byt: footnote 3 (lines 626-645) quotes Điều 10 of 50/2017 ('"Điều
    # 10.'), goes on over the whole of page 31 (lines 649-697) and closes there ('./."'); its items 5-9 repeal
    # provisions of five circulars ("Bãi bỏ các quy định sau trong Thông tư số …:")
    x = extract(TEXTS / "congbao" / "van-ban-hop-nhat-so-06-vbhn-byt-26324.txt")
    for target in ("05/2015/TT-BYT", "41/2015/TT-BYT", "35/2016/TT-BYT", "04/2017/TT-BYT", "23/2011/TT-BYT"):
        assert partials(x, "50/2017/TT-BYT", "REPEALS", target) == {True}, target
        assert not partials(x, "04/2017/TT-BYT", "REPEALS", target), target
    # guard: the consolidated original's own effect clause, on page 32 after the footnote, stays its own
    assert ("04/2017/TT-BYT", "REPEALS", "27/2013/TT-BYT") in rels(x)


def test_listed_provisions_of_a_document_are_a_part():
    text = ("Số: 50/2026/TT-BYT\nTHÔNG TƯ\nQuy định thanh toán\nĐiều 10. Hiệu lực thi hành\n"
            "1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2027.\n"
            "2. Bãi bỏ các quy định sau trong Thông tư số 05/2015/TT-BYT ngày 17 tháng 3 năm 2015 của Bộ trưởng Bộ Y "
            "tế:\na) Điểm b khoản 1 Điều 3;\nb) Khoản 2 Điều 5.\n"
            "3. Bãi bỏ Thông tư số 23/2011/TT-BYT ngày 10 tháng 6 năm 2011 của Bộ trưởng Bộ Y tế.\n")
    x = extract_text(text)
    assert partials(x, "50/2026/TT-BYT", "REPEALS", "05/2015/TT-BYT") == {True}
    # guard: a document repealed by its number alone is repealed in whole
    assert partials(x, "50/2026/TT-BYT", "REPEALS", "23/2011/TT-BYT") == {False}


def test_a_chain_of_amendments_and_what_a_part_became():
    # dev14 congbao nghi-quyet-so-23-2026-nq-cp lines 1190-1194
    got = rels(extract(TEXTS / "congbao" / "nghi-quyet-so-23-2026-nq-cp-469470.txt"))
    assert ("66.16/2026/NQ-CP", "AMENDS", "86/2018/NĐ-CP") in got
    made = rels(extract_text(
        "Số: 23/2026/NQ-CP\nNGHỊ QUYẾT\nVề cơ chế\nĐiều 1. Nội dung\n1. Chương trình phải bảo đảm các yêu cầu theo "
        "quy định tại Điều 37 Nghị định số 86/2018/NĐ-CP đã được sửa đổi, bổ sung tại khoản 20 Điều 1 của Nghị định "
        "số 124/2024/NĐ-CP, đã được sửa đổi tại Mục 2 Phụ lục I kèm theo Nghị quyết số 66.16/2026/NQ-CP.\n"
        "2. Hồ sơ thực hiện theo Nghị định số 15/2019/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 24/2022/NĐ-CP.\n"))
    assert ("124/2024/NĐ-CP", "AMENDS", "86/2018/NĐ-CP") in made
    assert ("66.16/2026/NQ-CP", "AMENDS", "86/2018/NĐ-CP") in made
    assert ("66.16/2026/NQ-CP", "AMENDS", "124/2024/NĐ-CP") not in made
    assert ("24/2022/NĐ-CP", "AMENDS", "15/2019/NĐ-CP") in made      # guard: a chain of one
    # dev14 congbao thong-tu-so-09-2026-tt-bnv lines 136-158
    x = extract(TEXTS / "congbao" / "thong-tu-so-09-2026-tt-bnv-469696.txt")
    got = rels(x)
    assert ("09/2025/TT-BNV", "AMENDS", "21/2021/TT-BLĐTBXH") in got
    assert ("08/2023/TT-BLĐTBXH", "AMENDS", "21/2021/TT-BLĐTBXH") in got
    assert ("09/2026/TT-BNV", "REPLACES", "21/2021/TT-BLĐTBXH") not in got
    assert ("09/2026/TT-BNV", "AMENDS", "21/2021/TT-BLĐTBXH") in got
