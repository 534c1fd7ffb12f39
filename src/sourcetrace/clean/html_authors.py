"""Authors: the people in the visible byline, checked against the page's structured metadata.

Structured fields are often wrong in news pages: the publisher as author ("Condé Nast"),
"Name, Outlet", URLs, or only the first of several writers. The byline readers see is
usually right but noisy ("By X and Y, CNN", "By X | email | Outlet", job titles, dates).
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Iterator, Optional

from lxml.html import HtmlElement

from .html_title import is_site_name, squash
from .metadata import PageMeta, ld_names, norm_space

BYLINE_MARK = re.compile(r"byline|author", re.I)  # in class or id
NOT_A_BYLINE = re.compile(r"avatar|image|photo|bio|description|comment|social|share|follow|related|more-from|newsletter", re.I)
# parts of a byline element that are not its names: screen-reader labels, flyouts, dates, category links
HIDDEN_OR_EXTRA = re.compile(r"screen-reader|sr-only|visually-hidden|flyout|categor|tag|date|time|social|share|partner|logo", re.I)
# tags that hold one item of a byline each: "By <a>A</a><a>A</a>" is one name shown twice, not "A A"
BLOCK_TAGS = {"a", "div", "p", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section", "header", "address", "dd", "dt"}
SKIPPED_TAGS = {"script", "style", "noscript", "time", "button", "ul", "figure", "img", "svg", "meta", "link"}
PIECE = "\u2063"  # joins the text of different elements in a byline
MAX_BYLINE_CHARS = 250
MAX_BY_TEXT_CHARS = 60  # "By Jane Doe, Staff Writer" - not "By entering your email you agree to our Privacy Policy"
BY = re.compile(r"^(?:(?:written|posted|reported|words|story|text|view all posts)\s+)?by\b[:\s]*", re.I)
# what ends the list of writers in a byline: "Contributions from", "additional reporting by", "Photographs by"
END_OF_WRITERS = re.compile(r"\b(?:contributions? from|additional reporting|with reporting|reporting by|edited by|photo(?:graph)?s? by|illustrations? by|video by)\b.*", re.I | re.S)
LIST_SPLIT = re.compile(r"\s*(?:,|;|\||•|·|/)\s*")
NAME_SPLIT = re.compile(r"(?:^|\s+)(?:and|&|with)\s+", re.I)
CMS_ACCOUNTS = {"admin", "administrator", "webmaster", "editor", "editors", "guest", "user", "author", "root", "staff"}
EMAIL_OR_HANDLE = re.compile(r"\S+@\S+|^@\w+")
POSSESSIVE = re.compile(r"['’]s$")
NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|[A-Z]\.(?:[A-Z]\.)*)$")
PARTICLES = {"de", "da", "del", "della", "der", "den", "van", "von", "bin", "al", "la", "le", "di", "du", "dos", "das", "ibn", "y"}
# capitalised words that end a name in running byline text ("Jane Doe Published", "John Roe Senior Editor")
NOT_NAME_WORDS = {
    "published", "updated", "posted", "last", "staff", "reporter", "editor", "writer", "contributor", "correspondent",
    "columnist", "senior", "chief", "deputy", "associate", "assistant", "managing", "executive", "news", "sports",
    "follow", "email", "twitter", "read", "more", "min", "minutes", "share", "the", "and", "by", "opinion", "contributing",
    "photo", "photos", "video", "getty", "images", "associated", "press", "reuters", "afp", "ap", "today", "yesterday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "view", "all", "profile", "bio",
    "in", "for", "of", "analyst", "lead", "producer", "host", "director", "head", "manager", "president", "officer",
    "founder", "intern", "fellow", "critic", "photographer", "designer", "specialist", "expert", "social", "links",
    "privacy", "policy", "terms", "sign", "subscribe", "newsletter", "cookie", "cookies",
}
ORG_WORDS = re.compile(
    r"\b(?:news|press|staff|reporters?|journal|times|post|daily|media|magazine|desk|team|university|agency|group|inc|"
    r"network|tribune|online|service|wire|nast|newsroom|editors|editorial|board|institute|associated|reuters|herald|gazette|"
    r"radio|tv|channel|foundation|company|corp|report|images|photos?|getty|shutterstock|sponsored|partnership)\b",
    re.I,
)


def person_name(text: str) -> Optional[str]:
    """The leading run of name-like tokens ("Jane Doe on December 21" -> "Jane Doe"), if it looks like a person."""
    text = EMAIL_OR_HANDLE.sub("", BY.sub("", norm_space(text).lstrip(f" {PIECE}|"))).strip(" -–—:,.|")
    tokens: list[str] = []
    for token in text.split():
        if token == PIECE:  # the end of an element ends a name
            if tokens:
                break
            continue
        bare = token.strip(",;:()")
        if bare.lower().split("-")[0] in NOT_NAME_WORDS or POSSESSIVE.search(bare):
            break
        if not (NAME_TOKEN.match(bare) or (tokens and bare in PARTICLES)):
            break
        if bare.endswith(".") and len(bare) > 3:  # "Jane Doe. Example News": a full stop ends the name
            tokens.append(bare[:-1])
            break
        tokens.append(bare)
        if bare != token:  # punctuation closes the name
            break
    while tokens and tokens[-1] in PARTICLES:
        tokens.pop()
    if len(tokens) > 2 and tokens[-1].isupper() and not all(t.isupper() for t in tokens[:-1]):
        tokens.pop()  # "Jane McDoe USA": an acronym after a mixed-case name is the outlet
    half = len(tokens) // 2
    if len(tokens) % 2 == 0 and tokens[:half] == tokens[half:]:  # the same name twice in a row
        tokens = tokens[:half]
    if not 2 <= len(tokens) <= 5 or any(ch.isdigit() for ch in "".join(tokens)):
        return None
    name = " ".join(tokens)
    return None if ORG_WORDS.search(name) else name


def organization_name(text: str) -> Optional[str]:
    """A byline that names an organization ("By The Associated Press", "Chicago Tribune staff"), not a CMS account."""
    text = re.sub(r"\s+staff$", "", BY.sub("", norm_space(text)), flags=re.I).strip(" -–—:,.|")
    if not 0 < len(text) <= 60 or text.startswith("http") or EMAIL_OR_HANDLE.search(text) or text.lower() in CMS_ACCOUNTS or "admin" in text.lower():
        return None
    return text


def names_the_site(name: str, sites: list[str]) -> bool:
    """"CNN Business", "South Florida Sun Sentinel": the outlet, not a writer."""
    squashed_sites = {squash(site) for site in sites}
    return is_site_name(name, sites) or any(squash(t) in squashed_sites for t in name.split())


def split_byline(pieces: Iterable[str]) -> list[str]:
    """Name-sized parts of a byline's text pieces, stopping where the list of writers ends.

    "By A and B, CNN | Senior Writer" -> ["A", "B"]: a list item that starts with an organization is
    dropped before "and" is split, so "Institute of Allergy and Infectious Diseases" is one (dropped) item.
    Pieces from different elements stay apart, so a name ends where its element ends.
    """
    text = END_OF_WRITERS.sub("", norm_space(f" {PIECE} ".join(pieces)))
    parts = []
    for item in LIST_SPLIT.split(text):
        names = [part for part in NAME_SPLIT.split(item) if part.strip(f" {PIECE}")]
        if names and not (ORG_WORDS.search(names[0]) and person_name(names[0]) is None):
            parts += names
    return parts


def people_in(pieces: Iterable[str], sites: list[str]) -> list[str]:
    """The distinct people a byline's text pieces name, the outlet left out."""
    return unique(n for n in map(person_name, split_byline(pieces)) if n and not names_the_site(n, sites))


def visible_pieces(el: HtmlElement) -> list[str]:
    """Text pieces of an element, "|" between blocks, without screen-reader labels, dates, menus and the like."""
    pieces: list[str] = []

    def walk(node: HtmlElement, is_root: bool = False) -> None:
        if not isinstance(node.tag, str) or node.tag in SKIPPED_TAGS:
            return
        if not is_root and HIDDEN_OR_EXTRA.search(node.get("class", "")):
            return
        block = node.tag in BLOCK_TAGS
        pieces.append("|" if block else "")
        pieces.append(node.text or "")
        for child in node:
            walk(child)
            pieces.append(child.tail or "")
        pieces.append("|" if block else "")

    walk(el, is_root=True)
    return [p for p in pieces if p.strip()]


def name_key(name: str) -> str:
    """Compare names without case, dots or accents: "José Núñez" == "Jose Nunez"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(plain.lower().replace(".", " ").split())


def unique(names: Iterable[str]) -> list[str]:
    seen, out = set(), []
    for name in names:
        key = name_key(name)
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def byline_elements(tree: HtmlElement) -> Iterator[list[str]]:
    """The visible text pieces of each element marked as a byline or author, in page order."""
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in SKIPPED_TAGS:
            continue
        marks = f"{el.get('class', '')} {el.get('id', '')}"
        if not (el.get("rel") == "author" or el.get("itemprop") == "author" or BYLINE_MARK.search(marks)):
            continue
        if NOT_A_BYLINE.search(marks) and "name" not in marks.lower():
            continue
        pieces = visible_pieces(el)
        if pieces and sum(len(p) for p in pieces) <= MAX_BYLINE_CHARS:
            yield pieces


def byline_people(bylines: Iterable[list[str]], sites: list[str]) -> list[str]:
    """People named by the first byline-like element that names any."""
    return next((names for pieces in bylines if (names := people_in(pieces, sites))), [])


def byline_organization(bylines: Iterable[list[str]]) -> Optional[str]:
    """The organization a visible byline credits when it names no person: "by University of Somewhere"."""
    for pieces in bylines:
        text = norm_space(" ".join(pieces)).strip(" |")
        if BY.match(text):
            credited = BY.sub("", END_OF_WRITERS.sub("", text)).strip(" |")
            return organization_name(LIST_SPLIT.split(credited)[0])
    return None


def is_photo_credit(el: HtmlElement) -> bool:
    """A "By ..." next to an image or in a caption credits the photographer."""
    for ancestor in list(el.iterancestors())[:3]:
        if ancestor.tag in ("figure", "figcaption") or any(child.tag in ("img", "picture") for child in ancestor):
            return True
    return False


def by_text_people(tree: HtmlElement, sites: list[str]) -> list[str]:
    """People after a visible "By" when no element is marked as a byline: <span>By <a>Jane Doe</a>, Writer</span>."""
    for text in tree.xpath("//body//text()[starts-with(normalize-space(), 'By ') or normalize-space() = 'By']"):
        el = text.getparent()
        if len(text.strip()) > MAX_BY_TEXT_CHARS or text.is_tail or el is None or el.tag in SKIPPED_TAGS or is_photo_credit(el):
            continue
        pieces = visible_pieces(el)
        if sum(len(p) for p in pieces) > MAX_BYLINE_CHARS:
            continue
        names = people_in(pieces, sites)
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
    """People in the visible byline (checked against the declared ones), else the declared people,
    else the one organization the byline or the metadata credits."""
    bylines = list(byline_elements(tree))
    from_byline = byline_people(bylines, sites) or by_text_people(tree, sites)
    declared = structured_authors(page)
    declared_people = people_in([" | ".join(declared)], sites)
    if from_byline and declared_people:
        # a byline sharing nobody with the declared authors is likely a photo credit or a related story
        shared = {name_key(n) for n in from_byline} & {name_key(n) for n in declared_people}
        return from_byline if shared else declared_people
    if from_byline or declared_people:
        return from_byline or declared_people
    organization = byline_organization(bylines) or next(filter(None, map(organization_name, declared)), None)
    return [organization] if organization else []
