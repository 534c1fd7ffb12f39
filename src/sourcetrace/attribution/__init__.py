"""Attribution: who said what, through whom, how sure, assert or deny."""
from __future__ import annotations

from ..models import Article, Attribution


class AttributionExtractor:
    """Finds the attributed statements in an article's clean text."""

    def extract(self, article: Article) -> list[Attribution]:
        return []
