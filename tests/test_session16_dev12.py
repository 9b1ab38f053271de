"""Rules read off dev12 (session 16, annotated and read the same session), each checked on the real text it came from,
with a guard that keeps what the rule must not take:

* a ministry's list of documents in force whose number cells have no "Số" ("96 / Thông tư / 07/2019/TT-BKHĐT"): a
  paragraph opening with a bare number after one ending in a bare type word is the next row, not another item of the
  row note's list ("- Văn bản bãi bỏ một phần: Thông tư số 07/2019/TT-BKHĐT …");
* a scope article that details parts of a law named by its title only, the law's number given elsewhere in the text
  ("… tại khoản 4 Điều 13 Luật Quản lý thuế, Điều 8, Điều 11, Điều 12 Nghị định số 68/2026/NĐ-CP …")."""
from real_texts import TEXTS

from vanban.loaders import extract, extract_text


def test_a_bare_number_after_a_bare_type_word_is_the_next_row():
    # dev12 congbao quyet-dinh-so-1205-qd-bkhdt lines 2215-2280
    x = extract(TEXTS / "congbao" / "quyet-dinh-so-1205-qd-bkhdt-41976.txt")
    got = {(r.source, r.relation, r.target) for r in x.relations}
    assert ("07/2019/TT-BKHĐT", "REPEALS", "03/2014/TT-BKHĐT") in got          # the note's item
    assert ("01/2020/TT-BKHĐT", "REPEALS", "03/2014/TT-BKHĐT") not in got      # row 97, after row 96


def test_a_scope_article_on_parts_of_a_law_named_by_its_title():
    # dev12 congbao thong-tu-so-18-2026-tt-btc lines 32-38
    x = extract(TEXTS / "congbao" / "thong-tu-so-18-2026-tt-btc-469080.txt")
    guides = {(r.target, r.partial) for r in x.relations if r.source == "18/2026/TT-BTC" and r.relation == "GUIDES"}
    assert ("68/2026/NĐ-CP", True) in guides and ("108/2025/QH15", True) in guides
    head = ("BỘ TÀI CHÍNH\nSố: 18/2026/TT-BTC\nHà Nội, ngày 05 tháng 3 năm 2026\nTHÔNG TƯ\nQuy định về hồ sơ thuế\n"
            "Căn cứ Luật Quản lý thuế số 108/2025/QH15;\nBộ trưởng Bộ Tài chính ban hành Thông tư.\n"
            "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định chi tiết về hồ sơ, thủ tục thông báo doanh thu, kê "
            "khai thuế, nộp thuế, hoàn thuế, thông báo địa điểm kinh doanh, tạm ngừng, chấm dứt hoạt động kinh doanh "
            "đối với hộ kinh doanh ")
    x = extract_text(head + "tại khoản 4 Điều 13 Luật Quản lý thuế.\n")
    assert any(r.relation == "GUIDES" and r.target == "108/2025/QH15" and r.partial for r in x.relations)
    # guard: the law named by its title at the end of a long description, no part of it named, guides nothing
    x = extract_text(head + "đã đăng ký kinh doanh và các cá nhân kinh doanh khác trong Luật Quản lý thuế.\n")
    assert not any(r.relation == "GUIDES" for r in x.relations)


def test_a_cease_by_cham_dut_hieu_luc_and_its_part_from_the_first_mention():
    # dev13 congbao thong-tu-so-21-2022-tt-bkhdt lines 186-189: "Thông tư số 11/2015/TT-BKHĐT … chấm dứt hiệu lực"
    x = extract(TEXTS / "congbao" / "thong-tu-so-21-2022-tt-bkhdt-38037.txt")
    assert ("21/2022/TT-BKHĐT", "REPEALS", "11/2015/TT-BKHĐT") in {(r.source, r.relation, r.target) for r in x.relations}
    # fresh10 congbao nghi-quyet-so-26-2026-nq-cp lines 180-185: "… và điểm d khoản 4 Điều 1 Nghị định số
    # 55/2023/NĐ-CP … (Nghị định số 55/2023/NĐ-CP) chấm dứt hiệu lực": the part named before its first mention
    x = extract(TEXTS / "congbao" / "nghi-quyet-so-26-2026-nq-cp-469479.txt")
    assert [(r.scope, r.partial) for r in x.relations if r.relation == "REPEALS" and r.target == "55/2023/NĐ-CP"] == [
        ("điểm d khoản 4 Điều 1", True)]
    # guard: a document that has ceased is no act of the text ("… đã chấm dứt hiệu lực")
    x = extract_text("BỘ TÀI CHÍNH\nSố: 15/2026/TT-BTC\nHà Nội, ngày 05 tháng 3 năm 2026\nTHÔNG TƯ\nQuy định về thuế\n"
                     "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định về thuế.\nĐiều 2. Hiệu lực thi hành\n"
                     "Thông tư số 80/2021/TT-BTC ngày 29 tháng 9 năm 2021 của Bộ trưởng Bộ Tài chính đã chấm dứt hiệu "
                     "lực từ ngày 01 tháng 7 năm 2025.\n")
    assert not any(r.relation == "REPEALS" for r in x.relations)


def test_a_slash_typed_for_the_hyphen_after_a_type_code():
    # dev13 congbao van-ban-hop-nhat-so-1346-vbhn-bldtbxh: "37/2012/TTLT/BLĐTBXH-BYT-BTC-BGDĐT"
    x = extract(TEXTS / "congbao" / "van-ban-hop-nhat-so-1346-vbhn-bldtbxh-41622.txt")
    codes = {m.code for m in x.mentions if m.code}
    assert "37/2012/TTLT-BLĐTBXH-BYT-BTC-BGDĐT" in codes and "37/2012/TTLT" not in codes
