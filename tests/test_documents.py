"""Documents, not files: one document read from several files is one node with one set of facts.

The bundled examples hold annotated and plain (``.noannot``) copies of three texts; a renamed or symlinked
copy of a file, or the same folder through a symlink, must not double any fact; removing or pruning a file
takes away exactly what only it stated.  All with the real extractor, on the real example texts.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from vanban.cli import main
from vanban.graph.build import build_graph, canonical_hash
from vanban.graph.store import Store
from vanban.loaders import extract

ROOT = Path(__file__).resolve().parent.parent
STATE = ROOT / "examples" / "state"
QD12 = "12_QD12_2024_TTg_thay_QD63_2015"
ANNOT, PLAIN = STATE / f"{QD12}.txt", STATE / f"{QD12}.noannot.txt"


@pytest.fixture(scope="module")
def extractions():
    """The real extraction of every example text, by file name (read once for the module)."""
    return {p.name: extract(str(p)) for p in sorted(STATE.glob("*.txt"))}


def copy_as(extractions, name, path):
    """The extraction of example ``name`` as if read from ``path`` (same text, another file)."""
    from dataclasses import replace
    return replace(extractions[name], file=str(path))


def facts_rows(store, doc):
    return store.run("MATCH (d:Document {id: $id})-[r]->(t) RETURN r.type, t.id, r.evidence, r.count, r.sources "
                     "ORDER BY r.type, t.id, r.evidence", {"id": doc}).rows


def test_the_two_copies_of_12_2024_are_one_document_with_no_duplicated_rows(tmp_path, extractions):
    d = tmp_path / "docs"
    d.mkdir()
    for p in (ANNOT, PLAIN):
        shutil.copy(p, d / p.name)
    with Store(tmp_path / "s") as s:
        report = s.load([d], extract=extract)
        assert len(report.added) == 2
        docs = {f.doc for f in report.files}
        assert docs == {"12/2024/QĐ-TTg"}
        rows = facts_rows(s, "12/2024/QĐ-TTg")
        assert s.run("MATCH (d:Document {id: '12/2024/QĐ-TTg'}) RETURN count(*)").rows == [[1]]
        G = s.to_networkx()
    keys = [tuple(r[:3]) for r in rows]
    assert len(keys) == len(set(keys)), "a fact both copies state is stored twice"
    both = sorted([str(d / ANNOT.name), str(d / PLAIN.name)])
    # what both texts say has both files as sources; what only the annotations add has the annotated file only
    shared = [r for r in rows if r[3] == 2]
    assert shared and all(sorted(r[4]) == both for r in shared)
    assert ("REPLACES", "63/2015/QĐ-TTg") in {(r[0], r[1]) for r in shared}
    only_annot = [r for r in rows if r[3] == 1]
    assert only_annot and all(r[4] == [str(d / ANNOT.name)] for r in only_annot)
    assert ("CITES", "4545/HD-NHCS") in {(r[0], r[1]) for r in only_annot}
    # the plain copy alone gives exactly the shared facts
    alone = build_graph([copy_as(extractions, PLAIN.name, d / PLAIN.name)])
    plain_facts = {(a["type"], v.split(":", 1)[1], a["evidence"]) for u, v, a in alone.edges(data=True)
                   if u == "Document:12/2024/QĐ-TTg"}
    assert {tuple(r[:3]) for r in shared} == plain_facts
    # and the store is what build_graph makes of the two files
    assert canonical_hash(G) == canonical_hash(build_graph([copy_as(extractions, ANNOT.name, d / ANNOT.name),
                                                            copy_as(extractions, PLAIN.name, d / PLAIN.name)]))


def test_a_renamed_copy_and_a_symlinked_folder_do_not_duplicate_facts(tmp_path, extractions):
    d = tmp_path / "docs"
    d.mkdir()
    name = "09_ND247_2025_sua_ND171.txt"
    shutil.copy(STATE / name, d / name)
    with Store(tmp_path / "one") as s:
        s.load([d], extract=extract)
        one = s.run("MATCH ()-[r]->() RETURN count(*)").rows
    shutil.copy(STATE / name, d / "renamed.txt")
    (tmp_path / "link").symlink_to(d, target_is_directory=True)
    with Store(tmp_path / "s") as s:
        report = s.load([d, tmp_path / "link"], extract=extract)
        assert sorted(os.path.basename(f.path) for f in report.added) == [name, "renamed.txt"]   # the link adds nothing
        assert s.run("MATCH ()-[r]->() RETURN count(*)").rows == one
        counts = s.run("MATCH ()-[r]->() RETURN DISTINCT r.count").rows
        assert counts == [[2]]
        assert [f.status for f in s.load([tmp_path / "link"], extract=extract).files] == ["skipped", "skipped"]


def test_remove_and_prune_take_away_exactly_what_only_those_files_stated(tmp_path, extractions):
    d = tmp_path / "docs"
    d.mkdir()
    names = [ANNOT.name, PLAIN.name, "10_Luat50_2019_QH14_sua_Luat_vu_khi.txt"]
    for n in names:
        shutil.copy(STATE / n, d / n)
    store = str(tmp_path / "s")
    runner = CliRunner()
    res = runner.invoke(main, ["load", str(d), "--store", store])
    assert res.exit_code == 0, res.output
    # remove the annotated copy: the annotations' facts go, the shared ones stay with the plain copy as source
    res = runner.invoke(main, ["remove", str(d / ANNOT.name), "--store", store])
    assert res.exit_code == 0 and res.output == f"1 removed -> {store}\n"
    with Store(store, read_only=True) as s:
        rows = facts_rows(s, "12/2024/QĐ-TTg")
        G = s.to_networkx()
    assert rows and all(r[3] == 1 and r[4] == [str(d / PLAIN.name)] for r in rows)
    assert canonical_hash(G) == canonical_hash(build_graph([copy_as(extractions, n, d / n) for n in names[1:]]))
    # a file that is gone: load --prune drops its facts (the removed one is moved away, or the folder has it)
    (d / ANNOT.name).rename(tmp_path / ANNOT.name)
    (d / names[2]).unlink()
    res = runner.invoke(main, ["load", str(d), "--prune", "--store", store])
    assert res.exit_code == 0
    assert res.output.endswith(f"0 added, 0 replaced, 1 unchanged, 0 failed, 1 removed (2 files) -> {store}\n")
    with Store(store, read_only=True) as s:
        G = s.to_networkx()
        assert sorted(s.sources()) == [str(d / PLAIN.name)]
    assert canonical_hash(G) == canonical_hash(build_graph([copy_as(extractions, PLAIN.name, d / PLAIN.name)]))
    res = runner.invoke(main, ["remove", str(d / names[2]), "--store", store])
    assert res.exit_code == 1 and "is a loaded file" in res.output


def test_a_parallel_load_gives_the_serial_graph(tmp_path, extractions):
    with Store(tmp_path / "par") as s:
        report = s.load([STATE], extract=extract, jobs=2)
        assert len(report.added) == len(extractions) and not report.failed
        par = canonical_hash(s.to_networkx())
    with Store(tmp_path / "ser") as s:
        s.load([STATE], extract=extract, jobs=1)
        ser = canonical_hash(s.to_networkx())
    assert par == ser == canonical_hash(build_graph(copy_as(extractions, n, STATE / n) for n in extractions))


def test_each_copy_of_a_document_is_read_again_at_most_once_per_load(tmp_path, extractions, monkeypatch):
    """A file joining a document that n files hold recomputes it from all of them; their facts are kept for the
    rest of the load, so loading n copies one per transaction reads n + 1 files, not n + n(n-1)/2."""
    d = tmp_path / "docs"
    d.mkdir()
    names = [f"copy{i}.txt" for i in range(6)]
    for n in names:
        shutil.copy(PLAIN, d / n)
    reads: dict = {}

    def counting(path):
        reads[os.path.basename(path)] = reads.get(os.path.basename(path), 0) + 1
        return copy_as(extractions, PLAIN.name, path)

    monkeypatch.setenv("VANBAN_BATCH_FILES", "1")
    with Store(tmp_path / "s") as s:
        report = s.load([d], extract=counting)
        assert len(report.added) == 6
        G = s.to_networkx()
    assert sum(reads.values()) == 7 and max(reads.values()) == 2
    assert canonical_hash(G) == canonical_hash(build_graph(copy_as(extractions, PLAIN.name, d / n) for n in names))
