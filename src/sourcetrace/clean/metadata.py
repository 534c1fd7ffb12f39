"""Read what a page says about itself: <meta> tags, JSON-LD, headings, canonical link.

One pass over the parsed tree collects the raw signals; the title, author and date
passes (html_title, html_authors, html_dates) then choose among them.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html import unescape
from typing import Iterator, Optional
from urllib.parse import urlparse

from lxml.html import HtmlElement

ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report|NewsArticle|Posting|WebPage|Review|Recipe|Story", re.I)
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass
class PageMeta:
    """The raw metadata signals of one page, read once."""

    meta: dict[str, list[str]] = field(default_factory=dict)  # lower-cased name/property -> contents
    json_ld: list[dict] = field(default_factory=list)  # every JSON-LD object, nested ones included
    title_tag: Optional[str] = None
    h1s: list[str] = field(default_factory=list)
    canonical: Optional[str] = None
    lang: Optional[str] = None

    def first(self, *names: str) -> Optional[str]:
        """The first non-empty content among these meta names, in the order given."""
        for name in names:
            for value in self.meta.get(name, []):
                if value:
                    return value
        return None

    def article_ld(self) -> Optional[dict]:
        """The JSON-LD object that describes the article itself (the first with a headline)."""
        articles = [o for o in self.json_ld if ARTICLE_TYPES.search(" ".join(ld_types(o)))]
        for obj in articles:
            if obj.get("headline"):
                return obj
        return articles[0] if articles else None


def norm_space(text: Optional[str]) -> str:
    return " ".join(unescape(CONTROL_CHARS.sub("", text or "")).split())


def read_page_meta(tree: HtmlElement) -> PageMeta:
    page = PageMeta()
    for el in tree.iter("meta"):
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if name and content is not None:
            page.meta.setdefault(name, []).append(norm_space(content))
    for script in tree.iter("script"):
        if "ld+json" in (script.get("type") or "").lower() and script.text:
            page.json_ld.extend(_ld_objects(_parse_json(script.text)))
    title = tree.find(".//title")
    page.title_tag = norm_space(title.text_content()) if title is not None else None
    page.h1s = [t for t in (norm_space(h.text_content()) for h in tree.iter("h1")) if t][:12]
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href", "").startswith("http"):
            page.canonical = link.get("href").strip()
            break
    root = tree.getroottree().getroot()
    page.lang = root.get("lang") or root.get("xml:lang") or page.first("og:locale", "content-language", "language")
    return page


def ld_types(obj: dict) -> list[str]:
    kind = obj.get("@type")
    return [str(k) for k in kind] if isinstance(kind, list) else [str(kind or "")]


def ld_names(value) -> list[tuple[str, str]]:
    """(type, name) pairs of a JSON-LD person/organization value, which may be a string, object or list."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(("", norm_space(item)))
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            out.append((" ".join(ld_types(item)), norm_space(item["name"])))
    return [(kind, name) for kind, name in out if name]


def domain_of(url: Optional[str]) -> Optional[str]:
    host = urlparse(url or "").hostname or ""
    return host[4:] if host.startswith("www.") else (host or None)


def _parse_json(text: str):
    try:
        return json.loads(text)
    except ValueError:
        try:  # some sites leave raw newlines or a trailing semicolon in their JSON-LD
            return json.loads(text.strip().rstrip(";").replace("\n", " "))
        except ValueError:
            return None


def _ld_objects(data) -> Iterator[dict]:
    """Every object in a JSON-LD document, with @graph and nesting flattened (articles first as written)."""
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item)
    elif isinstance(data, dict):
        yield data
        for key, value in data.items():
            if key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart") and isinstance(value, (list, dict)):
                yield from _ld_objects(value)
