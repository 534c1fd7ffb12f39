"""What every request passes before the app sees it, as plain ASGI (no body is buffered twice):

- a body over the limit is refused with 413 from its Content-Length, before reading it, or as soon
  as a chunked body passes the limit;
- a body that does not arrive in time (a client that promises much and sends little) gets 408;
- a NUL byte in the path (404) or the query (422) never reaches the database;
- HEAD is answered as GET without the body;
- a redirect's Location is made relative, so the Host header is never echoed;
- every response carries the security headers.
"""
from __future__ import annotations

import asyncio
import json
import time
from typing import Awaitable, Callable
from urllib.parse import unquote_to_bytes, urlsplit

Scope = dict
Message = dict
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

# Everything the page needs is served from here; nothing external, no inline script.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
MAX_BODY = 10 * 1024 * 1024  # the CLI's page limit
BODY_TIMEOUT = 15.0  # seconds for a whole request body to arrive


class RequestGuard:
    def __init__(self, app, max_body: int = MAX_BODY, body_timeout: float = BODY_TIMEOUT):
        self.app, self.max_body, self.body_timeout = app, max_body, body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        send = guarded_send(send, head=scope["method"] == "HEAD")
        if scope["method"] == "HEAD":
            scope = dict(scope, method="GET")
        if "\x00" in scope["path"]:
            return await refuse(send, 404, "no such page")
        if b"\x00" in unquote_to_bytes(scope.get("query_string", b"").replace(b"+", b" ")):
            return await refuse(send, 422, "a query parameter holds a NUL byte")
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            return await refuse(send, 413, f"request body over the {self.max_body // 2**20} MB limit")
        if scope["method"] in ("POST", "PUT", "PATCH"):
            body = await self.read_body(receive, send)
            if body is None:
                return
            receive = replay(body, receive)
        await self.app(scope, receive, send)

    async def read_body(self, receive: Receive, send: Send):
        """The whole body, or None once a 413 or 408 has been sent."""
        chunks, size, deadline = [], 0, time.monotonic() + self.body_timeout
        while True:
            try:
                message = await asyncio.wait_for(receive(), max(0.0, deadline - time.monotonic()))
            except asyncio.TimeoutError:
                await refuse(send, 408, f"the request body did not arrive within {self.body_timeout:g} s")
                return None
            if message["type"] == "http.disconnect":
                return None
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_body:
                await refuse(send, 413, f"request body over the {self.max_body // 2**20} MB limit")
                return None
            if not message.get("more_body", False):
                return b"".join(chunks)


def replay(body: bytes, receive: Receive) -> Receive:
    """Hand the app the body already read, then the client's later messages (a disconnect)."""
    sent = False

    async def again() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()
    return again


def guarded_send(send: Send, head: bool) -> Send:
    async def guarded(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"location"]
            for k, v in message.get("headers", []):
                if k.lower() == b"location":
                    parts = urlsplit(v.decode("latin-1"))
                    headers.append((k, (parts._replace(scheme="", netloc="").geturl() or "/").encode("latin-1")))
            present = {k.lower() for k, _ in headers}
            headers += [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()
                        if k.lower().encode() not in present]
            message = dict(message, headers=headers)
        elif message["type"] == "http.response.body" and head:
            message = dict(message, body=b"")
        await send(message)
    return guarded


async def refuse(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               (b"connection", b"close")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
