#!/usr/bin/env python3
"""Measure copy detection (src/sourcetrace/link/copies.py) on the shared pages and synthetic copies.

Every page under shared/bench/ (both benchmarks) is cleaned from its HTML form; that
article is the original. A fixed-seed share of the pages also get copies made the way
content farms make them:
  dump      the same page cleaned from its text-dump form (other page chrome, other cleaner path)
  reworded  synonym swaps in ~1 of 8 words and ~1 in 6 sentences dropped
  truncated the first 40-80% of the paragraphs
  spun      reworded and truncated
The rest stay single, so the mix also holds many unrelated pages (from shared site
templates too). Reported: pairwise precision/recall of the predicted groups against
the true ones, recall per copy kind, throughput of hashing and of LSH lookup+insert
(wall clock on a shared 2-core machine: noisy), and a sweep over shingle size,
permutations and threshold that justifies the defaults.

Usage: .venv/bin/python bench/copies.py [--shared ../shared] [--sweep]
"""
from __future__ import annotations

import argparse
import itertools
import random
import re
import sys
import time
from pathlib import Path

from sourcetrace.clean import build_article
from sourcetrace.ingest import read_inputs
from sourcetrace.link.copies import CopyIndex, CopySettings, find_copies
from sourcetrace.models import Article, Document

SEED = 20211107
SYNONYMS = {
    "said": "stated", "says": "states", "big": "large", "large": "huge", "small": "little", "people": "persons",
    "about": "around", "also": "as well", "but": "however", "new": "fresh", "show": "display", "help": "assist",
    "buy": "purchase", "start": "begin", "started": "began", "make": "create", "made": "created", "use": "utilise",
    "used": "utilised", "get": "obtain", "got": "obtained", "many": "numerous", "important": "significant",
    "very": "extremely", "quickly": "rapidly", "often": "frequently", "find": "discover", "found": "discovered",
    "need": "require", "told": "informed", "company": "firm", "government": "administration", "car": "vehicle",
    "house": "home", "job": "position", "children": "kids", "city": "town", "country": "nation", "week": "seven days",
    "first": "initial", "last": "final", "good": "fine", "best": "finest", "year": "twelve months", "with": "alongside",
    "will": "shall", "can": "could", "more": "additional", "after": "following", "before": "prior to",
}


def load_pages(shared: Path) -> dict[str, dict[str, Article]]:
    """page id -> {"html": Article, "text": Article} for every page of both benchmarks."""
    pages: dict[str, dict[str, Article]] = {}
    for bench in sorted((shared / "bench").glob("*/*")):
        for kind in ("html", "text"):
            for doc in read_inputs([str(bench / kind)]):
                if not isinstance(doc, Document):
                    continue
                page = f"{bench.name}/{Path(doc.input).name.split('.')[0]}"
                try:
                    pages.setdefault(page, {})[kind] = build_article(doc)
                except Exception as err:  # a page the cleaner cannot read is left out, and said so
                    print(f"skip {doc.input}: {type(err).__name__}", file=sys.stderr)
    return {p: forms for p, forms in pages.items() if "html" in forms and forms["html"].text.strip()}


def reword(text: str, rng: random.Random) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", text)
    kept = [s for s in sentences if rng.random() > 1 / 6] or sentences[:1]

    def swap(m: re.Match) -> str:
        word = m.group(0)
        alt = SYNONYMS.get(word.lower())
        if alt and rng.random() < 0.9:
            return alt.capitalize() if word[0].isupper() else alt
        if rng.random() < 0.04:  # a content farm's spinner also drops words here and there
            return ""
        return word

    return re.sub(r"\w+", swap, " ".join(kept))


def truncate(text: str, rng: random.Random) -> str:
    paragraphs = text.split("\n\n")
    keep = rng.uniform(0.4, 0.8)
    if len(paragraphs) >= 3:
        return "\n\n".join(paragraphs[: max(1, round(len(paragraphs) * keep))])
    return text[: int(len(text) * keep)]


def make_corpus(pages: dict[str, dict[str, Article]]) -> tuple[list[Article], list[str], list[str]]:
    """Articles, their true group (page id) and how each was made (one seeded generator per page, so a
    change in how one page is cleaned does not reshuffle the copies of all the others)."""
    articles, group, kind = [], [], []

    def add(article: Article, page: str, how: str) -> None:
        articles.append(article)
        group.append(page)
        kind.append(how)

    for page in sorted(pages):
        rng = random.Random(f"{SEED}:{page}")
        original = pages[page]["html"]
        original.published = "2020-01-01"
        add(original, page, "original")
        if rng.random() < 0.35:
            continue  # stays single: an unrelated page for the others
        if "text" in pages[page] and pages[page]["text"].text.strip():
            dump = pages[page]["text"]
            dump.published, dump.page_date = None, "2023-05-28"
            add(dump, page, "dump")
        for how in rng.sample(["reworded", "truncated", "spun"], k=rng.randint(1, 2)):
            text = original.text
            if how in ("reworded", "spun"):
                text = reword(text, rng)
            if how in ("truncated", "spun"):
                text = truncate(text, rng)
            add(Article(text=text, title=original.title, published="2020-06-01"), page, how)
    order = list(range(len(articles)))
    random.Random(SEED).shuffle(order)  # copies must not rely on arriving right after their original
    return [articles[i] for i in order], [group[i] for i in order], [kind[i] for i in order]


def pairs_of(labels: list) -> set[tuple[int, int]]:
    by: dict = {}
    for i, label in enumerate(labels):
        if label is not None:
            by.setdefault(label, []).append(i)
    return {(a, b) for members in by.values() for a, b in itertools.combinations(sorted(members), 2)}


def evaluate(articles, gold, kinds, settings: CopySettings) -> dict:
    start = time.perf_counter()
    groups = find_copies(articles, settings)
    elapsed = time.perf_counter() - start
    predicted: list = [None] * len(articles)
    for g_id, g in enumerate(groups):
        for m in g.members:
            predicted[m] = g_id
    gold_pairs, pred_pairs = pairs_of(gold), pairs_of(predicted)
    tp = len(gold_pairs & pred_pairs)
    per_kind = {}
    for how in ("dump", "reworded", "truncated", "spun"):
        wanted = {p for p in gold_pairs if "original" in (kinds[p[0]], kinds[p[1]]) and how in (kinds[p[0]], kinds[p[1]])}
        per_kind[how] = (len(wanted & pred_pairs), len(wanted))
    return {
        "precision": tp / len(pred_pairs) if pred_pairs else 1.0,
        "recall": tp / len(gold_pairs) if gold_pairs else 1.0,
        "groups": len(groups), "per_kind": per_kind, "seconds": elapsed,
        "originals_right": sum(1 for g in groups if kinds[g.original] == "original"),
    }


def throughput(articles: list[Article], settings: CopySettings) -> tuple[float, float]:
    index = CopyIndex(settings)
    start = time.perf_counter()
    sigs = [index.signature(a.text) for a in articles]
    hashing = time.perf_counter() - start
    start = time.perf_counter()
    for i, sig in enumerate(sigs):
        if sig is not None:
            index.query(sig)
            index.lsh.insert(i, sig.minhash)
            index.signatures[i] = sig
    lookup = time.perf_counter() - start
    return len(articles) / hashing, len(articles) / lookup


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    parser.add_argument("--sweep", action="store_true", help="also sweep shingle size, permutations and threshold")
    args = parser.parse_args()
    pages = load_pages(Path(args.shared))
    articles, gold, kinds = make_corpus(pages)
    n_copies = sum(k != "original" for k in kinds)
    print(f"{len(pages)} pages -> {len(articles)} articles ({n_copies} copies, "
          f"{len(articles) - n_copies - len({g for g, k in zip(gold, kinds) if k != 'original'})} pages without copies)")
    if args.sweep:
        print("shingle perm  lsh  contain  precision recall")
        grid = itertools.product((3, 4, 5), (64, 128), (0.1, 0.15, 0.2, 0.3), (0.5, 0.6, 0.7))
        for shingle, num_perm, candidate, threshold in grid:
            settings = CopySettings(shingle=shingle, num_perm=num_perm, candidate=candidate, threshold=threshold)
            r = evaluate(articles, gold, kinds, settings)
            print(f"{shingle:>7} {num_perm:>4} {candidate:>4.2f} {threshold:>8.2f}  {r['precision']:.3f}     {r['recall']:.3f}")
    settings = CopySettings()
    r = evaluate(articles, gold, kinds, settings)
    print(f"chosen {settings}")
    print(f"copy groups: precision {r['precision']:.3f} recall {r['recall']:.3f} (pairwise); "
          f"{r['groups']} groups, original picked right in {r['originals_right']}")
    for how, (found, total) in r["per_kind"].items():
        print(f"  recall vs original, {how:<9}: {found}/{total}")
    hashing, lookup = throughput(articles, settings)
    print(f"throughput (noisy, shared 2-core machine): hashing {hashing:.0f} articles/s, "
          f"LSH lookup+insert {lookup:.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
