"""Authors: the people in the visible byline, checked against the page's structured metadata.

Structured fields are often wrong in news pages: the publisher as author ("Condé Nast"),
"Name, Outlet", URLs, or only the first of several writers. The byline readers see is
usually right but noisy ("By X and Y, CNN", "By X | email | Outlet", job titles, dates).
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from lxml.html import HtmlElement

from .html_title import is_site_name
from .metadata import PageMeta, ld_names, norm_space

BYLINE_XPATH = (
    "//*[not(self::script or self::style or self::meta or self::link or self::img)]"
    "[@rel='author' or @itemprop='author' or contains(@class, 'byline') or contains(@class, 'Byline')"
    " or contains(@class, 'author') or contains(@class, 'Author') or contains(@id, 'byline') or contains(@id, 'author')]"
)
NOT_A_BYLINE = re.compile(r"avatar|image|photo|bio|description|comment|social|share|follow|related|more-from|newsletter", re.I)
MAX_BYLINE_CHARS = 250
BY = re.compile(r"^(?:(?:written|posted|reported|words|story|text|view all posts)\s+)?by\b[:\s]*", re.I)
# what ends the list of writers in a byline: "Contributions from", "additional reporting by", "Photographs by"
END_OF_WRITERS = re.compile(r"\b(?:contributions? from|additional reporting|with reporting|reporting by|edited by|photo(?:graph)?s? by|illustrations? by|video by)\b.*", re.I | re.S)
SPLIT = re.compile(r"\s*(?:,|;|\||•|·|/|\band\b|&|\bwith\b)\s*", re.I)
EMAIL_OR_HANDLE = re.compile(r"\S+@\S+|^@\w+")
NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|[A-Z]\.(?:[A-Z]\.)*)$")
PARTICLES = {"de", "da", "del", "della", "der", "den", "van", "von", "bin", "al", "la", "le", "di", "du", "dos", "das", "ibn", "y"}
# capitalised words that end a name in running byline text ("Greg Potts Published", "Jane Doe Senior Editor")
NOT_NAME_WORDS = {
    "published", "updated", "posted", "last", "staff", "reporter", "editor", "writer", "contributor", "correspondent",
    "columnist", "senior", "chief", "deputy", "associate", "assistant", "managing", "executive", "news", "sports",
    "follow", "email", "twitter", "read", "more", "min", "minutes", "share", "the", "and", "by", "opinion", "contributing",
    "photo", "photos", "video", "getty", "images", "associated", "press", "reuters", "afp", "ap", "today", "yesterday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "view", "all", "profile", "bio",
}
ORG_WORDS = re.compile(
    r"\b(?:news|press|staff|reporters?|journal|times|post|daily|media|magazine|desk|team|university|agency|group|inc|"
    r"network|tribune|online|service|wire|nast|newsroom|editors|editorial|board|institute|associated|reuters|herald|gazette|"
    r"radio|tv|channel|foundation|company|corp)\b",
    re.I,
)


def person_name(text: str) -> Optional[str]:
    """The leading run of name-like tokens ("Tom Caswell on December 21" -> "Tom Caswell"), if it looks like a person."""
    text = EMAIL_OR_HANDLE.sub("", BY.sub("", norm_space(text))).strip(" -–—:,.|")
    tokens = []
    for token in text.split():
        bare = token.strip(",;:()")
        if bare.lower() in NOT_NAME_WORDS or not (NAME_TOKEN.match(bare) or (tokens and bare in PARTICLES)):
            break
        tokens.append(bare)
        if bare != token:  # punctuation closes the name
            break
    while tokens and tokens[-1] in PARTICLES:
        tokens.pop()
    if not 2 <= len(tokens) <= 5 or any(ch.isdigit() for ch in "".join(tokens)):
        return None
    name = " ".join(tokens)
    return None if ORG_WORDS.search(name) else name


def organization_name(text: str) -> Optional[str]:
    """A byline that names an organization ("By The Associated Press", "Chicago Tribune staff")."""
    text = re.sub(r"\s+staff$", "", BY.sub("", norm_space(text)), flags=re.I).strip(" -–—:,.|")
    return text if 0 < len(text) <= 60 and not text.startswith("http") and not EMAIL_OR_HANDLE.search(text) else None


def split_byline(pieces: Iterable[str]) -> list[str]:
    """Name-sized parts of a byline's text pieces, stopping where the list of writers ends."""
    text = " | ".join(p for p in (norm_space(p) for p in pieces) if p)
    text = END_OF_WRITERS.sub("", text)
    return [part for part in SPLIT.split(text) if part and part.strip()]


def unique(names: Iterable[str]) -> list[str]:
    seen, out = set(), []
    for name in names:
        key = name.lower().replace(".", "")
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def byline_people(tree: HtmlElement, sites: list[str]) -> list[str]:
    """People named by the first byline-like element that names any."""
    for el in tree.xpath(BYLINE_XPATH):
        marks = f"{el.get('class', '')} {el.get('id', '')}"
        if NOT_A_BYLINE.search(marks) and "name" not in marks.lower():
            continue
        pieces = [t for t in el.itertext() if t.strip()]
        if not pieces or sum(len(p) for p in pieces) > MAX_BYLINE_CHARS:
            continue
        names = unique(n for n in map(person_name, split_byline(pieces)) if n and not is_site_name(n, sites))
        if names:
            return names
    return []


def structured_authors(page: PageMeta) -> list[str]:
    """Author strings from JSON-LD and <meta> tags, URLs dropped."""
    values = []
    ld = page.article_ld() or {}
    for obj in [ld] + [o for o in page.json_ld if o is not ld]:
        if "author" in obj:
            values += [name for _, name in ld_names(obj["author"])]
            break
    for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "cxenseparse:author"):
        values += page.meta.get(key, [])
    return [v for v in values if v and not v.lower().startswith(("http", "www."))]


def find_authors(tree: HtmlElement, page: PageMeta, sites: list[str]) -> list[str]:
    from_byline = byline_people(tree, sites)
    declared = structured_authors(page)
    declared_people = unique(n for v in declared for n in map(person_name, SPLIT.split(v)) if n and not is_site_name(n, sites))
    if from_byline:
        return from_byline
    if declared_people:
        return declared_people
    orgs = unique(o for o in map(organization_name, declared) if o)
    return orgs[:1]
