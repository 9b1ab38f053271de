"""Relations on parts of documents: the part an act names without a number, the earlier amender an amending
article's heading names, and an act whose object already names the documents it acts on.

Each case pairs a line of a real text (cited) with the same shape in other words and numbers, so a rule fitted to
one text's wording fails here.
"""
import pytest

from vanban.loaders import extract_text


def rels(text, kind=None):
    x = extract_text(text)
    return x, {(r.source.split("@")[0], r.relation, r.target.split("@")[0], r.partial, r.scope)
               for r in x.relations if r.relation != "CITES" and (kind is None or r.relation == kind)}


_CIRCULAR = ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nSố: 13/2026/TT-NHNN\nHà Nội, ngày 19 tháng 5 năm 2026\nTHÔNG TƯ\n"
             "Sửa đổi, bổ sung một số điều của Thông tư số 53/2018/TT-NHNN quy định về mạng lưới hoạt động\n"
             "Thống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số "
             "53/2018/TT-NHNN quy định về mạng lưới hoạt động.\n")
_DECREE = ("CHÍNH PHỦ\nSố: 41/2025/NĐ-CP\nHà Nội, ngày 10 tháng 3 năm 2025\nNGHỊ ĐỊNH\n"
           "Sửa đổi, bổ sung một số điều của Nghị định số 15/2018/NĐ-CP quy định chi tiết thi hành\n"
           "Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 15/2018/NĐ-CP.\n")


@pytest.mark.parametrize("head,own,amended,earlier,scope", [
    # fresh8 congbao thong-tu-so-13-2026-tt-nhnn (lines 158-159): the heading names the part and its earlier amender
    (_CIRCULAR + "Điều 7. Sửa đổi, bổ sung điểm b khoản 2 Điều 18 (đã được sửa đổi, bổ \nsung bởi Điều 21 Thông tư "
     "69/2025/TT-NHNN) \n“b) Trong thời hạn 11 ngày làm việc kể từ ngày nhận được đầy đủ hồ sơ.”.\n",
     "13/2026/TT-NHNN", "53/2018/TT-NHNN", "69/2025/TT-NHNN", "điểm b khoản 2 Điều 18"),
    # the same shape in a decree, an item of an article, "thay thế" and "theo"
    (_DECREE + "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 15/2018/NĐ-CP\n"
     "3. Thay thế khoản 4 Điều 9 (đã được sửa đổi bởi Nghị định số 77/2022/NĐ-CP) như sau:\n"
     "“4. Hồ sơ gồm bản sao giấy chứng nhận.”\n",
     "41/2025/NĐ-CP", "15/2018/NĐ-CP", "77/2022/NĐ-CP", "khoản 4 Điều 9"),
])
def test_an_amending_headings_parenthesis_names_who_amended_the_part_before(head, own, amended, earlier, scope):
    x, got = rels(head, "AMENDS")
    assert x.document.code == own
    assert (earlier, "AMENDS", amended, True, scope) in got
    assert not any(s == earlier and t == own for s, _, t, _, _ in got)   # the earlier amender acts on the amended


def test_a_heading_with_no_amended_document_gives_the_parenthesis_no_target():
    # an article of a document that amends nothing: "(đã được sửa đổi bởi …)" has no part of another document
    text = ("BỘ TÀI CHÍNH\nSố: 20/2025/TT-BTC\nHà Nội, ngày 10 tháng 3 năm 2025\nTHÔNG TƯ\nQuy định về phí\n"
            "Bộ trưởng Bộ Tài chính ban hành Thông tư.\n"
            "Điều 3. Bổ sung khoản 2 Điều 5 (đã được sửa đổi bởi Thông tư số 11/2022/TT-BTC)\n")
    _x, got = rels(text, "AMENDS")
    assert not any(s == "11/2022/TT-BTC" for s, _, _, _, _ in got)


@pytest.mark.parametrize("item,target,scope", [
    # fresh8 congbao thong-tu-so-13-2026-tt-nhnn (line 293): an item of a repeal list, "kèm" without "theo", the
    # document's only annex without a number
    ("b) Điều 19, Điều 23 và Phụ lục ban hành kèm Thông tư số 69/2025/TT-NHNN sửa đổi, bổ sung một số điều.",
     "69/2025/TT-NHNN", "Điều 19, Điều 23 và Phụ lục"),
    # the annex alone, "kèm theo"
    ("b) Phụ lục ban hành kèm theo Quyết định số 12/2021/QĐ-NHNN về mẫu biểu.", "12/2021/QĐ-NHNN", "Phụ lục"),
    # a part with its number: as before
    ("b) Phụ lục II kèm theo Thông tư số 08/2020/TT-NHNN.", "08/2020/TT-NHNN", "Phụ lục II"),
])
def test_a_repeal_lists_item_on_a_documents_annex_is_partial(item, target, scope):
    text = (_CIRCULAR + "Điều 14. Điều khoản thi hành\n1. Thông tư này có hiệu lực thi hành từ ngày 03 tháng 7 năm "
            "2026.\n2. Thông tư này bãi bỏ:\na) Khoản 1 Điều 1 Thông tư số 30/2024/TT-NHNN;\n" + item + "\n")
    _x, got = rels(text, "REPEALS")
    assert ("13/2026/TT-NHNN", "REPEALS", target, True, scope) in got
    assert ("13/2026/TT-NHNN", "REPEALS", "30/2024/TT-NHNN", True, "Khoản 1 Điều 1") in got


def test_a_whole_document_in_a_repeal_list_stays_whole():
    text = (_CIRCULAR + "Điều 14. Điều khoản thi hành\n2. Thông tư này bãi bỏ:\n"
            "a) Thông tư số 30/2024/TT-NHNN ngày 15 tháng 5 năm 2024;\nb) Thông tư số 69/2025/TT-NHNN.\n")
    _x, got = rels(text, "REPEALS")
    assert {("13/2026/TT-NHNN", "REPEALS", t, False, None) for t in ("30/2024/TT-NHNN", "69/2025/TT-NHNN")} <= got


@pytest.mark.parametrize("sentence,cited", [
    # fresh8 tvpl 1a814c71716d3047 (lines 86-89): the draft law amends "15 luật"; the directions are only cited
    ("Đề xuất phương án xử lý trong quá trình hoàn thiện dự thảo dự án Luật sửa đổi, bổ sung một số điều của 15 luật "
     "trong lĩnh vực nông nghiệp và môi trường phù hợp với tinh thần chỉ đạo tại văn bản số 574/TB-VPCP ngày 23 "
     "tháng 10 năm 2025 của Văn phòng Chính phủ.", {"574/TB-VPCP"}),
    # the same shape: "các nghị định", a letter cited after "theo ý kiến tại"
    ("Bộ Tư pháp khẩn trương hoàn thiện dự thảo Nghị định sửa đổi, bổ sung một số điều của các nghị định về đầu tư "
     "công theo ý kiến chỉ đạo tại Công văn số 2211/VPCP-KTTH ngày 04 tháng 4 năm 2024.", {"2211/VPCP-KTTH"}),
])
def test_an_act_whose_object_names_its_documents_does_not_reach_a_later_citation(sentence, cited):
    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 11306/VPCP-NN\nV/v đề xuất giải pháp\nHà Nội, ngày 18 tháng 11 năm 2025\n"
            "Kính gửi: Bộ Nông nghiệp và Môi trường.\n" + sentence + "\n")
    x, got = rels(text)
    assert cited <= {m.code for m in x.mentions if m.code}
    assert not [r for r in got if r[2] in cited and r[1] in ("AMENDS", "REPEALS", "REPLACES")]


def test_an_act_on_an_annex_of_a_cited_document_still_reaches_it():
    # the counterpart: the object is a part ("Danh mục … tại"), not documents by count
    text = ("BỘ Y TẾ\nSố: 1234/QĐ-BYT\nHà Nội, ngày 10 tháng 3 năm 2025\nQUYẾT ĐỊNH\nVề việc công bố thủ tục\n"
            "Điều 2. Bãi bỏ Danh mục thủ tục hành chính tại phần II ban hành kèm theo Quyết định số 567/QĐ-BYT ngày "
            "01 tháng 2 năm 2020 của Bộ trưởng Bộ Y tế.\n")
    _x, got = rels(text, "REPEALS")
    assert any(t == "567/QĐ-BYT" and partial for _s, _r, t, partial, _sc in got)


@pytest.mark.parametrize("head,clause,ceased", [
    # fresh8 congbao van-ban-hop-nhat-so-4082-vbhn-bldtbxh (lines 350-355): the first item's title names the regulation
    # the decision issued ("ban hành Quy định …", a document without a number) before the ";" of the next item
    ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 06/2017/TT-BLĐTBXH\nHà Nội, ngày 08 tháng 3 năm 2017\nTHÔNG TƯ\n"
     "Quy định về tuyển dụng nhà giáo\nBộ trưởng ban hành Thông tư.\nĐiều 17. Hiệu lực thi hành\n",
     "2. Quyết định số 57/2008/QĐ-BLĐTBXH ngày 26/05/2008 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành "
     "Quy định sử dụng, bồi dưỡng giáo viên dạy nghề; Thông tư số 41/2015/TT-BLĐTBXH ngày 20/10/2015 của Bộ trưởng Bộ "
     "Lao động - Thương binh và Xã hội quy định về bồi dưỡng nhà giáo hết hiệu lực thi hành kể từ ngày Thông tư này có "
     "hiệu lực.", {"57/2008/QĐ-BLĐTBXH", "41/2015/TT-BLĐTBXH"}),
    # the same shape: a province's decision issuing a "Quy chế", three items
    ("ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 15/2024/QĐ-UBND\nAn Giang, ngày 02 tháng 4 năm 2024\nQUYẾT ĐỊNH\n"
     "Ban hành Quy chế quản lý\nỦy ban nhân dân tỉnh ban hành Quyết định.\nĐiều 3. Hiệu lực thi hành\n",
     "Quyết định số 22/2016/QĐ-UBND ngày 10/5/2016 của Ủy ban nhân dân tỉnh ban hành Quy chế quản lý cụm công nghiệp; "
     "Quyết định số 30/2019/QĐ-UBND ngày 02/8/2019 của Ủy ban nhân dân tỉnh; Quyết định số 11/2021/QĐ-UBND ngày "
     "05/3/2021 của Ủy ban nhân dân tỉnh hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.",
     {"22/2016/QĐ-UBND", "30/2019/QĐ-UBND", "11/2021/QĐ-UBND"}),
])
def test_an_effect_clauses_list_reads_past_a_document_an_items_title_names_without_number(head, clause, ceased):
    x, got = rels(head + clause + "\n", "REPEALS")
    own = x.document.code
    assert {t for s, _r, t, _p, _sc in got if s == own} == ceased
