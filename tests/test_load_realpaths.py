"""A load names each file by the path it resolves to (graph/loading.py ``_realpaths``, which resolves each folder
once): a file reached through a linked folder or a linked file is the file itself, loaded once."""
from __future__ import annotations

import os

from vanban.graph.loading import _realpaths
from vanban.graph.store import Store
from vanban.loaders import extract

TEXT = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: {n}/QĐ-UBND\nHà Tĩnh, ngày 5 tháng 12 năm 2025\nQUYẾT ĐỊNH\n"
        "Về việc thử {n}\n")


def _tree(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    for n in (1, 2):
        (real / f"a{n}.txt").write_text(TEXT.format(n=n), encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    (other / "b.txt").write_text(TEXT.format(n=3), encoding="utf-8")
    (tmp_path / "linked").symlink_to(real, target_is_directory=True)     # a linked folder
    (other / "to-a1.txt").symlink_to(real / "a1.txt")                    # a linked file in a plain folder
    (real / "chain.txt").symlink_to(other / "to-a1.txt")                 # a link to a link
    (other / "sub").mkdir()
    (other / "sub" / "up").symlink_to(real, target_is_directory=True)     # "up/.." is real's parent, not sub
    return real, other


def test_the_same_as_realpath_for_links_of_every_kind(tmp_path):
    real, other = _tree(tmp_path)
    files = [str(p) for d in (real, other, tmp_path / "linked") for p in sorted(d.iterdir()) if not p.is_dir()]
    files += [str(tmp_path / "linked" / ".." / "real" / "a2.txt"), os.path.relpath(real / "a2.txt"),
              str(other / "sub" / "up" / ".." / "real" / "a2.txt"), str(other) + "/./b.txt", str(real) + "//a2.txt"]
    assert _realpaths(files) == {os.path.realpath(f) for f in files}
    assert _realpaths(files) == {str((real / "a1.txt").resolve()), str((real / "a2.txt").resolve()),
                                 str((other / "b.txt").resolve())}


def test_a_file_reached_through_links_is_loaded_once(tmp_path):
    real, other = _tree(tmp_path)
    with Store(tmp_path / "store") as s:
        report = s.load([str(real), str(other), str(tmp_path / "linked")], extract=extract, jobs=1)
        held = s.sources()
    assert sorted(held) == sorted(str(p.resolve()) for p in (real / "a1.txt", real / "a2.txt", other / "b.txt"))
    assert len(report.added) == 3 and not report.failed
