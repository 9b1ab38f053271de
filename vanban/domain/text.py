"""Comparison keys for Vietnamese text: Đ fixed, one tone-mark placement, diacritics folded.

These are the keys every layer compares names and numbers with; ``loaders/clean.py`` applies the same
steps to whole texts.

>>> fold("Khánh Hoà") == fold("Khánh Hòa")
True
>>> ascii_key("Thừa Thiên - Huế")
'thuathienhue'
"""
from __future__ import annotations

import re
import unicodedata
from typing import Optional, Tuple

_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}  # huyền, sắc, hỏi, ngã, nặng
_LETTER = "a-zA-ZÀ-ỹĐđ"

# "oà"/"òa", "oé"/"óe", "uỷ"/"ủy": two placements are in use.  vanban's canonical placement puts the mark on the
# first vowel of an open oa/oe/uy syllable ("Hòa", "thủy", "Ủy ban"), which is what the gold and most current
# documents use.  "qu" + "ý" is not a diphthong (the u belongs to the consonant), and a closed syllable
# ("hoàng", "khuyến") keeps the mark on the second vowel.  Example: "Khánh Hoà" -> "Khánh Hòa".
_OLD_STYLE = re.compile(
    r"([oOuU])(?<![qQ][oOuU])"                    # "quý": the u belongs to qu- (checked after the letter: re skips ahead fast)
    r"([\u00C0-\u00FD\u1EA0-\u1EF9])"          # o/u + a vowel carrying a tone mark
    rf"(?![{_LETTER}])"                           # open syllable only ("hoàng" keeps its placement)
)


def _tone_of(ch: str) -> Tuple[str, Optional[str]]:
    d = unicodedata.normalize("NFD", ch)
    tone = next((c for c in d if c in _TONES), None)
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
    return base, tone


def _move_tone(m: re.Match[str]) -> str:
    first, second = m.group(1), m.group(2)
    base, tone = _tone_of(second)
    if tone is None or base.lower() not in ({"a", "e"} if first in "oO" else {"y"}):
        return m.group(0)
    return unicodedata.normalize("NFC", first + tone) + base


def normalize_tones(text: str) -> str:
    """One tone-mark placement: ``normalize_tones("Khánh Hoà, Thuỷ") == "Khánh Hòa, Thủy"`` (length kept)."""
    return _OLD_STYLE.sub(_move_tone, text)


def fix_d(text: str) -> str:
    """Icelandic Ð (U+00D0) and ð, common in converted files, become Vietnamese Đ/đ."""
    return text.replace("\u00D0", "\u0110").replace("\u00F0", "\u0111")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """A comparison key: NFC, one tone placement, Đ fixed, lower case.  ``fold("Hoà") == fold("Hòa")``."""
    return normalize_tones(fix_d(nfc(text))).lower()


# Vietnamese letters without their marks, one character for one: "thuế", "thuê" -> "thue"
_UNMARKED = str.maketrans({c: unicodedata.normalize("NFD", c)[0] for c in map(chr, range(0xC0, 0x1EFA))
                           if unicodedata.normalize("NFD", c)[0].isascii() and unicodedata.normalize("NFD", c) != c}
                          | {"đ": "d", "Đ": "D"})


def unmarked(text: str) -> str:
    """Tone and vowel marks removed, length kept (offsets stay valid): ``unmarked("Luật Đất đai") == "Luat Dat dai"``."""
    return text.translate(_UNMARKED)


def ascii_key(text: str) -> str:
    """Diacritics and spacing removed: ``ascii_key("Thừa Thiên - Huế") == "thuathienhue"``."""
    d = unicodedata.normalize("NFD", fix_d(text).replace("Đ", "D").replace("đ", "d"))
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in d if not unicodedata.combining(c)).lower())
