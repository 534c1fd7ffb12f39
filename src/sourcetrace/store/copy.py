"""Copy a whole store into an empty database: the embedded SQLite file a person started with onto the
team's PostgreSQL server (or back), with its stored links, so nothing has to be analysed or linked again.

Every table of the schema is copied row for row, parents before children, in one transaction on the
destination: a copy that fails leaves the destination as empty as it was, and can simply be run again.
The full-text indexes are not copied: the destination's own triggers (SQLite) or generated columns
(PostgreSQL) fill them as the rows arrive.
"""
from __future__ import annotations

from typing import Callable, Iterator

from sqlalchemy import Connection, Engine, Table, func, select, text

from .bulk import copy as bulk_copy
from .engine import writing
from .schema import metadata

CHUNK = 2000


class CopyError(Exception):
    """The copy could not start (the destination is not empty)."""


def copy_store(source: Engine, destination: Engine, advance: Callable[[int], None] = lambda n: None) -> dict[str, int]:
    """Copy every row of `source` into `destination` (both migrated to the same revision); the rows
    copied per table. `advance(n)` is called as each chunk of n rows lands (for a progress bar)."""
    with source.connect() as src, writing(destination.connect()) as dst, dst.begin():
        if filled := [t.name for t in metadata.sorted_tables if dst.execute(select(t).limit(1)).first()]:
            raise CopyError(f"the destination is not empty (table {filled[0]} has rows); copy into a new database")
        copied = {}
        for table in metadata.sorted_tables:
            copied[table.name] = 0
            for rows in chunks(src, table):
                insert(dst, table, rows)
                copied[table.name] += len(rows)
                advance(len(rows))
        if dst.dialect.name == "postgresql":
            restart_sequences(dst)
    return copied


def row_count(source: Engine) -> int:
    with source.connect() as src:
        return sum(src.execute(select(func.count()).select_from(t)).scalar_one() for t in metadata.sorted_tables)


def chunks(src: Connection, table) -> Iterator[list[dict]]:
    """The table's rows in key order, CHUNK at a time, without reading the whole table into memory."""
    result = src.execution_options(yield_per=CHUNK).execute(select(table).order_by(*table.primary_key.columns))
    for part in result.partitions():
        yield [row._asdict() for row in part]


def insert(dst: Connection, table: Table, rows: list[dict]) -> None:
    """PostgreSQL takes rows fastest by COPY (a 100,000-article store is millions of rows); SQLite by executemany."""
    if dst.dialect.name != "postgresql":
        dst.execute(table.insert(), rows)
        return
    names = tuple(c.name for c in table.columns)
    with dst.connection.driver_connection.cursor() as cur:
        bulk_copy(cur, None, table.name, names, [[row[n] for n in names] for row in rows])


def restart_sequences(dst: Connection) -> None:
    """Rows came with their keys, so PostgreSQL's counters still stand at 1: move each past the largest key,
    or the next article stored would collide with a copied one."""
    for table in metadata.sorted_tables:
        for column in table.primary_key.columns:
            if column.autoincrement is True:
                dst.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                                 f"COALESCE(MAX({column.name}), 1), MAX({column.name}) IS NOT NULL) FROM {table.name}"))
