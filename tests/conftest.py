"""Shared fixtures: the spaCy-backed analyzer (loaded once) and a throwaway PostgreSQL cluster."""
from __future__ import annotations

import contextlib
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
def similarity():
    """MiniLM claim similarity, the model loaded once for the session."""
    from sourcetrace.link.claims import ClaimClusterer

    return ClaimClusterer().similarity


@pytest.fixture(scope="session")
def analysis_pool():
    """The processes behind POST /api/analyze, started once for the session (each loads the model)."""
    from sourcetrace.api.analysis import AnalysisPool

    pool = AnalysisPool(workers=1, queue=4, time_budget=60)
    yield pool
    pool.close()


@pytest.fixture(scope="session")
def entity_finder():
    from sourcetrace.store import EntityFinder

    finder = EntityFinder()
    finder.nlp  # load the model once for the session
    return finder


@contextlib.contextmanager
def serving(app):
    """The app on a free loopback port in a thread, for as long as the block runs; yields its base URL."""
    import threading
    import time

    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name)]
    if not found[-1]:
        pytest.fail(f"PostgreSQL's {name} not found: run scripts/install-system-deps.sh (make test does)", pytrace=False)
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


@pytest.fixture(scope="session")
def seed_analysis(analyzer):
    from sourcetrace.ingest import read_inputs

    (doc,) = read_inputs([str(SEED)])
    return analyzer.analyze(doc)


@pytest.fixture(scope="session")
def devset_analyses(analyzer):
    from sourcetrace.ingest import read_inputs

    assert DEVSET, f"no dev set under {SHARED}"
    return [analyzer.analyze(doc) for doc in read_inputs(map(str, DEVSET))]


def statement(text: str, source: str, cue: str, content: str, kind: str = "person", name=None, **extra):
    """A hand-made Attribution whose spans are the first occurrences of its parts in ``text``."""
    from sourcetrace.models import Attribution, Source

    def span(part):
        start = text.index(part)
        return (start, start + len(part))

    medium = extra.get("medium")
    return Attribution(source=Source(text=source, kind=kind, name=name, span=span(source),
                                     affiliation=extra.pop("affiliation", None)),
                       cue=cue, content=content, quote=extra.pop("quote", "indirect"), cue_span=span(cue),
                       content_spans=[span(content)], medium_span=span(medium) if medium else None, **extra)


@pytest.fixture
def hand_built():
    """Three small analyses covering every filter: two outlets, dates, anonymous sources, a denial,
    a hedge, a medium, a speaker in two articles, and a hostile article (markup and SQL in its fields)."""
    from sourcetrace.models import Analysis, Article

    a_text = ('The mayor said the bridge will reopen in May. "We have no comment," a company spokesperson told '
              'reporters. Officials denied that the Acme Corporation had paid bribes.')
    a = Analysis("a.txt", Article(text=a_text, title="Bridge to reopen", outlet="Daily Planet", published="2021-11-10"), [
        statement(a_text, "The mayor", "said", "the bridge will reopen in May", name="Jane Doe"),
        statement(a_text, "a company spokesperson", "told", "We have no comment", kind="anonymous",
                  affiliation="Acme Corporation", quote="direct"),
        statement(a_text, "Officials", "denied", "the Acme Corporation had paid bribes", kind="anonymous",
                  stance="deny"),
    ])
    b_text = "Jane Doe told the Evening Star that the Acme Corporation is likely to close its plant in Springfield."
    b = Analysis("b.txt", Article(text=b_text, title="Plant may close", outlet="Evening Star", published="2022-03"), [
        statement(b_text, "Jane Doe", "told", "the Acme Corporation is likely to close its plant in Springfield",
                  name="Jane Doe", medium="the Evening Star", hedge="likely", hedge_probability="55-80%"),
    ])
    c_text = ('Robert\'); DROP TABLE attributions;-- said "<script>alert(\'pwned\')</script> is <b>bold</b>" '
              'and added that the <img src=x onerror=alert(1)> works.')
    c = Analysis("c.html", Article(text=c_text, title="<script>alert('title')</script>", outlet="Evil & Co",
                                   page_date="2023-01-02"), [
        statement(c_text, "Robert'); DROP TABLE attributions;--", "said",
                  "<script>alert('pwned')</script> is <b>bold</b>", name="Robert'); DROP TABLE attributions;--",
                  quote="direct"),
        statement(c_text, "Robert'); DROP TABLE attributions;--", "added",
                  "the <img src=x onerror=alert(1)> works", name="Robert'); DROP TABLE attributions;--"),
    ])
    return [a, b, c]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """The same tests against the embedded SQLite file and a real PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    return request.getfixturevalue("postgres_url")
