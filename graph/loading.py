"""Bulk loading: files read in parallel, their facts written in batches (``Store.load`` calls ``load_files``).

1. The sha256 of every file the store holds is compared with the one stored for its path: an unchanged file is
   skipped unread.  A file it does not hold is hashed by the process that extracts it.
2. The others are extracted by a pool of processes (one per core): the loaders are pure Python and hold the
   GIL, so threads would not help.  A process returns the file's sha256 and facts (graph/build.py ``file_facts``), for
   ``CHUNK_FILES`` files per task; the result does not depend on which process read which file, or when.
3. The main process writes the facts of a batch of files in one transaction (``Store._apply_batch``): one
   COMMIT per batch instead of one per file, which is where the time went (MEASURED.md: 87% of a file's
   cost was COMMIT).  A batch that fails is written again file by file, so one bad file costs only itself.
4. LadybugDB checkpoints its write-ahead log every ``checkpoint_threshold`` bytes (16 MB by default).  A
   checkpoint costs more as the store grows, and so does every COMMIT since the last one: a load checkpoints
   itself when the log has grown past ``CHECKPOINT_BYTES``, which weighs the two, and the log is checkpointed at
   the end.  A kill at any moment leaves the last committed batch: the log is replayed when the store is next
   opened (graph/store.py ``Store._open``).
5. The rows that land on hubs (graph/store.py ``DEFERRED_TYPES``: every text's ISSUED_BY its bodies) are staged
   in the batch's own transaction and written in one step just before each of those checkpoints and at the end
   (``Store.finish_pending``): each hub's rows are sorted once per checkpoint instead of at every COMMIT.  What a
   killed load staged is written by the next process that opens the store.

At most ``IN_FLIGHT`` files per process are being read at once, so memory stays bounded however many files
there are and however slow the writer is.
"""
from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, List, Optional, Tuple

from vanban.errors import VanbanError
from vanban.loaders.pool import CHUNK_FILES, POOL_ERRORS, chunks_of, forkserver_pool, jobs_for, pool_failed

if TYPE_CHECKING:   # the pool's modules are imported when a load starts one, not by every command
    from concurrent.futures import ProcessPoolExecutor


# ---------------------------------------------------------------- load reports
@dataclass
class FileOutcome:
    path: str
    status: str                 # "added" | "replaced" | "skipped" | "failed" | "removed"
    doc: str = ""
    message: str = ""
    warnings: Tuple[str, ...] = ()   # what reading the file noticed (caps hit, OCR doubts), one line each


@dataclass
class LoadReport:
    files: List[FileOutcome] = field(default_factory=list)

    def _of(self, status):
        return [f for f in self.files if f.status == status]

    @property
    def added(self):
        return self._of("added")

    @property
    def replaced(self):
        return self._of("replaced")

    @property
    def skipped(self):
        return self._of("skipped")

    @property
    def failed(self):
        return self._of("failed")

    @property
    def removed(self):
        return self._of("removed")

    @property
    def warnings(self) -> List[str]:
        """Every warning of the files read, as "path: warning" (the lines `vanban load` prints)."""
        return [f"{f.path}: {w}" for f in self.files for w in f.warnings]

    def summary(self) -> str:
        out = (f"{len(self.added)} added, {len(self.replaced)} replaced, {len(self.skipped)} unchanged, "
               f"{len(self.failed)} failed")
        out += f", {len(self.removed)} removed" if self.removed else ""
        warned = self.warnings
        return out + (f", {len(warned)} warning{'s' if len(warned) != 1 else ''}" if warned else "")


def _sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# Files per transaction and edges per transaction: large enough that COMMIT is paid rarely, small enough that
# a failing batch is cheap to redo file by file and progress moves (benchmark if changing: bench/bench_scale.py).
BATCH_FILES = 400
BATCH_EDGES = 150_000
BATCH_SECONDS = 5.0      # ... and at least this often, so a long load commits (and shows) its progress
IDLE_BATCH_FILES = 64    # ... and as soon as the pool has nothing ready, when at least this many files wait
# Files being extracted per process at once (the rest wait unread) ...
IN_FLIGHT = 8
# ... and files read ahead while the writer writes a batch or checkpoints, so the pool does not wait for the writer:
# a checkpoint takes 5-26 s (10k-100k documents), while the extraction processes, given one core between them, read
# ~400 generated 8 KB documents or ~65 whole gazette texts a second.  With 2,400 files they still stood idle for
# ~70 s of a 100k load of 8 KB documents (400 s); with 12,000, none (wall median 0.91 over three pairs; README,
# scale).  What the writer has not taken yet is held as the pickled bytes the pool sent (~6 KB a generated document
# against ~30 KB as objects).  Bounded by the source bytes as well (the biggest texts are read first: a run of large
# texts is not held by the thousand); a task over the bound is still read when no other is out
# (tests/test_load_read_ahead.py).  Benchmark if changing.
READ_AHEAD = 12000
READ_AHEAD_BYTES = 128 << 20
# The write-ahead log may grow to this many bytes before a load checkpoints it (``_maybe_checkpoint``).  Each row a COMMIT
# appends to a node's relationships written since the last checkpoint re-sorts that node's list of them, so a hub
# (a body every citing text issues, a province, a much cited law) costs each COMMIT in proportion to the batches
# written since the last checkpoint, and a checkpoint resets it; a checkpoint costs in proportion to the store
# (~0.35 s CPU per 1,000 documents) and the final one, at close, in proportion to the log left.  At 100k generated
# documents (bench/bench_batches.py): with 1 GB, COMMIT grew to 2.2 s CPU a batch before the one checkpoint and the
# close took 188 s wall; with 256 MB, six checkpoints (3.5 s CPU at 14k documents, 34.5 s at 88k: 117 s in all) and
# COMMIT 193 s CPU in all instead of 215, the close 72 s instead of 188, the writer 572 s CPU instead of 596, its peak
# RSS 3.2 GB instead of 3.5, the database file 1.32 GB instead of 1.11 (a machine loaded 7-14; benchmark if
# changing).  A real corpus's load (42 MB) does not reach it; checkpointing it every 16 MB tripled the writer's CPU.
# Since the bodies' ISSUED_BY rows are staged until the checkpoint (graph/store.py DEFERRED_TYPES), COMMIT stays at
# ~0.1 s CPU a batch and the checkpoints are most of the writer's batch time (146 of 332 s at 100k, README).
CHECKPOINT_BYTES = 256 << 20
# The environment variable that sets the engine's page cache per open store (graph/store.py pool_bytes).
POOL_ENV = "VANBAN_POOL_MB"


def _knob(name: str, default):
    """A tuning knob from the environment (VANBAN_BATCH_FILES, VANBAN_IDLE_FILES, VANBAN_CHECKPOINT_MB,
    VANBAN_STAGE_MB): tests use them to make a load commit, checkpoint and stage often; a value that is not a number
    names itself."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return type(default)(float(raw))
    except ValueError:
        raise VanbanError(f"{name}={raw!r} is not a number; unset it or give one, e.g. {default}") from None


def _unreadable(path: str, e: OSError) -> str:
    return f"{path}: cannot read ({e.strerror}); check the path and its permissions"


def read_facts(path: str, sha: Optional[str], extract):
    """(path, sha, FileFacts or None, error message or None): one file read and turned into facts; ``sha``: its
    sha256, None to compute it here."""
    from vanban.graph.build import file_facts

    if sha is None:                 # a file the store does not hold: hashed here, by the process that reads it
        try:
            sha = _sha256(path)
        except OSError as e:
            return path, None, None, _unreadable(path, e)
    try:
        extraction = extract(path)
        return path, sha, file_facts(extraction, source_file=path), None
    except VanbanError as e:
        return path, sha, None, str(e)
    except Exception as e:   # an extractor bug must not stop the other files
        return path, sha, None, f"{path}: {type(e).__name__}: {e}"


def rereader(extract):
    """reread(path) -> (sha256, FileFacts) of a file as it is now, or None when it is gone or fails: how a
    document's other files are read again when one of them changes (graph/store.py ``_apply_batch``).
    Without an extractor, such a file is an error naming it, never silently dropped."""
    if extract is None:
        def cannot(path):
            raise VanbanError(f"{path} holds the same document as a file being changed and must be read again; "
                              "pass the extractor (extract=vanban.loaders.extract)")
        return cannot
    return Rereader(extract)


# Facts of the files of documents held by several files that a load keeps, counted in edges (~150 bytes each
# as kept: ``Rereader``).
REREAD_CACHE_EDGES = 300_000


class Rereader:
    """``rereader``'s reader, which remembers the facts of the files of documents held by several files.

    When a file joins a document that other files already hold, the document is recomputed from all of its
    files (graph/build.py ``group_facts``), and those outside the batch are read again.  Without memory, a
    document that n files hold cost n extractions each time one more of them was loaded: n² for the document,
    serial in the writing process (bench/bench_scale.py makes such documents: at 100k, 32 of 251 files each; 3,000
    generated documents written in path order read 879 files again).  The facts of a file are a function of
    its content, so they are kept by (path, sha256) — a file changed since is read again — for the rest of the
    load, up to ``REREAD_CACHE_EDGES`` edges (least recently used first out).

    They are kept pickled and compressed: as Python objects an edge took ~2.3 KB, and the full cache ~0.7 GB of the
    writer's memory in a 100k load (its heap never gave it back); kept this way ~150 bytes, and each use costs
    ~0.25 ms a file to unpack (README, scale; bench/bench_batches.py --memory).  Each use gets its own copy.
    """

    def __init__(self, extract):
        from collections import OrderedDict

        self.extract = extract
        self.kept: OrderedDict = OrderedDict()      # (path, sha) -> (edges, the facts pickled and compressed)
        self.edges = 0
        self.reads = 0                              # extractions done again (bench/bench_load.py reports them)
        self.hits = 0                               # ... and facts taken from the kept ones instead

    def __call__(self, path):
        try:
            sha = _sha256(path)
        except OSError:
            return None
        got = self.kept.get((path, sha))
        if got is not None:
            self.kept.move_to_end((path, sha))
            self.hits += 1
            return sha, _unpack(got[1])
        self.reads += 1
        _p, _s, facts, _err = read_facts(path, sha, self.extract)
        if facts is None:
            return None
        self.remember(path, sha, facts)
        return sha, facts

    def remember(self, path, sha, facts) -> None:
        """Keep the facts of a file of a document that several files hold (``Store._apply_batch`` calls it)."""
        if (path, sha) in self.kept:
            self.kept.move_to_end((path, sha))
            return
        n = len(facts.edges) + 1
        self.kept[(path, sha)] = (n, _pack(facts))
        self.edges += n
        while self.edges > REREAD_CACHE_EDGES and len(self.kept) > 1:
            _key, (old, _blob) = self.kept.popitem(last=False)
            self.edges -= old


def _pack(facts) -> bytes:
    import pickle
    import zlib
    return zlib.compress(pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _unpack(blob: bytes):
    import pickle
    import zlib
    return pickle.loads(zlib.decompress(blob))


# What the fork server imports besides the loaders: the facts' builder and this module (``read_chunk``'s).
PRELOAD = ("vanban.graph.build", "vanban.graph.loading")


def _pool(jobs: int) -> ProcessPoolExecutor:
    return forkserver_pool(jobs, PRELOAD)


def _picklable(fn) -> bool:
    import pickle
    try:
        pickle.dumps(fn)
        return True
    except Exception:     # a closure or a lambda (the tests' stand-in extractors): read in this process
        return False


def _extracted(todo, jobs, extract, idle=None):
    """The facts of every file in ``todo`` [(path, sha)], in the order they are ready.

    ``idle``: called when the pool has no file ready, before waiting for one (the writer writes what it holds
    rather than wait; see ``load_files``).
    If the pool cannot run (a fork server that cannot start, a worker killed by the system), the files not
    read yet are read in this process: a load never fails because of its pool.
    """
    if jobs <= 1 or len(todo) <= 1 or not _picklable(extract):
        for path, sha in todo:
            yield read_facts(path, sha, extract)
        return
    done_paths = set()
    try:
        for got in _pooled(todo, jobs, extract, idle):
            done_paths.add(got[0])
            yield got
    except POOL_ERRORS as e:
        pool_failed(jobs, e)
        for path, sha in todo:
            if path not in done_paths:
                yield read_facts(path, sha, extract)


def read_chunk(chunk, extract) -> bytes:
    """``read_facts`` of each (path, sha) of ``chunk``, pickled: one task of the pool, so that its per-task costs (a
    future, two pickled messages, the writer's bookkeeping) are paid once per CHUNK_FILES files.  The writer keeps
    what it has not taken yet as these bytes (``READ_AHEAD``) and unpickles a task's facts when it takes them."""
    import pickle
    return pickle.dumps([read_facts(path, sha, extract) for path, sha in chunk], protocol=pickle.HIGHEST_PROTOCOL)


def _pooled(todo, jobs, extract, idle=None):
    import pickle
    import queue

    chunks = iter(chunks_of(todo, jobs, CHUNK_FILES))
    ready: queue.SimpleQueue = queue.SimpleQueue()   # futures as they finish, put there by the pool's thread
    with _pool(jobs) as pool:
        running = out = held = 0     # tasks, their files and those files' bytes, submitted and not handed to the
        #                              writer yet
        sizes: dict = {}              # a task's future -> its files' bytes
        while True:
            # those being read, and the read ones waiting while the writer writes (the pool's own threads collect
            # them meanwhile: LadybugDB lets go of the GIL)
            while out < jobs * IN_FLIGHT + READ_AHEAD and (held < READ_AHEAD_BYTES or not running):
                nxt = next(chunks, None)
                if nxt is None:
                    break
                fut = pool.submit(read_chunk, nxt, extract)
                n = sizes[fut] = sum(_size(path) for path, _sha in nxt)
                fut.add_done_callback(ready.put)
                running += 1
                out += len(nxt)
                held += n
            if not running:
                return
            if idle is not None and ready.empty():
                idle()
            fut = ready.get()
            got = pickle.loads(fut.result())
            running -= 1
            out -= len(got)
            held -= sizes.pop(fut)
            yield from got


def load_files(store, files: Iterable[str], *, extract: Callable, progress: Optional[Callable] = None,
               jobs: Optional[int] = None):
    """Load ``files`` (already expanded) into ``store``; returns a LoadReport (see ``Store.load``)."""
    report = LoadReport()

    def tell(outcome):
        report.files.append(outcome)
        if progress is not None:
            progress(outcome)

    # A file is the file it resolves to: the same folder through a symlink is the same files.
    paths = sorted(_realpaths(files))
    known = store.sources()
    todo: List[Tuple[str, Optional[str]]] = []
    for path in paths:
        try:
            if not os.path.isfile(path):
                tell(FileOutcome(path, "failed", message=f"{path}: not a regular file; give a .txt file"))
                continue
            if path not in known:
                # hashed by the extraction process that reads it (``read_facts``), not here before the pool starts:
                # a first load of 100k files read every file twice, the first time in this one process
                todo.append((path, None))
                continue
            sha = _sha256(path)
        except OSError as e:
            tell(FileOutcome(path, "failed", message=_unreadable(path, e)))
            continue
        if known[path].get("sha256") == sha:
            tell(FileOutcome(path, "skipped", doc=known[path]["doc"]))
        else:
            todo.append((path, sha))
    # biggest first: the pool finishes together instead of waiting for one large law at the end
    size = {path: _size(path) for path, _sha in todo}
    todo.sort(key=lambda t: (-size[t[0]], t[0]))
    jobs = jobs_for([p for p, _sha in todo], jobs)

    reread = rereader(extract)

    batch: List[tuple] = []
    batch_files = max(1, _knob("VANBAN_BATCH_FILES", BATCH_FILES))
    idle_files = max(1, _knob("VANBAN_IDLE_FILES", IDLE_BATCH_FILES))
    edges = 0
    started = time.monotonic()

    def flush():
        nonlocal edges, started
        if not batch:
            return
        written = _write(store, batch, reread, stage)
        for (path, _sha, facts), problem in zip(batch, written):
            if problem and "buffer pool is full" in problem:
                raise RuntimeError(problem)     # (every later file would fail the same way: the load stops, below)
            if problem:
                tell(FileOutcome(path, "failed", message=f"{path}: not stored, nothing changed ({problem})"))
            else:
                tell(FileOutcome(path, "replaced" if path in known else "added", doc=facts.doc, warnings=facts.warnings))
        batch.clear()
        edges = 0
        started = time.monotonic()

    def idle():
        # the pool has no file ready: the files read since the last batch are written now instead of after the
        # wait, so the writer works while the pool reads and the last batch, written after the last file is read,
        # is only what came in meanwhile (with 400-file batches it was a third of the real corpus: ~3 s of a 15 s
        # load ran after the pool had finished; bench/bench_load.py --idle).  A writer slower than the pool is never
        # idle: its batches stay full
        if len(batch) >= idle_files:
            flush()
            _maybe_checkpoint(store, threshold)

    threshold = _checkpoint_bytes() if todo else 0
    stage = sum(size.values()) >= _stage_bytes(threshold)
    if todo:
        _set_checkpoint_threshold(store, ENGINE_NEVER)     # the load checkpoints itself, after writing staged rows
    try:
        for path, sha, facts, error in _extracted(todo, jobs, extract, idle):
            if error is not None:
                tell(FileOutcome(path, "failed", message=error))
                continue
            batch.append((path, sha, facts))
            edges += len(facts.edges)
            if len(batch) >= batch_files or edges >= BATCH_EDGES or time.monotonic() - started > BATCH_SECONDS:
                flush()
                _maybe_checkpoint(store, threshold)
        flush()
    except Exception as e:
        if pool_full(e):
            raise _pool_error(store) from None
        if todo:          # what the batches written so far staged is written too (a Ctrl-C leaves it to the next open)
            store.finish_pending()
            _set_checkpoint_threshold(store, threshold)
        raise
    if todo:
        try:
            store.finish_pending()
        except RuntimeError as e:
            if pool_full(e):
                raise _pool_error(store) from None
            raise
        _trim()                  # before the final checkpoint (at close, or the engine's own at its threshold)
        _set_checkpoint_threshold(store, threshold)
    return report


def _realpaths(files: Iterable[str]) -> set:
    """``{os.path.realpath(f) for f in files}``, each folder resolved once and each file tested for being a link
    itself: ``realpath`` looks at every part of every path (1.33 s of CPU for 100k files in one folder, before the
    pool starts; this way 0.43 s)."""
    folders: dict = {}
    out = set()
    for f in files:
        folder, name = os.path.split(os.path.abspath(f))
        if ".." in f or not name:     # ("link/../x": after a link, ".." is its target's parent, which abspath ignores)
            out.add(os.path.realpath(f))
            continue
        real = folders.get(folder)
        if real is None:
            real = folders[folder] = os.path.realpath(folder)
        path = os.path.join(real, name)
        out.add(os.path.realpath(path) if os.path.islink(path) else path)
    return out


def _size(path):
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


# LadybugDB's own threshold during a load: it never checkpoints by itself (``_maybe_checkpoint`` does, after writing
# the staged rows; the threshold goes back to ``CHECKPOINT_BYTES`` when the load ends).
ENGINE_NEVER = 1 << 62


def _checkpoint_bytes() -> int:
    return max(int(_knob("VANBAN_CHECKPOINT_MB", CHECKPOINT_BYTES / (1 << 20)) * (1 << 20)), 0)


def _stage_bytes(threshold: int) -> int:
    """The source bytes from which a load stages the hubs' rows (``Store._apply_batch(defer=True)``): half the
    checkpoint threshold, or VANBAN_STAGE_MB.

    Staging pays when a load's batches keep writing between two checkpoints: each COMMIT re-sorts a hub's rows written
    since the last checkpoint, so writing them directly costs each batch more than the one before.  A load too small
    to reach a checkpoint (its write-ahead log grows ~1.7 bytes a source byte) has few batches: written directly, its
    hubs' rows cost those batches little, while staged they were written after the last file, with the pool done and
    one core idle (the real corpus, 40 MB: ~0.4 s of its ~7 s, bench/bench_load.py).  Not mixed within a load: the
    staged rows appended to hubs that got rows directly since the checkpoint re-sort them (at 100k documents, staging
    only once the log held 64 MB made each first COMMIT after a checkpoint 5.3 s of CPU instead of 0.5, the writer
    225 s instead of 211).  A load of 96 MB (10k generated documents, no checkpoint) took the same 27 s either way.
    The source bytes of a PDF or a scan are more than its text's, which errs on the side of staging."""
    return int(_knob("VANBAN_STAGE_MB", threshold / 2 / (1 << 20)) * (1 << 20))


def _set_checkpoint_threshold(store, threshold: int) -> None:
    try:
        store._exec(f"CALL checkpoint_threshold={threshold}")
    except RuntimeError:   # pragma: no cover - an engine without the setting checkpoints as it likes
        pass


def pool_full(e: BaseException) -> bool:
    """``e`` is the engine running out of its page cache ("Buffer manager exception: Unable to allocate memory! The
    buffer pool is full …")."""
    return isinstance(e, RuntimeError) and "buffer pool is full" in str(e)


def _pool_error(store) -> VanbanError:
    """The engine ran out of its page cache (a store of several GB at a checkpoint): what the user does next.  The
    batches committed before are kept (the engine replays its log when the store is next opened)."""
    from vanban.errors import StoreError
    mb = store._pool >> 20
    return StoreError(f"{store.path}: the store outgrew the engine's page cache ({mb} MB) while writing; the files "
                      f"committed before are kept. Run the same load again with a larger cache, e.g. "
                      f"{POOL_ENV}={2 * mb} vanban load … (unchanged files are skipped)")


def _maybe_checkpoint(store, threshold: int) -> None:
    """When the write-ahead log has grown past ``threshold`` bytes: the staged hub rows written (one transaction),
    then a checkpoint; before and after it, the C heap's free pages given back (``_trim``)."""
    if store.log_bytes() >= threshold:
        store.finish_pending()
        _trim()
        store._exec("CHECKPOINT")
        _trim()


def _trim() -> None:
    """Give the memory glibc's malloc holds freed back to the system (``malloc_trim``).  The engine allocates and
    frees hundreds of MB around each checkpoint, and the freed pages stayed in the writer (0.3-0.6 GB at 100k
    documents, bench/bench_batches.py --memory); a checkpoint that finds them returned does not add its own on top."""
    global _malloc_trim
    if _malloc_trim is None:
        try:
            import ctypes
            _malloc_trim = ctypes.CDLL(None).malloc_trim
        except (OSError, AttributeError):   # not glibc: nothing to give back this way
            _malloc_trim = False
    if _malloc_trim:
        _malloc_trim(0)


_malloc_trim: Any = None       # glibc's malloc_trim once looked up; False: not glibc


def _write(store, batch, reread, stage: bool) -> List[Optional[str]]:
    """Write a batch in one transaction; if it fails, file by file.  Per file: None or what went wrong.
    ``stage``: the hubs' rows are staged until the next checkpoint (``_stage_bytes``)."""
    try:
        store._apply_batch(batch, reread=reread, defer=stage)
        return [None] * len(batch)
    except Exception as e:
        if len(batch) == 1:
            return [" ".join(str(e).split())]
    return [_write(store, [one], reread, stage)[0] for one in batch]
