"""Text for the terminal: no control character from a document reaches it as such.

A title, an evidence sentence or a file name may hold escape sequences ("\\x1b[2J" clears the screen,
"\\x1b]8;;…" writes a link, "\\x1b]0;…\\x07" sets the window title), C1 controls or bidirectional overrides
that make a line read differently from what it holds.  ``terminal_safe`` writes each such character as a
visible escape (``\\x1b``, ``\\u202e``), keeping line breaks and tabs.  JSON output escapes them already.

    >>> terminal_safe("Luật\\x1b[2J Đất đai\\u202e")
    'Luật\\\\x1b[2J Đất đai\\\\u202e'
"""
from __future__ import annotations

import re

# C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional embeddings/overrides/isolates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(m) -> str:
    c = ord(m.group())
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every control character (but \\n and \\t) written as a visible escape."""
    return _UNSAFE.sub(_escape, text)
