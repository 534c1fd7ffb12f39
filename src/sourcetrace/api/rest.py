"""The JSON API under /api: reads are open, writes need the bearer token."""
from __future__ import annotations

import hmac
from typing import Annotated, Generic, Literal, Optional, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field, model_validator

from ..models import Document, Part
from ..store import AttributionFilter, Store
from ..store.query import SPEAKER_KINDS, STANCES, check_date
from .analysis import Busy, Gone, Refused

router = APIRouter(prefix="/api")
T = TypeVar("T")
Stance = Literal[STANCES]
SpeakerKind = Literal[SPEAKER_KINDS]
Limit = Annotated[int, Query(ge=1, le=500, description="Page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
MAX_ID = 2**63 - 1  # a database row id is a signed 64-bit integer
RowId = Annotated[Optional[int], Query(ge=0, le=MAX_ID)]
DateBound = Annotated[Optional[str], Query(description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive")]


class Page(BaseModel, Generic[T]):
    total: int
    limit: int
    offset: int
    items: list[T]


class AttributionOut(BaseModel):
    id: str
    article_id: str
    article_title: Optional[str]
    outlet: Optional[str]
    date: Optional[str]
    position: int
    speaker_id: int
    source_text: str
    source_name: Optional[str]
    source_kind: str
    affiliation: Optional[str]
    cue: str
    content: str
    quote: str
    stance: str
    hedge: Optional[str]
    hedge_probability: Optional[str]
    medium: Optional[str]
    cites: Optional[str]
    part: Part = Field(description="which text the spans point into: the article's text or its title")
    source_span: Optional[list[int]]
    cue_span: Optional[list[int]]
    content_spans: list[list[int]] = Field(description="one [start, end] per piece of what was said, in order")
    medium_span: Optional[list[int]]


class MentionOut(BaseModel):
    id: int
    name: str
    label: str
    start: int
    end: int


class ArticleAttributionOut(AttributionOut):
    entities: list[MentionOut]


class ArticleSummary(BaseModel):
    id: str
    title: Optional[str]
    url: Optional[str]
    outlet: Optional[str]
    authors: list[str]
    section: Optional[str]
    page_date: Optional[str]
    published: Optional[str]
    published_source: Optional[str]
    stale: bool
    release: Optional[str]
    exclusive: Optional[str]
    language: Optional[str]
    date: Optional[str]
    pipeline_version: str
    attribution_count: int


class ArticleOut(ArticleSummary):
    text: str
    warnings: list[str]
    attributions: list[ArticleAttributionOut]


class SpeakerOut(BaseModel):
    id: int
    name: str
    kind: str
    affiliation: Optional[str]
    attributions: int
    articles: int


class EntityOut(BaseModel):
    id: int
    name: str
    label: str
    mentions: int


class SearchOut(BaseModel):
    query: str
    articles: Page[ArticleSummary]
    attributions: Page[AttributionOut]


class DocumentIn(BaseModel):
    """One page to analyze: its HTML or its text, and where it came from."""

    html: Optional[str] = Field(None, max_length=5_000_000)
    text: Optional[str] = Field(None, max_length=5_000_000)
    url: Optional[str] = Field(None, max_length=4096)

    @model_validator(mode="after")
    def one_body(self) -> "DocumentIn":
        if (self.html is None) == (self.text is None):
            raise ValueError("give exactly one of 'html' or 'text'")
        return self

    def document(self) -> Document:
        kind = "html" if self.html is not None else "text"
        return Document(input=self.url or "api", content=self.html or self.text or "", kind=kind, url=self.url)


class StoredOut(BaseModel):
    id: str
    outcome: Literal["stored", "replaced", "unchanged"]
    attributions: int


def get_store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]


def dates(since: DateBound = None, until: DateBound = None) -> tuple[Optional[str], Optional[str]]:
    try:
        return (check_date(since) if since else None, check_date(until) if until else None)
    except ValueError as err:
        raise HTTPException(422, str(err))


Dates = Annotated[tuple[Optional[str], Optional[str]], Depends(dates)]
bearer = HTTPBearer(auto_error=False)


def require_token(request: Request,
                  credentials: Annotated[Optional[HTTPAuthorizationCredentials], Depends(bearer)]) -> None:
    """Writes are refused outright unless the server was given a token, and need that token."""
    expected = request.app.state.token
    if not expected:
        raise HTTPException(403, "writes are disabled: the server has no SOURCETRACE_API_TOKEN")
    if credentials is None or not hmac.compare_digest(credentials.credentials.encode(), expected.encode()):
        raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})


@router.get("/articles", response_model=Page[ArticleSummary])
def list_articles(store: StoreDep, period: Dates, q: Optional[str] = None, outlet: Optional[str] = None,
                  limit: Limit = 20, offset: Offset = 0):
    """Stored articles, newest first; `q` searches title and text."""
    return store.articles(q, outlet, *period, limit=limit, offset=offset).to_dict()


@router.get("/articles/{article_id}", response_model=ArticleOut)
def get_article(article_id: str, store: StoreDep):
    """One article with its text and every attribution (spans are offsets into `text`, or into `title` for
    an attribution whose `part` is "title")."""
    article = store.article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return article


@router.get("/attributions", response_model=Page[AttributionOut])
def list_attributions(store: StoreDep, period: Dates, q: Optional[str] = None,
                      speaker: Optional[str] = None, speaker_id: RowId = None, about: Optional[str] = None,
                      entity_id: RowId = None, stance: Optional[Stance] = None,
                      kind: Optional[SpeakerKind] = None, outlet: Optional[str] = None, medium: Optional[str] = None,
                      article_id: Optional[str] = None, part: Optional[Part] = None, limit: Limit = 20,
                      offset: Offset = 0):
    """Who said what: full text `q` in what was said, what a `speaker` said, what was said `about` an entity;
    `part=title` keeps what headlines attribute, `part=body` what article bodies do."""
    f = AttributionFilter(text=q, speaker=speaker, speaker_id=speaker_id, about=about, entity_id=entity_id,
                          stance=stance, kind=kind, outlet=outlet, medium=medium, since=period[0], until=period[1],
                          article_id=article_id, part=part)
    return store.attributions(f, limit, offset).to_dict()


@router.get("/speakers", response_model=Page[SpeakerOut])
def list_speakers(store: StoreDep, name: Optional[str] = None, kind: Optional[SpeakerKind] = None,
                  limit: Limit = 20, offset: Offset = 0):
    """Speakers, most quoted first. Anonymous sources are one speaker per article."""
    return store.speakers(name, kind, limit, offset).to_dict()


@router.get("/entities", response_model=Page[EntityOut])
def list_entities(store: StoreDep, name: Optional[str] = None, limit: Limit = 20, offset: Offset = 0):
    """Entities named in what was said, most mentioned first."""
    return store.entities(name, limit, offset).to_dict()


@router.get("/search", response_model=SearchOut)
def search(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=500)], limit: Limit = 20,
           offset: Offset = 0):
    """Full-text search over articles and over what was said."""
    return store.search(q, limit, offset)


@router.post("/analyze")
async def analyze(doc: DocumentIn, request: Request,
                  credentials: Annotated[Optional[HTTPAuthorizationCredentials], Depends(bearer)]) -> dict:
    """Analyze one document and return the analysis, storing nothing. Runs in a pool of its own:
    429 with Retry-After when it is full, 422 past the time budget."""
    if request.app.state.analyze_needs_token:
        require_token(request, credentials)
    try:
        return await request.app.state.analysis.analyze(doc.document(), request.is_disconnected)
    except Busy as err:
        raise HTTPException(429, str(err), headers={"Retry-After": str(err.retry_after)})
    except Refused as err:
        raise HTTPException(422, str(err))
    except Gone:
        raise HTTPException(408, "the client disconnected; the analysis was dropped")


@router.post("/articles", response_model=StoredOut, status_code=201, dependencies=[Depends(require_token)])
def ingest(doc: DocumentIn, request: Request):
    """Analyze and store one document (needs `Authorization: Bearer <SOURCETRACE_API_TOKEN>`)."""
    ingestion = request.app.state.ingestion
    try:
        analysis = ingestion.analyze(doc.document())
    except ValueError as err:
        raise HTTPException(422, str(err))
    outcome = ingestion.store(analysis)
    return StoredOut(id=analysis.article.id, outcome=outcome, attributions=len(analysis.all_attributions()))
