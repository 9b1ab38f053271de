"""Why a stored query has no rows: one line a user can act on.

``why_empty(backend, name, values)`` -> "(no rows: …)".  The id was already resolved (an unknown id is an error
before this), so the reasons are: what the store knows about the document (loaded or only cited, how many
relations of which kinds), the other direction of the question when that has answers ("21-NQ/TW implements
nothing in the loaded texts; 1 document implements it: vanban query implemented-by -p id=21-NQ/TW"), or what
the store holds at all.
"""
from __future__ import annotations

from vanban.errors import VanbanError

# query -> (relation types it reads, direction from `id`, the query asking the other way)
_ID_QUERIES = {
    "amends": (("AMENDS", "REPLACES", "REPEALS"), "out", "amended-by"),
    "amended-by": (("AMENDS", "REPLACES", "REPEALS"), "in", "amends"),
    "implements": (("IMPLEMENTS", "GUIDES"), "out", "implemented-by"),
    "implemented-by": (("IMPLEMENTS", "GUIDES"), "in", "implements"),
    "cites": ((), "out", "cited-by"),
    "cited-by": ((), "in", "cites"),
    "localities": (("MENTIONS",), "out", None),
}
_WHAT = {
    "amends": "amends, replaces or repeals nothing", "amended-by": "is amended, replaced or repealed by nothing",
    "implements": "implements or guides nothing", "implemented-by": "is implemented or guided by nothing",
    "cites": "refers to nothing", "cited-by": "is referred to by nothing", "localities": "names no province",
}


def _count(backend, types, direction, ident) -> int:
    rel = "r:" + "|".join(types) if types else "r"
    pattern = f"(d:Document {{id: $id}})-[{rel}]->(x)" if direction == "out" else f"(x)-[{rel}]->(d:Document {{id: $id}})"
    return int(backend.run(f"MATCH {pattern} RETURN count(r)", {"id": ident}).rows[0][0])


def why_empty(backend, name: str, values: dict) -> str:
    """The reason line for an empty answer of stored query ``name`` (see the module doc)."""
    from vanban.queries.registry import canonical_name

    name = canonical_name(name)
    ident = values.get("id")
    try:
        if ident and name in _ID_QUERIES:
            types, direction, other = _ID_QUERIES[name]
            loaded = backend.run("MATCH (d:Document {id: $id}) RETURN d.loaded", {"id": ident}).rows
            state = "loaded" if loaded and loaded[0][0] else "only cited, not loaded"
            reason = f"{ident} ({state}) {_WHAT[name]} in the loaded texts"
            if other:
                back = _count(backend, types, "in" if direction == "out" else "out", ident)
                if back:
                    reason += f"; the other way there {'is' if back == 1 else 'are'} {back}: vanban query {other} -p id={ident}"
            return f"(no rows: {reason})"
        if name == "planned" and ident:
            return f"(no rows: no text loaded as {ident} states a plan or a draft; without -p id all plans are listed)"
        if name == "issued-by":
            year = f" in {values['year']}" if values.get("year") else ""
            bodies = [b for (b,) in backend.run("MATCH (b:Body) RETURN b.id ORDER BY b.id").rows]
            return (f"(no rows: no document of {values.get('body')!r}{year}; the bodies in the graph: "
                    f"{', '.join(bodies[:8])}{', …' if len(bodies) > 8 else ''})")
        if name == "mentioning":
            return f"(no rows: no loaded text names {values.get('locality')!r} outside a body's name)"
        n = backend.run("MATCH (d:Document) RETURN count(d)").rows[0][0]
        if not n:
            return "(no rows: the store is empty; load documents first: vanban load PATH)"
        return f"(no rows: none of the {n} documents in the store answers {name})"
    except VanbanError:        # the reason is a courtesy: a backend that cannot count still gives the answer
        return "(no rows)"
