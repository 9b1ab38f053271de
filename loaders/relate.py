"""Relate: cue phrases between mentions become typed edges, acting document -> acted-upon document.

The acting document is often not the file being read.  Four rules, each named in the edge's ``rule``:

* ``adjacent``: ACTING [, ngày …] [của …] [về …] CUE TARGET [và TARGET …]
  "Hướng dẫn số 01-HD/BTCTW, ngày 05/8/2022 thực hiện Quy định số 58-QĐ/TW" -> 01-HD/BTCTW IMPLEMENTS 58-QĐ/TW
* ``purpose``: clause-initial CUE TARGETS …, [tham mưu] BODY [đã] ban hành ACTING
  "Để thực hiện Nghị quyết, Bộ Chính trị ban hành Kế hoạch số 12-KH/TW" -> 12-KH/TW IMPLEMENTS 28-NQ/TW
  ("Trên cơ sở đó" points back to the paragraph's topic document.)
* ``nested``: a described document containing its target, "Dự thảo Hướng dẫn thực hiện Quy định số 58-QĐ/TW"
* ``implicit``: an activity with no acting instrument ("Sơ kết 5 năm thực hiện Quy định 105-QĐ/TW",
  "Sửa đổi, bổ sung Quy định số 132-QĐ/TW"): the source is ``IMPLICIT:REVIEW-OF-<target>`` /
  ``IMPLICIT:AMENDMENT-OF-<target>``.

Drafts and documents still to be produced are ``planned``; so are implicit tasks in a section of future
tasks or after "tham mưu/nghiên cứu".  One edge per (source, target) per sentence: the most specific wins.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Set, Tuple

from vanban.domain.codes import TYPE_WORDS
from vanban.domain.numbers import can_act_on as _can_act_on
from vanban.domain.numbers import issued_before as _issued_before
from vanban.domain.numbers import legal_rank
from vanban.domain.vocab import DOCUMENT_RELATIONS_BY_STRENGTH
from vanban.loaders import patterns as P
from vanban.loaders.clean import despeck
from vanban.loaders.find import Found
from vanban.loaders.layout import CAPITAL_LETTERS
from vanban.loaders.resolve import LawTitles, fold_title
from vanban.loaders.segment import Segmented

# A programme or plan described by what it carries out, and what issues it: "Chương trình hành động của Chính phủ thực
# hiện " (the target follows), "… ngày 15/9/2025 của Chính phủ ban hành " (between the issuing document and it).
_ISSUED_PROGRAMME = re.compile(r"(?:Chương trình|Kế hoạch|Đề án|Chiến lược)\b[^;:.“”()\d]{0,120}?\s(?:triển khai\s+)?"
                               r"(?:thực hiện|thi hành|cụ thể hóa|cụ thể hoá)\s*$", re.I)
# A document's date as the text gives it after its number: "ngày 13/3/2023", "ngày 13 tháng 3 năm 2023"
_ON_DATE = r"ngày\s*\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\s+tháng\s+\d{1,2}\s*năm\s+\d{4})"   # ("11năm": glued)
_ISSUES_IT = re.compile(r"[\s,]*(?:" + _ON_DATE + r"\s*,?\s*)?"
                        r"(?:của\s+(?:(?!\bvề\b|\bsố\b)[^;.“”()\d]){1,120}?\s*)?,?\s*(?:về\s+(?:việc\s+)?)?(?:ban hành|phê duyệt|cập nhật(?:,\s*bổ sung)?)\s+",
                        re.I)

# Specificity: a later entry loses to an earlier one for the same pair in one sentence.
PRIORITY = [r.value for r in DOCUMENT_RELATIONS_BY_STRENGTH]   # the strength order of vanban.domain.vocab.Relation

_BODY = (r"(?:Ban Chấp hành Trung ương|Bộ Chính trị|Ban Bí thư|Ban Tổ chức Trung ương|Tiểu ban Bảo vệ chính trị nội bộ Trung ương"
         r"|Ủy ban Kiểm tra Trung ương|Quốc hội|Chính phủ|Thủ tướng Chính phủ|Ban Chỉ đạo[^,;]{0,60}?)")
_CUE_WORDS = {
    "sửa đổi, bổ sung": "AMENDS", "sửa đổi bổ sung": "AMENDS", "sửa đổi": "AMENDS", "bổ sung": "AMENDS", "thay thế": "REPLACES",
    "bãi bỏ": "REPEALS", "hủy bỏ": "REPEALS", "huỷ bỏ": "REPEALS", "đình chỉ": "SUSPENDS", "đính chính": "CORRECTS",
    "tạm ngưng hiệu lực": "SUSPENDS", "ngưng hiệu lực": "SUSPENDS", "tạm dừng hiệu lực": "SUSPENDS",
    "hợp nhất": "CONSOLIDATES", "hướng dẫn thực hiện": "GUIDES", "hướng dẫn thi hành": "GUIDES", "hướng dẫn": "GUIDES",
    "quy định chi tiết": "GUIDES", "triển khai thực hiện": "IMPLEMENTS", "triển khai": "IMPLEMENTS",
    "thực hiện": "IMPLEMENTS",
    "thi hành": "IMPLEMENTS", "cụ thể hóa": "IMPLEMENTS", "sơ kết": "REVIEWS", "tổng kết": "REVIEWS",
    "căn cứ": "BASED_ON", "trên cơ sở": "BASED_ON", "theo": "BASED_ON",
}
_CUE_ALT = "|".join(P.longest_first(map(re.escape, _CUE_WORDS)))
# Small words between a cue and its target: "sửa đổi, bổ sung một số điều, phụ lục của", "hướng dẫn thi hành một số
# quy định của", "quy định chi tiết và biện pháp thi hành", "quy định chi tiết và hướng dẫn thực hiện một số điều của",
# "tổng kết 10 năm thực hiện".
_FILLER = (r"(?:\s+(?:việc|một số (?:điều|điểm|khoản)(?:,\s*(?:khoản|phụ lục|điểm))*|một số quy định|một số nội dung|chi tiết|biện pháp"
           r"|để tổ chức|tổ chức|hướng dẫn thi hành|hướng dẫn thực hiện|hướng dẫn|thi hành|và|của|các|tiêu đề|tên gọi"
           # a second act on other parts: "sửa đổi, bổ sung khoản 1, khoản 2 và bổ sung khoản 9 vào Điều 4 Nghị định số …"
           r"|bổ sung|vào"
           # parts, several numbers to one word: "khoản 2 và 4 Điều 11", "điểm a, b khoản 3"
           r"|(?:Điều\s+\d+[a-zđ]?|khoản\s+\d+|điểm\s+[a-zđ])(?:\s*(?:,|và)\s*(?:\d+[a-zđ]?|[a-zđ])\b)*"
           # the tasks a document gives: "thực hiện đúng tiến độ, hiệu quả các nhiệm vụ được giao tại Nghị quyết số …"
           r"|(?:(?:đúng tiến độ|có hiệu quả|hiệu quả|nghiêm túc|đầy đủ)(?:,\s*|\s+|\s+và\s+))*(?:các\s+)?nhiệm vụ"
           r"(?:,\s*giải pháp)?\s+(?:được giao\s+)?tại"
           r"|(?:\d+|\w+)\s+năm(?:\s+thực hiện)?),?)*")
# A part of a document as an adjacent act names it: "Phụ lục I", "khoản 2 Điều 5", "Điều 7".
_ADJ_PART = (r"(?:(?:Phụ lục|Điều|khoản|điểm|Chương|Mục|Phần)\s+(?:\d[\w.]{0,7}|[IVXLC]{1,6}\b|[a-zđ]\b)\s*)+")
# A programme's subject ending in carrying out its target: "Kế hoạch số 01-KH/BCĐTW, ngày … của Ban Chỉ đạo … về hành
# động chiến lược triển khai Nghị quyết số 57-NQ/TW" (a few words of what it does; not a review of it: "về tình hình,
# kết quả thực hiện"); the groups _ADJ_GAP's users ask of are there and never match
_PROGRAMME_TYPES = frozenset(("Kế hoạch", "Chương trình", "Đề án", "Chiến lược"))
_PROGRAMME_ABOUT = re.compile(r"[\s,]*(?:" + _ON_DATE + r"\s*,?\s*)?"
                              r"(?:của\s+(?:(?!\bvề\b|\bsố\b)[^;.“”()\d]){1,120}?\s+)?"
                              r"về\s+(?!(?:tình hình|kết quả|việc|sơ kết|tổng kết|đánh giá|báo cáo|kiểm tra|giám sát)\b)"
                              r"(?:(?!(?:tình hình|kết quả|sơ kết|tổng kết|đánh giá|báo cáo|kiểm tra|giám sát|năm)\b)[^\W\d_]+[\s,]+){1,24}?"
                              r"(?P<cue>triển khai thực hiện|triển khai|thực hiện|thi hành)\s*"
                              r"(?P<scope>(?!))?(?P<annex>(?!))?(?P<law_title>(?!))?$", re.I)
# What may stand between an acting mention's attachments and the cue: its date, its issuer ("của Bộ trưởng, Chủ
# nhiệm Văn phòng Chính phủ"), a parenthesis, "để".  Never a subject ("về …": that is the acting document's title).
_ADJ_GAP = re.compile(r"^[\s,]*(?:của\s+[^,;.“”()\d]{1,60}?\s+(?=ngày))?(?:" + _ON_DATE + r"\s*,?\s*)?"   # (the issuer twice:
                      # "Nghị định số A của Chính phủ ngày 25/7/2025 của Chính phủ quy định về …")
                      # (the issuer and the title's words: not past "về" nor a number's "số"; "một số" is no number's:
                      # "… của Bộ trưởng Bộ X quy định một số nội dung và biện pháp thi hành Quyết định số …")
                      r"(?:của\s+(?:(?!\bvề\b|(?<!\bmột )\bsố\b)[^;.“”()\d]){1,120}?\s+)?(?:\([^()]{0,200}\)\s*)?"
                      # "về kéo dài thời gian thực hiện và sửa đổi, bổ sung …": another matter of the title, then the act
                      # (or a title that lays down a matter and acts: "Nghị định số A quy định về hoạt động mật mã dân
                      # sự và sửa đổi, bổ sung một số điều của Nghị định số B")
                      r"(?:để\s+|quy định\s+về\s+[^,;.“”()\d]{1,80}?\s+và\s+(?=sửa đổi|bổ sung|thay thế|bãi bỏ|hủy bỏ|huỷ bỏ)"
                      r"|về\s+(?:việc\s+)?(?:[^,;.“”()\d]{1,80}?\s+và\s+)?"
                      # a task the title gives or urges: "về việc giao nhiệm vụ thực hiện", "về đẩy mạnh việc thực hiện"
                      r"(?:(?:giao nhiệm vụ|đẩy mạnh|tăng cường|đôn đốc|tiếp tục)(?:\s+việc)?\s+)?)?(?P<cue>" + _CUE_ALT + r")" +
                      # a third verb of the same act: "về sửa đổi, bổ sung, cập nhật Nghị quyết số …"
                      r"(?:,?\s+cập nhật)?" +
                      # a second act on the same targets: "tạm ngưng hiệu lực và điều chỉnh thời hạn áp dụng"
                      r"(?:\s+và(?:\s+[^\W\d_]+){1,6}?(?=\s*$))?"
                      + _FILLER +
                      # the part acted on: "về sửa đổi, bổ sung một số nội dung tại Phụ lục I và Phụ lục II kèm theo"
                      r"(?:\s+(?:tại|của)\s+(?P<scope>" + _ADJ_PART + r"(?:\s*(?:,|và)\s*" + _ADJ_PART + r"){0,8})"
                      r"\s+(?:(?:ban hành\s+)?kèm theo|của|tại)"
                      # … or a regulation issued as the target's annex: "Quy chế làm việc … ban hành kèm theo"
                      r"|\s+(?P<annex>(?:Quy định|Quy chế|Điều lệ|Danh mục|Quy trình)\b[^;:.“”\d]{0,200}?)"
                      r"\s+(?:được\s+)?ban hành\s+kèm theo)?" +
                      # an unnumbered law named first in the list of targets: "… của Luật Quản lý thuế ngày 13 tháng
                      # 6 năm 2019, Nghị định số 123/2020/NĐ-CP"
                      r"(?:\s+(?:Luật|Bộ luật|Pháp lệnh)\s+[^,;.\d]{2,80}?(?:\s+(?:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}"
                      r"\s+năm\s+\d{4})?\s*(?:,|và)(?:\s+các)?"
                      # … or the target law's title right before its number written without "số": "sửa đổi, bổ sung
                      # khoản 1 và khoản 2 Điều 13 Luật Thuế GTGT 13/2008/QH12" (a few words, no other document's)
                      r"|\s+(?P<law_title>(?:Luật|Bộ luật|Pháp lệnh)(?:\s+(?!(?:số|và|của|về|theo|tại|ngày|" + P._alt(TYPE_WORDS) +
                      r")\b)[^\W\d_]+){1,9})"
                      r")?\s*$", re.I)
# An ad hoc committee named by the task it carries out, as the issuer before an implementing cue: "Kế hoạch số
# 434/KH-TCT … của Tổ Công tác triển khai Đề án 06" (the committee's name, not the plan's act)
_REVIEW_BODY_NAME = re.compile(r"\b(?:Ban Chỉ đạo|Tổ công tác|Tổ giúp việc|Tiểu ban)\b[^.;:\d]{0,60}?\svề\s+$", re.I)
# Documents named by the act they would do, as the matter of a title: "… quy định một số nội dung chi, mức chi xây
# dựng văn bản triển khai thi hành Luật Thủ đô số …" (the spending rules do not carry the law out; the texts they
# fund would)
_DOCUMENTS_DOING = re.compile(r"\b(?:văn bản|(?:các|những)\s+(?:" + P._alt(TYPE_WORDS) + r"))\s+$", re.I)
# … and the difficulties met in carrying it out: "… tháo gỡ khó khăn, vướng mắc trong tổ chức thi hành Luật Đất đai"
_HINDRANCE_LEAD = re.compile(r"\b(?:khó khăn|vướng mắc|bất cập|hạn chế)\s+trong\s+(?:quá trình\s+|việc\s+)?(?:tổ chức\s+)?$",
                             re.I)
# A letter, a submission or a report about a programme that carries a document out: "công văn số A … về Chương trình
# hành động của Chính phủ thực hiện Nghị quyết số B" (fresh54's 03/NQ-CP: the programme implements B, not the letter)
_ABOUT_PROGRAMME = re.compile(r"\bvề\s+(?:việc\s+)?(?:ban hành\s+|xây dựng\s+)?(?:dự thảo\s+)?(?:Chương trình|Kế hoạch|Đề án"
                              r"|Chiến lược)\b[^\W_]*(?:[\s,–-]+[^\W_]+)*[\s,–-]*$", re.I)     # (words and years: "giai
#                                                                     đoạn 2021 - 2025"; no nested quantifier, linear)
_TASK_NAMED_BODY = re.compile(r"\bcủa\s+(?:Ban Chỉ đạo|Tổ công tác|Tổ giúp việc|Tiểu ban)(?:\s+[^\W\d_]+){0,3}\s+$", re.I)
# A guiding title whose object is what a part of the target lays down: "Thông tư số A ngày … Hướng dẫn thực hiện chính
# sách hỗ trợ … quy định tại Điều 14 Nghị định số B" (A guides that part of B)
_GUIDE_AT = re.compile(r"^[\s,]*(?:" + _ON_DATE + r"\s*,?\s*)?"
                       r"(?:của\s+(?:(?!\bvề\b|\bsố\b)[^;.“”()\d]){1,120}?\s+)?(?:về\s+(?:việc\s+)?)?"
                       r"(?P<cue>hướng dẫn(?:\s+(?:thực hiện|thi hành))?|quy định chi tiết)\s+[^;:.“”()\d]{1,160}?\s+"
                       r"(?:được\s+)?quy định tại\s+" + _ADJ_PART + r"(?:của\s+)?(?P<scope>)(?P<annex>)(?P<law_title>)$", re.I)
_LAW_NUMBER_HEAD = re.compile(r"(?:bộ\s+)?(?:luật|pháp lệnh)\s+số\b", re.I)
_CLAUSE_START = re.compile(
    r"(?:^|;\s*|\.\s+)(?:-\s*)?(?P<lead>(?:Để\s+|Nâng cao hiệu quả\s+|Tiếp tục\s+)?(?:triển khai\s+)?(?P<cue>thực hiện|thi hành)"
    r"|Trên cơ sở(?:\s+tổng kết(?:\s+việc)?(?:\s+thực hiện)?)?|Căn cứ)\s+", re.I)
# (or "has sent" its letter: "Thực hiện … Văn bản số A …, Bộ Nội vụ đã có Văn bản số B đề nghị …")
_ISSUE = re.compile(r",\s*(?:(?:tham mưu|trình)\s+)?(?:" + _BODY + r"\s+)?(?:đã\s+)?(?:ban hành|có)\s*$")
# Between a listed document's description and the next document of its type: "… về kiểm tra văn bản và "
# (or by ",": "… Nghị định số 123/2020/NĐ-CP ngày … của Chính phủ quy định về hóa đơn, chứng từ, Nghị định số 70/2025/…")
# A ";" that goes on inside a description, a lowercase word after it ("…, cao đẳng; việc in, quản lý …"), and one that
# ends an item or a clause (a capital after it, or a word opening a new subject: "…; các quy định khác hết hiệu lực …")
_NEW_SUBJECT = r"(?:các|những|mọi|toàn bộ)\b"
_SEMI_GOES_ON = r";(?=\s*(?!" + _NEW_SUBJECT + r")(?-i:[a-zđ]))"
_SEMI_ENDS = r";(?!\s*(?!" + _NEW_SUBJECT + r")(?-i:[a-zđ]))"
# (a ";" inside the description: "… quy định về mẫu bằng tốt nghiệp trung cấp, cao đẳng; việc in, quản lý, cấp phát … và
# Thông tư số B")
_COORD_GAP = re.compile(r"^(?:[^;:.“”\n]|" + _SEMI_GOES_ON + r"){0,300}?(?:\svà|,)\s*$", re.I)
_COORD_AND = re.compile(r"\svà\s*$")
_COORD_AND_COMMA = re.compile(r"(?:\svà|,)\s*$")
_AMENDERS_BETWEEN = re.compile(r"\bđược\s+(?:sửa đổi|bổ sung|thay thế)[^.;:]{0,60}?\s(?:theo|bởi|tại)\s", re.I)
# a document's own title after its date: "… ngày 13 tháng 3 năm 2023 (của Chính phủ) quy định chi tiết …"
_OWN_TITLE_AFTER = re.compile(r"\s*,?\s*" + _ON_DATE +
                              r"(?:\s+của\s+[^,;.“”()\d]{1,80}?)?\s+(?:quy định|hướng dẫn)\b", re.I)
_CUE_IN = re.compile(r"\b(?:" + _CUE_ALT + r")\b", re.I)
# "một số điều", "một phần" right after a repeal's cue: the act takes part of the document (adjacent acts)
_SOME_ARTICLES = re.compile(r"\s*(một\s+số\s+(?:điều|khoản|nội\s+dung|quy\s+định)|một\s+phần)\b", re.I)
# … and an amendment joined before that cue: "sửa đổi và bãi bỏ", "sửa đổi, bổ sung và bãi bỏ"
_AMENDS_JOINED = re.compile(r"\b(sửa\s+đổi(?:,?\s*bổ\s+sung)?)\s*(?:,|và)\s*$", re.I)
# an act in a target's description, on documents it names after it (with_list)
_NESTED_ACT = re.compile(r"\b(?:sửa đổi|bổ sung|bãi bỏ|thay thế|hủy bỏ|huỷ bỏ)\b[^;:.]{0,120}?(?:của|tại)\s+(?:các\s+)?\Z",
                         re.I)
_DATED_AFTER = re.compile(r"\s*,?\s*ngày\s*\d")
_ITEM_BREAK = re.compile(_SEMI_ENDS)
_SEMI_GAP = re.compile(r"[^;:.“”\n]{0,300}?;\s*(?:và\s+)?$", re.I)      # … or ";" in an act's list (with_list)
# Between two acting documents of one sentence that share the words after the second: a date, then "," or "và".
_JOINED_ACTOR = re.compile(r"\s*(?:" + _ON_DATE + r"\s*)?"
                           r"(?:,\s*(?:và\s+)?|và\s+)")
# A cue right after "và" that ends the acting mention's issuer ("… của Chính phủ và sửa đổi …"): a second predicate
# of the sentence's subject; _PREDICATE is the first one, between the subject and that mention (one of the act and
# guide cues, "ban hành", "quy định")
_COORDINATED = re.compile(r"\bcủa\s+(?:(?!\bvề\b)[^;.“”()\d]){1,120}?\s+và\s+$")   # ("về …": the title's matters)
# The words before "thực hiện" that make it the matter of a report: "tình hình thực hiện", "kết quả thực hiện"
_REVIEW_LEAD = re.compile(r"\b(?:tình hình|kết quả|quá trình|sơ kết|tổng kết|đánh giá)(?:\s+triển khai)?\s+$", re.I)
_SECOND_PREDICATE = re.compile(
    r"[\s,]*(?:" + _ON_DATE + r"\s*,?\s*)?"
    r"của\s+[^;.“”()\d]{1,60}?\s+(?:quy định chi tiết|hướng dẫn)\b[^;.“”()\d]{0,160}?\s+và\s+"
    # (the empty groups: the adjacent rule reads these of an _ADJ_GAP match)
    r"(?P<cue>hướng dẫn(?:\s+(?:thi hành|thực hiện))?|quy định chi tiết)\s+(?P<scope>)(?P<annex>)(?P<law_title>)", re.I)
# … the same read around the first predicate's object, a law (numbered, or named by a title the file numbers): the
# words before it, and the second predicate after it (its date and issuer at most between)
_FIRST_PREDICATE = re.compile(r"[\s,]*(?:" + _ON_DATE + r"\s*,?\s*)?của\s+[^;.“”()\d]{1,60}?\s+(?:quy định chi tiết|hướng dẫn)"
                              r"\b[^;.“”()\d]{0,160}?\s+", re.I)
_NEXT_PREDICATE = re.compile(r"[\s,]*(?:" + _ON_DATE + r"\s*,?\s*)?(?:của\s+(?:Quốc hội|Ủy ban Thường vụ Quốc hội)\s+)?và\s+"
                             r"(?P<cue>hướng dẫn(?:\s+(?:thi hành|thực hiện))?|quy định chi tiết)\s+"
                             r"(?P<scope>)(?P<annex>)(?P<law_title>)", re.I)
_LAW_TYPES = frozenset(("Luật", "Bộ luật", "Pháp lệnh"))
_PREDICATE = re.compile(r"\b(?:" + _CUE_ALT + r"|hướng dẫn|quy định|ban hành)\b[^;.“”()]{0,80}$", re.I)
_PART_WORD = re.compile(r"\b(?:Điều|khoản|điểm|Phụ lục|Chương|Mục)\s+[\dIVXLCa-zđ]", re.I)
# The acting document's own predicate "quy định <what>" right before "theo": it lays down what the target decided, it
# details it ("Nghị định số 72/2024/NĐ-CP … của Chính phủ quy định chính sách giảm thuế giá trị gia tăng theo Nghị quyết
# số 142/2024/QH15"), not a document issued according to it ("… về chính sách … do sắp xếp … theo Kết luận số …")
_RULES_AFTER = re.compile(r"\bquy định\s+(?!(?:tại|theo|của|về)\b)[^\W\d][^;:.“”()\d]{1,120}?\s+$", re.I)
_ANNEX_OF = re.compile(r"\bban hành\s+kèm\s+theo\s*$", re.I)
_ANNEXED = re.compile(r"\bkèm\s+$", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:được|bị)\s+(?:(?:sửa đổi|bổ sung|thay thế|bãi bỏ)\s*(?:,|và)\s*)*$", re.I)
# An act's object in the plural ("tại các Quyết định …", "của các Thông tư sau: …"), whose list may go on with bare
# numbers past a ";" ("…; số B", the type word not written again)
_PLURAL_OBJECT = re.compile(r"\bcác\s+(?:" + P._alt(TYPE_WORDS) + r")\b", re.I)
# ("số A, số B và số C": the numbers of one type word, each after its "số")
_LIST_SEP = re.compile(r"^\s*(?:[,;]|và|,\s*và)\s*(?:\(\d+\)\s*)?(?:số\s*)?$")
# The amenders of one item of a list: "(đã) được sửa đổi, bổ sung (một số điều) theo/bởi/tại "
_AMENDERS_CUE = r"(?:đã\s+)?được\s+(?:sửa đổi|bổ sung)[^.;:]{0,60}?\s(?:theo|bởi|tại)\s*"
_ITEM_MODIFIER = re.compile(r"^[^.;:]{0,40}?" + _AMENDERS_CUE + "$")
# … ending at its "theo": "… Nghị định số A … quy định chức năng … đã được sửa đổi, bổ sung một số điều theo Nghị định
# số B" names B as A's amender (the passive rules read it), not what A lays down rules under
_AMENDED_BY = re.compile(_AMENDERS_CUE + "$")
# … after the item's date, issuer and title: "Thông tư số A ngày … của Bộ trưởng Bộ Tài chính hướng dẫn công bố thông
# tin … được sửa đổi, bổ sung bởi " (no other document, no clause break in the title)
_DESCRIBED_MODIFIER = re.compile(r",?\s*(?:ngày|của)\s[^.;:“”]{0,300}?\s" + _AMENDERS_CUE)
_IMPLICIT = re.compile(
    # ("tổng kết, đánh giá việc thực hiện", "sơ kết 6 tháng việc thực hiện", "tổng kết, đánh giá thực tiễn thi hành")
    r"(?P<cue>(?:sơ kết|tổng kết)(?:,\s*đánh giá)?(?:\s+\d+\s+(?:năm|tháng))?(?:\s+việc)?(?:\s+thực tiễn)?"
    r"(?:\s+(?:thực hiện|thi hành))?"
    r"|(?:sửa đổi|bổ sung)(?:,?\s*bổ sung)?(?:,\s*hoàn thiện)?(?:\s+một số điều(?: có liên quan đến [^,;.]{1,40}?)? của)?"
    # ("Thu hồi Quyết định số A": a decision withdrawn, the act that ends a non-normative one)
    r"|(?:thay thế(?:\s+cho)?|bãi bỏ|hủy bỏ|huỷ bỏ|thu hồi)(?:\s+toàn\s+bộ)?"      # "Bãi bỏ toàn bộ Quyết định số …": the whole
    # ("Thông tư này thay thế cho Thông tư số A": the same act)
    # "bãi bỏ các Quyết định số A …, Quyết định số B", "thay thế các Quyết định: số A … và số B" (the type said once)
    # ("thay thế các Thông tư: Thông tư số A …; Thông tư số B …", "bãi bỏ các Quyết định sau đây: Quyết định số A …")
    r"(?:\s+các(?:\s+(?:Quyết định|Nghị định|Thông tư(?:\s+liên tịch)?|Nghị quyết|Chỉ thị)"
    r"(?:\s*:?\s*số|(?:\s+sau(?:\s+đây)?)?\s*:))?)?"
    r"|đính chính(?:\s+(?:một số\s+)?(?:lỗi|sai sót)[^,;.]{0,30}?\s+(?:tại|của|trong))?"
    # a suspension: "Ngưng hiệu lực của Thông tư số 08/2022/TT-BKHĐT …", "đình chỉ việc thi hành Quyết định số …"
    r"|(?:(?:tạm\s+)?ngưng hiệu lực|tạm dừng hiệu lực|đình chỉ(?:\s+việc)?)(?:\s+thi hành)?(?:\s+(?:toàn bộ|của))*)\s*$", re.I)
# ("Đính chính một số lỗi kỹ thuật tại Thông tư số 15/2024/TT-BKHĐT": a correction decision's own act)
_IMPLICIT_KIND = {"sơ": ("REVIEW", "REVIEWS"), "tổ": ("REVIEW", "REVIEWS"), "sử": ("AMENDMENT", "AMENDS"),
                  "bổ": ("AMENDMENT", "AMENDS"), "th": ("REPLACEMENT", "REPLACES"), "bã": ("REPEAL", "REPEALS"),
                  "hủ": ("REPEAL", "REPEALS"), "huỷ": ("REPEAL", "REPEALS"), "thu ": ("REPEAL", "REPEALS"), "đì": ("SUSPENSION", "SUSPENDS"),
                  "ng": ("SUSPENSION", "SUSPENDS"), "tạ": ("SUSPENSION", "SUSPENDS"), "đí": ("CORRECTION", "CORRECTS")}
# (a request or proposal is a plan too: "Đề nghị sửa đổi, bổ sung Nghị định số 142/2025/NĐ-CP …" among the localities'
# requests a letter lists, tvpl e42103d7f815212d; "rà soát, đề xuất sửa đổi, bổ sung Danh mục …")
# (an order to do it: "Khẩn trương hoàn thiện sửa đổi, bổ sung Nghị định số A …" is a task, A not yet amended)
_PLAN_CUE = re.compile(r"(?:tham mưu|nghiên cứu|dự kiến|Phối hợp|Tham mưu|đề nghị|kiến nghị|đề xuất|khẩn trương"
                       r"|hoàn thiện)\s+(?:\w+\s+){0,3}$"
                       r"|nhiệm vụ[^.;]{0,40}(?:đó là|gồm)\s*:\s*(?:\(\d+\)\s*)?$", re.I)
# "Hoàn thiện dự thảo Nghị định sửa đổi, bổ sung một số điều của Nghị định số A": the act's instrument is a draft (a
# document still to be made, named by its type: no number), so the act is planned, never the text's own
_DRAFT_ACTOR = re.compile(r"\b[Dd]ự\s+thảo\s+[A-ZĐ]\w*(?:\s+\w+){0,2}\s+$")
# "Sơ kết, tổng kết, sửa đổi, bổ sung một số quy định …: (1) … (5) Quy định 04-QĐ/TW …": the activities apply to
# every numbered item of the list that follows the colon.
_LIST_ACTIVITY = re.compile(r"(?:^|\.\s+|^-\s*)(?P<cues>(?:(?:sơ kết|tổng kết|sửa đổi|bổ sung)(?:,\s*|\s+))+)[^:.]{0,250}:", re.I)
_ITEM_HEAD = re.compile(r"\(\d+\)\s*$")
@dataclass
class FoundRelation:
    source: str
    relation: str
    target: str
    planned: bool
    unit: int
    vstart: int
    vend: int
    rule: str
    scope: Optional[str] = None      # the part acted on: "khoản 2 Điều 17", "cụm từ", "số thứ tự 25 Phụ lục II"
    partial: bool = False            # the act touches only that part, not the whole document


# issued_before and can_act_on parse both numbers each time they are asked; a file asks of the same few pairs
# again and again (every sentence, every relation): their answers are kept (pure functions of their arguments).
MEMO_SIZE = 65_536
issued_before = functools.lru_cache(maxsize=MEMO_SIZE)(_issued_before)
can_act_on = functools.lru_cache(maxsize=MEMO_SIZE)(_can_act_on)


@functools.lru_cache(maxsize=MEMO_SIZE)
def can_guide(source: str, target: str) -> bool:
    """False when ``source`` ranks above ``target`` (vanban.domain.numbers.legal_rank): guidance and details go down
    the hierarchy (a circular guides a decree, a decree a law), never up: "Nghị định số 145/2020/NĐ-CP … quy định
    chi tiết … Bộ luật Lao động … và Thông tư liên tịch số 08/2005/TTLT-BNV-BTC" (congbao thong-tu-so-44-2022): the
    joint circular is the next item of the sentence's list, not what the decree details."""
    a, b = legal_rank(source), legal_rank(target)
    return a is None or b is None or a >= b


def _rank(rel):
    return PRIORITY.index(rel)


_PART_ACTS = frozenset(("REPEALS", "REPLACES", "SUSPENDS"))


# The cue words the rules cannot do without: a rule runs its pattern only on a span where one of its words stands
# (benchmark if changing; tests/test_relate_speed.py turns PREFILTER off and compares on every bundled text).  The
# rules read them case-blind (re.I), which ``str.find`` is not: so the words are looked for in the span's
# ``str.lower()``, where re.I's other readings of their letters are only "ı" for "i" and "ſ" for "s" (every
# character was tried) and "İ", which lowers to two characters: a span holding one of those three (or any character
# lowering to more than one) may hold anything.
PREFILTER = True
OCR_CUES = True                 # read OCR-damaged cue words (repair_ocr_cues); off: measure what it adds
_UNFOLDED = ("ı", "ſ")              # (spelled out in _Folded and _may_end_list: a generator over them cost more)


def _words(*words: str) -> tuple:
    assert all(w == w.lower() for w in words)
    return words


# the acts of _IMPLICIT, _SCOPED_ACT and _ANNEX_ACT each start with one of these, those of _LIST_ACTIVITY too
_ACT_WORD = _words("sơ kết", "tổng kết", "sửa đổi", "bổ sung", "thay thế", "bãi bỏ", "hủy bỏ", "huỷ bỏ", "thu hồi", "đình chỉ",
                   "ngưng hiệu lực", "dừng hiệu lực", "đính chính")
_GUIDE_WORD = _words("quy định tại")                                             # _GUIDE_AT's
_CLAUSE_WORD = _words("thực hiện", "thi hành", "trên cơ sở", "căn cứ")          # in _CLAUSE_START's lead
_CUE_WORD = _words(*sorted({w.lower() for w in _CUE_WORDS}))                  # _ADJ_GAP's cue
# where a match of _SCOPED_ACT can start (its cue); of _PASSIVE ("đã được", "được")
_SCOPED_START = _words("sửa đổi", "bổ sung", "thay thế", "bãi bỏ", "hủy bỏ", "huỷ bỏ", "đình chỉ", "ngưng hiệu lực",
                       "tạm ngưng hiệu lực")
_PASSIVE_START = _words("đã", "được")
# where a match of _IMPLICIT can start: its cue's first words (tried there alone, not at every position of the 60
# characters before a mention: its search cost the relate stage 8%)
_IMPLICIT_START = _words("sơ kết", "tổng kết", "sửa đổi", "bổ sung", "thay thế", "bãi bỏ", "hủy bỏ", "huỷ bỏ", "thu hồi", "đính chính",
                         "tạm", "ngưng hiệu lực", "đình chỉ")
_LIST_ACT_START = _words("bãi bỏ", "hủy bỏ", "huỷ bỏ", "thay thế", "hết hiệu lực", "đình chỉ", "ngưng hiệu lực",
                         "sửa đổi")                                            # _LIST_ACT's cue
_GUIDE_START = _words("quy định", "hướng dẫn", "triển khai", "thực hiện", "thi hành", "cụ thể hóa", "cụ thể hoá")
_PLAN_WORD = _words("tham mưu", "nghiên cứu", "dự kiến", "phối hợp", "nhiệm vụ", "đề nghị", "kiến nghị",
                    "đề xuất", "khẩn trương", "hoàn thiện")                                                  # _PLAN_CUE holds one
# _ANNEX_ACT ends so (its "\s*$" is what str.rstrip strips: both are str.isspace)
_ANNEX_END = re.compile(r"(?:kèm theo|tại)(?:\s+các)?$", re.I)
# own_relations: _PASSIVE needs "được"; _CEASES and _CEASE_CUE "hết hiệu lực"
_PASSIVE_WORD = _words("được")
_CEASE_WORD = _words("hết hiệu lực", "chấm dứt hiệu lực")
_AMENDED_WORD = _words("sửa đổi")                    # _ELLIPTIC_PASSIVE's cue


class _Folded:
    """A unit's text lower-cased once, asked whether one of some words may stand wholly in a span of it, where a
    pattern reading it case-blind would find it (``str.find`` on the span: no copy)."""
    __slots__ = ("low",)

    def __init__(self, text: str, decide: bool = False):
        low = text.lower()
        # (``decide``: the words decide what is done, not only what may be skipped: folded with PREFILTER off too)
        self.low = (low if (PREFILTER or decide) and len(low) == len(text) and "ı" not in low and "ſ" not in low
                    else None)   # _UNFOLDED

    def may_hold(self, words: tuple, a: int = 0, b: Optional[int] = None) -> bool:
        low = self.low
        if low is None:
            return True
        if b is None:
            b = len(low)
        for w in words:
            if low.find(w, a, b) >= 0:
                return True
        return False


    def starts(self, words: tuple, a: int, b: int) -> Optional[List[int]]:
        """Where each of ``words`` starts wholly inside [a, b), ascending (offsets from ``a``); None: anywhere."""
        low = self.low
        if low is None:
            return None
        out = []
        find = low.find
        for w in words:
            at = find(w, a, b)
            while at >= 0:
                out.append(at - a)
                at = find(w, at + 1, b)
        out.sort()
        return out


def _search_at(rx: re.Pattern, text: str, starts: Optional[List[int]], pos: int = 0, endpos: Optional[int] = None):
    """``rx.search(text, pos, endpos)`` for a pattern whose matches can only start at ``starts`` (offsets from
    ``pos``; None: search everywhere): the first position where it matches, as a search finds it, trying only those
    (benchmark if changing)."""
    if endpos is None:
        endpos = len(text)
    if starts is None:
        return rx.search(text, pos, endpos)
    match = rx.match
    for p in starts:
        m = match(text, pos + p, endpos)
        if m is not None:
            return m
    return None


def _clause_starts(sent: str):
    """``_CLAUSE_START.finditer(sent)``: its matches start at the sentence's start, a ";" or a "." (its first
    alternatives), so only those are tried, one after the other as finditer goes on from a match's end."""
    if not PREFILTER:
        yield from _CLAUSE_START.finditer(sent)
        return
    at = [0]
    for stop in ";.":
        k = sent.find(stop, 1)
        while k >= 0:
            at.append(k)
            k = sent.find(stop, k + 1)
    at.sort()
    pos, match = 0, _CLAUSE_START.match
    for p in at:
        if p >= pos:
            m = match(sent, p)
            if m is not None:
                yield m
                pos = m.end()


def _folded(unit) -> _Folded:
    """The unit's text folded once and kept on the unit (its text does not change once segmented): relate and
    own_relations both read the units naming a document, and lower-casing a unit is most of a _Folded's cost
    (1% of the extraction's instructions; benchmark if changing)."""
    f = unit.__dict__.get("_folded")
    if f is None:
        f = unit.__dict__["_folded"] = _Folded(unit.text)
    return f


def _may_hold(words: tuple, text: str) -> bool:
    """One of ``words`` may stand in ``text`` (see _Folded)."""
    return _Folded(text).may_hold(words)


# ---------------------------------------------------------------- cue words damaged by OCR
# Tesseract reads Vietnamese tone marks and hats loosely: "quy định chỉ tiết" (chi tiết), "Thức hiện" (thực hiện),
# "thí hành", "Bãi bộ", "bổ súng", "sưa đổi", "thay thê", "hướng dân" (bench/accuracy_ocr.py, seeds 1-3).  Such a
# cue is read as the exact one where one vowel letter differs from it, within the same base vowel (any tone, hat
# or horn: "ỉ" for "i", "u" for "ư"), and a document number follows in its clause.  Consonants stay exact ("định
# chỉ" is never "đình chỉ"), and only the cues below: their one-vowel variants are not words that stand before a
# document number ("thì hành vi … theo Nghị định số …" is, so "thi hành" takes no grave).
_OCR_CUES = ("căn cứ", "thực hiện", "sửa đổi", "bổ sung", "hướng dẫn", "thi hành", "chi tiết", "thay thế", "triển khai",
             "bãi bỏ", "hết hiệu lực", "hủy bỏ")           # the most frequent first: the exact-cue test stops early
_NOT_CUES = frozenset({"thì hành"})         # one-vowel variants that are words before a number
_OCR_CUE_WORDS = tuple(_OCR_CUES)


def _vowel_families() -> Dict[str, str]:
    """Each Vietnamese vowel letter -> every vowel letter of its base (a: a à á ả ã ạ ă ằ … â ầ …), lower case."""
    import unicodedata
    fam: Dict[str, List[str]] = {}
    for c in map(chr, range(0x00C0, 0x1EFA)):
        if not c.islower():
            continue
        base = unicodedata.normalize("NFD", c)[0]
        if base in "aeiouy" and unicodedata.normalize("NFC", c) == c:
            fam.setdefault(base, [base]).append(c)
    return {c: "".join(v) for v in fam.values() for c in v}


_FAMILY = _vowel_families()


def _ocr_cue_pattern(cue: str, blank: str = " ") -> str:
    """``cue`` with each vowel letter a class of its family, its first letter in either case, ``blank`` between
    its words."""
    out = []
    for i, ch in enumerate(cue):
        fam = _FAMILY.get(ch)
        if fam is not None:
            out.append("[" + fam + (fam.upper() if i == 0 else "") + "]")
        elif i == 0:
            out.append("[" + ch + ch.upper() + "]")
        elif ch == " ":
            out.append(blank)
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _ocr_cue_regex(blank: str = " ") -> re.Pattern:
    """The cues as whole words, the longest first: ``(?<![\\w])(?:cue|cue|…)(?![\\w])`` of their _ocr_cue_pattern, in
    the form ``re`` scans fast.  It opens with the class of the cues' first letters, where that form opens with the
    word start's look-behind: ``re`` skips to those letters in C instead of trying every position (its scans
    ~1.6x faster; benchmark if changing).  The look-behind is read on the first letter, then each cue's other letters
    after a look-behind on its first one, the cues grouped by that letter in their order: the groups' letters are
    disjoint, so a position tries the cues the plain alternation would, in its order, and the match is the same."""
    groups: Dict[str, List[str]] = {}
    for c in sorted(_OCR_CUES, key=len, reverse=True):
        pattern = _ocr_cue_pattern(c, blank)
        k = pattern.index("]") + 1                     # its first letter's class, "[tT]"
        groups.setdefault(pattern[:k], []).append(pattern[k:])
    letters = [set(first[1:-1]) for first in groups]
    if sum(map(len, letters)) != len(set().union(*letters)):
        raise ValueError("two cues' first letters share a class: group them as the alternation orders them")
    return re.compile("[" + "".join(sorted(set().union(*letters))) + r"](?<=(?<![\w]).)(?:"
                      + "|".join(f"(?<={first})(?:{'|'.join(rests)})" for first, rests in groups.items())
                      + r")(?![\w])")


_OCR_CUE = _ocr_cue_regex()


@functools.cache
def _spaced_ocr_cue() -> re.Pattern:
    """_OCR_CUE with blanks between a cue's words: a blanked speck set them apart ("sửa „ đời" after
    clean.despeck: "sửa   đời"; read right-aligned).  Compiled when first needed (a large pattern)."""
    return _ocr_cue_regex("[ \t]+")
_OCR_CUE_EXACT = {c: c for c in _OCR_CUES}
_CLAUSE_GAP = 250               # a document number this close after the cue, with no ";" or ":" between


def _exact_cue(got: str) -> Optional[str]:
    """The cue ``got`` is a one-vowel OCR variant of (in its case), or None (the cue itself, or no single one)."""
    low = got[0].lower() + got[1:]
    if low in _OCR_CUE_EXACT or low in _NOT_CUES:
        return None
    for cue in _OCR_CUES:
        if len(cue) == len(low) and sum(a != b for a, b in zip(cue, low)) == 1:
            return (cue[0].upper() + cue[1:]) if got[0].isupper() else cue
    return None


def repair_ocr_cues(text: str, starts: List[int]) -> str:
    """``text`` with its OCR-damaged cue words read as the cues (same length), where a document number starts
    (``starts``: the unit's coded mentions, ascending) within _CLAUSE_GAP characters after, in the same clause.
    ``repair_ocr_cues("quy định chỉ tiết Điều 11 của Luật số 100/2025/QH15", [32])`` reads "quy định chi tiết"."""
    out = None
    lo = max(0, starts[0] - _CLAUSE_GAP - 40) if starts else 0      # (a cue ends at most _CLAUSE_GAP before one)
    for m in (_spaced_ocr_cue() if "  " in text else _OCR_CUE).finditer(text, lo, starts[-1] if starts else len(text)):
        got = m.group(0)
        if len(got.split()) != len(got.split(" ")):         # words set apart by blanks: the cue right-aligned
            got = " ".join(got.split())
            exact = _exact_cue(got) or (got if got.lower() in _OCR_CUE_EXACT else None)
        else:
            exact = _exact_cue(got)
        if exact is None:
            continue
        exact = exact.rjust(m.end() - m.start())
        k = bisect.bisect_left(starts, m.end())
        if k == len(starts) or starts[k] - m.end() > _CLAUSE_GAP:
            continue
        gap = text[m.end():starts[k]]
        if ";" in gap or ":" in gap:
            continue
        if out is None:
            out = list(text)
        out[m.start():m.end()] = exact
    return text if out is None else "".join(out)


# an amending law named by its own title, right before the act: "Luật sửa đổi, bổ sung …" (not "dự án Luật …": planned;
# nor "Quốc hội ban hành Luật sửa đổi …": the file's own law, its enacting formula)
_LAW_ACTOR = re.compile(r"(?<!án )(?<!thảo )(?<!hành )\b(?:Luật|Bộ luật|Pháp lệnh)\s+$")
_AMENDING_B = re.compile(r"(\b[Ss]ửa\s+đ[^\W\d]i,?\s+)b(?!ổ)[^\W\d](?=\s+sung\b)")
_AMENDING_PHRASE = re.compile(r"\b([Ss])[ửưừứữựu](a\s+đ)[ôốồổỗộoóòỏõọ](i,?\s+)bổ(?=\s+sung\b)")
_CUE_GATE = True                # the damaged cue beside exact ones (off: measure what it adds and costs)


def _repair_unit_cues(unit, ms: List[Found]) -> None:
    """Before the rules read a unit that names a document by number: OCR's specks around its numbers blanked
    (``clean.despeck``), and its OCR-damaged cues read as the cues (``repair_ocr_cues``) when none of the cues
    stands in it as written (the exact cues are the rules' business; a damaged one beside them is left: benchmark
    if changing).  Same length: its offsets and sentences stay put."""
    starts = [f.vstart for f in ms if f.code]
    if not starts:
        return
    text = fixed = despeck(unit.text)
    if "sung" in text and text.count("sung") > text.count("bổ sung") + text.count("bổ\nsung"):
        # the amenders' phrase with its "bổ" read as another letter pair ("sửa đổi, bd sung", "sửa đỗi, bé sung"):
        # two letters for two, the phrase's own words around them (only where a " sung" has no "bổ" before it)
        text = fixed = _AMENDING_B.sub(r"\g<1>bổ", text)
    if "sung" in text and text.count(", bổ sung") > text.count("ửa đổi, bổ sung"):
        # … and with a mark of its "sửa đổi" read as another ("Luật số B sửa đôi, bô sung một số điều của Luật …"):
        # the whole phrase, one vowel of each word at most, is the cue wherever it stands (no number need follow)
        text = fixed = _AMENDING_PHRASE.sub(r"\1ử\2ổ\3bổ", text)
    # (whether an exact cue stands decides the repair: read so with the prefilters off as well, tests/test_relate_speed)
    folded = _folded(unit) if PREFILTER else _Folded(unit.text, decide=True)
    if not folded.may_hold(_OCR_CUE_WORDS):
        fixed = repair_ocr_cues(text, starts)
    elif _CUE_GATE:
        # exact cues stand in the unit: a number with none in the clause before it may follow a damaged one
        # ("Căn cử Nghị định số 126/2020/NĐ-CP … được sửa đổi, bổ sung bởi …"); only those numbers are read for
        # one (str.find in the clause before each number, the most frequent cue first: benchmark if changing)
        may_hold = folded.may_hold
        bare = [n for n in starts if not may_hold(_OCR_CUE_WORDS, max(0, n - _CLAUSE_GAP), n)]
        low = folded.low
        if not bare and low is not None and ("bổ sung" in low and "sửa đổi" not in low
                                             or "sửa đổi, b" in low and "sửa đổi, bổ sung" not in low):
            bare = starts            # "được sửa „ đời, bổ sung bởi", "sửa đổi, bổ súng bởi": the amenders' phrase
            #                          with one half damaged
        if low is not None and "tiết thi hành" in low and "chi tiết thi hành" not in low:
            bare = starts            # "quy định chỉ tiết thi hành …": the guide's phrase damaged after a number,
            #                          its exact "thi hành" alone would read as carrying out
        if bare:
            fixed = repair_ocr_cues(text, bare)
    if fixed is not unit.text:
        unit.text = fixed
        unit.__dict__.pop("_folded", None)


# Laws named by their title where the file gives the title's number elsewhere ("Căn cứ Luật Quản lý thuế số
# 38/2019/QH14; Căn cứ Nghị định số 126/2020/NĐ-CP … quy định chi tiết một số điều của Luật Quản lý thuế"): a
# sentence's relations read them as that law (126/2020/NĐ-CP GUIDES 38/2019/QH14), as the own guide rule does.  The
# older real gold sets leave such relations out by convention and the newer ones list them (README, "Real documents");
# False reads the older way (bench/accuracy_real.py scores both).
TITLED_TARGETS = True


def relate(seg: Segmented, found: List[Found], *, own_id: Optional[str] = None,
           laws: Optional[LawTitles] = None) -> List[FoundRelation]:
    """The relations each sentence states between the documents it names (``laws``: the file's laws by title, see
    ``LawTitles``; read from ``found`` when not given)."""
    by_unit: Dict[int, List[Found]] = {}
    for f in found:
        by_unit.setdefault(f.unit, []).append(f)
    out: List[FoundRelation] = []
    if not TITLED_TARGETS:
        laws = None
    elif laws is None:
        laws = LawTitles(found, seg.units)
    for ui, ms in by_unit.items():
        unit = seg.units[ui]
        ms.sort(key=lambda f: (f.vstart, -f.vend))
        topic = next((f for f in ms if f.kind not in ("anaphoric",)), None)
        titled = laws.in_span(unit.text, ui, 0, len(unit.text), ms) if laws else None
        if titled:
            ms = sorted(ms + titled, key=lambda f: (f.vstart, -f.vend))
        if OCR_CUES:
            _repair_unit_cues(unit, ms)
        folded = _folded(unit)
        if not PREFILTER or ":" in unit.text and folded.may_hold(_ACT_WORD):   # _LIST_ACTIVITY ends in ":"
            out.extend(_list_activities(unit, ui, ms))
        starts = [f.vstart for f in ms]
        for s, e in unit.sentences:
            in_s = _in_sentence(ms, starts, s, e)
            if not in_s:
                continue
            rels = _sentence(unit, ui, s, e, in_s, topic, folded)
            # (an implicit act on a part stays beside a named act on the whole document: "… thay thế nội dung về đầu
            # tư ra nước ngoài quy định tại Thông tư số A …; Thông tư số B … sửa đổi, bổ sung … Thông tư số A")
            named = {(r.relation, r.target): r.scope for r in rels if not r.source.startswith("IMPLICIT:")}
            rels = [r for r in rels if not (r.source.startswith("IMPLICIT:") and (r.relation, r.target) in named
                                            and not (r.scope and named[(r.relation, r.target)] is None))]
            best: Dict[tuple, FoundRelation] = {}
            for r in rels:
                # (a part repealed stays beside the document amended: "… về việc sửa đổi và bãi bỏ một số điều của
                # Nghị quyết số B" is both)
                k = (r.source, r.target, r.partial and r.relation in _PART_ACTS)
                if r.source == r.target:
                    continue
                if k not in best or _rank(r.relation) < _rank(best[k].relation):
                    best[k] = r
            out.extend(best.values())
    return out


def _list_activities(unit, ui: int, ms: List[Found]) -> List[FoundRelation]:
    out = []
    for lm in _LIST_ACTIVITY.finditer(unit.text):
        cues = lm.group("cues").lower()
        kinds = ([("REVIEW", "REVIEWS")] if re.search("sơ kết|tổng kết", cues) else []) + \
                ([("AMENDMENT", "AMENDS")] if re.search("sửa đổi|bổ sung", cues) else [])
        for f in ms:
            if f.vstart < lm.end() or not f.code:
                continue
            if not _ITEM_HEAD.search(unit.text[max(lm.end(), f.vstart - 8):f.vstart]):
                continue
            for kind, rel in kinds:
                out.append(FoundRelation(f"IMPLICIT:{kind}-OF-{f.id}", rel, f.id, unit.future, ui, lm.start(),
                                         lm.end(), "implicit:list"))
    return out


def _in_sentence(ms: List[Found], starts: List[int], s: int, e: int) -> List[Found]:
    """The mentions starting in [s, e) of ``ms`` (sorted by start; ``starts`` their starts): a bisection,
    not a scan of the unit's mentions for every sentence (benchmark if changing: bench/bench_linear.py)."""
    return ms[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]


def _outer_inner(in_s: List[Found]):
    # in_s is sorted by (start, -end), so the outer mentions have increasing starts and increasing ends: the
    # first one holding f is the first whose end reaches f's end (a bisection; a scan was N² on a list of N).
    top, children, ends = [], {}, []  # type: ignore[var-annotated]
    for f in in_s:
        k = bisect.bisect_left(ends, f.vend)
        parent = top[k] if k < len(top) else None
        if parent is not None:
            children.setdefault(id(parent), []).append(f)
        else:
            top.append(f)
            ends.append(f.vend)
    return top, children


def _planned_source(f: Found) -> bool:
    return f.draft or (f.kind == "descriptive" and f.planned)


def _sentence(unit, ui, s, e, in_s: List[Found], topic: Optional[Found], folded: Optional[_Folded] = None
              ) -> List[FoundRelation]:
    text = unit.text
    folded = folded or _Folded(text)
    may_hold = folded.may_hold
    rels: List[FoundRelation] = []
    top, children = _outer_inner(in_s)
    top_starts_all = [f.vstart for f in top]

    # "Quy định về … ban hành kèm theo Quyết định số 33/2003/QĐ-BQP": a regulation issued as the annex of a numbered
    # document is acted on through it (the act's target is that document)
    annexed = {id(f): kids[0] for f in top if f.kind == "descriptive" and not f.draft
               for kids in (children.get(id(f)),) if kids and kids[0].code
               and _ANNEX_OF.search(text, f.vstart, kids[0].vstart)} if children else {}

    def add(src: Found, rel: str, tgt: Found, rule: str, planned=None, scope=None):
        kid = annexed.get(id(tgt))
        if kid is not None:
            if scope is None and rel in ("REPEALS", "REPLACES", "SUSPENDS"):
                # the act reaches the annexed regulation, a part of the numbered document
                scope = _scope_text(_ANNEX_OF.sub("", text[tgt.vstart:kid.vstart]))
            tgt = kid
        if not src.id or not tgt.id:
            return
        if src.code and tgt.code and issued_before(src.date, src.code, tgt.date, tgt.code):
            return          # a document cannot act on a later one: the cue belongs to another reading
        rels.append(FoundRelation(src.id, rel, tgt.id, _planned_source(src) if planned is None else planned,
                                  ui, s, e, rule, scope=scope, partial=scope is not None))

    def with_list(first_idx: int, semi: bool = False, item: bool = False, actor_type: Optional[str] = None):
        """The target at top[first_idx] and those joined to it by list separators.  An item may carry its own
        amenders ("Luật X số A đã được sửa đổi, bổ sung theo Luật số B và Luật số C; Luật Y số D"): they are
        skipped, and the list goes on after the ";".  With ``semi`` (an act's targets), a document of the same
        type right after the last one's description and a ";" goes on the list too ("Bãi bỏ Quyết định số A …
        ban hành Quy định …; Quyết định số B …"); not for the other cues, whose ";" ends a base or a task.  With
        ``item`` (the acting document is itself an item of a list its sentence separates by ";"), a ";" ends its
        targets: "… theo Thông tư số A …; Thông tư số B … sửa đổi, bổ sung Thông tư số C …; Thông tư số D …"
        (D is the next item of the outer list, not a target of B).  With ``actor_type`` (the type of a described
        document acting on the first target), a document of that type past a ";" is the outer list's next item when
        the first target is of another type: "… sửa đổi, bổ sung Quy định số A … về thi hành Điều lệ Đảng; Quy
        định số B …" (B is amended with A, not carried out by it)."""
        tg = [top[first_idx]]
        end = max(tg[0].ref_end, tg[0].vend)
        # a list the act announced with a colon: "thay thế các Thông tư: Thông tư số A …; Thông tư số B …"
        announced = semi and text[max(0, tg[0].vstart - 4):tg[0].vstart].rstrip().endswith(":")
        in_modifier = False
        mods: List[Found] = []          # the amenders of the last target, while in_modifier
        for nxt in top[first_idx + 1:]:
            if nxt.vstart < end and _AMENDERS_BETWEEN.search(text, tg[-1].vend, nxt.vstart):
                in_modifier = True      # an amender the last target's reference holds ("Thông tư số A … được sửa
                mods = [nxt]            # đổi, bổ sung bởi Thông tư số B và Thông tư số C": B and C amend A)
                continue
            gap = text[end:nxt.vstart]
            if (not in_modifier and nxt.vstart - tg[-1].vend < 400
                    and _NESTED_ACT.search(text, tg[-1].vend, nxt.vstart) is not None):
                break               # the last target's description ends in its own act on nxt ("… bãi bỏ Khoản 1
                #                     Nghị quyết số A … về việc sửa đổi một số điều của Nghị quyết số B, Nghị quyết
                #                     số C …"): B and C are A's targets, not the act's
            if item and ";" in gap and _ITEM_BREAK.search(gap):
                break                                   # (not a ";" inside a description: "…; việc in, …")
            if actor_type and nxt.type == actor_type and tg[0].type != actor_type and ";" in gap:
                break
            if not in_modifier and _LIST_SEP.match(gap):
                if ";" in gap and gap.rstrip().endswith("số") and not announced and not _PLURAL_OBJECT.search(
                        text, s, tg[0].vstart):
                    break               # "… Quyết định số A ngày … của …; số B …" (the gap is _LIST_SEP's
                    #                     "; số"): after a singular object, a bare "số B" past a ";" opens a
                    #                     clause of its own ("… số B … giữ nguyên"); a list of bare numbers is
                    #                     announced ("tại các Quyết định …: số A …; số B …") or joined by commas
                tg.append(nxt)
            elif not in_modifier and (_ITEM_MODIFIER.match(gap) or _DESCRIBED_MODIFIER.fullmatch(gap)):
                in_modifier = True                      # nxt amends the item before it: not a target (also after
                mods = [nxt]                            # its date, issuer and title)
            elif in_modifier and _LIST_SEP.match(gap) and _TITLED_CODE.match(text, nxt.vstart):
                in_modifier = False                     # a law with its own name: the list's next item ("… số A đã
                tg.append(nxt)                          # được sửa đổi … theo Luật số B, Luật Tài nguyên nước số C")
            elif (in_modifier and mods and ";" not in gap and _LIST_SEP.match(gap) and nxt.code
                  and (_list_closed(text, mods + [nxt])
                       or issued_before(nxt.date, nxt.code, mods[-1].date, mods[-1].code))):
                # the amenders' list has ended: closed by "và" ("… bởi Thông tư số B và Thông tư số C, Thông tư số
                # D …"), or nxt was issued before the last amender (amenders are listed in order of issue: "… bởi
                # Thông tư số 68/2024/TT-BTC, Thông tư số 121/2020/TT-BTC …"): nxt is the list's next item
                in_modifier = False
                tg.append(nxt)
            elif in_modifier and _LIST_SEP.match(gap) and ";" not in gap:
                mods.append(nxt)                        # one more amender of that item
            elif in_modifier and re.match(r"^\s*;\s*(?:và\s+)?(?:" + P._alt(TYPE_WORDS) + r")\b", gap + nxt_word(nxt)):
                in_modifier = False
                tg.append(nxt)
            else:
                coordinated = None if in_modifier else _coordinated(tg[-1], top, end, semi, announced)
                if coordinated is None:
                    break
                tg.append(top[coordinated])
                nxt = top[coordinated]
            end = max(nxt.ref_end, nxt.vend)
        return tg

    def _coordinated(prev: Found, top: List[Found], end: int, semi: bool = False,
                     announced: bool = False) -> Optional[int]:
        """The index in ``top`` of a document of prev's type joined to it by "và" after prev's description
        ("… của Nghị định số A ngày … của Chính phủ quy định chi tiết … Luật … và Nghị định số B …"): only
        unnumbered documents may stand in the description, and no clause break."""
        if not prev.code or not prev.type:
            return None
        k = _next_coded(top, bisect.bisect_right(top_starts_all, end))
        if _joined(prev, top, end, k, semi):
            return k
        if (announced and k < len(top) and text.find(";", end, top[k].vstart) < 0 and top[k].kind != "anaphoric"
                and _in_title_of(text, prev, top[k])):
            # the documents of prev's title stand before the ";" that ends its item ("thay thế các Thông tư: …;
            # Thông tư số B … sửa đổi, bổ sung một số điều của Thông tư A …; Thông tư số C"): the next item of a list
            # the act announced is the first document after that ";" (without the colon, the ";" may go on the
            # title's own list: "bãi bỏ Điều 2 Thông tư số A … sửa đổi … của Thông tư số B …; Thông tư số C …")
            semi_at = text.find(";", end, end + 320)
            if semi_at >= 0:
                k = _next_coded(top, bisect.bisect_right(top_starts_all, semi_at))
                if k < len(top) and top[k].type == prev.type and _joined(prev, top, end, k, semi):
                    return k
        return None

    def _next_coded(top: List[Found], k: int) -> int:
        # (a law named by its title in prev's description is no document of its type joined to it: "… Nghị định số A …
        # hướng dẫn thi hành Luật X và Nghị định số B", B is)
        while k < len(top) and (not top[k].code or top[k].kind == "titled"):
            k += 1
        return k

    def _joined(prev: Found, top: List[Found], end: int, k: int, semi: bool) -> bool:
        if k >= len(top) or top[k].kind == "anaphoric":
            return False
        if top[k].type != prev.type and not (
                _DATED_AFTER.match(text, top[k].vend) and _COORD_AND.search(text, end, top[k].vstart)
                and not _CUE_IN.search(text, end, top[k].vstart)):
            # (another type only when cited in full, after "và", with no act between: "Triển khai Nghị quyết số A
            # ngày … của Chính phủ ban hành Kế hoạch hành động … và Kế hoạch số B ngày … của Tổ Công tác …")
            return False
        if _COORD_GAP.match(text[end:top[k].vstart]) is None and not (semi and _SEMI_GAP.match(text, end, top[k].vstart)):
            return False
        # the last of the amenders of prev's description: "… của Chính phủ quy định … Luật Thuế giá trị gia tăng đã
        # được sửa đổi, bổ sung một số điều theo Nghị định số A, Nghị định số B và Nghị định số C" (congbao
        # van-ban-hop-nhat-so-03-vbhn-btc)
        return not _AMENDERS_BETWEEN.search(text, end, top[k].vstart)

    def nxt_word(f):
        return text[f.vstart:f.vstart + 20]

    # nested: a described document that contains its target
    for f in top:
        kids = children.get(id(f), [])
        if not kids or f.kind != "descriptive":
            continue
        kid = kids[0]
        desc = text[f.vstart:kid.vstart]
        rel = None
        if re.search(r"sơ kết|tổng kết", desc, re.I):
            rel = "REVIEWS"
        elif f.rule == "descriptive:draft-amend":
            rel = "AMENDS"
        elif re.search(r"(?<!kèm)\stheo\s*$", desc):
            rel = "BASED_ON"
        elif f.draft and re.search(r"(?:thực hiện|thi hành)\s*$", desc):
            rel = "GUIDES" if f.type_code == "HD" else "IMPLEMENTS"
        elif (kid.code or kid.kind == "named") and _ISSUED_PROGRAMME.match(desc):
            # "Nghị quyết số 282/NQ-CP … ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số
            # 72-NQ/TW": the programme is the numbered document's own text (its annex), which implements the target
            j = bisect.bisect_left(top_starts_all, f.vstart) - 1
            issuer = top[j] if j >= 0 and top[j] is not f else None
            if (issuer is not None and issuer.code and issuer.kind == "numbered" and issuer.id != kid.id
                    and _ISSUES_IT.fullmatch(text, issuer.vend, f.vstart)):
                add(issuer, "IMPLEMENTS", kid, "nested:issued-programme")
                end = max(kid.vend, kid.ref_end)
                for nxt in kids[1:]:        # … and the others it names joined to it: "… và Kết luận số 18-KL/TW"
                    if not _LIST_SEP.match(text[end:nxt.vstart]) and not (
                            nxt.code and _COORD_AND.search(text, end, nxt.vstart)
                            and _COORD_GAP.match(text[end:nxt.vstart])):
                        break
                    add(issuer, "IMPLEMENTS", nxt, "nested:issued-programme")
                    end = max(nxt.vend, nxt.ref_end)
                # the list of what it carries out goes on after the description: "… thực hiện Nghị quyết Đại hội
                # Đảng lần thứ X, Nghị quyết số 25/2006/NQ-CP …" (congbao thong-tu-so-18-2021-tt-bnnptnt)
                end = max(f.vend, f.ref_end, kid.vend, kid.ref_end)
                for nxt in top[j + 2:]:
                    if not nxt.code or nxt.kind == "anaphoric" or not _LIST_SEP.match(text[end:nxt.vstart]):
                        break
                    add(issuer, "IMPLEMENTS", nxt, "nested:issued-programme")
                    end = max(nxt.vend, nxt.ref_end)
        if rel:
            add(f, rel, kid, "nested:" + rel.lower())

    # adjacent: ACTING ... CUE TARGET
    for i, a in enumerate(top[:-1]):
        if a.kind == "anaphoric":
            continue
        b = top[i + 1]
        if not may_hold(_CUE_WORD, a.vend, b.vstart):
            continue                          # (no cue word in either gap below)
        g0 = max(a.ref_end, a.vend)
        gap = text[g0:b.vstart]
        m = _ADJ_GAP.match(gap)
        if m is not None and _ANNEXED.search(text, max(0, g0 + m.start("cue") - 8), g0 + m.start("cue")):
            m = None                          # "kèm theo": attached to, not "theo" (according to)
        if not m and a.ref_end > a.vend:
            # the title read as the mention's subject may itself state the act: "… về hướng dẫn thi hành … của"
            m = _ADJ_GAP.match(text[a.vend:b.vstart])
        second = False
        if not m and a.code and b.code and a.type in _PROGRAMME_TYPES:
            # "Kế hoạch số A … về hành động chiến lược triển khai Nghị quyết số B" (its description may be read as
            # the mention's subject: from the number's end)
            m = _PROGRAMME_ABOUT.match(text[a.vend:b.vstart])
        if not m and a.code and b.code and may_hold(_GUIDE_WORD, g0, b.vstart):
            m = _GUIDE_AT.match(gap)          # (read like _ADJ_GAP's match: the part from the words after the cue)
        if not m and a.code and b.code:
            # a second predicate of its description: "Thông tư số A của Bộ Tài chính quy định chi tiết một số điều
            # của Luật Thuế giá trị gia tăng và hướng dẫn thực hiện Nghị định số B" (A guides B)
            m = _SECOND_PREDICATE.fullmatch(text[a.vend:b.vstart])
            if (m is None and i and a.type in _LAW_TYPES and top[i - 1].code and top[i - 1].kind == "numbered"
                    and _FIRST_PREDICATE.fullmatch(text, top[i - 1].vend, a.vstart)):
                # … with the law it details named by its number, or by its title the file numbers elsewhere
                # ("… của Luật Quản lý thuế số 38/2019/QH14 và hướng dẫn thực hiện Nghị định số B"): A guides both
                m = _NEXT_PREDICATE.fullmatch(text, max(a.vend, a.ref_end), b.vstart)
                if m is not None:
                    a = top[i - 1]
            second = m is not None
        if not m or m.group("law_title") and not (text[b.vstart:b.vstart + 1].isdigit()
                                                  or _LAW_NUMBER_HEAD.match(text, b.vstart)):
            # (a law's title names the number right after it only when bare, or when the title's last word is
            # the mention's own: "… của Luật Ban hành văn bản quy phạm pháp | luật số 64/2025/QH15")
            continue
        cue = m.group("cue").lower()
        rel = _CUE_WORDS.get(cue)
        if rel is None or rel == "REVIEWS" or m.group("cue").startswith("Căn cứ"):
            # ("Căn cứ" with its capital opens a preamble's item: a description says "căn cứ"; "Căn cứ Nghị định số
            # A … thi hành Luật X, ' Căn cứ Thông tư số B …" is two items, a scan's line break lost between them)
            continue
        at_cue = (g0 if m.string is gap else a.vend) + m.start("cue")
        if rel == "IMPLEMENTS" and (_REVIEW_LEAD.search(text, max(0, at_cue - 24), at_cue)
                                    or _HINDRANCE_LEAD.search(text, max(0, at_cue - 48), at_cue)):
            continue                          # "Thông báo số A … về tình hình thực hiện Nghị quyết số B": a report on
            #                                   how B is carried out, not A carrying it out
        if rel == "IMPLEMENTS" and _TASK_NAMED_BODY.search(text, max(0, at_cue - 48), at_cue):
            continue                          # "… của Tổ Công tác triển khai Đề án 06": a committee named by its task
        if (rel == "IMPLEMENTS" and a.type not in _PROGRAMME_TYPES and a.code
                and _ABOUT_PROGRAMME.search(text, max(a.vend, at_cue - 120), at_cue)):
            continue                          # "công văn số A … về Chương trình hành động … thực hiện Nghị quyết số B"
        if rel in ("IMPLEMENTS", "GUIDES") and _DOCUMENTS_DOING.search(text, max(0, at_cue - 40), at_cue):
            continue                          # "… xây dựng văn bản triển khai thi hành Luật …", "… sửa đổi … của các
            #                                   nghị định quy định chi tiết thi hành Luật Đất đai": other documents' act
        if cue == "theo" and _AMENDED_BY.search(text, max(0, at_cue - 80), at_cue + 4):
            continue                          # "… đã được sửa đổi, bổ sung một số điều theo Nghị định số B": B amends
        if cue == "theo" and _RULES_AFTER.search(m.string, 0, m.start("cue")):
            rel, cue = "GUIDES", "quy định theo"
        actors = [a]
        if not second and _COORDINATED.search(gap if m.string is gap else text[a.vend:b.vstart], 0, m.start("cue")):
            # "Thông tư số A … hướng dẫn Nghị định số B ngày … của Chính phủ và sửa đổi bổ sung Thông tư số C": the
            # second predicate is the subject's, A's, not B's (B is the first one's object)
            p = next((top[k] for k in range(i - 1, -1, -1) if top[k].code and top[k].kind != "anaphoric"), None)
            if p is not None and _PREDICATE.search(text, max(p.ref_end, p.vend), a.vstart):
                actors = [p]
            elif _SECOND_PREDICATE.fullmatch(text, a.vend, b.vstart) is None:
                continue
            # (else the two predicates are A's own title's: "Thông tư số A của Bộ Tài chính quy định chi tiết một số
            # điều của Luật X và hướng dẫn thực hiện Nghị định số B", A guides B)
        for k in range(i - 1, -1, -1) if actors[0] is a else ():
            # "Nghị định số 34/2015/NĐ-CP ngày … và Nghị định số 18/2016/NĐ-CP ngày … của Chính phủ sửa đổi …": the
            # documents joined before the acting one, with their dates only, share its issuer and its act
            p, q = top[k], actors[-1]
            if p.kind == "anaphoric" or not p.code or p.type != q.type or not _JOINED_ACTOR.fullmatch(text, p.vend, q.vstart):
                break
            actors.append(p)
        if m.group("scope"):
            scope: Optional[str] = re.sub(r"\s+", " ", m.group("scope")).strip()
        elif m.group("annex"):               # the annexed regulation: a part of the document for a repeal
            scope = re.sub(r"\s+", " ", m.group("annex")).strip() if rel in ("REPEALS", "REPLACES", "SUSPENDS") else None
        else:                                 # "bãi bỏ khoản 2 Điều 5 của": the part right after the cue
            at = g0 if m.string is gap else a.vend
            # (up to the target law's title when it stands apart from the number: "… Điều 13 Luật Thuế GTGT 13/…")
            after = text[at + m.end("cue"):at + m.start("law_title") if m.group("law_title") else b.vstart]
            scope = _scope_before(after, len(after)) if _PART_WORD.search(after) else None
            if scope is None and rel in ("REPEALS", "REPLACES", "SUSPENDS"):
                some = _SOME_ARTICLES.match(after)
                scope = re.sub(r"\s+", " ", some.group(1)) if some else None   # "bãi bỏ một số điều của": a part
        # an amendment joined before the act, on the same object: "… về việc sửa đổi và bãi bỏ một số điều của Nghị
        # quyết số B" (A amends B, and repeals some of its articles)
        co_amends = rel in ("REPEALS", "REPLACES") and _AMENDS_JOINED.search(text, max(s, at_cue - 24), at_cue)
        item = text.find(";", s, a.vstart) >= 0
        listed = with_list(i + 1, item=item, actor_type=a.type)
        scopes: List[Optional[str]] = [scope] + [None] * (len(listed) - 1)
        if rel in ("AMENDS", "REPEALS", "REPLACES", "SUSPENDS") and not item:
            # the same act on parts of a next document, after the last one's title and a ";": "… về sửa đổi khoản 1,
            # Điều 1 Nghị quyết số A ngày … quy định …; một số điều và Phụ lục của Nghị quyết số B …" (tvpl
            # ea34a356cafcb1aa); (the list's last one found by identity: Found compares field by field)
            k = next(j for j in range(i + 1, len(top)) if top[j] is listed[-1]) + 1
            if k < len(top) and top[k].code and top[k].kind != "anaphoric":
                nm = _NEXT_PART.fullmatch(text, max(listed[-1].ref_end, listed[-1].vend), top[k].vstart)
                if nm is not None:
                    listed.append(top[k])
                    scopes.append(_scope_text(nm.group("scope")))
        for t, sc in zip(listed, scopes):
            for actor in actors:
                if (rel == "GUIDES" and t.type and t.type == actor.type and t.code
                        and _COORD_AND_COMMA.search(text, max(s, t.vstart - 8), t.vstart)
                        and _OWN_TITLE_AFTER.match(text, t.vend)):
                    # "Nghị định số A ngày … quy định chi tiết … Luật X và Nghị định số B ngày … quy định chi tiết …
                    # hết hiệu lực": B, of A's own type and with its own title, is the sentence's next subject (or
                    # the next item of a list: "… theo Nghị định số A ngày … quy định chi tiết … Luật Bảo hiểm y tế,
                    # Nghị định số B ngày … của Chính phủ quy định …")
                    continue
                add(actor, rel, t, f"adjacent:{cue}", scope=sc)
                if co_amends:
                    add(actor, "AMENDS", t, "adjacent:" + " ".join(co_amends.group(1).lower().split()))

    # purpose: clause-initial cue, targets, ", BODY ban hành ACTING"
    sent = text[s:e]
    top_starts = [f.vstart for f in top]
    for cm in _clause_starts(sent) if may_hold(_CLAUSE_WORD, s, e) else ():
        cstart = s + cm.end()
        lead = cm.group("lead").lower()
        rel = "BASED_ON" if lead.startswith(("trên cơ sở", "căn cứ")) else "IMPLEMENTS"
        first_after = bisect.bisect_left(top_starts, cstart)
        targets: List[Found] = []
        if re.match(r"đó\b", text[cstart:cstart + 3]) and topic is not None:
            targets = [topic]
            search_from = cstart + 2
        elif first_after < len(top) and top[first_after].vstart - cstart < 25:
            targets = with_list(first_after)
            search_from = max(targets[-1].ref_end, targets[-1].vend)
        else:
            continue
        k = bisect.bisect_left(top_starts, search_from)
        if k < len(top):                         # the first mention after the targets is the acting one
            act = top[k]
            if _ISSUE.search(text[search_from:act.vstart]) and ";" not in text[search_from:act.vstart]:
                for t in targets:
                    add(act, rel, t, f"purpose:{lead}")

    # implicit: an activity on a document with no acting instrument, on the whole of it or on a part
    last_act = None             # (target, kind, relation, planned, cue, on a part) of the last act on a document
    # ("Bãi bỏ khoản 2 Điều 17 của Luật …", "Thay thế cụm từ “…” bằng cụm từ “…” tại Điều 5 của Nghị định …")
    for i, b in enumerate(top):
        if last_act is not None and i > 0 and b.kind != "anaphoric" and (
                top[i - 1] is last_act[0] or b.vstart - last_act[0].vend < 400 and text.find(";", last_act[0].vend, b.vstart) >= 0):
            # "Bãi bỏ thủ tục … số thứ tự 8 tại Quyết định số A ngày … của … và thủ tục … số thứ tự 01 tại Quyết
            # định số B": the same act on a second document, on the part named before it; or after A's title
            # (which may name other documents) and a ";": "Bãi bỏ khoản 1 Điều 3 Nghị quyết số A … quy định … Luật
            # Thủ đô số C; khoản 1 Mục I của Phụ lục ban hành kèm theo Nghị quyết số B"
            prev = last_act[0]
            # (_COORD_PART's free words only after a part: "… của Bộ Lao động - Thương binh và Xã hội sửa đổi, bổ
            # sung một số điều của" after a whole document is its issuer and its own act)
            cm = (((last_act[5] and _coord_part(text, max(prev.ref_end, prev.vend), b.vstart))
                   or _COORD_SCOPE.fullmatch(text, max(prev.ref_end, prev.vend), b.vstart))
                  if top[i - 1] is prev else None)
            if cm is None and last_act[5] and (top[i - 1] is prev or (
                    _AMENDERS_BETWEEN.search(text, prev.vend, top[i - 1].vstart)
                    and ";" not in text[prev.vend:top[i - 1].vstart])):
                cm = _COMMA_PART.fullmatch(text, max(top[i - 1].ref_end, top[i - 1].vend), b.vstart)
            if cm is None and last_act[5] and top[i - 1] is prev:
                cm = _COORD_TITLED_PART.fullmatch(text, max(prev.ref_end, prev.vend), b.vstart)
                if cm is not None and _PART_NAMED.search(cm.group("title")):
                    cm = None               # (a title naming parts names them of its own documents: "… hướng dẫn
                    #                         Điều 5 và khoản 2 Điều 7 của Nghị định số B" is no second object)
            if cm is None:
                cm = _NEXT_PART.fullmatch(text, max(prev.ref_end, prev.vend), b.vstart)
                if cm is not None and top[i - 1] is not prev and top[i - 1].vstart >= cm.start("scope"):
                    cm = None                 # the part named is another document's: "khoản 1 Điều 3 Thông tư số C
                    #                           … sửa đổi … của Thông tư số B" (C's, and C stood before B)
            if (cm is None and last_act[4].endswith(":") and last_act[2] in _ITEM_ACTS and b.code and b.kind == "numbered"
                    and b.type == prev.type and _ANNOUNCED_NEXT.fullmatch(text, max(prev.ref_end, prev.vend), b.vstart)):
                # the next item of a list the act announced, whole, after one on a part: "Bãi bỏ các Thông tư: Thông tư
                # số A …; Chương II, chương IV Thông tư số B …; Thông tư số C …" (C goes too)
                _, kind, rel, planned, cue_name, _ = last_act
                rels.append(FoundRelation(f"IMPLICIT:{kind}-OF-{b.id}", rel, b.id, planned, ui, s, e,
                                          f"implicit:{cue_name}"))
                last_act = (b, kind, rel, planned, cue_name, False)
                continue
            if cm is not None:
                _, kind, rel, planned, cue_name, _ = last_act
                scope = _scope_text(cm.group("scope"))
                if rel == "REPLACES":
                    kind, rel = "AMENDMENT", "AMENDS"     # (a part swapped for new text, as below)
                rels.append(FoundRelation(f"IMPLICIT:{kind}-OF-{b.id}", rel, b.id, planned, ui, s, e,
                                          f"implicit:{cue_name}", scope=scope, partial=scope is not None))
                last_act = (b, kind, rel, planned, cue_name, True)
                continue
        if b.kind == "anaphoric" or not may_hold(_ACT_WORD, max(s, b.vstart - 260), b.vstart):
            continue                          # (the test below; no act's word: none of the three patterns matches)
        before = text[max(s, b.vstart - 60):b.vstart]
        m = (_search_at(_IMPLICIT, before, folded.starts(_IMPLICIT_START, b.vstart - len(before), b.vstart))
             if may_hold(_ACT_WORD, max(s, b.vstart - 60), b.vstart) else None)
        scope = None
        if m is None:
            before = text[max(s, b.vstart - 260):b.vstart]
            tail = before.rstrip()
            m = (_search_at(_SCOPED_ACT, before, folded.starts(_SCOPED_START, b.vstart - len(before), b.vstart))
                 or (_ANNEX_ACT.search(before)
                                               if not PREFILTER or _ANNEX_END.search(tail, max(0, len(tail) - 13))
                                               else None))
            if m is not None and not b.code and m.group().rstrip().endswith("các"):
                m = None                      # "… tại các Thông tư về thuế": documents named by kind, none numbered
            if m is not None:
                scope = _scope_text(m.group("scope"))
        if not m or b.kind == "anaphoric":
            continue
        cue_at = b.vstart - len(before) + m.start()
        if _PROCEDURE_OBJECT.match(text, b.vstart - len(before) + m.end("cue")):
            continue                          # a procedure's object, not an act on the document: "Đơn đề nghị sửa
            #                                   đổi, bổ sung giấy phép … theo Mẫu số 05 … Nghị định số A"
        if _AMENDER_LABEL_LEAD.search(text, max(s, cue_at - 12), cue_at):
            continue                          # "Văn bản sửa đổi, bổ sung …: Nghị định số Y": Y is the amender (below)
        if _PASSIVE_BEFORE.search(text, max(s, cue_at - 48), cue_at):
            continue                          # "X được sửa đổi, bổ sung một số điều tại Y": Y is the actor (passive),
            #                                   also the last of a list ("thủ tục … được sửa đổi, bổ sung, thay thế")
        prev = top[i - 1] if i > 0 else None
        if prev is not None and prev.vend > b.vstart - len(before) + m.start() and prev.vend <= b.vstart:
            continue                          # an acting document stands right before the cue
        if prev is not None and prev.code and prev.vend <= cue_at and _ADJ_GAP.match(text[prev.vend:b.vstart]):
            continue                          # … or with its date, issuer, "về": "Quyết định số A … về sửa đổi B"
        blank = _blank_actor(text, max(s, cue_at - 300), cue_at)
        if blank >= 0 and (prev is None or prev.vend <= blank) and _ADJ_GAP.match(text[blank:b.vstart]):
            continue                          # … or a form's document whose number is left blank: "Căn cứ Nghị định
            #                                   số…… ngày …. của Chính phủ quy định về … và sửa đổi, bổ sung … B"
        cue = m.group("cue").lower()
        kind, rel = cue_kind = _IMPLICIT_KIND.get(cue[:4]) or _IMPLICIT_KIND[cue[:2]]
        if rel == "REVIEWS" and _REVIEW_BODY_NAME.search(text, max(s, cue_at - 80), cue_at):
            continue                          # "Ban Chỉ đạo Trung ương về tổng kết Nghị quyết số 18-NQ/TW": a
            #                                   committee named by its task (congbao nghi-quyet-so-105-nq-cp)
        if scope and rel == "REPLACES":
            kind, rel = "AMENDMENT", "AMENDS"  # a phrase or a part swapped for new text amends; it replaces no document
        lead = text[s:b.vstart - len(before) + m.start()][-80:]
        # the text itself as the act's subject ("2. Kế hoạch này thay thế Kế hoạch số 45-KH/TU …") acts when it is
        # issued, in whatever section the sentence stands: no task (the own document takes it, ``who_acts``)
        planned = ((unit.future and not _SELF_SUBJECT_AT_END.search(lead))
                   or bool(_may_hold(_PLAN_WORD, lead) and _PLAN_CUE.search(lead))
                   or ("thảo" in lead and _DRAFT_ACTOR.search(lead) is not None))
        cue_name = re.sub(r"\s+", " ", cue)
        # a first act on other parts of the same document, joined by "và": "Sửa đổi Danh mục số thứ tự 1594, 1595 …
        # và bãi bỏ danh mục số thứ tự 1646 tại Phụ lục kèm theo Quyết định số A" (A is amended and repealed in part)
        co = (_COORD_ACT.search(text, max(s, cue_at - 400), cue_at)
              if scope is not None and text.endswith("và ", 0, cue_at) else None)
        if prev is not None and prev.code and prev.kind != "anaphoric" and _TITLE_ACTOR.fullmatch(text, prev.vend, cue_at):
            # "… của Nghị định số 72/2026/NĐ-CP ngày … của Chính phủ sửa đổi mức thuế suất … tại Biểu thuế … ban hành
            # kèm theo Nghị định số 26/2023/NĐ-CP": the act is the title of the document named right before it
            for n, t in enumerate(with_list(i, semi=True)):
                add(prev, rel, t, f"title:{cue_name}", scope=scope if n == 0 else None)
            continue
        if _GENERIC_ACTOR.search(text, max(s, cue_at - 40), cue_at):
            continue                          # "… và các Nghị định sửa đổi, bổ sung Nghị định số A (nếu có)": unnamed
            #                                   documents that amend A, not this one
        if rel == "AMENDS" and not planned and _LAW_ACTOR.search(text, max(s, cue_at - 12), cue_at):
            continue                          # "… Luật sửa đổi, bổ sung một số điều của Luật Quản lý thuế và Nghị định
            #                                   số A": an amending law named by its title (no number to give it)
        prev_t = None
        for t in with_list(i, semi=True):
            if prev_t is not None and scope is not None and ";" in text[prev_t.vend:t.vstart]:
                scope = None                  # "Bãi bỏ Điều 5 của Thông tư số A …; Thông tư số B": an item of its own
                kind, rel = cue_kind
            prev_t = t
            t = annexed.get(id(t), t)
            rels.append(FoundRelation(f"IMPLICIT:{kind}-OF-{t.id}", rel, t.id, planned, ui, s, e, f"implicit:{cue_name}",
                                      scope=scope, partial=scope is not None))
            if co is not None and scope is not None:
                co_kind, co_rel = _IMPLICIT_KIND.get(co.group("cue")[:4].lower()) or _IMPLICIT_KIND[co.group("cue")[:2].lower()]
                co_scope = _scope_text(co.group("scope"))
                rels.append(FoundRelation(f"IMPLICIT:{co_kind}-OF-{t.id}", co_rel, t.id, planned, ui, s, e,
                                          "implicit:" + re.sub(r"\s+", " ", co.group("cue").lower()),
                                          scope=co_scope, partial=co_scope is not None))
            # (after a whole document, a part of the next one may follow a ";": "Bãi bỏ Quyết định số A …; Điều 4
            # Quyết định số B")
            last_act = (t, kind, rel, planned, cue_name, scope is not None)

    # a document's title that guides what another lays down: "Thông tư liên tịch số A ngày … của … hướng dẫn thực hiện
    # chế độ trợ cấp đối với … theo Quyết định số B" -> A GUIDES B (the guided matter between, no other act)
    if may_hold(_TITLE_GUIDE_WORD, s, e):
        for i in range(1, len(top)):
            b, a = top[i], top[i - 1]
            if (b.code and a.code and a.kind != "anaphoric" and b.kind != "anaphoric"
                    and _TITLE_GUIDE.fullmatch(text, a.vend, b.vstart)):
                add(a, "GUIDES", b, "title:hướng dẫn")
    return rels


_BLANK_NUMBER = re.compile(r"\b(?:" + P._alt(TYPE_WORDS) + r")\s+số\s*[.…_]{2,}[\s.…_]*"
                           r"(?:ngày[\s.…_/]*(?:tháng[\s.…_]*năm[\s.…_]*)?(?:\d{4})?)?", re.I)   # (its date blank too)


def _blank_actor(text: str, a: int, b: int) -> int:
    """The end of the last document whose number a form leaves blank ("Nghị định số……") in text[a:b], -1 if none."""
    end = -1
    for m in _BLANK_NUMBER.finditer(text, a, b):
        end = m.end()
    return end


# A cue, then the part it acts on, then the document: "Bãi bỏ khoản 2 Điều 17 của", "sửa đổi, bổ sung điểm a khoản 10
# Điều 5 của", "Thay thế cụm từ “A” bằng cụm từ “B” tại điểm m khoản 1 Điều 35 của", "bãi bỏ danh mục số thứ tự 25 tại
# Phụ lục II".  The scope words are the layout's units (Phần, Chương, Mục, Điều, khoản, điểm, Phụ lục).
# (a table or form of an annex is a part too: "Thay thế Bảng 2 của Phụ lục ban hành kèm theo Thông tư số …", "Mẫu số 01")
_PART = (r"(?:điểm|khoản|Điều|Mục|Chương|Phần|Phụ lục|tiết|mục|danh mục(?:\s+số thứ tự)?|số thứ tự|STT|cột|dòng|chỉ tiêu"
         r"|Bảng|Biểu|Mẫu(?:\s+số)?)")
# (a form's number may carry its series code: "Mẫu số 02/TNDN", "Mẫu số 01-TT": tried first, the longer)
_SCOPE_ITEM = (r"(?:(?:Mẫu|Biểu mẫu|Biểu)(?:\s+số)?\s+\d{1,3}[a-zđ]?[/-][A-ZĐ][A-ZĐ0-9]{0,11}\b"
               r"|cụm từ\s+[*_]*“[^”]{0,400}”[*_]*(?:\s+(?:bằng|thành)\s+cụm từ\s+[*_]*“[^”]{0,400}”[*_]*)?|"
               + _PART) + r"(?:\s+số)?\s+(?:\d[\w.]{0,11}|[IVXLCDM]{1,6}\b|[a-zđA-ZĐ]\b))"   # ("số thứ tự số 01")
_PART_START = re.compile(r"\s*(?:các\s+)?" + _PART + r"(?:\s+số)?\s+[\dIVXLCa-zđA-ZĐ]", re.I)   # "số thứ tự 01 …"
_SCOPE_SEP = r"(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+|\s+(?:quy định\s+)?(?:tại|của|trong)\s+|\s+)"
# (a part's word said once for several numbers: "các Điều 5, 6 và 7", "khoản 1, 2 Điều 3")
_SCOPE = (_SCOPE_ITEM + r"(?:" + _SCOPE_SEP + _SCOPE_ITEM + r"|(?:\s*,\s*(?:và\s+)?|\s+và\s+)(?:\d[\w.]{0,11}|[IVXLCDM]{1,6}\b)"
          r"(?!\s*(?:tháng|năm|ngày)\b))*\s*")
# Between a document and the act its title states: its date and issuer (no "," or "và" before the act: "… của Ủy ban
# nhân dân tỉnh và sửa đổi …" is a second predicate of the sentence's subject).
# (one of them at least: a heading's document and the next line's act, "… kèm theo Thông tư số A | Thay thế …", are
# two sentences)
_TITLE_ACTOR = re.compile(r"\s*(?=ngày|của)(?:" + _ON_DATE + r"\s*)?"
                          r"(?:của\s+(?:(?!\bvề\b|\bsố\b|\bvà\b|\bhoặc\b)[^,;.“”()\d]){1,120}?\s+)?(?:về\s+(?:việc\s+)?)?")
# Unnamed documents of a type as the subject of the act: "các Nghị định sửa đổi, bổ sung Nghị định số A".
# … or one document of a kind, unnumbered, after a preposition: "… thực hiện theo quy định tại Thông tư sửa đổi, bổ sung,
# thay thế Thông tư số 06/2021/TT-BXD" (congbao thong-tu-so-07-2024-tt-bkhdt: whichever circular will)
_GENERIC_ACTOR = re.compile(r"\b(?:(?:các|những)\s+(?:văn bản|" + P._alt(TYPE_WORDS) + r")(?:\s+(?:khác|có liên quan))?"
                            r"|(?:tại|theo|của|với)\s+(?:văn bản|" + P._alt(TYPE_WORDS) + r")"
                            r"(?:\s+(?:sửa đổi|bổ sung|thay thế)(?:\s*,|\s+(?:hoặc|và))?)*)\s+$", re.I)
# What a procedure amends or replaces is a licence, a certificate, a record, or what a form gives, not a document's
# text ("Sửa đổi, bổ sung giấy phép …", "Đơn đề nghị sửa đổi, bổ sung Giấy phép theo Mẫu số 02 …", "Kế hoạch … sửa
# đổi, bổ sung theo Mẫu số 07 …"); a request to amend the document itself stays a plan (tests/test_relate.py)
# (or its term: "xem xét, sửa đổi, bổ sung thời hạn của Giấy phép nhận chìm ở biển …"; congbao
# nghi-quyet-so-6619-2026-nq-cp)
_PROCEDURE_OBJECT = re.compile(r"(?:,?\s*bổ sung)?\s+(?:thời hạn\s+(?:của\s+)?)?(?:giấy phép|giấy chứng nhận|chứng chỉ|chứng nhận"
                               r"|thông tin đã đăng ký|văn bằng|hồ sơ|theo\s+(?:Mẫu|mẫu|biểu mẫu))\b", re.I)


# An act on parts, then "và" and a second act (the one _SCOPED_ACT reads) on parts of the same document.
_COORD_ACT = re.compile(r"(?P<cue>sửa đổi,?\s*bổ sung|sửa đổi|bổ sung|thay thế|bãi bỏ|hủy bỏ|huỷ bỏ)\s+"
                        r"(?P<scope>" + _SCOPE + r")\s*và\s+$", re.I)
# (after a document's number: its date and issuer, then "hướng dẫn (thực hiện|thi hành) <matter> theo|tại <document>")
_TITLE_GUIDE = re.compile(
    r"\s*(?:" + _ON_DATE + r"\s*,?\s*)?"
    # (the issuer names no act: "… của Chính phủ quy định chức năng … và quy định pháp luật có liên quan, hướng dẫn
    # quản lý …" is a task given to another body, not the decree's title)
    r"(?:của\s+(?:(?!\bvề\b|\bsố\b|quy định|hướng dẫn|ban hành)[^;.“”()\d]){1,160}?\s+)?(?:về\s+(?:việc\s+)?)?"
    r"hướng dẫn(?:\s+(?:thực hiện|thi hành))?\s+"
    r"(?:(?!sửa đổi|bổ sung|thay thế|bãi bỏ|ban hành|phê duyệt|thành lập|hướng dẫn)[^;.:“”()]){1,250}?"
    r"\s(?:theo|(?:theo\s+)?quy định tại|tại)\s+(?:(?:" + _SCOPE + r")(?:(?:của|tại|trong)\s+)?)?", re.I)
_TITLE_GUIDE_WORD = _words("hướng dẫn")


_SCOPED_ACT = re.compile(
    r"(?P<cue>sửa đổi,?\s*bổ sung|sửa đổi|bổ sung|thay thế|bãi bỏ|hủy bỏ|huỷ bỏ|đình chỉ(?: việc thi hành)?|ngưng hiệu lực"
    r"|tạm ngưng hiệu lực)\s+(?:một số (?:nội dung|quy định) (?:tại|của)\s+)?(?P<scope>" + _SCOPE
    # (the provisions on a matter: "thay thế nội dung về đầu tư ra nước ngoài quy định tại Thông tư số A"; "thay thế một
# số quy định tại Điều 9a Thông tư số A": the part named)
    + r"|(?:các\s+)?(?:nội dung|quy định)\s+về\s+[^;:.“”()\d]{1,120}?\s)"
    # (a comma after the last part: "bãi bỏ Khoản 4, Điều 1, Nghị quyết số A")
    r"(?:,\s*)?(?:quy định\s+)?(?:(?:tại|của|trong)\s+)*(?:(?:các|một số)\s+)?$", re.I)


# A ";" between the rows or parts of one object ("Danh mục TTHC có số thứ tự 03, mục A; số thứ tự 01, 02, 03 mục B
# tại Quyết định số …"): the next part's name follows it.
_PARTS_SEMI = r";(?=\s*(?:số thứ tự|STT|điểm|khoản|mục|phần)\s)"


# An act on an annex of a document: "bãi bỏ Danh mục và Quy trình nội bộ các TTHC tại phần II ban hành kèm theo",
# "Bãi bỏ 03 thủ tục hành chính (số thứ tự 04, 06, 07) được ban hành kèm theo" -> partial, scope = what is acted on.
# An item's number may hold a dot: "các thủ tục có thứ tự A.2, A.3, A.5 tại Danh mục … ban hành kèm theo".  What the
# act's object names as its documents ends it: "dự án Luật sửa đổi, bổ sung một số điều của 15 luật … phù hợp với chỉ
# đạo tại văn bản số A" (tvpl 1a814c71716d3047: the laws are amended, A is only cited).  An annex's attachment line
# in brackets names no act: "MẪU QUYẾT ĐỊNH TẠM THỜI ĐÌNH CHỈ HOẠT ĐỘNG … (Ban hành kèm theo Thông tư số A …)" is a
# form's title (congbao van-ban-hop-nhat-so-1345-vbhn-bldtbxh).
_ANNEX_ACT = re.compile(
    r"(?P<cue>sửa đổi,?\s*bổ sung|sửa đổi|thay thế|bãi bỏ|hủy bỏ|huỷ bỏ|đình chỉ|ngưng hiệu lực)\s+"
    r"(?P<scope>(?:(?!\bkèm theo\b|\bthay thế\b|\bbãi bỏ\b|\bđược\s+sửa đổi\b|\(\s*ban hành\b|\b(?:của|tại)\s+(?:\d+|các|những)\s+(?:"
    + P._alt(TYPE_WORDS) + r")\b)(?:[^;.“”]|(?<=\w)\.(?=\d)|" + _PARTS_SEMI + r")){3,220}?)"
    r"\s+(?:được\s+)?(?:ban hành\s+)?(?:kèm theo|tại)(?:\s+các)?\s*$", re.I)


# What stands between a part and the next document it belongs to: "(đã được) ban hành kèm theo", "quy định tại",
# "của", "trong"
_OF_NEXT = (r"(?:(?:đã\s+)?(?:được\s+)?(?:công bố|ban hành|quy định)\s+)?(?:tại|của|trong|(?:ban hành\s+)?kèm theo)"
            r"\s+(?:các\s+)?")


# After a document acted on in part, its date and issuer: "và" and the part of the next document acted on the same
# way ("… của Chủ tịch Ủy ban nhân dân thành phố Cần Thơ và thủ tục hành chính có số thứ tự 01 tại").
_COORD_PART = re.compile(
    r"\s*(?:" + _ON_DATE + r"\s*)?"
    r"(?:của\s+[^;:.“”\d]{1,160}?\s*)?,?\s*và\s+(?P<scope>(?!(?:các\s+|những\s+)?(?:văn bản|" + P._alt(TYPE_WORDS) + r")\b)"
    r"(?:[^;:.“”]|" + _PARTS_SEMI + r"){3,160}?)\s+(?:(?:đã\s+)?(?:được\s+)?(?:công bố|ban hành|quy định)\s+)?(?:tại|của|trong|kèm theo)\s+(?:các\s+)?", re.I)


def _coord_part(text: str, a: int, b: int):
    """_COORD_PART over text[a:b], unless its "part" states an act: the "và" was the issuer's ("… của Bộ trưởng Bộ Nông
    nghiệp và Môi trường sửa đổi, bổ sung một số điều của Thông tư số B": B is the title's, no second object)."""
    cm = _COORD_PART.fullmatch(text, a, b)
    return None if cm is None or _CUE_IN.search(cm.group("scope")) else cm


# … or after its title too, which names no part: "Sửa đổi … Mục 5.3 Chương III … Mẫu số 02 ban hành kèm theo Thông tư số A
# ngày … của Bộ trưởng … quy định chi tiết về lập hồ sơ mời thầu … (UKVFTA) và Mục 5.3 Chương III … thuộc Mẫu số 02 ban
# hành kèm theo Thông tư số B … như sau:" (congbao thong-tu-so-23-2024-tt-bkhdt)
_COORD_TITLED_PART = re.compile(
    r"(?P<title>[^;:.“”]{0,400}?)\svà\s+(?P<scope>" + _SCOPE_ITEM + r"[^;:.“”]{0,160}?)"
    r"\s+" + _OF_NEXT,
    re.I)
_PART_NAMED = re.compile(_SCOPE_ITEM, re.I)


# … or a comma and the next document's part, after the document's date and issuer or after the amenders its reference
# holds: "Bỏ cụm từ “…” tại Điều 101 và Điều 105 của Luật Giáo dục số A đã được sửa đổi, bổ sung một số điều theo Luật
# số B, Điều 64 và Điều 65 của Luật Giáo dục đại học số C, Điều 28 và Điều 29 của Luật Giáo dục nghề nghiệp số D"
# (congbao van-ban-hop-nhat-so-40-vbhn-vpqh: 97/2015/QH13's effect clause)
# (or after the bracket holding those amenders, closed after the last one's title: "… (đã được sửa đổi, bổ sung tại
# Nghị định số B … của Chính phủ quy định chi tiết … Luật Thuế xuất khẩu, thuế nhập khẩu), điểm b khoản 2 Điều 4 …
# ban hành kèm theo Nghị định số C"; congbao van-ban-hop-nhat-so-03-vbhn-btc)
_COMMA_PART = re.compile(
    r"\s*(?:" + _ON_DATE + r"\s*)?(?:của\s+[^;:.,“”\d]{1,160}?\s*|[^;:.“”\d()]{1,240}?\)\s*)?,\s*(?P<scope>" + _SCOPE_ITEM
    + r"[^;:.“”]{0,160}?)\s+" + _OF_NEXT, re.I)


_PHRASE_DROPPED = re.compile(r"[\s*_]*(?:[a-zđ]\)|\d{1,3}[.)]|[-–+•])?\s*Bỏ\s+(?:các\s+)?cụm từ\b")


def _item_parts(text: str, ms: List[Found], first: Found) -> List[Tuple[Found, str]]:
    """The parts of further documents a list's item names after its first document, with their scopes: ", Điều 64 và
    Điều 65 của Luật … số C" (_COMMA_PART), "và khoản 2 Điều 1 Thông tư số B" (_COORD_PART, _COORD_SCOPE), past the
    amenders each one's reference holds ("… số A đã được sửa đổi, bổ sung một số điều theo Luật số B, …")."""
    out: List[Tuple[Found, str]] = []
    prev = last = first
    for g in ms:
        if g.vstart <= first.vstart or not g.code or g.kind == "anaphoric" or g.vstart < max(last.ref_end, last.vend):
            continue
        a = max(last.ref_end, last.vend)
        cm = _COMMA_PART.fullmatch(text, a, g.vstart) or _coord_part(text, a, g.vstart) or _COORD_SCOPE.fullmatch(
            text, a, g.vstart)
        if cm is not None and cm.group("scope").strip():
            out.append((g, _scope_text(cm.group("scope"))))
            prev = last = g
        elif _AMENDERS_BETWEEN.search(text, prev.vend, g.vstart) and ";" not in text[prev.vend:g.vstart]:
            last = g                # an amender of prev: the list's next part may follow it
        else:
            break
    return out


# … and after a ";" that ends the last item's description, the next document of its type, whole (no part named)
_ANNOUNCED_NEXT = re.compile(r"[^;:“”]{0,400}?;\s*(?:và\s+)?(?:(?:" + P._alt(TYPE_WORDS) + r")\s+)?(?:số\s*)?", re.I)
# A further document an item names whole after a ";" (the list's act on it too): "a) Thông tư số A ngày … hướng dẫn
# …; Thông tư số B ngày … sửa đổi, bổ sung một số điều của Thông tư số A …; Thông tư số C …" (a replaced document and
# its amenders, one item of "Thông tư này thay thế các Thông tư:")
_NEXT_IN_ITEM = re.compile(r";\s*(?:và\s+)?(?:(?:" + P._alt(TYPE_WORDS) + r")\s+(?:số\s*)?)?$")


def _item_next_documents(text: str, ms: List[Found], first: Found) -> List[Found]:
    """The numbered documents of a list's item, after its first, that open a clause of their own after a ";"."""
    return [g for g in ms if g.vstart > first.vstart and g.code and g.kind == "numbered" and g.id != first.id
            and _NEXT_IN_ITEM.search(text, max(0, g.vstart - 40), g.vstart) is not None]


# … or "và" and the parts right before the next document, no "tại/của" between: "Bãi bỏ Điều 3 Thông tư số A ngày … và
# khoản 2 Điều 1 Thông tư số B"
_COORD_SCOPE = re.compile(
    r"\s*(?:" + _ON_DATE + r"\s*)?"
    r"(?:của\s+[^;:.“”\d]{1,160}?\s*)?,?\s*và\s+(?P<scope>" + _SCOPE + r")(?:(?:tại|của|trong)\s+)?", re.I)


# After a document acted on in part, its title (other documents may stand in it) and a ";", then the part of the next
# document acted on the same way: "… quy định một số nội dung chi … Luật Thủ đô số 39/2024/QH15; khoản 1 Mục I của
# Phụ lục ban hành kèm theo" (a part's name must follow the ";": another clause does not continue the list).
_NEXT_PART = re.compile(
    r"[^;:.“”]{0,300}?;\s*(?:và\s+)?(?P<scope>(?:các\s+|một số\s+)?" + _PART + r"\s+[^;:.“”]{1,160}?)"
    r"\s+(?:" + _OF_NEXT + ")?",
    re.I)


# The object of an item's act is a part of the document when the act's words are followed by a part's name: "Thay
# thế tiểu mục b mục 13 Phụ lục VI-1.1, …, tiểu mục b mục 8 Phụ lục VI-6 ban hành kèm theo Thông tư số …".
# (the parts may be counted procedures first: "Thay thế 03 TTHC có số thứ tự: 3, 4, 5 tại Danh mục …")
_PART_OBJECT = re.compile(r"\s+(?P<scope>(?:(?:các|một số)\s+)?(?:\d{1,3}\s+(?:TTHC|thủ tục hành chính)\s+(?:có\s+)?)?(?:tiểu\s+)?"
                          + _PART + r"\s*:?\s+[^;:“”]{1,1200}?)\s+(?:(?:quy định|được)\s+)?"
                          r"(?:(?:ban hành\s+)?kèm theo|tại|của|trong)\s+(?:các\s+)?", re.I)


# ... or any object the act's words name before "tại"/"kèm theo" and the document, a quoted title in it: "Bãi bỏ
# TTHC: “Đăng ký sửa đổi chế độ Kế toán theo Thông tư số 200/2014/TT-BTC …” tại Quyết định số 2083/QĐ-BTC" (tvpl
# 551c9da04f57dc24): one procedure of those the decision published (not "toàn bộ", the whole document).
_NAMED_OBJECT = re.compile(r"[\s:]+(?P<scope>(?!toàn bộ\b|toàn văn\b)(?:(?!\bkèm theo\b|\bthay thế\b|\bbãi bỏ\b)"
                           r"(?:[^;.“”]|“[^“”]{0,400}”|(?<=\w)\.(?=\d))){3,600}?)\s+(?:được\s+)?"
                           r"(?:(?:công bố|ban hành)\s+)?(?:kèm theo|tại)\s+(?:các\s+)?", re.I)


def _part_object(text: str, a: int, b: int) -> Optional[str]:
    m = _PART_OBJECT.fullmatch(text, a, b)
    if m is None and text.find("“", a, b) >= 0:
        m = _NAMED_OBJECT.fullmatch(text, a, b)
    return _scope_text(m.group("scope")) if m else None


# "Bãi bỏ các quy định sau trong Thông tư số A …:" (its items name the parts): some of A's provisions, a part
# … and "Bãi bỏ một phần (của) Thông tư liên tịch số A … như sau:"
# … and "Bãi bỏ một số cụm từ, điểm, khoản, điều của Nghị định số A … như sau:" (parts of kinds listed)
_PART_KIND = r"(?:cụm từ|điểm|khoản|điều|chương|mục|phụ lục|mẫu)"
_LISTED_PROVISIONS = re.compile(r"\s+(?:(?P<scope>(?:các|một số|những)\s+(?:quy định|nội dung)\s+(?:sau(?:\s+đây)?|dưới đây))"
                                r"\s+(?:trong|tại|của)|(?P<some>một phần)(?:\s+(?:của|trong))?"
                                r"|(?P<kinds>một số\s+" + _PART_KIND + r"(?:\s*,\s*" + _PART_KIND + r")+(?:\s+và\s+"
                                + _PART_KIND + r")?)\s+(?:của|tại|trong))\s+", re.I)


def _listed_provisions(text: str, a: int, b: int) -> Optional[str]:
    m = _LISTED_PROVISIONS.fullmatch(text, a, b)
    return _scope_text(m.group("scope") or m.group("some") or m.group("kinds")) if m else None


def _scope_text(raw: str) -> Optional[str]:
    """"khoản 2 Điều 17 của" -> "khoản 2 Điều 17"; a phrase swap -> "cụm từ"."""
    raw = re.sub(r"\s+", " ", raw).strip(" ,;")
    if raw.lower().startswith("cụm từ"):
        tail = re.sub(r"^cụm từ\s+[*_]*“[^”]*”[*_]*(?:\s+(?:bằng|thành)\s+cụm từ\s+[*_]*“[^”]*”[*_]*)?\s*", "", raw,
                      flags=re.I).strip(" ,")
        tail = re.sub(r"^(?:quy định\s+)?(?:tại|của|trong)\s+", "", tail, flags=re.I)
        return "cụm từ" + (f" ({tail})" if tail else "")
    return raw or None


# ---------------------------------------------------------------- the file's own (normative) document
# In a law, decree or circular the unattached cues are the document's own acts: "Điều 1. Sửa đổi, bổ sung một
# số điều của Luật … số 14/2017/QH14", "Bãi bỏ Nghị quyết số 132/2020/QH14", "Căn cứ Luật … số 80/2015/QH13;".
NORMATIVE_TYPES = {"Luật", "Bộ luật", "Nghị định", "Thông tư", "Thông tư liên tịch", "Pháp lệnh", "Nghị quyết",
                   "Quyết định", "Văn bản hợp nhất", "Chỉ thị"}
_STATE_CODE = re.compile(r"^\d+/(?:\d{4}/)?[A-ZĐ]")
# A part an amender names, one of a run ("điểm a khoản 8 Điều 1 ", "khoản 2 và "): the passives' and the amenders'
_PART_LABEL = r"(?:điểm|khoản|Điều|Mục|Chương|Phụ lục)\s+[\w.]{1,8}[\s,]*(?:và\s+)?"
_PASSIVE = re.compile(
    # (a ministry's table of ceased provisions: "Được sửa đổi, bổ sung, thay thế, bãi bỏ một phần bởi Nghị định số B":
    # B amends and repeals parts)
    r"(?:(?P<br>(?<=\())|)(?:đã\s+)?được\s+(?P<cue>sửa đổi,?\s*bổ sung(?:,\s*thay thế)?,\s*bãi\s+bỏ|sửa đổi,?\s*bổ sung(?:,\s*thay thế)?|sửa đổi|bổ sung"
    r"|thay thế(?: bằng cụm từ\s+“[^”]{0,200}”)?|bãi bỏ|đính chính)"
    # (the cue's second verb garbled by OCR past reading, its comma kept: "được sửa đổi, bệ ng bởi Nghị định số B", seed 10)
    r"(?:,\s*[^\W\d]{1,4}(?:[\s:.'`]+[^\W\d]{1,4})?(?=\s+bởi\b))?"        # ("bổ : sinh bởi", seed 13)
    # (a speck glued before the agent's word: "được sửa đổi, bổ sung-bởi Nghị định số B", seed 12; "bổ sung :bởi", 13)
    # ("… (được sửa đổi, bổ sung tương ứng tại điểm a khoản 8 Điều 1 Nghị định số B …)": correspondingly)
    r"(?:\s+(?:một số điều|một số nội dung|một phần|tương ứng))?(?:\s+|\s*[-:.'`](?=bởi))(?:(?:bởi|theo|tại)(?:\s+quy định tại)?"
    # (the amender's parts: "tại khoản 20 Điều 1 của", "tại khoản Đ.III Mục 2 Phụ lục I.3 kèm theo")
    r"(?:\s+(?:" + _PART_LABEL + r")+(?:của|(?:ban hành\s+)?kèm theo)?)?"
    # (or what it became there: "(đã được sửa đổi, bổ sung thành Mẫu số 39 ban hành kèm theo Thông tư số B)")
    r"|thành\s+(?:(?:điểm|khoản|Điều|Mục|Chương|Phụ lục|Mẫu(?:\s+số)?|Biểu(?:\s+số)?)\s+[\w.]{1,8}[\s,]*(?:và\s+)?)+"
    r"(?:của|(?:ban hành\s+)?kèm theo)?"
    # (in brackets the agent's word may be left out: "Nghị định số A (được sửa đổi, bổ sung Nghị định số B, Nghị định
    # số C và Nghị định số D)", a table's row, congbao nghi-quyet-so-24-2026-nq-cp)
    r"|(?(br)(?=\s*$)|(?!))"
    # (the agent's word OCR garbled into letters with no vowel, no Vietnamese word: "được sửa đổi, bổ sung mp Luật số
    # 28/2018/QH14"; only right before the amender, its mention starting at its type word)
    r"|[bcdfghjklmnpqrstvwxzđ]{1,3}(?=\s+$))"
    # "bởi Luật số Luật số 32/2013/QH13" (a stutter); "bởi các Luật số 43/2024/QH15, số 47/2024/QH15 …" (the type once);
    # the amender named by its own amending title: "bởi Luật Sửa đổi, bổ sung một số điều Luật Ban hành văn bản quy
    # phạm pháp luật số 87/2025/QH15"
    # (the mention of that law starts at the last word of its title, "luật số 87/2025/QH15", as "Luật số …" does)
    # … and a type word OCR garbled, or lost, before "số": "bởi Định định số 91/2022/NĐ-CP" (bench/accuracy_ocr.py seed 9)
    # … and a first amender whose number OCR destroyed, read before the next: "bởi Luật số mm Luật số 118/2025/QH15" (seed 10)
    r"(?:\s+(?:các|những))?(?:(?:\s+[^\W\d]+){0,2}\s+số(?:\s+[^\W\d]{1,4}[,.]?)?"
    r"|\s+[^\W\d]+\s+sửa đổi[^;:.“”()\d]{0,160}?)?[\s:]*(?:\d+\.\s*)?$", re.I)
# The passive without its "được", a participle right after the amended document, its date and issuer: "Thông tư số
# 13/2020/TT-BGDĐT ngày 26/5/2020, sửa đổi bổ sung tại Thông tư số 23/2024/TT-BGDĐT" (tvpl e42103d7f815212d), "Nghị
# định số 147/2024/NĐ-CP, sửa đổi, bổ sung bởi khoản 4 Điều 26 Nghị định số 116/2026/NĐ-CP" (congbao nghi-quyet-so-20-
# 2026).  ``gap``: between the amended document and the comma; the amender follows the match (``_PASSIVE``'s tail).
_ELLIPTIC_PASSIVE = re.compile(
    r"(?P<gap>\s*(?:" + _ON_DATE + r"\s*)?"
    # (no comma before "bởi", the agent's word: "… của Bộ trưởng Bộ Tài chính sửa đổi bổ sung bởi Thông tư số B")
    r"(?:của\s+[^;:.,“”\d]{1,80}?\s*)?)(?:,\s*|\s(?=(?:đã\s+)?sửa đổi,?\s*bổ sung(?:\s+một số điều)?\s+bởi\s))"
    r"(?:đã\s+)?sửa đổi,?\s*bổ sung(?:\s+một số điều)?\s+(?:bởi|tại|theo)"
    r"(?:\s+(?:" + _PART_LABEL + r")+(?:của)?)?[\s:]*", re.I)
# … or in brackets after the amended document's description: "điểm a khoản 3 Điều 44 Nghị định số 103/2024/NĐ-CP ngày
# 30/7/2024 của Chính phủ quy định về tiền sử dụng đất, tiền thuê đất (sửa đổi, bổ sung tại điểm b khoản 17 Điều 1
# Nghị định số 291/2025/NĐ-CP …)" (a description naming a law by its title before the bracket: that law may be the
# amended one, asked of the amender's rank)
_BRACKET_PASSIVE = re.compile(
    r"(?P<gap>[^;:()“”]{0,240}?)\(\s*(?:đã\s+)?sửa đổi,?\s*bổ sung(?:\s+một số điều)?\s+(?:bởi|tại|theo)"
    r"(?:\s+(?:" + _PART_LABEL + r")+(?:của)?)?[\s:]*", re.I)
_TITLED_LAW = re.compile(r"\b(?:Bộ luật|Luật|Pháp lệnh)\s+[A-ZĐÀ-Ỹ]")
# The effect clause's cease, tied to this document's entry into force: "hết hiệu lực kể từ ngày Nghị quyết này"
_CEASES_THIS = re.compile(r"hết hiệu lực(?: thi hành)? (?:kể )?từ ngày\s+(?:Luật|Nghị định|Thông tư|Quyết định|Nghị quyết"
                          r"|Pháp lệnh)\s+này", re.I)
# … then the cease has a date ("hết hiệu lực từ ngày 01 tháng 7 năm 2026", "… kể từ ngày Nghị định này …")
_CEASE_FROM = re.compile(r"(?:hết|chấm dứt)\s+hiệu lực(?:\s+thi hành)?\s+(?:kể\s+)?từ\s+ngày\b", re.I)
# A subordinate clause (its own subject follows): "khi", "nếu", "trường hợp"
_WHEN_CLAUSE = re.compile(r"\b(?:khi|nếu|trường hợp)\s", re.I)
# … ending right before a cue: "… đến khi Luật số A … hết hiệu lực", "c) Thời hạn cấp lại khi Thông báo miễn hết hiệu lực:"
_CONDITION_BEFORE = re.compile(r"\b(?:khi|nếu|trường hợp)\s+(?:\S+\s+){0,6}$", re.I)
# Before a document that is its sentence's subject: nothing but a list marker ("3. ", "b) ", "- ")
# between two documents that cease together: a separator, then maybe the second one's part ("… và Điều 2 Nghị định số B")
_JOINED_CEASED = re.compile(r"(?:,|;|\bvà|\bhoặc)\s*(?:(?:" + _SCOPE + r")(?:(?:của|tại)\s+)?)?$", re.I)
# a clause break after a ceasing document: a "." or a ";" that ends a clause (_SEMI_ENDS; a title's own ";": "… quy
# định chương trình bồi dưỡng …; mẫu và quy chế quản lý … hết hiệu lực"; "Đối với quy định tại Điều 4 Nghị quyết số A;
# các quy định khác hết hiệu lực …" is a break)
_CLAUSE_BREAK = re.compile(r"\.|" + _SEMI_ENDS)
_EFFECT_LEAD = re.compile(r"[\s*_\-–+•]*(?:(?:\d+(?:\.\d+)*\.|[a-zđ]\))\s*)?(?:Kể\s+)?từ ngày\s+(?:Luật|Nghị định|Thông tư"
                          r"|Quyết định|Nghị quyết|Pháp lệnh)\s+này\s+có hiệu lực(?:\s+thi hành)?\s*,", re.I)
_CEASE_ENDS = re.compile(r"hết\s+hiệu lực(?:\s+thi hành)?\s*[.;]?\s*$", re.I)
_SUBJECT_LEAD = re.compile(r"[\s*_\-–+•]*(?:(?:\d+(?:\.\d+)*\.|[a-zđ]\))\s*)?", re.I)
_CEASES = re.compile(r"^[^.;]{0,160}?\bhết hiệu lực(?: thi hành)? (?:kể )?từ ngày\s+(?:Luật|Nghị định|Thông tư|Quyết định|Nghị quyết|Pháp lệnh)\s+này", re.I)
_ITEM_ACT = re.compile(r"^\s*(?:Điều\s+\d+\s*\.\s*|\d+\.\s*|[a-zđ]\)\s*)*(?P<cue>Sửa đổi|Bổ sung|Bãi bỏ|Thay thế|Hủy bỏ|Huỷ bỏ|Đình chỉ|Tạm ngưng|Đính chính|Điều chỉnh)\b")
# A plan's task: its item names what is to be done, the next lines who leads it and by when ("b) Sửa đổi, bổ sung Nghị
# định số A … / - Đơn vị chủ trì: Bộ Công an. / - Thời gian hoàn thành: Trong năm 2024."): a task, not an act
_TASK_LINE = re.compile(r"[\s*+•–-]*(?:(?:Đơn vị|Cơ quan|Bộ, ngành)\s+(?:chủ trì|thực hiện|phối hợp)|Chủ trì(?:\s+thực hiện)?\s*:"
                        r"|Thời (?:gian|hạn)\s+(?:thực hiện|hoàn thành|trình)|Sản phẩm\s*:)", re.I)
_ITEM_KIND = {"sửa": "AMENDS", "bổ ": "AMENDS", "bãi": "REPEALS", "tha": "REPLACES", "hủy": "REPEALS", "huỷ": "REPEALS",
              "đìn": "SUSPENDS", "tạm": "SUSPENDS", "đín": "CORRECTS", "điề": "AMENDS"}
# The passive of an item's act, at its sentence's end ("… Quyết định số A ngày … được điều chỉnh như sau:"); not
# "đã được" (an earlier act reported)
_PASSIVE_ITEM = re.compile(r"(?<![Đđ]ã )được\s+(?P<cue>sửa đổi,?\s*bổ sung|sửa đổi|bổ sung|điều chỉnh|bãi bỏ)"
                           r"\s+như sau\s*:\s*$")
# … between the document and "được": its date and issuer at most ("cấp lần đầu ngày 31/7/2020", "ngày … của UBND tỉnh")
_PASSIVE_ITEM_GAP = re.compile(r"\s*,?\s*(?:(?:cấp|ban hành)(?:\s+lần đầu)?\s*)?(?:" + _ON_DATE + r"\s*)?"
                               r"(?:của\s+[^;:.,“”\d]{1,80}?\s*)?", re.I)
# … the type word of a document described before its number ("Quyết định chấp thuận điều chỉnh chủ trương đầu tư số A")
_TYPE_DESCRIBED = re.compile(r"\b(?:Quyết định|Nghị định|Nghị quyết|Thông tư|Chỉ thị|Kế hoạch|Văn bản)\s[^;:“”\d]{0,90}$")
# … and what of it a part names when no article or clause does: "Nội dung “thông tin về …” quy định tại …"
_CONTENT_LEAD = re.compile(r"[\s*+•–-]*(?:(?:\d+(?:\.\d+)*\.|[a-zđ]\))\s*)?(?P<scope>[Nn]ội dung\s+“[^”]{1,200}”)"
                           r"\s+(?:quy định\s+)?(?:tại|của)\s+")


def _content_before(text: str, s: int, at: int) -> Optional[str]:
    """The content a passive item names before the document at ``at`` ("Nội dung “…” quy định tại"), lower-cased."""
    m = _CONTENT_LEAD.match(text, s, at)
    return m.group("scope")[0].lower() + m.group("scope")[1:] if m else None


# An amending article's item that repeals parts without naming a document: "3. Bãi bỏ các điều 5 và 6.", "b) Bãi bỏ
# khoản 3 Điều 22.", "c) Bãi bỏ Phụ lục 3 và Phụ lục 16." (the whole item; a part "… này" is the own document's)
# An amending document's article may be the repeal itself, its heading all its text: "Điều 3. Bãi bỏ Điều 7" (congbao
# thong-tu-so-56-2026-tt-btc, whose title amends Thông tư số 52/2025/TT-BTC).
# A long list of parts ("khoản 5 Điều 5, điểm d khoản 3 Điều 23, …, các mẫu số 01, 06 Phụ lục III.") or a phrase and
# where it stands ("2. Bãi bỏ cụm từ “ngày, tháng, năm sinh,” tại điểm b khoản 2 Điều 53.", congbao
# nghi-dinh-so-134-2026-nd-cp) is one too.
_PART_REPEAL = re.compile(r"[\s*_]*(?:\d+\.|[a-zđ]\)|Điều\s+\d{1,3}[a-zđ]?\s*\.)\s*(?:Bãi bỏ|Hủy bỏ|Huỷ bỏ)\s+(?P<scope>(?:các\s+)?"
                          r"(?:" + _PART + r"\s+(?:(?!\bnày\b)[^.;:“”()]){1,400}?|cụm từ\s+“[^”]{1,300}”"
                          r"(?:\s+(?:tại|của|trong)\s+" + _PART + r"\s+(?:(?!\bnày\b)[^.;:“”()]){1,160}?)?))\s*[.;]?\s*", re.I)
_PHRASES = re.compile(r"\bcụm từ\b", re.I)
# What ends an amenders' list: a listed document with amenders of its own right after it ("… và Thông tư số C được
# sửa đổi, bổ sung bởi …"), or a law with a name of its own (an amending law is "Luật số …" or "Luật sửa đổi …")
_OWN_PASSIVE_AFTER = re.compile(r"[\s,]*(?:đã\s+)?được\s+(?:sửa đổi|bổ sung|thay thế)", re.I)
_TITLED_CODE = re.compile(r"(?:Bộ luật|Luật|Pháp lệnh)\s+(?!số\b|sửa đổi|bổ sung)[^\d;:.]{1,80}?\s+số\s+\d")   # ("Luật Phòng, chống …")
# between an amender and a second passive of the same subject: the amender's date, issuer, title (its topics may be
# listed with ";": "… quy định về giao dịch chứng khoán; bù trừ và thanh toán …; hoạt động của công ty chứng khoán"),
# "và"
_AND_PASSIVE = re.compile(r"(?:[^.;:“”]|;(?=\s*[a-zđà-ỹ])){0,400}?[\s,]và\s+")
# A table's note naming the documents that acted on its row's: "Văn bản sửa đổi, bổ sung, thay thế, bãi bỏ một phần:"
_AMENDER_LABEL = re.compile(r"\bVăn bản\s+(?P<cue>sửa đổi,?\s*bổ sung(?:,\s*thay thế)?(?:,\s*bãi\s+bỏ)?|thay thế|bãi bỏ)"
                            r"(?P<part>\s+một\s+phần)?\s*:")
_ROW_PART_AT = re.compile(r"[\s\-–•+]*(?P<scope>" + _SCOPE + r")", re.I)      # a table row's part, a paragraph's first words
_AMENDED_BY_BEFORE = re.compile(r"được\s+(?:sửa đổi|bổ sung|thay thế)[^.;]{0,30}?\s(?:tại|bởi|theo)\s+(?:\w+\s+){0,2}$")
_TYPE_CELL_END = re.compile(r"(?:^|\s)(?:" + P._alt(TYPE_WORDS) + r")\s*$")
_TYPE_WORD_END = re.compile(r"(?:" + P._alt(TYPE_WORDS) + r")\s+(?:số\s*)?$")     # "… Nghị định số " before a number
# what joins two amenders of a passive's list: "," and "và", the type said once ("bởi các Luật số A, số B"), the
# preposition said again ("được sửa đổi, bổ sung theo Luật số A và theo Luật số B")
# (OCR: a speck after "và", "và: Luật số C"; a type word one letter off, "và Tuật số C", its mention the number alone;
# an item between whose number OCR destroyed, "Luật số B, Luật số GỠ/2020/ KT và Luật số C": the list goes on past it)
# (… each amender may name its own parts: "được sửa đổi, bổ sung tương ứng tại điểm a khoản 8 Điều 1 Nghị định số B …,
# khoản 2 và khoản 5 Điều 6 Nghị định số C …")
_AMENDER_JOIN = re.compile(r"[\s,]*(?:[A-ZĐ][^\W\d]{1,6}\s+số\s+(?![\d\s])[^\s,;]{1,12}(?:\s[^\W\d]{1,3})?[\s,]+(?=và\b|[A-ZĐ]))?"
                           r"(?:và[\s:.'`]*\s)?(?:(?:theo|bởi|tại)\s+)?"
                           r"(?:(?:" + _PART_LABEL + r")+(?:của\s+)?)?"
                           r"(?:[A-ZĐ][^\W\d]{1,6}\s+(?=số\s))?(?:số\s+)?")
# … an amender's part right before it ("…, khoản 2 và khoản 5 Điều 6 Nghị định số C")
_PART_BEFORE_AMENDER = re.compile(r"\b(?:điểm|khoản|Điều|Mục|Chương|Phụ lục)\s+[\w.]{1,8}[\s,]*(?:(?:của|tại)\s+)?"
                                  r"(?:[A-ZĐ][^\W\d]{1,6}(?:\s+[^\W\d]{1,6})?\s+)?(?:số\s+)?$")
_CELL_LEAD = re.compile(r"[\s*]*[-+•–]?\s*")          # a table cell's dash before its passive: "- Đã được đính chính tại …"
_AMENDER_LABEL_LEAD = re.compile(r"\bVăn bản\s+$")
_ROW_NUMBER = re.compile(r"\s*\d{1,3}\s*")          # a table row's number cell ("TT"): the next row begins
_NUMBER_CELL = re.compile(r"\bSố\b")                # "Nghị định / Số 113/2015/NĐ-CP": a row's number cell
# right before an item of a note's list: its start ("+ ", "- ", the note's colon) and its type ("Nghị định số ")
_LABEL_ITEM_AT = re.compile(r"(?:^|[:;.+\-–•\n]|\s\+)\s*(?:(?!Số\b)[^\W\d_]+\s+){0,3}(?:số\s*)?$")
LABEL_SKIP_UNITS = 16       # paragraphs without a document a note's list may run over (a page's foot and head)
# an item of its list: "+ Nghị định số ", "Thông tư số " (not the next row's number cell: "Nghị định / Số 113/2015/…")
_LABEL_ITEM = re.compile(r"[\s*]*(?:[-+•–]\s*)?(?:\d+[.)]\s*)?(?:(?!Số\b)[^\W\d_]+\s+){0,3}(?:số\s*)?")
_SEP_BEFORE = re.compile(r"(?:[,;]|\bvà)\s*(?:số\s*)?$")     # a list's separator right before its next item
_DATE_COLUMN = re.compile(r"(?<![\w/])\d{1,2}/\d{1,2}/\d{4}(?![\w/])")


def _row_break(text: str, a: int, b: int) -> bool:
    """A table's row ends between ``a`` and ``b``: a date stands alone there, a column's value (a description writes
    "ngày 30/12/2022"), as in a ministry's list of ceased documents ("… về việc bãi bỏ một số văn bản … 30/12/2022 |
    12 | Nghị định số B …")."""
    return any(not text[max(a, m.start() - 6):m.start()].rstrip().lower().endswith("ngày")
               for m in _DATE_COLUMN.finditer(text, a, b))
_ANNEXED_TO = P.ANNEXED_TO
_DEFINED_AT = re.compile(r"\b(?:quy định|nêu)\s+tại\b", re.I)
# The gap to the next of a plural object's list (_PLURAL_OBJECT)
_PLURAL_NEXT = re.compile(r"\s*(?:,?\s*" + _ON_DATE + r"\s*)?"
                          r"(?:của\s+[^,;:.“”()\d]{1,120}?\s*)?(?:\([^()]{0,40}\)\s*)?(?:[,;]\s*(?:và\s+)?|và\s+)"
                          r"(?:(?:" + P._alt(TYPE_WORDS) + r")\s+)?(?:số\s*)?", re.I)
# "một số" (some) parts of the document acted on, after the act's words: "Thay thế, bãi bỏ một số quy định của"
_SOME_PARTS = re.compile(r"[^.;:“”]{0,40}?\bmột số\s+(?:quy định|nội dung|điều|khoản|điểm|phụ lục|mẫu biểu|biểu mẫu|mẫu)\b", re.I)       # the object of an act is phrases of the text, not the document
# (a word struck out: "Từ “quy hoạch,” được bãi bỏ theo …"; congbao van-ban-hop-nhat-so-47-vbhn-vpqh)
# A consolidated text's footnote: its part ceased under another document's provision, the first document named
# ("… tại Mục này hết hiệu lực kể từ ngày 01 tháng 7 năm 2016 theo quy định tại khoản 2 Điều 92 của Luật An toàn, vệ sinh
# lao động số …"; the law's title before its number is the mention's)
_NOTE_CEASE = re.compile(r"[\s\d*]*(?P<subject>[^;:“”]{2,200}?)\s+hết hiệu lực(?:\s+thi hành)?"
                         r"(?:\s+(?:kể\s+)?từ ngày\s+\d{1,2}(?:\s+tháng\s+|/)\d{1,2}(?:\s+năm\s+|/)\d{4})?,?\s+"
                         r"theo(?:\s+quy định tại)?(?:\s+(?:(?:điểm|khoản|Điều|Mục|Chương|Phụ lục)\s+[\w.]{1,8}[\s,]*"
                         r"(?:và\s+)?)+)?(?:\s*của)?\s*(?:(?:Bộ luật|Luật|Pháp lệnh)\s+[^\d;:.“”]{1,120}?\s*)?", re.I)
# … or by its label alone, the footnote's mark before it: "4 Phụ lục số 34 " (a consolidated text's footnote)
_PART_LABEL_SUBJECT = re.compile(r"[\s\d*]*(?P<part>(?:Phụ lục|Mẫu|Biểu|Điều|Khoản|Điểm|Mục|Chương|Phần)(?:\s+số)?\s+[\w.]{1,8})\s*",
                                 re.I)
_THIS = re.compile(r"(?P<part>(?:Điểm|Điều|Khoản|Cụm từ|Từ|Chương|Mục|Phụ lục)\s+(?:này|“))", re.I)


def is_normative(own) -> bool:
    """A legal normative document (or its consolidation) acts by its own articles."""
    return bool(own is not None and own.id and (own.type in NORMATIVE_TYPES and _STATE_CODE.match(own.code or "")
                                                or "VBHN" in (own.code or "")))


# Patterns anchored at a unit's end ("… như sau:"): searched only when the unit ends as they do (a search over
# every unit's text was most of own_relations; benchmark if changing).
# ("… khoản 4 Điều 57 Luật Xây dựng số 135/2025/QH15 được quy định như sau:" is the passive: what follows is provided
# by the file itself, congbao nghi-dinh-so-207-2026 — no quotation of the law)
# ("Thông tư số A … có hiệu lực kể từ ngày … có điều khoản thi hành như sau:", a consolidated text's footnote quoting
# A's effect article: congbao van-ban-hop-nhat-so-06-vbhn-btc)
_AS_FOLLOWS = re.compile(r"(?:có căn cứ ban hành|có (?:các )?điều khoản (?:thi hành|chuyển tiếp)|(?<!được )quy định)"
                         r" như sau:\s*$")
_INTRO = re.compile(r"như sau\s*:\s*$")
_AMENDED_BY = re.compile(r"được\s+(sửa đổi,?\s*bổ sung|sửa đổi|bổ sung)(?:\s+một số điều)?\s+(?:bởi|theo)\s*:?\s*$")


# The type heading a consolidated text (VBHN) keeps from its original, on the title's first line: longer words first.
_ORIGINAL_HEADING = re.compile(r"[\s*]*(?P<type>BỘ LUẬT|LUẬT|PHÁP LỆNH|NGHỊ ĐỊNH|THÔNG TƯ LIÊN TỊCH|THÔNG TƯ|NGHỊ QUYẾT"
                               r"|QUYẾT ĐỊNH)(?![^\W\d_])")
ORIGINAL_HEADING_UNITS = 12     # the title stands among a consolidated text's first units


def _original_heading(units, part) -> Optional[str]:
    """The type of a consolidated text's original as its title's heading gives it ("THÔNG TƯ" -> "Thông tư")."""
    for ui in range(min(len(units), ORIGINAL_HEADING_UNITS)):
        if part[ui] not in ("header", "title"):
            continue
        m = _ORIGINAL_HEADING.match(units[ui].text)
        if m:
            return m.group("type").capitalize()
    return None


# A consolidated text's statement of its original opens a line: "Thông tư số 15/2026/TT-BCT ngày 25 tháng 3 năm 2026
# của Bộ trưởng … , có hiệu lực kể từ ngày …, được sửa đổi, bổ sung bởi:" (the title above it may name other
# documents of the same type, mid-line and mostly undated: "Sửa đổi, bổ sung một số điều của Thông tư số 38/2025/TT-BCT")
_LINE_LEAD = re.compile(r"[ \t*_|#>]*")


def _stated_original(seg: Segmented, found: List[Found], part, own_id, heading) -> Optional[Found]:
    """The original a consolidated text (VBHN) states under its title: the first dated mention, of the heading's
    type, that opens a line of its header or title (None when no mention does)."""
    units = seg.units
    for f in found:
        if f.unit >= ORIGINAL_HEADING_UNITS:
            break
        if (not f.code or f.id == own_id or not f.date or part[f.unit] not in ("header", "title")
                or heading and f.type != heading):
            continue
        at = units[f.unit].to_original(f.vstart)
        line_start = seg.line_start(at)
        if _LINE_LEAD.fullmatch(seg.original, line_start, at):
            return f
    return None


# An amending article names the part of a document it changes and, in parentheses right after that document, what
# that part does in turn: "Sửa đổi, bổ sung khoản 2 Điều 23 Thông tư số 38/2025/TT-BCT (sửa đổi Phụ lục III Thông
# tư số 37/2013/TT-BCT …)": 38/2025/TT-BCT amends 37/2013/TT-BCT.
_PAREN_ACT = re.compile(r"\(\s*(?:sửa đổi|bổ sung|thay thế|bãi bỏ|hủy bỏ|huỷ bỏ)\b(?![,\s]*(?:bổ sung\s+)?bởi\b)", re.I)
_PAREN_GAP = re.compile(r"[^();.“”]{0,300}")      # the document's attachments (issuer, title) up to the "("


def _parenthetical_actor(text: str, ms: List[Found], target: Found) -> Optional[str]:
    """The document before "(" whose parenthetical act names ``target`` (None when the act is not such a note)."""
    p = text.rfind("(", 0, target.vstart)
    if p < 0 or text.find(")", p, target.vstart) >= 0 or not _PAREN_ACT.match(text, p):
        return None
    g = None
    for f in ms:
        if f.vstart >= target.vstart:
            break
        if f.code and p < f.vstart:
            return None             # another document inside the parenthesis, before the target
        if f.code and f.vend <= p:
            g = f
    if g is None or not _PAREN_GAP.fullmatch(text, max(g.vend, g.ref_end), p):
        return None
    return g.id


# An amending law is named by its number alone ("Luật số 42/2019/QH14"); a base law by its title ("Luật Sở hữu trí
# tuệ số 50/2005/QH11").  Two bare numbers of one type across a ";" are one list of amenders: "… đã được sửa đổi,
# bổ sung một số điều theo Luật số 36/2009/QH12; Luật số 42/2019/QH14 và Luật số 07/2022/QH15;"
_BARE_LAW = re.compile(r"(?P<type>Bộ luật|Luật|Pháp lệnh)\s+số\s")


def _bare_amenders(text: str, prev: Found, nxt: Found) -> bool:
    a, b = _BARE_LAW.match(text, prev.vstart), _BARE_LAW.match(text, nxt.vstart)
    return bool(a and b and a.group("type") == b.group("type") and prev.ref_end <= prev.vend
                and re.fullmatch(r"\s*;\s*", text[prev.vend:nxt.vstart]))


# The title of an amending law is "Luật sửa đổi, bổ sung một số điều của Luật X": in a preamble that has named
# "Luật X số A", the number after "… của Luật X số B" is the amending law's own: B amends A ("Căn cứ Luật Xử lý vi
# phạm hành chính số 15/2012/QH13; Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính số 67/2020/QH14;")
_AMENDER_TITLE = re.compile(r"(?:Bộ luật|Luật|Pháp lệnh)\s+sửa đổi,?\s*bổ(?:\s+[-–])?\s+sung\s+"
                            # "một số điều", or as a scan reads it: "một số diéu"
                            r"(?:một\s+số\s+[đd]i[^\W\d_]u\s+)?(?:của\s+)?$", re.I)
# … and one listing several laws, the last one's title right before the number
# (a law's name may hold a comma, "Luật Quản lý, sử dụng tài sản công": the next item starts with a law's word)
_LAW_ITEM_SEP = r"(?:,\s*|\s+và\s+)(?=(?:Bộ luật|Luật|Pháp lệnh)\s)"
_AMENDER_LIST = re.compile(r"(?:Bộ luật|Luật|Pháp lệnh)\s+sửa đổi,?\s*bổ\s+sung\s+(?:một số điều\s+)?của\s+"
                           r"(?P<laws>(?:(?:Bộ luật|Luật|Pháp lệnh)\s+[^\d;:]{2,160}?" + _LAW_ITEM_SEP + r")+)")


def _amended_titles(text: str, s: int, title_at: int) -> List[str]:
    """The laws an amending law's title lists before the last one (at ``title_at``), folded (``fold_title``): "Luật sửa
    đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật …" -> ["luat chung khoan", "luat ke toan"]."""
    head = text.rfind("sửa đổi", max(s, title_at - 600), title_at)
    if head < 0:
        return []
    m = _AMENDER_LIST.search(text, max(s, head - 12), title_at + 12)
    if m is None or m.end() != title_at:
        return []
    return [fold_title(t) for t in re.split(_LAW_ITEM_SEP, m.group("laws")) if t.strip()]


_LAW_TITLE = re.compile(r"(?P<title>(?:Bộ luật|Luật|Pháp lệnh)\s+[^\d;:]{2,160}?)\s+số\s")
_TITLE_BACK = re.compile(r"(?P<title>(?-i:Bộ luật|Luật|Pháp lệnh)\s+(?!sửa đổi)[^\d;:,]{2,160}?)\s+$", re.I)
_LAW_TAIL_WORD = re.compile(r"([^\W\d]+)\s+số\s", re.I)     # the title's last word a mention starts with


def _law_title(text: str, f: Found, s: int = 0):
    """A law's title as its mention names it, folded (``fold_title``: a scan's "Luật Quan ly thuế" is "Luật Quản lý
    thuế"), and where it starts; the mention may start at the title's
    last word ("Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15" read as "luật số 64/2025/QH15"): the title
    then runs back to its "Luật"."""
    m = _LAW_TITLE.match(text, f.vstart, f.vend)
    if m:
        return fold_title(m.group("title")), f.vstart
    tail = _LAW_TAIL_WORD.match(text, f.vstart, f.vend)
    if tail is None or not text[f.vstart:f.vstart + 1].islower():
        return None
    back = _TITLE_BACK.search(text, max(s, f.vstart - 200), f.vstart)
    if back is None:
        return None
    return fold_title(back.group("title") + " " + tail.group(1)), back.start()


def _quoted_speakers(seg: Segmented, found: List[Found]) -> Dict[int, str]:
    """Units quoting another document's text ("Luật số 35/2018/QH14 … có căn cứ ban hành như sau: “Căn cứ …”"):
    their acts are that document's, not the file's."""
    coded: Dict[int, List[Found]] = {}
    for f in found:
        if f.code:
            coded.setdefault(f.unit, []).append(f)
    speaker: Dict[int, str] = {}
    # The body and the footnotes are two texts read apart: a quotation opened in a footnote goes on in that
    # footnote's next units only (over a page break, past the body between), one opened in the body in the body.
    current: Dict[bool, Optional[str]] = {False: None, True: None}     # is a footnote -> the quoted document
    note_of = None                      # the footnote whose quotation runs
    units = seg.units
    # a unit without "như sau" changes nothing while no quotation runs: the walk jumps to the next one holding it
    # (a comprehension over the units, not the loop below; SKIP_QUIET_UNITS False: every unit walked).  Only a
    # unit naming a number (``coded``) opens a quotation: only those are read for "như sau" (not every unit's text)
    openers = [ui for ui in sorted(coded) if "như sau" in units[ui].text] if SKIP_QUIET_UNITS else None
    k, ui, n = 0, 0, len(units)
    while ui < n:
        if current[False] is None and current[True] is None and openers is not None:
            while k < len(openers) and openers[k] < ui:
                k += 1
            if k == len(openers):
                break
            ui = openers[k]
        u = units[ui]
        note = u.kind == "footnote"
        if note and current[True] is not None and u.footnote != note_of:
            current[True] = None        # the next footnote: the last one's quotation has ended with it
        who = current[note]
        if who is not None:
            speaker[ui] = who
            # the quotation ends with this unit, or inside it (the lines after its close joined to it)
            if (u.text.rstrip().endswith(("”", "”.", "”;")) or u.text.count("”") > u.text.count("“")
                    or _straight_close(u.text)):
                current[note] = None
        m = _AS_FOLLOWS.search(u.text) if "như sau" in u.text and u.text.rstrip().endswith(":") else None
        if m and ui in coded and not u.text.rstrip().endswith("”"):
            current[note] = _speaker_of(u, m, coded[ui]).id
            if note:
                note_of = u.footnote
        ui += 1
    return speaker


def _speaker_of(unit, m, coded: List[Found]) -> Found:
    """The document whose text follows ``m`` ("… như sau:").  "Thông tư số A … sửa đổi một số điều của Thông tư số
    B … có căn cứ ban hành như sau:" (a consolidated text's footnote) quotes A's preamble: the subject, the first
    numbered document of the sentence, not the last one its title names.  "… quy định như sau:" keeps the last."""
    s = next((a for a, b in unit.sentences if a <= m.start() < b), 0)
    # a unit may hold the end of the last quotation before it ("… ban hành Thông tư sửa đổi … Thông tư số B.” Thông tư
    # số C … có căn cứ ban hành như sau:"): the statement starts after its close
    s = max(s, unit.text.rfind("”", 0, m.start()) + 1)
    first = next((f for f in coded if f.vstart >= s), None)
    if m.group(0).startswith(("có căn cứ", "có điều khoản", "có các điều khoản")):
        return first or coded[-1]
    # "Điều 8, Điều 9 của Thông tư số A sửa đổi, bổ sung … Thông tư số B …, có hiệu lực … quy định như sau:" (a
    # consolidated text's note quoting A's effect clauses): the parts the sentence opens with are A's
    if (first is not None and first is not coded[-1] and _PARTS_LEAD.fullmatch(unit.text, s, first.vstart)
            and "được" not in unit.text[first.vend:m.start()]):
        return first
    return coded[-1]


_PARTS_LEAD = re.compile(r"[\s*_\-–+•]*(?:" + _SCOPE + r")\s*(?:của\s+)?", re.I)


ACTS = {"AMENDS", "REPLACES", "REPEALS", "SUSPENDS", "CORRECTS"}
# Documents that report, propose or pass on rather than act: their unattached cues are not their own acts
# ("sửa đổi, bổ sung Quy định số 132-QĐ/TW" in a report is a task).
NON_ACTING_TYPES = {"Báo cáo", "Tờ trình", "Công văn", "Thông báo", "Công điện", "Biên bản", "Bản sao"}
CONCLUSION_TYPES = {"Kết luận", "Thông báo kết luận", "Nghị quyết"}    # they state the review they conclude
REPORT_TYPES = {"Báo cáo", "Tờ trình", "Biên bản"}     # their "Thực hiện X, …" tells what a body did, not what they implement


def _concludes(own) -> bool:
    """The own document states conclusions: its type is one (``CONCLUSION_TYPES``), or it is a notice whose title
    opens with them ("THÔNG BÁO" over "KẾT LUẬN CỦA BỘ CHÍNH TRỊ về tổng kết …": the notice of a conclusion)."""
    return own.type in CONCLUSION_TYPES or (own.type == "Thông báo" and (own.title or "").lower().startswith("kết luận"))

_ENACTING_FORMULA = re.compile(r"\bban hành\s+(?:Luật|Bộ luật|Pháp lệnh|Nghị định|Thông tư|Quyết định|Nghị quyết|Quy định"
                               r"|Quy chế)\b")
_SELF_SUBJECT = re.compile(r"\b(?:Luật|Bộ luật|Pháp lệnh|Nghị định|Thông tư(?: liên tịch)?|Quyết định|Nghị quyết|Quy định"
                           r"|Quy chế|Chỉ thị|Kết luận|Hướng dẫn|Kế hoạch|Chương trình|Văn bản)\s+này\b")
# … standing right before an act's cue ("Kế hoạch này thay thế", "Quyết định này sẽ thay thế")
_SELF_SUBJECT_AT_END = re.compile(_SELF_SUBJECT.pattern + r"(?:\s+sẽ)?\s*$")
_PREAMBLE_CUE = re.compile(r"^[\s*_\-–+•]*(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Theo Tờ trình|Xét Tờ trình|Trên cơ sở"
                           r"|Triển khai|Để|Theo|Xét)\b|.*\bban hành\b", re.I)
_STARTS_WITH_TYPE = re.compile(r"^[\s*_\-–+•;]*(?:" + P._alt(TYPE_WORDS) + r")\b")   # "Nghị định số 48/2013/NĐ-CP …;"
_BASE_UNIT = re.compile(r"^[\s*_\-–+•“\"]*Căn cứ\b")
# The preamble's next clause, the proposal, after an item's ";" on the same line (specks between them)
_PROPOSAL_AFTER = re.compile(r"(?:;[\s'`‘’.,_\-–+•*]*|(?<=[\w,)])[ \t]+)(?:(?:Theo|Xét)\s+(?:đề nghị|Tờ trình)"
                             # (… or the bodies consulted: "; Sau khi thống nhất ý kiến với Ban Tổ chức Trung ương
                             # (Văn bản số 152/CV-TCTW …)")
                             r"|Sau khi\s+(?:thống nhất|có|xin|lấy|thỏa thuận|thoả thuận|trao đổi)\b)\b")
# (its ";" may be lost too, the capital after a word telling the next item: "Căn cứ Thông tư số A … của Bộ Tài chính Xét
# đề nghị của Cục Thuế tỉnh … tại Tờ trình số B", a web page's lost break)
# A preamble's item "Trên cơ sở <document> …;" names a base as "Căn cứ" does: "Trên cơ sở công văn số 1447/TCHQ-TXNK ngày
# 04/4/2024 của Tổng cục Hải quan về việc phân loại …;" (not "Trên cơ sở ý kiến …", "… kết quả biểu quyết …")
_ON_THE_BASIS_OF = re.compile(r"^[\s*_\-–+•]*Trên cơ sở\s+(?:" + P._alt(TYPE_WORDS) + r")\s+số\b", re.I)
# … or a list of them announced with a colon: "Trên cơ sở các Quyết định của Bộ trưởng Bộ …: số A …; số B …"
_ON_THE_BASIS_LIST = re.compile(r"^[\s*_\-–+•]*Trên cơ sở\s+các\s+(?:" + P._alt(TYPE_WORDS) + r")\b[^:;.\d]{0,160}:",
                                re.I)
# Acts whose object a "Căn cứ" item names only as its head document's object (own_relations)
_OBJECT_RELS = ("AMENDS", "REPLACES", "REPEALS", "GUIDES", "IMPLEMENTS")
_BASE_ITEM_HEAD = re.compile(r"[\s*_\-–+•]*(?:Căn cứ\s+(?:vào\s+)?(?:(?:các\s+)?quy định\s+(?:tại\s+)?)?)?(?:các\s+)?"
                             # the parts the item names first: "Căn cứ Điều 25 và điểm a khoản 2 Điều 41 Thông tư số …"
                             r"(?:(?:điểm|khoản|điều|chương|mục|phụ lục)\s+[\w.]+\s*(?:,\s*|và\s+|của\s+|tại\s+)?)*", re.I)


# The Constitution as amended ("Căn cứ Hiến pháp nước … năm 1992 đã được sửa đổi, bổ sung một số điều theo Nghị quyết
# số 51/2001/QH10"): the base is the Constitution, unnumbered; the resolution amending it is part of it, no base
_CONSTITUTION_AMENDED = re.compile(r"[\s*_\-–+•“\"]*Căn cứ\s+(?:vào\s+)?Hiến pháp\b[^;]*?\bđược\s+sửa đổi(?:,?\s*bổ sung)?"
                                   r"(?:\s+một số điều)?\s+(?:theo|bởi|tại)\s+")


def _item_objects(text: str, s: int, in_s: List[Found], unit_rels: List[FoundRelation], who: str) -> set:
    """The documents a "Căn cứ" item names only as its head document's object: "Căn cứ Nghị định số A … sửa đổi, bổ
    sung một số điều của Nghị định số B" -> {B} (A AMENDS B; B is no base of its own).  A heads the item when only
    the lead ("Căn cứ", the parts of A it cites) stands before it, from the item's start or its last ";": in "Căn cứ
    Luật X ngày … và Luật số A sửa đổi … Luật X số B" the item names X first, by its title, and B stays a base."""
    acts = [r for r in unit_rels if (r.rule.startswith("adjacent:") and r.relation in _OBJECT_RELS
                                     or r.rule == "nested:issued-programme") and r.source != who]
    if not acts:
        return set()
    heads = {f.id for f in in_s
             if _BASE_ITEM_HEAD.fullmatch(text, max(s, text.rfind(";", s, f.vstart) + 1), f.vstart)}
    objects = {r.target for r in acts if r.source in heads}
    # … and the object's own amenders, named in a parenthesis right after it: "… sửa đổi, bổ sung Điều 6 Thông tư số B
    # (đã được sửa đổi, bổ sung tại … Thông tư số C …)" (C amends B; no base either)
    for f in in_s:
        if f.id in objects:
            m = _AMENDED_AFTER.match(text, max(f.vend, f.ref_end))
            if m:
                close = text.find(")", m.end())
                objects |= {g.id for g in in_s if g.id and m.end() <= g.vstart and (close < 0 or g.vstart < close)
                            and g.id not in heads}
    return objects


# A parenthesis on a document's earlier amendments: "(đã được sửa đổi, bổ sung tại …"
_AMENDED_AFTER = re.compile(r"[\s,]*(?:ngày\s*[\d/.-]{6,10}\s*)?\(\s*(?:đã\s+)?được\s+(?:sửa đổi|bổ sung|thay thế)")


# A body's "Căn cứ" that points back to what the letter quoted ("Căn cứ các quy định nêu trên, …"): its bases are the
# documents already named; one the sentence names after it is cited ("… đã được quy định tại … Nghị định số …")
_BASE_BACK = re.compile(r"^[\s*_\-–+•]*Căn cứ\s+(?:vào\s+)?(?:các\s+|những\s+)?(?:quy định|hướng dẫn|nội dung|văn bản|căn cứ)"
                        r"(?:\s+pháp luật)?\s+(?:(?:đã\s+)?(?:nêu|nói|viện dẫn|dẫn|trích dẫn)\s+)?(?:ở\s+)?trên\b", re.I)
_OPEN_LIST_SEP = re.compile(r"(?:[,;]\s*(?:và\s+)?|\svà\s+|^\s*)$")    # between the documents of an opening's list
# ("Để bảo đảm thực hiện quyết liệt, có hiệu quả các nhiệm vụ, giải pháp nêu tại Kết luận số 121-KL/TW …, Bộ Chính trị,
# Ban Bí thư yêu cầu …": the purpose clause's "bảo đảm" / "đảm bảo" before its cue)
# ("Thực hiệnQuyết định số 1489/QĐ-TTg …": a page that lost the space between two runs of its source glues the cue to the
# next word's capital, which no word holds inside it)
_OPENING = re.compile(r"^[\s*_\-–+•]*(?:Để\s+(?:(?:bảo đảm|đảm bảo)\s+)?)?(?:tiếp tục\s+)?(?:triển khai\s+)?"
                      r"(?:thực hiện|thi hành|Triển khai)(?:\b|(?-i:(?=[" + CAPITAL_LETTERS + "])))", re.I)
# Where an opening "Thực hiện X, Y, …" clause hands over to its main clause: ", <subject> <verb>".
_CLAUSE_SUBJECT = r",\s*(?:(?!Nghị|Quyết|Thông|Luật|Chỉ|Kết|Quy|Hướng|Kế|Công)[A-ZĐÀ-Ỹ][^,;:]{0,80}?\s+)?"   # ", Bộ Nội vụ "
_MAIN_CLAUSE = re.compile(_CLAUSE_SUBJECT +
                          r"(?:ban hành|đề nghị|yêu cầu|hướng dẫn|thông báo|chỉ đạo|xây dựng|quyết định|trả lời|giao"
                          r"|có ý kiến|báo cáo|đề xuất|kết luận|quy định)\b")
# … an earlier letter as the main clause's object: ", Bộ Nội vụ đã có Văn bản số B"
_SENT_LETTER = re.compile(_CLAUSE_SUBJECT + r"đã\s+"
                          r"(?:có|gửi|ban hành)\s+(?P<doc>(?:(?:" + P._alt(TYPE_WORDS) + r"|Văn bản)\s+)?số\s*)\d")
# A ministry or a department named by its fields, whose commas are its name's ("… của Bộ Văn hóa, Thể thao và Du lịch về
# hướng dẫn …": no main clause opens at its comma; patterns.FIELD_LIST)
_NAMED_BY_FIELDS = re.compile(r"(?:Bộ|Sở) " + P.FIELD_LIST)


def _clause_after(rx: re.Pattern, sentence: str) -> Optional[re.Match]:
    """``rx.search(sentence)`` (a pattern opening at a clause's comma), skipping a comma inside a body's name."""
    m = rx.search(sentence)
    while m is not None and any(n.start() < m.start() < n.end() for n in
                                _NAMED_BY_FIELDS.finditer(sentence, max(0, m.start() - 60), m.start() + 80)):
        m = rx.search(sentence, m.start() + 1)
    return m
# An effect clause's list: "Bãi bỏ các văn bản sau đây:", "Các Quyết định sau hết hiệu lực kể từ ngày …:"
# (no negated cue: "… và không thể thay thế bằng thuốc, thiết bị y tế khác được quy định như sau:"; congbao
# nghi-dinh-so-188-2025-nd-cp)
_LIST_ACT = re.compile(r"(?<!không )(?<!không thể )(?<!không được )"
                       r"(?P<cue>bãi bỏ|hủy bỏ|huỷ bỏ|thay thế|hết hiệu lực|đình chỉ|ngưng hiệu lực|sửa đổi,?\s*bổ sung)"
                       r"[^:]{0,200}:\s*$", re.I)
# … with its items after the colon in the same sentence: "Các Nghị quyết … sau đây hết hiệu lực kể từ ngày …: số A …;
# số B …", "… bãi bỏ các văn bản sau: Quyết định số A …; Quyết định số B …"
_INLINE_LIST_ACT = re.compile(
    r"\b(?:[Cc]ác|[Nn]hững)\s+(?:văn bản|" + P._alt(TYPE_WORDS) + r")\b[^:;.“”]{0,120}?\s+sau(?:\s+đây)?\s+"
    r"(?P<ceases>hết hiệu lực|chấm dứt hiệu lực)[^:;“”]{0,150}:(?=[^\n]*\S)"
    r"|(?<!được )(?P<acts>[Bb]ãi bỏ|[Tt]hay thế|[Hh]ủy bỏ|[Hh]uỷ bỏ)\s+(?:các|những)\s+(?:văn bản|"
    + P._alt(TYPE_WORDS) + r")\b[^:;.“”]{0,120}?\s+sau(?:\s+đây)?\s*:(?=[^\n]*\S)")
# an item of such a list: right after its colon or an item's ";", with its label, its type word, "số"
_INLINE_ITEM = re.compile(r"[:;]\s*(?:và\s+)?(?:(?:\d{1,2}|[a-zđ])\s*[.)]\s*|[-+•]\s*)?(?:(?:" + P._alt(TYPE_WORDS)
                          + r")\s+)?(?:số\s*)?$", re.I)
_FIRST_ITEM = re.compile(r"\s*(?:số\s*)?\d")
_INLINE_LIST_WORD = _words("hết hiệu lực", "chấm dứt hiệu lực", "bãi bỏ", "thay thế", "hủy bỏ", "huỷ bỏ")
_LIST_ITEM = re.compile(r"^[\s*]*(?:\d+(?:\.\d+)*\s*[.)]|[a-zđ]\)|[-+•–])\s*")
# … or an article whose heading is the act on documents it lists in its items, no ":" after a heading: "Điều 1. Bãi
# bỏ toàn bộ 15 văn bản quy phạm pháp luật" / "1. Chỉ thị số 03/2005/CT-BTS …" (congbao thong-tu-so-18-2021), "Điều 2.
# Thay thế các Quyết định" (the object a class of documents: "văn bản", "các/một số/những" and a type word)
# (the object of such an act: a class of documents, "toàn bộ 15 văn bản", "các Quyết định")
_LISTED_DOCUMENTS = (r"(?:toàn bộ\s+)?(?:(?:(?:các|một số|những|\d{1,3})\s+)?văn bản|(?:các|một số|những)\s+(?:"
                     + P._alt(TYPE_WORDS) + r"))\b")
_HEADING_LIST_ACT = re.compile(
    r"[\s*_]*Điều\s+\d{1,3}[a-zđ]?\s*[.:]\s*(?P<cue>bãi bỏ|hủy bỏ|huỷ bỏ|thay thế|đình chỉ|ngưng hiệu lực)\s+"
    + _LISTED_DOCUMENTS + r"[^.;:“”()]{0,120}?[\s*_]*$", re.I)
# … or an effect clause's item whose subject is the document itself, its list below with no ":" written: "3. Quyết định
# này thay thế các Quyết định sau đây" / "a) Quyết định số A …" (the object a class of documents, as above)
_SELF_LIST_ACT = re.compile(
    r"[\s*_]*(?:Điều\s+\d{1,3}[a-zđ]?\s*[.:]\s*|\d{1,2}\s*[.)]\s*|[a-zđ]\)\s*)?(?:" + P._alt(TYPE_WORDS) + r")\s+này\s+(?:cũng\s+)?"
    r"(?P<cue>bãi bỏ|hủy bỏ|huỷ bỏ|thay thế)\s+" + _LISTED_DOCUMENTS
    + r"[^.;:“”()\d]{0,60}?\s(?:sau|sau đây|dưới đây)[\s*_]*$", re.I)
# A scope article's first words ("Quy định này quy định chi tiết …") and a later sentence of its list: parts, then
# their document ("Khoản 2 Điều 39 Nghị định số …", "Khoản 3 Điều 4; điểm a … khoản 2 Điều 24 Nghị định số …")
_SELF_DETAIL_LEAD = re.compile(r"[\s*_]*(?:Quy định|Quy chế|Quyết định|Nghị quyết|Nghị định|Thông tư) này quy định chi tiết\s")
_DETAIL_ITEM = re.compile(r"\s*(?P<scope>(?:Điểm|Khoản|Điều|Mục|Phụ lục)\s[^.:“”()]{0,400}?)\s*(?:(?:của|tại)\s+)?$")
# An article's heading's bracket naming what the article details: "(Quy định chi tiết …", "(quy định chi tiết …"
_DETAILED_IN_HEADING = re.compile(r"\(\s*[Qq]uy định chi tiết\s")
# A document a base's title carries out "according to" ("… tiếp tục thực hiện Nghị quyết số B … theo Kết luận số C":
# a numbered document carried out, not an undertaking, "… do thực hiện sắp xếp tổ chức bộ máy … theo Kết luận số C")
_ACCORDING_TO_IN_TITLE = re.compile(r"\stheo\s+(?:(?:Kết luận|Nghị quyết|Chỉ thị|Thông báo kết luận)\s+(?:số\s*)?)?$")
_CARRIED_OUT_IN_TITLE = re.compile(r"\b(?:thực hiện|triển khai|thi hành)\s+(?:" + P._alt(TYPE_WORDS) + r")\s+số\b")
# A base that is an amending law named by the laws it amends, with no number of its own: "Căn cứ Luật Sửa đổi, bổ sung
# một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số
# 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15;" — each number the listed law's (one number after the
# list, "… của Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo số 136/2025/QH15", is the amender's own and a base)
_AMENDER_NAMED_BY_LAWS = r"(?:Bộ\s+)?Luật\s+sửa đổi,?\s*bổ\s+sung(?:\s+một số điều)?\s+(?:của\s+)?(?=(?:Bộ\s+)?Luật\s)"
_UNNUMBERED_AMENDER = re.compile(r"[\s*_-]*Căn cứ\s+" + _AMENDER_NAMED_BY_LAWS, re.I)
_UNNUMBERED_AMENDER_NEXT = re.compile(r";\s*" + _AMENDER_NAMED_BY_LAWS, re.I)      # (the item's second law)
# … or named by one law whose title the file numbers otherwise: "Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Ban
# hành văn bản quy phạm pháp luật số 87/2025/QH15" beside "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15":
# the number is the amender's own, a base, and it amends the law of that title
_AMENDED_TITLE = re.compile(r"(?P<title>(?:Bộ\s+)?Luật\s+[^\W\d_][^;:.“”()\d]{1,150}?)\s+số\s*$")
_LISTED_LAW_GAP = re.compile(r"[\s,]*(?:và\s+)?(?:(?:Bộ\s+)?Luật(?:\s+[^\W\d_]+){1,12}?\s+)?(?:số\s*)?", re.I)


def _laws_an_amender_lists(text: str, s: int, in_s: List[Found]) -> Set[int]:
    """The mentions (``id()`` of each) of the numbered laws an unnumbered amending law's title lists in a base item at
    ``s`` (two or more, one after the other from its "của"): no base of the document; empty when the item is no such
    base.  (Mentions, not documents: the item's first law may be one of them, named as a base of its own before the
    amender, "Căn cứ Luật Nhà ở số 27/2023/QH15; Luật sửa đổi … của …, Luật Nhà ở số 27/2023/QH15 …")"""
    m = _UNNUMBERED_AMENDER.match(text, s)
    if m is None and ";" in text[s:s + 400]:
        # … the item's second law: "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024; Luật sửa đổi, bổ sung một số điều
        # của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, … ngày 29 tháng 6 năm 2024"
        m = _UNNUMBERED_AMENDER_NEXT.search(text, s, min(len(text), s + 400))
    if m is None:
        return set()
    laws: List[int] = []
    at = m.end()
    for g in in_s:
        if g.vend <= at and g.vstart < m.end():
            continue
        if not (g.code and g.kind == "numbered" and "/QH" in g.code and g.vstart >= at
                and _LISTED_LAW_GAP.fullmatch(text, at, g.vstart)):
            break
        laws.append(id(g))
        at = max(g.ref_end, g.vend)
    return set(laws) if len(laws) > 1 else set()


def _amender_of_title(text: str, ui: int, s: int, e: int, in_s: List[Found], laws: LawTitles) -> List[FoundRelation]:
    """A base item "Căn cứ Luật sửa đổi, bổ sung … của Luật T số N" where the file gives T another number: N AMENDS
    that law (``_AMENDED_TITLE``)."""
    m = _UNNUMBERED_AMENDER.match(text, s)
    g = next((g for g in in_s if g.vstart >= m.end() and g.code), None) if m is not None else None
    if g is None or g.kind != "numbered" or "/QH" not in g.code:
        return []
    t = _AMENDED_TITLE.fullmatch(text, m.end(), g.vstart + text[g.vstart:g.vend].find(g.number or "\0"))
    law = laws.named_by(t.group("title")) if t is not None else None
    if law is None or law.id == g.id or (law.year and g.year and g.year < law.year):
        return []
    return [FoundRelation(g.id, "AMENDS", law.id, False, ui, s, e, "base:amender-of-title")]


# What a document does to another in its title (trích yếu) or its scope article ("Nghị định này quy định chi tiết …
# của Luật số …"): guide it or implement it.  The cue must come before any document of the title: in "sửa đổi Nghị
# định X quy định chi tiết Luật Y" the cue is X's.
# two targets of the own guide joined ("… theo Nghị định số A ngày 03/12/2004 và Nghị định số B", a title in capitals
# too: "… THEO NGHỊ ĐỊNH SỐ A NGÀY 03/12/2004 VÀ NGHỊ ĐỊNH SỐ B")
_TARGETS_JOINED = re.compile(r"[\s,;]*(?:ngày\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*)?(?:và\s+)?", re.I)
_GUIDE_CUE = re.compile(r"(?P<cue>quy định chi tiết|quy định cụ thể|hướng dẫn(?:\s+(?:thi hành|thực hiện|chi tiết))?|quy định\s+(?:việc\s+)?thi hành"
                        r"|(?:triển khai\s+)?thực hiện|triển khai|thi hành|cụ thể hóa|cụ thể hoá)\b", re.I)
# A decision that publishes documents names them by what they do: "công bố (danh mục) văn bản quy định chi tiết …"
_PUBLISHED_DOCS = re.compile(r"\bcông bố\s+(?:danh mục\s+)?(?:các\s+)?văn bản\s+(?:quy phạm pháp luật\s+)?$", re.I)
# … nor a suspension of the execution: "tạm ngưng hiệu lực thi hành Quyết định số A", "đình chỉ việc thi hành …"
_SUSPENDED_CUE = re.compile(r"(?:ngưng hiệu lực|dừng hiệu lực|đình chỉ(?:\s+việc)?)\s*$", re.I)
# "Điều 1. Phạm vi điều chỉnh " before the subject of the article's first sentence
_ARTICLE_LEAD = re.compile(r"[\s\-*“\"]*(?:Điều\s+\d+[a-zđ]?\s*[.:]\s*)?(?:[A-ZĐÀ-Ỹ]\w*(?:\s+\w+){0,5}\s+)?")
_GUIDE_KIND = {"quy": "GUIDES", "hướ": "GUIDES", "thự": "IMPLEMENTS", "tri": "IMPLEMENTS", "thi": "IMPLEMENTS",
               "cụ ": "IMPLEMENTS"}
# between the cue and the document: the parts it guides, a name, no other act and no clause break
# A ";" only between the parts it lists: "quy định chi tiết Điều 9, trừ …; khoản 5 Điều 22; Điều 24; khoản 9 Điều 25 và
# biện pháp hướng dẫn thi hành Luật …" (a part's name follows it).
_GUIDE_GAP = re.compile(r"^(?:(?!sửa đổi|bổ sung|thay thế|bãi bỏ|ban hành|phê duyệt|theo quy định)(?:[^;.:()\n]"
                        r"|;\s*(?=(?:điểm|khoản|Điều|Mục|Chương|Phần|Phụ lục)\s+\w)))" + "{0,160}$", re.I)
# … or a longer description of what it guides, ending "(theo) quy định tại [the part of] <the document>": "Thông tư này
# hướng dẫn quản lý lao động, tiền lương … của Quỹ hỗ trợ phát triển hợp tác xã theo quy định tại Nghị định số …"
# (or "tại" and the parts alone: "quy định chi tiết về hồ sơ, thủ tục … đối với hộ kinh doanh tại khoản 6 Điều 13
# Luật Quản lý thuế số 108/2025/QH15, Điều 8, Điều 11 Nghị định số 68/2026/NĐ-CP"); not when a verb of
# establishment stands right before it: "… của Quỹ … do tỉnh … thành lập theo quy định tại Nghị định số A" (the fund
# was set up under A: the decree qualifies the fund, not what the circular guides); a ";" between its matters goes on
# ("… bảo hiểm y tế; chế độ báo cáo … theo quy định tại …")
_GUIDE_AS_PROVIDED = re.compile(r"(?:(?!sửa đổi|bổ sung|thay thế|bãi bỏ|ban hành|phê duyệt)(?:[^;.:()\n]|;\s*(?=[a-zđà-ỹ]))){0,400}?(?<!thành lập)(?<!thành lập theo)(?<!thành lập theo quy định)\s(?:(?:theo\s+)?quy định"
                                r"\s+(?:tại|của)\s+(?:" + _SCOPE + r"(?:(?:của|tại|trong)\s+)?)?|tại\s+" + _SCOPE +
                                r"(?:(?:của|tại|trong)\s+)?)$", re.I)
# A directing document's order to carry out policy documents: "(tiếp tục) thực hiện (quyết liệt, đồng bộ) các nhiệm
# vụ, giải pháp … theo (các) Nghị quyết số 347/NQ-CP, số 380/NQ-CP", "tiếp tục thực hiện Công điện số 94/CĐ-BXD".
# Only policy documents: "thực hiện theo quy định tại Nghị định …" is compliance with a law, a citation.
_DIRECTIVE = re.compile(r"\b(?:triển khai\s+)?(?:thực hiện|thực thi)\b(?P<gap>[^.;:()]{0,220}?)(?P<paren>\(\s*)?$", re.I)
_DONE_BEFORE = re.compile(r"\bđã\s+(?!được\b)\w", re.I)      # a deed done, in the clause before the cue
_APPROVED_PLAN_GAP = re.compile(r"^\s+(?:(?:các|những)\s+)?(?:phương án|kế hoạch|đề án|chương trình|nhiệm vụ)\b[^;]{0,160}?"
                                r"\s(?:đã\s+)?(?:được\s+)?phê duyệt\s+(?:tại|theo)\s*$", re.I)
_POLICY_TYPES = {"Nghị quyết", "Kết luận", "Chỉ thị", "Công điện", "Chương trình", "Kế hoạch", "Đề án", "Chiến lược",
                 "Thông báo kết luận", "Thông báo"}
_DIRECTIVE_GAP = re.compile(r"^(?:\s+(?:(?:có hiệu quả|hiệu quả|nghiêm túc|nghiêm|tốt|đầy đủ|kịp thời|quyết liệt|đồng bộ)[,\s]*(?:và\s+)?)*"
                            r"(?:(?:các|những)\s+)?(?:(?:ý kiến\s+)?(?:nhiệm vụ|giải pháp|chủ trương|mục tiêu|nội dung|yêu cầu|chỉ đạo|công tác)"
                            r"(?![^,]*\bquy định)[^,]*?(?:,[^,]*?){0,3}\s+(?:theo|trên cơ sở|tại)\s+(?:(?:các|tinh thần)\s+)?)?)?\s*$", re.I)
# … or the directions of a named authority with the document that states them in brackets: "Khẩn trương thực hiện ý
# kiến chỉ đạo của Thủ tướng Chính phủ, Trưởng Ban chỉ đạo … (Thông báo số 627/TB-VPCP ngày 18/11/2025)"
_DIRECTIVE_SOURCE = re.compile(r"^\s+(?:(?:nghiêm túc|nghiêm|đầy đủ|kịp thời|quyết liệt|khẩn trương)[,\s]*(?:và\s+)?)*"
                               r"(?:(?:các|những)\s+)?(?:ý kiến\s+)?(?:kết luận,?\s+)?chỉ đạo\s+của\s+[^,]*?(?:,[^,]*?){0,4}\s*$",
                               re.I)
# Between two documents an order directs carried out: "…, số 380/NQ-CP", "… và Nghị quyết số B", "…, cùng Kế hoạch số
# 94/KH-UBND" (a list of the policy documents of _POLICY_TYPES)
_DIRECTED_NEXT = re.compile(r"\s*(?:" + _ON_DATE + r"\s*)?"
                            r"(?:của\s+[^,;:.“”\d]{1,160}?\s*)?"
                            r"[\s,;]*(?:(?:và|cùng)(?:\s+với)?\s+)?(?:(?:Nghị quyết|Kết luận|Chỉ thị|Công điện|Kế hoạch|Chương trình"
                            r"|Đề án)\s+)?(?:số\s+)?")
# After the documents of "Thực hiện …", their description and "thì": the sentence states what follows under them.
_THEN = re.compile(r"[^;:.“”()]{0,300}?\sthì\s")
_THEN_WORD = re.compile(r"\sthì\s")
# ("chấm dứt hiệu lực": ends its effect; not "… làm thủ tục chấm dứt hiệu lực mã số thuế", ending another thing's)
_CEASE_CUE = re.compile(r"\b(?:hết\s+hiệu lực|chấm dứt\s+hiệu lực(?=\s*(?:[.,;:)]|$|(?:kể|từ|thi hành)\b)))", re.I)
# Between two items of a guide's enumeration, each a part of a law: the last one's short name, a separator, the next
# item's part: "(sau đây gọi là Luật Dẫn độ); Điều 10, Điều 11 của " (the next law's mention follows).
# … and between a document named without its number (its issuer's short name after it) and the next one: "và"
_JOINED_AFTER_NAME = re.compile(r"(?:\s+của\s+(?:Đảng|Quốc hội|Chính phủ|Trung ương))?[\s,]*và\s+")
_GUIDE_NEXT = re.compile(r"\s*(?:\((?:sau đây )?(?:gọi|viết)[^()]{0,120}\)\s*)?(?:[,;]\s*(?:và\s+)?|và\s+)"
                         r"(?P<scope>" + _SCOPE + r")(?:(?:của|tại|trong)\s+)?", re.I)
_LIST_KIND = {"bãi": "REPEALS", "hủy": "REPEALS", "huỷ": "REPEALS", "tha": "REPLACES", "hết": "REPEALS", "chấ": "REPEALS",
              "đìn": "SUSPENDS", "ngư": "SUSPENDS", "sửa": "AMENDS"}


def acts_by_itself(own) -> bool:
    """The own document acts by its own text (a law, decree, decision, regulation, resolution, plan …), as opposed
    to reporting, proposing or writing a letter."""
    if own is None or not own.id:
        return False
    if own.type:
        return own.type not in NON_ACTING_TYPES
    return is_normative(own)


_ARTICLE_HEAD = re.compile(r"[\s*_]*Điều\s+(?P<n>\d{1,3})\b(?![/\d])")
ARTICLE_LOOKBACK = 60           # units read back from a quotation's start for the quoting article's heading


def _article_before(units, ui: int, k: int) -> Optional[int]:
    """The number of the article whose text opens a quotation at ``k`` in unit ``ui`` (its heading above, or the
    unit's own "Điều 1. Sửa đổi … như sau: “…")."""
    m = _ARTICLE_HEAD.match(units[ui].text, 0, k)
    if m:
        return int(m.group("n"))
    for back in range(ui - 1, max(-1, ui - ARTICLE_LOOKBACK), -1):
        u = units[back]
        m = _ARTICLE_HEAD.match(u.text) if u.kind != "footnote" and u.text.find("Điều", 0, 8) >= 0 else None
        if m:
            return int(m.group("n"))
    return None


def _quoted_article(text: str, k: int) -> int:
    """The number of the article a quotation opening at ``k`` starts with ("“Điều 4. …"), else 0."""
    m = _ARTICLE_HEAD.match(text, k + 1)
    return int(m.group("n")) if m else 0


# A quotation opened with "“" may be closed with a straight quote ("… doanh thu lũy kế trên 01 tỷ đồng.\"."): an
# unpaired '"' right after the quoted words at the unit's end, before the item's "." or ";"
_STRAIGHT_END = re.compile(r'[^\s"]"\s*[.;,]?\s*$')


# … or mid-sentence, the first straight quote after it closing a word, the rest paired: 'Cụm từ “A … Nghị định này"
# bằng cụm từ "B …" tại khoản 4 Điều 3;' (gold fresh29: an amending decree's list of swapped phrases)
_STRAIGHT_MID = re.compile(r'[^"]*?[^\s"]"(?=\s)')


def _straight_close(t: str) -> bool:
    return t.count('"') % 2 == 1 and (_STRAIGHT_END.search(t) is not None or _STRAIGHT_MID.match(t) is not None)


# Quoted words closed by a single quote, a PDF's typing slip: "Bỏ cụm từ “xây dựng” trong các cụm từ “quy hoạch xây
# dựng khu công nghiệp’, “quy hoạch xây dựng khu kinh tế” …" (fresh55's 18/VBHN-BXD): the “ whose next quote mark is a
# ’ before a blank or a stop is closed, not a quotation running on over the next items.
_SINGLE_CLOSED = re.compile(r"“[^“”’\n]{1,200}’(?![^\W\d_])")


def _single_closes(t: str) -> int:
    """How many quotations in ``t`` a ’ closes (``_SINGLE_CLOSED``)."""
    return len(_SINGLE_CLOSED.findall(t))


_QUOTED_ARTICLE = re.compile(r"“[*_]*Điều\s+\d+[a-zđ]?\s*\.[^”]{80,}")
_QUOTED_HEAD = re.compile(r"“[*_]*Điều\s+\d+[a-zđ]?\s*\.")


def _label_kind(label: str) -> str:
    """A list item's label kind: "digit" ("1.", "2)"), "letter" ("a)", "đ)") or "dash" ("-", "+", "•")."""
    c = label.strip(" \t\n*")[:1]
    return "digit" if c.isdigit() else "letter" if c.isalpha() else "dash"


def _next_item_label(units, ui: int, footnote: bool, sub_items: bool = False) -> Optional[str]:
    """The label kind (_label_kind) of the list item the next paragraph after ``ui`` opens with, among the footnotes
    or among the others (up to a page or two on), None if it opens none: a footnote's list going on at the next
    page's foot ("… bãi bỏ các quy định sau: a) …" / the page's text / "b) …; c) …"), or a list's last item going on
    after a page break ("c) …" / "Phụ lục III …" / "d) …").  With ``sub_items``, an item's own sub-items and the
    parts they list are passed over ("e) Các Phụ lục của Nghị định số A, bao gồm:" / "e1) Phụ lục I, trừ …:" /
    "Khoản 6 Mục I Phần III;" / "e2) …" / "g) …"), a few paragraphs at most."""
    passed = 0
    for k in range(ui + 1, min(len(units), ui + NOTE_LIST_UNITS)):
        if (units[k].kind == "footnote") == footnote:
            m = _LIST_ITEM.match(units[k].text)
            if m is None and sub_items and passed < SUB_ITEM_UNITS and (
                    _SUB_LABEL.match(units[k].text) or _PARTS_LINE.match(units[k].text)
                    and units[k].text.rstrip().endswith(";")):
                passed += 1
                continue
            return _label_kind(m.group(0)) if m else None
    return None


# A list item's sub-item ("đ1)", "e2)") or a line of the parts it lists, ending in ";" ("Khoản 6 Mục I Phần III;",
# "Phần IV; Phần VI; Phần VIII;"; not an article's heading: "Điều 3. …" ends the list)
_SUB_LABEL = re.compile(r"[\s*]*[a-zđ]\d{1,2}\)")
_PARTS_LINE = re.compile(r"[\s*]*(?:Khoản|Điểm|Mục|Phần|Phụ lục)\s+[\dIVXLCa-zđ]")
SUB_ITEM_UNITS = 8


NOTE_LIST_UNITS = 80            # units of a page or two, read ahead for a footnote's list going on


def _quote_state(seg: Segmented) -> Dict[int, int]:
    """Body units inside a quotation (“…” over several units: the text an amending document puts in the amended
    one): unit -> offset in the unit's text where the quotation starts (0 when the whole unit is quoted)."""
    quoted: Dict[int, int] = {}
    inside = False
    prev_intro = False
    outer = inner = None            # a running quotation's: the quoting article's number, the last quoted one's
    units = seg.units
    # outside a quotation a unit without "“" only sets prev_intro (to whether it is an introduction): the walk
    # jumps to the next unit holding "“" and reads prev_intro off the last body unit it jumped over
    openers = [ui for ui, u in enumerate(units) if "“" in u.text] if SKIP_QUIET_UNITS else None
    j, at, n = 0, 0, len(units)
    while at < n:
        ui = at
        if not inside and openers is not None:
            while j < len(openers) and openers[j] < ui:
                j += 1
            if j == len(openers):
                break
            ui = openers[j]
            for back in range(ui - 1, at - 1, -1):          # the last unit jumped over that is not a footnote
                if units[back].kind != "footnote":
                    t = units[back].text
                    prev_intro = "như sau" in t and t.rstrip().endswith(":") and _INTRO.search(t) is not None
                    break
        at = ui + 1
        u = units[ui]
        if u.kind == "footnote":
            continue
        t = u.text
        if not inside and "“" not in t:              # (no quotation opens: only prev_intro below can change)
            prev_intro = "như sau" in t and t.rstrip().endswith(":") and _INTRO.search(t) is not None
            continue
        opens, closes = t.count("“"), t.count("”")
        if opens > closes and "’" in t:
            closes += _single_closes(t)
        if inside:
            heading = _ARTICLE_HEAD.match(t) if t.find("Điều", 0, 8) >= 0 else None
            if heading and outer is not None:
                number = int(heading.group("n"))
                if number == outer + 1 and number != inner + 1:
                    # the amending document's next article ("Điều 2.") after a quotation whose close the text lost:
                    # the quotation has ended (its own next article would be "Điều 5" after "“Điều 4.")
                    inside = False
                else:
                    inner = number
            if inside:
                quoted[ui] = 0
                if closes > opens or _straight_close(t):
                    inside = False
                continue
        # (one “ closed by a straight quote in the same unit: a quotation opened and closed here)
        if opens > closes and not (opens == closes + 1 and _straight_close(t[t.rfind("“"):])):
            k = t.rfind("“")
            lead = t[:k].rstrip(" *")
            if lead and not lead.endswith(":") and not prev_intro and not _QUOTED_HEAD.match(t, k):
                # an inline title left unclosed ("… về việc ban hành Nghị quyết “Quy định …" with no ”): the
                # quotation ends with its paragraph; only text introduced by ":" runs on over paragraphs, or an
                # article put in whole ("Điều 1. Sửa đổi, bổ sung Điều 1 “Điều 1. Phạm vi điều chỉnh" / "1. Nghị
                # định này quy định chi tiết …": the amended decree's words)
                quoted[ui] = k
            elif not lead and not prev_intro and not any(map(str.islower, t)):
                # a title line in capitals opened by a quote no introduction announced ('“TÍNH HAO MÒN VÀ TỶ LỆ …', a
                # scan's speck, seed 13): its own paragraph at most, not the preamble after it
                quoted[ui] = 0
            else:
                quoted[ui] = 0 if not lead else k
                inside = True
                outer, inner = _article_before(units, ui, k), _quoted_article(t, k)
        elif t.lstrip(" *").startswith("“") and (len(t) > 80 or prev_intro):
            quoted[ui] = 0                           # "… được sửa đổi như sau:" then “2. Bãi bỏ …”
        elif opens and "Điều" in t:
            # an article given whole in the unit of the act that puts it in: "Điều 1. Sửa đổi, bổ sung Điều 1 “Điều 1.
            # Phạm vi điều chỉnh Thông tư này quy định chi tiết …”" (its "Thông tư này" is the amended one)
            m = _QUOTED_ARTICLE.search(t)
            if m is not None:
                quoted[ui] = m.start()
        prev_intro = "như sau" in t and t.rstrip().endswith(":") and _INTRO.search(t) is not None
    return quoted


# own_relations skips the units that name no document outside the preamble and the title and hold no ":" (most
# units; benchmark if changing: bench/bench_extract.py).  tests/test_scan.py turns it off to show the result is
# the same on every bundled text.
SKIP_QUIET_UNITS = True


def unit_parts(units, lay=None) -> List[str]:
    """``[lay.part_at(u.start) for u in units]`` ("body" for each without a layout), by ``Layout.parts_at``: one
    ``part_at`` per part the units fall in, not a call per unit (most units are asked only this)."""
    if lay is None:
        return ["body"] * len(units)
    return lay.parts_at([u.start for u in units])


def own_relations(seg: Segmented, found: List[Found], rels: List[FoundRelation], own, lay=None,
                  laws: Optional[LawTitles] = None) -> List[FoundRelation]:
    """Relations decided by the part a reference stands in (the layout stage tells the part):

    * the preamble's "Căn cứ X" -> own BASED_ON X (every document of the item);
    * an opening "Thực hiện X, Y, …" -> own IMPLEMENTS X, Y (not the documents those name in turn);
    * in the body, title and annexes of a document that acts (not a report or letter): an act with no acting
      document ("Bãi bỏ Quyết định số …", "Thay thế cụm từ … tại Điều 5 của …") is the own document's, and so is
      "X này thay thế …" in any document; "X hết hiệu lực" and effect-clause lists ("các văn bản sau: a) … b) …")
      -> own REPEALS/REPLACES each item;
    * text quoted by an amending document belongs to the amended one; a consolidated text's (VBHN) articles to the
      consolidated original;
    * passives anywhere: "X (đã) được sửa đổi, bổ sung bởi/tại Y" -> Y AMENDS X.
    """
    units = seg.units
    part = unit_parts(units, lay)
    quoted = _quote_state(seg)
    speaker = _quoted_speakers(seg, found)
    own_id = own.id if own is not None else None
    acting = acts_by_itself(own)
    vbhn = bool(own_id and "VBHN" in (own.code or ""))
    by_unit: Dict[int, List[Found]] = {}
    for f in found:
        if f.id and f.id != own_id:
            by_unit.setdefault(f.unit, []).append(f)
    # Laws named by their title only, where the file gives the title's number elsewhere ("Luật Dân số"): read by the
    # own document's guide rule ("Nghị định này quy định chi tiết khoản 2 Điều 14 … Luật Dân số") too, in the sentences it reads (relate's TITLED_TARGETS).
    if laws is None:
        laws = LawTitles(found, units)
    for ms in by_unit.values():
        ms.sort(key=lambda f: f.vstart)

    consolidated = None
    out: List[FoundRelation] = []
    if vbhn:
        first = next((f for f in found if f.code and f.id != own_id and f.type_code in ("L", None) or
                      (f.code and f.id != own_id and f.type in ("Luật", "Bộ luật", "Pháp lệnh", "Nghị định", "Thông tư",
                                                                 "Thông tư liên tịch", "Nghị quyết", "Quyết định"))),
                     None)
        # the consolidated text keeps its original's type heading ("THÔNG TƯ" above the original's title): the
        # original is the first document of that type, not one its title names ("THÔNG TƯ Hướng dẫn thực hiện
        # Quyết định số 170/2008/QĐ-TTg …" then "Thông tư số 24/2009/TT-BLĐTBXH …, được sửa đổi, bổ sung bởi:")
        heading = _original_heading(units, part)
        if heading and first is not None and first.type != heading:
            first = next((f for f in found if f.code and f.id != own_id and f.type == heading
                          and part[f.unit] in ("header", "title", "preamble")), first)
        # the statement under the title names it with its date at a line's start ("Thông tư số 15/2026/TT-BCT ngày
        # … sửa đổi, bổ sung một số điều của Thông tư số 38/2025/TT-BCT …, có hiệu lực …"): not the one the
        # title amends
        stated = _stated_original(seg, found, part, own_id, heading) if first is not None else None
        if stated is not None:
            first = stated
        if first is not None:
            consolidated = first.id
            out.append(FoundRelation(own_id, "CONSOLIDATES", first.id, False, first.unit, first.vstart, first.vend,
                                     "own:hợp nhất"))
    last_amended: Optional[str] = None
    # (source, target) of a guide the amending text restates as the amended document's new scope article: "1. Sửa đổi,
    # bổ sung Điều 1 như sau: “Thông tư này hướng dẫn … Nghị định số 61/2020/NĐ-CP.”" (a 2015 circular now guides a 2020
    # decree; congbao thong-tu-so-15-2023-tt-bldtbxh)
    restated: Set[Tuple[str, str]] = set()
    first_body: List[int] = []          # the first 4 body units (_first_body_units), found when first asked

    def after_article(ui: int) -> bool:
        """An article's heading ("Điều 1. …") stands in the body before unit ``ui``: a "Căn cứ …" there is a
        provision's condition ("Căn cứ quy định tại Điều 3 Nghị định số A …, các tỉnh … quy định …"), not a base of
        the document (a letter's bases, in its body, stand before any article)."""
        if not first_article:
            first_article.append(next((k for k, u in enumerate(units) if part[k] == "body" and u.kind != "footnote"
                                       and u.text.find("Điều", 0, 8) >= 0 and _ARTICLE_HEAD.match(u.text)), len(units)))
        return ui > first_article[0]

    def task_item(ui: int) -> bool:
        """The unit is a plan's task: one of the next two units tells who leads it or by when (_TASK_LINE)."""
        nxt = [u for u in units[ui + 1:ui + 5] if u.kind != "footnote"][:2]
        return any(_TASK_LINE.match(u.text) for u in nxt)

    def in_first_body(ui: int, n: int = 3) -> bool:
        if not first_body:
            first_body.extend(_opening_units(units, part, 4))
            first_body.append(-1)       # (asked once: an empty list stays asked)
        return ui in first_body[:min(n, len(first_body) - 1)]

    first_article: List[int] = []      # the first article heading's unit in the body, when first asked
    types: Dict[str, str] = {}         # id -> type of the numbered documents (_type_word), made when first asked

    def type_of(ident: str) -> Optional[str]:
        if not types:
            types.update((f.id, f.type.lower()) for f in found if f.id and f.code and f.type)
            types[""] = ""              # (asked once: a file with none stays asked)
        return types.get(ident)

    def who_acts(ui: int, pos: int, sentence: str) -> Optional[str]:
        """The acting document of an act with no acting mention at ``pos`` in unit ``ui``."""
        if ui in speaker:
            return speaker[ui]
        if ui in quoted and pos >= quoted[ui]:
            return last_amended
        if units[ui].kind == "footnote":
            return None
        if _SELF_SUBJECT.search(sentence):
            return consolidated if vbhn else own_id
        if part[ui] in ("body", "annex", "title", "signature") and acting:
            return consolidated if vbhn else own_id
        if part[ui] == "preamble" and acting and _ENACTING_FORMULA.search(sentence):
            return consolidated if vbhn else own_id     # "Quốc hội ban hành Luật sửa đổi, bổ sung … của Luật …"
        return None

    def _row_head(found: List[Found], before: int) -> Optional[Found]:
        """A table row's document before offset ``before``: its number cell ("Số 31/2015/NĐ-CP") if one is there,
        else the last numbered document."""
        row = [g for g in found if g.vend <= before and g.code and g.kind != "anaphoric"]
        cells = [g for g in row if _NUMBER_CELL.search(units[g.unit].text, g.vstart, g.vend)]
        return cells[-1] if cells else row[-1] if row else None

    def _row_unit_before(ui: int) -> int:
        """The nearest paragraph before ``ui`` that names a numbered document (a table row's cells before its note
        or cell: "Số 31/2015/NĐ-CP" / its title / its date / "- Hết hiệu lực một phần"), up to six back; -1 if none."""
        return next((k for k in range(ui - 1, max(-1, ui - 7), -1)
                     if any(g.code and g.kind != "anaphoric" for g in by_unit.get(k, ()))), -1)

    def _row_before(ui: int) -> List[Found]:
        """The numbered documents of ``_row_unit_before(ui)``."""
        k = _row_unit_before(ui)
        return [g for g in by_unit.get(k, []) if g.code and g.kind != "anaphoric"] if k >= 0 else []

    def _label_acts(amender: str, head: str, cue: str, some: bool, ui: int, s: int, e: int) -> List[FoundRelation]:
        """What a table's note says the documents it names did to its row's document: "Văn bản sửa đổi, bổ sung,
        thay thế, bãi bỏ một phần: Y" -> Y AMENDS and REPEALS a part of it; "Văn bản thay thế: Y" -> Y REPLACES it."""
        rels_of = (["REPLACES"] if cue == "thay thế" else ["REPEALS"] if cue == "bãi bỏ"
                   else ["AMENDS", "REPEALS"] if cue.endswith("bãi bỏ") else ["AMENDS"])
        scope = "một phần" if some else None
        if amender.split("/")[:2] == head.split("/")[:2]:
            return []                   # the row's own number again, cut ("143/2016/N%C4%90-CP")
        return [FoundRelation(amender, rel, head, False, ui, s, e, "label:" + cue, scope=scope, partial=some)
                for rel in rels_of if amender != head and can_act_on(amender, rel, head)]

    def list_act(ui: int, text: str, s: int, e: int, in_s, pending):
        """An effect clause's list, "Bãi bỏ các văn bản sau đây:" ending the unit: the (relation, acting id) of its
        items to come; else ``pending`` as it was."""
        sentence = text[s:e]
        label = _AMENDER_LABEL.search(text, s, e) if "Văn bản" in sentence and sentence.rstrip().endswith(":") else None
        if label is not None and label.end() >= len(text[:e].rstrip()):
            # a table's note, "Văn bản sửa đổi, bổ sung, thay thế, bãi bỏ một phần:", its documents on the next
            # lines: they act on the row's document (the last before the note; the paragraph before's)
            head = _row_head(by_unit.get(ui, []), label.start())
            if head is None and not [g for g in by_unit.get(ui, []) if g.vend <= label.start()]:
                head = _row_head(_row_before(ui), 1 << 30)
            if head is not None:
                return ("LABEL", head.id, " ".join(label.group("cue").lower().split()), bool(label.group("part")),
                        LABEL_SKIP_UNITS)
        lm = (_search_at(_LIST_ACT, sentence, _Folded(sentence).starts(_LIST_ACT_START, 0, len(sentence)))
              if sentence.rstrip().endswith(":") and label is None else None)
        if (lm and e >= len(text.rstrip()) - 1 and not [f for f in in_s if f.vstart > s + lm.end("cue")]
                and not re.search(r"\bđược\s*$", sentence[:lm.start()])    # "được sửa đổi, bổ sung bởi:" is passive
                and not _CONDITION_BEFORE.search(sentence, max(0, lm.start() - 80), lm.start())
                and not _PROCEDURE_OBJECT.match(sentence, lm.end("cue"))):
            # (a condition is no act: "c) Thời hạn cấp lại khi Thông báo miễn hết hiệu lực:", its cases listed; nor a
            # procedure's: "2. Hồ sơ đề nghị cấp sửa đổi, bổ sung Giấy phép kinh doanh … gồm:", its papers listed)
            who = who_acts(ui, s + lm.start(), sentence[:lm.start()])
            if who:
                return (_LIST_KIND[lm.group("cue").lower()[:3]], who)
        return pending

    # 1. the relations of the cue rules: an act without an acting document becomes the own document's
    for r in rels:
        if r.source.startswith("IMPLICIT:") and r.relation in ACTS and not r.planned:
            unit = units[r.unit]
            t = next((f for f in by_unit.get(r.unit, ()) if f.id == r.target and r.vstart <= f.vstart < r.vend), None)
            who = ((_parenthetical_actor(unit.text, by_unit[r.unit], t) if t is not None and "(" in unit.text else None)
                   or who_acts(r.unit, t.vstart if t else r.vstart, unit.text[r.vstart:t.vstart if t else r.vend]))
            if who and who != r.target and not task_item(r.unit):      # (a plan's task stays the task's)
                r = FoundRelation(who, r.relation, r.target, False, r.unit, r.vstart, r.vend, "own:" + r.rule,
                                  scope=r.scope, partial=r.partial)
                if r.relation == "AMENDS" and who in (own_id, consolidated):
                    last_amended = r.target
            elif part[r.unit] == "preamble":
                # a preamble lists bases: an act no document takes there is the title of an unnumbered base ("Căn cứ
                # …; Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số …"), whose
                # number, when written, may be the amender's own; like the preamble's other implicit cues, no edge
                continue
        elif (r.source.startswith("IMPLICIT:") and r.relation == "REVIEWS" and not r.planned and own_id
              and own.type in REPORT_TYPES and own.type != "Biên bản" and part[r.unit] == "title"):
            # a report whose title is a review ("BÁO CÁO / tổng kết 10 năm thực hiện Chỉ thị số 36-CT/TW …") is that
            # review's report: the report REVIEWS the directive, as the seed's draft review reports do
            r = FoundRelation(own_id, "REVIEWS", r.target, False, r.unit, r.vstart, r.vend, "own:" + r.rule)
        elif (r.source.startswith("IMPLICIT:") and r.relation == "REVIEWS" and not r.planned and own_id
              and _concludes(own) and r.unit not in speaker
              and (part[r.unit] in ("title", "preamble") or in_first_body(r.unit, 4)
                   or re.search(r"\b(?:xem xét|trên cơ sở|sau khi nghe)\s+(?:các\s+)?(?:báo cáo|tờ trình|đề án)?[^.;]{0,30}"
                                r"(?:tổng kết|sơ kết)", units[r.unit].text[max(0, r.vstart - 120):r.vend], re.I))):
            # a conclusion opens with what it concludes: "xem xét báo cáo tổng kết thực hiện Nghị quyết số 24-NQ/TW,
            # Ban Chấp hành Trung ương kết luận …" -> the conclusion REVIEWS the resolution
            r = FoundRelation(own_id, "REVIEWS", r.target, False, r.unit, r.vstart, r.vend, "own:" + r.rule)
        elif (r.source.startswith("IMPLICIT:") and r.relation == "REVIEWS" and r.planned and own_id
              and own.type not in REPORT_TYPES and part[r.unit] in ("body", "annex") and r.unit not in speaker
              and r.unit not in quoted and units[r.unit].kind != "footnote"):
            # a directing document's order to review: "Khẩn trương hoàn thành việc tổng kết, đánh giá việc thực hiện
            # Chỉ thị số A" (tvpl 8018a6f353d60a9e) -> the document REVIEWS A, planned (a report's reviews stay
            # activities: the seed)
            r = FoundRelation(own_id, "REVIEWS", r.target, True, r.unit, r.vstart, r.vend, "own:" + r.rule)
        elif r.source.startswith("IMPLICIT:") and (r.unit in speaker or part[r.unit] == "preamble"):
            continue
        out.append(r)

    out.extend(_next_paragraph_items(units, part, by_unit, out))

    # 2. per unit: bases, openings, article acts, effect lists, passives
    # (relation, acting id) of an effect-clause list still running; ("LABEL", row document, cue, in part, paragraphs
    # left) of a table note's list
    pending_list: Optional[tuple] = None
    seen_list, list_in_note, last_ui = None, False, -1     # (whether pending_list was opened in a footnote)
    list_label: Optional[str] = None
    in_base = False                # a preamble "Căn cứ" item whose documents go on in the next paragraphs
    pending_passive = None         # target of "X … được sửa đổi, bổ sung bởi:" whose amenders follow as items
    base_titles: Dict[str, str] = {}   # a base law's title -> its id (the preamble's "Luật X số A")
    title_cue = None               # a title line that ends with its cue ("Kế hoạch hành động thực hiện")
    directed: set = set()          # documents the own document already orders carried out
    # (unit, target) -> (source, where) of the resolutions whose programmes carry the target out (nested rule)
    programmes: dict = {}
    for r in rels:
        if r.rule == "nested:issued-programme":
            programmes.setdefault((r.unit, r.target), []).append((r.source, r.vstart))
    acting_or_directing = own is not None and own.type not in REPORT_TYPES
    # The units the loop must read: those naming a document, the preamble's and the title's, and those that may
    # end with an effect clause's list of acts; the others only reset title_cue (while no list or passive runs,
    # which reads every unit).  Picked by one comprehension instead of the loop's body on every unit.
    # units that may hold a scope article naming a law by its title only (none in a file naming no law by number)
    guide_units = {ui for ui, u in enumerate(units) if u.text.find("này", 0, 90) >= 0
                   and laws.may_guide(u.text, 0, len(u.text))} if laws else set()
    busy = ([ui for ui, (u, w) in enumerate(zip(units, part))
             if ui in by_unit or w == "preamble" or w == "title" or ":" in u.text and _may_end_list(u.text)
             or ui in guide_units or w == "body" and (u.text.find("Điều", 0, 8) >= 0   # (_heading_list, inline)
                                                       and _HEADING_LIST_ACT.match(u.text) is not None
                                                       or u.text.find(" này ", 0, 40) >= 0
                                                       and _SELF_LIST_ACT.match(u.text) is not None)]
            if SKIP_QUIET_UNITS else None)
    # ... and the items "3. Bãi bỏ các điều 5 và 6." (_PART_REPEAL), which count only once an article has amended
    # a document (last_amended, in an acting file): listed on that first need, not tested in every file
    repeals: Optional[List[int]] = None
    j, at, n = 0, 0, len(units)
    while at < n:
        ui = at
        if busy is not None and pending_list is None and pending_passive is None:
            while j < len(busy) and busy[j] < ui:
                j += 1
            ui = busy[j] if j < len(busy) else n
            if last_amended and acting and not vbhn:
                if repeals is None:
                    repeals = [k for k, u in enumerate(units)
                               if u.text.find("bỏ", 0, 24) >= 0 and _PART_REPEAL.fullmatch(u.text)]
                q = bisect.bisect_left(repeals, at)
                if q < len(repeals) and repeals[q] < ui:
                    ui = repeals[q]
            if ui == n:
                break
            if ui > at:
                title_cue = None        # (what each unit jumped over would have left)
        at = ui + 1
        unit = units[ui]
        text = unit.text
        ms = by_unit.get(ui, [])
        where = part[ui]
        if pending_list is not seen_list:           # (the list the last unit opened: in a footnote or not)
            seen_list, list_in_note = pending_list, last_ui >= 0 and units[last_ui].kind == "footnote"
            list_label = None                       # (its items' label: "a)", "1." or a dash)
        last_ui = ui
        if pending_list is not None and (unit.kind == "footnote") != list_in_note:
            # a page's footnotes between two items of the list: it goes on after them; a footnote's list going on
            # at the next page's foot: the page's text between (else the footnote's list has ended)
            if list_in_note and _next_item_label(units, ui, footnote=True) is None:
                pending_list = None
        elif pending_list is not None and pending_list[0] == "LABEL" and _AMENDER_LABEL.search(text):
            pending_list = None         # the next row's note: read below as its own
        elif pending_list is not None and pending_list[0] == "LABEL":
            first = next((f for f in ms if f.code and f.kind == "numbered"), None)
            if (first is not None and _LABEL_ITEM.fullmatch(text, 0, first.vstart)
                    and not _NUMBER_CELL.search(text, first.vstart, first.vend)
                    and not (not text[:first.vstart].strip() and ui and _TYPE_CELL_END.search(units[ui - 1].text))):
                # (a paragraph opening with a bare number after one ending in a bare type word, "… Thông tư" /
                # "01/2020/TT-BKHĐT ngày …", is the next row's number cell, not an item: "Thông tư số …")
                _, head, cue, some, _ = pending_list
                out.extend(_label_acts(first.id, head, cue, some, ui, 0, len(text)))
                if not _NUMBER_CELL.search(text, first.vend):
                    continue
                # (a unit holding the next rows of the table too, a gazette's table having no blank lines between
                # its rows: they are read below as any paragraph)
                pending_list = None
            if first is None and not ms and pending_list[4] > 0 and not _ROW_NUMBER.fullmatch(text):
                # a page's running head, the table's column heads, an item's description: the list goes on
                pending_list = pending_list[:4] + (pending_list[4] - 1,)
                continue
            pending_list = None
        elif pending_list is not None:
            item = _LIST_ITEM.match(text)
            label = _label_kind(item.group(0)) if item else None
            if item and list_label is not None and label != list_label and "dash" not in (label, list_label):
                item = None     # "a) …; b) …" then "3. …": the next item of the list above, the list has ended
                pending_list = None
            if item and list_label is None and label != "dash":
                list_label = label
            if item and ms and pending_list is not None and not _ITEM_ACT.match(text):
                # (an item stating its own act, "3. Bãi bỏ các khoản 1, khoản 3 Điều 1 Nghị định số A", is read
                # below as an article's item)
                rel, who = pending_list
                first = next((f for f in ms if f.code), ms[0])
                # (or the item's lead names the parts: "a) Các điều từ Điều 1 đến Điều 12, các khoản 1, 2 … Điều 14 …
                # và toàn bộ các mẫu tại Phụ lục ban hành kèm theo của Nghị định số A"; congbao
                # nghi-dinh-so-188-2025-nd-cp)
                scope = _scope_before(text, first.vstart) or _lead_scope(text[:first.vstart])
                if rel == "REPLACES" and scope:         # a part swapped for new text: an amendment
                    rel = "AMENDS"
                if rel == "REPEALS" and _PHRASE_DROPPED.match(text):
                    rel = "AMENDS"      # "c) Bỏ cụm từ “lệ phí tuyển sinh” tại Điều 101 …" in a list of repeals: words
                    #                     struck out of the text, an amendment (not "Bãi bỏ cụm từ", a repeal)
                out.append(FoundRelation(who, rel, first.id, False, ui, 0, len(text), "own:list",
                                         scope=scope, partial=scope is not None))
                for more, more_scope in _item_parts(text, ms, first):
                    out.append(FoundRelation(who, "AMENDS" if rel == "REPLACES" else rel, more.id, False, ui, 0,
                                             len(text), "own:list", scope=more_scope, partial=True))
                for more in _item_next_documents(text, ms, first):
                    out.append(FoundRelation(who, pending_list[0], more.id, False, ui, 0, len(text), "own:list"))
                # (the item is read on: its passives, "Luật Giáo dục số A đã được sửa đổi, bổ sung một số điều
                # theo Luật số B", and a second document ceasing with it)
            if not item and not (list_label is not None and pending_list is not None
                                 and _next_item_label(units, ui, footnote=False, sub_items=True) == list_label):
                # (a paragraph between two items, the next one labelled as the list's: the last item's text going on
                # after a page break, "c) Khoản 2 Điều 3 … của Nghị định số A." / page / "Phụ lục III … Nghị định
                # số A …;" / "d) …")
                pending_list = None
        if pending_passive is not None and unit.kind != "footnote":    # (a footnote lifted out between its items)
            target, cue_rel = pending_passive
            # (the amenders' lines, one per document, may be read as the preamble's first lines)
            if (ms and (where in ("header", "title") or where == "preamble" and not _BASE_LEAD.match(text))
                    and ms[0].code and ms[0].vstart < 40):
                out.append(FoundRelation(ms[0].id, cue_rel, target, False, ui, 0, len(text), "passive:list"))
                if vbhn and target == consolidated:
                    out.append(FoundRelation(own_id, "CONSOLIDATES", ms[0].id, False, ui, 0, len(text), "own:hợp nhất"))
            elif where not in ("header", "title") or _BASE_UNIT.match(text):
                pending_passive = None
        if not ms and where == "body" and unit.kind != "footnote":
            hm = _heading_list(text)
            if hm is not None:
                # "Điều 1. Bãi bỏ toàn bộ 15 văn bản quy phạm pháp luật" with its items below: a list of acts
                who = who_acts(ui, hm.start("cue"), text[:hm.start("cue")])
                if who:
                    pending_list = (_LIST_KIND[hm.group("cue").lower()[:3]], who)
                    continue
        if (not ms and last_amended and acting and not vbhn and where == "body" and ui not in quoted
                and ui not in speaker and unit.kind != "footnote" and text.find("bỏ", 0, 24) >= 0):
            # "3. Bãi bỏ các điều 5 và 6." among the items of "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số
            # X như sau:": the parts are X's, the document the article amends
            pr = _PART_REPEAL.fullmatch(text)
            if pr:
                out.append(FoundRelation(own_id, "REPEALS", last_amended, False, ui, 0, len(text), "own:item:bãi bỏ",
                                         scope=_scope_text(pr.group("scope")), partial=True))
        if (SKIP_QUIET_UNITS and not ms and where not in ("preamble", "title")
                and ui not in guide_units):
            # no mention, no base item, no title cue: nothing below can happen but an effect clause's list of
            # acts ending in ":" (tests/test_scan.py checks it); title_cue is what its sentences would leave
            title_cue = None
            if ":" in text:
                last = len(text.rstrip()) - 1
                colon = text[last] == ":" if last >= 0 else False
                for s, e in unit.sentences:
                    # list_act's test "the sentence ends in ':' and the unit with it", read without a copy when
                    # the sentence runs to the unit's last character
                    if e > last and colon or e == last and text[s:e].rstrip().endswith(":"):
                        pending_list = list_act(ui, text, s, e, (), pending_list)
            continue
        last = len(text.rstrip()) - 1
        colon = text[last] == ":" if last >= 0 else False
        starts = [f.vstart for f in ms]
        folded = _folded(unit)                # (text is unit.text)
        may_hold = folded.may_hold
        # a table's note on its row's document: "- Văn bản sửa đổi, bổ sung, thay thế, bãi bỏ một phần: + Nghị
        # định số Y …; + Thông tư số Z …" (a ministry's list of documents in force): Y and Z act on the row's
        # document (a unit may hold several rows of the table)
        if own_id and "Văn bản" in text:
            for lm in _AMENDER_LABEL.finditer(text):
                head = _row_head(ms, lm.start()) or (_row_head(_row_before(ui), 1 << 30)
                                                     if not [g for g in ms if g.vend <= lm.start()] else None)
                if head is None:
                    continue
                cue = " ".join(lm.group("cue").lower().split())
                for noted in ms:
                    if noted.vstart < lm.end() or not noted.code or noted.kind != "numbered":
                        continue
                    if (_NUMBER_CELL.search(text, noted.vstart, noted.vend)
                            or _AMENDER_LABEL.search(text, lm.end(), noted.vstart)):
                        break               # the next row's number cell, or the next note
                    if _LABEL_ITEM_AT.search(text, max(lm.end() - 1, noted.vstart - 24), noted.vstart):
                        out.extend(_label_acts(noted.id, head.id, cue, lm.group("part") is not None, ui, 0,
                                               len(text)))
        if (acting and ms and where in ("body", "annex") and unit.kind != "footnote" and ui not in quoted
                and text.find("chi tiết", 0, 600) >= 0 and _ARTICLE_HEAD.match(text)):
            # an article's heading that names what it details, in brackets: "Điều 9. Bồi thường, hỗ trợ nhà ở …
            # (Quy định chi tiết điểm b, điểm c khoản 2 Điều 16 Nghị định số 62/2025/NĐ-CP)." (a province's
            # regulation detailing the provisions a law or decree leaves to it): the document GUIDES those parts
            dm = _DETAILED_IN_HEADING.search(text, 0, 600)
            close = text.find(")", dm.end()) if dm else -1
            for f in ms if dm else ():
                if not (f.code and f.kind == "numbered" and dm.end() <= f.vstart and (close < 0 or f.vstart < close
                        or text.count("(", dm.end(), f.vstart) > text.count(")", dm.end(), f.vstart))):
                    continue
                scope = _scope_before(text[:f.vstart], f.vstart)
                who = who_acts(ui, f.vstart, text[:f.vstart])
                if scope and who and who != f.id and can_guide(who, f.id):
                    out.append(FoundRelation(who, "GUIDES", f.id, False, ui, dm.start(), len(text),
                                             "own:heading:quy định chi tiết", scope=scope, partial=True))
        if (acting and len(ms) > 1 and where in ("body", "annex") and unit.kind != "footnote" and ui not in quoted
                and text.find(" này quy định chi tiết", 0, 60) >= 0 and _SELF_DETAIL_LEAD.match(text)):
            # a scope article whose list of detailed provisions the drafter cut with full stops: "Quy định này quy
            # định chi tiết khoản 2 Điều 108 … Luật Đất đai năm 2024. Khoản 2 Điều 39 Nghị định số A …. Điểm a, điểm
            # b khoản 3 Điều 16 Nghị định số B …" (each later sentence a provision and its document, no verb)
            for s, e in unit.sentences[1:]:
                f = next((g for g in ms if s <= g.vstart < e and g.code), None)
                head = _DETAIL_ITEM.match(text, s, f.vstart) if f is not None and f.kind == "numbered" else None
                who = who_acts(ui, f.vstart, text[:f.vstart]) if head else None
                if head and who and who != f.id and can_guide(who, f.id):
                    out.append(FoundRelation(who, "GUIDES", f.id, False, ui, s, e, "own:quy định chi tiết:list",
                                             scope=_scope_text(head.group("scope")), partial=True))
        for s, e in unit.sentences:
            in_s = _in_sentence(ms, starts, s, e)
            if (not in_s and SKIP_QUIET_UNITS and where != "title" and (s or where != "preamble")
                    and ui not in guide_units):
                # a sentence naming nothing, outside the title and the preamble's items: of what follows only the
                # effect clause's list can happen, and title_cue is left None
                title_cue = None
                if e > last and colon or e == last and text[s:e].rstrip().endswith(":"):     # (as below)
                    pending_list = list_act(ui, text, s, e, in_s, pending_list)
                continue
            sentence = text[s:e]
            # the preamble's bases (and a letter's "Căn cứ …" items): every document named in the item
            if s == 0 and where == "preamble":
                in_base = bool(_BASE_UNIT.match(sentence)) or (in_base and not _PREAMBLE_CUE.match(sentence)
                                                               and _STARTS_WITH_TYPE.match(sentence) is not None)
            if ((where == "preamble" or where == "body" and s == 0
                 and (unit.kind == "footnote" or ui in speaker or not after_article(ui)))
                    and (ui not in quoted or ui in speaker or quoted[ui] > s)
                    and (_BASE_UNIT.match(sentence) or (in_base and where == "preamble" and s == 0))):
                # (a quotation opening inside the item, after its start, is no quoted text's item: an inline title
                # left open, or a speck OCR read as “, "… hành chính;Nghị định số “ 92/2017/NĐ-CP …")
                # a consolidated text (VBHN) reproduces its original's preamble: the bases are the original's
                who = speaker.get(ui, consolidated if vbhn and consolidated else own_id)
                purpose_sources = {r.source for r in rels if r.unit == ui and r.rule.startswith("purpose")}
                if where == "body" and _BASE_BACK.match(sentence):
                    who = None
                if who and not purpose_sources:
                    objects = _item_objects(text, s, in_s, [r for r in rels if r.unit == ui], who)
                    # the preamble's proposal run into the item's line (a scan's or a page's lost break: "Căn cứ
                    # Nghị định số A …; ' Theo đề nghị của Sở Tài chính tại Tờ trình số B …"): B is proposed, no base
                    proposal = (_PROPOSAL_AFTER.search(text, s, e) if ";" in sentence or "Xét đề" in sentence
                                or "Theo đề" in sentence or "Sau khi" in sentence else None)
                    amended_only = _laws_an_amender_lists(text, s, in_s)
                    if laws and TITLED_TARGETS and not amended_only:
                        out.extend(_amender_of_title(text, ui, s, e, in_s, laws))
                    for f in in_s:
                        if id(f) in amended_only:
                            continue
                        if (f is not in_s[0] and in_s[0].code and in_s[0].kind == "numbered"
                                and _ACCORDING_TO_IN_TITLE.search(text, max(s, f.vstart - 40), f.vstart)
                                and ";" not in text[in_s[0].vend:f.vstart]
                                and _CARRIED_OUT_IN_TITLE.search(text, in_s[0].vend, f.vstart)):
                            # the base's own title: "Căn cứ Nghị quyết số A … ban hành Chương trình hành động tiếp tục
                            # thực hiện Nghị quyết số B … theo Kết luận số C …" (A's programme carries C out; no base)
                            out.append(FoundRelation(in_s[0].id, "IMPLEMENTS", f.id, False, ui, s, e,
                                                     "nested:according-to"))
                            continue
                        if f.id in objects and f is not in_s[0] and text.find("Căn cứ", f.vstart - 9, f.vstart) < 0:
                            continue        # (a base a "Căn cứ" opens mid-line, its line break lost, is one)
                        if proposal is not None and f.vstart >= proposal.start():
                            break
                        if _CONSTITUTION_AMENDED.fullmatch(text, s, f.vstart):
                            continue
                        if f.kind != "anaphoric":
                            out.append(FoundRelation(who, "BASED_ON", f.id, False, ui, s, e, "own:căn cứ",
                                                     scope=_scope_before(sentence, f.vstart - s, base=True)))
                        titled = _law_title(text, f, s) if f.kind == "numbered" and f.code else None
                        if titled is None:
                            continue
                        title, title_at = titled
                        amended = base_titles.get(title)
                        if title_at != f.vstart and amended not in {g.id for g in in_s}:
                            # (a title read back from a mention that starts at its last word: the amended law in
                            # the same item, "Căn cứ Luật X số A và Luật sửa đổi, bổ sung … của Luật X số B"; an
                            # earlier item's law named again by its title alone is not the amender's stated target)
                            amended = None
                        if (amended is not None and amended != f.id
                                and _AMENDER_TITLE.search(text, max(s, title_at - 60), title_at)):
                            out.append(FoundRelation(f.id, "AMENDS", amended, False, ui, s, e,
                                                     "amender-title:sửa đổi, bổ sung"))
                        else:
                            # an amending law's title listing several laws: "Căn cứ Luật Kế toán số A …; Luật sửa
                            # đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, …, Luật Xử lý vi phạm hành
                            # chính số B" (B amends A, a law of its list the item named with its number)
                            in_item = {g.id for g in in_s}
                            for listed in _amended_titles(text, s, title_at):
                                target = base_titles.get(listed)
                                if target is not None and target != f.id and target in in_item:
                                    out.append(FoundRelation(f.id, "AMENDS", target, False, ui, s, e,
                                                             "amender-title:sửa đổi, bổ sung"))
                            base_titles.setdefault(title, f.id)
            elif (where == "preamble" and s == 0 and in_s and in_s[0].code and ui not in quoted and ui not in speaker
                  and (_ON_THE_BASIS_OF.match(sentence) and in_s[0].vstart - s < 40
                       or _ON_THE_BASIS_LIST.match(sentence))):
                who = consolidated if vbhn and consolidated else own_id
                basis_list = _ON_THE_BASIS_LIST.match(sentence)
                # (a list announced with a colon, "Trên cơ sở các Quyết định của Bộ trưởng …: số A …; số B …": each)
                bases = [g for g in in_s if g.code and g.kind == "numbered" and g.vstart >= basis_list.end()] \
                    if basis_list else [in_s[0]]
                for g in bases if who else ():
                    out.append(FoundRelation(who, "BASED_ON", g.id, False, ui, s, e, "own:trên cơ sở"))
            # an opening "Thực hiện X, Y, …": own IMPLEMENTS the documents of the clause (not those they act on)
            # (a consolidated text's preamble is its original's; a preamble another document's footnote quotes
            # after "… có căn cứ ban hành như sau:" is that document's)
            opener = (speaker.get(ui) if s == 0 and ui in speaker else None) or (
                (consolidated if vbhn and consolidated else own_id)
                if own_id and ui not in quoted and ui not in speaker and unit.kind != "footnote" else None)
            if (opener and where in ("preamble", "body")
                    and (own is None or own.type not in REPORT_TYPES) and _OPENING.match(sentence)
                    and (where == "preamble" or ui in speaker or in_first_body(ui))):
                main = _clause_after(_MAIN_CLAUSE, sentence)
                stop = s + (main.start() if main else len(sentence))
                if main is None or "đã" in main.group(0):
                    # the main clause an earlier letter of the body: "Thực hiện … Văn bản số A …, Bộ Nội vụ đã có
                    # Văn bản số B ngày … đề nghị …" (B carries out A; the letter at hand reports on it)
                    sent_m = _clause_after(_SENT_LETTER, sentence)
                    sent_doc = next((f for f in in_s if f.code and f.kind == "numbered"
                                     and s + sent_m.start("doc") <= f.vstart <= s + sent_m.end()), None) if sent_m else None
                    if sent_doc is not None and sent_doc.id != opener and (main is None or sent_m.start() == main.start()):
                        opener, stop = sent_doc.id, s + sent_m.start()
                acted = {r.target for r in rels if r.unit == ui and not r.source.startswith("IMPLICIT:")}
                other_acting = [r for r in rels if r.unit == ui and r.rule.startswith("purpose")]
                # "Thực hiện Nghị quyết số A … thì hộ kinh doanh …": what follows under A, no act of the file
                then = _THEN_WORD.search(sentence, 0, stop - s) if " thì " in sentence else None
                if not other_acting and then is None:
                    prev, prev_listed = None, True
                    first_dated = False             # the clause's first document cited in full, with its date
                    for f in in_s:
                        if f.vstart >= stop or f.kind == "anaphoric":
                            continue
                        # only the clause's list: a document named in a listed one's title ("Kết luận số 121-KL/TW …
                        # về tổng kết Nghị quyết số 18-NQ/TW") follows no list separator, and one joined to it is in
                        # that title too; the title read as a mention's subject may run on over the next item ("…
                        # về triển khai các kết luận … và Văn bản số B"): then the words right before it tell
                        # … unless it is cited in full as the first one is, with its date, and the one in the title
                        # without: "Thực hiện Chỉ thị số A ngày … của … về … theo Nghị quyết Đại hội … và Kế hoạch số B
                        # ngày … của …", "… Kết luận số A, ngày … về tổng kết Nghị quyết số 18-NQ/TW … và Kết luận số
                        # B, ngày … của …" (B is the clause's second item)
                        first_item = prev is None
                        if prev is None:
                            listed = True
                            first_dated = f.code is not None and _DATED_AFTER.match(text, f.vend) is not None
                        else:
                            g = max(prev.ref_end, prev.vend)
                            if g <= f.vstart:
                                listed = _OPEN_LIST_SEP.search(text[g:f.vstart]) is not None and (
                                    prev_listed or (first_dated and f.code is not None
                                                    and _DATED_AFTER.match(text, f.vend) is not None
                                                    and _DATED_AFTER.match(text, prev.vend) is None))
                            else:
                                listed = _OPEN_LIST_SEP.search(text[max(s, f.vstart - 12):f.vstart]) is not None
                        if f.code or f.kind == "named":
                            prev, prev_listed = f, listed
                        # (the clause's first document is carried out even when a later one of the sentence acts
                        # on it: "Thực hiện Nghị định số 94/2022/NĐ-CP … và Nghị định số 62/2024/NĐ-CP … sửa đổi, bổ
                        # sung … Nghị định số 94/2022/NĐ-CP", tvpl 2d737276bf416017)
                        if listed and (first_item or f.id not in acted) and f.id != opener:
                            out.append(FoundRelation(opener, "IMPLEMENTS", f.id, False, ui, s, e, "own:thực hiện"))
            # the title's "Kế hoạch thực hiện Chỉ thị số 52-CT/TW", "hướng dẫn thi hành Nghị định số …" and the scope
            # article's "Nghị định này quy định chi tiết Điều 5 … của Luật Dẫn độ số 100/2025/QH15": own GUIDES /
            # IMPLEMENTS the first document (and a list joined to it)
            self_m = _SELF_SUBJECT.search(sentence, 0, 90) if where == "body" and sentence.find("này", 0, 90) >= 0 else None
            if self_m and not _ARTICLE_LEAD.fullmatch(sentence[:self_m.start()]):
                self_m = None          # only as the sentence's subject, after an article's heading at most
            if (self_m is None and where == "preamble" and own is not None and own.type
                    and sentence.find("ban hành", 0, 300) >= 0):
                # the enacting formula names what the document does: "Bộ trưởng … ban hành Thông tư quy định chi
                # tiết và hướng dẫn thi hành một số điều của Luật … số 69/2020/QH14 …"
                em = _ENACTING_FORMULA.search(sentence, 0, 300)
                # (a consolidated text's formula is its original's)
                own_type = (type_of(consolidated) or "") if vbhn and consolidated else own.type.lower()
                if em is not None and own_type.startswith(" ".join(em.group(0).split()[2:]).lower()):
                    self_m = em
            if where == "title" and own_id and not [f for f in in_s if f.code]:
                tail = _GUIDE_CUE.search(sentence[-40:])
                title_cue = tail if tail and not sentence[-40:][tail.end():].strip() else None
                continue_title = True
            else:
                continue_title = False
            in_g = in_s
            if laws and own_id and (where == "title" or self_m):
                # (the guide rule's documents: with the laws named by their title)
                titled = laws.in_span(text, ui, s, e, in_s)
                if titled:
                    in_g = sorted(in_s + titled, key=lambda f: f.vstart)
            # the amended document's own scope article, quoted as the amending text replaces it: "1. Sửa đổi, bổ
            # sung Điều 1 như sau: “Điều 1. Phạm vi điều chỉnh 1. Nghị định này quy định chi tiết … Luật … số A”"
            # (under "Điều 1. Sửa đổi … Nghị định số B"): B guides A, when "X này" names B's type
            quoted_self = (last_amended if self_m and ui in quoted and ui not in speaker and s + self_m.start() >= quoted[ui]
                           and acting and not vbhn and last_amended and _type_word(self_m.group(0)) == type_of(last_amended)
                           else None)
            if own_id and in_g and (ui not in quoted and ui not in speaker or quoted_self) and (where == "title" or self_m):
                gfrom = s + (self_m.end() if self_m else 0)
                gm = _search_at(_GUIDE_CUE, text, folded.starts(_GUIDE_START, gfrom, e), gfrom, e)
                carried = title_cue is not None and where == "title" and s == 0
                if carried:
                    gm = title_cue             # the cue ended the title's previous line ("… thực hiện\nChỉ thị số …")
                cue_from, cue_to = (0, 0) if carried else (gm.start(), gm.end()) if gm else (e, e)
                gi = next((k for k, f in enumerate(in_g) if f.vstart >= cue_to), None) if gm else None
                joined = False                  # the target follows a titled law or an unnumbered document
                if (gi is not None and (in_g[gi].kind == "titled" or not in_g[gi].code) and gi + 1 < len(in_g)
                        and in_g[gi + 1].code and in_g[gi + 1].kind == "numbered"
                        and _JOINED_AFTER_NAME.fullmatch(text, max(in_g[gi].ref_end, in_g[gi].vend), in_g[gi + 1].vstart)
                        and _scope_before(text[s:in_g[gi].vstart], in_g[gi].vstart - s) is None
                        and (_GUIDE_AS_PROVIDED.match(text, cue_to, in_g[gi].vstart)
                             or not in_g[gi].code and _GUIDE_GAP.match(text[cue_to:in_g[gi].vstart]))):
                    # "… hướng dẫn thực hiện … theo quy định của Luật Bảo hiểm xã hội và Nghị định số B": the law
                    # named by its short name alone is no target (as everywhere); the numbered document joined to it is;
                    # so "Chương trình hành động … thực hiện Nghị quyết Đại hội … XIV của Đảng và Kết luận số B" (the
                    # Congress resolution has no number; congbao nghi-quyet-so-109-nq-cp)
                    gi, joined = gi + 1, True
                if (gm and gi is not None and in_g[gi].code
                        and not [f for f in in_g if gfrom <= f.vstart < cue_from and f.code]
                        and (not self_m or re.fullmatch(r"\s*", text[gfrom:cue_from]))
                        and (joined or _GUIDE_GAP.match(text[cue_to:in_g[gi].vstart])
                             or (in_g[gi].kind != "titled"
                                 # (a law named by its title only when a part of it is named before: "… tại khoản 4
                                 # Điều 13 Luật Quản lý thuế, Điều 8 … Nghị định số 68/2026/NĐ-CP")
                                 or _scope_before(text[s:in_g[gi].vstart], in_g[gi].vstart - s) is not None)
                             and _GUIDE_AS_PROVIDED.match(text, cue_to, in_g[gi].vstart))
                        and (where == "title" or self_m)
                        # "Về việc công bố văn bản quy định chi tiết … Nghị định số A": the cue describes the documents
                        # the decision publishes, not the decision
                        and not (gm and _PUBLISHED_DOCS.search(text, max(s, cue_from - 60), cue_from))
                        and not (gm and _SUSPENDED_CUE.search(text, max(s, cue_from - 30), cue_from))
                        # a title the segmenter ran on into the preamble: its target is in the title
                        and (where != "title" or lay is None or lay.part_at(unit.to_original(in_g[gi].vstart)) == "title")):
                    rel = _GUIDE_KIND[gm.group("cue").lower()[:3]]
                    who = quoted_self or (consolidated if vbhn and consolidated else own_id)
                    scope = _scope_before(text[s:in_g[gi].vstart], in_g[gi].vstart - s)
                    targets, scopes = [in_g[gi]], [scope]
                    for nxt in in_g[gi + 1:]:
                        prev = targets[-1]
                        if nxt.kind == "titled" and nxt.id in {t.id for t in targets}:
                            continue            # the short name a listed law is given: "(sau đây gọi là Luật Dẫn độ)"
                        gap = text[max(prev.ref_end, prev.vend):nxt.vstart]
                        if _TARGETS_JOINED.fullmatch(gap) and nxt.code:
                            targets.append(nxt)
                            scopes.append(None)
                            continue
                        # an enumeration of parts, one law each: "… Điều 11 của Luật Dẫn độ số 100/2025/QH15 (sau đây
                        # gọi là Luật Dẫn độ); Điều 10, Điều 11 của Luật … số 101/2025/QH15 … và Điều 15 của Luật …"
                        item = _GUIDE_NEXT.fullmatch(gap) if nxt.code and nxt.kind == "numbered" else None
                        if item is None:
                            break
                        targets.append(nxt)
                        scopes.append(_scope_text(item.group("scope")))
                    for t, sc in zip(targets, scopes):
                        if quoted_self:
                            restated.add((who, t.id))
                        out.append(FoundRelation(who, rel, t.id, False, ui, s, e,
                                                 ("own:title:" if where == "title" else "own:") + gm.group("cue").lower(),
                                                 scope=sc, partial=sc is not None))
            if not continue_title:
                title_cue = None
            # a directing document's order: "thực hiện … các nhiệm vụ, giải pháp … theo các Nghị quyết số A, số B"
            # (in the body only: an annex's "Thực hiện Nghị quyết số A …" is a row of a table of tasks, each the task
            # of the body named in its row, not the document's own order; congbao nghi-quyet-so-109-nq-cp, tvpl
            # 74e2ddc7b11340da)
            if (own_id and acting_or_directing and where == "body" and ui not in quoted and ui not in speaker
                    and unit.kind != "footnote"):
                for k, f in enumerate(in_s):
                    if (f.kind != "numbered" or f.type not in _POLICY_TYPES and f.type != "Quyết định"
                            or f.id in directed):
                        continue
                    dm = _DIRECTIVE.search(text, max(s, f.vstart - 240), f.vstart)
                    if not dm:
                        continue
                    if f.type not in _POLICY_TYPES:
                        # a decision is carried out as the plan it approved: "thực thi phương án đơn giản hóa TTHC
                        # đã được phê duyệt tại Quyết định số A"
                        if not _APPROVED_PLAN_GAP.match(dm.group("gap")):
                            continue
                    elif not (_DIRECTIVE_SOURCE if dm.group("paren") else _DIRECTIVE_GAP).match(dm.group("gap")):
                        continue
                    if [g for g in in_s[:k] if g.code and g.vstart >= dm.start()]:
                        continue                     # another document stands between: the order is about it
                    issuers = {src for src, at in programmes.get((ui, f.id), ()) if s <= at < e}
                    if issuers and [g for g in in_s[:k] if g.id in issuers and g.vstart < dm.start()]:
                        continue                     # "Triển khai … Nghị quyết số A … ban hành Chương trình hành động
                        #                              thực hiện Kết luận số B": the cue is A's programme's (A carries B out)
                    lead = text[max(s, dm.start() - 60):dm.start()]
                    if re.search(r"\b(?:tình hình|kết quả|việc|sơ kết|tổng kết|báo cáo|đánh giá|năm|quá trình)\s*$", lead, re.I):
                        continue                     # "kết quả thực hiện", "13 năm thực hiện Nghị quyết …": a review
                    clause_from = max(s, max(text.rfind(c, s, dm.start()) for c in ".;:") + 1)
                    if _DONE_BEFORE.search(text, clause_from, dm.start()):
                        continue                     # "Bộ đã phối hợp … tổ chức Hội nghị hướng dẫn kỹ thuật thực hiện Kế
                        #                              hoạch số A": what a body did, reported (tvpl 74e2ddc7b11340da)
                    targets = [f]
                    for nxt in in_s[k + 1:]:
                        prev = targets[-1]
                        if nxt.code and _DIRECTED_NEXT.fullmatch(text, max(prev.ref_end, prev.vend), nxt.vstart):
                            targets.append(nxt)
                        else:
                            break
                    if _THEN.match(text, targets[-1].vend, e):     # (its description, ref_end, may take it in)
                        continue                     # "Thực hiện Nghị quyết số A … thì hộ kinh doanh …": what
                        #                              follows under A (a consequence), not an order to carry it out
                    for t in targets:
                        directed.add(t.id)
                        out.append(FoundRelation(own_id, "IMPLEMENTS", t.id, False, ui, s, e, "own:chỉ đạo thực hiện"))
            # "1. Sửa đổi, bổ sung điểm a khoản 10 Điều 5 của Luật Điện lực số 61/2024/QH15": an article's own act
            im = _ITEM_ACT.match(sentence)
            # not a number quoted inside the act's phrase ("Sửa đổi cụm từ “… Nghị định số 59/2021/NĐ-CP …” tại …")
            numbered = [f for f in in_s if f.code and text[s:f.vstart].count("“") <= text[s:f.vstart].count("”")
                        ] if im and acting and where in ("body", "annex") else None
            if numbered:
                first = numbered[0]
                who = who_acts(ui, first.vstart, text[s:first.vstart])
                if who and not _PASSIVE.search(text[s:first.vstart]) and not task_item(ui):
                    rel = _ITEM_KIND[im.group("cue").lower()[:3]]
                    scope = (_scope_before(text[s:first.vstart], first.vstart - s)
                             or _part_object(text, s + im.end(), first.vstart)
                             or _listed_provisions(text, s + im.end(), first.vstart))
                    # "Điều chỉnh" (adjust) acts on the parts of a document's annex it names ("Điều chỉnh danh mục …
                    # tại mục 3 Phụ lục II.8 … kèm theo Quyết định số A"); a procedure's name ("Điều chỉnh Giấy phép
                    # kinh doanh … quy định tại … Nghị định số B") acts on nothing
                    adjusts = (im.group("cue").lower() != "điều chỉnh" or (
                        scope is not None and _ANNEXED_TO.search(text, max(s, first.vstart - 40), first.vstart)
                        and not _DEFINED_AT.search(text, s + im.end(), first.vstart))) and not (
                        # (a procedure's name: "Sửa đổi, bổ sung giấy phép cung cấp dịch vụ … theo quy định tại …")
                        _PROCEDURE_OBJECT.match(text, s + im.end("cue")))
                    if rel == "REPLACES" and (scope or _PHRASES.search(text, s + im.end(), first.vstart)
                                              or _SOME_PARTS.match(text, s + im.end(), first.vstart)):
                        rel = "AMENDS"          # "Thay thế, bãi bỏ một số cụm từ tại Nghị định …", "Thay thế Điều 5
                        #                         của …", "Thay thế, bãi bỏ một số quy định của …": a phrase or a
                        #                         part swapped, the document stays
                    # a plural object's list: "Sửa đổi, bổ sung TTHC … tại các Quyết định của Chủ tịch UBND tỉnh …:
                    # số A ngày … của …; số B ngày …" (the act on each)
                    acted_on = [first] if adjusts else []
                    if acted_on and _PLURAL_OBJECT.search(text, s, first.vstart):
                        for nxt in numbered[1:]:
                            prev_end = max(acted_on[-1].ref_end, acted_on[-1].vend)
                            if nxt.vstart < prev_end or not _PLURAL_NEXT.fullmatch(text, prev_end, nxt.vstart):
                                break
                            acted_on.append(nxt)
                    scopes = [scope] * len(acted_on)
                    if acted_on and scope is not None and len(acted_on) == 1:
                        # the parts of another document, after a ";": "Bãi bỏ: 06 thủ tục … tại số thứ tự 17,18 Mục I
                        # Danh mục TTHC ban hành kèm theo Quyết định số A …; số thứ tự 01,02 mục A … kèm theo Quyết
                        # định số B" (the act on each, on its parts)
                        for nxt in numbered[1:]:
                            prev_end = max(acted_on[-1].ref_end, acted_on[-1].vend)
                            gap = text[prev_end:nxt.vstart] if nxt.vstart >= prev_end else ";;"
                            after_semi = gap.split(";")[1] if gap.count(";") == 1 else ""
                            next_part = (_scope_before(after_semi, len(after_semi))
                                         if _PART_START.match(after_semi) else None)
                            if next_part is None:
                                break
                            acted_on.append(nxt)
                            scopes.append(next_part)
                    for t, sc in zip(acted_on, scopes):
                        out.append(FoundRelation(who, rel, t.id, False, ui, s, e, "own:item:" + im.group("cue").lower(),
                                                 scope=sc, partial=sc is not None))
                    if acted_on and (rel == "AMENDS" or text[s:e].rstrip().endswith(":")):
                        # (its items' parts are this document's: "3. Bãi bỏ một phần của Thông tư số A … như sau: a)
                        # Bãi bỏ nội dung … tại khoản 3 Điều 4; … c) Bãi bỏ Phụ lục 3 và Phụ lục 16.")
                        last_amended = first.id
            # the passive of an item's act on a part of another document, named in the item: "Nội dung … quy định
            # tại khoản 4 Điều 1 Quyết định chủ trương đầu tư số A ngày … được điều chỉnh như sau:", "2. Khoản 3 Điều 5
            # Quyết định số A được sửa đổi, bổ sung như sau:" (what it has been made is quoted after: the own act; "…
            # đã được sửa đổi … như sau" reports an earlier one)
            elif (acting and in_s and where in ("body", "annex") and sentence.endswith(":")
                  and "như sau" in sentence and (pi := _PASSIVE_ITEM.search(sentence)) is not None
                  and not task_item(ui)):
                acted = [f for f in in_s if f.code and f.kind == "numbered" and f.vend <= s + pi.start()
                         and f.id != own_id]
                f = acted[-1] if acted else None
                if f is not None and _PASSIVE_ITEM_GAP.fullmatch(text, max(f.ref_end, f.vend), s + pi.start()):
                    who = who_acts(ui, f.vstart, text[s:f.vstart])
                    tw = _TYPE_DESCRIBED.search(text, max(s, f.vstart - 100), f.vstart)
                    head = tw.start() if tw else f.vstart   # ("… Điều 1 Quyết định chủ trương đầu tư số A")
                    scope = _scope_before(text[s:head], head - s) or _content_before(text, s, f.vstart)
                    if who and who != f.id and scope:
                        rel = _ITEM_KIND[pi.group("cue").lower()[:3]]
                        out.append(FoundRelation(who, rel, f.id, False, ui, s, e, "own:item:passive",
                                                 scope=scope, partial=True))
            # an effect clause's list: "Bãi bỏ các văn bản sau đây:" then items
            if e > last and colon or e == last and text[s:e].rstrip().endswith(":"):     # (as above)
                pending_list = list_act(ui, text, s, e, in_s, pending_list)
            # … or its items after the colon in the same sentence: "Các Nghị quyết … sau đây hết hiệu lực kể từ ngày
            # Nghị quyết này có hiệu lực thi hành: số 15/2013/NQ-HĐND …; số 14/2016/NQ-HĐND …"
            if in_s and where in ("body", "annex") and ":" in text[s:e] and may_hold(_INLINE_LIST_WORD, s, e):
                im = _INLINE_LIST_ACT.search(text, s, e)
                who = who_acts(ui, im.start(), text[s:im.start()]) if im is not None else None
                if im is not None and who:
                    cue = (im.group("ceases") or im.group("acts")).lower()
                    rel = _LIST_KIND[cue[:3]]
                    for f in in_s:
                        if not f.code or f.id == who or f.vend <= im.end():
                            continue
                        if (_FIRST_ITEM.match(text, im.end(), f.vend) if f.vstart < im.end()
                                # (a mention read over the colon: "… có hiệu lực thi hành: số 15/2013/NQ-HĐND")
                                else _INLINE_ITEM.search(text, max(im.end() - 1, f.vstart - 40), f.vstart)) \
                                and can_act_on(who, rel, f.id):
                            out.append(FoundRelation(who, rel, f.id, False, ui, s, e, "own:list:inline"))
            if len(in_s) > 1 and may_hold(_AMENDED_WORD, s, e):
                # "X ngày …, sửa đổi bổ sung tại Y": Y amends X
                for k, (amended, f) in enumerate(zip(in_s, in_s[1:])):
                    g = max(amended.ref_end, amended.vend)
                    if not (amended.code and f.code and g < f.vstart):
                        continue
                    if _ELLIPTIC_PASSIVE.fullmatch(text, g, f.vstart):
                        out.append(FoundRelation(f.id, "AMENDS", amended.id, False, ui, s, e, "passive:elliptic"))
                        # … and the amenders listed after the first: "Nghị định số A sửa đổi bổ sung bởi Nghị định
                        # số B, Nghị định số C và Nghị định số D (sau đây gọi là Nghị định số A)"
                        prev = f
                        for nxt in in_s[k + 2:]:
                            prev_end = max(prev.ref_end, prev.vend)
                            if (not nxt.code or nxt.vstart < prev_end
                                    or not _PLURAL_NEXT.fullmatch(text, prev_end, nxt.vstart)):
                                break
                            out.append(FoundRelation(nxt.id, "AMENDS", amended.id, False, ui, s, e, "passive:elliptic"))
                            prev = nxt
                        continue
                    bm = _BRACKET_PASSIVE.fullmatch(text, g, f.vstart) if "(" in text[g:f.vstart] else None
                    if (bm is not None and can_act_on(f.id, "AMENDS", amended.id)
                            and not (_TITLED_LAW.search(bm.group("gap")) and legal_rank(f.code) in (1, 2, None))):
                        scope = _scope_before(text[s:amended.vstart], amended.vstart - s)
                        out.append(FoundRelation(f.id, "AMENDS", amended.id, False, ui, s, e, "passive:bracket",
                                                 scope=scope, partial=scope is not None))
            if vbhn and unit.kind == "footnote" and in_s and may_hold(_CEASE_WORD, s, e):
                # a consolidated text's footnote on its own part that ceased by another document's provision: "3 Quy
                # định về … tại Mục này hết hiệu lực kể từ ngày … theo quy định tại khoản 2 Điều 92 của Luật … số B"
                by = next((g for g in in_s if g.code), None)
                nc = _NOTE_CEASE.fullmatch(text, s, by.vstart) if by is not None else None
                this = _THIS.search(nc.group("subject")) if nc else None
                if this is not None and (consolidated or own_id) not in (None, by.id):
                    out.append(FoundRelation(by.id, "REPEALS", consolidated or own_id, False, ui, s, e,
                                             "passive:hết hiệu lực", scope=_scope_text(nc.group("subject")) or
                                             this.group("part").rstrip(" “").lower(), partial=True))
            if not in_s or not may_hold(_PASSIVE_WORD, s, e) and not may_hold(_CEASE_WORD, s, e):
                continue                # (no "được", no "hết hiệu lực": neither test below can pass)
            amended_by: Dict[str, str] = {}     # this sentence's amenders so far -> what each amended
            for i, f in enumerate(in_s):
                before = text[s:f.vstart]
                # "T … đã được sửa đổi, bổ sung bởi A": A amends T
                pm = (_search_at(_PASSIVE, before, folded.starts(_PASSIVE_START, s, f.vstart))
                      if may_hold(_PASSIVE_WORD, s, f.vstart) else None)
                if pm:
                    cue_at = f.vstart - len(before) + pm.start()
                    before_cue = [in_s[j] for j in range(i - 1, -1, -1) if in_s[j].vend <= cue_at]
                    prev = before_cue[0] if before_cue else None
                    if prev is not None and _NEXT_BASE_BETWEEN.search(text, prev.vend, cue_at):
                        # "Căn cứ Luật số A; Căn cứ Luật X được sửa đổi, bổ sung bởi Luật số B" on one line: the
                        # passive's subject is the next item's law, not A
                        prev, before_cue = None, []
                    row_part, elsewhere = None, False       # (elsewhere: prev is the paragraph before's)
                    if text.startswith(("Được", "Đã được"), cue_at) or (
                            prev is None and s == 0 and _CELL_LEAD.fullmatch(text, 0, cue_at) is not None):
                        # a table's cell ("Văn bản hết hiệu lực | Lý do hết hiệu lực": "Thông tư số A … hướng dẫn
                        # thực hiện … Nghị định số B … | Được bãi bỏ bởi Nghị định số C"): the passive's subject is
                        # the row's document, not one its title names; after a "." ending that title, the row's
                        # document is the last of the sentence before
                        if prev is None:
                            # (or of the paragraph before, when the cell starts one)
                            row_text, row = text, [g for g in ms if g.vend <= s]
                            if not row and s == 0:
                                # (the nearest before that names one: a row's date cells stand between)
                                back = _row_unit_before(ui)
                                back = ui - 1 if back < 0 else back
                                row_text, row = units[back].text if back >= 0 else "", by_unit.get(back, [])
                                elsewhere = True
                            docs = [g for g in row if g.code and g.kind != "anaphoric"]
                            j = len(docs) - 1
                            while j > 0 and (_in_title_of(row_text, docs[j - 1], docs[j])
                                             or _AMENDED_BY_BEFORE.search(row_text, docs[j - 1].vend, docs[j].vstart)):
                                j -= 1          # named in the row's document's title, or as its earlier amender
                            prev = docs[j] if docs else None
                            if prev is not None:
                                # the part the row names after its document, before the cell ("… Mẫu số 01, Mẫu số
                                # 05. | Được bãi bỏ bởi …"): the act is on that part
                                row_tail = row_text[max(prev.vend, prev.ref_end if prev.ref_end <= (s or len(row_text))
                                                        else 0):s or len(row_text)].rstrip(" .;\n")
                                row_part = _PART_BEFORE_CUE.search(row_tail, max(0, len(row_tail) - 160))
                                if row_part is None and elsewhere and back < ui - 1:
                                    # (the row's parts in paragraphs of their own between its document and the cell:
                                    # "- Khoản 1 Điều 13;" / "- Khoản 2 Điều 16;" / "- Mẫu “Đơn đề nghị …”")
                                    row_part = next((pm_ for kb in range(back + 1, ui)
                                                     for pm_ in (_ROW_PART_AT.match(units[kb].text),) if pm_), None)
                        else:
                            j = 0
                            while (j + 1 < len(before_cue) and before_cue[j + 1].code
                                   and _in_title_of(text, before_cue[j + 1], before_cue[j])):
                                j += 1
                            prev = before_cue[j]
                    cue = " ".join(pm.group("cue").lower().split())
                    rel = {"bãi bỏ": "REPEALS", "đính chính": "CORRECTS"}.get(cue, "AMENDS")
                    also_repeals = cue.endswith("bãi bỏ") and rel == "AMENDS"    # "sửa đổi, bổ sung, bãi bỏ"
                    # a part named right before the cue, after its document (a table's row: the document and its
                    # title, then "Điều 4 | Được bãi bỏ bởi Thông tư số B"): the act is on that part
                    # (its description, read as running on to the cue and past it, does not hide the part)
                    cut_part = (_PART_BEFORE_CUE.search(text, max(s, cue_at - 160) if elsewhere else
                                                        max(s, prev.ref_end if prev.ref_end <= cue_at else 0,
                                                            prev.vend, cue_at - 160), cue_at)
                                if prev is not None and prev.code else None)
                    cut_part = cut_part or row_part
                    if (cue == "thay thế" and prev is not None and cut_part is None
                            and (elsewhere or _subject_part(text, s, prev.vstart) is None)):
                        # "Thông tư số A … được thay thế bởi Thông tư số B" (the whole document, no part named): B
                        # replaces A ("Điều 5 được thay thế bởi …", a part swapped, stays an amendment)
                        rel = "REPLACES"
                    if prev is not None and not prev.code and prev.kind != "anaphoric":
                        # an unnumbered document named in a numbered one's title ("Căn cứ Quyết định số A … quy định
                        # … thực hiện Chương trình mục tiêu quốc gia … được sửa đổi, bổ sung bởi Quyết định số B"): the
                        # amended is the numbered document whose title names it
                        owner = next((g for g in before_cue[1:2] if g.code and _in_title_of(text, g, prev)), None)
                        if owner is not None:
                            prev = owner
                    if prev is not None and f.code and prev.code and not can_act_on(f.id, rel, prev.id):
                        # a document the amender cannot act on by rank is in the amended one's title ("Thông tư
                        # số A … quy định biểu mẫu thực hiện Nghị định số B … được sửa đổi, bổ sung bởi Thông tư
                        # số C"): the amended is the nearest before it that C can act on
                        prev = next((g for g in before_cue[1:] if g.code and can_act_on(f.id, rel, g.id)), prev)
                    target = prev.id if prev is not None else None
                    if (prev is not None and prev.id in amended_by and rel == "AMENDS"
                            and (re.fullmatch(r"\s*,\s*", text[max(prev.vend, prev.ref_end):cue_at])
                                 or _AND_PASSIVE.fullmatch(text, max(prev.vend, prev.ref_end), cue_at))):
                        # a chain of amendments: "Điều 37 Nghị định số T đã được sửa đổi, bổ sung tại … Nghị định số A,
                        # đã được sửa đổi tại … Nghị quyết số B": B amends T (as amended), not A; so a second passive
                        # joined to the first: "Điểm này được sửa đổi theo … Nghị định số A …, có hiệu lực kể từ …
                        # và được sửa đổi theo … Nghị định số B" (congbao van-ban-hop-nhat-so-1798-vbhn-bldtbxh)
                        target = amended_by[prev.id]
                    this = None
                    part_head = None
                    if target is None:
                        this = _THIS.search(text[s:s + pm.start()])
                        if this is None and vbhn and unit.kind == "footnote":
                            # a consolidated text's footnote on a part it names by its label: "Phụ lục số 34 được
                            # bãi bỏ theo quy định tại khoản 2 Điều 6 của Thông tư số B" (the consolidated text's)
                            this = _PART_LABEL_SUBJECT.fullmatch(text, s, s + pm.start())
                        if this is not None:
                            target = consolidated or own_id
                        elif acting and last_amended and not vbhn and where == "body":
                            # an amending article's heading names the part it amends, and who amended it before:
                            # "Điều 7. Sửa đổi, bổ sung điểm b khoản 2 Điều 18 (đã được sửa đổi, bổ sung bởi Điều 21
                            # Thông tư số B)": B amended that part of the document this one amends
                            part_head = _AMENDED_PART_HEAD.fullmatch(text, s, f.vstart - len(before) + pm.start())
                            if part_head is not None:
                                target = last_amended
                    if target and target != f.id:
                        # "Khoản này được bãi bỏ theo …" (a consolidated text's footnote): that part, not the whole;
                        # so "Phụ lục 1 ban hành kèm theo Thông tư số A được bãi bỏ theo …" (the part named before A)
                        scope = (this.group("part").rstrip(" “").lower() if this is not None and rel in ("REPEALS", "CORRECTS")
                                 else None)
                        # ("Khoản 1 Điều 1 của Thông tư số A được đính chính bởi Quyết định số B": B corrects a part)
                        if prev is not None and (rel in ("REPEALS", "CORRECTS") or also_repeals) and scope is None:
                            scope = None if elsewhere else _subject_part(text, s, prev.vstart)
                            if scope is None and cut_part is not None:
                                scope = _scope_text(cut_part.group("scope"))
                        if part_head is not None:
                            scope = _scope_text(part_head.group("scope"))
                        rule = "passive:" + cue.split(" bằng")[0]
                        out.append(FoundRelation(f.id, rel, target, False, ui, s, e, rule, scope=scope,
                                                 partial=scope is not None))
                        amended_by[f.id] = target
                        if also_repeals:
                            out.append(FoundRelation(f.id, "REPEALS", target, False, ui, s, e, rule, scope=scope,
                                                     partial=scope is not None))
                        if vbhn and target == consolidated and where in ("header", "title"):
                            out.append(FoundRelation(own_id, "CONSOLIDATES", f.id, False, ui, s, e, "own:hợp nhất"))
                        # a list of amending documents: "bởi Luật số A, Luật số B và Luật số C"
                        for k in range(i + 1, len(in_s)):
                            nxt = in_s[k]
                            if not nxt.code:
                                break       # (an amender is a numbered document: an unnumbered one ends the list)
                            if _list_closed(text, in_s[i:k + 1]):
                                # "theo Luật số A và Luật số B, Nghị quyết số C … hết hiệu lực": "và" named the
                                # list's last amender; C is the next item of the sentence
                                break
                            if _OWN_PASSIVE_AFTER.match(text, max(nxt.ref_end, nxt.vend)) or _TITLED_CODE.match(text, nxt.vstart):
                                # "… theo Thông tư số A được sửa đổi, bổ sung bởi Thông tư số B và Thông tư số C được
                                # sửa đổi, bổ sung bởi …" (C has its own amenders: the next subject); "… Luật giáo dục
                                # số A đã được sửa đổi … theo Luật số B, Luật giáo dục đại học số C" (a law with its own
                                # name is the outer list's next item: an amending law is "Luật số …" or "Luật sửa đổi …")
                                break
                            if nxt.date and prev is not None and prev.date and nxt.date <= prev.date:
                                # an amender is later than what it amends: "… được sửa đổi, bổ sung bởi Nghị định số
                                # 187/2025/NĐ-CP ngày 01/7/2025 và Nghị định số 79/2025/NĐ-CP ngày 01/4/2025 …" of a
                                # decree of 01/4/2025: the second is the next base, not an amender
                                break
                            # amenders are joined by "," and "và"; a ";" starts the next item of an outer list,
                            # unless both sides are bare amenders' numbers ("theo Luật số A; Luật số B và …")
                            # (the type said once: "bởi các Luật số A, số B và số C")
                            # (over the last one's description only when a separator ends it: a table's next row
                            # after a description read on over the row's date and number is no amender)
                            if (_PART_BEFORE_AMENDER.search(text, max(in_s[k - 1].vend, nxt.vstart - 60), nxt.vstart)
                                    and in_s[k - 1].year and nxt.year and nxt.year < in_s[k - 1].year):
                                # "… tại khoản 13 Điều 2 Thông tư số 06/2024/TT-BLĐTBXH và khoản 3 Điều 55 Nghị định
                                # số 39/2019/NĐ-CP": amenders are named in order of issue, so an earlier one's part
                                # is the next provision of the outer list, not an amender
                                break
                            if (_AMENDER_JOIN.fullmatch(text[in_s[k - 1].ref_end if in_s[k - 1].ref_end > in_s[k - 1].vend else in_s[k - 1].vend:nxt.vstart])
                                    and (in_s[k - 1].ref_end <= in_s[k - 1].vend
                                         or _SEP_BEFORE.search(text, max(0, nxt.vstart - 12), nxt.vstart)
                                         or not _row_break(text, in_s[k - 1].vend, nxt.vstart))) or \
                                    _AMENDER_JOIN.fullmatch(text[in_s[k - 1].vend:nxt.vstart]) or \
                                    _bare_amenders(text, in_s[k - 1], nxt):
                                out.append(FoundRelation(nxt.id, rel, target, False, ui, s, e, "passive:list"))
                                if vbhn and target == consolidated and where in ("header", "title"):
                                    out.append(FoundRelation(own_id, "CONSOLIDATES", nxt.id, False, ui, s, e, "own:hợp nhất"))
                            else:
                                break
                # "Luật Thủy sản số 17/2003/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực": the own document repeals it
                if not may_hold(_CEASE_WORD, f.ref_end if f.ref_end > f.vend else f.vend, e):
                    continue            # (no "hết hiệu lực" after it: cm below is None)
                after = text[f.ref_end if f.ref_end > f.vend else f.vend:e]
                cease = _CEASE_CUE.search(after[:600])
                cm = _CEASES.match(after) or (cease and acting and where in ("body", "annex")
                                              and (not _CLAUSE_BREAK.search(after, 0, cease.start())
                                                   # the subject's title may hold a ";" ("… về việc quy định A;
                                                   # quy định B hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực")
                                                   or _SUBJECT_LEAD.fullmatch(before) is not None
                                                   and _CEASES_THIS.match(after, cease.start()) is not None
                                                   and not re.search(r"\.(?!\d)", after[:cease.start()])
                                                   # … or the sentence opens with the own document's effect and
                                                   # ends with the cue: "Kể từ ngày Nghị định này có hiệu lực thi
                                                   # hành, Nghị định số A … và Điều 2 Nghị định số B … (title with
                                                   # ";") hết hiệu lực thi hành."
                                                   or _EFFECT_LEAD.match(text, s, f.vstart) is not None
                                                   and _CEASE_ENDS.match(after, cease.start()) is not None
                                                   and not re.search(r"\.(?!\d)", after[:cease.start()]))
                                              and not _PASSIVE.search(before)
                                              # a condition's own subject between: "… theo Thông tư số A … trong
                                              # vòng 01 năm … hoặc khi chứng nhận … đã nộp trước đó hết hiệu lực"
                                              and not (_WHEN_CLAUSE.search(after, 0, cease.start())
                                                       and _CEASE_FROM.match(after, cease.start()) is None)
                                              # another document between: the cue is that one's
                                              and not any(g.vstart < e - len(after) + cease.start()
                                                          and not _JOINED_CEASED.search(text[f.vend:g.vstart])
                                                          and not (g.code and _in_title_of(text, f, g))
                                                          for g in in_s[i + 1:i + 2]))
                amender = re.search(r"được\s+(?:sửa đổi|bổ sung|thay thế)", text[s:f.vstart], re.I)
                # "… đến khi Luật số 38/2013/QH13 … hết hiệu lực": a condition, not an act
                until = _CONDITION_BEFORE.search(before, max(0, len(before) - 80))
                if cm and amender and not until and _CEASES.match(after):
                    # "Luật … số 04/2007/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số A, …, Luật số N hết
                    # hiệu lực kể từ ngày Luật này …": what ceases is the amended law, the list's head, not its amenders
                    head = _amended_head(text, in_s, i, s + amender.start())
                    who = who_acts(ui, head.vstart, text[s:head.vstart]) if head is not None else None
                    if head is not None and (who or own_id) not in (None, head.id):
                        out.append(FoundRelation(who or own_id, "REPEALS", head.id, False, ui, s, e, "own:hết hiệu lực"))
                        # a document after the amenders' list, which ";" or a "và" before its last amender closed:
                        # the next subject of the same cease ("Luật … số A đã được sửa đổi … theo Luật số B; Luật …
                        # số C hết hiệu lực …", "… theo Luật số B và Luật số D, Nghị quyết số C … hết hiệu lực")
                        after_cue = [g for g in in_s[:i + 1] if g.vstart > s + amender.end()]
                        if (f.code and f is not head and f.id != (who or own_id) and len(after_cue) > 1
                                and _list_closed(text, after_cue, semicolon=True)):
                            out.append(FoundRelation(who or own_id, "REPEALS", f.id, False, ui, s, e,
                                                     "own:hết hiệu lực"))
                if cm and not amender and not until:
                    who = who_acts(ui, f.vstart, before) or (own_id if _CEASES.match(after) else None)
                    if who and who != f.id and not re.search(r"\b(?:đã|sẽ)\s+(?:hết|chấm dứt)\s+hiệu lực", after[:200]):
                        # the documents listed before it, item by item ("Quyết định số A ngày …; Quyết định số B
                        # ngày … hết hiệu lực"), and what of them ceases: "Các thủ tục hành chính … tại các";
                        # what ceases is the subject: a document named in its title ("Thông tư số B … sửa đổi, bổ
                        # sung khoản 2 Điều 11 Thông tư số A hết hiệu lực") is the title's, B ceases, not A
                        subj = i
                        while subj > 0 and in_s[subj - 1].code and _in_title_of(text, in_s[subj - 1], in_s[subj]):
                            subj -= 1
                        listed, lead = _listed_before(units, by_unit, part, ui, in_s, subj, s)
                        scope = _scope_before(lead, len(lead)) or _lead_scope(lead)
                        ceased = listed[::-1] + [in_s[subj]]    # (in the text's order)
                        for c, g in enumerate(ceased):
                            # an item that names its own part: "… và Điều 1 Thông tư số B"
                            own_part = (_PART_ITEM_GAP.fullmatch(text, ceased[c - 1].vend, g.vstart)
                                        or _PART_ITEM_AFTER_TITLE.fullmatch(text, ceased[c - 1].vend, g.vstart)) if c else None
                            g_scope = _scope_text(own_part.group("scope")) if own_part else scope
                            semi = (text.rfind(";", ceased[c - 1].vend if c else s, g.vstart)
                                    if own_part is None else -1)
                            if semi >= 0 and g_scope is None:
                                # (an item led by its provisions after the ";": "…; các quy định về chính sách …
                                # quy định tại Quyết định số B …")
                                g_scope = _lead_scope(text[semi + 1:g.vstart])
                            if g_scope is None:
                                # (its part right before it, after a list the lead did not read: "…
                                # (Nghị định số 75/2021/NĐ-CP) và điểm d khoản 4 Điều 1 Nghị định số B … (Nghị định số
                                # B) chấm dứt hiệu lực")
                                # (from its first mention: "(Nghị định số B)" after the title repeats it)
                                first_at = next((h.vstart for h in in_s if h.id == g.id), g.vstart)
                                head_text = _TYPE_WORD_END.sub("", text[s:first_at])
                                g_scope = _scope_before(head_text, len(head_text))
                            if g.id != who:
                                out.append(FoundRelation(who, "REPEALS", g.id, False, ui, s, e, "own:hết hiệu lực",
                                                         scope=g_scope, partial=g_scope is not None))
        # "Luật X … được sửa đổi, bổ sung bởi:" (the amenders follow, one per line, in a VBHN's opening)
        pm = _AMENDED_BY.search(text) if text.rstrip().endswith((":", "bởi", "theo")) else None
        before_pm = [f for f in ms if f.vend <= pm.start() and f.code] if pm else []
        if pm and before_pm:
            pending_passive = (before_pm[-1].id if not vbhn or consolidated is None else consolidated, "AMENDS")
    if own_id and acting and not vbhn:
        out.extend(_annex_list_acts(units, part, by_unit, own_id, quoted))
    # the title's act is kept only when no sentence of the document states it again (then that sentence is the
    # evidence: "Để thực hiện Nghị quyết số 21-NQ/TW, … ban hành Kế hoạch này")
    stated = {(r.source, r.relation, r.target) for r in out if not r.rule.startswith("own:title:")}
    out = [r for r in out if not (r.rule.startswith("own:title:") and (r.source, r.relation, r.target) in stated)]
    # … and a review's report does not implement what it reviews: its title's "thực hiện" is the review's object
    reviewed = {r.target for r in out if r.source == own_id and r.relation == "REVIEWS" and r.rule.startswith("own:implicit")}
    if reviewed:
        out = [r for r in out if not (r.rule.startswith("own:title:") and r.relation == "IMPLEMENTS" and r.target in reviewed)]
    if laws and TITLED_TARGETS:
        based = {(r.source, r.target) for r in out if r.relation == "BASED_ON"}
        if own_id and not vbhn:
            own_items = [(ui, own_id) for ui, u in enumerate(units)
                         if part[ui] == "preamble" and u.kind != "footnote" and ui not in quoted]
            out.extend(_titled_bases(units, by_unit, laws, own_items, _TITLED_BASE_AT, "own:căn cứ:title", based))
        # … and a preamble quoted in a note ("Nghị định số A … có căn cứ ban hành như sau: “Căn cứ Luật Quy hoạch đô
        # thị và nông thôn được sửa đổi, bổ sung bởi Luật số B;”"): the quoted document's bases
        out.extend(_titled_bases(units, by_unit, laws, speaker.items(), _QUOTED_TITLED_BASE_AT, "quoted:căn cứ:title",
                                 based))
    dated = {f.id: (f.date, f.code) for f in found if f.id and f.code}
    if own_id and own is not None:
        dated[own_id] = (own.date, own.code)
    kinds = {f.id: f.type for f in found if f.id and f.code and f.type}
    if own_id and own is not None and own.type:
        kinds[own_id] = own.type
    # a correcting decision corrects what it names, though a note says the text "được sửa đổi theo" it: no amendment
    corrected = {(r.source, r.target) for r in out if r.relation == "CORRECTS"}
    if corrected:
        out = [r for r in out if not (r.relation == "AMENDS" and (r.source, r.target) in corrected)]
    if vbhn:
        # a consolidated text records who made each change: an act it states with no actor ("Giấy phép … (Thay thế
        # Mẫu số 08 Phụ lục III kèm theo Thông tư số A)" over a replaced form) is one its notes give an amender of A
        named_acts = {(r.relation, r.target) for r in out if r.relation in ACTS and not r.source.startswith("IMPLICIT:")}
        out = [r for r in out if not (r.source.startswith("IMPLICIT:") and not r.planned
                                      and (r.relation, r.target) in named_acts)]
    seen, unique = set(), []
    for r in out:
        k = (r.source, r.relation, r.target, r.unit, r.vstart)
        if k not in seen and r.source != r.target and r.source and r.target \
                and can_act_on(r.source, r.relation, r.target) \
                and not (r.relation in _IN_FORCE_ACTS and (kinds.get(r.target) in _NOT_IN_FORCE
                                                            or kinds.get(r.source) in _NOT_IN_FORCE)
                         and kinds.get(r.source) != kinds.get(r.target)) \
                and (r.relation != "GUIDES" or can_guide(r.source, r.target)) \
                and not (r.relation != "CITES" and r.source in dated and r.target in dated
                         and issued_before(*dated[r.source], *dated[r.target])     # never on a later document …
                         and (r.source, r.target) not in restated):     # … but as an amendment restates it
            seen.add(k)
            unique.append(r)
    return unique


# An article that acts on the documents an annex lists: "Bãi bỏ toàn bộ các văn bản quy phạm pháp luật do Bộ trưởng …
# ban hành … tại Phụ lục I ban hành kèm theo Thông tư này", "Bãi bỏ một phần các văn bản … tại Phụ lục II …" (a
# ministry's yearly circular clearing its old texts); the annex then lists one document an item.
_ANNEX_LIST_ACT = re.compile(
    r"\b(?P<cue>bãi bỏ|hủy bỏ|huỷ bỏ)\s+(?P<extent>toàn bộ|một phần)?\s*(?:(?:các|những|\d{1,3})\s+)?văn bản\b[^.;:“”]{0,240}?"
    r"\b(?:tại|trong|theo)\s+Phụ lục(?:\s+(?:số\s+)?(?P<no>[IVXLC\d]{1,6})\b)?\s+(?:được\s+)?ban hành\s+kèm\s+theo\s+"
    r"(?:" + P._alt(TYPE_WORDS) + r")\s+này", re.I)
# An annex's heading line: "Phụ lục I", "PHỤ LỤC II", "Phụ lục" alone
_LIST_ANNEX_HEAD = re.compile(r"[\s*_]*(?:Phụ lục|PHỤ LỤC)(?:\s+(?:số\s+)?(?P<n>[IVXLC\d]{1,6}))?\s*[.:]?[\s*_]*(?:$|[A-ZĐÀ-Ỹ(])")
# A listed item: its label, then (a part of) the document; the part said first is the item's scope.  A group's
# heading may stand before an item it holds alone ("VI. Lĩnh vực Trẻ em Thông tư số 29/2008/TT-BLĐTBXH …").
_ANNEX_ITEM = re.compile(r"[\s*_]*(?:[IVXLC]{1,6}\.\s+[^\d.;:“”]{1,80}?\s+)?(?:\d{1,3}\s*[.)]\s*|[-+•–]\s*)?"
                         r"(?P<scope>" + _SCOPE + r"(?:(?:của|tại)\s+)?)?$", re.I)


# A base that names its law by title and date ("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;"), the file numbering
# that title elsewhere ("… của Luật Đất đai số 31/2024/QH15 …"): the title at the item's start, or after its ";"
_TITLED_BASE_AT = re.compile(r"(?:^[\s*_-]*Căn cứ\s+|;\s*)(?=(?:Bộ\s+)?Luật\s|Pháp\s+lệnh\s)")


def _titled_bases(units, by_unit, laws: LawTitles, items, at, rule: str,
                  based: Set[Tuple[str, str]]) -> List[FoundRelation]:
    """who BASED_ON the laws a preamble's items name by title only (with ``relate.TITLED_TARGETS``), for each (unit,
    who) of ``items``: the own document's preamble (``_TITLED_BASE_AT``), or a preamble a note quotes for the quoted
    document (``_QUOTED_TITLED_BASE_AT``, the units whose words are its)."""
    out: List[FoundRelation] = []
    for ui, who in items:
        u = units[ui]
        text = u.text
        if not text.lstrip(" *_-“\"").startswith("Căn cứ"):
            continue
        for m in at.finditer(text):
            titled = laws.in_span(text, ui, m.end(), min(len(text), m.end() + 200), by_unit.get(ui, []))
            t = titled[0] if titled and titled[0].vstart == m.end() else None
            if t is None or (who, t.id) in based or t.id == who:
                continue
            s, e = next(((a, b) for a, b in u.sentences if a <= m.end() < b), (0, len(text)))
            out.append(FoundRelation(who, "BASED_ON", t.id, False, ui, s, e, rule))
            based.add((who, t.id))
    return out


# A preamble's next item after a ";" on the same line
_NEXT_BASE_BETWEEN = re.compile(r";\s*(?:Căn cứ|Theo đề nghị|Xét đề nghị)\b")
# (… in a quotation: after its opening quote, and each "; Căn cứ" of a preamble quoted on one line)
_QUOTED_TITLED_BASE_AT = re.compile(r"(?:^[\s*_“\"-]*Căn cứ\s+|;\s*(?:Căn cứ\s+)?)(?=(?:Bộ\s+)?Luật\s|Pháp\s+lệnh\s)")


def _annex_list_acts(units, part, by_unit, own_id: str, quoted) -> List[FoundRelation]:
    """The own document's acts on what its annexes list, when an article says so (``_ANNEX_LIST_ACT``): each item of
    the named annex whose first words are a document (or parts of one, then the act is partial: "Điều 8, Điều 9
    Thông tư số 18/2018/TT-BLĐTBXH …") is repealed, in whole unless the article says "một phần"."""
    in_part: Dict[str, bool] = {}          # the annex's number ("" when it has none) -> whether "một phần"
    for ui, u in enumerate(units):
        if part[ui] != "body" or ui in quoted or "Phụ lục" not in u.text:
            continue
        for m in _ANNEX_LIST_ACT.finditer(u.text):
            in_part[(m.group("no") or "").upper()] = (m.group("extent") or "").lower() == "một phần"
    if not in_part:
        return []
    out: List[FoundRelation] = []
    some = None                             # the annex being read: None when no article acts on its list
    for ui, u in enumerate(units):
        if part[ui] != "annex" or u.kind == "footnote":
            continue
        head = _LIST_ANNEX_HEAD.match(u.text)
        if head is not None and len(u.text) < 200:
            some = in_part.get((head.group("n") or "").upper())
            continue
        ms = by_unit.get(ui)
        if some is None or not ms or not ms[0].code or ms[0].kind == "anaphoric":
            continue
        item = _ANNEX_ITEM.fullmatch(u.text, 0, ms[0].vstart)
        if item is None:
            continue
        scope = _scope_text(item.group("scope")) if item.group("scope") else None
        out.append(FoundRelation(own_id, "REPEALS", ms[0].id, False, ui, 0, len(u.text), "own:annex-list",
                                 scope=scope, partial=some or scope is not None))
    return out


# A report or a submission is not in force: no document of another kind amends, replaces, repeals or suspends it
# ("Xét Tờ trình … đề nghị ban hành Nghị quyết thay thế Nghị quyết số 61/2021/NQ-HĐND …; Báo cáo thẩm tra số
# 111/BC-BPC …": the list of what is replaced ends before the report); nor does it act on another kind itself: it
# proposes or reports the act ("Tờ trình số 6482/TTr-SNV … về việc sửa đổi, bổ sung … Quyết định số 48/2024/QĐ-UBND")
_NOT_IN_FORCE = frozenset({"Báo cáo", "Tờ trình"})
_IN_FORCE_ACTS = frozenset({"AMENDS", "REPLACES", "REPEALS", "SUSPENDS"})


# _LIST_ACT's cue ends at most 200 characters before its ":"; its words then lie in the 216 characters before it
# ("sửa đổi,\s*bổ sung" may be longer: its "bổ sung" does).
_LIST_ACT_TAIL = _words("bãi bỏ", "hủy bỏ", "huỷ bỏ", "thay thế", "hết hiệu lực", "đình chỉ", "ngưng hiệu lực", "bổ sung")


def _heading_list(text: str):
    """The match of _HEADING_LIST_ACT on an article's heading (a cheap look for "Điều" first), or of _SELF_LIST_ACT
    on an item, else None."""
    m = _HEADING_LIST_ACT.match(text) if text.find("Điều", 0, 8) >= 0 else None
    return m or (_SELF_LIST_ACT.match(text) if text.find(" này ", 0, 40) >= 0 else None)


def _may_end_list(text: str) -> bool:
    """A unit without mentions may hold what own_relations' ``list_act`` reads (an effect clause's list of acts,
    "Bãi bỏ các văn bản sau đây:"): a sentence ending in ":" at the unit's end (or right before its last
    character), and one of the list's cue words in the 216 characters before that ":"."""
    t = text.rstrip()                   # (the text itself when it ends with no white space: no copy)
    k = len(t) - 2                      # the ":" ending t[:-1].rstrip(), if any (read without a copy)
    while k >= 0 and t[k].isspace():
        k -= 1
    if k >= 0 and t[k] == ":":
        c = k
    elif t.endswith(":"):
        c = len(t) - 1
    else:
        return False
    tail = t[max(0, c - 216):]
    low = tail.lower()
    if not PREFILTER or len(low) != len(tail) or "ı" in low or "ſ" in low:
        return True                     # (see _Folded)
    for w in _LIST_ACT_TAIL:            # (str's "in", word by word: a third faster than one regex of the words)
        if w in low:
            return True
    return False


# Between two items of a list of documents: the first one's date and issuer, then ";", "," or "và".  (A comma may set
# the date off, as the Party writes "số 121-KL/TW, ngày 24/01/2025", and a scan's speck: "3684/QĐ-BVHTTDL, ngày …; ;".)
_ITEM_GAP = re.compile(r"\s*(?:,?\s*" + _ON_DATE + r"\s*)?"
                       r"(?:của\s+[^;:.“”\d]{1,160}?\s*)?(?:[;,]\s*(?:và\s+)?|và\s+)")
# The unit's last item: its date and issuer, then the ";" that ends the paragraph.
_ITEM_END = re.compile(r"\s*(?:,?\s*" + _ON_DATE + r"\s*)?"
                       r"(?:của\s+[^;:.“”\d]{1,160}?\s*)?[;,]\s*(?:và\s*)?")
_BASE_LEAD = re.compile(r"^[\s*_\-–+•“\"]*(?:Căn cứ|Theo|Xét|Thực hiện|Trên cơ sở|Triển khai)\b", re.I)
_MAX_ITEMS = 40                 # a list of acted-upon documents is walked back at most this many paragraphs


_SEPARATOR = re.compile(r"\s*(?:[;,]\s*(?:và\s+)?|và\s+)")
# … or the next item is a part of a document, after the last one's short name: "Thông tư số A … (sau đây gọi là Thông
# tư số A) và Điều 1 Thông tư số B … hết hiệu lực" (the part is that item's own scope)
_PART_ITEM_GAP = re.compile(r"\s*\)?\s*(?:[;,]\s*(?:và\s+)?|và\s+)(?P<scope>" + _SCOPE + r")(?:(?:của|tại)\s+)?")
# … or after the last item's date, issuer and title, a ";" and the next item's parts: "Điều 25 Nghị định số A ngày …
# của Chính phủ quy định chi tiết …; Điều 48 và Phụ lục XIV ban hành kèm theo Nghị định số B … chấm dứt hiệu lực"
_PART_ITEM_AFTER_TITLE = re.compile(r"\s*(?:" + _ON_DATE + r"\s*)?(?:của\s+[^;:.“”\d]{1,200}?\s*)?;\s*(?:và\s+)?"
                                    r"(?P<scope>" + _SCOPE + r")(?:(?:của|tại)\s+|(?:được\s+)?ban hành\s+kèm(?:\s+theo)?\s+)?")


def _item_gap(text: str, prev: Found, nxt_start: int) -> bool:
    """``prev`` and the document at ``nxt_start`` are items of one list."""
    return bool(_SEPARATOR.fullmatch(text, max(prev.ref_end, prev.vend), nxt_start)
                or _ITEM_GAP.fullmatch(text, prev.vend, nxt_start))


# The end of a title that names a document: its act's cue and the small words before the document
_TITLE_TAIL = re.compile(r"\s(?:" + _CUE_ALT + r")" + _FILLER + r"\s*$", re.I)


def _type_word(self_subject: str) -> str:
    """The type a "X này" subject names, as ``Found.type`` lower-cased: "Nghị định này" -> "nghị định"."""
    return " ".join(self_subject.split()[:-1]).lower()


def _in_title_of(text: str, owner: Found, f: Found) -> bool:
    """``f`` is named in the title of ``owner``, the mention right before it: "Thông tư số B ngày … của Bộ … sửa đổi,
    bổ sung khoản 2 Điều 11 Thông tư số A", "Quyết định số B … quy định … theo Nghị định số A" (an act's cue joins
    them as the adjacent rule reads it)."""
    if (owner.type and owner.type == f.type and _COORD_AND.search(text, max(0, f.vstart - 8), f.vstart)
            and _OWN_TITLE_AFTER.match(text, f.vend)):
        return False        # "… và Nghị định số B ngày … quy định …": a second document of the type with its own title
    g0 = max(owner.ref_end, owner.vend)
    if g0 <= f.vstart and _ADJ_GAP.match(text[g0:f.vstart]):      # (_ADJ_GAP's "^": on a slice)
        return True
    if owner.ref_end > owner.vend and _ADJ_GAP.match(text[owner.vend:f.vstart]):
        return True
    # … or after a longer description, with no item's ";" in it: "Quyết định số B … quy định điều kiện học sinh …
    # được hưởng chính sách hỗ trợ và mức khoán … theo Nghị định số A"
    gap = text[owner.vend:f.vstart]
    return len(gap) <= 400 and ";" not in gap and _TITLE_TAIL.search(gap) is not None


_ITEM_ACTS = ("REPEALS", "REPLACES", "SUSPENDS")


def _next_paragraph_items(units, part, by_unit, rels: List[FoundRelation]) -> List[FoundRelation]:
    """An act on a whole document whose paragraph ends with ";" goes on to the document that opens the next paragraph
    ("2. Bãi bỏ Thông tư số A ngày … của Bộ trưởng …;" / "Thông tư số B ngày … sửa đổi, bổ sung … Thông tư số A …."),
    paragraph after paragraph while each ends with ";"."""
    out: List[FoundRelation] = []
    for r in rels:
        if (r.relation not in _ITEM_ACTS or r.partial or r.planned or not r.rule.startswith("own:implicit:")
                or r.source.startswith("IMPLICIT:")):
            continue
        ui = r.unit
        first = next((f for f in by_unit.get(ui, ()) if f.code), None)
        if first is None or first.id != r.target:
            continue
        while units[ui].text.rstrip().endswith(";") and ui + 1 < len(units):
            nxt = ui + 1
            f = next((g for g in by_unit.get(nxt, ()) if g.code), None)
            if (f is None or part[nxt] != part[ui] or "footnote" in (units[nxt].kind, units[ui].kind) or f.kind != "numbered"
                    or not _STARTS_WITH_TYPE.match(units[nxt].text) or f.vstart > 30):
                break
            a, b = next(((a, b) for a, b in units[nxt].sentences if a <= f.vstart < b), (f.vstart, f.vend))
            out.append(FoundRelation(r.source, r.relation, f.id, False, nxt, a, b, r.rule + ":next"))
            ui = nxt
    return out


def _listed_before(units, by_unit, part, ui: int, in_s: List[Found], k: int, s: int):
    """The documents listed before ``in_s[k]`` (nearest first), item after item, in its sentence and, when the
    list's items stand one per paragraph ("Quyết định số A ngày …;" / "Quyết định số B ngày …;"), in the paragraphs
    before; and the text that leads the list (from its sentence's start to its first item)."""
    listed: List[Found] = []
    text, cur, j = units[ui].text, in_s[k], k - 1
    while j >= 0:
        g = j
        while g >= 0 and not in_s[g].code:
            g -= 1                      # a document an item's title names without a number: "Quyết định số A ngày …
            #                             ban hành Quy định sử dụng …; Thông tư số B … hết hiệu lực" (the gap test reads it)
        if g < 0 or not (_item_gap(text, in_s[g], cur.vstart) or _PART_ITEM_GAP.fullmatch(text, in_s[g].vend, cur.vstart)
                         or _PART_ITEM_AFTER_TITLE.fullmatch(text, in_s[g].vend, cur.vstart)):
            break
        j = g
        while j > 0 and in_s[j - 1].code and _in_title_of(text, in_s[j - 1], in_s[j]):
            j -= 1                      # (a document of the item's title: the item is the title's document)
        cur = in_s[j]
        listed.append(cur)
        j -= 1
    lead = text[s:cur.vstart]
    u = ui
    while not lead.strip() and s == 0 and u > 0 and ui - u < _MAX_ITEMS:
        prev_ms = [g for g in by_unit.get(u - 1, ()) if g.code]
        if not prev_ms or units[u - 1].kind != units[ui].kind or part[u - 1] != part[ui]:
            break
        ptext = units[u - 1].text
        last = prev_ms[-1]
        if not _ITEM_END.fullmatch(ptext, last.vend) or not ptext.rstrip().endswith(";"):
            break
        u -= 1
        cur = last
        listed.append(cur)
        j = len(prev_ms) - 2
        while j >= 0 and _item_gap(ptext, prev_ms[j], cur.vstart):
            cur = prev_ms[j]
            listed.append(cur)
            j -= 1
        s = next((a for a, b in units[u].sentences if a <= cur.vstart < b), 0)
        lead = ptext[s:cur.vstart]
        if _BASE_LEAD.match(lead):
            # "Căn cứ Quyết định số A;" above "Quyết định số B … hết hiệu lực": a base, not an item of the list
            n_prev = sum(1 for g in listed if g.unit == u)
            del listed[len(listed) - n_prev:]
            lead = ""
            break
    return listed, lead


def _amended_head(text: str, in_s: List[Found], i: int, cue_at: int) -> Optional[Found]:
    """The document ``in_s[i]`` and the amenders listed before it amend, in "X … (đã) được sửa đổi, bổ sung theo A, B
    và C" (``cue_at``: where "được sửa đổi" stands): X, when every document from the first amender to ``in_s[i]`` is
    an item of one list; else None."""
    j = max((k for k in range(i) if in_s[k].vend <= cue_at), default=None)
    if j is None or j + 1 > i or not in_s[j].code:
        return None
    for k in range(j + 2, i + 1):
        if not _item_gap(text, in_s[k - 1], in_s[k].vstart):
            # (the list's short name in brackets is no break: "… theo Luật số B, Bộ luật số C (sau đây gọi chung là
            # Luật số A) và Nghị quyết số D …")
            gap = text[max(in_s[k - 1].ref_end, in_s[k - 1].vend):in_s[k].vstart]
            if not (_SHORT_NAME_OPEN.search(gap) or _AFTER_SHORT_NAME.fullmatch(gap)):
                return None
    return in_s[j]


_AFTER_SHORT_NAME = re.compile(r"\s*\)" + _SEPARATOR.pattern)      # the bracket's close, then the list goes on


# What a list's lead names when the act is on part of the documents: "Các thủ tục hành chính tương ứng đã công
# bố tại các" (Quyết định số …), "Danh mục … ban hành kèm theo"; not the documents themselves ("Các Quyết định").
_LEAD_PART = re.compile(
    # (not "Các Quyết định …", "Các văn bản …": documents; "các quy định về … tại" are provisions, a part)
    # (a bullet or a scan's speck may open it: ". Các thủ tục hành chính …", bench/accuracy_ocr.py seed 4)
    r"^[\s*_\-–+•.]*(?:\d+\.\s*|[a-zđ]\)\s*)?"
    # (after the own document's effect, the subject of the same sentence: "Quyết định này có hiệu lực thi hành kể từ
    # ngày 01/11/2025, các thủ tục hành chính … đã công bố tại Quyết định số A … hết hiệu lực …")
    r"(?:[^\W\d][\w ]{1,30}?\snày có hiệu lực(?: thi hành)?(?: kể)? từ ngày [^,;.:]{1,30}?,\s*(?:đồng thời\s+)?)?(?P<scope>(?!(?:các\s+|những\s+)?(?-i:(?!quy định\b|quy chế\b))(?:văn bản|"
    # (a code's colon is no clause break: "Quy trình kiểm định số QTKĐ:06-2016/BLĐTBXH … ban hành kèm theo", "QTKĐ:
    # 21-2016/BLĐTBXH"; three such titled items of a list run to 300 characters)
    + P._alt(TYPE_WORDS) + r")\b)[^\W\d](?:[^;:.“”]|(?<=[A-ZĐ]):(?=\s?\d)){2,300}?)\s+(?:(?:đã\s+)?(?:được\s+)?(?:công bố|ban hành(?:\s+kèm theo)?|quy định|phê duyệt)\s+)?"
    r"(?:tại|của|trong|kèm theo)\s+(?:các\s+)?$", re.I)


def _lead_scope(lead: str) -> Optional[str]:
    m = _LEAD_PART.match(lead)
    return re.sub(r"\s+", " ", m.group("scope")).strip() if m else None


# A letter's addressees open its body: "Kính gửi:" and the lines listing them ("- Các bộ, cơ quan ngang bộ …;")
_ADDRESSEE = re.compile(r"[\s*]*Kính\s+gửi\b")
_ADDRESSEE_ITEM = re.compile(r"[\s*]*[-+•–]\s")


def _opening_units(units, part, n: int) -> List[int]:
    """The first ``n`` body units of kind "body" after the letter's addressees, if the body opens with them."""
    out: List[int] = []
    addressees = False
    for k, u in enumerate(units):
        if part[k] != "body" or u.kind != "body":
            continue
        if not out and _ADDRESSEE.match(u.text):
            addressees = True
            continue
        if addressees and not out and _ADDRESSEE_ITEM.match(u.text):
            continue
        out.append(k)
        if len(out) == n:
            break
    return out


def _first_body_units(units, part, ui: int, n: int = 3) -> bool:
    """``ui`` is among the first ``n`` body units of the document (a plan's or letter's opening paragraph)."""
    body = [k for k in range(len(units)) if part[k] == "body" and units[k].kind == "body"][:n]
    return ui in body


_PART_OF = re.compile(r"(?P<scope>" + _SCOPE + r")(?:quy định\s+)?(?:(?:tại|của|trong)\s+)?"
                      r"(?:(?:được\s+)?(?:ban hành\s+)?kèm(?:\s+theo)?\s+)?$", re.I)
# A part right before a passive cue: "… ban | Điều 4 | Được bãi bỏ bởi …", "- Điểm a, điểm b khoản 3 Điều 5 Được …"
_PART_BEFORE_CUE = re.compile(r"(?:^|(?<=[\s\-–•;]))(?P<scope>" + _SCOPE + r")(?:đã\s+)?$", re.I)
_ACT_BEFORE = re.compile(r"(?:sửa đổi|bổ sung|thay thế|bãi bỏ|hủy bỏ|huỷ bỏ|hướng dẫn|chi tiết|thi hành)[\s,]*$", re.I)


def _list_closed(text: str, docs, semicolon: bool = False) -> bool:
    """The last of ``docs`` (documents in the text's order) is no longer in the list the first one opens: a gap
    without "và" after the one that "và" joined ("A, B và C, D": D is not the list's; "A và B và C" is one list, as
    sloppy texts write it), or, with ``semicolon``, a ";" between two of them that are not both bare numbers of one
    type ("theo Luật số A; Luật số B và Luật số C" is one list: ``_bare_amenders``); or the list's short name in
    brackets closed before it."""
    joined = named = False
    for a, b in zip(docs, docs[1:]):
        gap = text[max(a.ref_end, a.vend):b.vstart]
        has_and = _AND_WORD.search(gap) is not None
        if joined and not has_and:
            return True
        if (named and ")" in gap) or _SHORT_NAME_CLOSED.search(gap):
            return True         # the list's short name closed it: "… theo Luật số B, Bộ luật số C (sau đây gọi chung
            #                     là Luật số A) và Nghị quyết số D … hết hiệu lực" (D is the next subject)
        named = _SHORT_NAME_OPEN.search(gap) is not None
        if semicolon and ";" in gap and not _bare_amenders(text, a, b):
            return True
        joined = has_and
    return False


_AND_WORD = re.compile(r"(?<!\w)và(?!\w)")
# A list's short name in brackets, "(sau đây gọi chung là Luật số A)": opened (its close still ahead) or closed
_SHORT_NAME = r"\(\s*sau đây (?:gọi|viết)(?:\s+(?:chung|tắt))?\s+là\b[^)]*"
_SHORT_NAME_OPEN = re.compile(_SHORT_NAME + r"$")
_SHORT_NAME_CLOSED = re.compile(_SHORT_NAME + r"\)")


def _subject_part(text: str, s: int, pos: int) -> Optional[str]:
    """The part of the document at ``pos`` that a passive's subject names ("Phụ lục 1 ban hành kèm theo Thông tư số A
    được bãi bỏ …" -> "Phụ lục 1"); None when the words before it are another act's object ("Thông tư số B sửa đổi,
    bổ sung Điều 1 của Thông tư số A được bãi bỏ …": B's title names A's article, B is what goes)."""
    m = _PART_OF.search(text, max(s, pos - 260), pos)
    if m is None or not m.group("scope").strip() or _ACT_BEFORE.search(text, max(s, m.start() - 40), m.start()):
        return None
    return _scope_text(m.group("scope"))


# An amending article's (or item's) heading on a part of the amended document, up to a parenthesis: "Điều 7. Sửa đổi,
# bổ sung điểm b khoản 2 Điều 18 (", "2. Bổ sung khoản 3 vào Điều 5 ("
_AMENDED_PART_HEAD = re.compile(
    r"[\s*]*(?:Điều\s+\d+[a-zđ]?\s*[.:]\s*)?(?:\d+[.)]\s*|[a-zđ]\)\s*)?(?:sửa đổi,?\s*bổ sung|sửa đổi|bổ sung|thay thế)"
    r"\s+(?:(?:một số|các)\s+(?:khoản|điểm|điều)\s+(?:của\s+)?)?(?P<scope>" + _SCOPE + r")(?:vào\s+(?:sau\s+)?" + _SCOPE + r")?\(\s*", re.I)


# A document's only annex, named without a number before "(ban hành) kèm (theo)": "Điều 19, Điều 23 và Phụ lục ban hành
# kèm Thông tư số …"
# (or the list a decision publishes: "… Mục I Danh mục TTHC ban hành kèm theo Quyết định số …", "mục B - Danh mục …")
_THE_ANNEX = (r"(?:-\s*)?(?:Phụ lục|Danh mục(?:\s+(?:TTHC|thủ tục hành chính))?)\s+"
              r"(?=(?:được\s+)?(?:ban hành\s+)?kèm\b)")


# What _scope_before reads: every part optional, up to the end.  The look-ahead holds the first characters a
# non-empty match can start with (the first letters of _SCOPE_ITEM's words, of the annex's "và"/","/"Phụ lục" and
# of the words after; a space or "," before "một số"/"các"), so ``search`` turns down the other positions at once
# instead of trying every part there: 2-3x faster.  A match it skips is an empty one, whose scope is empty: the
# result is the same.  Benchmark if changing.
# A non-empty scope holds one of these: the words _SCOPE_ITEM's items and _THE_ANNEX start with ("danh mục" has
# "mục"); _scope_before looks for them first (str.find on the window lower-cased: no regex where none stands).
_SCOPE_WORDS = _words("mẫu", "biểu", "cụm từ", "điểm", "khoản", "điều", "mục", "chương", "phần", "phụ lục", "tiết",
                      "số thứ tự", "stt", "cột", "dòng", "chỉ tiêu", "bảng")
_SCOPE_BEFORE = re.compile(
    r"(?=[\s,bcdđkmpqstv])"
    r"(?P<scope>(?:" + _SCOPE + r")?(?:(?:và\s+|,\s*)?" + _THE_ANNEX + r")?)"
    r"(?:,?\s*(?:và\s+)?(?:một số|các)\s+(?:nội dung|quy định|điều khoản)\s+)?"
    r"(?:quy định\s+)?(?:(?:tại|của|trong(?:\s+nội dung)?)\s+)*(?:(?:được\s+)?(?:ban hành\s+)?kèm(?:\s+theo)?\s+)?(?:(?:các|một số)\s+)?$",
    re.I)


def _scope_before(text: str, pos: int, base: bool = False) -> Optional[str]:
    """The part of a document named right before its mention: "khoản 2 Điều 17 của Luật …" -> "khoản 2 Điều 17", a
    phrase "trong nội dung" it ("Cụm từ “theo đường bưu điện” trong nội dung Thông tư số …"); an
    annex "ban hành kèm theo" it, the "theo" often dropped ("Điều 19, Điều 23 và Phụ lục ban hành kèm Thông tư số …")."""
    window = text[max(0, pos - 260):pos]
    if not _may_hold(_SCOPE_WORDS, window):
        return None                     # (no part's word: the scope is empty; two thirds of the calls)
    m = _SCOPE_BEFORE.search(window)
    if not m or not m.group("scope").strip():
        return None
    scope = _scope_text(m.group("scope"))
    return scope
