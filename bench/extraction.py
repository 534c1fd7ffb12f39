#!/usr/bin/env python3
"""Article extraction benchmark: sourcetrace's clean stage on the shared benchmark pages.

Runs the same code path as `sourcetrace analyze` (ingest.read_bytes -> clean.build_article)
on every page of ../shared/bench/{extraction/scrapinghub,metadata/naeb}/{html,text}/,
scores it with ../shared/tools/score_extraction.py, and prints one row per
(benchmark, input kind, split). Pages are split by a hash of their id into "dev"
(75%) and "held-out" (25%): the cleaner is never tuned on the held-out pages.

    python bench/extraction.py [--shared ../shared] [--kinds html text] [--baseline]

--baseline adds trafilatura alone (HTML) and the untouched dump (text) for comparison.
Pages per second are measured on one core (this process), ingest + clean only.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sourcetrace.clean import build_article
from sourcetrace.ingest import read_bytes
from sourcetrace.models import Document

BENCHMARKS = {"scrapinghub": "bench/extraction/scrapinghub", "naeb": "bench/metadata/naeb"}


def split_of(page_id: str) -> str:
    return "held-out" if int(hashlib.sha256(f"split/{page_id}".encode()).hexdigest(), 16) % 4 == 0 else "dev"


def page_id(path: Path) -> str:
    return path.name.split(".")[0]


def ours(path: Path) -> dict:
    for doc in read_bytes(str(path), path.read_bytes()):
        if isinstance(doc, Document):
            a = build_article(doc)
            return {"articleBody": a.text, "title": a.title, "date": a.published, "authors": ", ".join(a.authors)}
    return {}


def trafilatura_alone(path: Path) -> dict:
    import trafilatura

    doc = next(read_bytes(str(path), path.read_bytes()))
    r = trafilatura.bare_extraction(doc.content, with_metadata=True)
    r = r.as_dict() if r else {}
    return {"articleBody": r.get("text") or "", "title": r.get("title"), "date": r.get("date"), "authors": (r.get("author") or "").replace(";", ",")}


def untouched(path: Path) -> dict:
    return {"articleBody": path.read_text(encoding="utf-8", errors="replace")}


def score(tool: Path, preds: dict, truth: dict, keys: list[str]) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        p, t = Path(tmp, "pred.json"), Path(tmp, "truth.json")
        p.write_text(json.dumps({k: preds.get(k, {}) for k in keys}))
        t.write_text(json.dumps({k: truth[k] for k in keys}))
        out = subprocess.run([sys.executable, str(tool), str(p), str(t)], capture_output=True, text=True, check=True)
        return out.stdout.strip()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1] / ".." / "shared"))
    ap.add_argument("--kinds", nargs="+", default=["html", "text"], choices=["html", "text"])
    ap.add_argument("--benchmarks", nargs="+", default=list(BENCHMARKS), choices=list(BENCHMARKS))
    ap.add_argument("--baseline", action="store_true")
    args = ap.parse_args()
    shared = Path(args.shared).resolve()
    tool = shared / "tools" / "score_extraction.py"
    print(f"{'benchmark':<12} {'kind':<5} {'system':<18} {'split':<9} result")
    for bench in args.benchmarks:
        root = shared / BENCHMARKS[bench]
        truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
        for kind in args.kinds:
            pages = sorted(p for p in (root / kind).iterdir() if page_id(p) in truth)
            systems = [("sourcetrace", ours)]
            if args.baseline:
                systems.append(("trafilatura alone" if kind == "html" else "untouched dump", trafilatura_alone if kind == "html" else untouched))
            for name, fn in systems:
                start = time.process_time()
                preds = {page_id(p): fn(p) for p in pages}
                rate = len(pages) / max(time.process_time() - start, 1e-9)
                for split in ("all", "dev", "held-out"):
                    keys = [k for k in truth if split == "all" or split_of(k) == split]
                    line = score(tool, preds, truth, keys)
                    speed = f"; {rate:.1f} pages/s (CPU time, one core)" if split == "all" else ""
                    print(f"{bench:<12} {kind:<5} {name:<18} {split:<9} {line}{speed}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
