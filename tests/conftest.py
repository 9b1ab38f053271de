"""Shared pytest fixtures; each lives in the module of its subject and is imported here."""
from bolt_server import bolt_server  # noqa: F401  (a real Bolt server in a loopback-only netns)
