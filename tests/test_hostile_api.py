"""The API against a hostile client, over a real socket to a real uvicorn server on 127.0.0.1:
open analysis in a bounded pool of its own, body limits and timeouts, bad ids and NUL bytes, HEAD,
redirects, and the headers of a 500."""
from __future__ import annotations

import asyncio
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

from conftest import ROOT, free_port
from sourcetrace.api import create_app
from sourcetrace.api.analysis import AnalysisPool, Busy, Gone, Refused
from sourcetrace.models import Document
from sourcetrace.store import Store

TOKEN = "hostile-test-token"
STORY = "The port reopened on Monday, officials said. \"We are glad,\" said Mayor Jane Doe. "


@pytest.fixture
def store(tmp_path):
    s = Store.open(str(tmp_path / "api.db"))
    yield s
    s.close()


@pytest.fixture
def server(store, analyzer, entity_finder, analysis_pool):
    """A live server in a thread; yields its base URL."""
    app = create_app(store, analyzer=analyzer, finder=entity_finder, token=TOKEN, analysis=analysis_pool,
                     body_timeout=3.0)

    @app.get("/api/boom")
    def boom():
        raise RuntimeError("a bug")

    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", port
    srv.should_exit = True
    thread.join(10)


def raw(port: int, request: bytes, wait: float = 10.0) -> bytes:
    """Send bytes as they are, a MB at a time, and read the answer the server gives meanwhile or after."""
    data = b""
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as sock:
        try:
            for start in range(0, len(request), 1 << 20):
                sock.sendall(request[start:start + (1 << 20)])
                if select.select([sock], [], [], 0)[0]:
                    break  # the server answered before the body was all sent
            while chunk := sock.recv(65536):
                data += chunk
        except (socket.timeout, ConnectionResetError, BrokenPipeError):
            pass
    return data


def test_a_body_over_the_limit_is_refused_before_it_is_read(server):
    _, port = server
    answer = raw(port, b"POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                       b"Content-Length: 2000000000\r\n\r\n{\"text\": \"")
    assert answer.startswith(b"HTTP/1.1 413")
    chunked = b"".join(b"%x\r\n%s\r\n" % (1 << 20, b"x" * (1 << 20)) for _ in range(11))
    answer = raw(port, b"POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                       b"Transfer-Encoding: chunked\r\n\r\n" + chunked)
    assert answer.startswith(b"HTTP/1.1 413")


def test_a_client_that_promises_a_body_and_sends_little_is_timed_out(server):
    _, port = server
    answer = raw(port, b"POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                       b"Content-Length: 5000000\r\n\r\n{\"text\"", wait=30)
    assert answer.startswith(b"HTTP/1.1 408")


def test_bad_ids_and_nul_bytes_are_bad_input_not_500(server):
    url, _ = server
    with httpx.Client(base_url=url) as http:
        assert http.get("/api/attributions", params={"speaker_id": 2**63}).status_code == 422
        assert http.get("/api/attributions", params={"entity_id": 2**63}).status_code == 422
        assert http.get(f"/speakers/{2**63}").status_code == 422
        assert http.get(f"/entities/{2**70}").status_code == 422
        assert http.get("/api/articles?outlet=%00").status_code == 422
        assert http.get("/api/articles/%00").status_code == 404
        error = http.get("/api/boom")
        assert error.status_code == 500
        assert "default-src 'self'" in error.headers["content-security-policy"]
        assert error.headers["x-content-type-options"] == "nosniff"


def test_head_answers_like_get_and_redirects_are_relative(server):
    url, port = server
    with httpx.Client(base_url=url) as http:
        get, head = http.get("/"), http.head("/")
        assert head.status_code == get.status_code == 200 and head.content == b""
        assert head.headers["content-type"] == get.headers["content-type"]
        moved = http.get("/api/articles/", headers={"Host": "evil.example"})
        assert moved.status_code in (301, 302, 307, 308)
        assert moved.headers["location"] == "/api/articles"


def test_nul_bytes_on_postgresql_are_refused(postgres_url, analysis_pool):
    store = Store.open(postgres_url)
    try:
        client = TestClient(create_app(store, token=TOKEN, analysis=analysis_pool))
        assert client.get("/api/attributions", params={"outlet": "\x00"}).status_code == 422
        assert client.get("/api/speakers", params={"name": "a\x00b"}).status_code == 422
        assert client.get("/api/articles/%00").status_code == 404
    finally:
        store.close()


def test_analyze_can_require_the_token(store, analysis_pool):
    client = TestClient(create_app(store, token=TOKEN, analysis=analysis_pool, analyze_needs_token=True))
    assert client.post("/api/analyze", json={"text": STORY}).status_code == 401
    ok = client.post("/api/analyze", json={"text": STORY}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200 and ok.json()["attributions"]


def test_analyze_does_not_wait_for_the_write_path(store, analyzer, entity_finder, analysis_pool):
    app = create_app(store, analyzer=analyzer, finder=entity_finder, token=TOKEN, analysis=analysis_pool)
    client = TestClient(app)
    with app.state.ingestion._lock:  # a long authorised write holds the write path
        answer = client.post("/api/analyze", json={"text": STORY})
    assert answer.status_code == 200 and answer.json()["attributions"]


def run(coro):
    return asyncio.new_event_loop().run_until_complete(coro)


def test_a_full_queue_answers_busy_and_the_budget_and_disconnects_end_the_work():
    pool = AnalysisPool(workers=1, queue=0, time_budget=2)
    long_text = " ".join(f'"Yes {i}," said Al.' for i in range(20000))
    stay = lambda: asyncio.sleep(0, result=False)  # noqa: E731 - a client that stays

    async def scenario():
        slow = asyncio.ensure_future(pool.analyze(Document("long.txt", long_text, "text"), stay))
        while pool._admitted == 0:
            await asyncio.sleep(0.01)
        with pytest.raises(Busy) as busy:
            await pool.analyze(Document("b.txt", STORY, "text"), stay)
        assert busy.value.retry_after >= 1
        with pytest.raises(Refused, match="time budget"):
            await slow
        assert (await pool.analyze(Document("ok.txt", STORY, "text"), stay))["attributions"]
        (worker,) = pool._idle
        looks = []

        async def leaves():  # there when the analysis starts, gone a moment later
            looks.append(1)
            return len(looks) > 1
        with pytest.raises(Gone):
            await pool.analyze(Document("long.txt", long_text, "text"), leaves)
        return worker

    try:
        worker = run(scenario())
        assert not pool._idle and worker.process.exitcode is not None  # the dropped analysis's process is gone
    finally:
        pool.close()


def test_sigterm_stops_a_busy_server_promptly(tmp_path):
    """SIGTERM while analyses run: the server exits (it used to run on for minutes)."""
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), SOURCETRACE_ANALYZE_BUDGET="300")
    proc = subprocess.Popen([sys.executable, "-m", "sourcetrace.cli", "serve", "--db", str(tmp_path / "s.db"),
                             "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            try:
                httpx.get(f"http://127.0.0.1:{port}/api/articles", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        long_text = " ".join(f'"Yes {i}," said Al.' for i in range(20000))
        threading.Thread(target=lambda: httpx.post(f"http://127.0.0.1:{port}/api/analyze", json={"text": long_text},
                                                   timeout=60), daemon=True).start()
        time.sleep(3)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) is not None
    finally:
        proc.kill()
