"""A letter shown without its header (a web page) opens "Kính gửi: …", then "Thực hiện Kết luận số 15-KL/ĐU" — a
line that breaks right after the number is a citation, not the letter's number line: the opening clause is the
letter's, and its documents are what the letter implements."""
from vanban.loaders import extract_text

_PAGE = ("|\n**Số hiệu:**\n|\n4001/UBND-ĐT\n|\n**Loại văn bản:**\n|\nCông văn\n|\n**Nơi ban hành:**\n|\n"
         "Thành phố Hồ Chí Minh\n|\n**Ngày ban hành:**\n|\n24/11/2025\n|\n\n**Kính gửi:**\n|\n- Sở Tài chính;\n"
         "- Sở Xây dựng.\n|\n")


def test_an_opening_broken_after_its_number_still_implements():
    # dev5 tvpl 76415b3ed5295e94 (lines 65-72)
    x = extract_text(_PAGE + "Thực hiện Kết luận số 15-KL/ĐU\nngày 29 tháng 10 năm 2025 của Ban Thường vụ Đảng ủy Ủy "
                     "ban nhân dân Thành phố về việc áp dụng cơ chế đặc thù; Chủ tịch Ủy ban nhân dân Thành phố chỉ "
                     "đạo như sau:\n1. Giao Sở Tài chính triển khai.\n")
    assert any(r.relation == "IMPLEMENTS" and r.target.startswith("15-KL/ĐU") for r in x.relations)


def test_a_plan_numbered_on_its_own_line_still_numbers_it():
    x = extract_text("ĐẢNG BỘ TỈNH LÀO CAI\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 09-KH/ĐU\nLào Cai, ngày 3 tháng 2 năm "
                     "2026\nKẾ HOẠCH\nthực hiện Kết luận số 75-KL/TW\nThực hiện Kết luận số 75-KL/TW, Đảng ủy ban hành "
                     "kế hoạch.\n")
    assert x.document.code == "09-KH/ĐU"


def test_a_letters_opening_ending_with_chi_dao_nhu_sau_hands_over_to_its_body():
    # dev5 tvpl 76415b3ed5295e94 (lines 72-81): "…; Chủ tịch Ủy ban nhân dân Thành phố chỉ đạo như sau:" ends the
    # opening; the points after it (bold "**1.**", which no body start reads) are the body, where "Giao … triển khai
    # thực hiện hiệu quả Nghị quyết số …" is an order the letter gives
    x = extract_text(_PAGE + "Thực hiện Kết luận số 15-KL/ĐU\nngày 29 tháng 10 năm 2025 của Ban Thường vụ Đảng ủy; Chủ "
                     "tịch Ủy ban nhân dân Thành phố chỉ đạo như sau:\n**1.** Chấp thuận đề nghị của Sở Tài chính.\n"
                     "**2.****\n**Giao Sở Tài chính, Sở Xây dựng triển khai thực hiện hiệu quả Nghị quyết số "
                     "66.4/2025/NQ-CP của Chính phủ đảm bảo đúng quy định.\nPhụ lục:\n**A. CÁC MỎ ĐÃ\nCẤP PHÉP**\n")
    got = {(r.relation, r.target) for r in x.relations if r.source == x.document.id}
    assert ("IMPLEMENTS", "66.4/2025/NQ-CP") in got
