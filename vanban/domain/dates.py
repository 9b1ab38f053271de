"""The one date parser: both loaders (the header's own date, the dates next to cited numbers) use it.

A date is a real calendar date or nothing: ``iso_date(31, 2, 2022)`` is None, so an OCR slip never puts an
impossible date into the graph.

>>> parse_date("ngày 05 tháng 8 năm 2022")
'2022-08-05'
>>> parse_date("Kết luận số 14-KL/TW, ngày 22/9/2021")
'2021-09-22'
>>> parse_date("31/02/2022") is None
True
>>> iso_date("5", "8", "22")
'2022-08-05'
"""
from __future__ import annotations

import datetime
import re
from typing import Optional, Union

# A date as documents write it: "22/9/2021", "08-3-2018", "22.9.2021" or "ngày 05 tháng 8 năm 2022".
DATE = re.compile(
    r"""(?P<d>\d{1,2})\s*(?:[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d\d)
                         |\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>(?:19|20)\d\d))""",
    re.VERBOSE,
)

Part = Union[int, str, None]


def iso_date(d: Part, m: Part, y: Part) -> Optional[str]:
    """The ISO date of day, month, year (numbers or digit strings); None when it is not a real date.

    A two-digit year is 20xx (``"22"`` -> 2022).
    """
    try:
        day, month, year = int(d), int(m), int(y)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if year < 100:
        year += 2000
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> Optional[str]:
    """The first date written in ``text`` as an ISO string; None when there is none or it is impossible."""
    m = DATE.search(text)
    if not m:
        return None
    return iso_date(m.group("d"), m.group("m") or m.group("m2"), m.group("y") or m.group("y2"))


def is_iso_date(value: object) -> bool:
    """``value`` is a real date written ``YYYY-MM-DD``."""
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True
