"""Reading a shard in parts, for `batch`: the records of a WARC, JSONL or HTML file (local or in an object
store), as `analyze` reads them, in blocks of a few.

Apart from the analysis, so reading imports no more than reading needs.
"""
from __future__ import annotations

from itertools import islice
from typing import Iterator

import fsspec

from ..models import InputError
from . import Item, read_stream


def shard_parts(path: str, part_size: int, skip: int = 0) -> Iterator[list[Item]]:
    """A shard's records after the first ``skip``, in blocks of ``part_size`` (the last one shorter), read
    one block at a time."""
    records = islice(shard_items(path), skip, None)
    while block := list(islice(records, part_size)):
        yield block


def shard_items(path: str) -> Iterator[Item]:
    """A shard's records, read as `analyze` reads a file: record by record, a file it cannot read is an error."""
    try:
        with fsspec.open(path, "rb") as f:
            yield from read_stream(path, f)
    except OSError as err:
        yield InputError(path, f"cannot read ({err.strerror or err})")
