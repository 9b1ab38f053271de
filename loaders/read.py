"""Read: bytes on disk -> one Unicode (NFC) string, or a clear error naming the file and the fix.

The first stage of the pipeline (read -> clean -> find -> resolve -> relate).  ``read_text`` accepts

* UTF-8, with or without a byte-order mark;
* UTF-16 with a BOM, and BOM-less UTF-16 LE/BE recognised by where its NUL bytes fall;
* Windows-1258 (cp1258: base letters + combining tone marks, composed to NFC afterwards);
* the legacy Vietnamese 8-bit font encodings TCVN3 (ABC, TCVN 5712:1993) and VNI-Windows, converted with
  the tables below; and UTF-8 files whose "letters" are really TCVN3/VNI font codes ("B¸o c¸o"), which
  is what a Word document set in .VnTime or VNI-Times gives when saved as Unicode text.

Which 8-bit encoding a file is in is decided by decoding a sample with each candidate and counting how
many of its non-ASCII words are well-formed Vietnamese syllables (``syllable_score``): the right table
gives >90 %, a wrong one gives mojibake ("c¸c", "caỡc") that is not.  UTF-8 is tried first and kept when
the bytes are valid UTF-8 and read as Vietnamese, so plain Unicode files are never re-interpreted.

Binary files (NUL bytes, control characters, a PNG/ZIP/PDF/... signature) and empty or whitespace-only
files raise ``InputError``; an 8-bit file in none of the encodings above raises ``EncodingError``.  Both
name the file and say what to do.  Newlines are made universal (``\\r\\n`` and ``\\r`` become ``\\n``, as
Python's text mode reads them): the decoded text is the "original" that every offset points into.
"""
from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

from vanban.errors import EncodingError, InputError
from vanban.loaders.patterns import _alt


@dataclass(frozen=True)
class Decoded:
    """A file's text and how it was read."""
    text: str        # NFC, universal newlines, no BOM
    encoding: str    # "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1258", "tcvn3", "vni",
                     # "utf-8+tcvn3" / "utf-8+vni" (a Unicode file carrying legacy font codes)
    sha256: str      # of the file's bytes, so a store can skip a file it has already loaded
    path: str


# ------------------------------------------------------------------ legacy tables (data, from the charts)

# TCVN 5712:1993 (VN1; its VN3 subset is the "ABC" encoding of the .Vn fonts).  One row per vowel, the
# bytes in tone order: none, huyền (grave), sắc (acute), hỏi (hook), ngã (tilde), nặng (dot below).
# VN3 files use only the lower-case rows and the 7 capitals Ă Â Ê Ô Ơ Ư Đ; the other capitals sit in VN1's
# spare positions (0x80-0x9F, some control codes), which is why VN3 text set in a capital font (.VnTimeH)
# writes "BÁO CÁO" as "B¸O C¸O" -- see ``restore_capitals``.  Cross-checked in the tests against glibc's
# independent TCVN5712-1 converter.  Example: "B¶o Th¾ng" -> "Bảo Thắng".
_TONE_ORDER = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_TCVN3_ROWS = {
    "a": (0x61, 0xB5, 0xB8, 0xB6, 0xB7, 0xB9), "A": (0x41, 0x80, 0x83, 0x81, 0x82, 0x84),
    "ă": (0xA8, 0xBB, 0xBE, 0xBC, 0xBD, 0xC6), "Ă": (0xA1, 0xAF, 0xC0, 0xBA, 0xBF, 0x85),
    "â": (0xA9, 0xC7, 0xCA, 0xC8, 0xC9, 0xCB), "Â": (0xA2, 0xC1, 0xC4, 0xC2, 0xC3, 0x86),
    "e": (0x65, 0xCC, 0xD0, 0xCE, 0xCF, 0xD1), "E": (0x45, 0x87, 0x8A, 0x88, 0x89, 0x8B),
    "ê": (0xAA, 0xD2, 0xD5, 0xD3, 0xD4, 0xD6), "Ê": (0xA3, 0xC5, 0xDA, 0xCD, 0xD9, 0x8C),
    "i": (0x69, 0xD7, 0xDD, 0xD8, 0xDC, 0xDE), "I": (0x49, 0x8D, 0x90, 0x8E, 0x8F, 0x91),
    "o": (0x6F, 0xDF, 0xE3, 0xE1, 0xE2, 0xE4), "O": (0x4F, 0x92, 0x95, 0x93, 0x94, 0x96),
    "ô": (0xAB, 0xE5, 0xE8, 0xE6, 0xE7, 0xE9), "Ô": (0xA4, 0xDB, 0xFF, 0xE0, 0xF0, 0x97),
    "ơ": (0xAC, 0xEA, 0xED, 0xEB, 0xEC, 0xEE), "Ơ": (0xA5, 0x98, 0x9B, 0x99, 0x9A, 0x9C),
    "u": (0x75, 0xEF, 0xF3, 0xF1, 0xF2, 0xF4), "U": (0x55, 0x9D, 0x01, 0x9E, 0x9F, 0x02),
    "ư": (0xAD, 0xF5, 0xF8, 0xF6, 0xF7, 0xF9), "Ư": (0xA6, 0x04, 0x11, 0x05, 0x06, 0x12),
    "y": (0x79, 0xFA, 0xFD, 0xFB, 0xFC, 0xFE), "Y": (0x59, 0x13, 0x16, 0x14, 0x15, 0x17),
}
_TCVN3_OTHER = {"đ": 0xAE, "Đ": 0xA7,
                # VN1 also carries the five tone marks as combining characters (composed by NFC afterwards)
                "\u0300": 0xB0, "\u0309": 0xB1, "\u0303": 0xB2, "\u0301": 0xB3, "\u0323": 0xB4}

# VNI-Windows: a base letter followed by one or two mark bytes (read as Latin-1 here).  Rows in the same
# tone order; standalone bytes for đ/ơ/ư and the i/ỵ family.  Example: "Xin chaøo caùc baïn" ->
# "Xin chào các bạn", "Vieät Nam" -> "Việt Nam".
_VNI_ROWS = {
    "a": ("a", "aø", "aù", "aû", "aõ", "aï"), "A": ("A", "AØ", "AÙ", "AÛ", "AÕ", "AÏ"),
    "ă": ("aê", "aè", "aé", "aú", "aü", "aë"), "Ă": ("AÊ", "AÈ", "AÉ", "AÚ", "AÜ", "AË"),
    "â": ("aâ", "aà", "aá", "aå", "aã", "aä"), "Â": ("AÂ", "AÀ", "AÁ", "AÅ", "AÃ", "AÄ"),
    "e": ("e", "eø", "eù", "eû", "eõ", "eï"), "E": ("E", "EØ", "EÙ", "EÛ", "EÕ", "EÏ"),
    "ê": ("eâ", "eà", "eá", "eå", "eã", "eä"), "Ê": ("EÂ", "EÀ", "EÁ", "EÅ", "EÃ", "EÄ"),
    "i": ("i", "ì", "í", "æ", "ó", "ò"), "I": ("I", "Ì", "Í", "Æ", "Ó", "Ò"),
    "o": ("o", "oø", "où", "oû", "oõ", "oï"), "O": ("O", "OØ", "OÙ", "OÛ", "OÕ", "OÏ"),
    "ô": ("oâ", "oà", "oá", "oå", "oã", "oä"), "Ô": ("OÂ", "OÀ", "OÁ", "OÅ", "OÃ", "OÄ"),
    "ơ": ("ô", "ôø", "ôù", "ôû", "ôõ", "ôï"), "Ơ": ("Ô", "ÔØ", "ÔÙ", "ÔÛ", "ÔÕ", "ÔÏ"),
    "u": ("u", "uø", "uù", "uû", "uõ", "uï"), "U": ("U", "UØ", "UÙ", "UÛ", "UÕ", "UÏ"),
    "ư": ("ö", "öø", "öù", "öû", "öõ", "öï"), "Ư": ("Ö", "ÖØ", "ÖÙ", "ÖÛ", "ÖÕ", "ÖÏ"),
    "y": ("y", "yø", "yù", "yû", "yõ", "î"), "Y": ("Y", "YØ", "YÙ", "YÛ", "YÕ", "Î"),
}
_VNI_OTHER = {"đ": "ñ", "Đ": "Ñ"}


def _expand(rows, other):
    """{Unicode letter: code} from the rows (letter + tone -> code)."""
    table = {}
    for base, codes in rows.items():
        for tone, code in zip(_TONE_ORDER, codes):
            table[unicodedata.normalize("NFC", base + tone)] = code
    table.update(other)
    return table


TCVN3_ENCODE = {ch: bytes([b]) for ch, b in _expand(_TCVN3_ROWS, _TCVN3_OTHER).items()}
TCVN3_DECODE = {b[0]: ch for ch, b in TCVN3_ENCODE.items()}
VNI_ENCODE = {ch: seq.encode("latin-1") for ch, seq in _expand(_VNI_ROWS, _VNI_OTHER).items()}
VNI_DECODE = {seq.decode("latin-1"): ch for ch, seq in VNI_ENCODE.items() if len(seq) > 1 or seq[0] > 0x7F}

# Bytes a legacy table leaves alone read as Windows-1252 (curly quotes and dashes at 0x80-0x9F), else Latin-1.
_CP1252_FALLBACK = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256))
_TCVN3_CHARMAP = "".join(TCVN3_DECODE.get(b, _CP1252_FALLBACK[b]) if b > 0x7F or b in TCVN3_DECODE else chr(b)
                         for b in range(256))
# Longest sequence first, so "ôø" (ờ) wins over "ô" (ơ) and "aâ" (â) over "a".
_VNI_SEQ = re.compile(_alt(VNI_DECODE))
_C1_TO_CP1252 = {b: _CP1252_FALLBACK[b] for b in range(0x80, 0xA0)}
_CP1252_PUNCT = {ch: bytes([b]) for b, ch in _C1_TO_CP1252.items() if ord(ch) > 0xFF}


def encode_legacy(text: str, encoding: str) -> bytes:
    """Unicode -> TCVN3 or VNI bytes with the inverse tables (used to build test files and fixtures).

    ``encode_legacy("Bảo Thắng", "tcvn3") == b"B\\xb6o Th\\xbeng"``.  Characters outside the table raise
    ``ValueError`` naming them."""
    table = {"tcvn3": TCVN3_ENCODE, "vni": VNI_ENCODE}[_canonical_legacy(encoding)]
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch in table:
            out += table[ch]
        elif ord(ch) < 0x80:
            out += ch.encode("ascii")
        elif table is VNI_ENCODE and ch in _CP1252_PUNCT:
            out += _CP1252_PUNCT[ch]          # VNI keeps Windows' curly quotes and dashes
        else:
            raise ValueError(f"{ch!r} (U+{ord(ch):04X}) has no {encoding} code")
    return bytes(out)


def decode_tcvn3(data: bytes) -> str:
    """TCVN3/ABC bytes -> NFC Unicode, capitals restored where a line was set in a capital font."""
    text, _ = codecs.charmap_decode(data, "strict", _TCVN3_CHARMAP)
    return restore_capitals(unicodedata.normalize("NFC", text))


def decode_vni(data: bytes) -> str:
    """VNI-Windows bytes -> NFC Unicode (benchmark if changing: a regex pass over the whole text)."""
    text = _VNI_SEQ.sub(lambda m: VNI_DECODE[m.group(0)], data.decode("latin-1"))
    return unicodedata.normalize("NFC", text.translate(_C1_TO_CP1252))


# A word written in a TCVN3 capital font: upper-case ASCII letters around lower-case table letters ("BáO").
_ASCII_LOWER = re.compile(r"[a-z]")
_WORD = re.compile(r"[^\W\d_]+")


def restore_capitals(text: str) -> str:
    """Upper-case lines typed in a TCVN3 capital font (.VnTimeH), where the table gives lower-case letters.

    A line qualifies when it has no lower-case ASCII letter and at least one word has a lower-case
    Vietnamese letter after an upper-case ASCII one: "B¸O C¸O" reads "BáO CáO" -> "BÁO CÁO".  "Số 18"
    does not qualify (its only upper-case letter starts the word)."""
    def fix(line: str) -> str:
        if _ASCII_LOWER.search(line):
            return line
        for w in _WORD.findall(line):
            if any(c.islower() for c in w) and any("A" <= c <= "Z" for c in w[1:]):
                return line.upper()
        return line
    return "\n".join(fix(line) for line in text.split("\n"))


# ------------------------------------------------------------------ is it Vietnamese? (syllable score)

_TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"
# A Vietnamese syllable without its tone: onset, vowel nucleus, coda.  Longer alternatives first.
# Example: "nghiêng" = ngh + iê + ng, "quyết" (tone stripped "quyêt") = qu + yê + t.
_SYLLABLE = re.compile(r"""
    (?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?      # onset (optional)
    (?:iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu              # triphthongs
      |ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê
      |[aăâeêioôơuưy])                                              # nucleus
    (?P<coda>ng|nh|ch|[cmnpt])?                                     # coda (optional)
    """, re.VERBOSE)
_STOP_TONES = {"\u0301", "\u0323"}   # a syllable closed by c/ch/p/t takes sắc or nặng: "các", "Việt"
_TOKEN_STRIP = " \t\r\n.,;:!?()[]{}\"'“”‘’…«»-–—*/%"


def is_syllable(word: str) -> bool:
    """``is_syllable("Nghị") is True``; mojibake such as "c¸c" or "caỡc" is not a syllable."""
    d = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in d if c in _TONE_MARKS]
    if len(tones) > 1:
        return False
    m = _SYLLABLE.fullmatch(unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONE_MARKS)))
    if m is None:
        return False
    return m.group("coda") not in ("c", "ch", "p", "t") or bool(tones) and tones[0] in _STOP_TONES


def syllable_score(text: str):
    """(share of well-formed syllables among the words with a non-ASCII character, how many such words)."""
    words = [w.strip(_TOKEN_STRIP) for w in text.split()]
    words = [w for w in words if w and not w.isascii()]
    if not words:
        return 0.0, 0
    return sum(map(is_syllable, words)) / len(words), len(words)


# ------------------------------------------------------------------ binary and BOM detection

# (signature, what it is, what to do).  Checked before anything else: these files often decode "fine".
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "OCR it to text first"),
    (b"\xff\xd8\xff", "a JPEG image", "OCR it to text first"),
    (b"GIF8", "a GIF image", "OCR it to text first"),
    (b"II*\x00", "a TIFF image", "OCR it to text first"),
    (b"MM\x00*", "a TIFF image", "OCR it to text first"),
    (b"%PDF-", "a PDF document", "extract its text first, e.g. `pdftotext -enc UTF-8 FILE.pdf`"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt document)",
     "unpack it, or save the document as plain text (UTF-8) first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word/Excel .doc/.xls file", "save it as plain text (UTF-8) first"),
    (b"{\\rtf", "an RTF document", "save it as plain text (UTF-8) first"),
    (b"\x1f\x8b", "a gzip archive", "decompress it first, e.g. `gunzip FILE.gz`"),
    (b"Rar!", "a RAR archive", "unpack it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "unpack it first"),
    (b"\x7fELF", "a program (ELF binary)", "give a text file"),
)
_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 1 << 16          # bytes looked at to decide an encoding; big files are decided on their head
_TEXT_CONTROLS = set(b"\t\n\r\f\v\x1a")   # \x1a: the DOS end-of-file mark old editors append


# every byte but the controls sniff_binary counts (deleting these leaves the controls)
_NOT_CONTROLS = bytes(b for b in range(256) if not (b < 0x20 and b not in _TEXT_CONTROLS and b not in TCVN3_DECODE))


def sniff_binary(data: bytes):
    """(what it is, what to do) when ``data`` is not text at all, else None (BOM-less UTF-16 is text)."""
    for sig, what, fix in _SIGNATURES:
        if data.startswith(sig):
            return what, fix
    head = data[:_SAMPLE]
    if sniff_utf16(head):
        return None                   # its Vietnamese letters (U+1EA0-U+1EF9) bring 0x1E bytes: not controls
    if b"\x00" in head:
        return "binary data (it has NUL bytes)", "give a plain-text (.txt) file"
    controls = len(head.translate(None, _NOT_CONTROLS))     # (a C loop: a Python one was ~4% of a load's reading)
    if head and controls > 0.05 * len(head):
        return "binary data (control characters)", "give a plain-text (.txt) file"
    return None


def sniff_utf16(head: bytes) -> Optional[str]:
    """"utf-16-le"/"utf-16-be" for BOM-less UTF-16, told by NULs in odd/even positions.

    Vietnamese in UTF-16 still has ASCII spaces, digits and unaccented letters, each with a zero high byte:
    LE puts those NULs at odd offsets, BE at even ones.  Text with NULs on both sides is not UTF-16."""
    if len(head) < 4:
        return None
    pairs = len(head) // 2
    even = head[0:2 * pairs:2].count(0)
    odd = head[1:2 * pairs:2].count(0)
    if odd > 0.2 * pairs and even < 0.02 * pairs:
        return "utf-16-le"
    if even > 0.2 * pairs and odd < 0.02 * pairs:
        return "utf-16-be"
    return None


# ------------------------------------------------------------------ decoding

_LEGACY_NAMES = {"tcvn3": "tcvn3", "tcvn": "tcvn3", "abc": "tcvn3", "tcvn5712": "tcvn3", "tcvn-5712": "tcvn3",
                 "vni": "vni", "vni-windows": "vni", "vniwindows": "vni"}
_LEGACY_DECODERS = {"tcvn3": decode_tcvn3, "vni": decode_vni}
ENCODINGS_HELP = "utf-8, utf-16, cp1258, tcvn3, vni"
# A decoding is taken when at least this share of its non-ASCII words are syllables: the right table gives
# 0.98 on the OCR'd seed, a wrong one at most 0.6 (VISCII read as TCVN3 on the encoding fixtures).
MIN_SCORE = 0.8


def _canonical_legacy(name: str) -> Optional[str]:
    return _LEGACY_NAMES.get(name.lower().replace("_", "-").strip())


def _finish(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def decode_as(data: bytes, encoding: str, path="<bytes>") -> str:
    """Decode with a named encoding (a Python codec, or tcvn3/abc/vni); EncodingError when the bytes are not."""
    legacy = _canonical_legacy(encoding)
    if legacy:
        return _finish(_LEGACY_DECODERS[legacy](data))
    try:
        return _finish(data.decode(encoding))
    except LookupError:
        raise EncodingError(path, f"unknown encoding {encoding!r}", f"pass one of {ENCODINGS_HELP}") from None
    except UnicodeDecodeError as e:
        bad = f"byte 0x{data[e.start]:02X} at offset {e.start}" if e.start < len(data) else "at the end"
        raise EncodingError(path, f"is not valid {encoding} ({bad})",
                            f"pass the right --encoding ({ENCODINGS_HELP}) or leave it out to detect it") from None
    except Exception as e:      # codecs that are not for text fail in their own ways (punycode: IndexError)
        raise EncodingError(path, f"cannot be decoded as {encoding} ({type(e).__name__}: {e})",
                            f"pass one of {ENCODINGS_HELP}, or leave --encoding out to detect it") from None


def _candidates_8bit(sample: bytes):
    """(score, words, name) for each 8-bit encoding the sample decodes in, best first."""
    out = []
    try:
        out.append((*syllable_score(unicodedata.normalize("NFC", sample.decode("cp1258"))), "cp1258"))
    except UnicodeDecodeError:
        pass
    out.append((*syllable_score(decode_tcvn3(sample)), "tcvn3"))
    out.append((*syllable_score(decode_vni(sample)), "vni"))
    return sorted(out, reverse=True)


# A font code saved as Unicode is the Windows-1252 glyph of its byte (a C1 control where 1252 has none).
_GLYPH_TO_BYTE = {ord(_CP1252_FALLBACK[b]): b for b in range(256)}
# Any character that is no font glyph ("ạ", "ư", "đ", CJK...) rules font codes out.  One C-level regex search
# before any syllable scoring: plain Unicode Vietnamese has such a letter within its first words, so the
# scoring below (a third of `extract` on ordinary files, see bench/bench_formats.py) never runs for it.
_NOT_A_GLYPH = re.compile("[^" + "".join(re.escape(chr(c)) for c in sorted(_GLYPH_TO_BYTE)) + "]")


def font_bytes(text: str) -> Optional[bytes]:
    """The legacy font bytes behind text saved from a .VnTime/VNI-Times document, or None if it has other
    characters (real Unicode Vietnamese letters, CJK, ...)."""
    try:
        return bytes(_GLYPH_TO_BYTE[ord(c)] for c in text)
    except KeyError:
        return None


def _font_codes_in_unicode(text: str) -> Optional[str]:
    """"tcvn3"/"vni" when valid UTF-8 text is really legacy font codes saved as Unicode ("B¸o c¸o").

    Only asked when the UTF-8 reading does not look Vietnamese, and only believed when re-reading the
    characters as the font's bytes turns most words into syllables: plain Unicode Vietnamese never gets here."""
    head = text[:_SAMPLE]
    if _NOT_A_GLYPH.search(head):
        return None                    # the same answer as font_bytes(head) is None below, without the scoring
    score, words = syllable_score(head)
    if words < 3 or score >= MIN_SCORE:
        return None
    raw = font_bytes(head)
    if raw is None:
        return None
    best = max((*syllable_score(_LEGACY_DECODERS[n](raw)), n) for n in ("tcvn3", "vni"))
    return best[2] if best[0] >= max(MIN_SCORE, score + 0.3) else None


def _detect(data: bytes, path) -> Decoded:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(decode_as(data, name, path), name, "", str(path))
    found = sniff_binary(data)
    if found:
        raise InputError(path, f"is not text: it looks like {found[0]}", found[1])
    utf16 = sniff_utf16(data[:_SAMPLE])
    if utf16:
        return Decoded(decode_as(data, utf16, path), utf16, "", str(path))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        bad = e.start
    else:
        legacy = _font_codes_in_unicode(text)
        raw = font_bytes(text) if legacy else None
        if raw is not None:
            return Decoded(_finish(_LEGACY_DECODERS[legacy](raw)), f"utf-8+{legacy}", "", str(path))
        return Decoded(_finish(text), "utf-8", "", str(path))
    # Not UTF-8: one of the 8-bit encodings, judged on a sample cut at a line end.
    sample = data[:_SAMPLE]
    if len(data) > _SAMPLE and b"\n" in sample:
        sample = sample[:sample.rindex(b"\n")]
    ranked = _candidates_8bit(sample)
    score, words, name = ranked[0]
    if words and score >= MIN_SCORE:
        return Decoded(decode_as(data, name, path), name, "", str(path))
    damaged = data.decode("utf-8", errors="replace")
    if damaged.count("\ufffd") <= max(3, len(data) // 1000) and syllable_score(damaged[:_SAMPLE])[0] >= MIN_SCORE:
        # A UTF-8 file with a few broken bytes (a cut-off download, a bad copy): say so rather than guess.
        raise EncodingError(
            path, f"is UTF-8 Vietnamese except for {damaged.count(chr(0xFFFD))} invalid byte(s), the first "
                  f"0x{data[bad]:02X} at offset {bad}",
            "repair or re-save the file as UTF-8 (e.g. `iconv -f UTF-8 -t UTF-8 -c FILE > FIXED.txt` drops the "
            "bad bytes), or pass --encoding ENCODING if it is in another encoding")
    raise EncodingError(
        path,
        f"is not UTF-8 (byte 0x{data[bad]:02X} at offset {bad}) and does not read as Vietnamese in Windows-1258, "
        f"TCVN3/ABC or VNI (best: {name}, {score:.0%} of {words} accented words well-formed); it may be VISCII, "
        f"VPS or a non-Vietnamese 8-bit encoding",
        "convert it to UTF-8, e.g. with `iconv -f VISCII -t UTF-8 FILE > FILE.utf8.txt` or UniKey's "
        "conversion tool, or pass --encoding ENCODING (" + ENCODINGS_HELP + ")")


def read_text(path, encoding: Optional[str] = None) -> Decoded:
    """Read one file as NFC text.  ``encoding=None`` detects it (see the module doc); a name forces it.

    >>> read_text("examples/000_4359cb3ac2b76893.txt").encoding
    'utf-8'
    """
    from vanban.loaders.paths import read_file_bytes
    data = read_file_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    if not data:
        raise InputError(path, "is empty (0 bytes)", "give a file with the document's text")
    if encoding:
        decoded = Decoded(decode_as(data, encoding, path), encoding, digest, str(path))
    else:
        decoded = _detect(data, path)
    if not decoded.text.strip():
        raise InputError(path, "contains only whitespace", "give a file with the document's text")
    return Decoded(decoded.text, decoded.encoding, digest, str(path))
