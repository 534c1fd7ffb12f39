"""Near neighbours of claim embeddings: an in-memory HNSW index (usearch) over the stored vectors.

The database is the truth and the index is rebuildable: a linking process loads every stored
vector on its first lookup, adds the ones it writes, and reloads when the store's shared counter
says another process (or a rebuild) wrote since. It works the same over SQLite and PostgreSQL.
usearch was chosen over hnswlib and faiss-cpu by ``bench/ann.py`` (recall and speed on
MiniLM vectors); it stores the vectors as float16, half the memory of float32.
"""
from __future__ import annotations

from typing import Iterable, Sequence

import numpy as np
from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..store.schema import claim_links

DIMENSIONS = 384  # all-MiniLM-L6-v2


def to_bytes(vector: np.ndarray) -> bytes:
    """A normalised embedding as stored: float16, 768 bytes for MiniLM."""
    return np.asarray(vector, dtype=np.float16).tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float16).astype(np.float32)


class ClaimIndex:
    """Approximate cosine neighbours by attribution pk."""

    def __init__(self, ndim: int = DIMENSIONS):
        self.ndim = ndim
        self.generation = None  # the store's link generation this index reflects; None: not loaded
        self._reset()

    def _reset(self) -> None:
        from usearch.index import Index

        self.index = Index(ndim=self.ndim, metric="cos", dtype="f16", connectivity=16, expansion_add=128,
                           expansion_search=64)

    def load(self, conn: Connection, generation: int, batch: int = 20_000) -> None:
        """Rebuild from every stored vector."""
        self._reset()
        rows = conn.execute(select(claim_links.c.attribution_pk, claim_links.c.vector)
                            .execution_options(yield_per=batch))
        for chunk in rows.partitions(batch):
            self.add([pk for pk, _ in chunk], np.stack([from_bytes(v) for _, v in chunk]))
        self.generation = generation

    def add(self, keys: Sequence[int], vectors: np.ndarray) -> None:
        """One thread: usearch's default inserts a batch on every core in whatever order the threads run,
        so the same store linked twice could get a different graph, other neighbours and other claim links."""
        if len(keys):
            self.index.add(np.asarray(keys, dtype=np.uint64), np.asarray(vectors, dtype=np.float32), threads=1)

    def remove(self, keys: Iterable[int]) -> None:
        for key in keys:
            if key in self.index:
                self.index.remove(key)

    def near(self, vector: np.ndarray, k: int) -> list[int]:
        """The `k` nearest keys, nearest first."""
        if len(self.index) == 0:
            return []
        found = self.index.search(np.asarray(vector, dtype=np.float32), k)
        return [int(key) for key in found.keys]
