"""Reading a shard in parts, for `batch`: the records of a WARC, JSONL or HTML file (local or in an object
store) in blocks of a few, each record pickled beside its shard and its number in the shard.

Apart from the analysis, so the process that reads imports no more than reading needs.
"""
from __future__ import annotations

import pickle
from typing import Iterator

import fsspec
import pyarrow as pa

from ..models import InputError
from . import Item, read_stream


class ShardReader:
    """Ray Data's reading step in `batch`: the records of each shard (a row of ``shards``) in blocks of
    ``part_size``. The rows of a shard's last block say how many records it has (``records``; -1 in the
    others), so the driver knows when all are analyzed; a shard without records gives one row without an
    item. A class, so Ray keeps one process reading (a task would start a fresh one for each shard while
    the analyzers hold every CPU)."""

    def __init__(self, part_size: int):
        self.part_size = part_size

    def __call__(self, shards: pa.Table) -> Iterator[dict]:
        for path, size in zip(shards.column("path").to_pylist(), shards.column("size").to_pylist()):
            block: list[tuple[int, bytes]] = []
            index = -1
            for index, item in enumerate(shard_items(path)):
                if len(block) == self.part_size:
                    yield _block(path, size, block, records=-1)
                    block = []
                block.append((index, pickle.dumps(item)))
            yield _block(path, size, block or [(-1, b"")], records=index + 1)


def _block(path: str, size: int, block: list[tuple[int, bytes]], records: int) -> dict:
    return {"path": [path] * len(block), "size": [size] * len(block), "index": [i for i, _ in block],
            "item": [item for _, item in block], "records": [records] * len(block)}


def shard_items(path: str) -> Iterator[Item]:
    """A shard's records, read as `analyze` reads a file: record by record, a file it cannot read is an error."""
    try:
        with fsspec.open(path, "rb") as f:
            yield from read_stream(path, f)
    except OSError as err:
        yield InputError(path, f"cannot read ({err.strerror or err})")
