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
