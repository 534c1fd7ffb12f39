"""Store: analyses into SQLite (default) or PostgreSQL, and every query over them.

    store = Store.open("sourcetrace.db")      # or "postgresql://user@host/db"; migrates on open
    store.save(analysis, pipeline_version)    # "stored" | "replaced" | "unchanged"
    store.attributions(AttributionFilter(speaker="McKenzie"))
"""
from __future__ import annotations

from importlib import import_module

from .entities import EntityFinder

__all__ = ["Store", "AttributionFilter", "Page", "EntityFinder"]

_WITH_SQLALCHEMY = {"Store": ".database", "AttributionFilter": ".query", "Page": ".query"}


def __getattr__(name: str):
    """The database side imports SQLAlchemy and Alembic (half a second a process): only on first use, so a
    process that needs no database (a `batch` actor writing Parquet) never loads them."""
    if name in _WITH_SQLALCHEMY:
        return getattr(import_module(_WITH_SQLALCHEMY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
