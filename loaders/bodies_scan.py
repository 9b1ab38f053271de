"""One pass over a text for all the patterns of the bodies and localities stage.

Each pattern of that stage (the named bodies, the central organs, the departments, the sub-bodies, the bare
committees, the issuer codes, the gazetteer) can only start where a word opens one of its names ("Ban", "Bộ",
"Hà", "BTCTW" ...).  Python's ``re`` walks a text at some 4 ns a character for any pattern that starts with a
set of letters, whatever comes next, so one whole-text scan per pattern cost the stage nine such walks.
``HeadScan`` makes one: a regex starting with the set of letters the names start with (so ``re`` skips the other
characters in C) stops at a word start where some pattern's *guard* holds, and only there does Python try that
pattern with ``match``.  A guard is a necessary condition of its pattern at that position: the pattern's first
words, or the whole branch the word opens when that is cheap (a named body's head word and the rest of its
names; a province's first word and the words that may follow it).  The guards are merged into one tree on their
leading tokens (``factor``), so most capitalised words are turned down after a comparison or two.

On the shared real corpus (41 MB) the scan stops at ~53,000 words and tries a pattern ~94,000 times, where
the nine whole-text scans tried every capital letter; the stage costs a third of what it did.

What ``scan`` returns is, pattern by pattern, exactly what scanning the whole text gives (``Family.mode``):

* ``"word"``: the matches ``bodies._scan`` yields (leftmost, at a word start, the next search from the match's
  end).  A pattern that matches at a word start passes its guard there, so the scan stops there; trying the
  positions it stops at in order, from the last match's end, is what ``rx.search`` does over the whole text.
* ``"finditer"``: the matches of ``rx.finditer``, for a pattern that checks its own word start (the gazetteer).
* ``"boundary"``: the matches of ``rx.finditer`` that no letter, digit, "/", "–", "-" or "_" precedes (the issuer
  codes).  A match that follows a letter cannot hide one that follows none: the hidden one would start after a
  code letter.

The scan's own matches are whole runs of letters (see ``RUN``), so a word start is never inside one of them and
none of the positions the patterns need is skipped.  ``tests/test_bodies_scan.py`` compares every pattern's
matches with its whole-text scan on every bundled real text.  Benchmark if changing
(``bench/bench_extract.py``, the "bodies" and "localities" rows).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Iterable, List, Sequence, Tuple

# A letter of a word run: a word character but for digits, "_" and the superscript footnote markers (a marker
# glued to a name, "Hậu Giang³⁶", ends the word).
RUN = r"[^\W\d_\u00b2\u00b3\u00b9\u2070-\u2079]"
# Checked right after the first character: the character before it is no word character (a footnote marker
# does not count).  The weakest word start of the patterns, so every one of them passes it.
_AFTER_WORD_START = r"(?<![^\W\u00b2\u00b3\u00b9\u2070-\u2079].)"
_ANY_WORD = re.compile(RUN + "*")
MODES = ("word", "finditer", "boundary")
_DISPATCH_MAX = 200_000      # distinct words remembered; a text of random words cannot grow it without bound


@dataclass(frozen=True)
class Head:
    """Where a pattern may start: at one of the characters ``first``, followed by what the regex source
    ``rest`` matches (checked as a lookahead: a necessary condition of the pattern there); ``accepts`` is a
    regex source that the run of letters starting there must match (``re.match``: a prefix, unless it ends in
    ``\\Z``)."""
    first: str
    rest: str
    accepts: str


@dataclass(frozen=True)
class Family:
    """A pattern and the heads it may start with; ``mode`` says which whole-text scan ``HeadScan`` stands for."""
    name: str
    rx: re.Pattern[str]
    heads: Tuple[Head, ...]
    mode: str = "word"

    def __post_init__(self):
        if self.mode not in MODES:
            raise ValueError(f"mode {self.mode!r} of family {self.name!r}: choose one of {', '.join(MODES)}")


def literal_heads(words: Iterable[str], guard: str = "", exact: bool = False) -> Tuple[Head, ...]:
    """Heads for literal words (case as written): each word, then ``guard`` (a regex source checked right
    after the word).  ``exact``: the word is a whole run of letters, nothing glued to it."""
    out = []
    for w in sorted(set(words)):
        if not w or not _ANY_WORD.fullmatch(w):
            raise ValueError(f"head word {w!r}: a head must be letters only")
        out.append(Head(w[0], re.escape(w[1:]) + guard, re.escape(w) + (r"\Z" if exact else "")))
    return tuple(out)


class HeadScan:
    """One scan of a text finding every family's matches (see the module's docstring)."""

    def __init__(self, families: Sequence[Family]):
        self.families = tuple(families)
        guards = []
        for f in self.families:
            for h in f.heads:
                guards += [re.escape(c) + h.rest for c in h.first]
        firsts = sorted({c for f in self.families for h in f.heads for c in h.first})
        # One set of first letters (``re`` finds them in C), the word start, then the guards, factored into a
        # tree on their leading tokens so that a position is turned down after a few comparisons.
        self.rx = re.compile("[" + "".join(re.escape(c) for c in firsts) + "]" + _AFTER_WORD_START
                             + "(?<=(?=" + factor(guards) + ").)" + RUN + "*") if firsts else None
        self._accepts = [re.compile("|".join(f"(?:{h.accepts})" for h in f.heads) or "(?!)")
                         for f in self.families]
        self._dispatch: Dict[str, tuple] = {}

    def _families_of(self, word: str):
        """(index, match, check) of the families whose heads accept a run of letters; ``check``: 0 none (the
        pattern checks its own start), 1 the word start (a footnote marker "ⁱ" is a letter to ``_scan`` but not
        to the scan's lookbehind), 2 no letter, digit, "/", "–", "-" or "_" before."""
        got = tuple((i, f.rx.match, _CHECKS[f.mode]) for i, (f, acc) in enumerate(zip(self.families, self._accepts))
                    if acc.match(word))
        if len(self._dispatch) >= _DISPATCH_MAX:
            self._dispatch.clear()
        self._dispatch[word] = got
        return got

    def scan(self, t: str) -> Dict[str, list]:
        """{family name: its matches in ``t``, in text order}."""
        found: List[list] = [[] for _ in self.families]
        nxt = [0] * len(self.families)
        if self.rx is not None:
            get = self._dispatch.get
            for m in self.rx.finditer(t):
                word = m[0]
                which = get(word)
                if which is None:
                    which = self._families_of(word)
                q = m.start()
                for i, match, check in which:
                    if q < nxt[i]:
                        continue
                    if check and q:
                        c = t[q - 1]
                        if check == 1:
                            if c == "\u2071":
                                continue
                        elif c.isalnum() or c in "/–-_":
                            continue
                    r = match(t, q)
                    if r is not None:
                        found[i].append(r)
                        e = r.end()
                        nxt[i] = e if e > q else q + 1
        return {f.name: found[i] for i, f in enumerate(self.families)}


_CHECKS = {"finditer": 0, "word": 1, "boundary": 2}


# ---------------------------------------------------------------- factoring alternatives
# A regex token: a class, an escape, a group (kept whole), or one character; then a quantifier, if any.
_TOKEN = re.compile(r"""
    (?: \[ (?:\^)? \]? (?:\\.|[^\]\\])* \]       # a class: [ \t\u00a0], []...], [^...]
      | \\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)       # an escape: \., \u00a0
      | [^()|\\\[]                                   # one plain character
    )
    (?: [*+?] | \{\d*,?\d*\} )? \??                   # a quantifier, lazy or not
""", re.X | re.S)


_QUANTIFIER = re.compile(r"(?:[*+?]|\{\d*,?\d*\})?\??")


def _token_end(src: str, i: int) -> int:
    m = _TOKEN.match(src, i)
    if m is None:
        raise ValueError(f"regex source {src!r}: cannot read it at {i}")
    return m.end()


def _tokens(src: str) -> List[List[str]]:
    """The top-level alternatives of a regex source, each as its list of tokens (a group is one token)."""
    alts: List[List[str]] = []
    cur: List[str] = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == "|":
            alts.append(cur)
            cur, i = [], i + 1
        elif c == "(":
            j, depth = i, 0
            while True:                       # the group's closing parenthesis, past escapes and classes
                ch = src[j]
                if ch == "\\":
                    j += 2
                    continue
                if ch == "[":
                    j = _token_end(src, j)
                    continue
                depth += {"(": 1, ")": -1}.get(ch, 0)
                j += 1
                if depth == 0:
                    break
            q = _QUANTIFIER.match(src, j).end()   # type: ignore[union-attr]  # it matches the empty string
            cur.append(src[i:q])
            i = q
        else:
            q = _token_end(src, i)
            cur.append(src[i:q])
            i = q
    alts.append(cur)
    return alts


def factor(sources: Iterable[str]) -> str:
    """One regex matching where any of ``sources`` matches, with the alternatives that start alike merged:
    "Hà(?: Nội| Nam)|Hải Phòng" for "Hà Nội", "Hà Nam", "Hải Phòng".  Only whether it matches counts (it is a
    lookahead): "ab|ac" and "a(?:b|c)" match at the same places, and so do "x+y|x+z" and "x+(?:y|z)".  The
    sources must have no capturing groups or back references."""
    return _factor([t for s in sources for t in _tokens(s)])


def _factor(alts) -> str:
    if any(not a for a in alts):
        return ""                              # one alternative matches the empty string: so does the whole
    groups: Dict[str, list] = {}
    for a in alts:
        groups.setdefault(a[0], []).append(a[1:])
    parts = []
    for tok, rests in groups.items():
        inner = _factor(rests)
        if not inner:
            parts.append(tok)
        elif len(rests) > 1 and "|" in inner:
            parts.append(f"{tok}(?:{inner})")
        else:
            parts.append(tok + inner if len(rests) == 1 else f"{tok}(?:{inner})")
    return "|".join(parts)

