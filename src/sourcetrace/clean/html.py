"""HTML pages: trafilatura for the body, our own passes for the metadata.

The page is parsed once. The metadata passes read that tree (metadata.read_page_meta
collects <meta>, JSON-LD, <h1>s; html_title, html_authors and html_dates choose among
them), trafilatura extracts the body from its own copy, html_body corrects the body,
and htmldate is only asked when the page declares no publication date.
"""
from __future__ import annotations

import re
from typing import Optional

import trafilatura
from trafilatura.utils import load_html

from ..models import Article, Document
from .dates import is_stale
from .html_authors import find_authors
from .html_body import drop_date_lines, drop_leading_title, drop_teasers, merge_split_body
from .html_dates import choose_page_date, choose_published, published_source
from .html_title import choose_title, is_site_name, meta_titles, site_names
from .metadata import PageMeta, domain_of, ld_names, norm_space, read_page_meta
from .release import bare_label, exclusive_label, release_heading, release_section

TAGLINE = re.compile(r"\s+[|–—-]\s+")
LANG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]|$)")


def extract_html(doc: Document) -> Article:
    tree = load_html(doc.content)
    if tree is None:
        return Article(text="", url=doc.url, warnings=["the page has no parsable HTML"])
    page = read_page_meta(tree)
    url = page.canonical or page.first("og:url") or doc.url
    outlet = find_outlet(page, url)
    sites = site_names(page, outlet, domain_of(url))
    section = find_section(page, sites)
    title = choose_title(page, sites, section)
    authors = find_authors(tree, page, sites)
    published = choose_published(tree, page)
    source = published_source(tree, page, published)
    page_date = choose_page_date(tree, page, published)
    merge_split_body(tree)  # changes the tree: after every pass that reads it as the page shows it
    paragraphs = extract_paragraphs(tree, url)
    paragraphs = drop_leading_title(paragraphs, [title, *meta_titles(page)])
    paragraphs = drop_teasers(paragraphs)
    paragraphs = drop_date_lines(paragraphs)
    release = release_section(section) or release_heading(paragraphs[:1])  # "FOR IMMEDIATE RELEASE" opening it
    exclusive = exclusive_label([title or "", *meta_titles(page), *paragraphs[:1]])  # "Exclusive: ...", "EXCLUSIVE"
    if paragraphs and bare_label(paragraphs[0]):
        paragraphs = paragraphs[1:]
    return Article(
        text="\n\n".join(paragraphs),
        title=title,
        url=url,
        outlet=outlet,
        authors=authors,
        section=section,
        published=published,
        published_source=source,
        page_date=page_date,
        stale=is_stale(page_date, published),
        release=release,
        exclusive=exclusive,
        language=find_language(page),
        warnings=[] if paragraphs else ["no article text found in the page"],
    )


def extract_paragraphs(tree, url: Optional[str]) -> list[str]:
    """trafilatura's main text, one paragraph per block; favor_precision measured best on the dev pages."""
    result = trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False, favor_precision=True)
    lines = (result.text or "").splitlines() if result else []
    return [line.strip() for line in lines if line.strip()]


def find_outlet(page: PageMeta, url: Optional[str]) -> Optional[str]:
    """The site's name without its tagline ("Example News | Your daily news platform"), else the domain."""
    name = page.first("og:site_name", "application-name", "publisher", "twitter:site:name")
    if not name or name.startswith(("@", "http")):
        ld = page.article_ld() or {}
        names = ld_names(ld.get("publisher"))
        name = names[0][1] if names else None
    name = TAGLINE.split(norm_space(name))[0] if name else None
    return name or domain_of(url)


def find_section(page: PageMeta, sites: list[str]) -> Optional[str]:
    """The JSON-LD articleSection, else article:section and kin, else the second breadcrumb; not the site's name."""
    value = (page.article_ld() or {}).get("articleSection")
    section = value[0] if isinstance(value, list) and value else value
    if not isinstance(section, str) or not section.strip():
        section = page.first("article:section", "section", "parsely-section", "category") or breadcrumb_section(page)
    if not isinstance(section, str) or not section.strip() or is_site_name(section, sites, partial=False):
        return None
    return norm_space(section)


def breadcrumb_section(page: PageMeta) -> Optional[str]:
    for obj in page.json_ld:
        if obj.get("@type") == "BreadcrumbList" and isinstance(obj.get("itemListElement"), list):
            crumbs = [c for c in obj["itemListElement"] if isinstance(c, dict)]
            names = [n for c in crumbs for _, n in ld_names(c.get("item") if isinstance(c.get("item"), dict) else c)]
            if len(names) >= 3:  # Home > Section > ... > Story
                return names[1]
    return None


def find_language(page: PageMeta) -> Optional[str]:
    m = LANG.match(page.lang or "")
    return m.group(1).lower() if m else None
