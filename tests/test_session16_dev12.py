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
