"""Rules read off fresh11's misses (session 13), each checked on a text shaped as the real one it came from:

* an article the amending act puts in whole, in the act's own paragraph ("Điều 1. Sửa đổi, bổ sung Điều 1 “Điều 1.
  Phạm vi điều chỉnh Thông tư này quy định chi tiết … tại khoản 6 Điều 13 Luật … số A, Điều 8, Điều 11 Nghị định số
  B …”"): its "Thông tư này" is the amended circular, which guides A and B;
* "bị bãi bỏ" inside an object's name ("Danh mục TTHC mới ban hành và bị bãi bỏ …") is no repeal;
* counted procedures as the parts acted on ("Thay thế 03 TTHC có số thứ tự: 3, 4, 5 tại Danh mục …") and rows of one
  list separated by ";" ("… số thứ tự 03, mục A; số thứ tự 01, 02, 03 mục B tại Quyết định số …"): the act is partial;
* a tax branch's code with its number after a dot ("4814/CCTKV.05-TTKT3") is a letter's number."""
from vanban.loaders import extract_text

_AMENDING = ("BỘ TÀI CHÍNH\nSố: 50/2026/TT-BTC\nHà Nội, ngày 30 tháng 4 năm 2026\nTHÔNG TƯ\nSửa đổi, bổ sung một số "
             "điều của Thông tư số 18/2026/TT-BTC ngày 05 tháng 3 năm 2026 của Bộ trưởng Bộ Tài chính quy định về hồ "
             "sơ, thủ tục quản lý thuế\nBộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi, bổ sung một số điều của "
             "Thông tư số 18/2026/TT-BTC.\n")
_DECISION = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 3004/QĐ-UBND\nHà Tĩnh, ngày 5 tháng 12 năm 2025\nQUYẾT ĐỊNH\n"
             "Về việc công bố danh mục thủ tục hành chính được sửa đổi, bổ sung\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
             "QUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.\n")


def rels(text):
    x = extract_text(text)
    return x, {(r.source, r.relation, r.target, r.partial) for r in x.relations if r.relation != "CITES"}


def test_an_article_put_in_whole_speaks_for_the_amended_document():
    # fresh11 congbao thong-tu-so-50-2026-tt-btc (lines 38-45)
    x, got = rels(_AMENDING + "Điều 1. Sửa đổi, bổ sung Điều 1 “Điều 1. Phạm vi điều chỉnh Thông tư này quy định chi "
                  "tiết về hồ sơ, thủ tục thông báo doanh thu, kê khai thuế, nộp thuế đối với hộ kinh doanh, cá nhân "
                  "kinh doanh tại khoản 6 Điều 13 Luật Quản lý thuế số 108/2025/QH15, Điều 8, Điều 11, Điều 12 Nghị định "
                  "số 68/2026/NĐ-CP của Chính phủ quy định về chính sách thuế.”\nĐiều 2. Hiệu lực thi hành\n")
    assert ("18/2026/TT-BTC", "GUIDES", "108/2025/QH15", True) in got
    assert ("18/2026/TT-BTC", "GUIDES", "68/2026/NĐ-CP", True) in got
    assert not any(s == "50/2026/TT-BTC" and r == "GUIDES" for s, r, _, _ in got)


def test_bi_bai_bo_in_an_objects_name_is_no_repeal_and_counted_procedures_are_parts():
    # fresh11 tvpl 0beedb7bdb363a85 (lines 137-141)
    x, got = rels(_DECISION + "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
                  "Thay thế 03 TTHC có số thứ tự: 3, 4, 5 tại Danh mục TTHC mới ban hành và bị bãi "
                  "bỏ lĩnh vực hoạt động khoa học và công nghệ thuộc phạm vi chức năng quản lý của Sở Khoa học và Công "
                  "nghệ ban hành kèm theo Quyết định số 3470/QĐ-UBND ngày 10 tháng 11 năm 2025 của Chủ tịch UBND tỉnh.\n")
    target = "3470/QĐ-UBND@Hà Tĩnh"
    assert ("3004/QĐ-UBND@Hà Tĩnh", "AMENDS", target, True) in got
    assert not any(r in ("REPEALS", "REPLACES") and t == target for _, r, t, _ in got)


def test_rows_of_one_list_separated_by_a_semicolon_are_one_partial_act():
    # fresh11 tvpl def9c79d006634a4 (lines 120-125)
    _, got = rels(_DECISION + "Điều 3. Quyết định này có hiệu lực kể từ ngày ban hành; thay thế Danh mục TTHC có số "
                  "thứ tự 03, mục A; số thứ tự 01, 02, 03 mục B tại Quyết định số 1620/QĐ-UBND ngày 27/6/2025 và Quy "
                  "trình nội bộ TTHC có số thứ tự 03 phần I; số thứ tự 01, 02, 03 phần II tại Quyết định số "
                  "1794/QĐ-UBND ngày 09/7/2025 của Chủ tịch UBND tỉnh.\n")
    assert ("3004/QĐ-UBND@Hà Tĩnh", "AMENDS", "1620/QĐ-UBND@Hà Tĩnh", True) in got
    assert ("3004/QĐ-UBND@Hà Tĩnh", "AMENDS", "1794/QĐ-UBND@Hà Tĩnh", True) in got


def test_a_branch_code_with_its_number_after_a_dot():
    # fresh11 tvpl 416ea29602e7fef9 line 84
    x = extract_text("Cục Thuế nhận được công văn số 4814/CCTKV.05-TTKT3 ngày 30/06/2025 của Chi Cục Thuế Khu vực V.")
    assert [m.id for m in x.mentions] == ["4814/CCTKV.05-TTKT3"]
