#!/usr/bin/env python3
"""Measure responsibility claims end to end (ingest -> clean -> attribution -> link/events.py).

Gold: the "responsibility" blocks of shared/fixtures/seed/expected.json and of the dev set
articles that have one. A gold claim is found when a predicted claim has the same stance
and its claimant and blamed party each match the gold's (token-overlap F1 >= 0.5 or the
same last word, the rule tools/score.py uses for sources). Many dev-set gold claims are
implicit (an accusation read from tone, "appalling terrorist act"), which the explicit
agency patterns do not try to catch: the per-article lines show which.

Usage: .venv/bin/python bench/events.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from sourcetrace.ingest import read_inputs
from sourcetrace.link import Linker
from sourcetrace.pipeline import Analyzer


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", (text or "").lower().replace("’", "'"))


def matches(got: str, want: str) -> bool:
    g, w = set(words(got)) - {"the", "a", "an", "of"}, set(words(want)) - {"the", "a", "an", "of"}
    if g & w:
        p, r = len(g & w) / len(g), len(g & w) / len(w)
        if 2 * p * r / (p + r) >= 0.5:
            return True
    return bool(words(got)) and bool(words(want)) and words(got)[-1] == words(want)[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    args = parser.parse_args()
    shared = Path(args.shared)
    cases = [shared / "fixtures/seed"] + sorted(p.parent for p in (shared / "devset").glob("*/expected.json"))
    analyzer, linker = Analyzer(), Linker()
    total_gold = total_pred = total_found = 0
    for case in cases:
        gold = json.loads((case / "expected.json").read_text(encoding="utf-8")).get("responsibility")
        if not gold:
            continue
        (doc,) = read_inputs([str(case / "article.txt")])
        found = linker.events(analyzer.analyze(doc))
        predicted = found.claims
        used, hits = set(), 0
        for g in gold["claims"]:
            for i, p in enumerate(predicted):
                if i not in used and p.stance == g["stance"] and matches(p.claimant, g["claimant"]) \
                        and matches(p.blamed, g["blamed"]):
                    used.add(i)
                    hits += 1
                    break
        total_gold, total_pred, total_found = total_gold + len(gold["claims"]), total_pred + len(predicted), total_found + hits
        extra = [f"{p.claimant} {p.stance} {p.blamed}" for i, p in enumerate(predicted) if i not in used]
        print(f"{case.name:<30} found {hits}/{len(gold['claims'])} gold claims, {len(predicted)} predicted, "
              f"{len(found.events)} events, {len(found.contradictions)} contradictions"
              + (f"; extra: {'; '.join(extra)}" if extra else ""))
    p = total_found / total_pred if total_pred else 0.0
    r = total_found / total_gold if total_gold else 0.0
    print(f"responsibility claims: precision {p:.2f} recall {r:.2f} ({total_found} of {total_gold} gold, "
          f"{total_pred} predicted)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
