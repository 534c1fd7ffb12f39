#!/usr/bin/env python3
"""Where the HTML date misses on the naeb benchmark come from.

For every naeb page, compares the gold "date" with what the clean stage returns
(`published`, the original publication date; `page_date`, a shown "updated" date)
and with the page's declared modified date, and counts each page in one bucket:

  published       gold == our published date
  page date       gold == our page_date (the shown update), not the publication date
  modified        gold == the declared dateModified / article:modified_time only
  other year      gold has our month and day but another year
  one day off     gold is one day from ours (a time-zone choice)
  other           anything else

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

from sourcetrace.clean.html_dates import declared_modified
from sourcetrace.clean.metadata import read_page_meta
from sourcetrace.clean import build_article
from sourcetrace.ingest import read_bytes

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction import page_id, split_of  # noqa: E402

BUCKETS = ["published", "page date", "modified", "other year", "one day off", "other"]


def bucket(gold: str, published: str | None, page_date: str | None, modified: str | None) -> str:
    if published == gold:
        return "published"
    if page_date == gold:
        return "page date"
    if modified == gold:
        return "modified"
    if published and published[4:] == gold[4:]:
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
    for path in sorted((root / "html").iterdir()):
        key = page_id(path)
        if key not in truth:
            continue
        doc = next(read_bytes(str(path), path.read_bytes()))
        article = build_article(doc)
        stamp = declared_modified(read_page_meta(load_html(doc.content)))
        modified = stamp.date().isoformat() if stamp else None
        counts[split_of(key)][bucket(truth[key]["date"][:10], article.published, article.page_date, modified)] += 1
    print(f"{'split':<9} {'pages':>5}  " + "  ".join(f"{b:>11}" for b in BUCKETS))
    for split, c in [*counts.items(), ("all", counts["dev"] + counts["held-out"])]:
        print(f"{split:<9} {sum(c.values()):>5}  " + "  ".join(f"{c[b]:>11}" for b in BUCKETS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
