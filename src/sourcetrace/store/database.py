"""The Store: one database (SQLite or PostgreSQL) behind the writer and the queries (see the package's docstring)."""
from __future__ import annotations

from typing import Optional

from sqlalchemy import Engine

from .. import __version__
from ..models import Analysis
from . import query
from .engine import create, migrate
from .entities import Mention
from .query import AttributionFilter, Page
from .writer import Outcome, analysed_before, save


class Store:
    def __init__(self, engine: Engine):
        self.engine = engine

    @classmethod
    def open(cls, db: Optional[str] = None) -> "Store":
        """Open (creating if needed) and migrate the database at a path or URL."""
        engine = create(db)
        migrate(engine)
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def save(self, analysis: Analysis, pipeline_version: str = __version__,
             found: Optional[list[list[Mention]]] = None, digest: Optional[str] = None) -> Outcome:
        return save(self.engine, analysis, pipeline_version, found, digest)

    def analysed_before(self, digest: str, pipeline_version: str = __version__) -> bool:
        return self._read(analysed_before, digest, pipeline_version)

    def _read(self, fn, *args, **kwargs):
        with self.engine.connect() as conn:
            return fn(conn, *args, **kwargs)

    def attributions(self, f: AttributionFilter, limit: int = 20, offset: int = 0) -> Page:
        return self._read(query.find_attributions, f, limit, offset)

    def articles(self, text: Optional[str] = None, outlet: Optional[str] = None, since: Optional[str] = None,
                 until: Optional[str] = None, limit: int = 20, offset: int = 0) -> Page:
        return self._read(query.find_articles, text, outlet, since, until, limit, offset)

    def article(self, article_id: str) -> Optional[dict]:
        return self._read(query.get_article, article_id)

    def speakers(self, name: Optional[str] = None, kind: Optional[str] = None, limit: int = 20, offset: int = 0) -> Page:
        return self._read(query.find_speakers, name, kind, limit, offset)

    def speaker(self, speaker_id: int) -> Optional[dict]:
        return self._read(query.get_speaker, speaker_id)

    def entities(self, name: Optional[str] = None, limit: int = 20, offset: int = 0) -> Page:
        return self._read(query.find_entities, name, limit, offset)

    def entity(self, entity_id: int) -> Optional[dict]:
        return self._read(query.get_entity, entity_id)

    def search(self, text: str, limit: int = 20, offset: int = 0) -> dict:
        return self._read(query.search, text, limit, offset)

    def counts(self) -> dict[str, int]:
        return self._read(query.counts)
