"""The README shows real output: its extract summary and accuracy table are what the code prints now."""
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from vanban.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def block_after(command):
    m = re.search(r"\$ " + re.escape(command) + r"\n(.*?)```", README, re.S)
    assert m, f"README has no console block for {command!r}"
    return m.group(1)


def test_the_first_lines_are_the_two_setup_commands():
    first = README.split("```bash\n", 1)[1].split("```", 1)[0].strip().split("\n")
    assert len(first) == 2
    assert "pip install -e ." in first[0] and "vanban load examples/" in first[0]
    assert first[1].startswith("bash .ci/run")


def test_extract_summary_in_readme_is_real(monkeypatch):
    monkeypatch.chdir(ROOT)
    shown = block_after("vanban extract examples/000_4359cb3ac2b76893.txt | head -4")
    r = CliRunner().invoke(main, ["extract", "examples/000_4359cb3ac2b76893.txt"], catch_exceptions=False)
    assert "\n".join(r.output.split("\n")[:4]) + "\n" == shown


def test_accuracy_table_in_readme_is_real():
    shown = block_after("python bench/accuracy.py")
    out = subprocess.run([sys.executable, "bench/accuracy.py"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout == shown


def test_the_python_example_runs_and_prints_what_its_comments_say():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    (code,) = re.findall(r"```python\n(.*?)```", text, re.S)
    assert code.count("\n") <= 12
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    promised = [c.strip() for c in re.findall(r"print\(.*?#\s*(.+)$", code, re.M)]
    assert out.stdout.splitlines() == promised


def test_real_document_accuracy_table_in_readme_is_real():
    shown = block_after("python bench/accuracy_real.py --no-silver")
    out = subprocess.run([sys.executable, "bench/accuracy_real.py", "--no-silver"], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout == shown


# ---------------------------------------------------------------- every example command in README and docs/ (issue 11)
# Each Markdown file is a session in a fresh folder holding `examples` (a link to the bundled texts): its
# commands run in order through the real CLI, with the default store `vanban-store` there; a file whose first
# command is not `vanban load` starts from `vanban load examples/`.  A command's documented output is
# compared line by line; a last line "…" means the output goes on, a line ending in " …" is cut there.
# `python tests/test_readme.py --update` writes the real outputs into the files (keeping each cut).
import os
import shlex

import pytest

# docs/cli-reference.md is generated from --help; tests/test_cli_reference.py checks it
DOC_FILES = [ROOT / "README.md"] + sorted(p for p in (ROOT / "docs").glob("*.md") if p.name != "cli-reference.md")
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
# Commands shown but run elsewhere: the setup line and the CI (README's first block, tested above) and the
# accuracy scripts (test_accuracy_table_in_readme_is_real, test_real_document_accuracy_table_in_readme_is_real).
NOT_HERE = ("python3 -m venv", "bash .ci/run", "python bench/accuracy")
# What varies run to run in `push`'s summary: seconds, and requests (their size depends on file paths).
_TIMING = re.compile(r"; \d+ requests of <= (\d+) rows in [\d.]+s$", re.M)


def _unmeasured(text):
    return _TIMING.sub(r"; N requests of <= \1 rows in Xs", text)


def doc_examples(path):
    """[(line, command, expected output or None)] of one Markdown file, in order."""
    text = path.read_text(encoding="utf-8")
    out = []
    for m in _FENCE.finditer(text):
        lang, body = m.group(1), m.group(2)
        first = text.count("\n", 0, m.start(2)) + 1
        lines = body.split("\n")[:-1] if body.endswith("\n") else body.split("\n")
        if any(l.startswith("$ ") for l in lines):
            cmd, expected, at = None, [], 0
            for k, line in enumerate(lines):
                if line.startswith("$ "):
                    if cmd is not None:
                        out.append((at, cmd, "\n".join(expected)))
                    cmd, expected, at = line[2:], [], first + k
                elif cmd is not None:
                    expected.append(line)
            if cmd is not None:
                out.append((at, cmd, "\n".join(expected)))
        elif lang == "bash":
            for k, line in enumerate(lines):
                line = re.sub(r"\s+#.*$", "", line).strip()
                if line.startswith("vanban "):                 # a vanban example (not a shell recipe)
                    out.append((first + k, line, None))
    return [(n, c, e) for n, c, e in out if not c.startswith(NOT_HERE)]


def _run_one(command, bolt_uri=None):
    """The combined output of one documented command, run in the current folder."""
    from click.testing import CliRunner

    head = None
    if " | head -" in command:
        command, _, n = command.rpartition(" | head -")
        head = int(n)
    redirect = None
    if " > " in command:
        command, _, redirect = command.rpartition(" > ")
    if bolt_uri:
        command = command.replace("bolt://localhost:7687", bolt_uri)
    args = shlex.split(command)
    if args[0] != "vanban":
        out = subprocess.run(args, capture_output=True, text=True).stdout
    else:
        r = CliRunner().invoke(main, args[1:], catch_exceptions=False)
        out = r.output
        assert r.exit_code in (0, 1), f"{command}: exit {r.exit_code}\n{out}"
        if r.exit_code and not out.rstrip().split("\n")[-1].startswith("Error: "):
            raise AssertionError(f"{command}: failed without a one-line error\n{out}")
        if redirect:
            Path(redirect.strip()).write_text(r.stdout, encoding="utf-8")
            out = r.stderr if hasattr(r, "stderr") else ""
    if bolt_uri:
        out = out.replace(bolt_uri, "bolt://localhost:7687")
    if head is not None:
        out = "".join(out.splitlines(keepends=True)[:head])
    return out.rstrip("\n")


def matches(expected: str, actual: str) -> bool:
    exp, act = _unmeasured(expected).split("\n"), _unmeasured(actual).split("\n")
    if exp[-1] == "…":
        exp = exp[:-1]
        act = act[:len(exp)]
    if len(exp) != len(act):
        return False
    for e, a in zip(exp, act):
        if e.endswith(" …") and a.startswith(e[:-2]):
            continue
        if e != a:
            return False
    return True


def run_session(path, folder, bolt_uri=None):
    """[(line, command, expected, actual)] of one file's examples, run in ``folder``."""
    os.chdir(folder)
    for name in ("examples", "tests"):          # the docs' examples read files under both (docs/inputs.md: fixtures)
        if not Path(name).exists():
            os.symlink(ROOT / name, name)
    examples = doc_examples(path)
    first = next((c for _, c, _ in examples if c.startswith("vanban ")), "")
    if not first.startswith("vanban load"):
        _run_one("vanban load examples/ -q")
    return [(n, c, e, _run_one(c, bolt_uri)) for n, c, e in examples]


def _needs_bolt(path):
    return any("--neo4j-uri" in c for _, c, _ in doc_examples(path))


@pytest.mark.parametrize("path", DOC_FILES, ids=lambda p: p.name)
def test_every_documented_command_prints_what_the_docs_show(path, tmp_path, monkeypatch, request):
    monkeypatch.chdir(tmp_path)
    for var in ("VANBAN_STORE", "VANBAN_MAX_MB", "COLUMNS", "NEO4J_URI"):
        monkeypatch.delenv(var, raising=False)
    bolt_uri = None
    if _needs_bolt(path):
        server = request.getfixturevalue("bolt_server")
        server.ensure_running()
        from vanban.graph.neo4j import Neo4jBackend

        from bolt_server import reset_database
        backend = Neo4jBackend(server.uri, max_retry_time=1.0)
        reset_database(backend)
        backend.close()
        bolt_uri = server.uri
    ran = run_session(path, tmp_path, bolt_uri)
    assert ran, f"{path.name} shows no command"
    for line, command, expected, actual in ran:
        if expected is not None:
            assert matches(expected, actual), f"{path.name}:{line}: $ {command}\n--- documented\n{expected}\n--- real\n{actual}"


def update_docs(bolt_uri=None):
    """Write the real output of every documented command into the Markdown files (keeping each cut)."""
    import tempfile

    for path in DOC_FILES:
        if _needs_bolt(path) and not bolt_uri:
            print(f"{path.name}: skipped (give a Bolt URI: --update bolt://HOST:PORT)")
            continue
        with tempfile.TemporaryDirectory() as folder:
            here = os.getcwd()
            try:
                ran = run_session(path, folder, bolt_uri)
            finally:
                os.chdir(here)
        text = path.read_text(encoding="utf-8")
        for line, command, expected, actual in ran:
            if expected is None or matches(expected, actual):
                continue
            new = actual
            if expected.split("\n")[-1] == "…":
                keep = len(expected.split("\n")) - 1
                new = "\n".join(actual.split("\n")[:keep] + ["…"])
            old_block = f"$ {command}\n{expected}\n" if expected else f"$ {command}\n"
            assert old_block in text, (path.name, line)
            text = text.replace(old_block, f"$ {command}\n{new}\n" if new else f"$ {command}\n", 1)
            print(f"{path.name}:{line}: updated $ {command}")
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    if "--update" in sys.argv:
        i = sys.argv.index("--update")
        update_docs(sys.argv[i + 1] if len(sys.argv) > i + 1 else None)
