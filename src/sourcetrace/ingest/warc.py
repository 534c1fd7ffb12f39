"""WARC files (plain or gzipped per record) through warcio: one Document per HTML response.

A broken record ends the file with an error naming the record; the records read
before it are kept, as a crawl archive is often cut off mid-write.

Why warcio and not FastWARC: FastWARC reads records about twice as fast (bench/scale.py), but
reading is well under one percent of the time an article takes to analyze, and FastWARC hands back a
record cut off mid-write as a short body without an error, which would store half an article.
"""
from __future__ import annotations

import io
from typing import BinaryIO, Iterable, Iterator, Optional, Union

from warcio.archiveiterator import ArchiveIterator
from warcio.limitreader import LimitReader

from ..models import Document, InputError
from .decode import MAX_BYTES, DecodeError, check_size, decode, sniff_kind

_PAGE_TYPES = ("text/html", "application/xhtml", "text/plain")


def read_warc(name: str, stream: BinaryIO) -> Iterator[Union[Document, InputError]]:
    """The pages of a WARC file, read record by record from the stream."""
    return (item for _, _, item in warc_records(name, stream))


def warc_records(name: str, stream: BinaryIO, number: int = 0
                 ) -> Iterator[tuple[Optional[int], int, Union[Document, InputError]]]:
    """read_warc's pages, each with the offset of its record in the stream and the number of records before
    it: seeking there and reading on with that number gives the same pages again (a process can read a
    shard's part without the rest). A broken record that ends the file has no offset (None)."""
    records = ArchiveIterator(stream)  # offsets are the stream's own, from where it stands
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except Exception as err:  # warcio raises many types on malformed records
            yield None, number, InputError(f"{name}#{number + 1}", f"broken WARC record ({_one_line(err)})")
            return
        if record.rec_type not in ("response", "resource"):
            continue
        offset, before = records.offset, number  # the record's start, until the next one is reached
        number += 1
        where = f"{name}#{number}"
        try:
            ctype = content_type(record)
            if not is_page(ctype):
                continue
            body = record.content_stream().read(MAX_BYTES + 1)  # no further: an encoded body may inflate
            missing = missing_bytes(record) if len(body) <= MAX_BYTES else 0
            if missing:
                raise DecodeError(f"truncated record: it declares {record.length:,} bytes and the file ends "
                                  f"{missing:,} bytes short")
            check_size(body)
            charset = _charset(ctype)
            text = decode(body, charset)
        except DecodeError as err:
            yield offset, before, InputError(where, str(err))
            continue
        except Exception as err:
            yield offset, before, InputError(where, f"broken WARC record ({_one_line(err)})")
            return
        yield offset, before, Document(
            input=where,
            content=text,
            kind=sniff_kind(text),
            url=record.rec_headers.get_header("WARC-Target-URI"),
            fetched=record.rec_headers.get_header("WARC-Date"),
        )


def content_type(record) -> str:
    """The page's own Content-Type (HTTP header), else the record's."""
    return (record.http_headers.get_header("Content-Type") if record.http_headers else None) \
        or record.rec_headers.get_header("Content-Type") or ""


def is_page(content_type: str) -> bool:
    return content_type.lower().startswith(_PAGE_TYPES)


def missing_bytes(record) -> int:
    """How many of the bytes a record declares the file does not hold (reading the rest of the record)."""
    raw = record.raw_stream
    while not isinstance(raw, LimitReader) and hasattr(raw, "stream"):
        raw = raw.stream
    if not isinstance(raw, LimitReader):
        return 0
    while raw.read(1 << 20):
        pass
    return raw.limit


def _charset(content_type: str) -> str | None:
    """The charset parameter of a Content-Type header, without the parameters after it."""
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip(" \"'") or None
    return None


def _one_line(err: Exception) -> str:
    return " ".join(str(err).split())[:200] or type(err).__name__


def write_warc(pages: Iterable[tuple[str, bytes]], out: BinaryIO, gzipped: bool = True) -> None:
    """Pack (url, HTML bytes) pairs as WARC response records: sample shards for tests and benchmarks."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    writer = WARCWriter(out, gzip=gzipped)
    for url, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
