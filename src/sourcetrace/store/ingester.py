"""Analyze, store and link: what `sourcetrace ingest` and `POST /api/articles` do for each document.

An input this pipeline version already analysed and stored (the same decoded document, URL and feed
metadata, by digest) is skipped before any cleaning or parsing: re-ingesting is cheap.
"""
from __future__ import annotations

import hashlib
import json
from collections import deque
from dataclasses import asdict
from typing import Iterable, Iterator, Optional, Union

from .. import __version__
from ..models import Analysis, Document, InputError
from ..pipeline import Analyzer
from . import Store
from .entities import EntityFinder
from .writer import Outcome


class Ingester:
    """Analyzes each document, stores it with the entities its own parse found, and links it to
    everything stored before it (a link that fails leaves the article stored, pending for `sourcetrace link`)."""

    def __init__(self, store: Store, analyzer: Optional[Analyzer] = None, finder: Optional[EntityFinder] = None,
                 pipeline_version: str = __version__, linker=None):
        self.store = store
        self.analyzer = analyzer or Analyzer()
        self.finder = finder or EntityFinder()
        self.pipeline_version = pipeline_version
        self._linker = linker

    @property
    def linker(self):
        if self._linker is None:
            from ..link.corpus import CorpusLinker

            self._linker = CorpusLinker(self.store)
        return self._linker

    def store_analysis(self, analysis: Analysis, digest: Optional[str] = None) -> Outcome:
        outcome = self.store.save(analysis, self.pipeline_version, self.finder.find(analysis), digest)
        if outcome != "unchanged":
            self.linker.link(analysis.article.id)
        return outcome

    def ingest_all(self, items: Iterable[Union[Document, InputError]]
                   ) -> Iterator[tuple[Union[Analysis, Document, InputError], Optional[Outcome]]]:
        """Each input with what happened to it; a failure is reported and the batch goes on.

        An input analysed before comes back as its Document with "unchanged", possibly ahead of
        the analyses of inputs before it that are still in progress."""
        skipped: deque[Document] = deque()
        digests: dict[str, str] = {}  # input -> digest, for documents on their way through analysis

        def new_inputs() -> Iterator[Union[Document, InputError]]:
            for item in items:
                if isinstance(item, Document):
                    digest = input_digest(item)
                    if self.store.analysed_before(digest, self.pipeline_version):
                        skipped.append(item)
                        continue
                    digests[item.input] = digest
                yield item

        for item in self.analyzer.analyze_all(new_inputs()):
            while skipped:
                yield skipped.popleft(), "unchanged"
            digest = digests.pop(item.input, None)
            if isinstance(item, InputError):
                yield item, None
                continue
            try:
                yield item, self.store_analysis(item, digest)
            except Exception as err:  # a row the database refuses must not stop the batch
                reason = f"storing failed: {type(err).__name__}: {err}".splitlines()[0][:300]
                yield InputError(item.input, reason), None
        while skipped:
            yield skipped.popleft(), "unchanged"


def input_digest(doc: Document) -> str:
    """What the analysis of a document depends on: its text, kind, URL, crawl date and feed fields (not its path)."""
    fields = asdict(doc)
    del fields["input"]
    return hashlib.sha256(json.dumps(fields, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
