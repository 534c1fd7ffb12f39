"""The analysis pipeline: Document -> Article -> attributions, the same locally or distributed."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional, Union

from .attribution import AttributionExtractor
from .clean import build_article
from .models import Analysis, Document, InputError


class NoArticleText(ValueError):
    """The page held nothing but chrome (menus, widgets, link lists)."""


class Analyzer:
    """Holds the loaded models, so a worker loads them once and analyzes many documents."""

    def __init__(self, extractor: Optional[AttributionExtractor] = None):
        self.extractor = extractor or AttributionExtractor()

    def analyze(self, doc: Document) -> Analysis:
        article = build_article(doc)
        if not article.text.strip():
            raise NoArticleText("no article text found (only page chrome)")
        attributions, entities = self.extractor.extract_with_entities(article)
        return Analysis(input=doc.input, article=article, attributions=attributions, entities=entities)

    def analyze_all(self, items: Iterable[Union[Document, InputError]]) -> Iterator[Union[Analysis, InputError]]:
        """Analyze each document; a failure becomes an InputError and the rest go on."""
        for item in items:
            if isinstance(item, InputError):
                yield item
                continue
            try:
                yield self.analyze(item)
            except NoArticleText as err:
                yield InputError(item.input, str(err))
            except Exception as err:  # one bad page must not stop a batch
                yield InputError(item.input, f"analysis failed: {type(err).__name__}: {err}".splitlines()[0][:300])
