"""Stored queries are parsed once per version of their files (queries/registry.py), and an edit is seen at once."""
from __future__ import annotations

import os

from vanban.queries.registry import all_queries, get, parse_query_file

QUERY = "// name: {name}(id)\n// help: {help}\n// params: id\nMATCH (d:Document {{id: $id}}) RETURN d.id\n"


def write(path, text, bump_ns=0):
    path.write_text(text, encoding="utf-8")
    if bump_ns:   # a later mtime, whatever the file system's clock resolution
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + bump_ns))


def test_an_unchanged_file_is_parsed_once(tmp_path):
    f = tmp_path / "card.cypher"
    write(f, QUERY.format(name="card", help="One document."))
    assert parse_query_file(f) is parse_query_file(f)
    assert get("amends") is get("amends")       # the shipped queries too


def test_an_edited_file_is_read_again(tmp_path):
    f = tmp_path / "card.cypher"
    write(f, QUERY.format(name="card", help="One document."))
    first = parse_query_file(f)
    write(f, QUERY.format(name="card", help="One document, with its relations."), bump_ns=2_000_000_000)
    again = parse_query_file(f)
    assert (first.help, again.help) == ("One document.", "One document, with its relations.")


def test_a_new_dialect_override_is_seen(tmp_path):
    f = tmp_path / "card.cypher"
    write(f, QUERY.format(name="card", help="One document."))
    assert "RETURN d.id" in parse_query_file(f).text("neo4j")
    (tmp_path / "card.neo4j.cypher").write_text("MATCH (d:Document {id: $id}) RETURN d.title\n", encoding="utf-8")
    (q,) = all_queries(tmp_path)
    assert "RETURN d.title" in q.text("neo4j") and "RETURN d.id" in q.text("ladybug")
