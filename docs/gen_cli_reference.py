"""Write docs/cli-reference.md from `vanban --help` and every command's `--help`.

    .venv/bin/python docs/gen_cli_reference.py          # rewrite docs/cli-reference.md
    .venv/bin/python docs/gen_cli_reference.py --check  # exit 1 when the file is stale

Run it after adding or changing a command, option or help text; tests/test_cli_reference.py fails while the
committed file differs from what this writes.  The help is rendered 100 columns wide whatever the terminal, so
the file is the same on every machine.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

from vanban.cli import main

OUT = Path(__file__).resolve().parent / "cli-reference.md"
WIDTH = 100

HEADER = """\
# vanban command reference

Generated from each command's `--help` by `docs/gen_cli_reference.py`; do not edit by hand.  After changing a
command, regenerate it with `.venv/bin/python docs/gen_cli_reference.py` (tests/test_cli_reference.py checks that
it is current).  Worked examples with real output are in [cli.md](cli.md).
"""


def command_paths(group: click.Group = main, prefix: tuple = ()) -> list:
    """Every command as its words after `vanban`, groups followed by their subcommands, sorted by name."""
    out = []
    for name in sorted(group.commands):
        command = group.commands[name]
        out.append((*prefix, name))
        if isinstance(command, click.Group):
            out.extend(command_paths(command, (*prefix, name)))
    return out


def help_text(path: tuple) -> str:
    res = CliRunner().invoke(main, [*path, "--help"], prog_name="vanban", terminal_width=WIDTH)
    if res.exit_code != 0:
        raise SystemExit(f"vanban {' '.join(path)} --help failed: {res.output or res.exception}")
    return res.output


def render() -> str:
    paths = command_paths()
    parts = [HEADER, "| command | what it does |\n|---|---|\n"]
    for path in paths:
        command = main
        for word in path:
            command = command.commands[word]
        summary = command.get_short_help_str(limit=WIDTH).replace("|", "\\|")
        anchor = "vanban-" + "-".join(path)
        parts[-1] += f"| [`vanban {' '.join(path)}`](#{anchor}) | {summary} |\n"
    parts.append("## vanban\n\n```text\n" + help_text(()) + "```\n")
    for path in paths:
        parts.append(f"## vanban {' '.join(path)}\n\n```text\n" + help_text(path) + "```\n")
    return "\n".join(parts)


def main_(argv: list) -> int:
    text = render()
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is stale; regenerate it: .venv/bin/python docs/gen_cli_reference.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(command_paths())} commands)")
    return 0


if __name__ == "__main__":
    sys.exit(main_(sys.argv[1:]))
