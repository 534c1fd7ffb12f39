"""The HTTP service: the JSON API under /api and the web page, from one FastAPI app.

    app = create_app(Store.open("sourcetrace.db"))   # then: uvicorn, or `sourcetrace serve`
"""
from __future__ import annotations

import os
import threading
from contextlib import asynccontextmanager
from typing import Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..link.stored import StoredLinks
from ..models import Analysis, Document
from ..pipeline import Analyzer
from ..store import EntityFinder, Store
from ..store.ingester import Ingester
from ..store.writer import Outcome
from . import links, rest, web
from .analysis import AnalysisPool
from .guard import BODY_TIMEOUT, SECURITY_HEADERS, RequestGuard


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
               token: Optional[str] = None, analysis: Optional[AnalysisPool] = None,
               analyze_needs_token: Optional[bool] = None, body_timeout: float = BODY_TIMEOUT) -> FastAPI:
    """``token`` defaults to the environment's SOURCETRACE_API_TOKEN; without one, writes are refused.

    POST /api/analyze runs in ``analysis``, a pool of its own (by default SOURCETRACE_ANALYZE_WORKERS
    processes, 1, behind a queue of SOURCETRACE_ANALYZE_QUEUE requests, 2, each with
    SOURCETRACE_ANALYZE_BUDGET seconds, 30); it is open unless ``analyze_needs_token`` (or
    SOURCETRACE_ANALYZE_NEEDS_TOKEN=1) asks for the write token there too."""
    env = os.environ.get
    analysis = analysis or AnalysisPool(int(env("SOURCETRACE_ANALYZE_WORKERS", "1")),
                                        int(env("SOURCETRACE_ANALYZE_QUEUE", "2")),
                                        float(env("SOURCETRACE_ANALYZE_BUDGET", "30")))

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        analysis.close()

    app = FastAPI(title="sourcetrace", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Who said what in the news: articles, attributions, speakers and entities.")
    app.state.store = store
    app.state.token = token if token is not None else env("SOURCETRACE_API_TOKEN")
    app.state.analyze_needs_token = (analyze_needs_token if analyze_needs_token is not None
                                     else env("SOURCETRACE_ANALYZE_NEEDS_TOKEN", "") not in ("", "0"))
    app.state.analysis = analysis
    app.state.ingestion = Ingestion(store, analyzer, finder)
    app.state.links = StoredLinks(store)
    app.include_router(rest.router)
    app.include_router(web.router)
    app.include_router(links.api)
    app.include_router(links.pages)
    app.mount("/static", StaticFiles(directory=web.HERE / "static"), name="static")

    app.add_middleware(RequestGuard, body_timeout=body_timeout)

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

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        """A bug: the same headers as every other response (this one is sent outside the middleware)."""
        return JSONResponse({"detail": "internal server error"}, status_code=500, headers=SECURITY_HEADERS)

    return app
