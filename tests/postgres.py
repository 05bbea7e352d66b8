"""A throw-away PostgreSQL cluster for tests, from Debian's ``postgresql`` package, in a temporary directory.

PostgreSQL refuses to run as root, which CI and these sessions are; then its tools run as the
``postgres`` user the package creates.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

__all__ = ["new_postgres_database", "postgres_cluster"]

_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def _tool(name: str) -> str:
    for directory in _BIN_DIRS:
        if (directory / name).exists():
            return str(directory / name)
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(
            f"PostgreSQL's {name} is not installed: run scripts/bootstrap (it installs postgresql)"
        )
    return found


def _run(*command: str) -> None:
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run([*prefix, *command], check=True, capture_output=True, text=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def postgres_cluster() -> Iterator[str]:
    """Start a cluster on a free loopback port; yields a ``postgresql://`` URL of its ``postgres`` db."""
    root = Path(tempfile.mkdtemp(prefix="mock-pg-"))
    data, port = root / "data", _free_port()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    try:
        _run(_tool("initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync")
        _run(
            _tool("pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-w", "start",
            "-o", f"-k {root} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off",
        )  # fmt: skip
        try:
            yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
        finally:
            _run(_tool("pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
    finally:
        shutil.rmtree(root, ignore_errors=True)


def new_postgres_database(server_url: str) -> str:
    """Create an empty database on the test cluster; returns its URL."""
    name = f"mock_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return server_url.rsplit("/", 1)[0] + f"/{name}"
