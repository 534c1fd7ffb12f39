"""Plain data objects that flow between the stages: ingest -> clean -> attribution -> store.

Every span is a pair of character offsets into ``Article.text`` (or into ``Article.title`` for an
attribution whose ``part`` is "title") so that each stage, the store and the web page all speak about
the same characters.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Literal, Optional

InputKind = Literal["html", "text"]


@dataclass
class FeedMeta:
    """What a feed record states about its article (news-please or RSS-like keys), as given."""

    title: Optional[str] = None
    outlet: Optional[str] = None  # a name ("NBC News") or a domain ("nbcnews.com")
    published: Optional[str] = None  # as written in the record: "2021-11-10 08:12:00", ISO 8601, RFC 2822
    authors: list[str] = field(default_factory=list)
    language: Optional[str] = None


@dataclass
class Document:
    """One raw input as it arrived, decoded to text, before any cleaning."""

    input: str  # the path, plus "#N" for the N-th record of a WARC or JSONL file
    content: str
    kind: InputKind
    url: Optional[str] = None
    fetched: Optional[str] = None  # when it was crawled (WARC-Date), ISO 8601
    feed: Optional[FeedMeta] = None  # metadata a JSONL record gives next to the text


class SetupError(RuntimeError):
    """The installation lacks something (a model package, a reachable database); the message says what to run."""


REINSTALL = "run `make setup` (or `.venv/bin/pip install -e .`)"  # what fixes a missing or broken package


@dataclass
class InputError:
    """An input that could not be read; the batch goes on without it."""

    input: str
    reason: str

    def __str__(self) -> str:
        return f"{self.input}: {self.reason}"


@dataclass
class Article:
    """A clean article: the body and what we know about it."""

    text: str  # the clean body, paragraphs separated by blank lines
    title: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    authors: list[str] = field(default_factory=list)
    section: Optional[str] = None
    page_date: Optional[str] = None  # the date the page shows (ISO date)
    published: Optional[str] = None  # ISO date, or YYYY-MM when only the month is known
    published_source: Optional[Literal["meta", "text", "estimate"]] = None
    stale: bool = False  # the page date is long after the story was published
    release: Optional[str] = None  # the release heading the page carries ("News release"): the issuer's own words
    exclusive: Optional[str] = None  # the label by which its outlet says it is first with the story ("EXCLUSIVE")
    language: Optional[str] = None
    warnings: list[str] = field(default_factory=list)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.title, self.text)

    def to_dict(self) -> dict:
        return asdict(self)


def content_id(title: Optional[str], text: str) -> str:
    """A stable id from the normalised title and body: the same story gets the same id."""
    norm = " ".join(((title or "") + "\n" + text).split()).lower()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


Span = tuple[int, int]
Part = Literal["body", "title"]
CONTENT_GAP = " … "  # between the pieces of an interrupted utterance ("“A,” X said, “B.”" -> "A … B.")


def joined(text: str, spans: list[Span]) -> str:
    """The content as read: its pieces in order, with a visible gap where the frame interrupted it."""
    return CONTENT_GAP.join(text[start:end] for start, end in spans)


@dataclass
class Source:
    """Who a statement is attributed to."""

    text: str  # as written at this mention ("the prime minister")
    kind: Literal["person", "anonymous", "organization", "government", "outlet", "document"]
    name: Optional[str] = None  # resolved name ("Mustafa Al-Kadhimi")
    affiliation: Optional[str] = None  # for anonymous sources ("US Defense Department")
    span: Optional[Span] = None


@dataclass
class Attribution:
    """One statement attributed to one source, with the span of each part.

    One utterance is one attribution even when the frame interrupts it ("“A,” X said, “B.”"): its
    content has one span per piece, in text order, and ``content`` joins them for display. The
    spans point into the article's body, or into its title when ``part`` is "title".
    """

    source: Source
    cue: str
    content: str
    quote: Literal["direct", "indirect", "mixed"]
    stance: Literal["assert", "deny"] = "assert"
    hedge: Optional[str] = None
    hedge_probability: Optional[str] = None  # ICD-203 band, e.g. "55-80%"
    medium: Optional[str] = None
    cites: Optional[str] = None
    cue_span: Optional[Span] = None
    content_spans: list[Span] = field(default_factory=list)
    medium_span: Optional[Span] = None
    part: Part = "body"
    id: str = ""

    @property
    def content_span(self) -> Optional[Span]:
        """From the content's first character to its last (the frame included when it interrupts)."""
        return (self.content_spans[0][0], self.content_spans[-1][1]) if self.content_spans else None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Entity:
    """A named entity the parse found in the article text (spaCy label: PERSON, ORG, GPE, ...)."""

    start: int
    end: int
    label: str
    text: str


@dataclass
class Analysis:
    """What `analyze` returns for one input: the body's attributions (spans into ``article.text``) and,
    apart, the headline's (spans into ``article.title``), so a headline restating the lede is not
    counted as a second statement of the body."""

    input: str
    article: Article
    attributions: list[Attribution] = field(default_factory=list)
    entities: Optional[list[Entity]] = None  # None when not parsed here (e.g. rebuilt from the store)
    title_attributions: list[Attribution] = field(default_factory=list)

    def all_attributions(self) -> list[Attribution]:
        """Body then title: the order the store numbers them in."""
        return self.attributions + self.title_attributions

    def to_dict(self, with_input: bool = False) -> dict:
        out = {"article": self.article.to_dict(), "attributions": [a.to_dict() for a in self.attributions],
               "title_attributions": [a.to_dict() for a in self.title_attributions]}
        return {"input": self.input, **out} if with_input else out
