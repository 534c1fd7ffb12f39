"""Reading a shard in parts, for `batch`: the driver cuts a shard into parts of a few records with one read of
it (``cut_shard``), and each actor reads its own part from where it starts (``part_items``), so no process
has to hand records to the others.

Apart from the analysis, so the process that reads imports no more than reading needs.
"""
from __future__ import annotations

from itertools import islice
from typing import Iterator, Optional

import fsspec

from ..models import InputError
from . import Item, Mark, marked_stream, read_from

Part = tuple[Optional[Mark], int]  # where a part starts (None: at the start of the shard), and how many items it holds


def cut_shard(path: str, part_size: int) -> list[Part]:
    """A shard's parts of ``part_size`` items, from one read of it as `analyze` reads it. A part starts where
    reading can start (a record of a WARC or plain JSONL file); the items of a file that can only be read
    from its start (a page, a gzipped feed) are one part. A shard without items is one empty part."""
    parts: list[list] = []
    for mark, _ in _marked_shard(path):
        if parts and (parts[-1][1] < part_size or mark is None):
            parts[-1][1] += 1
        else:
            parts.append([mark if parts else None, 1])
    return [(mark, count) for mark, count in parts] or [(None, 0)]


def part_items(path: str, mark: Optional[Mark], count: int) -> Iterator[Item]:
    """The ``count`` items of a part of a shard that starts at ``mark`` (None: at the shard's start)."""
    if mark is None:
        yield from islice((item for _, item in _marked_shard(path)), count)
        return
    try:
        with fsspec.open(path, "rb") as f:
            yield from islice(read_from(path, f, mark), count)
    except OSError as err:
        yield InputError(path, f"cannot read ({err.strerror or err})")


def _marked_shard(path: str) -> Iterator[tuple[Optional[Mark], Item]]:
    """A shard's items with their marks, read as `analyze` reads a file: a file it cannot read is an error."""
    try:
        with fsspec.open(path, "rb") as f:
            yield from marked_stream(path, f)
    except OSError as err:
        yield None, InputError(path, f"cannot read ({err.strerror or err})")
