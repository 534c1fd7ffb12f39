"""HTML pages: trafilatura for body and metadata, then our own corrective passes."""
from __future__ import annotations

import trafilatura

from ..models import Article, Document


def extract_html(doc: Document) -> Article:
    result = trafilatura.bare_extraction(doc.content, url=doc.url, with_metadata=True)
    result = result.as_dict() if result else {}
    return Article(
        text=result.get("text") or "",
        title=result.get("title"),
        url=doc.url or result.get("url"),
        outlet=result.get("sitename"),
        authors=[a.strip() for a in (result.get("author") or "").split(";") if a.strip()],
        published=result.get("date"),
        published_source="meta" if result.get("date") else None,
        language=result.get("language"),
    )
