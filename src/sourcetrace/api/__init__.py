"""The HTTP service: the JSON API under /api and the web page, from one FastAPI app.

    app = create_app(Store.open("sourcetrace.db"))   # then: uvicorn, or `sourcetrace serve`
"""
from __future__ import annotations

import os
import threading
from typing import Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..link.stored import StoreLinks
from ..models import Analysis, Document
from ..pipeline import Analyzer
from ..store import EntityFinder, Store
from ..store.ingester import Ingester
from ..store.writer import Outcome
from . import links, rest, web

# Everything the page needs is served from here; nothing external, no inline script.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


class Ingestion:
    """The analyzer and entity finder, loaded on first use and used by one request at a time."""

    def __init__(self, store: Store, analyzer: Optional[Analyzer], finder: Optional[EntityFinder]):
        self._store, self._analyzer, self._finder = store, analyzer, finder
        self._ingester: Optional[Ingester] = None
        self._lock = threading.Lock()

    def _loaded(self) -> Ingester:
        if self._ingester is None:
            self._ingester = Ingester(self._store, self._analyzer, self._finder)
        return self._ingester

    def analyze(self, doc: Document) -> Analysis:
        with self._lock:
            return self._loaded().analyzer.analyze(doc)

    def store(self, analysis: Analysis) -> Outcome:
        with self._lock:
            return self._loaded().store_analysis(analysis)


def create_app(store: Store, analyzer: Optional[Analyzer] = None, finder: Optional[EntityFinder] = None,
               token: Optional[str] = None) -> FastAPI:
    """``token`` defaults to the environment's SOURCETRACE_API_TOKEN; without one, writes are refused."""
    app = FastAPI(title="sourcetrace", version=__version__, docs_url=None, redoc_url=None,
                  description="Who said what in the news: articles, attributions, speakers and entities.")
    app.state.store = store
    app.state.token = token if token is not None else os.environ.get("SOURCETRACE_API_TOKEN")
    app.state.ingestion = Ingestion(store, analyzer, finder)
    app.state.links = StoreLinks(store)  # its models load on the first claims or events request
    app.include_router(rest.router)
    app.include_router(web.router)
    app.include_router(links.api)
    app.include_router(links.pages)
    app.mount("/static", StaticFiles(directory=web.HERE / "static"), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return web.error_page(exc.status_code, exc.detail)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        errors = [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": errors}, status_code=422)
        return web.error_page(422, "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors))

    return app
