"""Publication date: what the page declares (JSON-LD, article:published_time), as the page shows it.

Declared timestamps are usually UTC; the page shows the publisher's local day, which
a <time datetime="...-05:00"> element or a "Published ..." line carries. Guessing from
the page (htmldate) only happens when nothing is declared, so a crawl or "updated" date
is not taken for the publication date; a shown update becomes the page date instead.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from typing import Optional

from htmldate import find_date
from htmldate.core import Extractor, examine_header, get_max_date, get_min_date, json_search
from lxml.html import HtmlElement

from .dates import parse_date
from .metadata import PageMeta

PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "published_time", "datepublished",
    "article.published", "pubdate", "publishdate", "publish-date", "publish_date", "parsely-pub-date", "sailthru.date",
    "dc.date.issued", "dc.date", "dcterms.created", "date", "citation_publication_date", "article_date_original",
)
MODIFIED_META = ("article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified", "last-modified")
ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?")
EARLIEST, LATEST_AHEAD = date(1995, 1, 1), timedelta(days=2)
SAME_INSTANT = timedelta(minutes=2)
UPDATED_TEXT = "//body//text()[contains(., 'pdated') or contains(., 'PDATED') or contains(., 'odified')]"
PUBLISHED_TEXT = "//body//text()[contains(., 'ublished') or contains(., 'UBLISHED') or contains(., 'osted')]"
MAX_DATE_LINE_CHARS = 120


def parse_timestamp(text: Optional[str]) -> Optional[datetime]:
    """An ISO-like timestamp; timezone-aware when it carries an offset, naive otherwise."""
    m = ISO.search(text or "")
    if not m:
        return None
    year, month, day, hour, minute, second, zone = m.groups()
    try:
        stamp = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    if zone:
        if zone == "Z":
            offset = timedelta(0)
        else:
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            offset = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        stamp = stamp.replace(tzinfo=timezone(offset))
    return stamp


def plausible(stamp: Optional[datetime], today: date) -> bool:
    return stamp is not None and EARLIEST <= stamp.date() <= today + LATEST_AHEAD


def declared_published(page: PageMeta) -> Optional[datetime]:
    """The first publication timestamp the page declares that parses: JSON-LD, then <meta> tags."""
    ld = page.article_ld() or {}
    values = [ld.get("datePublished"), ld.get("dateCreated"), *(o.get("datePublished") for o in page.json_ld)]
    values += [v for name in PUBLISHED_META for v in page.meta.get(name, [])]
    return first_timestamp(values)


def declared_modified(page: PageMeta) -> Optional[datetime]:
    ld = page.article_ld() or {}
    return first_timestamp([ld.get("dateModified"), *(v for name in MODIFIED_META for v in page.meta.get(name, []))])


def first_timestamp(values: list) -> Optional[datetime]:
    return next((stamp for stamp in (parse_timestamp(v) for v in values if isinstance(v, str)) if stamp), None)


def shown_time(tree: HtmlElement, instant: Optional[datetime]) -> Optional[datetime]:
    """The <time datetime> element's value that shows this same instant, if the page shows it."""
    if instant is None:
        return None
    for el in tree.iterfind(".//time[@datetime]"):
        shown = parse_timestamp(el.get("datetime"))
        if shown is not None and (shown.tzinfo is None) == (instant.tzinfo is None) and abs(shown - instant) <= SAME_INSTANT:
            return shown
    return None


def shown_local_day(tree: HtmlElement, instant: datetime) -> Optional[date]:
    """The local day of a <time> element that shows this same instant with its own UTC offset."""
    shown = shown_time(tree, instant) if instant.tzinfo is not None else None
    return shown.date() if shown is not None else None


def choose_published(tree: HtmlElement, page: PageMeta, today: Optional[date] = None) -> Optional[str]:
    """The declared publication day as the page shows it locally, else htmldate's original date."""
    today = today or date.today()
    stamp = declared_published(page)
    if plausible(stamp, today):
        local = shown_local_day(tree, stamp) or shown_published_day(tree, stamp)
        return (local or stamp.date()).isoformat()
    guess = find_date(tree, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    return guess or None


def published_source(tree: HtmlElement, page: PageMeta, published: Optional[str], today: Optional[date] = None) -> Optional[str]:
    """Where the publication date came from: "meta" when the page declares it (our tags, or the
    <meta>/JSON-LD that htmldate reads), "text" when htmldate found it in the URL or the page text."""
    if published is None:
        return None
    if plausible(declared_published(page), today or date.today()):
        return "meta"
    options = Extractor(False, get_max_date(None), get_min_date(None), True, "%Y-%m-%d")
    return "meta" if (examine_header(tree, options) or json_search(tree, options)) == published else "text"


def shown_published_day(tree: HtmlElement, instant: datetime) -> Optional[date]:
    """For a UTC timestamp, the day a "Published ..." line shows, when it is the same day give or take one."""
    if instant.utcoffset() != timedelta(0):
        return None
    day = dated_line(tree, PUBLISHED_TEXT)
    return day if day is not None and abs(day - instant.date()) <= timedelta(days=1) else None


def shown_update_day(tree: HtmlElement) -> Optional[date]:
    """The first "Updated Dec. 13, 2023"-style line on the page."""
    return dated_line(tree, UPDATED_TEXT)


def dated_line(tree: HtmlElement, xpath: str) -> Optional[date]:
    """The date of the first short line whose text the XPath finds; the date may sit in a sibling element."""
    for text in tree.xpath(xpath):
        el = text.getparent()
        if el is not None and text.is_tail:  # text after a child element belongs to that child's parent
            el = el.getparent()
        if el is None:
            continue
        for holder in [el, *list(el.iterancestors())[:2]]:
            line = holder.text_content()
            if len(line) > MAX_DATE_LINE_CHARS:
                break
            day = parse_date(line)
            if day:
                return day
    return None


def choose_page_date(tree: HtmlElement, page: PageMeta, published: Optional[str] = None) -> Optional[str]:
    """The date the page shows as its update: the declared "modified" instant when a <time> element
    displays it, else an "Updated ..." line; never before the publication date."""
    shown = shown_time(tree, declared_modified(page))
    day = shown.date() if shown is not None else shown_update_day(tree)
    if day is None or (published and day.isoformat() < published):
        return None
    return day.isoformat()
