"""Scraped text dumps: strip page chrome and recover title, section and dates."""
from __future__ import annotations

from ..models import Article, Document


def clean_dump(doc: Document) -> Article:
    paragraphs = [p.strip() for p in doc.content.split("\n") if p.strip()]
    return Article(text="\n\n".join(paragraphs), url=doc.url)
