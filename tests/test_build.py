"""graph/build.py: extractions -> nodes and edges of the model, with provenance, merged from evidence.

The extractions here are made by hand from real sentences of the seed (examples/000_4359cb3ac2b76893.txt)
and of a state text (examples/state/09_ND247_2025_sua_ND171.txt), carrying the references and relations
tests/fixtures/seed_gold.json and state_gold.json say they carry.  Spans are looked up in the real files,
so a sentence copied wrong fails at once.  Other test files import these factories.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from vanban.graph.build import EDGE_ENDS, build_graph, canonical_hash, file_facts, merge_node
from vanban.graph.model import EDGE_PROPERTIES, NODE_PROPERTIES, EdgeType
from vanban.loaders.models import Copy, Extraction, LocalityMention, Mention, OwnDocument, Relation

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_4359cb3ac2b76893.txt"
STATE_09 = ROOT / "examples" / "state" / "09_ND247_2025_sua_ND171.txt"


class Text:
    """A real file's lines, to find the spans of hand-written facts in it."""

    def __init__(self, path):
        self.path = str(path)
        self.text = Path(path).read_text(encoding="utf-8")
        self.lines = self.text.split("\n")
        self.starts = []
        pos = 0
        for ln in self.lines:
            self.starts.append(pos)
            pos += len(ln) + 1

    def span(self, line: int, surface: str, nth: int = 0):
        s = self.lines[line - 1]
        col = -1
        for _ in range(nth + 1):
            col = s.index(surface, col + 1)   # ValueError: the surface is not on that line
        return self.starts[line - 1] + col, self.starts[line - 1] + col + len(surface)

    def mention(self, ident, surface, line, sentence, *, nth=0, code=None, type=None, date=None, issuer=None,
                subject=None, alias=False, planned=False, draft=False, candidates=(), footnote=None):
        a, b = self.span(line, surface, nth)
        ea, eb = self.span(line, sentence)
        assert ea <= a and b <= eb, f"{surface!r} is not inside its sentence on line {line}"
        return Mention(id=ident, code=code if code is not None else (None if alias else ident.split("@")[0]),
                       type=type, date=date, issuer=issuer, subject=subject, line=line, start=a, end=b,
                       surface=surface, footnote=footnote, planned=planned, draft=draft, alias=alias,
                       candidates=tuple(candidates), rule="test", evidence=sentence, evidence_start=ea,
                       evidence_end=eb)

    def relation(self, source, relation, target, line, sentence, *, planned=False, rule="cue"):
        a, b = self.span(line, sentence)
        return Relation(source=source, relation=relation, target=target, planned=planned, line=line,
                        evidence=sentence, rule=rule, start=a, end=b)

    def locality(self, name, surface, line, *, nth=0, part_of_body=False, footnote=None):
        a, b = self.span(line, surface, nth)
        return LocalityMention(name=name, surface=surface, line=line, start=a, end=b, part_of_body=part_of_body,
                               footnote=footnote)


# ---------------------------------------------------------------- the seed, by hand (gold facts only)
S37 = ("Trên cơ sở đó, Bộ Chính trị ban hành Kế hoạch số 07-KH/TW, ngày 17/8/2022 đề ra 05 nhiệm vụ trọng tâm "
       "và các nhiệm vụ cụ thể cho các cơ quan, đơn vị.")
S37A = ("- Nghị quyết Hội nghị Trung ương 5 về *tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất "
        "lượng đội ngũ đảng viên trong giai đoạn mới* (Nghị quyết số 21-NQ/TW) với mục tiêu cụ thể đến năm 2025 "
        "và đến năm 2030 đó là: Hàng năm có trên 90% tổ chức cơ sở đảng, đảng viên được đánh giá, xếp loại hoàn "
        "thành tốt nhiệm vụ trở lên; tỉ lệ kết nạp đảng viên mới hàng năm đạt từ 3 - 4% tổng số đảng viên.")
S39 = ("Để thực hiện Nghị quyết, Bộ Chính trị ban hành Kế hoạch số 12-KH/TW, ngày 28/11/2022 gồm 04 nhóm nhiệm vụ "
       "trọng tâm và nhiệm vụ cụ thể đối với các cơ quan, đơn vị.")
S43_98 = "(8) Sơ kết 5 năm thực hiện Quy định 98-QĐ/TW về luân chuyển cán bộ;"
S49 = ("Thực hiện Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII về *đẩy mạnh xây dựng, chỉnh đốn Đảng "
       "và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng "
       "chính trị, đạo đức, lối sống, biểu hiện “tự diễn biến”, “tự chuyển hóa”* và Kế hoạch số 03-KH/TW, ngày "
       "01/12/2021 của Bộ Chính trị, Ban Tổ chức Trung ương đã ban hành Kế hoạch số 52-KH/BTCTW, ngày 17/02/2022")
S55 = "⁵ Quảng Ninh, Hậu Giang, Long An, Ninh Bình, Thái Bình, Quảng Nam, Yên Bai, Hà Nội..."
S81 = ("Ban hành Hướng dẫn số 20-HD/BTCTW, ngày 27/7/2022 thi hành Quy định số 49-QĐ/TW của Bộ Chính trị khóa "
       "XIII về tổ chức đảng trong Quân đội nhân dân Việt Nam; sửa đổi Hướng dẫn 37-HD/BTCTW về tuyển dụng công "
       "chức, viên chức cơ quan đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội; xây dựng Hướng dẫn tổ "
       "chức bộ máy cơ quan tham mưu, giúp việc đảng ủy cấp trên cơ sở trong các tập đoàn, tổng công ty, ngân hàng "
       "thương mại.")
S119 = ("Nâng cao hiệu quả thực hiện Quy định số 41-QĐ/TW về miễn nhiệm, từ chức, Bộ Chính trị đã ban hành Thông "
        "báo kết luận số 20-TB/TW, ngày 08/9/2022 về chủ trương bố trí công tác đối với cán bộ thuộc diện Bộ Chính "
        "trị, Ban Bí thư quản lý sau khi bị xử lý kỷ luật; Ban Tổ chức Trung ương ban hành Hướng dẫn số "
        "21-HD/BTCTW, ngày 20/9/2022 để thực hiện Thông báo kết luận số 20-TB/TW; đến nay")
S205 = ("Trên cơ sở đó, ban hành Hướng dẫn số 01-HD/BTCTW, ngày 05/8/2022 thực hiện Quy định số 58-QĐ/TW đảm bảo "
        "công tác bảo vệ chính trị nội bộ được thực hiện chặt chẽ, đồng bộ trong toàn hệ thống chính trị.")
S361 = ("05 nhiệm vụ trọng tâm tại Kế hoạch số 07-KH/TW ngày 17/8/2022 thực hiện Nghị quyết số 21-NQ/TW, nhất là "
        "08 nhóm nhiệm vụ cụ thể do Ban Tổ chức Trung ương chủ trì tham mưu trình Bộ Chính trị, Ban Bí thư;")
S371_132 = ("(1) Sửa đổi, bổ sung Quy định số 132-QĐ/TW, ngày 08/3/2018 của Bộ Chính trị về việc kiểm điểm, đánh "
            "giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị;")
S371_98 = ("(4) Sửa đổi, bổ sung Quy định số 98-QĐ/TW, ngày 22/3/2004 của Ban Bí thư về chức năng, nhiệm vụ của "
           "đảng bộ, chi bộ cơ sở cơ quan;")

ID_98_2004 = "98-QĐ/TW@2004"
ID_98_LCCB = "98-QĐ/TW@luân chuyển cán bộ"
OWN = OwnDocument(
    id="188-BC/BTCTW", code="188-BC/BTCTW", type="Báo cáo", date="2022-12-30", issuer="Ban Tổ chức Trung ương",
    title="Kết quả công tác tổ chức xây dựng Đảng năm 2022; nhiệm vụ, giải pháp năm 2023",
    signer="Mai Văn Chính", signer_position="K/T TRƯỞNG BAN – PHÓ TRƯỞNG BAN THƯỜNG TRỰC", place="Hà Nội",
    copy=Copy(form="SAO LỤC", id="711-BS/VPTU", code="711-BS/VPTU", date="2023-01-16",
              issuer="Văn phòng Tỉnh ủy Quảng Ngãi", place="Quảng Ngãi", signer="Nguyễn Thị Ngọc Bích",
              signer_position="K/T CHÁNH VĂN PHÒNG – PHÓ CHÁNH VĂN PHÒNG"))


def seed_extraction(path=SEED) -> Extraction:
    """A part of the seed's facts, as the gold states them (ids in the resolver's "code@qualifier" style)."""
    t = Text(SEED)
    m = t.mention
    mentions = (
        m("188-BC/BTCTW", "Số 188 -BC/BTCTW", 7, "Số 188 -BC/BTCTW", type="Báo cáo"),
        m("21-NQ/TW", "Nghị quyết Hội nghị Trung ương 5", 37, S37A, alias=True, type="Nghị quyết",
          issuer="Ban Chấp hành Trung ương",
          subject="tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới"),
        m("21-NQ/TW", "Nghị quyết số 21-NQ/TW", 37, S37A, type="Nghị quyết"),
        m("07-KH/TW", "Kế hoạch số 07-KH/TW", 37, S37, type="Kế hoạch", date="2022-08-17", issuer="Bộ Chính trị"),
        m("12-KH/TW", "Kế hoạch số 12-KH/TW", 39, S39, type="Kế hoạch", date="2022-11-28", issuer="Bộ Chính trị"),
        m(ID_98_LCCB, "Quy định 98-QĐ/TW", 43, S43_98, type="Quy định", subject="luân chuyển cán bộ", footnote=3,
          candidates=(ID_98_2004, ID_98_LCCB)),
        m("21-KL/TW", "Kết luận số 21-KL/TW", 49, S49, type="Kết luận", issuer="Ban Chấp hành Trung ương"),
        m("03-KH/TW", "Kế hoạch số 03-KH/TW", 49, S49, type="Kế hoạch", date="2021-12-01", issuer="Bộ Chính trị"),
        m("52-KH/BTCTW", "Kế hoạch số 52-KH/BTCTW", 49, S49, type="Kế hoạch", date="2022-02-17",
          issuer="Ban Tổ chức Trung ương"),
        m("20-HD/BTCTW", "Hướng dẫn số 20-HD/BTCTW", 81, S81, type="Hướng dẫn", date="2022-07-27"),
        m("49-QĐ/TW", "Quy định số 49-QĐ/TW", 81, S81, type="Quy định", issuer="Bộ Chính trị"),
        m("37-HD/BTCTW", "Hướng dẫn 37-HD/BTCTW", 81, S81, type="Hướng dẫn"),
        m("41-QĐ/TW", "Quy định số 41-QĐ/TW", 119, S119, type="Quy định", subject="miễn nhiệm, từ chức"),
        m("20-TB/TW", "Thông báo kết luận số 20-TB/TW", 119, S119, type="Thông báo", date="2022-09-08",
          issuer="Bộ Chính trị"),
        m("21-HD/BTCTW", "Hướng dẫn số 21-HD/BTCTW", 119, S119, type="Hướng dẫn", date="2022-09-20",
          issuer="Ban Tổ chức Trung ương"),
        m("20-TB/TW", "Thông báo kết luận số 20-TB/TW", 119, S119, nth=1, type="Thông báo"),
        m("01-HD/BTCTW", "Hướng dẫn số 01-HD/BTCTW", 205, S205, type="Hướng dẫn", date="2022-08-05"),
        m("58-QĐ/TW", "Quy định số 58-QĐ/TW", 205, S205, nth=1, type="Quy định"),
        m("07-KH/TW", "Kế hoạch số 07-KH/TW", 361, S361, type="Kế hoạch", date="2022-08-17"),
        m("21-NQ/TW", "Nghị quyết số 21-NQ/TW", 361, S361, nth=1, type="Nghị quyết"),
        m("132-QĐ/TW", "Quy định số 132-QĐ/TW", 371, S371_132, type="Quy định", date="2018-03-08",
          issuer="Bộ Chính trị", footnote=75),
        m(ID_98_2004, "Quy định số 98-QĐ/TW", 371, S371_98, type="Quy định", date="2004-03-22", issuer="Ban Bí thư",
          subject="chức năng, nhiệm vụ của đảng bộ, chi bộ cơ sở cơ quan", footnote=75),
        m("711-BS/VPTU", "Số 711-BS/VPTU", 456, "Số 711-BS/VPTU", type="Bản sao"),
    )
    r = t.relation
    relations = (
        r("07-KH/TW", "BASED_ON", "21-NQ/TW", 37, S37, rule="cue:trên cơ sở"),
        r("12-KH/TW", "IMPLEMENTS", "28-NQ/TW", 39, S39, rule="cue:thực hiện"),
        r("52-KH/BTCTW", "IMPLEMENTS", "21-KL/TW", 49, S49, rule="cue:thực hiện"),
        r("52-KH/BTCTW", "IMPLEMENTS", "03-KH/TW", 49, S49, rule="cue:thực hiện"),
        r("20-HD/BTCTW", "IMPLEMENTS", "49-QĐ/TW", 81, S81, rule="cue:thi hành"),
        r("IMPLICIT:AMENDMENT-OF-37-HD/BTCTW", "AMENDS", "37-HD/BTCTW", 81, S81, rule="cue:sửa đổi"),
        r("20-TB/TW", "IMPLEMENTS", "41-QĐ/TW", 119, S119, rule="cue:thực hiện"),
        r("21-HD/BTCTW", "IMPLEMENTS", "20-TB/TW", 119, S119, rule="cue:thực hiện"),
        r("01-HD/BTCTW", "IMPLEMENTS", "58-QĐ/TW", 205, S205, rule="cue:thực hiện"),
        r("07-KH/TW", "IMPLEMENTS", "21-NQ/TW", 361, S361, rule="cue:thực hiện"),
        r("IMPLICIT:AMENDMENT-OF-132-QĐ/TW", "AMENDS", "132-QĐ/TW", 371, S371_132, planned=True, rule="cue:sửa đổi, bổ sung"),
        r("IMPLICIT:AMENDMENT-OF-98-QĐ/TW(2004)", "AMENDS", ID_98_2004, 371, S371_98, planned=True,
          rule="cue:sửa đổi, bổ sung"),
        Relation(source="711-BS/VPTU", relation="CITES", target="188-BC/BTCTW", planned=False, line=467,
                 evidence="SAO LỤC", rule="copy:SAO LỤC"),
    )
    loc = t.locality
    localities = (
        loc("Hà Nội", "Hà Nội", 5),
        loc("Quảng Ngãi", "QUẢNG NGÃI", 9, part_of_body=True),
        loc("Quảng Ninh", "Quảng Ninh", 55, footnote=5),
        loc("Hậu Giang", "Hậu Giang", 55, footnote=5),
        loc("Long An", "Long An", 55, footnote=5),
        loc("Yên Bái", "Yên Bai", 55, footnote=5),
        loc("Hà Nội", "Hà Nội", 55, footnote=5),
        loc("Quảng Ngãi", "Quảng Ngãi", 469),
    )
    # the 28-NQ/TW of relation 2 is named on line 39 by its alias and number
    mentions += (m("28-NQ/TW", "Nghị quyết số 28-NQ/TW", 39,
                   "(Nghị quyết số 28-NQ/TW)", type="Nghị quyết"),)
    return Extraction(file=str(path), document=OWN, mentions=mentions, relations=relations, localities=localities)


# ---------------------------------------------------------------- a state text, by hand (state_gold facts)
def state_extraction(path=STATE_09) -> Extraction:
    t = Text(STATE_09)
    s7, s8 = "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", "Căn cứ Bộ luật Hàng hải Việt Nam số 95/2015/QH13;"
    s11 = ("Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 171/2016/NĐ-CP ngày 27 tháng 12 năm 2016 của "
           "Chính phủ quy định về đăng ký, xóa đăng ký và mua, bán, đóng mới tàu biển đã được sửa đổi, bổ sung bởi "
           "Nghị định số 86/2020/NĐ-CP ngày 23 tháng 7 năm 2020 của Chính phủ")
    own = OwnDocument(id="247/2025/NĐ-CP", code="247/2025/NĐ-CP", type="Nghị định", date="2025-09-15",
                      issuer="Chính phủ", title="Sửa đổi, bổ sung một số điều của Nghị định số 171/2016/NĐ-CP")
    m = t.mention
    mentions = (
        m("63/2025/QH15", "Luật Tổ chức Chính phủ số 63/2025/QH15", 7, s7, type="Luật", issuer="Quốc hội"),
        m("95/2015/QH13", "Bộ luật Hàng hải Việt Nam số 95/2015/QH13", 8, s8, type="Bộ luật", issuer="Quốc hội"),
        m("171/2016/NĐ-CP", "Nghị định số 171/2016/NĐ-CP", 11, s11, type="Nghị định", date="2016-12-27",
          issuer="Chính phủ"),
        m("86/2020/NĐ-CP", "Nghị định số 86/2020/NĐ-CP", 11, s11, type="Nghị định", date="2020-07-23",
          issuer="Chính phủ"),
    )
    r = t.relation
    relations = (
        r("247/2025/NĐ-CP", "BASED_ON", "63/2025/QH15", 7, s7, rule="cue:căn cứ"),
        r("247/2025/NĐ-CP", "BASED_ON", "95/2015/QH13", 8, s8, rule="cue:căn cứ"),
        r("247/2025/NĐ-CP", "AMENDS", "171/2016/NĐ-CP", 11, s11, rule="cue:sửa đổi, bổ sung"),
        r("86/2020/NĐ-CP", "AMENDS", "171/2016/NĐ-CP", 11, s11, rule="cue:đã được sửa đổi, bổ sung bởi"),
    )
    return Extraction(file=str(path), document=own, mentions=mentions, relations=relations)


def edges_of(G, etype=None, source=None, target=None):
    out = []
    for u, v, attrs in G.edges(data=True):
        if etype and attrs["type"] != etype:
            continue
        if source and G.nodes[u]["id"] != source:
            continue
        if target and G.nodes[v]["id"] != target:
            continue
        out.append((G.nodes[u]["id"], attrs["type"], G.nodes[v]["id"], attrs))
    return out


@pytest.fixture(scope="module")
def seed_graph():
    return build_graph([seed_extraction()])


# ---------------------------------------------------------------- relations the text states
@pytest.mark.parametrize("source, relation, target, line, cue", [
    ("01-HD/BTCTW", "IMPLEMENTS", "58-QĐ/TW", 205, "thực hiện Quy định số 58-QĐ/TW"),
    ("07-KH/TW", "BASED_ON", "21-NQ/TW", 37, "Trên cơ sở đó"),
    ("07-KH/TW", "IMPLEMENTS", "21-NQ/TW", 361, "thực hiện Nghị quyết số 21-NQ/TW"),
    ("21-HD/BTCTW", "IMPLEMENTS", "20-TB/TW", 119, "để thực hiện Thông báo kết luận số 20-TB/TW"),
    ("20-HD/BTCTW", "IMPLEMENTS", "49-QĐ/TW", 81, "thi hành Quy định số 49-QĐ/TW"),
])
def test_a_stated_relation_is_an_edge_with_its_sentence(seed_graph, source, relation, target, line, cue):
    (edge,) = [e for e in edges_of(seed_graph, relation, source, target) if e[3]["line"] == line]
    attrs = edge[3]
    assert cue in attrs["evidence"]
    assert attrs["source_doc"] == "188-BC/BTCTW"          # stated by the report, not by the acting document
    assert attrs["source_file"] == str(SEED)
    assert attrs["planned"] is False
    assert SEED.read_text(encoding="utf-8")[attrs["start"]:attrs["end"]] == attrs["evidence"]


def test_planned_amendment_stays_planned(seed_graph):
    (edge,) = edges_of(seed_graph, "AMENDS", target="132-QĐ/TW")
    assert edge[3]["planned"] is True and "Sửa đổi, bổ sung Quy định số 132-QĐ/TW" in edge[3]["evidence"]
    # the acting instrument is unnamed; the report itself only refers to 132-QĐ/TW
    (cites,) = edges_of(seed_graph, "CITES", "188-BC/BTCTW", "132-QĐ/TW")
    assert cites[3]["line"] == 371


def test_the_report_cites_each_mention_once_with_that_mentions_sentence(seed_graph):
    cites = edges_of(seed_graph, "CITES", "188-BC/BTCTW", "21-NQ/TW")
    assert sorted(c[3]["line"] for c in cites) == [37, 37, 361]      # alias, number, and line 361
    text = SEED.read_text(encoding="utf-8")
    assert sorted(text[c[3]["start"]:c[3]["end"]] for c in cites) == [
        "Nghị quyết Hội nghị Trung ương 5", "Nghị quyết số 21-NQ/TW", "Nghị quyết số 21-NQ/TW"]
    assert all(c[3]["evidence"] in (S37A, S361) for c in cites)


def test_no_self_citation_and_the_copy_is_a_copy(seed_graph):
    assert not edges_of(seed_graph, source="188-BC/BTCTW", target="188-BC/BTCTW")
    assert not edges_of(seed_graph, "CITES", "188-BC/BTCTW", "711-BS/VPTU")
    # the extractor's "711-BS/VPTU CITES 188-BC/BTCTW" is folded into the more specific COPY_OF
    assert [e[1] for e in edges_of(seed_graph, source="711-BS/VPTU", target="188-BC/BTCTW")] == ["COPY_OF"]
    assert [e[2] for e in edges_of(seed_graph, "ISSUED_BY", "711-BS/VPTU")] == ["Văn phòng Tỉnh ủy Quảng Ngãi"]
    assert [e[2] for e in edges_of(seed_graph, "SIGNED_BY", "711-BS/VPTU")] == ["Nguyễn Thị Ngọc Bích"]
    assert [e[2] for e in edges_of(seed_graph, "SIGNED_BY", "188-BC/BTCTW")] == ["Mai Văn Chính"]
    copy = seed_graph.nodes["Document:711-BS/VPTU"]
    assert (copy["type"], copy["date"], copy["loaded"]) == ("Bản sao", "2023-01-16", True)


def test_a_more_specific_relation_replaces_cites_in_that_sentence_only():
    G = build_graph([state_extraction()])
    assert [e[1] for e in edges_of(G, source="247/2025/NĐ-CP", target="63/2025/QH15")] == ["BASED_ON"]
    assert [e[1] for e in edges_of(G, source="247/2025/NĐ-CP", target="171/2016/NĐ-CP")] == ["AMENDS"]
    # 86/2020/NĐ-CP is the acting document of the other amendment: the file's own document only cites it
    assert [e[1] for e in edges_of(G, source="247/2025/NĐ-CP", target="86/2020/NĐ-CP")] == ["CITES"]
    assert sorted(e[0] for e in edges_of(G, "AMENDS", target="171/2016/NĐ-CP")) == ["247/2025/NĐ-CP", "86/2020/NĐ-CP"]


def test_same_pair_in_another_sentence_still_cites():
    t = Text(SEED)
    # suppose the report stated a relation of its own to 21-NQ/TW on line 361: only that sentence's CITES goes
    ex = seed_extraction()
    ex = replace(ex, relations=ex.relations + (t.relation("188-BC/BTCTW", "REVIEWS", "21-NQ/TW", 361, S361),))
    G = build_graph([ex])
    lines = sorted(e[3]["line"] for e in edges_of(G, "CITES", "188-BC/BTCTW", "21-NQ/TW"))
    assert lines == [37, 37]
    assert [e[3]["line"] for e in edges_of(G, "REVIEWS", "188-BC/BTCTW", "21-NQ/TW")] == [361]


# ---------------------------------------------------------------- nodes and their merged properties
def test_document_properties_from_mentions(seed_graph):
    d = seed_graph.nodes["Document:07-KH/TW"]
    assert (d["type"], d["type_code"], d["number"], d["date"], d["year"], d["issuer"]) == \
        ("Kế hoạch", "KH", "07", "2022-08-17", 2022, "Bộ Chính trị")
    assert d["loaded"] is False and d["mention_count"] == 2
    nq = seed_graph.nodes["Document:21-NQ/TW"]
    assert nq["aliases"] == ["Nghị quyết Hội nghị Trung ương 5"]
    assert nq["title"].startswith("tăng cường củng cố")
    own = seed_graph.nodes["Document:188-BC/BTCTW"]
    assert own["loaded"] is True and own["source_file"] == str(SEED) and own["issuer"] == "Ban Tổ chức Trung ương"
    assert [e[2] for e in edges_of(seed_graph, "ISSUED_BY", "07-KH/TW")] == ["Bộ Chính trị"]


def test_the_two_98_qd_tw_stay_apart_with_the_doubt_visible(seed_graph):
    a, b = seed_graph.nodes[f"Document:{ID_98_2004}"], seed_graph.nodes[f"Document:{ID_98_LCCB}"]
    assert a["code"] == b["code"] == "98-QĐ/TW"
    assert a["date"] == "2004-03-22" and a["issuer"] == "Ban Bí thư" and b["date"] == ""
    assert b["title"] == "luân chuyển cán bộ"
    assert ID_98_2004 in b["doubt"] and ID_98_LCCB in b["doubt"]
    assert a["doubt"] == ""


def test_localities_part_of_a_body_is_not_a_mention(seed_graph):
    named = sorted(e[2] for e in edges_of(seed_graph, "MENTIONS", "188-BC/BTCTW"))
    assert named == ["Hà Nội", "Hà Nội", "Hậu Giang", "Long An", "Quảng Ngãi", "Quảng Ninh", "Yên Bái"]
    (qn,) = edges_of(seed_graph, "MENTIONS", "188-BC/BTCTW", "Quảng Ngãi")
    assert qn[3]["line"] == 469                      # "TỈNH ỦY QUẢNG NGÃI" on line 9 is a body's name
    hg = seed_graph.nodes["Locality:Hậu Giang"]
    assert (hg["status"], hg["merged_into"]) == ("legacy", "Cần Thơ")   # merged into Cần Thơ on 2025-07-01
    assert seed_graph.nodes["Locality:Quảng Ninh"]["status"] == "both"
    assert seed_graph.nodes["Locality:Yên Bái"]["merged_into"] == "Lào Cai"


def test_every_node_and_edge_has_exactly_the_model_properties(seed_graph):
    for _, attrs in seed_graph.nodes(data=True):
        assert set(attrs) == {"label"} | set(NODE_PROPERTIES[attrs["label"]])
    for u, v, attrs in seed_graph.edges(data=True):
        assert set(attrs) == {"type"} | set(EDGE_PROPERTIES)
        assert attrs["type"] in {t.value for t in EdgeType}
        assert (seed_graph.nodes[u]["label"], seed_graph.nodes[v]["label"]) == EDGE_ENDS[attrs["type"]]


def _doc(ident, **kw):
    return OwnDocument(id=ident, code=ident, type=kw.get("type"), date=kw.get("date"), issuer=kw.get("issuer"),
                       title=kw.get("title"))


def _cite(ident, date=None, issuer=None, line=1):
    return Mention(id=ident, code=ident, type="Kết luận", date=date, issuer=issuer, subject=None, line=line,
                   start=0, end=5, surface=ident)


def test_merge_most_frequent_then_smallest_never_load_order():
    a = Extraction(file="a.txt", document=_doc("1-BC/TW"), mentions=(_cite("21-KL/TW", date="2021-10-10"),))
    b = Extraction(file="b.txt", document=_doc("2-BC/TW"), mentions=(_cite("21-KL/TW", date="2021-10-09"),))
    c = Extraction(file="c.txt", document=_doc("3-BC/TW"), mentions=(_cite("21-KL/TW", date="2021-10-10"),))
    for order in ([a, b, c], [c, b, a], [b, a, c]):
        assert build_graph(order).nodes["Document:21-KL/TW"]["date"] == "2021-10-10"
    # a tie goes to the smallest value, whichever file came first
    assert build_graph([a, b]).nodes["Document:21-KL/TW"]["date"] == "2021-10-09"
    assert build_graph([b, a]).nodes["Document:21-KL/TW"]["date"] == "2021-10-09"


def test_the_header_of_a_loaded_document_beats_what_others_say_of_it():
    own = Extraction(file="kl.txt", document=_doc("21-KL/TW", date="2021-10-28", issuer="Ban Chấp hành Trung ương"))
    others = [Extraction(file=f"{i}.txt", document=_doc(f"{i}-BC/TW"),
                         mentions=(_cite("21-KL/TW", date="2021-10-10", issuer="Bộ Chính trị"),)) for i in range(3)]
    d = build_graph(others + [own]).nodes["Document:21-KL/TW"]
    assert (d["date"], d["issuer"], d["loaded"], d["source_file"]) == \
        ("2021-10-28", "Ban Chấp hành Trung ương", True, "kl.txt")
    assert d["mention_count"] == 3


def test_merge_node_is_independent_of_vote_order():
    votes = {"b.txt": {"position": ["PHÓ TRƯỞNG BAN"]}, "a.txt": {"position": ["TRƯỞNG BAN"]}}
    assert merge_node("Person", "X", votes)["position"] == merge_node("Person", "X", dict(reversed(votes.items())))["position"] \
        == "PHÓ TRƯỞNG BAN"


# ---------------------------------------------------------------- determinism and the canonical hash
def test_same_files_any_order_or_twice_same_hash():
    seed, state = seed_extraction(), state_extraction()
    h = canonical_hash(build_graph([seed, state]))
    assert canonical_hash(build_graph([state, seed])) == h
    assert canonical_hash(build_graph([seed, state, seed])) == h


def test_the_hash_sees_any_change():
    G = build_graph([seed_extraction()])
    h = canonical_hash(G)
    G.nodes["Document:07-KH/TW"]["date"] = "2022-08-18"
    assert canonical_hash(G) != h
    H = build_graph([seed_extraction()])
    u, v, k = next(iter(H.edges(keys=True)))
    H.edges[u, v, k]["line"] += 1
    assert canonical_hash(H) != h


def test_a_relation_outside_the_vocabulary_names_the_file():
    ex = replace(state_extraction(), relations=(Relation("247/2025/NĐ-CP", "MODIFIES", "171/2016/NĐ-CP", False, 11,
                                                         "…", "cue"),))
    with pytest.raises(ValueError, match=r"09_ND247_2025_sua_ND171.txt: line 11: relation 'MODIFIES'"):
        file_facts(ex)


def test_a_file_without_a_number_is_named_after_itself():
    ex = Extraction(file="/x/untitled.txt", document=OwnDocument(None, None, None, None, None, None),
                    mentions=(_cite("21-KL/TW"),))
    G = build_graph([ex])
    assert G.nodes["Document:FILE:untitled.txt"]["loaded"] is True
    assert [e[1] for e in edges_of(G, source="FILE:untitled.txt")] == ["CITES"]


@pytest.mark.parametrize("code, body", [
    ("20-HD/BTCTW", "Ban Tổ chức Trung ương"),
    ("119-QĐ/TBBVCTNBTW", "Tiểu ban Bảo vệ chính trị nội bộ Trung ương"),
    ("15/2020/NĐ-CP", "Chính phủ"),
    ("80/2015/QH13", "Quốc hội"),
    ("1234/QĐ-TTg", "Thủ tướng Chính phủ"),
    ("21-KL/TW", None),            # Central Committee, Politburo or Secretariat: the text must say which
    ("25-KH/TU", None),            # a provincial committee: which one is not in the number
    ("40/2026/QĐ-UBND", None),
    ("KX 04.39/21-25", None),
])
def test_the_issuer_code_names_a_body_only_when_it_names_one(code, body):
    from vanban.graph.build import code_issuer
    assert code_issuer(code) == body


def test_an_unstated_issuer_comes_from_the_number(seed_graph):
    (e,) = edges_of(seed_graph, "ISSUED_BY", "01-HD/BTCTW")
    assert e[2] == "Ban Tổ chức Trung ương" and e[3]["rule"] == "issuer-code:01-HD/BTCTW" and e[3]["line"] == 205
    assert seed_graph.nodes["Document:01-HD/BTCTW"]["issuer"] == "Ban Tổ chức Trung ương"
    assert not edges_of(seed_graph, "ISSUED_BY", "58-QĐ/TW")            # "TW" alone names no one body
    # a stated issuer wins over the code's
    assert [e[2] for e in edges_of(seed_graph, "ISSUED_BY", "21-HD/BTCTW")] == ["Ban Tổ chức Trung ương"]


def test_the_copy_edge_keeps_the_line_of_the_copy_stamp(seed_graph):
    (e,) = edges_of(seed_graph, "COPY_OF", "711-BS/VPTU", "188-BC/BTCTW")
    assert (e[3]["line"], e[3]["evidence"], e[3]["rule"]) == (467, "SAO LỤC", "copy-block")
