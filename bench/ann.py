#!/usr/bin/env python3
"""Compare the ANN libraries for claim neighbours: usearch, hnswlib, faiss-cpu (HNSW), against exact search.

Vectors: MiniLM embeddings of every gold content in shared/devset and the seed, grown to --n
vectors by mixing two of them with noise and normalising (so the set keeps MiniLM's geometry
without being near-duplicates of a few hundred points); queries are --queries more such mixes.
Each library builds an HNSW graph of the same shape (M=16, ef_construction=128, ef_search=64);
recall@10 is measured against exact inner-product search. Timings are wall clock on one core
of a shared 2-core machine: noisy.

Usage: .venv/bin/python bench/ann.py [--shared ../shared] [--n 50000] [--queries 1000]
(needs the bench extra: pip install -e '.[bench]')
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

K = 10


def base_vectors(shared: Path) -> np.ndarray:
    from sourcetrace.link.claims import ClaimClusterer

    contents = [a["content"] for p in sorted(shared.glob("devset/*/expected.json")) + [shared / "fixtures/seed/expected.json"]
                for a in json.loads(p.read_text(encoding="utf-8"))["attributions"]]
    return ClaimClusterer().embed(contents).astype(np.float32)


def mixes(base: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    i, j = rng.integers(0, len(base), n), rng.integers(0, len(base), n)
    w = rng.uniform(0.5, 1.0, (n, 1)).astype(np.float32)
    v = w * base[i] + (1 - w) * base[j] + rng.normal(0, 0.03, (n, base.shape[1])).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def exact(data: np.ndarray, queries: np.ndarray) -> np.ndarray:
    return np.argsort(-(queries @ data.T), axis=1)[:, :K]


def run_usearch(data, queries):
    from usearch.index import Index

    index = Index(ndim=data.shape[1], metric="cos", dtype="f16", connectivity=16, expansion_add=128,
                  expansion_search=64)
    start = time.perf_counter()
    for lo in range(0, len(data), 10_000):  # added in batches, as the store's rows are loaded
        index.add(np.arange(lo, min(lo + 10_000, len(data)), dtype=np.uint64), data[lo:lo + 10_000], threads=1)
    built = time.perf_counter() - start
    start = time.perf_counter()
    found = np.stack([index.search(q, K).keys for q in queries])  # one query at a time, as linking does
    return found, built, time.perf_counter() - start, "f16 vectors"


def run_hnswlib(data, queries):
    import hnswlib

    index = hnswlib.Index(space="ip", dim=data.shape[1])
    index.init_index(max_elements=len(data), M=16, ef_construction=128)
    index.set_num_threads(1)
    start = time.perf_counter()
    index.add_items(data, np.arange(len(data)))
    built = time.perf_counter() - start
    index.set_ef(64)
    start = time.perf_counter()
    found = np.stack([index.knn_query(q, K)[0][0] for q in queries])
    return found, built, time.perf_counter() - start, "f32 vectors"


def run_faiss(data, queries):
    import faiss

    faiss.omp_set_num_threads(1)
    index = faiss.IndexHNSWFlat(data.shape[1], 16, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = 128
    start = time.perf_counter()
    index.add(data)
    built = time.perf_counter() - start
    index.hnsw.efSearch = 64
    start = time.perf_counter()
    found = np.stack([index.search(q[None, :], K)[1][0] for q in queries])
    return found, built, time.perf_counter() - start, "f32 vectors, no deletion in HNSW"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.environ.get("SOURCETRACE_SHARED",
                                                           str(Path(__file__).resolve().parents[2] / "shared")))
    parser.add_argument("--n", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=1000)
    args = parser.parse_args()
    rng = np.random.default_rng(7)
    base = base_vectors(Path(args.shared))
    data, queries = mixes(base, args.n, rng), mixes(base, args.queries, rng)
    truth = exact(data, queries)
    print(f"{args.n} vectors (from {len(base)} MiniLM embeddings), {args.queries} queries, recall@{K} vs exact")
    print("library    build s   query ms  recall@10  notes")
    for name, run in (("usearch", run_usearch), ("hnswlib", run_hnswlib), ("faiss-cpu", run_faiss)):
        found, built, searched, notes = run(data, queries)
        recall = np.mean([len(set(f) & set(t)) / K for f, t in zip(found, truth)])
        print(f"{name:<10} {built:>7.1f}   {1000 * searched / len(queries):>7.3f}  {recall:>9.3f}  {notes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
