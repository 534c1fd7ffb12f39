"""POST /api/analyze runs here: a few processes of its own, apart from the write path, behind a short queue.

Open analysis must not starve the server. Each worker process loads the models once and analyzes
one document at a time; the server only waits on a pipe, so GETs and authorised writes go on. When
every worker is busy and the queue is full the request is refused at once (429 with Retry-After).
A worker that outlives the time budget, or whose client has gone, is killed and replaced, which
also frees its memory; closing the pool kills them all, so the server stops within seconds.
"""
from __future__ import annotations

import asyncio
import math
import multiprocessing
import os
import time
from multiprocessing.connection import Connection
from typing import Awaitable, Callable, Optional

from ..models import Document

START_TIMEOUT = 180.0  # seconds for a new worker to load its models
POLL = 0.1  # seconds between looks at the pipe, the clock and the client


class Busy(Exception):
    """Every worker is busy and the queue is full."""

    def __init__(self, retry_after: int):
        super().__init__(f"the analysis queue is full; retry in {retry_after} s")
        self.retry_after = retry_after


class Refused(ValueError):
    """The document cannot be analyzed (bad input, or over its time budget)."""


class Gone(Exception):
    """The client disconnected; its analysis was dropped."""


class Worker:
    """One analysis process and the parent's end of its pipe."""

    def __init__(self, time_budget: float):
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=serve, args=(child, time_budget), daemon=True, name="sourcetrace-analyze")
        self.process.start()
        child.close()
        self.ready = False

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class AnalysisPool:
    def __init__(self, workers: int = 1, queue: int = 4, time_budget: float = 30.0):
        self.workers, self.queue, self.time_budget = max(1, workers), max(0, queue), time_budget
        self._idle: list[Worker] = []
        self._slots: Optional[asyncio.Semaphore] = None
        self._admitted = 0  # running or queued
        self._recent = 2.0  # seconds, a running mean of recent analyses, for Retry-After

    async def analyze(self, doc: Document, gone: Callable[[], Awaitable[bool]]) -> dict:
        """The analysis as a dict; Busy, Refused or Gone otherwise."""
        if self._admitted >= self.workers + self.queue:
            raise Busy(max(1, math.ceil(self._recent * self._admitted / self.workers)))
        self._slots = self._slots or asyncio.Semaphore(self.workers)
        self._admitted += 1
        try:
            async with self._slots:
                if await gone():
                    raise Gone()
                return await self._run(doc, gone)
        finally:
            self._admitted -= 1

    async def _run(self, doc: Document, gone: Callable[[], Awaitable[bool]]) -> dict:
        worker = self._idle.pop() if self._idle else Worker(self.time_budget)
        started = time.monotonic()
        try:
            if not worker.ready:
                await wait(worker, started + START_TIMEOUT, gone)
                worker.conn.recv()
                worker.ready = True
                started = time.monotonic()
            worker.conn.send(doc)
            await wait(worker, started + self.time_budget + 5, gone)  # the worker keeps the budget; this is a backstop
            status, payload = worker.conn.recv()
        except BaseException:  # over time, client gone, server stopping, worker died: the process goes
            worker.kill()
            raise
        self._idle.append(worker)
        self._recent = 0.8 * self._recent + 0.2 * (time.monotonic() - started)
        if status != "ok":
            raise Refused(payload)
        return payload

    def close(self) -> None:
        """Kill the idle workers (busy ones are killed by their cancelled requests)."""
        while self._idle:
            self._idle.pop().kill()


async def wait(worker: Worker, deadline: float, gone: Callable[[], Awaitable[bool]]) -> None:
    """Until the worker has something to say; Refused past the deadline, Gone when the client left."""
    checked = time.monotonic()
    while not worker.conn.poll():
        if not worker.process.is_alive():
            raise Refused("the analysis worker died (out of memory?)")
        now = time.monotonic()
        if now > deadline:
            raise Refused("analysis took longer than its time budget; split the document")
        if now - checked > 0.5:
            checked = now
            if await gone():
                raise Gone()
        await asyncio.sleep(POLL)


def serve(conn: Connection, time_budget: float) -> None:
    """A worker process: load the models, say so, then analyze what comes until the pipe closes."""
    from ..attribution import OverBudget
    from ..pipeline import Analyzer

    os.nice(10)  # the server's own requests come first on a busy machine
    analyzer = Analyzer(time_budget=time_budget)
    analyzer.extractor.nlp
    conn.send("ready")
    while True:
        try:
            doc = conn.recv()
        except EOFError:
            return
        try:
            conn.send(("ok", analyzer.analyze(doc).to_dict()))
        except (ValueError, OverBudget) as err:  # bad input, no article text, over the time budget
            conn.send(("refused", str(err)))
        except Exception as err:  # noqa: BLE001 - the one document failed, the worker goes on
            conn.send(("refused", f"analysis failed: {type(err).__name__}: {err}".splitlines()[0][:300]))
