"""`vanban extract --json` keeps its contract: docs/extract.schema.json, checked against real output.

The files: the seed report (with its copy block and register stamp), every state text in examples/state, the
real sentences of tests/fixtures/encodings in three encodings, and three real texts of tests/fixtures/real (a gazette
text, a Party conclusion, a legal website's page).  The schema requires every field the README's
contract names (parsed from the README here, so the two cannot drift) and allows added ones.
"""
from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from vanban.cli import main
from vanban.domain.vocab import Relation

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "extract.schema.json").read_text(encoding="utf-8"))
REAL = "tests/fixtures/real/texts/"
FILES = ["examples/000_4359cb3ac2b76893.txt", "examples/state/", "tests/fixtures/encodings/cp1258.txt",
         "tests/fixtures/encodings/tcvn3.txt", "tests/fixtures/encodings/sentences.txt",
         REAL + "congbao/van-ban-hop-nhat-so-2092-vbhn-bldtbxh-37403.txt",          # a gazette PDF's text
         REAL + "party/Trangsct-skill-sct__KL-75-KL-TW-28-7-2026-BVMT-BDKH-thoi-ky-moi.txt",
         REAL + "tvpl/0326977b5d611b9a.md"]                                          # a legal website's page
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


@pytest.fixture(scope="module")
def outputs():
    res = CliRunner().invoke(main, ["extract", *[str(ROOT / f) for f in FILES], "--json"])
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.stdout.splitlines()]


def errors(obj) -> list:
    """Every error's path and message, those inside an anyOf (a field that may be null) included."""
    out, todo = [], list(VALIDATOR.iter_errors(obj))
    while todo:
        e = todo.pop()
        out.append(f"{'/'.join(map(str, e.absolute_path))}: {e.message}")
        todo.extend(e.context or ())
    return out


def test_the_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_real_output_is_valid(outputs):
    states = sorted(p.name for p in (ROOT / "examples" / "state").glob("*.txt"))
    assert len(outputs) == 7 + len(states) and len(states) >= 10
    assert {o["encoding"] for o in outputs} >= {"utf-8", "cp1258", "tcvn3"}
    seed = outputs[0]
    assert seed["document"]["copy"] and seed["document"]["received"] and seed["relations"] and seed["localities"]
    for out in outputs:
        assert errors(out) == [], out["file"]


def test_the_relation_types_are_the_vocabularys():
    assert set(SCHEMA["$defs"]["relation_type"]["enum"]) == {r.value for r in Relation if r.is_document_relation}


def readme_contract() -> dict:
    """The README's contract line as {object: [field, ...]}: "" is the top level, "document.copy" a nested one."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(li for li in readme.splitlines() if li.startswith('`{"file"'))
    text = line.strip("`.").replace("…", "")
    out: dict = {}
    stack: list = []         # the field names of the objects we are in; the top level has none
    last = ""
    for token in re.finditer(r'"(\w+)"|[{}]', text):
        if token.group(1):
            last = token.group(1)
            out.setdefault(".".join(stack[1:]), []).append(last)
        elif token.group() == "{":
            stack.append(last)
        else:
            stack.pop()
    return out


def test_every_field_of_the_readme_contract_is_required():
    contract = readme_contract()
    assert contract[""][:3] == ["file", "document", "mentions"] and "receiver" in contract["document.received"]
    where = {"": SCHEMA, "document": SCHEMA["$defs"]["document"], "document.copy": SCHEMA["$defs"]["copy"],
             "document.received": SCHEMA["$defs"]["received"], "mentions": SCHEMA["$defs"]["mention"],
             "relations": SCHEMA["$defs"]["relation"], "localities": SCHEMA["$defs"]["locality"],
             "bodies": SCHEMA["$defs"]["body"], "documents": SCHEMA["$defs"]["document_seen"]}
    for obj, fields in contract.items():
        assert set(fields) <= set(where[obj]["required"]), obj
        assert set(fields) <= set(where[obj]["properties"]), obj


@pytest.mark.parametrize("change, message", [
    (lambda o: o["relations"][0].pop("evidence"), "'evidence' is a required property"),
    (lambda o: o["mentions"][0].__setitem__("line", "7"), "'7' is not of type 'integer'"),
    (lambda o: o["document"].__setitem__("date", "30/12/2022"), "does not match"),
    (lambda o: o["relations"][0].__setitem__("relation", "AMMENDS"), "'AMMENDS' is not one of"),
    (lambda o: o["document"]["received"].pop("receiver"), "'receiver' is a required property"),
    (lambda o: o.__setitem__("sha256", ""), "does not match"),
])
def test_broken_output_is_refused(outputs, change, message):
    broken = copy.deepcopy(outputs[0])
    change(broken)
    assert any(message in e for e in errors(broken)), errors(broken)


def test_added_fields_are_allowed(outputs):
    grown = copy.deepcopy(outputs[0])
    grown["relations"][0]["partial"] = True          # the contract grows: fields are added, never removed
    grown["document"]["effective"] = "2023-01-01"
    grown["pages"] = 3
    assert errors(grown) == []
