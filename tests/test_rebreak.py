"""Pages that lost their line breaks (loaders/rebreak.py): the breaks are put back where a document's parts start,
the text keeps its length, and the lines reported are those of the file as it came."""
import re
from pathlib import Path

from vanban.loaders import extract_text
from vanban.loaders.formats import read_document
from vanban.loaders.header import issuer_from_lines, split_parent
from vanban.loaders.rebreak import rebreak

TEXTS = Path(__file__).parent / "fixtures" / "real" / "texts"
WEB = TEXTS / "tvpl" / "a53257314ff9bbd2.md"          # a provincial decision: header table, preamble, effect


def _flat(text: str) -> str:
    """Every line break and the blanks around it as spaces (a scraper's get_text(" ")): the same length."""
    return re.sub(r"[ \t]*\n\s*", lambda m: " " * len(m.group()), text)


def _facts(x):
    return {(r.source, r.relation, r.target) for r in x.relations}


def test_a_flattened_page_is_read_as_its_lines_are():
    text = read_document(WEB).text
    flat = _flat(text)
    assert "\n" not in flat.strip()
    lined, flattened = extract_text(text), extract_text(flat)
    assert flattened.document.id == lined.document.id == "80/2025/QĐ-UBND@Hà Tĩnh"
    assert flattened.document.issuer == lined.document.issuer
    based = {f for f in _facts(lined) if f[1] == "BASED_ON"}
    assert len(based) >= 5 and based <= _facts(flattened)
    assert ("80/2025/QĐ-UBND@Hà Tĩnh", "REPEALS", "15/2025/QĐ-UBND@Hà Tĩnh") in _facts(flattened)
    # lines are counted in the file as it came: a page of one line reports line 1
    assert {r.line for r in flattened.relations} == {1}
    # and each relation's evidence is the sentence it stands in, from its own span of the page
    assert all(r.evidence.replace("*", " ").split()[:3] == flat[r.start:r.end].replace("*", " ").split()[:3]
               for r in flattened.relations)


def test_rebreak_keeps_the_length_and_leaves_lined_texts_alone():
    text = read_document(WEB).text
    assert rebreak(text) is text
    flat = _flat(text)
    out = rebreak(flat)
    assert len(out) == len(flat) and out.count("\n") > 20
    assert all(a == b or (a == "\n" and b in " \t") for a, b in zip(out, flat))     # only blanks became breaks
    lines = out.split("\n")
    assert any(line.lstrip(" *").startswith("Căn cứ Luật Tổ chức chính quyền địa phương") for line in lines)
    assert any(line.lstrip(" *").startswith("Điều 2.") for line in lines)


def test_a_long_paragraph_without_a_document_s_parts_is_not_rebroken():
    para = ("Trong những năm qua, công tác cải cách hành chính đã đạt nhiều kết quả; - các cơ quan đã thực hiện. "
            * 40)
    assert len(para) > 1000
    assert rebreak(para) is para


def test_a_rule_of_underscores_in_a_flattened_header_is_read_in_linear_time():
    # (a nested quantifier over "____" backtracked without end on a gazette header; the markup is possessive)
    head = "THỦ TƯỚNG CHÍNH PHỦ " + "_" * 5000 + " Số: 21/CT-TTg CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
    text = head + "Độc lập - Tự do - Hạnh phúc " + "_" * 5000 + " Căn cứ Luật Tổ chức Chính phủ; x" * 3
    out = rebreak(text)
    assert len(out) == len(text) and "\nCỘNG HÒA" in out and "\nCăn cứ Luật" in out


def test_a_gazette_text_flattened_keeps_its_preamble():
    path = TEXTS / "congbao" / "chi-thi-so-21-ct-ttg-469580.txt"
    text = read_document(path).text
    lined, flattened = extract_text(text), extract_text(_flat(text))
    assert flattened.document.id == lined.document.id
    assert {f for f in _facts(lined) if f[1] == "BASED_ON"} <= _facts(flattened)


def test_one_header_line_holding_a_body_and_its_unit():
    assert split_parent("BỘ TÀI CHÍNH CỤC THUẾ") == ("BỘ TÀI CHÍNH", "CỤC THUẾ")
    assert issuer_from_lines(["BỘ TÀI CHÍNH CỤC THUẾ"]) == issuer_from_lines(["BỘ TÀI CHÍNH", "CỤC THUẾ"])
    assert split_parent("UBND THÀNH PHỐ HÀ NỘI SỞ GIÁO DỤC VÀ ĐÀO TẠO")[0] == "UBND THÀNH PHỐ HÀ NỘI"
    for one in ("BAN THƯỜNG VỤ TỈNH ỦY", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH",
                "BỘ NỘI VỤ", "HỘI ĐỒNG NHÂN DÂN XÃ HỘI AN"):
        assert split_parent(one) == (None, one)


def test_a_flattened_gazette_page_s_stamp_and_running_head_are_set_apart():
    # a consolidated law flattened: the signature stamp ("Người ký: … Thời gian ký: 26.03.2024 16:41:58 +07:00") and
    # the running head ("CÔNG BÁO/Số 395 + 396/Ngày 10-3-2024 57") stand mid-line; blanked with the rest of their
    # line, they took the pages of text after them (the laws a footnote lists, "Luật Báo chí số 103/2016/QH13")
    path = TEXTS / "congbao" / "van-ban-hop-nhat-so-47-vbhn-vpqh-41398.txt"
    text = read_document(path).text
    lined, flattened = extract_text(text), extract_text(_flat(text))
    codes = {m.code for m in flattened.mentions}
    assert {m.code for m in lined.mentions} <= codes | {None}
    assert "103/2016/QH13" in codes
    out = rebreak(_flat(text)).split("\n")
    assert any(line.startswith("Thời gian ký:") and line.rstrip().endswith("+07:00") for line in out)
    assert any(re.fullmatch(r"CÔNG BÁO/Số 395 \+ 396/Ngày 10-3-2024\s+\d+\s*", line) for line in out)


def test_a_flattened_type_heading_before_a_title_in_small_letters_is_a_line():
    # a consolidated text opens "… Hạnh phúc THÔNG TƯ Ban hành Danh mục thuốc …", no number under the national line
    path = TEXTS / "congbao" / "van-ban-hop-nhat-so-04-vbhn-byt-26289.txt"
    text = read_document(path).text
    lined, flattened = extract_text(text), extract_text(_flat(text))
    assert flattened.document.type == lined.document.type
    assert "12/2010/TT-BYT" in {m.code for m in flattened.mentions}        # in Điều 7, once masked as the header's
    assert re.search(r"\n[ \t]*THÔNG TƯ\n[ \t]*Ban hành Danh mục thuốc", rebreak(_flat(text)))
