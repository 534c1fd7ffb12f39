"""Clean: turn a raw Document (HTML page or scraped text dump) into an Article."""
from __future__ import annotations

from ..models import Article, Document
from .dump import clean_dump
from .feed import apply_feed
from .html import extract_html


def build_article(doc: Document) -> Article:
    """Dispatch on the kind of input; both paths end in the same Article record (url falling back to the doc's),
    with what a feed record states about the article laid over it."""
    return apply_feed(extract_html(doc) if doc.kind == "html" else clean_dump(doc), doc.feed)
