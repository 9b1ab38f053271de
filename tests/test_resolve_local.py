"""A provincial number ("42/2018/QĐ-UBND") names a document only with its province: the province the text gives at
one mention holds for the same number written bare elsewhere in the text, and a city written in lower case inside a
body's name ("Ủy ban nhân dân thành phố Huế") is the file's province."""
from vanban.loaders import extract_text
from vanban.loaders.resolve import province_in

_HUE = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: 122/2025/QĐ-UBND\nHuế, ngày 24 tháng 11 năm 2025\nQUYẾT ĐỊNH\n"
        "Bãi bỏ Quyết định số 42/2018/QĐ-UBND\n")


def test_a_city_in_lower_case_inside_a_bodys_name_is_its_province():
    assert province_in("Ủy ban nhân dân thành phố Huế") == "Thừa Thiên Huế"
    assert province_in("Ủy ban nhân dân thành phố Hồ Chí Minh") == "Thành phố Hồ Chí Minh"
    assert province_in("Ủy ban nhân dân tỉnh Hưng Yên") == "Hưng Yên"


def test_a_number_given_its_province_once_keeps_it_where_written_bare():
    # tvpl 606d5f203dec293b (unannotated): the title and the web page's summary write the numbers bare, Điều 1
    # with "của Ủy ban nhân dân tỉnh Thừa Thiên Huế"
    x = extract_text(_HUE + "Điều 1. Bãi bỏ Quyết định số 42/2018/QĐ-UBND ngày 08 tháng 8 năm 2018 của Ủy ban nhân "
                     "dân tỉnh Quảng Trị về phân cấp.\nĐiều 2. Quyết định số 42/2018/QĐ-UBND hết hiệu lực.\n")
    ids = {m.id for m in x.mentions if m.code == "42/2018/QĐ-UBND"}
    assert ids == {"42/2018/QĐ-UBND@Quảng Trị"}


def test_a_number_given_two_provinces_keeps_each_and_the_bare_one_takes_the_files():
    x = extract_text(_HUE + "Căn cứ Quyết định số 5/2020/QĐ-UBND của Ủy ban nhân dân tỉnh Quảng Trị và Quyết định số "
                     "5/2020/QĐ-UBND của Ủy ban nhân dân tỉnh Nghệ An;\nĐiều 1. Quyết định số 5/2020/QĐ-UBND.\n")
    ids = [m.id for m in x.mentions if m.code == "5/2020/QĐ-UBND"]
    assert ids == ["5/2020/QĐ-UBND@Quảng Trị", "5/2020/QĐ-UBND@Nghệ An", "5/2020/QĐ-UBND@Thừa Thiên Huế"]


def test_a_year_number_cut_before_its_issuer_is_the_files_number_it_begins():
    # dev5 congbao thong-tu-so-152-2025-tt-btc (line 580): "152/2025/TT-\nBTCngày 31 …": the issuer glued to the
    # next word after the line break; the file writes 152/2025/TT-BTC elsewhere
    text = ("BỘ TÀI CHÍNH\nSố: 152/2025/TT-BTC\nHà Nội, ngày 31 tháng 12 năm 2025\nTHÔNG TƯ\nQuy định về mẫu biểu\n"
            "Điều 1. Ban hành kèm theo Thông tư này các mẫu.\nMẫu số 01\n(Kèm theo Thông tư số 152/2025/TT-\n"
            "BTCngày 31 tháng 12 năm 2025 của Bộ trưởng Bộ Tài chính)\n")
    codes = {m.code for m in extract_text(text).mentions if m.code}
    assert codes == {"152/2025/TT-BTC"}


def test_a_year_number_with_its_type_only_and_no_longer_one_stays_as_written():
    text = ("BỘ TÀI CHÍNH\nSố: 10/2026/TT-BTC\nHà Nội, ngày 5 tháng 1 năm 2026\nTHÔNG TƯ\nQuy định về phí\n"
            "Điều 1. Theo Thông tư số 77/2024/TT và Thông tư số 77/2024/TT-BYT, Thông tư số 77/2024/TT-BTC.\n")
    codes = {m.code for m in extract_text(text).mentions if m.code}
    assert "77/2024/TT" in codes               # two numbers it may begin: which one is not decided
