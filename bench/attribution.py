#!/usr/bin/env python3
"""Attribution benchmark: sourcetrace's analyzer on the seed article and the attribution dev set.

Runs the same code path as `sourcetrace analyze ARTICLE --format json` (ingest -> clean -> attribution)
on ../shared/fixtures/seed/article.txt and every ../shared/devset/*/article.txt, scores each with
../shared/tools/score.py in a subprocess (its docstring is the contract), and prints per-article F1
(content+source) and the means for the tune and held-out parts.

Held-out rule, fixed before any tuning: sort the dev-set slugs and take every third one, starting with
the third (index 2, 5, 8, 11). Their gold is never read while developing the extractor.

Speed: articles per second on one core (this process) for the full analyzer, and for spaCy's small
pipeline alone (`nlp.pipe` over the same clean texts), best of --repeat runs. The machine is shared,
so the timings are noisy.

    python bench/attribution.py [--shared ../shared] [--repeat 3]
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

from sourcetrace.ingest import read_bytes
from sourcetrace.models import Document
from sourcetrace.nlp import MODEL
from sourcetrace.pipeline import Analyzer

SUMMARY = re.compile(r"attribution F1 ([0-9.]+) .*content F1 ([0-9.]+); (\d+)/(\d+) full, (\d+) extra")


def articles(shared: Path) -> list[tuple[str, str, Path, Path]]:
    """(name, split, article, gold) for the seed and each dev-set article."""
    out = [("seed", "seed", shared / "fixtures/seed/article.txt", shared / "fixtures/seed/expected.json")]
    slugs = sorted(p.name for p in (shared / "devset").iterdir() if (p / "article.txt").exists())
    for i, slug in enumerate(slugs):
        split = "held-out" if i % 3 == 2 else "tune"
        out.append((slug, split, shared / "devset" / slug / "article.txt", shared / "devset" / slug / "expected.json"))
    return out


def document(path: Path) -> Document:
    return next(d for d in read_bytes(str(path), path.read_bytes()) if isinstance(d, Document))


def score(shared: Path, analysis: dict, gold: Path) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as fh:
        json.dump(analysis, fh, ensure_ascii=False)
    run = subprocess.run([sys.executable, str(shared / "tools/score.py"), fh.name, str(gold)],
                         capture_output=True, text=True, check=True)
    Path(fh.name).unlink()
    return run.stdout.strip().splitlines()[-1]


def best_time(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    analyzer = Analyzer()
    items = articles(args.shared)
    docs = [document(path) for _, _, path, _ in items]
    by_split: dict[str, list[float]] = {}
    print(f"{'article':32} {'split':9} {'F1':>5} {'content':>7} {'full':>6} {'extra':>5}")
    for (name, split, _, gold), doc in zip(items, docs):
        line = score(args.shared, analyzer.analyze(doc).to_dict(), gold)
        m = SUMMARY.search(line)
        f1, cf1, full, req, extra = float(m[1]), float(m[2]), m[3], m[4], m[5]
        by_split.setdefault(split, []).append(f1)
        print(f"{name:32} {split:9} {f1:5.2f} {cf1:7.2f} {full + '/' + req:>6} {extra:>5}")
    dev = by_split["tune"] + by_split["held-out"]
    for split, values in [("seed", by_split["seed"]), ("tune", by_split["tune"]), ("held-out", by_split["held-out"]),
                          ("devset (all 12)", dev), ("all 13", by_split["seed"] + dev)]:
        print(f"mean F1 {split:16} {sum(values) / len(values):.3f}  (n={len(values)})")

    texts = [analyzer.analyze(d).article.text for d in docs]
    plain = spacy.load(MODEL)
    analyzer.extractor.nlp  # load before timing
    t_plain = best_time(lambda: list(plain.pipe(texts)), args.repeat)
    t_full = best_time(lambda: [analyzer.analyze(d) for d in docs], args.repeat)
    n = len(docs)
    print(f"speed (one core, shared machine: noisy) spaCy small alone {n / t_plain:.1f} articles/s; "
          f"analyzer {n / t_full:.1f} articles/s; analyzer/spaCy time ratio {t_full / t_plain:.2f} "
          f"(best of {args.repeat})")


if __name__ == "__main__":
    main()
