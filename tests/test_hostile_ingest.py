"""Bad files: gzip bombs, UTF-16, oversized JSONL records, truncated WARC records, FIFOs.

Each gets one clear error line naming the input (or is read correctly) and the batch goes on."""
from __future__ import annotations

import gzip
import json
import os
import zlib

from sourcetrace.ingest import read_bytes, read_inputs
from sourcetrace.ingest.decode import MAX_BYTES, DecodeError, gunzip
from sourcetrace.models import Document, InputError

PAGE = "<html><head><title>Port reopens</title></head><body><p>The port reopened on Monday, officials said.</p></body></html>"


def zeros_gzip(size: int) -> bytes:
    """size bytes of zeros, gzipped (about a thousandth of size), built a MB at a time."""
    deflater = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1 << 20)
    return b"".join([*(deflater.compress(chunk) for _ in range(size >> 20)), deflater.flush()])


def test_a_gzip_bomb_stops_at_the_size_limit_without_inflating_it_all():
    bomb = zeros_gzip(512 * 1024 * 1024)  # half a GB of zeros in half a MB
    (err,) = read_bytes("bomb.html.gz", bomb)
    assert isinstance(err, InputError) and "too large once decompressed" in err.reason
    try:
        gunzip(bomb)
    except DecodeError:
        pass
    # what the limit lets through is still read whole, member after member
    assert gunzip(gzip.compress(b"a" * 10) + gzip.compress(b"b" * 10)) == b"a" * 10 + b"b" * 10


def test_utf16_with_a_bom_is_read_as_text():
    for codec in ("utf-16-le", "utf-16-be"):
        bom = "\ufeff".encode(codec)
        (doc,) = read_bytes("page.html", bom + PAGE.encode(codec))
        assert isinstance(doc, Document) and "The port reopened on Monday" in doc.content, codec
    (err,) = read_bytes("blob.bin", ("\ufeff" + "\x01\x02\x03" * 500).encode("utf-16-le"))
    assert isinstance(err, InputError) and "binary" in err.reason


def test_jsonl_size_limit_is_per_record_and_the_other_records_are_kept(tmp_path):
    record = {"text": "The port reopened on Monday, officials said.", "url": "https://example.com/a"}
    huge = {"text": "x" * (MAX_BYTES + 10)}
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([json.dumps(record), json.dumps(huge), "{not json", json.dumps(record)]) + "\n")
    items = list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "InputError", "Document"]
    assert items[1].input == f"{path}#2" and "record too large" in items[1].reason
    assert items[2].input == f"{path}#3" and "not JSON" in items[2].reason
    assert items[3].input == f"{path}#4"
    gz = tmp_path / "feed.jsonl.gz"
    gz.write_bytes(gzip.compress(path.read_bytes()))
    assert [type(i).__name__ for i in read_inputs([str(gz)])] == ["Document", "InputError", "InputError", "Document"]


def warc_record(body: bytes, declared: int) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/a\r\n"
            b"WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
            b"Content-Length: " + str(declared).encode() + b"\r\n\r\n" + http)


def test_a_warc_record_shorter_than_it_declares_is_reported_truncated():
    whole = warc_record(PAGE.encode(), len(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n") + len(PAGE)) + b"\r\n\r\n"
    (doc,) = read_bytes("crawl.warc", whole)
    assert isinstance(doc, Document)
    (err,) = read_bytes("cut.warc", warc_record(PAGE.encode(), 2_000_000_000))
    assert isinstance(err, InputError) and err.input == "cut.warc#1" and "truncated" in err.reason


def test_a_fifo_is_named_as_such_not_as_missing(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    (err,) = read_inputs([str(fifo)])
    assert isinstance(err, InputError) and "FIFO" in err.reason and "no such" not in err.reason
    assert "\n" not in str(err)
