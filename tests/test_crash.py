"""Crash safety as a tested promise: kill -9 a real `vanban load` at random points, then read.

Each round changes, adds or deletes a few of the example texts, starts `vanban load --prune` on them in its
own process group (its extraction processes with it) and kills the group with SIGKILL after a random delay,
while this process opens the store read-only again and again as the readers of a running load do.  The load
commits after every file and LadybugDB checkpoints after every commit (VANBAN_BATCH_FILES=1,
VANBAN_CHECKPOINT_MB=0), so the kills land in extraction, in transactions, in commits and in checkpoints.
After each kill every read must work (the reader recovers the log when no writer holds the store), and the
stored graph must equal ``build_graph`` of exactly the file versions the store says it committed (their
paths and sha256), which is what a serial load of those files gives (tests/test_store.py shows that).
A longer run of the same loop on the real corpus: bench/bench_crash.py.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from vanban.errors import StoreError
from vanban.graph.build import build_graph, canonical_hash
from vanban.graph.store import Store
from vanban.loaders import extract

ROOT = Path(__file__).resolve().parent.parent
KILLS = 20
VANBAN = [sys.executable, "-m", "vanban"]


class Versions:
    """The extraction of every file version seen, by sha256 (extracted once, while that version is on disk)."""

    def __init__(self):
        self.by_sha = {}

    def note(self, folder):
        from vanban.graph.store import _sha256
        for p in sorted(folder.glob("*.txt")):
            sha = _sha256(str(p))
            if sha not in self.by_sha:
                self.by_sha[sha] = extract(str(p))

    def graph(self, committed):
        return build_graph(replace(self.by_sha[sha], file=path) for path, sha in committed.items())


def diff(G, H) -> str:
    def facts(X):
        return ({(n, json.dumps(a, sort_keys=True, ensure_ascii=False)) for n, a in X.nodes(data=True)}
                | {(u, v, json.dumps(a, sort_keys=True, ensure_ascii=False)) for u, v, a in X.edges(data=True)})
    a, b = facts(G), facts(H)
    return f"stored only {sorted(a - b)[:3]}, expected only {sorted(b - a)[:3]}"


def mutate(rng, folder, spare, k):
    """Change half the files (a new sentence citing a law), so each load has work from start to end; move
    one away now and then (the load prunes it) and bring it back later."""
    files = sorted(folder.glob("*.txt"))
    for victim in rng.sample(files, max(1, (len(files) + 1) // 2)):
        with open(victim, "a", encoding="utf-8") as fh:
            fh.write(f"\nCăn cứ Luật Thủy lợi số 08/2017/QH14 (lần sửa {k}).\n")
    if k % 5 == 2 and len(files) > 3:
        gone = rng.choice(files)
        shutil.move(str(gone), spare / gone.name)
    elif k % 5 == 4 and list(spare.iterdir()):
        back = sorted(spare.iterdir())[0]
        shutil.move(str(back), folder / back.name)


def run_kills(workdir: Path, texts, kills: int, seed: int = 20261129, batch_files: int = 1,
              checkpoint_mb: float = 0, log=None) -> dict:
    """Kill ``kills`` real loads of copies of ``texts`` at random points; assert every read works and the
    graph is the committed files' after each.  Returns counts of what happened (bench/bench_crash.py too)."""
    rng = random.Random(seed)
    docs, spare, store = workdir / "docs", workdir / "spare", workdir / "store"
    docs.mkdir()
    spare.mkdir()
    for p in texts:
        shutil.copy(p, docs / p.name)
    versions = Versions()
    env = dict(os.environ, VANBAN_BATCH_FILES=str(batch_files), VANBAN_CHECKPOINT_MB=str(checkpoint_mb),
               VANBAN_JOBS="2")
    outcomes = {"killed": 0, "finished": 0, "reads": 0, "checkpoint files left": 0,
                "files committed": 0}
    committed_once = False
    took = 3.0    # seconds a load takes here, learnt from the loads that finish
    k = 0
    while outcomes["killed"] < kills:
        k += 1
        mutate(rng, docs, spare, k)
        versions.note(docs)
        load = subprocess.Popen(VANBAN + ["load", "-q", "--prune", str(docs), "--store", str(store)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        started = time.monotonic()
        kill = k % 7 != 1       # every seventh load runs to its end: the store moves on, and we learn how long
        deadline = started + (rng.uniform(0.05, 0.95) * took if kill else 600)
        while time.monotonic() < deadline and load.poll() is None:
            if committed_once:
                with Store(store, read_only=True) as r:     # a reader during the load never fails
                    r.run("MATCH (d:Document) RETURN count(*)")
                outcomes["reads"] += 1
            time.sleep(0.5)
        if load.poll() is None:
            os.killpg(load.pid, signal.SIGKILL)
            outcomes["killed"] += 1
            outcomes["checkpoint files left"] += store.exists() and any("checkpoint" in f for f in os.listdir(store))
        else:
            took = time.monotonic() - started if not kill else took
            outcomes["finished"] += 1
            assert load.returncode == 0, load.stderr.read().decode()
        load.wait()
        load.stderr.close()
        if not committed_once:
            # killed before the first load committed anything: a read says so, in one line
            try:
                Store(store, read_only=True).close()
            except StoreError as e:
                assert "load documents first: vanban load PATH" in str(e)
                continue
        committed_once = True
        if k % 6 == 3:   # a real read command, in a process of its own
            res = subprocess.run(VANBAN + ["stats", "--format", "json", "--store", str(store)], env=env,
                                 capture_output=True, text=True, timeout=120)
            assert res.returncode == 0, res.stderr
            assert json.loads(res.stdout)["files"]["loaded"] >= 0
        with Store(store, read_only=True) as r:
            committed = {p: v["sha256"] for p, v in r.sources().items()}
            G = r.to_networkx()
        want = versions.graph(committed)
        assert canonical_hash(G) == canonical_hash(want), f"round {k}: the store is not its committed files: " + diff(G, want)
        outcomes["files committed"] = len(committed)
        if log is not None:
            log(k, outcomes)
    return outcomes


@pytest.mark.parametrize("stage_mb, kills", [(None, KILLS), ("100000", KILLS // 2)], ids=["staged", "direct"])
def test_kill_9_at_random_points_leaves_the_last_committed_state(tmp_path, monkeypatch, stage_mb, kills):
    # four short texts, the two copies of 18/2017/QH14 among them (one document, two files); the hubs' rows staged
    # (VANBAN_CHECKPOINT_MB=0: from 0 bytes of files), or written with each batch as a load under 128 MB writes them
    # (graph/loading.py _stage_bytes)
    texts = [ROOT / "examples" / "state" / n for n in (
        "10_Luat50_2019_QH14_sua_Luat_vu_khi.txt", "11_Luat43_2024_QH15_sua_4_luat.txt",
        "19_Luat18_2017_QH14_Thuy_san_head_tail.txt", "19_Luat18_2017_QH14_Thuy_san_head_tail.noannot.txt")]
    if stage_mb is None:
        monkeypatch.delenv("VANBAN_STAGE_MB", raising=False)
    else:
        monkeypatch.setenv("VANBAN_STAGE_MB", stage_mb)
    outcomes = run_kills(tmp_path, texts, kills)
    assert outcomes["killed"] >= kills and outcomes["finished"] >= 2, outcomes


def test_readers_open_the_store_again_and_again_while_a_load_commits_and_checkpoints(tmp_path):
    """3% of reader opens failed during a load although the docs promise readers share the store.  A real load
    commits and checkpoints after every file (VANBAN_BATCH_FILES=1, VANBAN_CHECKPOINT_MB=0) while this process
    opens the store read-only in a tight loop (100 times, or for 90 s), and a real `vanban stats` runs every 40
    opens: no open may fail."""
    docs, store = tmp_path / "docs", tmp_path / "store"
    docs.mkdir()
    for p in sorted((ROOT / "examples" / "state").glob("*.txt")):
        shutil.copy(p, docs / p.name)
    env = dict(os.environ, VANBAN_BATCH_FILES="1", VANBAN_CHECKPOINT_MB="0", VANBAN_JOBS="1")
    first = subprocess.run(VANBAN + ["load", "-q", str(docs / "10_Luat50_2019_QH14_sua_Luat_vu_khi.txt"),
                                     "--store", str(store)], env=env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    opens, failures, stats_runs, rounds = 0, [], 0, 0
    started = time.monotonic()
    while (opens < 100 or rounds < 1) and time.monotonic() - started < 90:
        rounds += 1
        for p in sorted(docs.glob("*.txt")):          # every file changed: the load writes each one again
            with open(p, "a", encoding="utf-8") as fh:
                fh.write(f"\nCăn cứ Luật Thủy lợi số 08/2017/QH14 (lần {rounds}).\n")
        load = subprocess.Popen(VANBAN + ["load", "-q", str(docs), "--store", str(store)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        while load.poll() is None:
            try:
                with Store(store, read_only=True) as r:
                    r.run("MATCH (d:Document) RETURN count(*)")
            except Exception as e:     # any failure to open or read counts, whatever its type
                failures.append(f"{type(e).__name__}: {e}")
            opens += 1
            if opens % 40 == 0:
                res = subprocess.run(VANBAN + ["stats", "--format", "json", "--store", str(store)],
                                     capture_output=True, text=True, timeout=120)
                stats_runs += 1
                if res.returncode != 0:
                    failures.append(f"vanban stats: {res.stderr.strip()}")
        assert load.wait() == 0, load.stderr.read().decode()
        load.stderr.close()
    assert opens >= 40 and stats_runs >= 1, (opens, stats_runs)
    assert failures == [], f"{len(failures)} of {opens} reads failed: {failures[:3]}"


# -- the hubs' rows a load stages (graph/store.py ``_Pending``, ``DEFERRED_TYPES``)
STAGING = """
import json, os, sys
from vanban.graph.store import Store
from vanban.graph.build import file_facts
from vanban.loaders import extract
s = Store(sys.argv[1])
s._apply_batch([(p, "sha-" + p, file_facts(extract(p), source_file=p)) for p in sys.argv[2:]], defer=True)
print(json.dumps({"issued_by": s._exec("MATCH ()-[r:ISSUED_BY]->() RETURN count(*)")[0][0],
                  "pending": s._exec("MATCH (p:_Pending) RETURN count(*)")[0][0]}), flush=True)
os._exit(0)       # gone before the load's last step: what it staged is committed, its edges are not written yet
"""


def _staged_and_gone(store, paths):
    res = subprocess.run([sys.executable, "-c", STAGING, str(store), *map(str, paths)], capture_output=True, text=True,
                         timeout=300)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


def _pending_rows(store):
    """Rows staged in the store, None when it has no _Pending table (what a load leaves when it is done)."""
    import ladybug as lb
    db = lb.Database(str(store / "graph.lbug"), read_only=True)
    try:
        got = lb.Connection(db).execute("MATCH (p:_Pending) RETURN count(*)")
        return got.get_next()[0]
    except RuntimeError as e:
        assert "does not exist" in str(e), e
        return None
    finally:
        db.close()


def test_rows_a_killed_load_staged_are_written_by_the_next_reader_or_writer(tmp_path):
    texts = [ROOT / "examples" / "state" / n for n in ("10_Luat50_2019_QH14_sua_Luat_vu_khi.txt",
                                                       "12_QD12_2024_TTg_thay_QD63_2015.txt")]
    want = canonical_hash(build_graph([replace(extract(str(p)), file=str(p)) for p in texts]))
    for opener in ("reader", "writer"):
        store = tmp_path / opener
        staged = _staged_and_gone(store, texts)
        assert staged["issued_by"] == 0 and staged["pending"] == 2, staged     # each document's issuers staged
        if opener == "writer":
            Store(store).close()
        with Store(store, read_only=True) as r:
            G = r.to_networkx()
            assert r.run("MATCH ()-[e:ISSUED_BY]->() RETURN count(*)").rows[0][0] >= 2
        assert canonical_hash(G) == want, f"{opener}: " + diff(G, build_graph(
            [replace(extract(str(p)), file=str(p)) for p in texts]))
        assert _pending_rows(store) is None


def test_a_document_staged_then_joined_by_another_file_in_the_same_load(tmp_path, monkeypatch):
    """The two files of one document written in two batches with no checkpoint between: the second batch replaces
    the document's staged rows, so its issuers are stored once, as a load of both files in one batch stores them."""
    names = ("19_Luat18_2017_QH14_Thuy_san_head_tail.txt", "19_Luat18_2017_QH14_Thuy_san_head_tail.noannot.txt",
             "11_Luat43_2024_QH15_sua_4_luat.txt")
    docs = tmp_path / "docs"
    docs.mkdir()
    for n in names:
        shutil.copy(ROOT / "examples" / "state" / n, docs / n)
    monkeypatch.setenv("VANBAN_BATCH_FILES", "1")
    monkeypatch.setenv("VANBAN_CHECKPOINT_MB", "100000")
    monkeypatch.setenv("VANBAN_STAGE_MB", "0")          # staged however small the load (graph/loading.py _stage_bytes)
    seen = []
    with Store(tmp_path / "store") as s:
        orig = s.finish_pending
        s.finish_pending = lambda: seen.append(s._pending_count()) or orig()
        report = s.load([str(docs)], extract=extract, jobs=1)
        assert len(report.added) == 3
        G = s.to_networkx()
    assert seen == [2]            # the end of the load wrote both documents' staged rows, and nothing before
    want = build_graph([extract(str(p)) for p in sorted(docs.iterdir())])
    assert canonical_hash(G) == canonical_hash(want), diff(G, want)
    assert _pending_rows(tmp_path / "store") is None


def test_a_log_a_kill_cut_inside_its_last_commit_is_replayed_up_to_the_commit_before(tmp_path):
    """A kill -9 while a COMMIT writes its log record leaves that record cut: LadybugDB refused such a log to readers
    and writers alike ("Checksum verification failed, the WAL file is corrupted").  The store opens at the last
    whole COMMIT, for a reader (which recovers through a writer's open) and for a writer."""
    store = tmp_path / "store"
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(ROOT / "examples" / "state" / "11_Luat43_2024_QH15_sua_4_luat.txt", docs)
    with Store(store) as s:
        s.load([str(docs)], extract=extract, jobs=1)
        before = canonical_hash(s.to_networkx())
    # a writer commits twice more and is killed before its checkpoint; then its last record is cut
    code = ("import os, signal, sys, ladybug\n"
            "db = ladybug.Database(sys.argv[1], checkpoint_threshold=1 << 40)\n"
            "c = ladybug.Connection(db)\n"
            "for k in ('one', 'two'):\n"
            "    c.execute('BEGIN TRANSACTION'); c.execute(f\"CREATE (:_Meta {{key: '{k}', value: 'x'}})\"); "
            "c.execute('COMMIT')\n"
            "os.kill(os.getpid(), signal.SIGKILL)\n")
    subprocess.run([sys.executable, "-c", code, str(store / "graph.lbug")], timeout=120)
    wal = store / "graph.lbug.wal"
    assert wal.exists() and wal.stat().st_size > 40
    with open(wal, "r+b") as fh:
        fh.truncate(wal.stat().st_size - 20)          # the second COMMIT's record cut short
    with Store(store, read_only=True) as r:
        keys = {row[0] for row in r.run("MATCH (m:_Meta) RETURN m.key").rows}
        assert "one" in keys and "two" not in keys    # the first commit kept, the cut one dropped
        assert canonical_hash(r.to_networkx()) == before
    with Store(store) as w:                           # and a writer opens it
        assert canonical_hash(w.to_networkx()) == before
