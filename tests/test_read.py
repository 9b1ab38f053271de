"""Read: every encoding branch, every refusal, on real lines of the bundled documents.

The fixtures in tests/fixtures/encodings/ are the same real lines (``sentences.txt``, copied from
examples/ by ``make_fixtures.py``) in each encoding; TCVN3 and VISCII bytes were made by glibc's iconv, not
by vanban's tables.  Expected texts come from ``sentences.txt`` / the examples, never from read_text.
"""
import hashlib
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from vanban.errors import EncodingError, InputError, VanbanError
from vanban.loaders.read import (
    _SIGNATURES,
    TCVN3_ENCODE,
    VNI_ENCODE,
    decode_tcvn3,
    decode_vni,
    encode_legacy,
    is_syllable,
    read_text,
    restore_capitals,
    syllable_score,
)

ROOT = Path(__file__).resolve().parents[1]
FIX = ROOT / "tests" / "fixtures" / "encodings"
SEED = ROOT / "examples" / "000_4359cb3ac2b76893.txt"
STATE = ROOT / "examples" / "state"
TRUTH = (FIX / "sentences.txt").read_bytes().decode("utf-8")
CAPITALS = (FIX / "capitals.txt").read_bytes().decode("utf-8")
EXAMPLES = sorted([SEED] + list(STATE.glob("*.txt")))


def seed_line(n: int) -> str:
    return SEED.read_bytes().decode("utf-8").split("\n")[n - 1]


# ------------------------------------------------------------------ every encoding branch

@pytest.mark.parametrize("name, encoding, expected", [
    ("sentences.txt", "utf-8", TRUTH),
    ("utf8_bom.txt", "utf-8-sig", TRUTH),
    ("utf8_crlf.txt", "utf-8", TRUTH),                 # \r\n -> \n
    ("utf8_nfd.txt", "utf-8", TRUTH),                  # decomposed marks -> NFC
    ("utf16le_bom.txt", "utf-16", TRUTH),
    ("utf16be_bom.txt", "utf-16", TRUTH),
    ("utf16le.txt", "utf-16-le", TRUTH),               # no BOM: told by the NULs at odd offsets
    ("utf16be.txt", "utf-16-be", TRUTH),
    ("cp1258.txt", "cp1258", TRUTH),                   # combining tone marks -> NFC
    ("tcvn3.txt", "tcvn3", TRUTH),                     # bytes from glibc iconv TCVN5712-1
    ("tcvn3_capital_font.txt", "tcvn3", CAPITALS),     # "B¸O C¸O" typed in .VnTimeH -> "BÁO CÁO"
    ("vni.txt", "vni", TRUTH),
    ("tcvn3_in_utf8.txt", "utf-8+tcvn3", TRUTH),       # a .VnTime document saved as Unicode text
])
def test_each_encoding_reads_to_the_same_text(name, encoding, expected):
    d = read_text(FIX / name)
    assert (d.encoding, d.text) == (encoding, expected)
    assert d.sha256 == hashlib.sha256((FIX / name).read_bytes()).hexdigest()
    assert d.path == str(FIX / name)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_bundled_unicode_documents_read_as_utf8_unchanged(path):
    """The legacy heuristics must never touch real UTF-8 Vietnamese (state file 14 has 16 decomposed marks:
    NFC composes them, nothing else changes)."""
    d = read_text(path)
    assert d.encoding == "utf-8"
    assert d.text == unicodedata.normalize("NFC", path.read_bytes().decode("utf-8"))


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize("line", [5, 7, 15, 16, 17, 19, 205, 447, 448, 449, 451, 456, 467, 469, 476])
def test_legacy_round_trip_of_seed_lines(tmp_path, encoding, line):
    """Unicode -> legacy bytes with the inverse table, read back (detected, not told), equal."""
    text = seed_line(line).replace("**", "")
    text = "".join(c for c in text if c not in "¹²³⁴⁵⁶⁷⁸⁹⁰✓“”")   # superscript markers have no 8-bit code
    if syllable_score(text)[1] < 3:                                # too few accented words to detect: say so
        text = text + "\n" + seed_line(19)[:400]
    f = tmp_path / "legacy.txt"
    f.write_bytes(encode_legacy(text, encoding))
    d = read_text(f)
    assert (d.encoding, d.text) == (encoding, text)


@pytest.mark.skipif(shutil.which("iconv") is None, reason="glibc iconv is the independent reference")
def test_tcvn3_table_agrees_with_glibc():
    """Every letter of our TCVN 5712:1993 table decodes, in glibc's converter, to the same letter."""
    letters = sorted(c for c in TCVN3_ENCODE if len(c) == 1 and unicodedata.category(c) != "Mn")
    data = b"".join(TCVN3_ENCODE[c] for c in letters)
    out = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=data, capture_output=True, check=True)
    assert out.stdout.decode("utf-8") == "".join(letters)
    assert len(letters) == 2 * 12 * 6 + 2                      # a ă â e ê i o ô ơ u ư y × 6 tones × 2 cases + đ Đ


@pytest.mark.parametrize("data, expected", [
    # Published TCVN3 strings (converters' documentation): bytes as a Windows-1252 screen shows them.
    (b"B\xb6o Th\xbeng", "Bảo Thắng"),         # "B¶o Th¾ng"
    (b"M\xad\xeang Kh\xad\xacng", "Mường Khương"),   # "M­êng Kh­¬ng"
    (b"B\xb8t X\xb8t", "Bát Xát"),             # "B¸t X¸t"
    (b"Ninh B\xd7nh", "Ninh Bình"),            # "Ninh B×nh"
])
def test_tcvn3_published_examples(data, expected):
    assert decode_tcvn3(data) == expected


@pytest.mark.parametrize("data, expected", [
    ("Xin chaøo caùc baïn".encode("latin-1"), "Xin chào các bạn"),   # VNI's best-known sample
    ("Vieät Nam".encode("latin-1"), "Việt Nam"),
    ("Ñaûng".encode("latin-1"), "Đảng"),
    ("ÑAÛNG COÄNG SAÛN VIEÄT NAM".encode("latin-1"), "ĐẢNG CỘNG SẢN VIỆT NAM"),
])
def test_vni_published_examples(data, expected):
    assert decode_vni(data) == expected
    assert encode_legacy(expected, "vni") == data


def test_forced_encoding_is_used(tmp_path):
    assert read_text(FIX / "tcvn3.txt", encoding="ABC").text == TRUTH
    assert read_text(FIX / "cp1258.txt", encoding="cp1258").encoding == "cp1258"


# ------------------------------------------------------------------ refusals: clear errors, never a traceback

@pytest.mark.parametrize("name, error, says", [
    ("empty.txt", InputError, "is empty"),
    ("blank.txt", InputError, "only whitespace"),
    ("image.png", InputError, "PNG image"),
    ("archive.zip", InputError, "ZIP archive"),
    ("nul_junk.bin", InputError, "NUL bytes"),
    ("viscii.txt", EncodingError, "VISCII"),               # Vietnamese, but in an encoding vanban does not read
    ("utf8_damaged.txt", EncodingError, "1 invalid byte"),  # UTF-8 with one bad byte at offset 200
])
def test_bad_files_give_an_error_naming_the_file_and_the_fix(name, error, says):
    with pytest.raises(error, match=says) as e:
        read_text(FIX / name)
    assert e.value.path == str(FIX / name)
    assert str(FIX / name) in str(e.value) and e.value.fix


@pytest.mark.parametrize("signature, what, fix", _SIGNATURES, ids=[w for _, w, _ in _SIGNATURES])
def test_every_binary_signature_is_refused(tmp_path, signature, what, fix):
    """Each known signature, even followed by readable text, is named in the error."""
    f = tmp_path / "document.txt"
    f.write_bytes(signature + TRUTH.encode("utf-8"))
    with pytest.raises(InputError) as e:
        read_text(f)
    assert what in e.value.problem and e.value.fix == fix


def test_control_characters_without_nul_are_binary(tmp_path):
    f = tmp_path / "junk.dat"
    f.write_bytes(bytes(range(1, 32)) * 64)
    with pytest.raises(InputError, match="control characters"):
        read_text(f)


def test_utf32_with_bom(tmp_path):
    f = tmp_path / "utf32.txt"
    f.write_bytes(TRUTH.encode("utf-32"))
    assert (read_text(f).encoding, read_text(f).text) == ("utf-32", TRUTH)


def test_unreadable_file_is_named(tmp_path, monkeypatch):
    """Root reads any file here, so the permission failure is raised by hand."""
    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))
    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputError, match=r"secret.txt: cannot be read \(permission denied\)"):
        read_text(tmp_path / "secret.txt")


def test_unknown_8bit_text_says_how_to_convert():
    with pytest.raises(EncodingError) as e:
        read_text(FIX / "viscii.txt")
    assert "convert it to UTF-8" in e.value.fix and "iconv" in e.value.fix and "--encoding" in e.value.fix


def test_wrong_forced_encoding_names_the_byte():
    with pytest.raises(EncodingError, match=r"not valid utf-8 \(byte 0x\w\w at offset \d+\)"):
        read_text(FIX / "tcvn3.txt", encoding="utf-8")


def test_unknown_encoding_name_lists_the_choices():
    with pytest.raises(EncodingError, match="unknown encoding 'klingon'.*utf-8, utf-16, cp1258, tcvn3, vni"):
        read_text(FIX / "sentences.txt", encoding="klingon")


def test_missing_file_and_folder():
    with pytest.raises(InputError, match="nope.txt: does not exist"):
        read_text(FIX / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_text(FIX)


def test_every_fixture_reads_or_raises_a_vanban_error():
    """One bad file never stops the others: each gives a result or a VanbanError, nothing else."""
    read, refused = [], []
    for f in sorted(FIX.iterdir()):
        if f.suffix == ".py" or f.is_dir() or f.name.startswith("."):
            continue
        try:
            read.append(Path(read_text(f).path).name)
        except VanbanError:
            refused.append(f.name)
    assert sorted(refused) == ["archive.zip", "blank.txt", "empty.txt", "image.png", "nul_junk.bin",
                               "utf8_damaged.txt", "viscii.txt"]
    assert len(read) == 14 and "sentences.txt" in read and "tcvn3.txt" in read


def test_a_50_mb_file_reads(tmp_path):
    seed = SEED.read_bytes()
    copies = 50 * 1024 * 1024 // len(seed) + 1
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        for _ in range(copies):
            f.write(seed)
    d = read_text(big)
    assert d.encoding == "utf-8"
    assert len(d.text) == copies * len(seed.decode("utf-8"))
    assert d.text[:200] == seed.decode("utf-8")[:200]


# ------------------------------------------------------------------ the detector's pieces

@pytest.mark.parametrize("word, ok", [
    ("Nghị", True), ("quyết", True), ("nghiêng", True), ("Đảng", True), ("khuyến", True), ("Việt", True),
    ("các", True), ("ĐẾN", True),
    ("c¸c", False),      # TCVN3 read as Windows-1252
    ("caỡc", False),     # Windows-1258 read as TCVN3
    ("caùc", False),     # VNI read as Latin-1
    ("cac̀", False),      # a stop coda takes only sắc or nặng ("các", "Việt")
])
def test_is_syllable(word, ok):
    assert is_syllable(unicodedata.normalize("NFC", word)) is ok


@pytest.mark.parametrize("line", [
    "Số 188 -BC/BTCTW",          # seed line 7: the only capital starts the word
    "Số: 18",
    "HĐND, UBND các tỉnh",
])
def test_restore_capitals_leaves_mixed_lines_alone(line):
    assert restore_capitals(line) == line


def test_vni_table_covers_every_letter():
    letters = [c for c in VNI_ENCODE if c.isalpha()]
    assert len(letters) == len(set(letters)) == 2 * 12 * 6 + 2
    assert all(decode_vni(VNI_ENCODE[c]) == c for c in letters)


