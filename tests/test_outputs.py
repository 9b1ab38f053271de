"""Every user-named file goes through vanban/outputs.py (issue 13): never into a store, atomic, one-line errors,
and text cleaned for XML and CSV sinks.  Real store (the seed loaded), real CLI, real parsers."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from vanban.errors import OutputError
from vanban.graph.build import canonical_hash
from vanban.outputs import clean_text, guard, open_output

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "000_4359cb3ac2b76893.txt"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from vanban.graph.store import Store
    from vanban.loaders import extract

    path = tmp_path_factory.mktemp("outputs") / "store"
    with Store(path) as st:
        assert not st.load([str(SEED)], extract=extract).failed
    return path


def run(*args):
    from vanban.cli import main

    return CliRunner().invoke(main, [str(a) for a in args])


def stats(store):
    from vanban.graph.store import Store

    with Store(store, read_only=True) as st:
        return st.stats()


@pytest.mark.parametrize("fmt", ["nt", "ttl", "jsonld", "json", "graphml", "neo4j-csv"])
def test_an_export_onto_the_store_itself_is_refused_and_the_store_survives(store, fmt):
    before = stats(store)
    db = store / "graph.lbug"
    size = db.stat().st_size
    for dest in (db, store / "graph.lbug.wal", store / "copy.out", store):
        res = run("export", "--format", fmt, dest, "--store", store)
        assert res.exit_code == 1, (fmt, dest, res.output)
        assert res.output.startswith(f"Error: {dest}: is inside the vanban store {store}; writing there would "
                                     f"damage the store"), res.output
        assert res.output.count("\n") == 1
    assert db.stat().st_size == size and stats(store) == before
    assert not (store / "copy.out").exists()


def test_an_export_into_another_store_is_refused_too(store, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "graph.lbug").write_bytes(b"not ours to overwrite")
    res = run("export", "--format", "json", other / "sub" / "g.json", "--store", store)
    assert res.exit_code == 1 and f"is inside the vanban store {other}" in res.output
    assert (other / "graph.lbug").read_bytes() == b"not ours to overwrite"


def test_missing_folder_directory_and_file_parent_are_one_line_errors(store, tmp_path):
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    cases = [
        (tmp_path / "no" / "such" / "g.nt", f"the folder {tmp_path / 'no' / 'such'} does not exist; create it first"),
        (tmp_path, "is a folder; give a file name inside it"),
        (tmp_path / "afile" / "g.nt", f"{tmp_path / 'afile'} is not a folder; choose another place"),
    ]
    for dest, message in cases:
        res = run("export", "--format", "nt", dest, "--store", store)
        assert res.exit_code == 1, res.output
        assert res.output.startswith("Error: ") and message in res.output and res.output.count("\n") == 1
        assert "Traceback" not in res.output


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    dest = tmp_path / "g.nt"
    dest.write_text("the old export\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with open_output(dest) as fh:
            fh.write("half of a new one")
            raise RuntimeError("disk full")
    assert dest.read_text(encoding="utf-8") == "the old export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.nt"]
    with open_output(dest) as fh:
        fh.write("new\n")
    assert dest.read_text(encoding="utf-8") == "new\n"


def test_guard_refuses_the_commands_store_before_it_exists(tmp_path):
    with pytest.raises(OutputError, match="inside the vanban store"):
        guard(tmp_path / "future-store" / "x.nt", store=tmp_path / "future-store")
    assert guard(tmp_path / "x.nt", store=tmp_path / "future-store") == tmp_path / "x.nt"


# ------------------------------------------------------------------ clean text for every sink

NASTY = "Quy\x00 định\x0b về\x1b[31m đỏ\x7f\x9b và\ttab\nxuống dòng"


def nasty_graph():
    G = nx.MultiDiGraph()
    for ident in ("1-QĐ/TW", "2-NQ/TW"):
        G.add_node(f"Document:{ident}", label="Document", id=ident, code=ident, number="", type="Quy định",
                   type_code="QĐ", date="", year=0, issuer="", title=NASTY, loaded=False, source_file="",
                   aliases=[NASTY], doubt="", mention_count=0)
    G.add_edge("Document:1-QĐ/TW", "Document:2-NQ/TW", key="k", type="IMPLEMENTS", source_file="a\x00.txt",
               source_doc="1-QĐ/TW", evidence=NASTY, line=1, start=0, end=5, rule="r", planned=False)
    return G


def test_clean_text_removes_control_characters_but_keeps_tab_and_newline():
    assert clean_text(NASTY) == "Quy định về[31m đỏ và\ttab\nxuống dòng"
    assert clean_text(5) == 5


def test_a_nul_byte_does_not_make_the_graphml_invalid(tmp_path):
    from vanban.graph.exporters import export_graphml, read_graphml

    dest = tmp_path / "g.graphml"
    export_graphml(nasty_graph(), str(dest))
    ET.parse(dest)                      # well-formed XML
    back = read_graphml(dest)
    assert back.nodes["Document:1-QĐ/TW"]["title"] == clean_text(NASTY)
    assert back.nodes["Document:1-QĐ/TW"]["aliases"] == [clean_text(NASTY)]
    (_, _, e), = back.edges(data=True)
    assert e["evidence"] == clean_text(NASTY) and e["source_file"] == "a.txt"


def test_json_keeps_control_characters_escaped(tmp_path):
    from vanban.graph.exporters import export_json, read_json

    dest = tmp_path / "g.json"
    export_json(nasty_graph(), str(dest))
    assert "\x00" not in dest.read_text(encoding="utf-8")
    assert canonical_hash(read_json(dest)) == canonical_hash(nasty_graph())


def test_neo4j_csv_has_no_control_characters(tmp_path):
    from vanban.graph.neo4j import export_neo4j_csv

    export_neo4j_csv(nasty_graph(), str(tmp_path / "csv"))
    for f in (tmp_path / "csv").glob("*.csv"):
        text = f.read_text(encoding="utf-8")
        assert not any(c in text for c in "\x00\x0b\x1b\x7f\x9b"), f.name


def test_rdf_escapes_control_characters_and_round_trips(tmp_path):
    from rdflib.compare import isomorphic

    from vanban.graph import rdf

    for fmt, fn in (("nt", rdf.export_ntriples), ("ttl", rdf.export_turtle), ("jsonld", rdf.export_jsonld)):
        dest = tmp_path / f"g.{fmt}"
        fn(nasty_graph(), str(dest))
        assert "\x00" not in dest.read_text(encoding="utf-8") and "\x1b" not in dest.read_text(encoding="utf-8")
        assert isomorphic(rdf.load_rdf(dest), rdf.to_rdf(nasty_graph())), fmt


# ------------------------------------------------------------------ exports streamed from the store

@pytest.mark.parametrize("fmt", ["nt", "ttl", "jsonld"])
def test_an_rdf_export_streamed_from_the_store_is_the_graph(store, tmp_path, fmt):
    from rdflib.compare import isomorphic

    from vanban.graph import rdf
    from vanban.graph.store import Store

    dest = tmp_path / f"g.{fmt}"
    res = run("export", "--format", fmt, dest, "--store", store)
    assert res.exit_code == 0, res.output
    with Store(store, read_only=True) as st:
        expected = rdf.to_rdf(st.to_networkx())
    back = rdf.load_rdf(dest)
    assert len(back) == len(expected) and isomorphic(back, expected)


def test_the_json_export_of_the_store_is_one_node_or_edge_per_line(store, tmp_path):
    dest = tmp_path / "g.json"
    assert run("export", "--format", "json", dest, "--store", store).exit_code == 0
    lines = dest.read_text(encoding="utf-8").splitlines()
    data = json.loads("\n".join(lines))
    assert len(lines) == len(data["nodes"]) + len(data["edges"]) + 5
