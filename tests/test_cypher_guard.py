"""Issue 13 point 2: `vanban cypher` without --write touches no file, extension, database or setting.

Every statement below ran (or tried to) on the real LadybugDB store before the guard: COPY … TO overwrote
a file, EXPORT DATABASE wrote a folder, LOAD FROM printed /etc/hostname, CALL home_directory changed a
setting.  The engine's read-only mode refuses none of them, so graph/cypher_guard.py tokenizes the Cypher.
"""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from vanban.cli import main
from vanban.errors import QueryError
from vanban.graph.cypher_guard import outside_clause, refuse_outside
from vanban.graph.store import Store

from test_build import seed_extraction


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("guard") / "store"
    with Store(path) as s:
        s.add_extraction(seed_extraction())
    return path


def refused(result, clause):
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    line = result.stderr.strip()
    assert "\n" not in line and "Traceback" not in result.stderr
    assert line.startswith(f"Error: {clause} reaches outside the graph") and "pass --write" in line, line


def test_copy_to_does_not_overwrite_a_file_without_write(store, tmp_path):
    victim = tmp_path / "victim.csv"
    victim.write_text("precious\n")
    refused(run("cypher", f"COPY (MATCH (d:Document) RETURN d.id) TO '{victim}'", "--store", store), "COPY")
    assert victim.read_text() == "precious\n"


def test_copy_to_runs_with_write(store, tmp_path):
    out = tmp_path / "ids.csv"
    result = run("cypher", f"COPY (MATCH (d:Document {{id: '188-BC/BTCTW'}}) RETURN d.id) TO '{out}'",
                 "--write", "--store", store)
    assert result.exit_code == 0, result.output
    assert "188-BC/BTCTW" in out.read_text()


@pytest.mark.parametrize("cypher, clause", [
    ("EXPORT DATABASE '{dir}/export'", "EXPORT"),
    ("IMPORT DATABASE '{dir}/export'", "IMPORT"),
    ("LOAD FROM '/etc/hostname' (file_format='csv', header=false) RETURN *", "LOAD"),
    ("load with headers (a STRING) from '/etc/hostname' (file_format='csv') RETURN *", "LOAD"),
    ("LOAD EXTENSION '{dir}/x.lbug_extension'", "LOAD"),
    ("INSTALL httpfs", "INSTALL"),
    ("ATTACH '{dir}/other.lbug' AS other (dbtype lbug)", "ATTACH"),
    ("CALL home_directory='{dir}'", "CALL home_directory"),
    ("CALL file_info() RETURN *", "CALL file_info"),
    ("CALL project_graph('g', ['Document'], ['CITES'])", "CALL project_graph"),
    # what a tokenizer must see through: comments, case, line breaks, a leading harmless statement
    ("/* LOAD */ cOpY/**/(MATCH (d) RETURN d.id)TO '{dir}/x.csv'", "COPY"),
    ("// a comment with 'quotes\nExport   Database '{dir}/export'", "EXPORT"),
    ("MATCH (d:Document) RETURN count(d); COPY (MATCH (d) RETURN d.id) TO '{dir}/x.csv'", "COPY"),
    ("RETURN 'it\\'s' AS x; LOAD FROM '/etc/hostname' (file_format='csv') RETURN *", "LOAD"),
])
def test_statements_that_reach_outside_are_refused_without_write(store, tmp_path, cypher, clause):
    cypher = cypher.format(dir=tmp_path)
    refused(run("cypher", cypher, "--store", store), clause)
    assert list(tmp_path.iterdir()) == []          # nothing written next to the store


@pytest.mark.parametrize("cypher, column", [
    ("MATCH (d:Document {id: '188-BC/BTCTW'}) RETURN 'COPY (x) TO \\'/tmp/y\\'' AS copy", "copy"),
    ("MATCH (copy:Document {id: '188-BC/BTCTW'}) WHERE copy IS NOT NULL RETURN copy.id AS load", "load"),
    ("// LOAD FROM '/etc/passwd'\nMATCH (d:Document {id: '188-BC/BTCTW'}) RETURN d.id AS `EXPORT DATABASE`",
     "EXPORT DATABASE"),
    ("MATCH (d:Document {id: '188-BC/BTCTW'}) /* INSTALL httpfs */ RETURN d.id AS installed ORDER BY installed", "installed"),
])
def test_reads_that_only_name_the_words_still_run(store, cypher, column):
    result = run("cypher", cypher, "--format", "json", "--store", store)
    assert result.exit_code == 0, result.output
    assert column in result.stdout


def test_catalog_calls_still_run(store):
    result = run("cypher", "CALL show_tables() RETURN name ORDER BY name", "--format", "csv", "--store", store)
    assert result.exit_code == 0, result.output
    assert "\nDocument\n" in result.stdout


def test_an_unterminated_string_is_refused_not_guessed():
    with pytest.raises(QueryError, match="unterminated '"):
        refuse_outside("MATCH (d) RETURN 'abc")


@pytest.mark.parametrize("cypher, clause", [
    ("CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value", "CALL apoc.load.json"),
    ("CALL apoc.export.csv.all('/tmp/x.csv', {})", "CALL apoc.export.csv.all"),
    ("call DBMS.listConfig()", "CALL DBMS.listConfig"),
    ("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "LOAD"),
    ("CALL db.labels() YIELD label RETURN label", None),
    ("MATCH (d) CALL { WITH d MATCH (d)-->(t) RETURN t } RETURN d, t", None),
])
def test_neo4j_procedures_that_reach_outside(cypher, clause):
    assert outside_clause(cypher, "neo4j") == clause


def test_ladybug_calls_that_read_files_are_named_even_though_the_engine_would_crash():
    # CALL read_csv_serial('/etc/hostname') ends the whole process with a segmentation fault (ladybug 0.22)
    assert outside_clause("CALL read_csv_serial('/etc/hostname') RETURN *") == "CALL read_csv_serial"
    assert outside_clause("CALL READ_PARQUET('x.parquet') RETURN *") == "CALL READ_PARQUET"


def test_the_bolt_backend_refuses_them_before_sending(bolt_server):
    # the real Bolt server (FalkorDB) would answer "procedure not registered"; the guard speaks first
    bolt_server.ensure_running()
    result = run("cypher", "CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value",
                 "--neo4j-uri", bolt_server.uri)
    refused(result, "CALL apoc.load.json")
