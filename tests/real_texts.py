"""The bundled texts the fast-path tests compare old and new walks on: the examples and every real fixture text."""
from pathlib import Path
from typing import List

ROOT = Path(__file__).resolve().parent.parent


def real_paths(max_bytes: int = 0) -> List[Path]:
    """examples/*.txt, then tests/fixtures/real's .txt and .md files (each group sorted); ``max_bytes``: only smaller."""
    real = ROOT / "tests" / "fixtures" / "real"
    paths = sorted((ROOT / "examples").rglob("*.txt")) + sorted(real.rglob("*.txt")) + sorted(real.rglob("*.md"))
    return [p for p in paths if not max_bytes or p.stat().st_size < max_bytes]


def real_texts(max_bytes: int = 0) -> List[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in real_paths(max_bytes)]


TEXTS = ROOT / "tests" / "fixtures" / "real" / "texts"     # the real fixture texts, by kind (congbao, tvpl, party)


def rels(x) -> set:
    """An extraction's relations but CITES as (source, relation, target) by code: a local document's id carries its
    province ("810/QĐ-UBND@Bắc Ninh"), cut here."""
    def code(i):
        return i.split("@")[0]
    return {(code(r.source), r.relation, code(r.target)) for r in x.relations if r.relation != "CITES"}


def partials(x, source: str, relation: str, target: str) -> set:
    """The partial flags of an extraction's relations from ``source`` to ``target`` (codes, a local id's province cut):
    {True} a part only, {False} the whole, both when stated both ways, empty when not stated."""
    return {r.partial for r in x.relations
            if (r.source.split("@")[0], r.relation, r.target.split("@")[0]) == (source, relation, target)}


def scopes(x, source: str, relation: str, target: str) -> set:
    """The scopes of an extraction's relations from ``source`` to ``target`` (codes, a local id's province cut): None
    for an act on the whole."""
    return {r.scope for r in x.relations
            if (r.source.split("@")[0], r.relation, r.target.split("@")[0]) == (source, relation, target)}
