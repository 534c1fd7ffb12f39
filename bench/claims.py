#!/usr/bin/env python3
"""Measure claim clustering (src/sourcetrace/link/claims.py) on the dev set's gold attributions.

Items: every gold content in shared/devset/*/expected.json, each a claim of its own,
plus copies that state the same claim in other words:
  hand      paraphrases written for this benchmark (PARAPHRASES below: other words, other order)
  spun      synonym swaps and a dropped trailing clause (fixed random seed)
  negated   the same proposition denied ("not" inserted): must join its cluster too,
            since a cluster is a proposition and the contradiction finder needs both sides
  natural   the seed's own same-claim pairs (NATURAL below), said by different speakers in other words
Same-claim pairs: an item and its copies (and gold contents where one contains the
other verbatim); every other pair is a different-claim pair. Reported: pairwise
precision and recall of the predicted clusters, recall per copy kind, and a sweep
over the threshold and the entity weight that justifies the defaults.

Usage: .venv/bin/python bench/claims.py [--shared ../shared] [--sweep]
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from pathlib import Path


from sourcetrace.link import Linker, same_responsibility
from sourcetrace.link.claims import ClaimClusterer, ClaimItem, average_linkage
from sourcetrace.models import Attribution, Source

SEED = 5
# (devset slug, gold id) -> a paraphrase a second outlet might print.
PARAPHRASES = {
    ("baghdad-car-bombings", "A1"): "the number of dead will probably go up",
    ("baghdad-car-bombings", "A3"): "explosive-laden vehicles had been left in garages near the buildings that were hit",
    ("baghdad-car-bombings", "A9"): "al-Qaeda was responsible for the bombings",
    ("baghdad-car-bombings", "A5"): "around 25 employees of Baghdad's Provincial Council were killed in the blasts",
    ("basra-airstrikes", "A1"): "eight civilians died when a U.S. air strike hit a home in the Hananiyah district of Basra",
    ("basra-airstrikes", "A12"): "fighting between security forces and insurgents had left 75 dead and almost 500 wounded",
    ("basra-airstrikes", "A9"): "the offensive was not aimed at the Mahdi Army",
    ("binyam-mohamed-appeal", "A3"): "Washington had threatened to stop sharing terrorism intelligence",
    ("binyam-mohamed-appeal", "A9"): "Britain had been complicit in torture",
    ("china-bandit-king-bribery", "A6"): "corruption charges",
    ("lockerbie-megrahi-buried", "A1"): "al-Megrahi ought never to have been freed from jail",
    ("lockerbie-megrahi-buried", "A8"): "al-Megrahi was innocent",
    ("lockerbie-megrahi-buried", "A11"): "being responsible for the bombing",
    ("nasa-shuttle-homes", "A6"): "one of the orbiters should have gone to Houston",
    ("north-korea-quasi-war", "A6"): "the loudspeaker broadcasts are going to carry on",
    ("scientology-defector-arrest", "A4"): "the organization never got the materials back",
    ("scientology-defector-arrest", "A9"): "Montalvo's case was being handled as a grand theft matter",
    ("australia-iodine-deficiency", "A1"): "many Australian children do not get enough iodine",
    ("uk-asylum-questionnaire", "A1"): "the asylum interview will be replaced with a questionnaire for people of five nationalities",
}
# Same-claim pairs that occur naturally in the seed article (gold ids of shared/fixtures/seed/expected.json).
NATURAL = [("A1", "A7"), ("A5", "A10")]
SWAPS = {"said": "stated", "killed": "slain", "people": "persons", "about": "around", "more": "additional",
         "government": "administration", "attack": "assault", "attacks": "assaults", "will": "is set to",
         "many": "numerous", "children": "kids", "told": "informed", "large": "big", "big": "large",
         "died": "were killed", "police": "officers", "report": "account", "is": "was", "are": "were"}


def spin(text: str, rng: random.Random) -> str:
    text = re.split(r",\s+(?:who|which|although|while|as|because)\b", text)[0]
    return re.sub(r"\w+", lambda m: SWAPS.get(m.group(0), m.group(0)) if rng.random() < 0.8 else m.group(0), text)


def negate(text: str) -> str:
    out, n = re.subn(r"\b(is|was|are|were|has|have|had|will|would|can|could|should|did)\b", r"\1 not", text, count=1)
    return out if n else "it is not true that " + text


def load_items(shared: Path) -> tuple[list[ClaimItem], list[int], list[str]]:
    """Items, the gold claim each belongs to, and how each was made."""
    rng = random.Random(SEED)
    items, claim, kind = [], [], []
    golds = []
    for path in sorted((shared / "devset").glob("*/expected.json")):
        for att in json.loads(path.read_text(encoding="utf-8"))["attributions"]:
            golds.append((path.parent.name, att))

    def add(slug, att, content, how, claim_id, stance=None):
        a = Attribution(source=Source(text=att["source"], kind=att["source_kind"], name=att.get("resolved")),
                        cue=att.get("cue") or "", content=content, quote=att["quote"],
                        stance=stance or att["stance"], id=att["id"])
        items.append(ClaimItem(article=f"{slug}/{how}", attribution=a, outlet=f"{slug}/{how}"))
        claim.append(claim_id)
        kind.append(how)

    for c, (slug, att) in enumerate(golds):
        add(slug, att, att["content"], "gold", c)
        if (slug, att["id"]) in PARAPHRASES:
            add(slug, att, PARAPHRASES[(slug, att["id"])], "hand", c)
        if len(att["content"].split()) >= 6 and rng.random() < 0.4:
            add(slug, att, spin(att["content"], rng), "spun", c)
        if len(att["content"].split()) >= 6 and rng.random() < 0.15:
            add(slug, att, negate(att["content"]), "negated", c)
    seed = json.loads((shared / "fixtures/seed/expected.json").read_text(encoding="utf-8"))["attributions"]
    seed_claim = {}
    for att in seed:
        c = len(golds) + len(seed_claim)
        for a, b in NATURAL:
            if att["id"] == b:
                c = seed_claim[a]
        seed_claim[att["id"]] = c
        add("seed", att, att["content"], "gold" if c == len(golds) + len(seed_claim) - 1 else "natural", c)
    # gold contents that contain one another verbatim state the same claim
    for (i, (_, a)), (j, (_, b)) in itertools.combinations(enumerate(golds), 2):
        if a["content"] in b["content"] or b["content"] in a["content"]:
            old, new = claim[j], claim[i]
            claim[:] = [new if x == old else x for x in claim]
    return items, claim, kind


def pairs_of(labels: list) -> set[tuple[int, int]]:
    by: dict = {}
    for i, label in enumerate(labels):
        by.setdefault(label, []).append(i)
    return {(a, b) for m in by.values() for a, b in itertools.combinations(sorted(m), 2)}


def score(groups: list[list[int]], gold: list[int], kinds: list[str]) -> dict:
    predicted = [0] * len(gold)
    for g, members in enumerate(groups):
        for m in members:
            predicted[m] = g
    gp, pp = pairs_of(gold), pairs_of(predicted)
    tp = len(gp & pp)
    per_kind = {}
    for how in ("hand", "spun", "negated", "natural"):
        wanted = {p for p in gp if {kinds[p[0]], kinds[p[1]]} == {"gold", how}}
        if how == "natural":
            wanted = {p for p in gp if "natural" in (kinds[p[0]], kinds[p[1]])}
        per_kind[how] = (len(wanted & pp), len(wanted))
    return {"precision": tp / len(pp) if pp else 1.0, "recall": tp / len(gp), "pairs": (tp, len(pp), len(gp)),
            "per_kind": per_kind}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    parser.add_argument("--sweep", action="store_true")
    args = parser.parse_args()
    items, gold, kinds = load_items(Path(args.shared))
    print(f"{len(items)} items: {kinds.count('gold')} gold contents, {kinds.count('hand')} hand paraphrases, "
          f"{kinds.count('spun')} spun, {kinds.count('negated')} negated; {len(pairs_of(gold))} same-claim pairs")
    clusterer = ClaimClusterer()
    vectors = clusterer.embed([it.attribution.content for it in items])
    cached = ClaimClusterer(model=clusterer.model)
    cached.embed = lambda texts: vectors  # the sweep reuses one embedding pass
    if args.sweep:
        print("threshold bonus penalty  precision recall")
        grid = itertools.product((0.6, 0.7, 0.75, 0.8, 0.82, 0.85, 0.88), ((0, 0), (0, 0.1), (0.05, 0.1), (0.1, 0.1), (0.1, 0.2)))
        for threshold, (bonus, penalty) in grid:
            cached.entity_bonus, cached.entity_penalty = bonus, penalty
            sims = cached.similarity([it.attribution.content for it in items])
            r = score(average_linkage(sims, threshold), gold, kinds)
            print(f"{threshold:>9.2f} {bonus:>5.2f} {penalty:>7.2f}  {r['precision']:.3f}     {r['recall']:.3f}")
    default = ClaimClusterer()
    cached.threshold, cached.entity_bonus, cached.entity_penalty = default.threshold, default.entity_bonus, default.entity_penalty
    plain = cached.cluster(items)
    r = score([c.members for c in plain] + [[i] for i in range(len(items)) if not any(i in c.members for c in plain)],
              gold, kinds)
    print(f"contents only (ClaimClusterer): precision {r['precision']:.3f} recall {r['recall']:.3f}; "
          f"natural pairs {r['per_kind']['natural'][0]}/{r['per_kind']['natural'][1]}")
    agreeing = same_responsibility(Linker(clusterer=cached).responsibility.claims_each([it.attribution for it in items]))
    clusters = cached.cluster(items, agreeing)
    print(f"with the Linker's responsibility agreement ({len(agreeing)} agreeing pairs):")
    groups = [c.members for c in clusters] + [[i] for i in range(len(items))
                                               if not any(i in c.members for c in clusters)]
    r = score(groups, gold, kinds)
    tp, npred, ngold = r["pairs"]
    print(f"chosen threshold {cached.threshold} entity bonus {cached.entity_bonus} penalty {cached.entity_penalty}: "
          f"pairwise precision "
          f"{r['precision']:.3f} recall {r['recall']:.3f} ({tp} of {ngold} same-claim pairs found, "
          f"{npred - tp} different-claim pairs joined)")
    for how, (found, total) in r["per_kind"].items():
        print(f"  recall vs gold content, {how:<7}: {found}/{total}")
    wrong = [c for c in clusters if len({gold[m] for m in c.members}) > 1]
    for c in wrong[:5]:
        print("  joined different claims:", " | ".join(items[m].attribution.content[:60] for m in c.members))
    return 0


if __name__ == "__main__":
    sys.exit(main())
