"""The headline: the visible <h1> when it matches what the page's metadata calls its title.

Meta titles (<title>, og:title, JSON-LD headline) are often SEO variants or carry the
site's name ("Title | Site", "Title - The Site"); the <h1> is what readers see.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from .metadata import PageMeta

WORD = re.compile(r"\w+")
# " | ", " - ", " – ", " — ", " :: ", " • ", " · " and " : " between a title and a site or section name
SEPARATOR = re.compile(r"(\s+(?:\||-|–|—|::|•|·|»|:)\s+)")
KICKERS = {"opinion", "analysis", "editorial", "commentary", "review", "exclusive", "breaking", "live", "watch", "video", "perspective"}
MIN_MATCH = 0.5  # share of words an <h1> must share with a meta title to count as the headline
MIN_MATCH_ONLY_H1 = 0.25  # a lone, long <h1> may be a rewrite of the SEO title


def words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def squash(text: str) -> str:
    """Letters and digits only, lower-cased: "The Daily-Example" -> "thedailyexample", as in a domain."""
    return "".join(WORD.findall(text.lower()))


def similarity(a: str, b: str) -> float:
    """Dice coefficient of the two word sets."""
    wa, wb = words(a), words(b)
    return 2 * len(wa & wb) / (len(wa) + len(wb)) if wa and wb else 0.0


def site_names(page: PageMeta, outlet: Optional[str], domain: Optional[str]) -> list[str]:
    names = [outlet or "", page.first("og:site_name", "application-name", "apple-mobile-web-app-title") or ""]
    if domain:
        names.append(domain)
        names.append(domain.split(".")[-2] if domain.count(".") >= 1 else domain)
    return [n for n in names if n]


def is_site_name(segment: str, names: Iterable[str], partial: bool = True) -> bool:
    """True if a title segment names the site: "The Guardian" for theguardian.com, "CNN", "Forbes India".

    partial also accepts a segment that contains the name ("news.com.au — Australia's leading news site"),
    which is right for a segment after a separator but not for a whole headline that mentions the site.
    """
    seg = squash(segment)
    if not seg:
        return False
    for name in names:
        squashed = squash(name)
        if squashed and (seg == squashed or seg in squashed or (partial and len(squashed) >= 4 and squashed in seg)):
            return True
    return False


def strip_site_affixes(title: str, names: Iterable[str], section: Optional[str] = None) -> str:
    """Drop leading/trailing segments that name the site or section: "Title | Section | Site" -> "Title"."""
    names, sections = list(names), [section] if section else []

    def removable(segment: str) -> bool:
        return is_site_name(segment, names) or is_site_name(segment, sections) or segment.lower() in KICKERS

    parts = SEPARATOR.split(title)  # text, separator, text, separator, ...
    while len(parts) > 1 and removable(parts[-1]):
        del parts[-2:]
    while len(parts) > 1 and removable(parts[0]):
        del parts[:2]
    return "".join(parts)


def meta_titles(page: PageMeta) -> list[str]:
    """Titles the page declares, most editorial first."""
    ld = page.article_ld() or {}
    headline = ld.get("headline") if isinstance(ld.get("headline"), str) else None
    candidates = [headline, page.first("og:title"), page.first("twitter:title"), page.title_tag, page.first("title", "dc.title")]
    seen, out = set(), []
    for c in candidates:
        c = " ".join((c or "").split())
        if c and c not in seen:
            seen.add(c)
            out.append(c)
    return out


def drop_kicker(h1: str, references: list[str]) -> str:
    """"Opinion Why the vote matters" -> the meta title when the <h1> only adds a short label before it."""
    for ref in references:
        if h1 != ref and h1.endswith(ref) and len(WORD.findall(h1[: -len(ref)])) <= 2:
            return ref
    return h1


def choose_title(page: PageMeta, names: list[str], section: Optional[str] = None) -> Optional[str]:
    """The <h1> most like the declared titles, else the declared title without the site's name."""
    refs = [r for r in (strip_site_affixes(t, names, section) for t in meta_titles(page)) if not is_site_name(r, names, partial=False)]
    h1s = [h for h in page.h1s if not is_site_name(h, names, partial=False)]
    if refs and h1s:
        scored = sorted(((max(similarity(h, r) for r in refs), -i, h) for i, h in enumerate(h1s)), reverse=True)
        best_score, _, best = scored[0]
        lone_long_h1 = len(h1s) == 1 and len(WORD.findall(best)) >= 4
        if best_score >= MIN_MATCH or (lone_long_h1 and best_score >= MIN_MATCH_ONLY_H1):
            return drop_kicker(best, refs)
    if refs:
        return consensus(refs)
    return h1s[0] if h1s else None


def consensus(titles: list[str]) -> str:
    """The declared title the others agree with most (a stray JSON-LD headline loses), first on ties."""
    scores = [sum(similarity(t, other) for other in titles) for t in titles]
    return titles[scores.index(max(scores))]
