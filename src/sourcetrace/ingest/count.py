"""How many documents the inputs hold, cheaply, for a progress total.

Files are listed first; the records inside a WARC or JSONL file are counted only when that file
is reached, by reading it without decoding or analysing it. An estimate: a record that later
proves bad still counts as one input done.
"""
from __future__ import annotations

import gzip
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

from warcio.archiveiterator import ArchiveIterator

from ..models import InputError
from . import Item, iter_files, read_inputs
from .warc import content_type, is_page

JSONL_NAMES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


def read_counted(paths: Iterable[str], grow: Callable[[int], None]) -> Iterator[Item]:
    """`read_inputs(paths)`, calling `grow(n)` as it learns that n more documents are coming."""
    entries = list(iter_files(paths))
    grow(len(entries))
    for entry in entries:
        if isinstance(entry, InputError):
            yield entry
            continue
        if entry != "-":
            grow(count_documents(entry) - 1)
        yield from read_inputs([str(entry)])


def count_documents(path: Path) -> int:
    """1 for a page; the page records of a WARC file; the non-blank lines of a JSONL file."""
    try:
        with open(path, "rb") as raw:
            gzipped = raw.read(2) == b"\x1f\x8b"
            raw.seek(0)
            stream: IO[bytes] = gzip.open(raw) if gzipped else raw  # whole-file or per-record gzip alike
            first = stream.read(64).lstrip()
            stream.seek(0)
            if first.startswith(b"WARC/"):
                return max(_warc_pages(stream), 1)
            if path.name.endswith(JSONL_NAMES) or first.startswith(b"{"):
                return max(sum(1 for line in stream if line.strip()), 1)
    except Exception:  # unreadable, truncated gzip, malformed WARC (warcio raises many types): the reader names it
        pass
    return 1


def _warc_pages(stream: IO[bytes]) -> int:
    return sum(record.rec_type in ("response", "resource") and is_page(content_type(record))
               for record in ArchiveIterator(stream))
