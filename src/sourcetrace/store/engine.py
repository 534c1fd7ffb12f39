"""Opening a database: URL rules, SQLite settings for safe concurrent writers, migrations on open."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import IntegrityError, OperationalError

DEFAULT_DB = "sourcetrace.db"
MIGRATIONS = Path(__file__).parent / "migrations"
T = TypeVar("T")


def database_url(db: str | None) -> str:
    """A plain path means an SQLite file; postgresql:// URLs get the psycopg 3 driver."""
    db = db or DEFAULT_DB
    if "://" not in db:
        return f"sqlite:///{Path(db).expanduser().resolve()}"
    for prefix in ("postgresql://", "postgres://"):
        if db.startswith(prefix):
            return "postgresql+psycopg://" + db[len(prefix):]
    return db


def create(db: str | None) -> Engine:
    url = make_url(database_url(db))
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True)


def _sqlite_engine(url) -> Engine:
    """WAL lets readers run beside a writer; writers take the lock up front (BEGIN IMMEDIATE)
    so two processes never deadlock upgrading a read lock, and wait for each other."""
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves below
        for pragma in ("journal_mode=WAL", "busy_timeout=30000", "foreign_keys=ON", "synchronous=NORMAL"):
            dbapi_conn.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")

    return engine


def writing(conn: Connection) -> Connection:
    """Mark a connection as one that will write: SQLite then takes the write lock at BEGIN."""
    return conn.execution_options(write=True)


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to the latest revision (or to the one given), one process at a time."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))

    def run() -> None:
        with writing(engine.connect()) as conn, conn.begin():
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(5170)")
            config.attributes["connection"] = conn
            command.upgrade(config, revision)

    retry(run)


def retry(work: Callable[[], T], attempts: int = 8) -> T:
    """Run a transaction again when the database was locked or a concurrent writer won a race."""
    for attempt in range(attempts - 1):
        try:
            return work()
        except (OperationalError, IntegrityError) as err:
            if isinstance(err, OperationalError) and not _is_lock_error(err):
                raise
            time.sleep(min(0.05 * 2 ** attempt, 2.0))
    return work()


def _is_lock_error(err: OperationalError) -> bool:
    message = str(err.orig).lower()
    return any(s in message for s in ("database is locked", "database is busy", "deadlock detected",
                                      "could not serialize"))
