"""The web page: server-rendered, autoescaped templates over the same queries as the API."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader

from ..store import AttributionFilter
from .highlight import highlight
from .rest import MAX_ID, StoreDep

HERE = Path(__file__).parent
PAGE_SIZE = 25
templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True,
                        lstrip_blocks=True)
router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
RowId = Annotated[int, PathParam(ge=0, le=MAX_ID)]


def render(name: str, status_code: int = 200, **context) -> HTMLResponse:
    return HTMLResponse(templates.get_template(name).render(**context), status_code=status_code)


@router.get("/")
def home(store: StoreDep):
    return render("index.html", counts=store.counts(), articles=store.articles(limit=15).items,
                  speakers=store.speakers(limit=15).items, entities=store.entities(limit=15).items)


@router.get("/search")
def search(store: StoreDep, q: Annotated[str, Query(max_length=500)] = "", offset: Offset = 0):
    results = store.search(q, PAGE_SIZE, offset) if q.strip() else None
    return render("search.html", q=q, results=results, offset=offset, page_size=PAGE_SIZE)


@router.get("/articles/{article_id}")
def article(article_id: str, store: StoreDep):
    found = store.article(article_id)
    if found is None:
        raise HTTPException(404, "No such article.")
    atts = found["attributions"]
    return render("article.html", article=found, body=highlight(found["text"], atts),
                  title=highlight(found["title"], atts, "title") if found["title"] else None)


@router.get("/speakers/{speaker_id}")
def speaker(speaker_id: RowId, store: StoreDep, offset: Offset = 0):
    return said_page(store, "speaker", store.speaker(speaker_id), AttributionFilter(speaker_id=speaker_id), offset)


@router.get("/entities/{entity_id}")
def entity(entity_id: RowId, store: StoreDep, offset: Offset = 0):
    return said_page(store, "entity", store.entity(entity_id), AttributionFilter(entity_id=entity_id), offset)


def said_page(store, kind: str, found: Optional[dict], said: AttributionFilter, offset: int) -> HTMLResponse:
    """A speaker's or an entity's page: who or what it is, then a page of what was said (by it, or about it)."""
    if found is None:
        raise HTTPException(404, f"No such {kind}.")
    page = store.attributions(said, PAGE_SIZE, offset)
    return render(f"{kind}.html", **{kind: found}, said=page, offset=offset, page_size=PAGE_SIZE)


@router.get("/docs")
def docs(request: Request):
    """The API reference, rendered from the OpenAPI schema here (no external assets)."""
    return render("docs.html", schema=request.app.openapi())


def error_page(status_code: int, message: Optional[str]) -> HTMLResponse:
    return render("error.html", status_code=status_code, status=status_code, message=message or "Something went wrong.")
