"""Analyze and store: what `sourcetrace ingest` and `POST /api/articles` do for each document."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional, Union

from .. import __version__
from ..models import Analysis, Document, InputError
from ..pipeline import Analyzer
from . import Store
from .entities import EntityFinder
from .writer import Outcome


class Ingester:
    """Analyzes each document and stores it with the entities its own parse found."""

    def __init__(self, store: Store, analyzer: Optional[Analyzer] = None, finder: Optional[EntityFinder] = None,
                 pipeline_version: str = __version__):
        self.store = store
        self.analyzer = analyzer or Analyzer()
        self.finder = finder or EntityFinder()
        self.pipeline_version = pipeline_version

    def store_analysis(self, analysis: Analysis) -> Outcome:
        return self.store.save(analysis, self.pipeline_version, self.finder.find(analysis))

    def ingest_all(self, items: Iterable[Union[Document, InputError]]
                   ) -> Iterator[tuple[Union[Analysis, InputError], Optional[Outcome]]]:
        """Each input with what happened to it; a failure is reported and the batch goes on."""
        for item in self.analyzer.analyze_all(items):
            if isinstance(item, InputError):
                yield item, None
                continue
            try:
                yield item, self.store_analysis(item)
            except Exception as err:  # a row the database refuses must not stop the batch
                reason = f"storing failed: {type(err).__name__}: {err}".splitlines()[0][:300]
                yield InputError(item.input, reason), None
