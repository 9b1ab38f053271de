"""Shared pytest fixtures; each lives in the module of its subject and is imported here."""
from arcadedb_server import arcadedb_server  # noqa: F401  (a second Bolt peer: ArcadeDB, on 127.0.0.1)
from bolt_server import bolt_server  # noqa: F401  (a real Bolt server in a loopback-only netns)
