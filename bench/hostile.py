"""Hostile inputs and a hostile client: time and peak memory of each, and the server under open analysis.

    .venv/bin/python bench/hostile.py [--only files|server] [--clients 20] [--body-mb 1]

1. Files: each hostile input is analyzed by `sourcetrace analyze --workers 1 --format jsonl` in a
   process of its own; prints wall time, CPU time, peak RSS and what came out (results, or the one
   error line). Wanted: each <= 30 s and <= 1 GB; 5,000 quote pairs < 10 s.
2. Server: `sourcetrace serve` on 127.0.0.1 (a free port, a fresh SQLite file) gets --clients
   concurrent POST /api/analyze of --body-mb MB each, while one client GETs /api/articles in a loop
   and another makes one authorised POST /api/articles; prints GET p50/p95, the write's answer time,
   the answers analyze got, the server's peak RSS (with its analysis workers), then the time it took to
   stop on SIGTERM. Wanted: GET p95 < 250 ms, write < 5 s, RSS < 2 GB, stop < 10 s.
Traffic goes to 127.0.0.1 only; every loop is bounded.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "sourcetrace.cli"]
ENV = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
PAGE = "<html><head><title>Port reopens</title></head><body><p>The port reopened on Monday, officials said.</p></body></html>"


def quote_pairs(n: int) -> bytes:
    return " ".join(f'"Yes {i}," said Al.' for i in range(n)).encode()


def gzip_bomb(size: int) -> bytes:
    deflater = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1 << 20)
    return b"".join([*(deflater.compress(chunk) for _ in range(size >> 20)), deflater.flush()])


def jsonl_feed(records: int) -> bytes:
    story = {"text": "The port reopened on Monday, officials said. \"We are glad,\" said Mayor Jane Doe.",
             "url": "https://example.com/a"}
    lines = [json.dumps(dict(story, url=f"https://example.com/{i}")) for i in range(records)]
    lines.insert(records // 2, json.dumps({"text": "x " * (6 * 1024 * 1024)}))  # one 12 MB record
    return ("\n".join(lines) + "\n").encode()


def truncated_warc() -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE.encode()
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/a\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: 2000000000\r\n\r\n" + http)


def nested_tags(n: int) -> bytes:
    return ("<html><body>" + "<div>" * n + "<p>The port reopened on Monday, officials said.</p>" + "</div>" * n
            + "</body></html>").encode()


def many_paragraphs(n: int) -> bytes:
    body = "".join(f"<p>Paragraph {i}: the port reopened on Monday, officials said.</p>" for i in range(n))
    return f"<html><head><title>Long</title></head><body><article>{body}</article></body></html>".encode()


def files(folder: Path) -> list[tuple[str, Path]]:
    """(label, path) of each hostile input, written into folder."""
    made = [
        ("1,250 quote pairs (22 KB)", "pairs1250.txt", quote_pairs(1250)),
        ("2,500 quote pairs (45 KB)", "pairs2500.txt", quote_pairs(2500)),
        ("5,000 quote pairs (90 KB)", "pairs5000.txt", quote_pairs(5000)),
        ("gzip bomb: 4 GB of zeros in 4 MB", "bomb.html.gz", gzip_bomb(4 << 30)),
        ("UTF-16 page with a BOM", "utf16.html", "\ufeff".encode("utf-16-le") + PAGE.encode("utf-16-le")),
        ("JSONL: 200 records and one of 12 MB", "feed.jsonl", jsonl_feed(200)),
        ("WARC record declaring 2 GB, holding 200 B", "cut.warc", truncated_warc()),
        ("100,000 nested tags", "nested.html", nested_tags(100_000)),
        ("50,000-paragraph page", "paragraphs.html", many_paragraphs(50_000)),
    ]
    out = []
    for label, name, data in made:
        (folder / name).write_bytes(data)
        out.append((label, folder / name))
    fifo = folder / "pipe"
    os.mkfifo(fifo)
    out.append(("a FIFO", fifo))
    return out


def run_file(path: Path) -> tuple[float, float, float, str]:
    """Wall s, CPU s, peak RSS MB (of the process and its children) and a one-line summary of the output."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen([*CLI, "analyze", "--workers", "1", "--format", "jsonl", str(path)], env=ENV,
                                stdout=out, stderr=err)
        killer = threading.Timer(600, proc.kill)  # bounded: a run that hangs is stopped
        killer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        killer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        results = [line for line in out.read().decode().splitlines() if line.strip()]
        errors = [line for line in err.read().decode().splitlines() if line.startswith("error:")]
    summary = f"{len(results)} result(s)" + (f"; {len(errors)} error line(s): {errors[0][:110]}" if errors else "")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, summary


def bench_files() -> None:
    print("hostile input                               wall s   CPU s  peak RSS MB  outcome")
    with tempfile.TemporaryDirectory(prefix="sourcetrace-hostile-") as tmp:
        for label, path in files(Path(tmp)):
            wall, cpu, rss, summary = run_file(path)
            print(f"{label:43s} {wall:6.1f}  {cpu:6.1f}  {rss:11.0f}  {summary}", flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, from /proc."""
    total, pids = 0, {pid}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    pids.add(int(entry.name))
            except (OSError, IndexError):
                pass
    for p in pids:
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
        except (OSError, StopIteration):
            pass
    return total / 1024


def get_latencies(base: str, n: int) -> tuple[float, float]:
    """p50 and p95 in ms of n GET /api/articles, 50 ms apart."""
    gets = []
    for _ in range(n):
        started = time.monotonic()
        httpx.get(f"{base}/api/articles", timeout=60)
        gets.append(time.monotonic() - started)
        time.sleep(0.05)
    gets.sort()
    return 1000 * gets[len(gets) // 2], 1000 * gets[int(len(gets) * 0.95)]


def bench_server(clients: int, body_mb: float) -> None:
    port, token = free_port(), "bench-token"
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="sourcetrace-hostile-") as tmp:
        env = dict(ENV, SOURCETRACE_API_TOKEN=token)
        server = subprocess.Popen([*CLI, "serve", "--db", f"{tmp}/bench.db", "--port", str(port)], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(300):
                try:
                    httpx.get(f"{base}/api/articles", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.2)
            # warm the write path (its model loads on first use), as a running server would be
            httpx.post(f"{base}/api/articles", json={"text": PAGE}, timeout=300,
                       headers={"Authorization": f"Bearer {token}"})
            idle = get_latencies(base, 40)
            print(f"GET /api/articles, server idle: p50 {idle[0]:.0f} ms, p95 {idle[1]:.0f} ms (the machine's own load)")
            text = " ".join(f'"Yes {i}," said Al.' for i in range(int(body_mb * 1e6 / 19)))[: int(body_mb * 0.99e6)]
            answers: list[str] = []
            peak, stop = [0.0], threading.Event()

            def watch_memory():
                while not stop.is_set():
                    peak[0] = max(peak[0], tree_rss_mb(server.pid))
                    time.sleep(0.2)

            def analyze():
                try:
                    r = httpx.post(f"{base}/api/analyze", json={"text": text}, timeout=120)
                    answers.append(str(r.status_code))
                except httpx.HTTPError as err:
                    answers.append(type(err).__name__)

            threading.Thread(target=watch_memory, daemon=True).start()
            threads = [threading.Thread(target=analyze) for _ in range(clients)]
            for t in threads:
                t.start()
            time.sleep(1)
            write_started = time.monotonic()
            write = httpx.post(f"{base}/api/articles", timeout=120, headers={"Authorization": f"Bearer {token}"},
                               json={"text": "The bridge will reopen in May, the mayor said on Tuesday."})
            write_s = time.monotonic() - write_started
            busy = get_latencies(base, 100)
            for t in threads:
                t.join(180)
            stop.set()
            counts = {a: answers.count(a) for a in sorted(set(answers))}
            print(f"{clients} concurrent {body_mb:g} MB POST /api/analyze: answers {counts}")
            print(f"GET /api/articles meanwhile: p50 {busy[0]:.0f} ms, p95 {busy[1]:.0f} ms")
            print(f"authorised POST /api/articles meanwhile: {write.status_code} in {write_s:.2f} s")
            print(f"server RSS with its analysis workers: peak {peak[0]:.0f} MB")
            # SIGTERM with analyses running
            for _ in range(3):
                threading.Thread(target=analyze, daemon=True).start()
            time.sleep(2)
            started = time.monotonic()
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(60)
                print(f"SIGTERM with analyses running: stopped in {time.monotonic() - started:.1f} s")
            except subprocess.TimeoutExpired:
                print("SIGTERM with analyses running: still running after 60 s")
        finally:
            server.kill()
            server.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["files", "server"])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--body-mb", type=float, default=1.0)
    args = parser.parse_args()
    if args.only != "server":
        bench_files()
    if args.only != "files":
        bench_server(args.clients, args.body_mb)


if __name__ == "__main__":
    main()
