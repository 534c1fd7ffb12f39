"""Ingest: turn paths (files, folders, stdin) into decoded Documents.

The kind of each input is read from its content, not only its name: a WARC file
starts with "WARC/", JSONL with "{", HTML has markup, the rest is a text dump.
Every failure becomes an InputError and the batch goes on.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Union

from ..models import Document, InputError
from .decode import DecodeError, check_size, decode, gunzip, is_gzip, sniff_kind
from .records import record_document
from .warc import read_warc

Item = Union[Document, InputError]
GZIPPED_WARC = (".warc.gz", ".arc.gz")  # gzipped record by record: warcio reads them as they are


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
        else:
            yield InputError(raw, "no such file or folder")


def read_inputs(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Item]:
    for entry in iter_files(paths):
        if isinstance(entry, InputError):
            yield entry
            continue
        name = str(entry)
        try:
            data = (stdin or sys.stdin.buffer).read() if entry == "-" else Path(entry).read_bytes()
        except OSError as err:
            yield InputError(name, f"cannot read ({err.strerror or err})")
            continue
        yield from read_bytes(name, data)


def read_bytes(name: str, data: bytes) -> Iterator[Item]:
    """All documents in one input's bytes: one page, or the records of a WARC or JSONL file."""
    try:
        if is_gzip(data) and not name.endswith(GZIPPED_WARC):
            data = gunzip(data)
        if data.startswith(b"WARC/") or (is_gzip(data) and name.endswith(GZIPPED_WARC)):
            yield from read_warc(name, data)
            return
        check_size(data)
        text = decode(data)
    except DecodeError as err:
        yield InputError(name, str(err))
        return
    if _looks_jsonl(name, text):
        yield from read_jsonl(name, text)
    else:
        yield Document(input=name, content=text, kind=sniff_kind(text))


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


def read_jsonl(name: str, text: str) -> Iterator[Item]:
    """One object a line with "html", "text" or "maintext", and optionally "url", a title, date and outlet."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}#{number}"
        try:
            obj = json.loads(line)
        except ValueError as err:
            yield InputError(where, f"line is not JSON ({err.msg} at column {err.colno})")
            continue
        yield record_document(where, obj)
