"""Clean: named, offset-preserving normalisation steps applied before matching.

Every step here keeps the text's length (one character in, one character out, or a fixed-width
substitution), so an offset found in the cleaned text is the same offset in the original text.
NFC is the exception that can change length; ``nfc`` is only applied on read when the file has
decomposed characters, and the decoded text is the "original" users' offsets point into.
"""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from typing import List, Tuple

from vanban.domain.text import ascii_key, fix_d, fold, nfc, normalize_tones  # noqa: F401  (moved to the domain layer)
from vanban.loaders.layout import TYPE_WORDS
from vanban.loaders.patterns import CUT_PAIRS, LIST_ITEM_NEXT, NEVER_LAST, TYPE_WORD_BY_KEY

# ------------------------------------------------------------------ OCR confusions, spaces, dashes

# Known OCR confusions where they change what a matcher sees, as (wrong, right) of equal length so offsets
# stay put.  Each is a real line of the seed (examples/000_4359cb3ac2b76893.txt, line in the comment).
# Whole words only: "tinh ủy" is fixed, "tinh ủy viên" too, but "tinh" alone is a word ("tinh thần").
OCR_FIXES = (
    ("Quận ủy Trung ương", "Quân ủy Trung ương"),   # 235 "Quận ủy Trung ương tổ chức Cuộc thi" (a body)
    ("tinh ủy", "tỉnh ủy"),                         # 371 "không phải là tinh ủy, thành ủy" (a body)
    ("Tinh ủy", "Tỉnh ủy"),
    ("Yên Bai", "Yên Bái"),                         # 149 "Lạng Sơn, Yên Bai, Thái Nguyên" (a province)
    ("đổi tượng", "đối tượng"),                     # 313 "luân chuyển cán bộ; đổi tượng, tiêu chuẩn" (a subject)
    ("đổi ngoại", "đối ngoại"),                     # 19 "quốc phòng, an ninh đảm bảo, đổi ngoại"
    ("phuơng", "phương"),                           # 435 "Hoàn thiện phuơng thức cầm quyền"
    ("Công Thông tin điện tử", "Cổng Thông tin điện tử"),   # 463 "- Công Thông tin điện tử Đảng bộ tỉnh,"
    # scans (bench/accuracy_ocr.py): a cue's mark misread, and "Luật" with its L read as t.  "chỉ tiết" alone is
    # Vietnamese ("không chỉ tiết kiệm": not only save), after "quy định" it is the cue's "chi tiết"; "tuật" is no word
    ("định chỉ tiết", "định chi tiết"),             # "Nghị định này quy định chỉ tiết khoản 3 Điều 160 Luật …"
    ("Thực biện", "Thực hiện"),                     # fresh22 43/2023/TT-BCT: "Thực biện Quyết định số 1015/QĐ-TTg" (the
    ("thực biện", "thực hiện"),                     # h of the cue read as b; "thực biện" is no phrase)
    ("tuật số", "luật số"),                         # "… Luật số 07/2022/QH15, tuật số 93/2025/QH15 và …" ("Tuật
    #                                                 số" is read already: an amenders' list goes on past its item)
)
assert all(len(a) == len(b) for a, b in OCR_FIXES), "an OCR fix must keep the text's length"
_OCR_TABLE = dict(OCR_FIXES)
# Each word's start edge (\b: every word opens with a word character) read by a look-behind after it, so the search
# is led by the words' first letters and ``re`` skips ahead (the same matches as r"\b(?:" + words + r")\b", which
# was tried at every position: 3x slower on a text holding one; benchmark if changing).
_OCR = re.compile("(?:" + "|".join(re.escape(a) + r"(?<!\w" + re.escape(a) + ")" for a, _ in OCR_FIXES) + r")\b")
assert all(re.match(r"\w", a) for a, _ in OCR_FIXES)


# The same words without the word edges: a pattern opening with literals lets ``re`` skip ahead, one opening with
# \b does not.  A text without any of them (nearly all) is returned as it is, ~10x sooner; benchmark if changing.
_OCR_ANY = re.compile("|".join(re.escape(a) for a, _ in OCR_FIXES))


def fix_ocr(text: str) -> str:
    """Known OCR confusions (``OCR_FIXES``): ``fix_ocr("Quận ủy Trung ương") == "Quân ủy Trung ương"``."""
    if not _OCR_ANY.search(text):
        return text
    return _OCR.sub(lambda m: _OCR_TABLE[m.group(0)], text)


# ------------------------------------------------------------------ words OCR split with a speck
# "Căn.-cứ Nghị định số 155/2025/NĐ-CP", "Căn .cứ", "Quyết.định số 2069/QĐ-BVHTTDL", "Quyết B định số", "Quyết. định
# số 480/QĐ-UBND" (bench/accuracy_ocr.py, seeds 1-3), and a speck before a preamble line's "Căn cứ" ("'Căn cứ",
# "` Căn cứ", "_Căn cứ").  The word is written whole, right-aligned in the same span (length kept); only a gap of
# specks, spaces and at most one stray letter, never a plain space, and only before the word's second half.
# (capitalised only, but "sửa": "giải quyết, định kỳ báo cáo" is two words; a comma, ";" or ":" is never a speck here,
# but for a colon inside "Căn cứ", _SPLIT_COLON)
_SPLIT_WORDS = (("Căn", "cứ"), ("Quyết", "định"), ("sửa", "đổi"),      # ("sửa a đổi, bổ sung": fresh6 web, seed 1)
                ("Nghị", "định"), ("Nghị", "quyết"), ("Thông", "tư"))   # ("Nghị .. định số", "Nghị -định số": session 31)
_SPLIT_FIRSTS: dict = {}
for _first, _second in _SPLIT_WORDS:
    _SPLIT_FIRSTS.setdefault(_first, []).append(_second)
# where a first word's second does not follow it whole (a literal first: ``re`` skips to it)
_NOT_WHOLE = {first: re.compile(re.escape(first) + "(?!" + "|".join(" " + re.escape(w) for w in seconds) + ")")
              for first, seconds in _SPLIT_FIRSTS.items() if first != "Căn"}


def _finds(text: str, word: str):
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)
_SPLIT_GAP = re.compile(r"(?:[ \t]*[.'‘’`_\-„ˆ][ \t]*){1,2}|[ \t]+[A-Za-z][ \t]+")
_SPLIT_COLON = re.compile(r":[ \t]*")      # "Căn: cứ Quyết định số …" (seed 8): only inside "Căn cứ", no word of its own
# … and "một số" ("bổ sung một-số điều theo Luật số …", seed 4), written from the first word's start, so the word
# before it keeps its one space.
# (led by the word, a literal ``re`` searches fast; a look-behind first would have it try every position: 2x the
# cost; benchmark if changing)
_SPLIT_MOT_SO = re.compile(r"một(?:(?:[ \t]*[.'‘’`_\-„ˆ][ \t]*){1,2}số(?!\w)"
                           # … and its next word, the cue's "điều": "sửa đổi, bổ sung một số. điều của Nghị định số …" (seed 8)
                           # (… and a comma read there: "bổ sung một số, điều của Nghị định số …", session 31)
                           r"|(?P<whole> số)(?P<gap>[ \t]*[.,'‘’`_„ˆ][ \t]*)(?=điều\b))")
_LEAD_MAX = 40          # blanks and specks a line may hold before a repaired word (the look back stays bounded)
_LINE_SPECKS = frozenset("_'‘’`.,:;„~ˆ^‹›")   # ("ˆ Căn cứ": fresh web, seed 1; ".‹Căn cứ": seed 12; never “: a quotation
#                                                 opens there)


def fix_split_words(text: str) -> str:
    """``fix_split_words("Căn.-cứ Nghị định") == " Căn cứ Nghị định"``; ``"'Căn cứ"`` -> ``" Căn cứ"`` at a line's
    start.  "Căn" is looked for with ``str.find`` (a few per text), the other first words where their second does not
    follow them whole (``_NOT_WHOLE``: "Nghị" stands before most numbers, and most are whole; benchmark if changing)."""
    out = None
    for first, seconds in _SPLIT_FIRSTS.items():
        starts = (m.start() for m in _NOT_WHOLE[first].finditer(text)) if first in _NOT_WHOLE else _finds(text, first)
        for i in starts:
            j = i + len(first)
            whole_here = first == "Căn" and text.startswith(" cứ", j)
            if not whole_here and (i == 0 or not text[i - 1].isalpha()):
                m = _SPLIT_GAP.match(text, j) or (_SPLIT_COLON.match(text, j) if first == "Căn" else None)
                gap_end = m.end() if m is not None else -1
                second = next((w for w in seconds if text.startswith(w, gap_end)), None) if gap_end >= 0 else None
                if second is not None and not text[gap_end + len(second):][:1].isalpha():
                    whole = first + " " + second
                    span = gap_end + len(second) - i
                    if out is None:
                        out = list(text)
                    out[i:i + span] = " " * (span - len(whole)) + whole
                    whole_here = True
            if not whole_here and first == "Quyết" and text.startswith(" ", j) and text.startswith(" số", j + 5) \
                    and text[j + 1:j + 5] != "định" and ascii_key(text[j + 1:j + 5]) == "dinh":
                if out is None:                     # "các Quyết Đình số 3684/QĐ-BVHTTDL": a mark and a case
                    out = list(text)                # misread in the type word before its number (fresh2 web, seed 2)
                out[j + 1:j + 5] = "định"
            if first == "Căn" and whole_here:
                k = text.rfind("\n", max(0, i - _LEAD_MAX), i) + 1   # a preamble line opening with a speck: "'Căn cứ"
                lead = text[k:i]                            # (the look back bounded: linear on a line of repeats)
                if (k or i <= _LEAD_MAX) and lead.strip(" \t") and all(c in _LINE_SPECKS or c in " \t" for c in lead):
                    if out is None:
                        out = list(text)
                    out[k:i] = " " * (i - k)
    for m in _SPLIT_MOT_SO.finditer(text):
        a, b = m.span()
        if a and text[a - 1].isalpha():
            continue                            # inside a word
        if out is None:
            out = list(text)
        if m.group("whole") is not None:
            out[m.start("gap"):b] = " " * (b - m.start("gap"))        # "một số. điều" -> "một số  điều"
        else:
            out[a:b] = "một số" + " " * (b - a - 6)
    return text if out is None else "".join(out)


# ------------------------------------------------------------------ a date's words and marks misread
# "ngày 28 tháng 11 hăm 2023", "ngày 30 tháng 10 nặm 2022", "ngày 28 tháng 11.năm 2023", "hgày 09 tháng 6 năm 2025",
# "thắng" (bench/accuracy_ocr.py, dev2 web, seeds 1, 2 and 4): OCR misreads a mark or a letter of a date's words, or
# a speck between them, and the date no longer stands between a number and its issuer, so what the sentence says of
# the number ("… ngày … của Chính phủ sửa đổi, bổ sung …") is lost.  Only the whole skeleton, "…gày" D "tháng" M "năm"
# YYYY with the words one letter or mark off, is repaired: its words are written as a date writes them and the specks
# between them become spaces (same length).
# (a speck before the line break inside a date: "năm .⏎2025", seed 11; a caret or a quote: "tháng 12 ˆ năm", seed 12)
_DSEP = r"[ \t.,:;'`ˆ‘’„]{1,3}(?:\n[ \t]*)?"
_DATE_WORDS = re.compile(r"gày(?P<s0>" + _DSEP + r")\d{1,2}(?P<s1>" + _DSEP + r")(?P<t>th[aáàảãạăắằẳẵặâấầẩẫậ]ng)"
                         r"(?P<s2>" + _DSEP + r")\d{1,2}(?P<s3>" + _DSEP + r")(?P<n>[nh][aăâáàảãạắằẳẵặấầẩẫậ][mn])"
                         # (a dash among the specks before the year: "năm ' -2025", session 31)
                         r"(?P<s4>" + _DSEP + r"|[ \t.,:;'`ˆ‘’„]{0,3}-[ \t]?)(?:19|20)\d\d(?!\d)")
# Dust around the "ngày" of a number's date: a mark between the number and "ngày" or after "ngày" ("Quyết định số
# 2302/QĐ-BVHTTDL: ngày 02/7/2025", "3808/QĐ-BVHTTDL. ngày …", "775/QĐ-BVHTTDL ngày: 28/3/2024"; seeds 1, 2, 4, 6, 8;
# no real text of the corpus writes a mark there), which kept the date off the number and cut a list of numbers
# there, and a lone speck after "ngày" ("ngày _ 02/7/2025", seed 14); blanked when the word before is a number with its
# code.  And a dash opening the line after "ngày", before its digits ("ngày⏎- 02/7/2025; Quyết định số …", seed 6),
# which opened an item and cut an effect clause's list.
_NGAY_DIGITS = re.compile(r"(?P<after>[:.;,])?[ \t]*(?P<lone>[_'`ˆ„][ \t]*)?(?:\n(?:[ \t]*\n)*[ \t]*[-–]?[ \t]*)?\d")
_CODE_BEFORE = re.compile(r"\d+[/-][\w/.&-]*[A-ZĐ][\w&-]*[ \t]*$")
_PAIR_SPECKS = "_.,'‘’`ˆ"                   # (specks beside a line break inside a cue pair, below, too)
_DATE_DASH = re.compile(r"ngày[ \t" + _PAIR_SPECKS + r"]*\n(?:[ \t]*\n)*[ \t]*([-–][" + _PAIR_SPECKS + r" \t]*)"
                        r"(?=\d{1,2}[ \t]*(?:[/.-][ \t]*\d{1,2}[ \t]*[/.-][ \t]*\d{4}|tháng\b))")
# Where one of the three may stand, from the literal "gày" every date holds (one search; the look-arounds turn away a
# date written whole, as nearly all are, before any group is read; benchmark if changing): a word ending "gày" that
# is not "ngày", a date in words not written whole, a mark after "ngày" or before it, "ngày" ending its line.
_GAY = re.compile(r"gày(?:(?<![nN]gày)|(?! \d{1,2} tháng \d{1,2} năm \d)(?=" + _DSEP + r"\d{1,2}" + _DSEP + r"th)"
                  r"|(?=[:.;,][ \t]*\n?[ \t]*\d)|(?=[ \t]+[_'`ˆ„][ \t]*\d)"
                  r"|(?<=[:.]ngày)|(?<=[:.][ \t]ngày)|(?<=[:.][ \t][ \t]ngày)"
                  r"|(?=[ \t" + _PAIR_SPECKS + r"]*\n))")


# A syllable a PDF's letter spacing split before its toned vowel, a glyph of its own in the font: "Nghị định s ố
# 44/2015/NĐ-CP", "quy đ ịnh", "c ủa", "sửa đ ổi, b ổ sung", "B ộ" (thienhocdata's Gazette texts, fresh55: "… và Ngh ị
# định s ố 44/2015/NĐ-CP" ended an amended list).  Where a word's onset stands alone — a consonant or consonant
# cluster no Vietnamese word is by itself — one blank before a word opening with a vowel that carries a mark, the two
# are one syllable: the blank moves before the onset (length kept).  Not after "/" ("V/v áp dụng", "J/m ở"), nor a
# letter after a word that labels one ("hệ số k áp dụng", "điểm b ở trên").
_ONSETS = frozenset(("b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p",
                     "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"))
_MARKED_VOWELS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
# (found by the pattern, led by the blank, not a look in Python at each blank before a marked vowel: the letters before
# the blank are at most four of an onset's and a glide's, a word's start before them; "và ở", "Ủy" are never tried)
_ONSET_LETTERS = "bcdđghklmnpqrstvxouưiy"
_SPLIT_ONSET = re.compile("[ ](?=[" + _MARKED_VOWELS + _MARKED_VOWELS.upper() + "])(?:"
                          + "|".join("(?<=(?<![^\\W\\d_])[" + _ONSET_LETTERS + _ONSET_LETTERS.upper() + "]{" + str(n) + "} )"
                                     for n in range(1, 5)) + ")")
_LETTER_LABELS = frozenset(("số", "điểm", "khoản", "mục", "tiết", "hạng", "loại", "nhóm", "cột", "dòng", "lục", "hiệu",
                            "mẫu", "biến", "tố", "hàm", "kiểu"))
_ONSET_BEFORE = " \t\n(“\"'‘*_"


# … or the onset and the glide of the rhyme stand alone, the rest of the rhyme after the blank: "Lu ật", "đư ợc",
# "ho ạch", "vi ệc", "quy ết", "duy ệt" — a glide and the marked vowel that makes a rhyme with it (oa, oă, oe; uâ,
# uê, uy, uơ, uô; ươ; iê, yê; uyê)
_GLIDE_NEXT = {"o": "aăe", "u": "âêyơô", "ư": "ơ", "i": "ê", "y": "ê", "uy": "ê"}
_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))


# (a word of its own after a word ending in a glide is two words: "thu ở mức", "khu ở", "no ấm")
_WHOLE_AFTER_GLIDE = frozenset(("ở", "ấy", "ông", "ổn", "ý", "ước", "ăn", "ấm", "ưu", "ốm", "ép", "ẩn", "ấn"))


def _word_at(text: str, i: int) -> str:
    """The letters from ``i`` to the end of their word, in small letters."""
    k = i
    while k < len(text) and text[k].isalpha():
        k += 1
    return text[i:k].lower()


def _glide_goes_on(left: str, vowel: str) -> bool:
    """``left`` (small letters) is an onset (or none) and a glide, which the marked ``vowel`` goes on."""
    for glide, nexts in _GLIDE_NEXT.items():
        if left.endswith(glide) and (left[:-len(glide)] in _ONSETS or left == glide or left[:-len(glide)] == "q"):
            base = unicodedata.normalize("NFC", unicodedata.normalize("NFD", vowel.lower()).translate(_TONE_MARKS))
            if base in nexts:
                return True
    return False


def _split_onsets(text: str, end: int):
    """(onset start, blank) of each split syllable ``join_split_syllables`` joins, before ``end``."""
    for m in _SPLIT_ONSET.finditer(text, 0, end):
        i = m.start()
        j = i
        while j > i - 4 and j > 0 and text[j - 1].isalpha():
            j -= 1
        onset = text[j:i]
        if not onset or (j > 0 and text[j - 1] not in _ONSET_BEFORE):
            continue
        low = onset.lower()
        if low not in _ONSETS and (not _glide_goes_on(low, text[i + 1]) or _word_at(text, i + 1) in _WHOLE_AFTER_GLIDE):
            continue
        if len(onset) == 1:
            k = j - 1
            while k > 0 and text[k - 1] in " \t":
                k -= 1
            w = k
            while w > 0 and text[w - 1].isalpha():
                w -= 1
            if text[w:k].lower() in _LETTER_LABELS:
                continue
        yield j, i


# A PDF spaces all its pages' letters alike: a text none of whose first characters holds a split syllable holds none
# (the scan of a whole text is ~6 ms a MB; the sample's, for the texts that are not spaced, a fraction of it)
_SPLIT_SAMPLE = 30_000


def join_split_syllables(text: str) -> str:
    """``join_split_syllables("Nghị định s ố 44") == "Nghị định  số 44"`` (length kept)."""
    if len(text) > _SPLIT_SAMPLE and next(_split_onsets(text, _SPLIT_SAMPLE), None) is None:
        return text
    out = None
    for j, i in _split_onsets(text, len(text)):
        if out is None:
            out = list(text)
        out[j] = " "
        out[j + 1:i + 1] = text[j:i]
    return text if out is None else "".join(out)


# A year a PDF's letter spacing split after its century: "ngày 01 tháng 7 năm 20 25 của Chính phủ" (a Gazette
# consolidated text's first line, fresh55: the date cut, its number was not read as the consolidated decree).  After
# "năm", "19"/"20", one blank and two digits that end there are one year: the blank moves before it (length kept).
_SPLIT_YEAR = re.compile(r"(?<=năm )(?:19|20)[ \t](?=\d\d(?!\d))")


def join_split_years(text: str) -> str:
    """``join_split_years("năm 20 25 của") == "năm  2025 của"`` (length kept)."""
    if "năm 20 " not in text and "năm 19 " not in text:
        return text
    return _SPLIT_YEAR.sub(lambda m: " " + m.group(0)[:2], text)


def fix_date_words(text: str) -> str:
    """``fix_date_words("ngày 28 tháng 11.hăm 2023") == "ngày 28 tháng 11 năm 2023"``; the letter before "gày" is
    an "n" ("hgày" -> "ngày", "rigày" -> " ngày"); ``"2302/QĐ-UBND: ngày⏎- 02/7/2025"`` -> ``"2302/QĐ-UBND  ngày⏎
    02/7/2025"``.  A text whose dates are whole is returned as it is."""
    out = None
    for g in _GAY.finditer(text):
        a = g.start()
        fixes = []
        m = _DATE_WORDS.match(text, a)
        if m is not None:
            lead = a
            while lead > a - 2 and lead > 0 and text[lead - 1].isalpha():
                lead -= 1                   # the letters OCR read for the "n" of "ngày" (at most two)
            if lead < a and text[lead:a] not in ("n", "N"):
                if lead > 0 and text[lead - 1].isalpha():
                    continue                # a longer word ending in "gày": not a date's
                fixes.append((lead, " " * (a - lead - 1) + "n"))
            for grp in ("s0", "s1", "s2", "s3", "s4"):
                sep = m.group(grp)
                if sep.strip(" \t\n"):
                    fixes.append((m.start(grp), "".join("\n" if c == "\n" else " " for c in sep)))   # (lines kept)
            if m.group("t") != "tháng":
                fixes.append((m.start("t"), "tháng"))
            if m.group("n") != "năm":
                fixes.append((m.start("n"), "năm"))
        if a and text[a - 1] == "n":
            dash = _DATE_DASH.match(text, a - 1)
            if dash is not None:
                fixes.append((dash.start(1), " " * (dash.end(1) - dash.start(1))))
            digits = _NGAY_DIGITS.match(text, a + 3)
            k = a - 1                       # "ngày"; k: the character before it, blanks aside
            while k and text[k - 1] in " \t":
                k -= 1
            if digits is not None and k >= 2:
                mark = k - 1 if text[k - 1] in ":." and text[k - 2] not in " \t" else -1      # "…/QĐ-UBND: ngày"
                after = digits.start("after") if digits.group("after") is not None and k < a - 1 else (
                    digits.start("lone") if digits.group("lone") is not None and k < a - 1 else -1)   # "ngày _ 02/7/2025"
                if (mark >= 0 or after >= 0) and _CODE_BEFORE.search(text, max(0, k - 41), k - (mark >= 0)):
                    fixes.extend((at, " ") for at in (mark, after) if at >= 0)
        if fixes:
            if out is None:
                out = list(text)
            for at, written in fixes:
                out[at:at + len(written)] = written
    return text if out is None else "".join(out)


# ------------------------------------------------------------------ a number's digits misread
# "Nghị định số 1 18/2025/NĐ-CP", "số 1 17/2017/NĐ-CP" (bench/accuracy_ocr.py, seeds 1 and 4): Tesseract sets a gap
# after a narrow leading digit, and the number read is "18/2025/NĐ-CP".  Right after "số", one or two digits, one
# space and the rest of a number's first part (before its "/year/" or its code) are one number: the digits are
# closed up, the space put before them (same length); so are a header's digits a scan set apart one by one ("Số:8 5 2
# 0/BCT-KHCN", fresh22).  (Its year may be split too. No real text of the corpus holds "số N N/…".)
# … and specks glued before the number after "số", and a blank or none ("Luật Dẫn độ số -_100/2025/QH15", seed 10;
# "Nghị quyết số-203/2025/QH15", seed 11): blanked; a colon only after a blank ("Luật số:64/2025/QH15" is a header's).
# (Markdown's "số __165/2024/NĐ-CP__" is join_emphasis's, an earlier step.)
# (the blanks after "ố" read once, then one test of the next character: after nearly every "ố" a letter stands, and
# the search goes on at once; benchmark if changing)
# (… and specks on both sides of a line break between "số" and its number: "thay thế Nghị quyết số. .⏎_41/NQ-CP ngày …",
# session 32; the line break kept)
_SPLIT_NUMBER = re.compile(r"ố[ \t]*(?=[\d:\n.,;'‘’`_„-])"
                           r"(?::?[ \t]*(?P<a>\d{1,2})(?P<b>(?: \d{1,3}){1,5})(?=/[12][\d ]{3,4}/|[/-][A-ZĐ])"
                           r"|\n?[ \t]*(?P<s>(?<=\s)[-.,;:'‘’`_„]{1,3}|[-.,;'‘’`_„]{1,3})(?=\d{1,4}[a-z]?/)"
                           r"|(?P<p>[.,:;'`_„ˆ][ \t.,:;'`_„ˆ]*)?\n[ \t]*(?P<q>[_'`.„ˆ,]{1,3}[ \t]*)(?=\d{1,4}[a-z]?/))")


def fix_number_slips(text: str) -> str:
    """``fix_number_slips("Nghị định số 1 18/2025/NĐ-CP") == "Nghị định số  118/2025/NĐ-CP"``, and "số -_100/2025/QH15"
    is "số   100/2025/QH15".  A text without one is returned as it is."""
    out = None
    for m in _SPLIT_NUMBER.finditer(text):
        if m.start() == 0 or text[m.start() - 1] not in "sS" or (m.start() > 1 and text[m.start() - 2].isalpha()):
            continue                        # not the word "số"
        if out is None:
            out = list(text)
        if m.group("s") is not None or m.group("q") is not None:
            for g in ("s", "p", "q"):
                if m.group(g) is not None:
                    a, b = m.span(g)
                    out[a:b] = " " * (b - a)
            continue
        a, b = m.start("a"), m.end("b")
        digits = m.group("a") + m.group("b").replace(" ", "")     # ("Số:8 5 2 0/BCT-KHCN": each digit set apart)
        out[a:b] = " " * (b - a - len(digits)) + digits
    return text if out is None else "".join(out)


# ------------------------------------------------------------------ a speck read as a dash inside a cue
# "… Luật sửa⏎- đổi, bổ sung một số điều của Luật … số 88/2025/QH15;", "… Luật sửa đổi, bổ `⏎⏎-.,. sung một số điều
# …": OCR read a speck at the line's start as a dash, inside a pair of words that make one cue or type word
# (patterns.CUT_PAIRS), maybe after a blank line Tesseract put there and a speck after the pair's first word.  The
# dash and the specks after it are blanked (the line breaks are kept), so the line goes on as "sửa đổi"
# (bench/accuracy_ocr.py, fresh6 nghi-dinh-so-132-2026, seeds 1 and 3).  Turned away by the next word unless it is a
# pair's second half.  (_PAIR_SPECKS: above.)
_PAIR_SECONDS = "|".join(sorted({b for _, b in CUT_PAIRS}, key=lambda w: (-len(w), w)))
_PAIR_DASH = re.compile(r"\n(?:[ \t]*\n)*[ \t]*([-–][" + _PAIR_SPECKS + r" \t]*)(?=(" + _PAIR_SECONDS + r")(?!\w))")
# _PAIR_DASH's dash and what follows it, led by the hyphen's literal: ``re`` skips to the hyphens (a few in a text
# go on with a pair's second word), where _PAIR_DASH, led by the line break, was tried at every line of the text
# (4x the cost, ~1.5% of the extraction; benchmark if changing).  For a text without an en dash ("–"): clean has
# made every dash a hyphen before this step.
_PAIR_HYPHEN = re.compile(r"-([" + _PAIR_SPECKS + r" \t]*)(?=(" + _PAIR_SECONDS + r")(?!\w))")


def _pair_dashes(text: str):
    """``(m.start(), m.span(1), m.group(2))`` of each match ``m`` of ``_PAIR_DASH.finditer(text)``, for a text
    without an en dash, from the hyphens _PAIR_HYPHEN finds: one that opens its line, maybe after blank lines, is
    _PAIR_DASH's group 1, its match starting at the first line break of the blanks before it (no match of
    _PAIR_DASH holds another's dash: the same matches, in order)."""
    for d in _PAIR_HYPHEN.finditer(text):
        a = d.start()
        r = a
        while r > 0 and text[r - 1] in " \t\n":
            r -= 1
        p = text.find("\n", r, a)
        if p >= 0:
            yield p, d.span(), d.group(2)


def unspeck_cut_pairs(text: str) -> str:
    """``unspeck_cut_pairs("Luật sửa\\n- đổi, bổ sung") == "Luật sửa\\n  đổi, bổ sung"``: a dash that opens a line
    inside a cue pair (``CUT_PAIRS``: the last line before ends with the pair's first word, specks aside) is
    blanked."""
    out = None
    dashes = (((m.start(), m.span(1), m.group(2)) for m in _PAIR_DASH.finditer(text)) if "–" in text
              else _pair_dashes(text))
    for start, (a, b), second in dashes:
        last = text[max(0, start - 80):start].rstrip(" \t\n" + _PAIR_SPECKS).rsplit(None, 1)[-1:]
        if last and (last[0].lower(), second) in CUT_PAIRS:
            if out is None:
                out = list(text)
            out[a:b] = " " * (b - a)
    return text if out is None else "".join(out)


# ------------------------------------------------------------------ a speck after a comma at a line's end
# "… số 64/2025/QH15 được sửa đổi, :⏎bổ sung bởi Luật số …": a stop, colon or semicolon right after a comma at the end
# of a line is dust (no text writes two marks so), and read as the line's end it would cut the sentence there
# (bench/accuracy_ocr.py, seed 4).  Blanked, the comma ends the line and the sentence goes on.
_COMMA_SPECK = re.compile(r",[ \t]*([:;.])[ \t]*(?=\n)")
_SEMI_SPECK = re.compile(r";[ \t]*([:;.])[ \t]*(?=\n)")      # (two patterns, each led by its literal: 3x faster)
# (… and after a semicolon: "Quyết định số 3808/QĐ-BVHTTDL ngày 11/12/2023; :⏎⏎Quyết định số 775/…" (seed 6), the colon
# read as a list's announcement, cut an effect clause's list of items)


# (… and a colon at a line's end inside a pair of words (patterns.CUT_PAIRS): "… một số điều của Nghị :⏎định số
# 126/2020/NĐ-CP", "bổ sung một số:⏎điều Nghị định số …" (seed 10); read as the sentence's break it cut the mention)
_PAIR_COLON = re.compile(r":[ \t]*(?=\n[ \t]*(?:" + _PAIR_SECONDS + r")(?!\w))")


def unspeck_comma_ends(text: str) -> str:
    """``unspeck_comma_ends("sửa đổi, :\nbổ sung") == "sửa đổi,  \nbổ sung"``; the same after a ";", and a colon
    inside a cut pair: ``unspeck_comma_ends("của Nghị :\nđịnh số") == "của Nghị  \nđịnh số"``."""
    out = None
    for m in itertools.chain(_COMMA_SPECK.finditer(text), _SEMI_SPECK.finditer(text)):
        if out is None:
            out = list(text)
        out[m.start(1)] = " "
    for m in _PAIR_COLON.finditer(text):
        a = m.start()
        last = text[max(0, a - 12):a].rsplit(None, 1)[-1:]
        second = text[m.end():m.end() + 12].split(None, 1)[:1]        # (none: the next line's blanks fill it)
        if last and second and (last[0].lower(), second[0].lower()) in CUT_PAIRS:
            if out is None:
                out = list(text)
            out[a] = " "
    return text if out is None else "".join(out)


# ------------------------------------------------------------------ a speck opening a line that goes on
# "… số 15/2017/QH14 được sửa đổi, bổ sung.⏎⏎' bởi Luật số 64/2020/QH14, Luật số …" (bench/accuracy_ocr.py, seed 6): dust
# read as a mark before a line that goes on the sentence above (its first word in small letters) makes that line
# open a paragraph of its own, and the amenders and the bases it names are lost.  One or two such marks, blanks
# after them and a small letter: the marks are blanked.  (A comma is left: a form's blank "…, ngày … tháng …" opens
# a line with one.)
# (and one glued before a list's letter item: ".a) Nghị quyết số …", session 31)
_LEAD_SPECK = re.compile(r"\n[ \t]*([_'‘’`.„~ˆ^]{1,2})(?:[ \t]+(?=\w)|(?=[a-zđ]\)[ \t]))")


def unspeck_line_starts(text: str) -> str:
    """``unspeck_line_starts("bổ sung.\n' bởi Luật số") == "bổ sung.\n  bởi Luật số"``."""
    out = None
    for m in _LEAD_SPECK.finditer(text):
        if not text[m.end()].islower() or text.startswith("..", m.start(1)):
            continue                    # a capital opens a paragraph; ".." is an ellipsis
        if out is None:
            out = list(text)
        out[m.start(1):m.end(1)] = " " * (m.end(1) - m.start(1))
    return text if out is None else "".join(out)


# ------------------------------------------------------------------ a scan's slips in a document's frame
# What the frame of a document always writes, read by OCR with a mark or a letter off, a stop glued where no sentence
# ends, or a running head glued to the line after it (bench/accuracy_ocr.py on texts never printed before, session 31).
# Each is put back in the same span (length kept).
#
# The type heading alone on its line with a mark misread ("THÔNG TỪ" for THÔNG TƯ): its letters without marks are a
# type word's and no other word's, so the line is that heading.  Only in the head of a text (``_HEAD_CHARS``), where
# the own document's heading stands: without it the header, the title and the preamble are not read.
_CAPS_OF: dict = {}
for _c in map(chr, range(0x41, 0x1EFA)):
    if _c.isalpha() and _c.isupper() and ascii_key(_c) and len(ascii_key(_c)) == 1:
        _CAPS_OF.setdefault(ascii_key(_c), []).append(_c)
_HEADING_ALTS = re.sub(r"[^\W\d_]", lambda m: "[" + "".join(_CAPS_OF[ascii_key(m.group())]) + "]",
                       TYPE_WORDS.replace(" ", "[ \t]+"))
# (specks before it that layout's heading does not allow, "`. NGHỊ ĐỊNH :", and a quote after it, "THÔNG TƯ”", too)
_OFF_HEADING_AT_START = re.compile(r"(?P<lead>[ \t*|#_:.'‘’`„ˆ-]*)(?P<w>" + _HEADING_ALTS
                                   + r")(?P<tail>[ \t.\-_~'‘’*|:”“\"]*)(?=\n|$)")
# (elsewhere led by the line break, a literal ``re`` skips to, and a type word's first letter: "(?:^|\n)" was tried at
# every position)
_HEADING_FIRSTS = "".join(sorted({c for w in TYPE_WORDS.split("|") for c in _CAPS_OF[ascii_key(w[0])]}))
_OFF_HEADING = re.compile(r"\n(?=[ \t*|#_:.'‘’`„ˆ-]*[" + _HEADING_FIRSTS + "])" + _OFF_HEADING_AT_START.pattern)
_LEAD_NOT_READ = re.compile(r"[`„ˆ]")          # (the lead's specks layout's TYPE_HEADING does not read)
# … and a colon OCR set after a heading that no enacting line writes ("NGHỊ ĐỊNH :"; "QUYẾT ĐỊNH:" enacts, layout.ENACTING)
_HEADING_SPECKS = re.compile(r"[.'‘’`_~”“\"]")
_ARTICLE_NEXT = re.compile(r"\s*(?:Điều|ĐIỀU|Chương|CHƯƠNG|[IVX\d]+[.:)/ ])")     # what follows an enacting line
_ENACTING_WORDS = frozenset(("quyetdinh", "quyetnghi", "nghiquyet", "ketluan", "quydinh", "chithi"))
_HEAD_CHARS = 4000
# The header's "Số:" with its vowel's marks misread by a scan ("Só: #2 /2018/TT-BCT Hà Nội, ngày …"): at a line's start,
# its colon and a number's code after it on the line (a "/" or "-" before capitals) — in a text's head only
_OFF_NUMBER_WORD = re.compile(r"^[ \t*'‘’`_.,~„-]*(S[oóòỏõọôồổỗộơớờởỡợ])[ \t]*:(?=[^\n]{0,16}?[/-][ \t]*[A-ZĐ])",
                              re.M)
# "Căn cứ" opening a line with its first letter misread ("Găn cứ Thông tư số …"), its next word a capital's: a
# preamble item's first words; only at a line's start, after blanks and specks.  (relate and layout read "Căn cứ" with
# a mark misread already; led by the literal "G", ``re`` skips to it)
_OFF_BASE_CUE = re.compile(r"G[aăâáàảãạắằẳẵặấầẩẫậ]n[ \t]c[uưúùủũụứừửữự](?=[ \t]+[A-ZĐÀ-Ỹ])")
# A speck glued after the type word a base names right after its "Căn cứ" ("Căn cứ Luật. Tổ chức Chính phủ số …"): no
# sentence ends there.  (matched at each "Căn cứ " ``str.find`` gives)
_BASE_TYPE_SPECK = re.compile(r"Căn cứ (?:Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư|Quyết định)"
                              r"([.,:;'`])(?= [A-ZĐÀ-Ỹ])")
# … or after "Căn cứ" itself, before the base's type word ("Căn cứ. Nghị quyết số 248/2025/QH15 …"): a preamble's item
# never ends there.  (A colon is left: "Căn cứ:" may announce a list.)
_BASE_CUE_SPECK = re.compile(r"Căn cứ([.,;'`_])(?= ?(?:Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư|Quyết định"
                             r"|Hiến pháp|Kết luận|Chỉ thị|Quy định)\b)")
# A signature stamp's line the scan merged into the text's line beside it ("… khoản 6 Điều 24 và điểm b Người ký: CỔNG
# THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ ,⏎khoản 1 Điều 28 …"): its label, the stamp's name in capitals and the specks after it are
# blanked, so the sentence goes on over the next line.  (A stamp on its own line is layout's, STAMP_LINE.)
_STAMP_LEAD = " \t" + "".join(sorted(_LINE_SPECKS))
_GLUED_STAMP = re.compile(r"Người ký[ \t]*:[ \t]*[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ \t]{4,80}?[ \t.,:;'`_]*(?=\n|$)")
# A gazette's running head glued before the next line's text by two blanks or more ("CÔNG BÁO/Số 243/Ngày 22-04-2026
# Căn cứ Nghị định số …"): blanked, the line's text kept where it stands.  (matched at each "CÔNG BÁO" ``str.find``
# gives)
_GLUED_HEAD = re.compile(r"CÔNG BÁO[ \t]*/[ \t]*S[ốo][ \t]*[\d +]+/[ \t]*Ngày[ \t]*\d{1,2}[-.]\d{1,2}[-.][ \t]*\d{4}"
                         r"(?:[ \t]+\d{1,4})?[ \t]{2,}(?=[^\W\d_])")
# Three stops no sentence ends with, in one pass led by the stop's literal (the words beside it read in
# ``fix_frame_slips``):
# * glued between two words in small letters, one with a mark ("sửa đổi.bổ sung"): a sentence's stop has a blank and a
#   capital after it; a web or mail address has no marks;
# * after a word no paragraph ends with, at a line's end ("… quy định chi tiết một số điều và .⏎");
# * glued after a colon, before what the colon introduces ("Bãi bỏ TTHC:.*“Đăng ký …”* tại Quyết định số …"; segment
#   reads no sentence's end there either).
_STOPS = re.compile(r"\.(?:(?<=[a-zà-ỹđ]\.)(?=[a-zà-ỹđ])|(?<=[ \t]\.)(?=[ \t]*\n)|(?<=:\.)(?=[ \t*_]*[“\"A-ZĐÀ-Ỹ]))")
# (… and a colon so: "… số 64/2025/QH15 và :⏎Luật sửa đổi, bổ sung …"; a colon ends no line after such a word either)
_COLON_AT_END = re.compile(r":(?<=[ \t]:)(?=[ \t]*\n)")
# A lone speck between two words in small letters ("… hết hiệu ` lực thi hành kể từ ngày …", "một số điều ‹ của Luật
# …"): no text writes these marks alone inside a phrase, and inside a cue it hides the cue from every rule.
# (one pattern per mark, led by it, and asked only of a text holding it: a class of these marks is scanned for at every
# character, 0.1 s over the 667 real texts; these 0.03 s)
_MID_SPECKS = {c: re.compile(re.escape(c) + r"(?<=[a-zà-ỹđ][ \t].)(?=[ \t][a-zà-ỹđ])") for c in "`ˆ„^‹›\\"}
# A decree's issuer code OCR garbled after its hyphen ("166/2025/NĐ- ÉP", "12/2015/NĐ- vi"): a year's decree is
# numbered "…/NĐ-CP" and nothing else, so one or two letters there are its "CP".
# (led by "/NĐ-", the year read by a look-behind and its range in ``fix_frame_slips``: "CP" turned away at once)
_DECREE_CODE = re.compile(r"/NĐ-(?!CP\b)(?<=\d/\d{4}/NĐ-)(?P<gap>[ \t]?)(?P<code>[^\W\d_]{1,2})(?![\w/-])")
# A rule or a speck read as "I" between a number's type code and its issuer code ("74/2025/NQ-I HĐND"): no issuer
# code is "I"; or a speck glued after the hyphen ("45/2025/TT-.BYT") (led by the hyphen's literal, the number before
# it read in ``fix_frame_slips``).
# (… or after a blank there, before the code or the line's end: "193/2016/TT- 'BTC", "02/2019/TT- :⏎BLĐTBXH")
_CODE_RULE = re.compile(r"-(?:[Il|][ \t]+|[ \t]?(?P<sp>[.,:'`_])[ \t]?(?:\n[ \t]*)?)(?=[A-ZĐ]{2})")
# An underscore glued after a number's issuer code ("Số: 17/2026/NQ-CP_ ' Độc lập"): the code's end, read so (led by
# the underscore after a capital; the number before it read with _CODE_BEFORE)
_CODE_UNDERSCORE = re.compile(r"_(?<=[A-ZĐ]_)(?!\w)")
_TYPE_CODE_BEFORE = re.compile(r"(?<![\w/])\d{1,5}/(?:(?:19|20)\d\d/)?[A-ZĐ]{1,6}$")


def fix_frame_slips(text: str) -> str:
    """``fix_frame_slips("THÔNG TỪ\nQuy định") == "THÔNG TƯ\nQuy định"``; ``"Găn cứ Luật"`` -> ``"Căn cứ Luật"`` at a
    line's start; ``"sửa đổi.bổ sung"`` -> ``"sửa đổi bổ sung"``; ``"điều và .\n"`` -> ``"điều và  \n"``;
    ``"12/2015/NĐ- vi ngày"`` -> ``"12/2015/NĐ-CP  ngày"``; ``"74/2025/NQ-I HĐND"`` -> ``"74/2025/NQ-  HĐND"``; a
    running head glued to a line's text blanked.  Each slip is looked for by its literal (``str.find``, or a pattern
    led by it), the three stops in one pass (benchmark if changing)."""
    fixes: List[Tuple[int, str]] = []
    head = text[:_HEAD_CHARS]
    first = True                        # the first heading line of the head: where the own document's stands
    for m in itertools.chain([_OFF_HEADING_AT_START.match(head)], _OFF_HEADING.finditer(head)):
        if m is None:
            continue
        w, tail = m.group("w", "tail")
        key = ascii_key(w)
        right = TYPE_WORD_BY_KEY.get(key, "").upper() or None
        was_first, first = first, first and right is None
        if right is None:
            continue
        # where the own heading stands: the head's first heading line, no base before it, no article right after it
        # (an enacting line's word there, "NGHỊ QUYẾT :", is the own heading with a colon OCR set after it)
        own_place = (was_first and head.find("Căn cứ", 0, m.start()) < 0 and head.find("CĂN CỨ", 0, m.start()) < 0
                     and _ARTICLE_NEXT.match(head, m.end()) is None)
        if ":" in tail and (not tail.startswith((" ", "\t")) or key in _ENACTING_WORDS and not own_place):
            continue                    # (an enacting line's colon stays)
        if w != right and len(right) == len(w):
            fixes.append((m.start("w"), right))
        if ":" in tail or (own_place or key not in _ENACTING_WORDS) and _HEADING_SPECKS.search(tail):
            # the colon, and specks OCR set after the heading ("THÔNG TƯ.", "NGHỊ ĐỊNH _"): layout reads no heading so
            fixes.append((m.start("tail"), _HEADING_SPECKS.sub(" ", tail.replace(":", " "))))
        lead = m.group("lead")
        if _LEAD_NOT_READ.search(lead) or own_place and "-" in lead:
            # (and a dash a scan set before the own heading, "- THÔNG TƯ :": layout reads no heading after a dash,
            # a body's item "- QUYẾT ĐỊNH …" being none)
            fixes.append((m.start("lead"), _LEAD_NOT_READ.sub(" ", lead.replace("-", " ") if own_place else lead)))
    for m in _OFF_NUMBER_WORD.finditer(head):
        fixes.append((m.start(1), "Số"))
    for m in _OFF_BASE_CUE.finditer(text):
        a = m.start()
        k = text.rfind("\n", max(0, a - _LEAD_MAX), a) + 1        # (bounded: linear on a line of repeats)
        if (k or a <= _LEAD_MAX) and all(c in _LINE_SPECKS or c in " \t-–" for c in text[k:a]):
            fixes.append((a, "Căn cứ"))
    for a in _finds(text, "Căn cứ"):
        m = _BASE_TYPE_SPECK.match(text, a) or _BASE_CUE_SPECK.match(text, a)
        if m is not None:
            fixes.append((m.start(1), " "))
    for a in _finds(text, "Người ký"):     # (the stamp's first line; "Ký bởi", on every gazette page, is never glued)
        k = text.rfind("\n", max(0, a - _LEAD_MAX), a) + 1
        if (k == 0 and a > _LEAD_MAX) or text[k:a].strip(_STAMP_LEAD):
            m = _GLUED_STAMP.match(text, a)           # (text before it on its line: a stamp glued there)
            if m is not None:
                fixes.append((a, " " * (m.end() - a)))
    for a in _finds(text, "CÔNG BÁO"):
        m = _GLUED_HEAD.match(text, a)
        k = text.rfind("\n", max(0, a - _LEAD_MAX), a) + 1
        if m is not None and (k or a <= _LEAD_MAX) and not text[k:a].strip():
            fixes.append((a, " " * (m.end() - a)))
    for m in _STOPS.finditer(text):
        a = m.start()
        before = text[a - 1]
        if before == ":":
            fixes.append((a, " "))
        elif before in " \t":
            last = text[max(0, a - 10):a].rsplit(None, 1)[-1:]     # (none: a line of blanks and a stop)
            if last and last[0].lower() in NEVER_LAST:
                fixes.append((a, " "))
        else:
            left = text[max(0, a - 12):a].rsplit(None, 1)[-1]
            right = text[a + 1:a + 13].split(None, 1)[0]
            word = left.lstrip("([“'") + "." + right
            if not (word.isascii() or not left.isalpha() or not right.rstrip(",;:.)”").isalpha()):
                fixes.append((a, " "))      # (an address, an abbreviation, a number's part are left)
    for c, rx in _MID_SPECKS.items():
        if c in text:
            fixes.extend((m.start(), " ") for m in rx.finditer(text))
    for m in _COLON_AT_END.finditer(text):
        a = m.start()
        last = text[max(0, a - 10):a].rsplit(None, 1)[-1:]
        if last and last[0].lower() in NEVER_LAST:
            fixes.append((a, " "))
    for m in _CODE_RULE.finditer(text):
        if _TYPE_CODE_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None:
            if m.group("sp"):
                fixes.append((m.start("sp"), " "))
            else:
                fixes.append((m.start() + 1, " " * (m.end() - m.start() - 1)))
    for m in _CODE_UNDERSCORE.finditer(text):
        if _CODE_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None:
            fixes.append((m.start(), " "))
    for a in _finds(text, " -ngày"):
        if _CODE_BEFORE.search(text, max(0, a - 40), a) is not None:
            fixes.append((a + 1, " "))      # "128/2024/NĐ-CP -ngày 10/10/2024": a speck glued before the date's word
    for m in _DECREE_CODE.finditer(text):
        code = m.group("code")
        if not ("1993" <= text[m.start() - 4:m.start()] <= "2099"):
            continue                    # (a decree of the Council of Ministers, before 1993, was "…/NĐ-HĐBT")
        a, b = m.start("gap"), m.end("code")
        if code == "CP" or code.lower() in NEVER_LAST or b - a < 2:
            continue                    # ("NĐ-C": no room for "CP" in the same span)
        fixes.append((a, "CP" + " " * (b - a - 2)))
    if not fixes:
        return text
    out = list(text)
    for at, written in fixes:
        out[at:at + len(written)] = written
    return "".join(out)


# ------------------------------------------------------------------ look-alike letters inside codes
# Web pages and OCR put Cyrillic or Greek letters that look Latin inside document numbers: "23/2024/NĐ-CР" (a
# Cyrillic Р), "105/2025/TT-BTС", "02/2024/TT-BKHĐТ" (three tvpl pages of the shared corpus).  Inside a code token
# (letters, digits and "/", "-", ".", "&", with a digit or a "/" in it) they become the Latin letters; a Russian or
# Greek word is no code and stays.  One character for one.
LOOK_ALIKES = {
    # Cyrillic capitals (a code's letters are capitals: its few small ones, "TTg", "CTr", have no look-alike)
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X",
    "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S",
    # Greek capitals
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P",
    "Τ": "T", "Υ": "Y", "Χ": "X",
}
_LOOK_ALIKE_SET = "".join(LOOK_ALIKES)
# a token holding a look-alike: letters (Latin, Vietnamese, look-alike), digits and the joiners of a code
_CODE_TOKEN = re.compile(r"[\w/.&-]*[" + _LOOK_ALIKE_SET + r"][\w/.&-]*")
_TOKEN_CHAR = re.compile(r"[\w/.&-]")              # (what ``fold_look_alikes`` reads _CODE_TOKEN's matches with)
_NOT_TOKEN = re.compile(r"[^\w/.&-]")
_LOOK_ALIKE = re.compile("[" + _LOOK_ALIKE_SET + "]")
_IS_CODE = re.compile(r"\d|/")
# … or the rest of a code a line break cut after its hyphen: "Thông tư số 67/2022/TT-⏎BТС" (Cyrillic Т and С)
_CODE_CUT_BEFORE = re.compile(r"[\w][-/][ \t]*\n[ \t]*$")


def fold_look_alikes(text: str) -> str:
    """Cyrillic/Greek look-alike letters inside code tokens as Latin letters (length kept):
    ``fold_look_alikes("Nghị định số 23/2024/NĐ-CР")`` ends "NĐ-CP" with a Latin P.  Each letter is looked for
    with ``in`` first (C-level, one character: cheaper than a regex pass; benchmark if changing)."""
    for ch in _LOOK_ALIKE_SET:
        if ch in text:
            break
    else:
        return text
    # ``_CODE_TOKEN.sub(to_latin, text)``: its matches are the maximal runs of token characters holding a
    # look-alike, each found here from its look-alikes (a search led by them skips ahead) and widened both ways.
    # The pattern itself, opening with a repeat, is tried at every position: ~25 ms for a 350 KB text holding
    # one look-alike (benchmark if changing).
    out, done, seen = [], 0, 0              # the result's pieces, how far they reach, where the last run ends
    is_token = _TOKEN_CHAR.match
    for m in _LOOK_ALIKE.finditer(text):
        i = m.start()
        if i < seen:
            continue                        # (inside the last run)
        a = i
        while a > 0 and is_token(text, a - 1):
            a -= 1
        after = _NOT_TOKEN.search(text, i)
        b = seen = after.start() if after is not None else len(text)
        t = text[a:b]
        if _IS_CODE.search(t) is not None or _CODE_CUT_BEFORE.search(text, max(0, a - 8), a) is not None:
            out.append(text[done:a])
            out.append("".join([LOOK_ALIKES.get(c, c) for c in t]))
            done = b
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


# ------------------------------------------------------------------ OCR specks around document numbers
# Dust on a scan is read as punctuation where none stands: "2069/QĐ-BVHTTDL. ngày 19/6/2025", "ngày. 11/12/2023",
# "Luật . số 03/2022/QH15", "Luật Dẫn độ số , :⏎100/2025/QH15", "…27/12/2022; ." (bench/accuracy_ocr.py, seeds 1-3),
# and lone or glued specks and quotes: "bổ sung ˆ bởi", "_bởi Luật số", "quy “định chỉ tiết" (session 9, seeds 1-3).
# Each speck becomes a space (length kept).  None of these stands so in clean text: a full stop is never followed by
# a lower-case word, "ngày" by a stop before its date, "số" by punctuation before its number, nor ";" by a stop; an
# apostrophe, a caret or a low quote stands alone or before a word in no text of the shared corpus (a lone "_" or "~"
# does: a form's blank, so neither is read as a lone speck).
# a small letter (Vietnamese too): "[a-zđà-ỹ]" would take the capitals between "À" and "Ỹ" as well
_SMALL = "a-zđ" + "".join(sorted({unicodedata.normalize("NFC", v + m) for v in "aăâeêioôơuưy"
                                   for m in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")} - set("aeiouy")))
_SPECK_SOURCE = (r"""
    (?P<a>\.)(?<=[A-ZĐ0-9]\.)(?=[ \t]+(?:ngày|được|của)\b)  # "QH15. được sửa đổi", "BVHTTDL. ngày 19/6/2025",
                                                          # "ngày 15 tháng 9 năm 2025. của Bộ trưởng …"
  | (?P<b>[.,])(?<=ngày[.,])(?=[ \t]*\d)                    # "ngày. 11/12/2023", "ngày, 09/6/2025"
  | (?P<c>\.)(?<=[ \t]\.)(?=\s+[SMALL])                      # "bởi Luật . số 03/2022/QH15" (a lone stop), "một .⏎số"
  | đổi(?P<l>;)(?=[ \t]*bổ[ \t]+sung)                       # "đã được sửa đổi; bổ sung một số điều bởi"
  | [ \t](?P<m>[-_.,'`]{1,3})(?=[ \t]+bởi\b)                # "được sửa đổi, bổ sung -_ bởi Nghị định số"
  | (?P<t>[-_.'`ˆ„]{1,3})(?<=đổi,[ \t][-_.'`ˆ„])(?=[ \t]+bổ[ \t]+sung)   # "được sửa đổi, _ bổ sung" (seed 4)
  | (?P<w>[:.'`_])(?<=bổ[:.'`_])(?=[ \t]+sung\b)            # … and inside the pair: "sửa đổi, bổ: sung" (seed 13)
  | ^(?P<n>[_'`„ˆ^‘’~]{1,3})(?=[ \t]+[A-ZĐCAPITAL])             # specks opening a paragraph: "__ Nghị định này quy định
                                                          # chi tiết …" (in the shared corpus none stands so)
  | ^(?P<v>[_'`„ˆ^~]{1,2})(?=[A-ZĐCAPITAL][SMALL])         # … or glued to its first word: "'Các thủ tục hành chính
                                                          # … tại các Quyết định số …" (seed 13; not ‘, which opens
                                                          # a quotation)
  | ^(?P<q>[.,:])(?=""" + LIST_ITEM_NEXT + r""")            # … or a stop before a list's next document: ". Nghị định
                                                          # số 48/2013/NĐ-CP …" (a preamble's base without "Căn cứ")
  | số(?P<d>[ \t]+(?:[-.,;:'‘’`_„][ \t]*)+)(?=\s*\d)         # "số , :⏎100/2025/QH15", "số ' 101/2025/QH15", "số - '"
  | ,[ \t]*(?P<p>;|\.\.?(?!\.))(?=[ \t]+[A-ZĐ])              # "67/2024/NĐ-CP, ; Nghị định số" (a list's "," kept),
                                                          # "51/2019/QH14, . Luật số" (seed 14; after ".." the unit's
                                                          # sentences are already cut there)
  | ;(?P<e>[ \t]*[.,„'`‘’]+[ \t]*)$                         # "…27/12/2022; ." (the unit's end)
  | ;(?P<r>[ \t]*[.,„'`‘’]+)(?=[ \t]+[A-ZĐ])                # "… hành chính; . Nghị định số 48/2013/NĐ-CP" (lines
                                                          # joined: the next line's opening speck)
  | bởi(?P<f>[.,])(?=[ \t]+[A-ZĐ])                          # "bổ sung bởi, Nghị định số 91/2022/NĐ-CP"
  | (?P<g>[ˆ'‘’`„^]+)(?<=[ \t][ˆ'‘’`„^])(?=[ \t])            # a lone speck: "bổ sung ˆ bởi Nghị định số", "bởi ' Nghị"
  | (?P<h>[ˆ'‘`„_])(?<=[ \t].)(?=[SMALL]{2})               # one glued to a word: "bổ sung _bởi Luật số", "'bổ sung"
  | (?P<x>[ˆ'‘`„_]{2})(?<=[ \t]..)(?=[SMALL]{2})            # … or two: "được sửa đổi, '_bổ sung bởi Luật số …"
  | (?P<y>[-_'`„ˆ](?:(?<=tại[ \t].)|(?<=bởi[ \t].)|(?<=theo[ \t].))[-_'`„ˆ]?)(?=[ \t]+[A-ZĐ])   # after the agent word:
                                                          # "được sửa đổi bổ sung tại -_ Thông tư số …"
  | (?P<s>[-_'`„ˆ])(?<=sung[ \t].)(?=[ \t]+một[ \t]+số)     # … or inside the cue: "bổ sung - một số điều theo"
  | (?P<o>")(?<=[SMALL,][ \t]")(?=[SMALL]{2}[^"]*$)          # … a straight one: 'được sửa đổi, "bổ sung _ bởi'
  | (?P<i>“)(?<=[SMALL][ \t]“)(?=[SMALL]{2}[^”]*$)           # an opening quote no ” closes, inside a phrase:
                                                          # "quy “định chỉ tiết" (a quotation's opener stands
                                                          # after ":" or before "a)", and is closed)
  | (?P<j>\.)(?<=[SMALL]\.)(?=[ \t]+[SMALL])                # a word's stop before a small letter: "ngày 14/1 xã.
                                                          # hết hiệu lực" (a list's last date garbled)
  | (?P<u>\.)(?<=[ \t]\.)(?=[SMALL]{2})                    # … or glued to one after a blank: "thuộc phạm vi .quản
                                                          # lý của tỉnh …" (seed 12; it ended the first item's title)
  | số[ \t]+(?:[^\s/;,]{1,6}?[ \t]*){1,2}(?P<k>\.)(?=""" + LIST_ITEM_NEXT + r""")
                                                          # a list item's number garbled past reading, a stop read
                                                          # after it: "Luật số 212 ngii. Luật số⏎56/2024/QH15"
""").replace("SMALL", _SMALL).replace("CAPITAL", _SMALL.upper()[4:])     # each branch opens with its character,
#                                                  not a look-behind: ``re`` skips ahead (benchmark if changing)


@functools.cache
def _speck() -> re.Pattern[str]:
    """_SPECK_SOURCE compiled when a text first may hold a speck (``may_have_specks``): its classes of small letters
    cost the import ~40 ms that a clean corpus never needs."""
    return re.compile(_SPECK_SOURCE, re.VERBOSE)


def _blank(m) -> str:
    g = m.lastgroup
    a, b = m.span(g)
    t = m.group(0)
    return t[:a - m.start()] + " " * (b - a) + t[b - m.start():]


# What each branch of _SPECK_SOURCE needs (its stop and the word beside it), looked for first with ``str.find`` (C-level):
# a text holding none of them (nearly all) is returned as it is.  Benchmark if changing: the specks pattern over every unit that
# names a document cost ~3% of the extraction.
_SPECK_WORDS = (". ngày", ". được", ". của", "ngày.", "ngày,", " . ", "bởi.", "bởi,", "số ,", "số .", "số :", "số '", "số ‘",
                "số ’", "số `", "số _", "số „", " ˆ", " '", " ‘", " ’", " `", " „", " ^", " _", " .\n", "đổi;", "; .", ";.",
                "; ,", ", ;", ",;", "số -", "_ bởi", "- bởi", ". bởi", ", bởi", "' bởi", "` bởi", "đổi, _", "đổi, -",
                "đổi, .", "đổi, '", "đổi, `", "đổi, ˆ", "đổi, „", ", .", "bổ:", "bổ.", "bổ'", "bổ`", "bổ_",
                "tại -", "tại _", "bởi -", "theo -", "theo _", "sung -", "sung _")
# The words searched at once, each led by its first punctuation character with the letters before it read by a
# look-behind ("số ," as ",(?<=số ,)"): ``re`` skips to those characters (a few in a unit), where 38 ``in`` tests each
# converted the word to the unit's wider kind and scanned it: a third of the time (despeck is asked of every unit that
# names a document, ~3k on the 10 MB bench; benchmark if changing).  Matches where one of the words stands.
_SPECK_LEADS = ".,:;'‘’`_„ˆ^-"
_SPECK_WORD = re.compile("|".join(
    re.escape(w[k]) + (f"(?<={re.escape(w[:k + 1])})" if k else "") + re.escape(w[k + 1:])
    for w in _SPECK_WORDS for k in [min(w.find(c) for c in _SPECK_LEADS if c in w)]))
_STOP_HINT = re.compile(r"\.(?:(?<=[^\W\d_]\.) [" + _SMALL + r"]|(?<= \.)[" + _SMALL + "]{2}|" + LIST_ITEM_NEXT + ")")
_SPECK_TAIL = frozenset(".,„'`‘’")


_OPENING_SPECKS = frozenset("_'`„ˆ^‘’~.,:")


def may_have_specks(text: str) -> bool:
    """``text`` may hold one of _SPECK_SOURCE's specks (``despeck`` would change it)."""
    if text[:1] in _OPENING_SPECKS and text:
        return True
    if _SPECK_WORD.search(text) is not None:        # (one of _SPECK_WORDS)
        return True
    t = text.rstrip(" \t")
    if t and t[-1] in _SPECK_TAIL and ";" in t[-8:]:
        return True
    if "“" in text and text.count("“") > text.count("”") or '"' in text and text.count('"') % 2:
        return True                             # a quote no other closes
    # a word's stop before a small letter, or glued to one, or before the list's next item (one search led by the
    # stop's literal)
    return (". " in text or " ." in text) and _STOP_HINT.search(text) is not None


def despeck(text: str) -> str:
    """OCR's specks around document numbers blanked (``_SPECK_SOURCE``), length kept:
    ``despeck("Quyết định số 2069/QĐ-BVHTTDL. ngày 19/6/2025") == "Quyết định số 2069/QĐ-BVHTTDL  ngày 19/6/2025"``."""
    if not may_have_specks(text):
        return text
    return _speck().sub(_blank, text)


# No-break and typographic spaces -> " "; hyphens, en/em dashes and minus -> "-"; the fraction, division and
# full-width slashes a PDF's font or an input method may give -> "/": a number written "21 – KL/TW",
# "21\u00a0-\u00a0KL/TW" or "12／2024／NĐ-CP" must match like "21 - KL/TW" and "12/2024/NĐ-CP".  One character for one.
_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SLASHES = "\u2044\u2215\uff0f"
_PUNCT = re.compile(f"[{_SPACES}{_DASHES}{_SLASHES}]")
_PUNCT_TABLE = {**dict.fromkeys(_SPACES, " "), **dict.fromkeys(_DASHES, "-"), **dict.fromkeys(_SLASHES, "/")}


def unify_punctuation(text: str) -> str:
    """``unify_punctuation("21\u00a0– KL/TW") == "21 - KL/TW"`` (length kept).  A regex, not str.translate:
    translate is ~50x slower on non-ASCII text (benchmark if changing)."""
    return _PUNCT.sub(lambda m: _PUNCT_TABLE[m.group(0)], text)


# ------------------------------------------------------------------ Markdown's backslash escapes
# A page converted to Markdown by pandoc escapes punctuation ("1\. Sắp xếp …", "\- Báo cáo …", "\***") and ends a
# line broken inside a paragraph or a table's cell with a backslash ("**ỦY BAN THƯỜNG VỤ\⏎QUỐC HỘI\"): the header's
# body name, an item's number and the emphasis markers read as they do without them.  A backslash before a blank
# or a line's end becomes a blank; one before ASCII punctuation goes, and the characters before it back to the
# last blank move right by one ("1\." -> " 1.": a blank before a word is a blank a paragraph's line already has at
# its start or the unit's text folds into one).  A backslash before a letter or a digit is text ("D:\Data").
_MD_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~]|\s|\Z)")


def unescape_markdown(text: str) -> str:
    """``unescape_markdown("1\\. Sắp xếp\\") == " 1. Sắp xếp "`` (length kept)."""
    if "\\" not in text:
        return text
    out: List[str] = []
    pos = 0
    for m in _MD_ESCAPE.finditer(text):
        i = m.start()
        if i + 1 < len(text) and not text[i + 1].isspace():        # escaped punctuation: the run before it moves
            j = i
            while j > pos and not text[j - 1].isspace():
                j -= 1
            out.append(text[pos:j])
            out.append(" ")
            out.append(text[j:i])
        else:                                                   # a hard line break, an escaped space
            out.append(text[pos:i])
            out.append(" ")
        pos = i + 1
    out.append(text[pos:])
    return "".join(out)


# ------------------------------------------------------------------ emphasis a web page splits at a line's end
# A page converted to Markdown closes and reopens its italics around every line break of the original: "… năm*
# *2025 của Bộ trưởng … triển khai thực hiện* *Nghị định số 272/2025/NĐ-CP" (tvpl pages).  The markers between two
# words stand where the text has a plain space; they become spaces (length kept), so a date or "số" and its
# number read as one phrase again.  Markers at a word's edge with no such twin are left ("**QUYẾT ĐỊNH**").
# (led by the "*", its look-behind read where one stands: led by the look-behind, the pattern was tried at every
# position of a page, 23 ms per MB; the same matches)
_EMPHASIS_SEAM = re.compile(r"\*(?<=\S\*)\*?(?P<gap>[ \t]+)\*{1,2}(?=\S)")


def join_emphasis(text: str) -> str:
    """``join_emphasis("năm* *2025") == "năm   2025"`` (length kept)."""
    if "* *" not in text:
        return text
    return _EMPHASIS_SEAM.sub(lambda m: " " * len(m.group(0)), text)


# … and bolds a word's toned vowel alone ("C**ă**n cứ", "k**ể** từ", "C**ỤC THUẾ**"): markers with a letter on both
# sides are no emphasis of words; the word's letters close up and the blanks go before it (length kept; after it they
# would split a phrase: "Căn     cứ"), so "Căn cứ" and "kể từ" read as written.
# The mark is found by a search led by its "*" (the look-behind read after it): one opening with the look-behind
# is tried at every position, ~30 ms a MB (benchmark if changing).  Same matches as r"(?<=\w)\*{1,2}(?=\w)".
# A number's slashes are inside it as its letters are: "Nghị định số 63**/**2010**/**NĐ-CP" reads "63/2010/NĐ-CP";
# and its hyphen after a marked letter: "1616/Q*Đ*-TTg" reads "1616/QĐ-TTg".
_MARK_IN_WORD = re.compile(r"\*(?<=[\w/]\*)\*?(?=[\w/]|-\w)")
_MARKED_WORD = re.compile(r"[\w/]+(?:\*{1,2}-?[\w/]+)+")
_WORD_CHAR = re.compile(r"[\w/]")


def _closed_up(m) -> str:
    word = m.group(0)
    letters = word.replace("*", "")
    return " " * (len(word) - len(letters)) + letters


def join_marked_words(text: str) -> str:
    """``join_marked_words("C**ă**n cứ") == "    Căn cứ"`` (length kept)."""
    m = _MARK_IN_WORD.search(text) if "*" in text else None
    if m is None:
        return text
    at = m.start() - 1
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] == "/"):
        at -= 1                                     # (the first marked word's start: the text before is left)
    # ``text[:at] + _MARKED_WORD.sub(_closed_up, text[at:])``, each match read at the word run before one of
    # _MARK_IN_WORD's marks (each match holds one; the pattern, opening with \w+, was tried at every position and
    # backtracked over every word: ~100 ms a MB; benchmark if changing).
    out, done = [text[:at]], at                     # the pieces, how far they reach (no match starts before)
    is_word = _WORD_CHAR.match
    for m in _MARK_IN_WORD.finditer(text, at):
        a = m.start()
        if a < done:
            continue                                # (inside the last match)
        while a > done and is_word(text, a - 1):
            a -= 1                                  # the run of word characters before the mark: the match's start
        w = _MARKED_WORD.match(text, a)
        if w is None:                               # (never: a mark inside a word is one)
            continue
        out.append(text[done:a])
        out.append(_closed_up(w))
        done = w.end()
    out.append(text[done:])
    return "".join(out)


# The default cleaning, in order: Đ first (so OCR fixes see Đ), tone placement before the OCR table
# (which is written in the canonical placement); look-alike letters last (they stand only inside codes).
# ------------------------------------------------------------------ "số" misread before a document number
# A scan reads the "ố" of "số" as another o or e, or as a 6 ("Thông tư sô 26/2015/TT-BTC", "Nghị định sé
# 51/2010/NĐ-CP", "Luật Thuế giá trị gia tăng s6 31/2013/QH13"): the word, alone, right before a number with its slash
# and code, or before "điều" ("sửa đổi, bổ sung một sé điều"; "một sồ nội dung"), is "số" (two letters for two).  (led
# by the s: ``re`` skips to it; benchmark if changing)
_SO_LOOK_ALIKE = re.compile(r"[sS](?<![\w][sS])[ôé6ổồỗộóòỏõọ](?=[ \t]+(?:\d{1,5}(?:[/-](?:19|20)\d\d)?/[A-ZĐ0]|điều(?![\w]))"
                            r"|(?<=một s.)[ \t]+(?:nội dung|khoản|quy định)(?![\w]))")


def fix_so_look_alikes(text: str) -> str:
    """``fix_so_look_alikes("Thông tư sô 26/2015/TT-BTC") == "Thông tư số 26/2015/TT-BTC"``."""
    return _SO_LOOK_ALIKE.sub(lambda m: "số" if m.group()[0] == "s" else "Số", text)


CLEAN_STEPS = (fix_d, normalize_tones, unify_punctuation, unescape_markdown, join_emphasis, join_marked_words, fix_ocr,
               fix_split_words, join_split_syllables, fix_date_words, join_split_years, unspeck_cut_pairs,
               unspeck_comma_ends, fix_number_slips, fix_so_look_alikes, unspeck_line_starts, fix_frame_slips,
               fold_look_alikes)


def clean(text: str, steps=CLEAN_STEPS) -> str:
    """Apply the cleaning steps; every step must keep the length, so offsets into the result are offsets into
    ``text``.  ``clean("Khánh Hoà, tinh ủy, 45/2019/QH14") == "Khánh Hòa, tỉnh ủy, 45/2019/QH14"``."""
    if steps is CLEAN_STEPS:
        return _clean_default(text)
    for step in steps:
        out = step(text)
        if len(out) != len(text):
            raise ValueError(f"clean step {getattr(step, '__name__', step)!r} changed the text's length "
                             f"({len(text)} -> {len(out)}): offsets would no longer point into the original")
        text = out
    return text


# ------------------------------------------------------------------ the default steps, fast

# ``CLEAN_STEPS`` as ``clean`` runs them by default: the same steps, each skipped by a C-level test when it cannot
# change the text (most texts: no old tone placement, no odd space or dash, no OCR slip), and each change made by
# ``str.replace`` or a table.  tests/test_clean.py checks it against the steps one by one on real text.  Benchmark
# if changing: the steps' own regex passes were a fifth of the segment + clean stage.

def _tone_moves():
    """(o/u + toned vowel) -> the same two letters with the tone on the o/u, for each pair ``normalize_tones``
    changes: o + a tone-marked a/e, u + a tone-marked y, in either case."""
    import unicodedata
    out = {}
    for second in map(chr, range(0x00C0, 0x1EFA)):
        base = "".join(c for c in unicodedata.normalize("NFD", second) if not unicodedata.combining(c)).lower()
        if base not in ("a", "e", "y") or second == base or second.lower() == base:
            continue
        for first in ("oO" if base in ("a", "e") else "uU"):
            moved = normalize_tones(first + second)
            if moved != first + second:
                out[first + second] = moved
    return out


_TONE_MOVES = _tone_moves()
# Every pair ``normalize_tones`` changes, where it changes it: not after q ("quý"), not before a letter ("hoàng")
# (the look-around of vanban.domain.text._OLD_STYLE).
# Where such a pair can be, found from its second letter (a tone-marked a/e/y after o/u): a search led by the
# o/u stopped at every o and u of a Vietnamese text and was 2x slower.  The look-arounds are _OLD_STYLE's.
_TONE_AT = re.compile("[" + "".join(sorted({p[1] for p in _TONE_MOVES})) + r"](?<=[oOuU].)(?<![qQ]..)"
                      r"(?![a-zA-ZÀ-ỹĐđ])")


def _move_tones(text: str, at: int) -> str:
    """``normalize_tones(text)``, given the first place where a pair may change (``_TONE_AT``)."""
    out, pos = [], 0
    for m in _TONE_AT.finditer(text, at):
        b = m.end()
        moved = _TONE_MOVES.get(text[b - 2:b])     # None: a pair left as it is ("oỳ")
        if moved is not None:
            out.append(text[pos:b - 2])
            out.append(moved)
            pos = b
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


_PUNCT_FIXES = tuple(_PUNCT_TABLE.items())
# Words of which every OCR_FIXES entry holds one ("inh ủy" stands for "tinh ủy" and "Tinh ủy": one scan less).
_OCR_WORDS = ("Quận ủy Trung ương", "inh ủy", "Yên Bai", "đổi tượng", "đổi ngoại", "phuơng", "Công Thông tin điện tử",
              "định chỉ tiết", "tuật số", "hực biện")
assert all(any(w in a for w in _OCR_WORDS) for a, _ in OCR_FIXES)


def _clean_default(text: str) -> str:
    text = fix_d(text)
    m = _TONE_AT.search(text)
    if m is not None:
        text = _move_tones(text, m.start())
    for ch, to in _PUNCT_FIXES:
        if ch in text:                      # one character for one: the order does not matter
            text = text.replace(ch, to)
    if "\\" in text:
        text = unescape_markdown(text)
    text = join_marked_words(join_emphasis(text))
    for word in _OCR_WORDS:
        if word in text:
            text = _OCR.sub(lambda m: _OCR_TABLE[m.group(0)], text)
            break
    text = join_split_years(fix_date_words(join_split_syllables(fix_split_words(text))))
    text = fix_number_slips(unspeck_comma_ends(unspeck_cut_pairs(text)))
    text = fix_so_look_alikes(text)
    return fold_look_alikes(fix_frame_slips(unspeck_line_starts(text)))
