#!/usr/bin/env python3
"""Measure responsibility claims end to end (ingest -> clean -> attribution -> link/events.py).

Gold: the "responsibility" blocks of shared/fixtures/seed/expected.json and of the dev set
articles that have one. A gold claim is found when a predicted claim has the same stance
and its claimant and blamed party each match the gold's (token-overlap F1 >= 0.5 or the
same last word, the rule tools/score.py uses for sources; an acronym matches the name it
abbreviates, "UK" and "United Kingdom"). Many dev-set gold claims are implicit (an
accusation read from tone, "appalling terrorist act"), which the explicit constructions do
not try to catch: the per-article lines show which.

The dev set is split as bench/attribution.py splits it: every third slug (in sorted order)
was held out while the rules were written; the figures are printed for both parts.

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


def acronym(short: str, full: str) -> bool:
    """ "UK" for "United Kingdom", "US" for "the United States"."""
    initials = "".join(w[0] for w in re.findall(r"[A-Z][a-z]+", full))
    letters = re.sub(r"[^A-Z]", "", short)
    return len(letters) >= 2 and short.replace(".", "").strip() == letters and letters == initials


def matches(got: str, want: str) -> bool:
    if acronym(got, want) or acronym(want, got):
        return True
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
    slugs = sorted(p.name for p in (shared / "devset").iterdir() if p.is_dir())
    held_out = set(slugs[2::3])
    analyzer, linker = Analyzer(), Linker()
    totals = {"all": [0, 0, 0], "seed + developed on": [0, 0, 0], "held out (every third slug)": [0, 0, 0]}
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
        part = "held out (every third slug)" if case.name in held_out else "seed + developed on"
        for key in ("all", part):
            totals[key] = [totals[key][0] + len(gold["claims"]), totals[key][1] + len(predicted),
                           totals[key][2] + hits]
        extra = [f"{p.claimant} {p.stance} {p.blamed}" for i, p in enumerate(predicted) if i not in used]
        print(f"{case.name:<30} found {hits}/{len(gold['claims'])} gold claims, {len(predicted)} predicted, "
              f"{len(found.events)} events, {len(found.contradictions)} contradictions"
              + (f"; extra: {'; '.join(extra)}" if extra else ""))
    for name, (n_gold, n_pred, n_found) in totals.items():
        p = n_found / n_pred if n_pred else 0.0
        r = n_found / n_gold if n_gold else 0.0
        print(f"responsibility claims, {name}: precision {p:.2f} recall {r:.2f} ({n_found} of {n_gold} gold, "
              f"{n_pred} predicted)")
    return 0

if __name__ == "__main__":
    sys.exit(main())
