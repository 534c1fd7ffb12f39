"""Which outlet a name or domain stands for: "told NBC News", "according to NBC", nbcnews.com.

The alias table (data/outlets.tsv) is data a reader can extend; an outlet it does not list
still matches an article whose outlet name or domain is spelled the same way
("OkeyNews" ~ okeynews.com), compared without case, spaces, "the" and the TLD.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from typing import Iterable, Optional

from spacy.lang.en.stop_words import STOP_WORDS

from ..clean.metadata import domain_of
from ..models import Article

LEADING_THE = re.compile(r"^the\s+", re.I)
POSSESSIVE = re.compile(r"['’]s?$")
NON_WORD = re.compile(r"[^\w.]+")
SECOND_LEVEL = frozenset("co com org net ac gov".split())


def norm(name: str) -> str:
    """'The Washington Post's' -> 'washington post'; 'www.nbcnews.com' -> 'nbcnews.com'."""
    name = POSSESSIVE.sub("", LEADING_THE.sub("", " ".join(name.split()).strip(" .,;:")))
    name = name.lower()
    return name[4:] if name.startswith("www.") else name


@lru_cache(maxsize=1)
def alias_table() -> dict[str, str]:
    """Normalised alias -> canonical outlet name, read once from data/outlets.tsv."""
    table: dict[str, str] = {}
    for line in files(__package__).joinpath("data", "outlets.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, aliases = line.split("\t")
        for alias in [canonical, *aliases.split("|")]:
            table[norm(alias)] = canonical
    return table


def outlet_key(name: Optional[str]) -> Optional[str]:
    """One key per outlet: the canonical name's key when the table knows the name, else the bare
    name (a domain loses its TLD: okeynews.com -> okeynews), without spaces or punctuation."""
    if not name or not name.strip():
        return None
    key = norm(name)
    key = norm(alias_table().get(key, key))
    if "." in key and " " not in key:  # a domain the table does not know
        labels = key.split("/")[0].split(".")[:-1]  # without the TLD
        while len(labels) > 1 and labels[-1] in SECOND_LEVEL:
            labels.pop()  # news.okeynews.co.uk -> okeynews
        key = labels[-1]
    return NON_WORD.sub("", key.replace(".", "")) or None


def article_outlets(article: Article) -> set[str]:
    """The keys an article answers to: its outlet's name and its URL's domain."""
    return {k for k in (outlet_key(article.outlet), outlet_key(domain_of(article.url))) if k}


def outlet_name(article: Article) -> Optional[str]:
    """The outlet as the alias table names it ("nbcnews.com" -> "NBC News"), else as the article does."""
    table = alias_table()
    for name in (article.outlet, domain_of(article.url)):
        if name and norm(name) in table:
            return table[norm(name)]
    return article.outlet or domain_of(article.url)


def short_names(names: Iterable[Optional[str]]) -> dict[str, set[str]]:
    """Each name an outlet may be cut to, its first or last words ("Herald" for "Eastport Herald", "Aske Valley"
    for "Aske Valley Post"), normalised -> the outlets among `names` it may stand for (`resolve_short`)."""
    found: dict[str, set[str]] = {}
    for name in {n for n in names if n}:
        words = norm(name).split()
        for k in range(1, len(words)):
            for part in (words[:k], words[-k:]):
                found.setdefault(" ".join(part), set()).add(name)
        if len(initials := "".join(w[0] for w in words if w not in STOP_WORDS)) >= MIN_INITIALS:
            found.setdefault(initials, set()).add(name)  # "SNA" for the Skerry News Agency
    return found


MIN_INITIALS = 3  # "BT" may be anything; "SNA" in a story that names the Skerry News Agency is that agency


def resolve_short(name: str, shortened: dict[str, set[str]], text: str) -> Optional[str]:
    """The outlet a short name stands for: the one outlet it may stand for, else the one of them the article
    names in full ("the Post" in an article that names the Skelby Post elsewhere); else none. A function word cut
    from a name is no short name of it without "the": "One said" names no outlet, however "NRT One" ends."""
    key = norm(name)
    if key in STOP_WORDS and not LEADING_THE.match(name.strip()):
        return None
    full = shortened.get(key, set())
    if len(full) > 1:
        full = {f for f in full if re.search(rf"\b{re.escape(norm(f))}\b", text, re.I)}
    return next(iter(full)) if len(full) == 1 else None
