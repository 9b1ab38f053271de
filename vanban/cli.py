"""The vanban command line: thin click commands over the library (sqlite-utils habit).

Each command parses its options, calls one library function, and turns a domain error
(``VanbanError``) into a one-line ``click.ClickException`` with a non-zero exit.
Commands that live in their own modules are listed in COMMAND_MODULES; each such module defines
``commands`` (a list of click commands) and is registered on ``main``.
"""
from __future__ import annotations

import functools
import importlib
import os

import click

from vanban import __version__
from vanban.errors import VanbanError

CONTEXT_SETTINGS = dict(help_option_names=["-h", "--help"], max_content_width=100)

# Modules that add commands: each defines `commands = [...]`.
COMMAND_MODULES = (
    "vanban.cli_extract",
)


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="vanban")
def main():
    """vanban: a knowledge graph of Vietnamese official documents.

    Read documents, store the web of citations between them, and ask it questions.

    \b
    Example:
        vanban load examples/
        vanban query implements -p id=21-NQ/TW
    """


# ---------------------------------------------------------------- shared options (reusable decorators)

DEFAULT_STORE = "vanban-store"


def store_option(f):
    """--store PATH (env VANBAN_STORE; default ./vanban-store): the embedded store's directory."""
    return click.option("--store", "store", envvar="VANBAN_STORE", default=DEFAULT_STORE, show_default=True,
                        type=click.Path(file_okay=False), help="Directory of the embedded graph store (env VANBAN_STORE).")(f)


def format_option(*choices, default="table"):
    choices = choices or ("table", "json", "csv")

    def deco(f):
        return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                            help="Output format.")(f)
    return deco


def neo4j_options(f):
    """--neo4j-uri/--user/--password/--database, each also from the environment."""
    f = click.option("--database", envvar="NEO4J_DATABASE", default=None, help="Neo4j database name (env NEO4J_DATABASE).")(f)
    f = click.option("--password", envvar="NEO4J_PASSWORD", default=None, help="Neo4j password (env NEO4J_PASSWORD).")(f)
    f = click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True, help="Neo4j user (env NEO4J_USER).")(f)
    f = click.option("--neo4j-uri", envvar="NEO4J_URI", default=None,
                     help="Run against Neo4j over Bolt instead of the embedded store, e.g. bolt://localhost:7687 (env NEO4J_URI).")(f)
    return f


def parse_params(pairs) -> dict:
    """``-p key=value`` pairs -> dict; a bare integer value becomes an int."""
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{pair!r} is not key=value", param_hint="-p")
        out[key.strip()] = int(value) if value.strip().lstrip("-").isdigit() else value
    return out


def params_option(f):
    return click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
                        help="A query parameter; repeat for several.")(f)


def domain_errors(f):
    """Turn a VanbanError into a one-line error and exit status 1."""
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except VanbanError as e:
            raise click.ClickException(str(e)) from e
    return wrapper


def _register():
    for name in COMMAND_MODULES:
        for command in importlib.import_module(name).commands:
            main.add_command(command)


_register()

if __name__ == "__main__":  # pragma: no cover
    main()
