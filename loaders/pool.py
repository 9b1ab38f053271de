"""Processes that read files in parallel: ``vanban load`` (graph/loading.py) and ``vanban extract`` share them.

The loaders are pure Python and hold the GIL, so threads would not help: files are read by a pool of processes,
one per core unless told (``-j N``, ``VANBAN_JOBS``).  The workers are forked from a fork server that imported
and warmed the loaders once (loaders/warm.py), not from the calling process: a load's writer holds a database
with threads of its own, which a plain fork would copy half-way.  Starting the pool costs about as much as
reading 1-2 MB of text (``POOL_MIN_BYTES``): smaller inputs are read in the calling process unless ``jobs`` is
given.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, List, Optional, Sequence, TypeVar

from vanban.errors import VanbanError

if TYPE_CHECKING:   # imported when a pool starts, not by every command
    from concurrent.futures import ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")

# Below this many bytes of input a command reads its files itself: the pool's start costs more than it saves.
POOL_MIN_BYTES = 2 << 20
# Files per task of the pool at most.  Each task costs the calling process a future, a pickled message each way and
# the wait for it (~1.6 ms of a load's writer's CPU a file when each file was a task: 160 s of a 100k load), and the
# extraction processes ~1.5 ms more; files sent together pay them once (bench/bench_load.py --against).
CHUNK_FILES = 16
# What a fork server imports before it forks a worker: the loaders, warmed.
WARM_MODULES = ("vanban.loaders.warm",)
# The errors of a pool that cannot run (a fork server that cannot start, a worker the system killed: the
# executor's BrokenProcessPool is a RuntimeError): the caller reads the rest itself.
POOL_ERRORS = (OSError, RuntimeError, EOFError, ImportError, BrokenPipeError)


def default_jobs() -> int:
    """Processes for extraction: VANBAN_JOBS, else one per core this process may use."""
    env = os.environ.get("VANBAN_JOBS", "").strip()
    if env:
        try:
            return max(1, int(env))
        except ValueError:
            raise VanbanError(f"VANBAN_JOBS={env!r} is not a number; set it to how many processes to use, e.g. 2") from None
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:   # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def jobs_for(paths: Iterable[str], jobs: Optional[int] = None) -> int:
    """How many processes read ``paths``: ``jobs`` when given, else one per core (``default_jobs``), but one for an
    input under ``POOL_MIN_BYTES``."""
    if jobs is not None:
        return max(1, int(jobs))
    n = default_jobs()
    return n if n > 1 and sizes(paths) >= POOL_MIN_BYTES else 1


def _forkserver(preload: Sequence[str]):
    import multiprocessing
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload([*WARM_MODULES, *preload])
    return ctx


def start_server(preload: Sequence[str] = ()) -> None:
    """Start the fork server now: it imports and warms the loaders (~0.5 s) in its own process while this one
    goes on (a load opens its store and lists its files meanwhile), instead of when the first worker is asked
    for.  A pool made later forks from it."""
    from multiprocessing import forkserver
    _forkserver(preload)
    forkserver.ensure_running()


def forkserver_pool(jobs: int, preload: Sequence[str] = ()) -> ProcessPoolExecutor:
    """A pool of ``jobs`` processes forked from a fork server that imported ``WARM_MODULES`` and ``preload``."""
    from concurrent.futures import ProcessPoolExecutor
    return ProcessPoolExecutor(max_workers=jobs, mp_context=_forkserver(preload))


def chunks_of(items: Sequence[T], jobs: int, most: int = CHUNK_FILES) -> List[Sequence[T]]:
    """``items`` cut into the pool's tasks, in order: at most ``most`` each (a task costs a future and a pickled
    message each way: several files per task pay them once), small enough that every process gets about four,
    and the first ones smaller still (1, 2, 4, … items a process), so the first results come soon (the first line
    of `vanban extract DIR | head`, the first batch a load writes)."""
    size = max(1, min(most, -(-len(items) // (jobs * 4))))
    out: List[Sequence[T]] = []
    k = i = 0
    while k < len(items):
        n = min(size, 1 << min(i // jobs, 30))
        out.append(items[k:k + n])
        k += n
        i += 1
    return out


def in_order(fn: Callable[[Sequence[T]], R], chunks: Sequence[Sequence[T]], jobs: int,
             preload: Sequence[str] = ()) -> Iterator[R]:
    """``fn(chunk)`` of each of ``chunks``, in their order, computed by ``jobs`` processes (``fn``: a module's
    function, or a ``functools.partial`` of one, so a worker can import it).  At most four chunks per process are
    submitted and not yet yielded, so memory stays bounded however slowly the caller takes them.  If the pool
    cannot run, the chunks not yielded yet are computed in this process, with a warning: the result is the same."""
    from collections import deque

    done = 0
    try:
        with forkserver_pool(jobs, preload) as pool:
            waiting: deque = deque()
            try:
                for chunk in chunks:
                    if len(waiting) >= jobs * 4:
                        yield waiting.popleft().result()
                        done += 1
                    waiting.append(pool.submit(fn, chunk))
                while waiting:
                    yield waiting.popleft().result()
                    done += 1
            except GeneratorExit:      # the caller stopped (`vanban extract … | head`): no task is waited for
                pool.shutdown(wait=False, cancel_futures=True)
                _stop_workers(pool)
                raise
    except POOL_ERRORS as e:
        pool_failed(jobs, e)
        for chunk in chunks[done:]:
            yield fn(chunk)


def pool_failed(jobs: int, error: BaseException) -> None:
    """Say that the pool could not run and the files left are read in this process (a load or an extraction never
    fails because of its pool)."""
    import warnings
    warnings.warn(f"reading files in one process: the pool of {jobs} failed ({type(error).__name__}: {error})",
                  stacklevel=3)


def _stop_workers(pool) -> None:
    """End the pool's processes now, the tasks they run with them (Python 3.14's ``terminate_workers``; before it,
    the executor's own table of its processes)."""
    stop = getattr(pool, "terminate_workers", None)
    if stop is not None:
        stop()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()


def sizes(paths: Iterable[str]) -> int:
    """The bytes of ``paths`` together (0 for one that cannot be read: its reader says why)."""
    total = 0
    for p in paths:
        try:
            total += os.path.getsize(p)
        except OSError:
            pass
    return total
