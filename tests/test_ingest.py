"""Ingest: every kind of input, and every kind of bad input, with one clear error each."""
from __future__ import annotations

import gzip
import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sourcetrace.ingest import read_bytes, read_inputs
from sourcetrace.ingest.decode import MAX_BYTES, decode
from sourcetrace.models import Document, InputError

PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Port reopens | Daily Wire</title></head>"
    "<body><article><h1>Port reopens</h1><p>The port reopened on Monday, officials said, after a week of "
    "repairs to the main quay that had been damaged in the storm.</p></article></body></html>"
)


def warc_bytes(pages: list[tuple[str, bytes]], gzipped: bool = True, ctype: str = "text/html; charset=utf-8") -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    for url, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return out.getvalue()


def only(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def test_html_and_text_are_told_apart_by_content_not_name():
    assert only(read_bytes("page.txt", PAGE.encode())).kind == "html"
    assert only(read_bytes("page.html", b"Port reopens\n\nThe port reopened on Monday.")).kind == "text"


def test_gzipped_html_is_inflated():
    doc = only(read_bytes("page.html.gz", gzip.compress(PAGE.encode())))
    assert isinstance(doc, Document) and "Port reopens" in doc.content


def test_truncated_gzip_is_an_error_naming_the_reason():
    data = gzip.compress(PAGE.encode() * 50)
    err = only(read_bytes("cut.html.gz", data[: len(data) // 2]))
    assert isinstance(err, InputError) and err.input == "cut.html.gz" and "truncated gzip" in err.reason


@pytest.mark.parametrize(
    "data, reason",
    [(b"", "empty"), (b"  \n\t\n", "empty"), (bytes(range(256)) * 40, "binary"), (b"\x89PNG\r\n\x1a\n" + b"\x00" * 500, "binary")],
)
def test_empty_and_binary_inputs_are_rejected(data, reason):
    err = only(read_bytes("bad.bin", data))
    assert isinstance(err, InputError) and reason in err.reason


def test_a_huge_page_is_rejected_with_its_size():
    data = b"<html><body>" + b"<p>word word word</p>" * (21 * 1024 * 1024 // 21) + b"</body></html>"
    assert len(data) > MAX_BYTES
    err = only(read_bytes("huge.html", data))
    assert isinstance(err, InputError) and "too large" in err.reason and "MB" in err.reason


def test_latin1_and_misdeclared_encodings_decode_to_the_right_characters():
    latin1 = "<html><head><meta charset='iso-8859-1'></head><body><p>Caf\u00e9 d\u00e9j\u00e0 vu</p></body></html>"
    assert "Caf\u00e9 d\u00e9j\u00e0" in decode(latin1.encode("latin-1"))
    # declared UTF-8 but really Latin-1 (the common lie), and declared Latin-1 but really UTF-8
    lying = latin1.replace("iso-8859-1", "utf-8").encode("latin-1")
    assert "Caf\u00e9 d\u00e9j\u00e0" in decode(lying)
    assert "Caf\u00e9 d\u00e9j\u00e0" in decode(latin1.encode("utf-8"))
    assert "\u201cquoted\u201d" in decode("\u201cquoted\u201d \u2014 dash".encode("cp1252"))


def test_warc_records_become_documents_with_url_and_crawl_date():
    data = warc_bytes([("https://example.org/a", PAGE.encode()), ("https://example.org/b", PAGE.replace("Port", "Airport").encode())])
    docs = list(read_bytes("crawl.warc.gz", data))
    assert [d.input for d in docs] == ["crawl.warc.gz#1", "crawl.warc.gz#2"]
    assert docs[1].url == "https://example.org/b" and docs[1].fetched and "Airport" in docs[1].content


def test_a_whole_file_gzipped_warc_is_read_whatever_its_name():
    data = gzip.compress(warc_bytes([("https://example.org/a", PAGE.encode())], gzipped=False))
    doc = only(read_bytes("crawl.gz", data))
    assert isinstance(doc, Document) and doc.input == "crawl.gz#1" and doc.url == "https://example.org/a"


def test_a_broken_warc_record_keeps_the_records_before_it():
    good = warc_bytes([("https://example.org/a", PAGE.encode())], gzipped=False)
    broken = good + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>cut off"
    items = list(read_bytes("broken.warc", broken))
    assert isinstance(items[0], Document) and items[0].url == "https://example.org/a"
    assert isinstance(items[-1], InputError) and "broken WARC record" in items[-1].reason and "#2" in items[-1].input


def test_jsonl_lines_become_documents_and_bad_lines_errors():
    lines = [json.dumps({"url": "https://example.org/x", "html": PAGE}), "{not json", json.dumps({"text": "Plain text body."}), json.dumps({"title": "no body"}), "[1, 2]"]
    items = list(read_bytes("feed.jsonl", "\n".join(lines).encode()))
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document", "InputError", "InputError"]
    assert items[0].url == "https://example.org/x" and items[0].kind == "html" and items[2].kind == "text"
    assert items[1].input == "feed.jsonl#2" and "not JSON" in items[1].reason
    assert 'no "html" or "text"' in items[3].reason


def test_folders_are_read_recursively_and_missing_paths_reported(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.html").write_text(PAGE)
    (tmp_path / "two.txt").write_text("Title\n\nBody text of the second article.")
    (tmp_path / ".hidden").write_text("ignored")
    items = list(read_inputs([str(tmp_path), str(tmp_path / "nope.html")]))
    assert [i.input.replace(str(tmp_path), "") for i in items] == ["/a/one.html", "/two.txt", "/nope.html"]
    assert isinstance(items[2], InputError) and "no such file" in items[2].reason


def test_stdin_is_read_as_one_input():
    doc = only(read_inputs(["-"], stdin=io.BytesIO(PAGE.encode())))
    assert doc.input == "-" and doc.kind == "html"


def test_a_warc_records_declared_charset_is_used_even_with_more_parameters():
    page = "<html><body><p>\u0417\u0430\u044f\u0432\u043b\u0435\u043d\u0438\u0435 \u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430</p></body></html>"
    data = warc_bytes([("https://example.org/ru", page.encode("koi8-r"))], ctype='text/html; charset="KOI8-R"; format=flowed')
    doc = only(read_bytes("ru.warc.gz", data))
    assert "\u0417\u0430\u044f\u0432\u043b\u0435\u043d\u0438\u0435" in doc.content
