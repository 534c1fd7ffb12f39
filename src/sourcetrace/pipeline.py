"""The analysis pipeline: Document -> Article -> attributions, the same locally or distributed."""
from __future__ import annotations

import time
from itertools import islice
from typing import Iterable, Iterator, Optional, Union

from .attribution import AttributionExtractor, OverBudget, TextTooLong
from .clean import build_article
from .models import Analysis, Article, Document, InputError, SetupError

Item = Union[Document, InputError]
Result = Union[Analysis, InputError]


class NoArticleText(ValueError):
    """The page held nothing but chrome (menus, widgets, link lists)."""


TIME_BUDGET = 60.0  # seconds per document (and per batch): a normal article takes well under one


class Analyzer:
    """Holds the loaded models, so a worker loads them once and analyzes many documents."""

    def __init__(self, extractor: Optional[AttributionExtractor] = None, batch_size: int = 8,
                 time_budget: Optional[float] = TIME_BUDGET, join_continuations: bool = False):
        self.extractor = extractor or AttributionExtractor(join_continuations=join_continuations)
        self.batch_size = batch_size
        self.time_budget = time_budget

    def analyze(self, doc: Document, time_budget: Optional[float] = None) -> Analysis:
        """The article and its attributions; OverBudget when it takes longer than the time budget."""
        article = clean(doc)
        return Analysis(doc.input, article, *self._extract(article, time_budget))

    def _deadline(self, budget: Optional[float]) -> Optional[float]:
        return None if budget is None else time.monotonic() + budget

    def _extract(self, article: Article, time_budget: Optional[float] = None):
        budget = time_budget or self.time_budget
        try:
            return self.extractor.extract_with_entities(article, self._deadline(budget))
        except OverBudget as err:
            raise OverBudget(f"analysis took longer than its {budget:g} s time budget ({err}); "
                             "split the document or raise the budget") from None

    def analyze_all(self, items: Iterable[Item]) -> Iterator[Result]:
        """Analyze each document, in order; a failure becomes an InputError and the rest go on.

        Documents are cleaned one by one and parsed a batch at a time through spaCy's nlp.pipe."""
        items = iter(items)
        while batch := list(islice(items, self.batch_size)):
            yield from self._analyze_batch(batch)

    def _analyze_batch(self, batch: list[Item]) -> list[Result]:
        cleaned = [item if isinstance(item, InputError) else _softly(item.input, clean, item) for item in batch]
        articles = [article for article in cleaned if isinstance(article, Article)]
        try:
            parses = iter(self.extractor.extract_many(articles, self._deadline(self.time_budget)))
        except Exception:  # one article broke the batch or its time budget: parse them one at a time to find it
            parses = iter([_softly(doc.input, self._extract, article)
                           for doc, article in zip(batch, cleaned) if isinstance(article, Article)])
        results: list[Result] = []
        for doc, article in zip(batch, cleaned):
            parse = article if isinstance(article, InputError) else next(parses)
            results.append(parse if isinstance(parse, InputError) else Analysis(doc.input, article, *parse))
        return results


def clean(doc: Document) -> Article:
    """The clean article of a document; a page of nothing but chrome is an error."""
    article = build_article(doc)
    if not article.text.strip():
        raise NoArticleText("no article text found (only page chrome)")
    return article


def _softly(name: str, step, arg):
    """``step(arg)``, or the InputError that tells why it failed."""
    try:
        return step(arg)
    except (NoArticleText, OverBudget, TextTooLong) as err:
        return InputError(name, str(err))
    except SetupError:  # not this document's fault: every other would fail the same way
        raise
    except Exception as err:  # one bad page must not stop a batch
        return InputError(name, f"analysis failed: {type(err).__name__}: {err}".splitlines()[0][:300])
