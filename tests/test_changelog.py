"""CHANGELOG.md keeps its shape (Keep a Changelog) and names the version the package says it is."""
from __future__ import annotations

import re
from pathlib import Path

from vanban import __version__

ROOT = Path(__file__).resolve().parents[1]
TEXT = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
KINDS = {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}


def test_unreleased_comes_first_then_the_current_version():
    versions = re.findall(r"^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$", TEXT, re.M)
    assert versions[0] == ("Unreleased", "")
    assert versions[1][0] == __version__ and versions[1][1], "the newest release is the package's version, dated"


def test_only_the_kinds_of_change_keep_a_changelog_names():
    kinds = set(re.findall(r"^### (.+)$", TEXT, re.M))
    assert kinds and kinds <= KINDS, kinds - KINDS
