"""A provincial number names a document only with its province (DOMAIN.md: "40/2026/QĐ-UBND exists in dozens of
provinces"), the file's own number too: before session 21 only the numbers a text cites were qualified
("2828/QĐ-UBND@Quảng Trị"), the own one stayed bare, so two provinces' decisions of one number were one node (the
shared corpus holds such a pair: tvpl 6f66017865169297 of Hồ Chí Minh City and c0a2deaf27ce8fea of Quảng Trị) and a
loaded provincial document never met another text's citation of it."""
from vanban.graph.store import Store
from vanban.loaders import extract, extract_text


def _decision(province_line: str, place: str, title: str, body: str) -> str:
    return (f"ỦY BAN NHÂN DÂN\n{province_line}\nSố: 2828/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            f"Độc lập - Tự do - Hạnh phúc\n{place}, ngày 27 tháng 11 năm 2025\nQUYẾT ĐỊNH\n{title}\n"
            f"CHỦ TỊCH ỦY BAN NHÂN DÂN\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nQUYẾT ĐỊNH:\n"
            f"Điều 1. {body}\n")


QUANG_TRI = _decision("TỈNH QUẢNG TRỊ", "Quảng Trị", "Về việc phê duyệt kế hoạch rà soát thủ tục hành chính",
                      "Phê duyệt kế hoạch rà soát.")
HO_CHI_MINH = _decision("THÀNH PHỐ HỒ CHÍ MINH", "Thành phố Hồ Chí Minh", "Về việc bãi bỏ quyết định",
                        "Bãi bỏ Quyết định số 32/2023/QĐ-UBND ngày 10 tháng 5 năm 2023 của Ủy ban nhân dân Thành phố.")
CITING = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 4100/UBND-KT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQuảng Trị, ngày 2 "
          "tháng 12 năm 2025\nV/v triển khai kế hoạch\nKính gửi: Các sở, ngành.\nĐể thực hiện Quyết định số "
          "2828/QĐ-UBND ngày 27 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh Quảng Trị, Ủy ban nhân dân tỉnh đề nghị các "
          "sở triển khai.\nNơi nhận:\n- Như trên;\n")


def test_the_own_number_of_a_provincial_body_carries_its_province():
    x = extract_text(HO_CHI_MINH)
    assert (x.document.id, x.document.code) == ("2828/QĐ-UBND@Thành phố Hồ Chí Minh", "2828/QĐ-UBND")
    # its acts are the qualified document's, on the documents it names, qualified the same way
    assert ("2828/QĐ-UBND@Thành phố Hồ Chí Minh", "REPEALS", "32/2023/QĐ-UBND@Thành phố Hồ Chí Minh") in {
        (r.source, r.relation, r.target) for r in x.relations}
    # a central body's number is one document wherever it is issued from: no qualifier
    central = extract_text("BỘ TÀI CHÍNH\nSố: 2828/QĐ-BTC\nHà Nội, ngày 27 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVề việc\n")
    assert central.document.id == "2828/QĐ-BTC"


def test_two_provinces_documents_of_one_number_stay_two_and_a_citation_meets_its_own(tmp_path):
    for name, text in (("qt.txt", QUANG_TRI), ("hcm.txt", HO_CHI_MINH), ("cv.txt", CITING)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    with Store(tmp_path / "store") as st:
        st.load([tmp_path / "qt.txt", tmp_path / "hcm.txt", tmp_path / "cv.txt"], extract=extract, jobs=1)
        docs = st.run("MATCH (d:Document) WHERE d.code = '2828/QĐ-UBND' RETURN d.id, d.loaded, d.issuer "
                      "ORDER BY d.id").rows
        cited = st.run("MATCH (a:Document)-[r]->(d:Document) WHERE a.code = '4100/UBND-KT' "
                       "AND d.code = '2828/QĐ-UBND' RETURN d.id, d.loaded, label(r)").rows
    # (each the body its header names: "ỦY BAN NHÂN DÂN" above "TỈNH QUẢNG TRỊ" / "THÀNH PHỐ HỒ CHÍ MINH")
    assert [(i, loaded, issuer.casefold()) for i, loaded, issuer in docs] == [
        ("2828/QĐ-UBND@Quảng Trị", True, "ủy ban nhân dân tỉnh quảng trị"),
        ("2828/QĐ-UBND@Thành phố Hồ Chí Minh", True, "ủy ban nhân dân thành phố hồ chí minh")]
    # the letter's "Để thực hiện Quyết định số 2828/QĐ-UBND … của Ủy ban nhân dân tỉnh Quảng Trị" reaches the
    # loaded decision of Quảng Trị, not a cited stand-in
    assert cited and {(i, loaded) for i, loaded, _ in cited} == {("2828/QĐ-UBND@Quảng Trị", True)}
    assert "IMPLEMENTS" in {t for _i, _l, t in cited}
