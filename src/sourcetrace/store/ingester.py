"""Analyze and store: what `sourcetrace ingest` and `POST /api/articles` do for each document."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional, Union

from .. import __version__
from ..attribution import AttributionExtractor
from ..models import Analysis, Document, InputError
from ..nlp import load_pipeline
from ..pipeline import Analyzer
from . import Store
from .entities import EntityFinder, RecordingParser
from .writer import Outcome


class Ingester:
    """Without an analyzer given, it builds one whose parse it watches, so that the entities come
    from the attribution pass itself instead of a second run of the recogniser."""

    def __init__(self, store: Store, analyzer: Optional[Analyzer] = None, finder: Optional[EntityFinder] = None,
                 pipeline_version: str = __version__):
        self.store = store
        self.parser: Optional[RecordingParser] = None
        if analyzer is None:
            self.parser = RecordingParser(load_pipeline())
            analyzer = Analyzer(AttributionExtractor(nlp=self.parser))
        self.analyzer = analyzer
        self.finder = finder or EntityFinder()
        self.pipeline_version = pipeline_version

    def store_analysis(self, analysis: Analysis) -> Outcome:
        seen = self.parser.entities_of(analysis.article.text) if self.parser else None
        return self.store.save(analysis, self.pipeline_version, self.finder.find(analysis, seen))

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
