#!/usr/bin/env python3
"""Where the HTML date misses on the naeb benchmark come from, and how many can be fixed.

The gold "date" of naeb is the date an annotator read off the page. `published` is the
first publication (stale detection needs that meaning); `page_date` is a shown update.
For every page the gold is put in one bucket, first match wins:

  published       gold == our published date
  shown update    gold == our page_date or the declared dateModified day (the update, not the publication)
  other year      gold has the month and day of one of the page's dates, with a year the page does not state
  one day off     gold is one day from our published date (a time-zone choice; the page shows ours)
  other           anything else (e.g. a date from a photo caption, or none the page shows)

It then prints, per split, how often the gold takes the update on pages that have one (the
rule is not consistent), the best score `published` can reach if every page outside the first
three buckets were fixed, and one example page per bucket.

    python bench/html_dates.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from trafilatura.utils import load_html

from sourcetrace.clean import build_article
from sourcetrace.clean.html_dates import declared_modified
from sourcetrace.clean.metadata import read_page_meta
from sourcetrace.ingest import read_bytes

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction import page_id, split_of  # noqa: E402

BUCKETS = ["published", "shown update", "other year", "one day off", "other"]
UNFIXABLE = ("shown update", "other year")  # fixing these would change what `published` means, or needs a wrong year


def bucket(gold: str, published: str | None, page_date: str | None, modified: str | None) -> str:
    if published == gold:
        return "published"
    if gold in (page_date, modified):
        return "shown update"
    if any(d and d[4:] == gold[4:] for d in (published, page_date, modified)):
        return "other year"
    if published and abs((date.fromisoformat(published) - date.fromisoformat(gold)).days) == 1:
        return "one day off"
    return "other"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1] / ".." / "shared"))
    args = ap.parse_args()
    root = Path(args.shared).resolve() / "bench" / "metadata" / "naeb"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    counts = {"dev": Counter(), "held-out": Counter()}
    with_update = {"dev": Counter(), "held-out": Counter()}
    examples: dict[str, str] = {}
    for path in sorted((root / "html").iterdir()):
        key = page_id(path)
        if key not in truth:
            continue
        doc = next(read_bytes(str(path), path.read_bytes()))
        article = build_article(doc)
        stamp = declared_modified(read_page_meta(load_html(doc.content)))
        modified = stamp.date().isoformat() if stamp else None
        gold = truth[key]["date"][:10]
        found = bucket(gold, article.published, article.page_date, modified)
        split = split_of(key)
        counts[split][found] += 1
        if article.published and any(d and d != article.published for d in (article.page_date, modified)):
            with_update[split]["gold = published" if gold == article.published else "gold = update" if found == "shown update" else "gold = neither"] += 1
        if split == "dev" and found != "published":
            examples.setdefault(found, f"{key} {truth[key]['url'][:80]}\n      gold {gold}, published {article.published}, page_date {article.page_date}, declared modified {modified}")
    years = Counter(v["date"][:4] for v in truth.values())
    print(f"{'split':<9} {'pages':>5}  " + "  ".join(f"{b:>12}" for b in BUCKETS) + "  reachable")
    for split, c in [*counts.items(), ("all", counts["dev"] + counts["held-out"])]:
        pages = sum(c.values())
        reachable = (pages - sum(c[b] for b in UNFIXABLE)) / pages
        print(f"{split:<9} {pages:>5}  " + "  ".join(f"{c[b]:>12}" for b in BUCKETS) + f"  {reachable:9.3f}")
    print("\npages with an update on another day than the publication:")
    for split, c in [*with_update.items(), ("all", with_update["dev"] + with_update["held-out"])]:
        print(f"  {split:<9} " + ", ".join(f"{k} {c[k]}" for k in ("gold = published", "gold = update", "gold = neither")))
    print(f"\ngold years: " + ", ".join(f"{y} {n}" for y, n in years.most_common()))
    print("\none dev example per miss bucket:")
    for name in BUCKETS[1:]:
        if name in examples:
            print(f"  {name:<12} {examples[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
