"""Shared fixtures: the spaCy-backed analyzer (loaded once) and a throwaway PostgreSQL cluster."""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SOURCETRACE_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "fixtures" / "seed" / "article.txt"
DEVSET = sorted(SHARED.glob("devset/*/article.txt"))


@pytest.fixture(scope="session")
def analyzer():
    from sourcetrace.pipeline import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def entity_finder():
    from sourcetrace.store import EntityFinder

    finder = EntityFinder()
    finder.nlp  # load the model once for the session
    return finder


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name)]
    if not found[-1]:
        pytest.fail(f"PostgreSQL's {name} not found: run scripts/install-system-deps.sh (make test does)")
    return found[-1]


@pytest.fixture(scope="session")
def postgres_admin_url():
    """A PostgreSQL cluster of our own in /tmp (initdb + pg_ctl, unix socket only), removed afterwards.

    PostgreSQL refuses to run as root, so as root the cluster belongs to the 'postgres' user."""
    as_root = os.geteuid() == 0
    home = tempfile.mkdtemp(prefix="sourcetrace-pg-", dir="/tmp")
    data, sockets = os.path.join(home, "data"), os.path.join(home, "sockets")
    os.mkdir(sockets)
    if as_root:
        shutil.chown(home, "postgres")
        shutil.chown(sockets, "postgres")
    run_as = ["runuser", "-u", "postgres", "--"] if as_root else []
    user = "postgres" if as_root else os.environ.get("USER", "postgres")
    port = free_port()

    def pg(*args: str) -> None:
        subprocess.run([*run_as, *args], check=True, capture_output=True, timeout=120)

    pg(_pg_bin("initdb"), "-D", data, "-U", user, "--auth=trust", "--encoding=UTF8", "--no-sync")
    pg(_pg_bin("pg_ctl"), "-D", data, "-l", os.path.join(home, "log"), "-w", "start", "-o",
       f"-p {port} -k {sockets} -c listen_addresses='' -c fsync=off -c full_page_writes=off")
    try:
        yield f"postgresql://{user}@/postgres?host={sockets}&port={port}"
    finally:
        subprocess.run([*run_as, _pg_bin("pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_admin_url):
    """A new empty database for one test: the cluster is shared, the database is not."""
    import psycopg

    name = "t_" + os.urandom(4).hex()
    with psycopg.connect(postgres_admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return postgres_admin_url.replace("/postgres?", f"/{name}?")
