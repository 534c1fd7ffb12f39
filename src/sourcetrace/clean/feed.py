"""What a feed record states about its article fills in or corrects what cleaning found.

The record's title, date, authors and language were chosen by the crawler that saw the
whole page, so they win; its outlet wins only when it is a name, not a bare domain
(a page's "NBC News" beats a record's "nbcnews.com"). With no outlet anywhere, the
URL's domain names it.
"""
from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Optional

from ..models import Article, FeedMeta, content_id
from .dates import is_stale, parse_date
from .metadata import domain_of
from .release import exclusive_label

ISO_START = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)+$")


def apply_feed(article: Article, feed: Optional[FeedMeta]) -> Article:
    """The article with the record's metadata laid over it, and an outlet from the URL as the last resort."""
    if feed:
        article.exclusive = article.exclusive or exclusive_label([feed.title or ""])  # "Exclusive: ..."
        if feed.title and feed.title != article.title:
            article.title, article.id = feed.title, content_id(feed.title, article.text)
        article.authors = feed.authors or article.authors
        article.language = feed.language or article.language
        published = feed_date(feed.published)
        if published:
            article.published, article.published_source = published, "meta"
            article.stale = is_stale(article.page_date, published)
        elif feed.published:
            article.warnings.append(f"the record's date {feed.published!r} is not a date")
        if feed.outlet and not (DOMAIN.match(feed.outlet) and article.outlet):
            article.outlet = feed.outlet
    article.outlet = article.outlet or domain_of(article.url)
    return article


def feed_date(value: Optional[str]) -> Optional[str]:
    """The ISO date in a record's date field: "2021-11-10 08:12:00", ISO 8601, RFC 2822 or written out."""
    if not value:
        return None
    m = ISO_START.match(value)
    if m:
        try:
            return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3))).date().isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        found = parse_date(value)
        return found.isoformat() if found else None
