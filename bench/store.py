"""Store benchmark: what storing costs on top of analysis, and API latency on a big database.

    .venv/bin/python bench/store.py [--shared ../shared] [--editions 3] [--rounds 2]
                                    [--attributions 100000] [--requests 60]

1. Ingest throughput: the seed and the dev set (in a few editions, so each is a distinct article)
   analyzed alone, then analyzed + entities found + stored in a fresh SQLite file. Models are
   loaded and warmed first; the best of a few rounds is kept because the machine is shared.
2. API latency: a synthetic SQLite database of at least N attributions, filled with bulk inserts,
   served by `sourcetrace serve` on loopback; a bounded number of requests per query kind.
"""
from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import httpx
from sqlalchemy import insert

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sourcetrace.ingest import read_bytes  # noqa: E402
from sourcetrace.models import Document  # noqa: E402
from sourcetrace.store import Store  # noqa: E402
from sourcetrace.store.ingester import Ingester  # noqa: E402
from sourcetrace.store.schema import articles, attributions, entities, mentions, speakers  # noqa: E402


# --- 1. ingest throughput ---------------------------------------------------------------------------

def documents(shared: Path, editions: int) -> list[Document]:
    sources = [shared / "fixtures/seed/article.txt", *sorted(shared.glob("devset/*/article.txt"))]
    docs = []
    for edition in range(editions):
        for source in sources:
            paragraphs = source.read_text(encoding="utf-8").split("\n\n")
            paragraphs.insert(2, f"The editors revised this story {edition + 1} times, a spokesperson said.")
            (doc,) = read_bytes(f"{source}#{edition}", "\n\n".join(paragraphs).encode())
            docs.append(doc)
    return docs


def ingest_throughput(shared: Path, editions: int, rounds: int) -> None:
    """The real ingest path (Ingester: analyze, entities, save) against its own analyzer alone.

    Each document is analyzed alone and ingested right next to it, so both see the same load on
    a shared machine; the sums over all documents give the ratio."""
    docs = documents(shared, editions)
    analyze_alone = ingest = write = analyze_in_ingest = 0.0
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            store = Store.open(str(Path(tmp) / "bench.db"))
            ingester = Ingester(store)
            ingester.finder.find(ingester.analyzer.analyze(docs[0]))  # warm both models
            for i, doc in enumerate(docs):
                if i % 2:  # a text's first parse is slower (new words): take turns going first
                    alone = timed(ingester.analyzer.analyze, doc)[1]
                analysis, parse = timed(ingester.analyzer.analyze, doc)
                outcome, rest = timed(ingester.store_analysis, analysis)
                assert outcome == "stored"
                if not i % 2:
                    alone = timed(ingester.analyzer.analyze, doc)[1]
                analyze_alone += alone
                analyze_in_ingest += parse
                write += rest
                ingest += parse + rest
            counts = store.counts()
            store.close()
    n = len(docs) * rounds
    print(f"ingest: {len(docs)} articles x {rounds} rounds; per round {counts['attributions']} attributions, "
          f"{counts['mentions']} entity mentions stored")
    print(f"  analyze alone        {analyze_alone:7.2f} s  {n / analyze_alone:6.2f} articles/s")
    print(f"  analyze + store      {ingest:7.2f} s  {n / ingest:6.2f} articles/s")
    print(f"  ratio ingest/analyze {ingest / analyze_alone:7.3f}  (storage overhead {ingest / analyze_alone - 1:+.1%})")
    print(f"  entities + write     {write:7.2f} s  = {write / analyze_in_ingest:.1%} of the analyze time in the same runs")


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


# --- 2. API latency ----------------------------------------------------------------------------------

WORDS = [w for w in """minister official government militia attack drone report election border treaty budget
bank inflation court appeal ruling police protest strike union hospital vaccine outbreak climate flood drought
harvest export tariff sanction embassy talks ceasefire troops missile nuclear reactor pipeline oil gas price
school teacher student research study university scientist data survey poll voters campaign party senator
council mayor city bridge road railway airport flight crash fire storm earthquake rescue victims witness
company shares profit loss merger contract workers jobs factory plant energy solar wind coal water river""".split()]
NAMES = ["Alice Moreau", "Bashir Haddad", "Chen Wei", "Dmitri Volkov", "Elena Ruiz", "Farid Khan", "Grace Okafor",
         "Hiro Tanaka", "Ingrid Berg", "Jamal Wright", "Kofi Mensah", "Lena Fischer", "Marta Silva", "Nadia Petrova"]
ORGS = ["Northwind Energy", "Ministry of Health", "United Transit", "Harbor Bank", "Civic Alliance",
        "Green Coast Council", "Atlas Mining", "Federal Court"]
KINDS = ["person", "anonymous", "organization", "government", "outlet", "document"]


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def synthetic_database(db: str, n_attributions: int, per_article: int = 50, seed: int = 7) -> None:
    """Bulk-insert articles, speakers, attributions, entities and mentions (search indexes fill by trigger)."""
    rng = random.Random(seed)
    store = Store.open(db)
    n_articles = -(-n_attributions // per_article)
    people = [f"{first} {rng.choice(['Adams', 'Baker', 'Cruz', 'Diaz', 'Evans', 'Ford', 'Gray', 'Hale'])} {i}"
              for i, first in enumerate(rng.choice(NAMES).split()[0] for _ in range(3000))]
    now = datetime.now(timezone.utc)
    with store.engine.begin() as conn:
        conn.execute(insert(speakers), [dict(pk=i + 1, key=name.lower(), name=name, kind=rng.choice(KINDS[:1] + KINDS[2:]))
                                        for i, name in enumerate(people)]
                     + [dict(pk=len(people) + 1, key="officials @synthetic", name="officials", kind="anonymous")])
        conn.execute(insert(entities), [dict(pk=i + 1, key=name.lower(), name=name, label="ORG" if name in ORGS else "PERSON")
                                        for i, name in enumerate(NAMES + ORGS)])
        entity_names = NAMES + ORGS
        day0 = date(2015, 1, 1)
        att_pk = 0
        for a in range(n_articles):
            text = "\n\n".join(sentence(rng, 60) for _ in range(8))
            day = (day0 + timedelta(days=rng.randrange(3650))).isoformat()
            conn.execute(insert(articles), [dict(
                pk=a + 1, id=f"syn{a:013d}", title=sentence(rng, 8).capitalize(), url=None,
                outlet=rng.choice(["Daily Planet", "Evening Star", "Morning Post", "Wire Service"]), authors=[],
                section=None, page_date=None, published=None, published_source=None, stale=False, language="en",
                warnings=[], text=text, input="synthetic", date=day,
                pipeline_version="bench", attribution_count=per_article, ingested_at=now)])
            rows, links = [], []
            for position in range(1, per_article + 1):
                att_pk += 1
                named = rng.choice(entity_names)
                content = f"{sentence(rng, 6)} {named} {sentence(rng, 10)}"
                anonymous = rng.random() < 0.3
                speaker_pk = len(people) + 1 if anonymous else rng.randrange(1, len(people) + 1)
                rows.append(dict(
                    pk=att_pk, id=f"syn{a:013d}-{position}", article_pk=a + 1, position=position, speaker_pk=speaker_pk,
                    source_text="officials" if anonymous else people[speaker_pk - 1],
                    source_name=None if anonymous else people[speaker_pk - 1],
                    source_kind="anonymous" if anonymous else "person", affiliation=None, cue="said",
                    content=content, quote=rng.choice(["direct", "indirect"]),
                    stance="deny" if rng.random() < 0.1 else "assert", hedge=None, hedge_probability=None,
                    medium=rng.choice([None, None, "Twitter", "a statement"]), cites=None,
                    source_start=0, source_end=5, cue_start=6, cue_end=10, content_spans=[[11, 40]], part="body",
                    medium_start=None, medium_end=None, date=day))
                start = content.index(named)
                links.append(dict(attribution_pk=att_pk, start=start, end=start + len(named),
                                  entity_pk=entity_names.index(named) + 1))
            conn.execute(insert(attributions), rows)
            conn.execute(insert(mentions), links)
    store.close()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def api_latency(n_attributions: int, requests: int, postgres: str | None = None) -> None:
    """On a new SQLite file, or on an empty PostgreSQL database when a URL is given."""
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        db = postgres or str(Path(tmp) / "synthetic.db")
        start = time.perf_counter()
        synthetic_database(db, n_attributions)
        built = time.perf_counter() - start
        store = Store.open(db)
        counts = store.counts()
        store.close()
        print(f"api ({store.dialect}): synthetic database of {counts['attributions']} attributions in "
              f"{counts['articles']} articles, "
              f"built in {built:.1f} s")
        with socket_port() as port:
            server = subprocess.Popen([sys.executable, "-m", "sourcetrace.cli", "serve", "--db", db, "--port",
                                       str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            base = f"http://127.0.0.1:{port}"
            with httpx.Client(base_url=base, timeout=30) as client:
                wait_until_up(client, server)
                kinds = {
                    "list (newest first)": lambda: ("/api/attributions", {}),
                    "full text q=": lambda: ("/api/attributions", {"q": " ".join(rng.sample(WORDS, 2))}),
                    "speaker=": lambda: ("/api/attributions", {"speaker": rng.choice(NAMES).split()[0]}),
                    "about=": lambda: ("/api/attributions", {"about": rng.choice(NAMES + ORGS)}),
                    "kind+stance": lambda: ("/api/attributions", {"kind": "anonymous", "stance": "deny"}),
                    "date range": lambda: ("/api/attributions", {"since": f"{rng.randrange(2015, 2024)}-06",
                                                                  "until": f"{rng.randrange(2015, 2025)}"}),
                    "search": lambda: ("/api/search", {"q": rng.choice(WORDS)}),
                    "one article": lambda: (f"/api/articles/syn{rng.randrange(counts['articles']):013d}", {}),
                }
                every = []
                print(f"  {requests} requests each, loopback HTTP, ms:      p50      p95")
                for label, make in kinds.items():
                    times = []
                    for _ in range(requests):
                        path, params = make()
                        t0 = time.perf_counter()
                        response = client.get(path, params=params)
                        times.append((time.perf_counter() - t0) * 1000)
                        response.raise_for_status()
                    every += times
                    print(f"  {label:<40} {percentile(times, 0.5):8.1f} {percentile(times, 0.95):8.1f}")
                print(f"  {'all attribution queries':<40} {percentile(every, 0.5):8.1f} {percentile(every, 0.95):8.1f}")
        finally:
            server.terminate()
            server.wait(timeout=30)


class socket_port:
    """A free loopback port (closed again before the server binds it)."""

    def __enter__(self) -> int:
        import socket

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        return self.sock.getsockname()[1]

    def __exit__(self, *exc) -> None:
        self.sock.close()


def wait_until_up(client: httpx.Client, server: subprocess.Popen) -> None:
    for _ in range(600):
        if server.poll() is not None:
            raise SystemExit(f"server exited: {server.stderr.read().decode()[-500:]}")
        try:
            client.get("/api/articles", params={"limit": 1}).raise_for_status()
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit("server did not come up")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--editions", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--attributions", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--postgres", metavar="URL", help="also measure the API on this empty PostgreSQL database")
    args = parser.parse_args()
    print(f"store benchmark, {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; timings on a shared machine are noisy")
    if not args.skip_ingest:
        ingest_throughput(args.shared, args.editions, args.rounds)
    api_latency(args.attributions, args.requests)
    if args.postgres:
        api_latency(args.attributions, args.requests, args.postgres)


if __name__ == "__main__":
    main()
