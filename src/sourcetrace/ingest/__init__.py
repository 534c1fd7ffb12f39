"""Ingest: turn paths (files, folders, stdin) into decoded Documents.

The kind of each input is read from its content, not only its name: a WARC file
starts with "WARC/", JSONL with "{", HTML has markup, the rest is a text dump.
Every failure becomes an InputError and the batch goes on.
"""
from __future__ import annotations

import gzip
import io
import json
import stat
import sys
import zlib
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Optional, Union

from ..models import Document, InputError
from .decode import MAX_BYTES, DecodeError, check_size, decode, gunzip, is_gzip, sniff_kind
from .records import record_document
from .warc import read_warc, warc_records

Item = Union[Document, InputError]
Mark = tuple[str, int, int]  # where a record starts: ("warc" or "jsonl", its byte offset, records before it)
GZIPPED_WARC = (".warc.gz", ".arc.gz")  # gzipped record by record: warcio reads them as they are
JSONL_NAMES = (".jsonl", ".ndjson")


def iter_files(paths: Iterable[str]) -> Iterator[Union[Path, str, InputError]]:
    """Expand folders recursively (sorted, hidden files skipped); '-' stands for stdin."""
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child
        elif path.is_file():
            yield path
        elif path.exists():
            yield InputError(raw, f"not a regular file ({special_kind(path)}): give a file or a folder, or pipe it to -")
        else:
            yield InputError(raw, "no such file or folder")


def special_kind(path: Path) -> str:
    mode = path.stat().st_mode
    return ("a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file")


def read_inputs(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Item]:
    for entry in iter_files(paths):
        if isinstance(entry, InputError):
            yield entry
            continue
        name = str(entry)
        try:
            if entry == "-":
                yield from read_stream(name, io.BytesIO((stdin or sys.stdin.buffer).read()))
            else:
                with open(entry, "rb") as stream:
                    yield from read_stream(name, stream)
        except OSError as err:
            yield InputError(name, f"cannot read ({err.strerror or err})")


def read_bytes(name: str, data: bytes) -> Iterator[Item]:
    """All documents in one input's bytes: one page, or the records of a WARC or JSONL file."""
    return read_stream(name, io.BytesIO(data))


def read_stream(name: str, stream: BinaryIO) -> Iterator[Item]:
    """All documents in a seekable binary stream. WARC and JSONL files are read record by record, so
    their size has no limit but each record's has; a page is read up to the size limit and no further."""
    return (item for _, item in marked_stream(name, stream))


def marked_stream(name: str, stream: BinaryIO) -> Iterator[tuple[Optional[Mark], Item]]:
    """read_stream's documents, each with where to go on reading from it (``read_from``) when the stream
    can be entered there: the records of a WARC file or of a JSONL feed that is not gzipped as a whole.
    Anything else (a page, a gzipped feed, a WARC gzipped as one stream) is marked None: read from the start."""
    head = stream.read(5)
    stream.seek(0)
    if head.startswith(b"WARC/") or (is_gzip(head) and name.endswith(GZIPPED_WARC)):
        yield from _marked("warc", warc_records(name, stream))
        return
    if name.endswith(tuple(suffix + ".gz" for suffix in JSONL_NAMES)) and is_gzip(head):
        yield from ((None, item) for item in read_jsonl(name, gzip.GzipFile(fileobj=stream)))
        return
    if not is_gzip(head) and (name.endswith(JSONL_NAMES) or _first_line_is_json(stream)):
        yield from _marked("jsonl", jsonl_records(name, stream))
        return
    yield from ((None, item) for item in _read_whole(name, stream))


def read_from(name: str, stream: BinaryIO, mark: Mark) -> Iterator[Item]:
    """The documents of a stream from a mark ``marked_stream`` gave on: that document, then the rest."""
    kind, offset, number = mark
    stream.seek(offset)
    records = warc_records if kind == "warc" else jsonl_records
    return (item for _, _, item in records(name, stream, number))


def _marked(kind: str, records: Iterator[tuple[Optional[int], int, Item]]) -> Iterator[tuple[Optional[Mark], Item]]:
    return ((None if offset is None else (kind, offset, number), item) for offset, number, item in records)


def _read_whole(name: str, stream: BinaryIO) -> Iterator[Item]:
    """A stream that is no plain WARC or JSONL: one page, or a file gzipped as a whole (read into memory)."""
    data = stream.read(MAX_BYTES + 1)
    try:
        if is_gzip(data):
            data = gunzip(data)
        if data.startswith(b"WARC/"):
            yield from read_warc(name, io.BytesIO(data))
            return
        check_size(data)
        text = decode(data)
    except DecodeError as err:
        yield InputError(name, str(err))
        return
    if _looks_jsonl(name, text):
        yield from read_jsonl(name, io.BytesIO(text.encode()))
    else:
        yield Document(input=name, content=text, kind=sniff_kind(text))


def skip_line(stream: BinaryIO) -> None:
    """Read past the rest of the current line, a MB at a time."""
    while True:
        rest = stream.readline(1 << 20)
        if not rest or rest.endswith(b"\n"):
            return


def _first_line_is_json(stream: BinaryIO) -> bool:
    """Does the first line that is not blank hold a JSON object? (the stream is rewound)"""
    line = b""
    for _ in range(100):
        line = stream.readline(MAX_BYTES + 1)
        if line.strip() or not line:
            break
    stream.seek(0)
    if not line.lstrip().startswith(b"{"):
        return False
    try:
        json.loads(line)
        return True
    except ValueError:
        return False


def _looks_jsonl(name: str, text: str) -> bool:
    if name.endswith((".jsonl", ".ndjson", ".jsonl.gz")):
        return True
    first = text.lstrip()[:1]
    if first != "{":
        return False
    try:
        json.loads(text.lstrip().split("\n", 1)[0])
        return True
    except ValueError:
        return False


def read_jsonl(name: str, stream: BinaryIO) -> Iterator[Item]:
    """One object a line with "html", "text" or "maintext", and optionally "url", a title, date and outlet.

    Read line by line: the size limit is per record, and a bad record is reported while the rest go on."""
    return (item for _, _, item in jsonl_records(name, stream))


def jsonl_records(name: str, stream: BinaryIO, number: int = 0) -> Iterator[tuple[Optional[int], int, Item]]:
    """read_jsonl's records, each with the offset of its line in the stream and the number of lines before
    it, as warc_records gives them (a feed that cannot be read on has no offset)."""
    while True:
        offset = stream.tell()
        try:
            line = stream.readline(MAX_BYTES + 1)
        except (EOFError, OSError, zlib.error) as err:  # a gzipped feed cut off or corrupt
            yield None, number, InputError(f"{name}#{number + 1}", f"unreadable after this line ({err or type(err).__name__})")
            return
        if not line:
            return
        before = number
        number += 1
        where = f"{name}#{number}"
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            skip_line(stream)
            yield offset, before, InputError(where, f"record too large (over the {MAX_BYTES / 1e6:.0f} MB limit); skipped")
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(decode(line))
        except ValueError as err:
            reason = f"{err.msg} at column {err.colno}" if isinstance(err, json.JSONDecodeError) else err
            yield offset, before, InputError(where, f"line is not JSON ({reason})")
            continue
        yield offset, before, record_document(where, obj)
