"""One JSONL record -> one Document: the text, its URL and what the record says about the article.

Reads news-please's fields (`url`, `source_domain`, `title`, `date_publish`, `maintext`,
`authors`, `language`) and the keys common in other feeds (`html`, `text`, `published`,
`date`, `outlet`, `author`), so a chain across outlets keeps each article's outlet and date.
"""
from __future__ import annotations

from typing import Optional, Union

from ..models import Document, FeedMeta, InputError

TEXT_KEYS = ("text", "maintext", "content", "body")
DATE_KEYS = ("date_publish", "published", "date", "pubDate", "date_published")
OUTLET_KEYS = ("outlet", "source_name", "publisher", "site_name", "source_domain")


def record_document(where: str, obj: object) -> Union[Document, InputError]:
    """The Document a record describes; an InputError when it is not an object or has no text."""
    if not isinstance(obj, dict):
        return InputError(where, "line is not a JSON object")
    html = _text(obj.get("html"))
    plain = next((_text(obj.get(key)) for key in TEXT_KEYS if _text(obj.get(key))), None)
    content = html or plain
    if not content:
        return InputError(where, 'object has no "html" or "text" (nor news-please "maintext")')
    return Document(input=where, content=content, kind="html" if html else "text", url=_string(obj.get("url")),
                    feed=feed_meta(obj))


def feed_meta(obj: dict) -> Optional[FeedMeta]:
    """The article metadata a record states; None when it states none."""
    meta = FeedMeta(
        title=_string(obj.get("title")),
        outlet=next((_string(obj.get(key)) for key in OUTLET_KEYS if _string(obj.get(key))), None),
        published=next((_string(obj.get(key)) for key in DATE_KEYS if _string(obj.get(key))), None),
        authors=_names(obj.get("authors", obj.get("author"))),
        language=_string(obj.get("language")),
    )
    return meta if meta != FeedMeta() else None


def _text(value: object) -> Optional[str]:
    """A page or its text as the record holds it: its line breaks are where its paragraphs and headings end."""
    return value if isinstance(value, str) and value.strip() else None


def _string(value: object) -> Optional[str]:
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _names(value: object) -> list[str]:
    """A list of author names, or one string of them ("A and B" is left whole: it may be one name)."""
    items = value if isinstance(value, list) else [value]
    return [name for name in (_string(v) for v in items) if name]
