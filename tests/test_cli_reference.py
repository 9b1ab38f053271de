"""docs/cli-reference.md is what `--help` prints for every command (regenerate: docs/gen_cli_reference.py)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import click

from vanban.cli import main

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("gen_cli_reference", ROOT / "docs" / "gen_cli_reference.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)


def test_the_committed_reference_is_current():
    committed = (ROOT / "docs" / "cli-reference.md").read_text(encoding="utf-8")
    assert committed == gen.render(), ("docs/cli-reference.md differs from the commands' --help; regenerate it: "
                                       ".venv/bin/python docs/gen_cli_reference.py")


def test_every_command_has_its_section():
    text = gen.render()
    for name in main.commands:
        assert f"\n## vanban {name}\n" in text and f"Usage: vanban {name} [OPTIONS]" in text


def test_subcommands_of_a_group_are_listed_after_it():
    @click.group()
    def top():
        """Top."""

    @top.group()
    def db():
        """A group."""

    db.command("drop")(lambda: None)
    top.command("add")(lambda: None)
    assert gen.command_paths(top) == [("add",), ("db",), ("db", "drop")]


def test_check_reports_a_stale_file(tmp_path, monkeypatch, capsys):
    stale = tmp_path / "cli-reference.md"
    stale.write_text(gen.render().replace("vanban extract", "vanban extrakt", 1), encoding="utf-8")
    monkeypatch.setattr(gen, "OUT", stale)
    assert gen.main_(["--check"]) == 1
    assert "regenerate it: .venv/bin/python docs/gen_cli_reference.py" in capsys.readouterr().err
    assert gen.main_([]) == 0 and gen.main_(["--check"]) == 0
