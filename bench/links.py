#!/usr/bin/env python3
"""Measure the stored, incremental links (src/sourcetrace/link/corpus.py): quality in two ingest orders,
and the cost of linking one more article as the store grows.

quality   the copy benchmark's corpus (bench/copies.py) and the claim benchmark's items (bench/claims.py,
          one article per source) are stored and linked one article at a time, forwards and backwards;
          pairwise P/R of the stored copy groups and claim clusters, and whether both orders agree.
scale     a few hundred real pages are analysed and prepared (parse, events, MiniLM) once; the store is
          then grown with generated variants of those analyses: each story mixes sentences of a page
          with sentences of three others under a new date, its reports are copies (sentences dropped,
          reworded) or independent retellings (another mix of the same page), dated 100 articles a
          day as an archive grows (in arrival order, stories of a day mixed), each with a new id and
          outlet; each story rewords a third of its longer words its own way, so that stories told
          from one page are not copies of each other (copy groups stay the size of a story); the attributions whose sentences survive are kept, their embeddings perturbed (one
          offset per story, so stories differ; a small one per report, so a story's claims cluster).
          This measures linking, not parsing: the generated articles are stored and linked with their
          prepared analyses. Every article is linked by the same CorpusLinker, one at a time, each in
          its own transaction, in the order of its number; to grow the store faster, the fillers are
          made and stored by a second process (the other core) and linked as they arrive, untimed (the
          linker reads only linked rows, so articles stored ahead of it change nothing). At each size,
          the last --sample articles are made, stored and linked by this process alone: the mean wall
          and CPU time of linking one, this process's memory (it holds the ANN index) now and at its
          peak, and p50/p95 of /api/claims and /api/events over loopback HTTP.
extend    the same timing onto a store grown before (--extend DB: kept from a scale run, or copied onto
          PostgreSQL with `sourcetrace copy`), so stores of several sizes are timed one after the other on an
          equally quiet machine.

Usage: .venv/bin/python bench/links.py [--shared ../shared] [--quality] [--sizes 10000,50000,100000]
                                       [--db DB] [--pages 300] [--extend DB]
"""
from __future__ import annotations

import argparse
import copy
import hashlib
import multiprocessing
import os
import pickle
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import httpx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store import percentile, socket_port, wait_until_up  # noqa: E402  (bench/store.py)

from sourcetrace.link.copies import CopyIndex  # noqa: E402
from sourcetrace.link.corpus import CorpusLinker, Prepared  # noqa: E402
from sourcetrace.models import Analysis, Article  # noqa: E402
from sourcetrace.store import Store  # noqa: E402

SENTENCE = re.compile(r"(?<=[.!?])\s+")
WORD = re.compile(r"[^\W\d_]+")


# --- quality in two orders -------------------------------------------------------------------------

def link_in_order(analyses: list[Analysis], order: list[int], linker) -> tuple[Store, dict]:
    tmp = tempfile.mkdtemp()
    store = Store.open(str(Path(tmp) / "q.db"))
    linking = CorpusLinker(store, linker)
    for i in order:
        store.save(analyses[i], "1.0")
        linking.link(analyses[i].article.id)
    return store, linking


def quality(shared: Path) -> None:
    import copies as copy_bench
    import claims as claim_bench
    from sqlalchemy import select

    from sourcetrace.link import Linker
    from sourcetrace.store.schema import articles, attributions, claim_links, linked

    linker = Linker()
    pages = copy_bench.load_pages(shared)
    texts, gold, kinds = copy_bench.make_corpus(pages)
    analyses = [Analysis(f"c{i}", Article(text=a.text, title=a.title, published=a.published, page_date=a.page_date,
                                          stale=a.stale, id=f"c{i:05d}"), []) for i, a in enumerate(texts)]
    for name, order in (("forward", list(range(len(analyses)))), ("backward", list(range(len(analyses)))[::-1])):
        store, _ = link_in_order(analyses, order, linker)
        with store.engine.connect() as conn:
            group = dict(conn.execute(select(articles.c.id, linked.c.copy_group).join(linked)).all())
        sizes: dict = {}
        for g in group.values():
            sizes[g] = sizes.get(g, 0) + 1
        predicted = [group[a.article.id] if sizes[group[a.article.id]] > 1 else None for a in analyses]
        gp, pp = copy_bench.pairs_of(gold), copy_bench.pairs_of(predicted)
        tp = len(gp & pp)
        print(f"copies, stored, {name:<8}: precision {tp / len(pp):.3f} recall {tp / len(gp):.3f} "
              f"({len(analyses)} articles)")
        store.close()

    items, cgold, ckinds = claim_bench.load_items(shared)
    by_article: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        by_article.setdefault(item.article, []).append(i)
    claim_analyses = []
    for n, (name, members) in enumerate(sorted(by_article.items())):
        text, atts = "", []
        for i in members:
            att = copy.deepcopy(items[i].attribution)
            start = len(text)
            text += f"{att.source.text} said {att.content}. "
            att.content_spans = [(start + len(att.source.text) + 6, start + len(att.source.text) + 6 + len(att.content))]
            atts.append(att)
        claim_analyses.append(Analysis(name, Article(text=text, title=name, outlet=name, id=f"k{n:05d}"), atts))
    index = {(a.article.id, p + 1): i for a, members in zip(claim_analyses, [by_article[k] for k in sorted(by_article)])
             for p, i in enumerate(members)}
    results = []
    for name, order in (("forward", list(range(len(claim_analyses)))),
                        ("backward", list(range(len(claim_analyses)))[::-1])):
        store, _ = link_in_order(claim_analyses, order, linker)
        with store.engine.connect() as conn:
            rows = conn.execute(select(articles.c.id, attributions.c.position, claim_links.c.cluster)
                                .select_from(claim_links.join(attributions, attributions.c.pk == claim_links.c.attribution_pk)
                                             .join(articles))).all()
        clusters: dict = {}
        for article_id, position, cluster in rows:
            clusters.setdefault(cluster, []).append(index[(article_id, position)])
        groups = sorted(sorted(m) for m in clusters.values())
        results.append(groups)
        r = claim_bench.score(groups, cgold, ckinds)
        print(f"claim clusters, stored, {name:<8}: precision {r['precision']:.3f} recall {r['recall']:.3f} "
              f"({len(items)} items)")
        store.close()
    print(f"two orders give the same claim clusters: {results[0] == results[1]}")


# --- scale -------------------------------------------------------------------------------------------

def base_analyses(shared: Path, pages: int, cache: Path) -> list[tuple[Analysis, Prepared]]:
    """Real pages analysed and prepared once (kept in a cache file outside the repository)."""
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from sourcetrace.ingest import read_inputs
    from sourcetrace.link import Linker
    from sourcetrace.models import InputError
    from sourcetrace.pipeline import Analyzer

    paths = sorted(str(p) for p in shared.glob("bench/*/*/html/*"))[:pages]
    linker = CorpusLinker(None, Linker())  # only its prepare step: no store
    out = []
    for analysis in Analyzer().analyze_all(read_inputs(paths)):
        if isinstance(analysis, InputError) or not analysis.attributions:
            continue
        for p, att in enumerate(analysis.attributions, start=1):
            att.id = str(p)
        out.append((analysis, linker.prepare(analysis)))
    cache.write_bytes(pickle.dumps(out))
    return out


def unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v)


class Generator:
    """Article number n -> a generated analysis and its prepared links (deterministic in n)."""

    STORY = 5  # reports per story
    STORIES_A_DAY = 20  # 100 articles a day: 100,000 span under three years

    def __init__(self, bases: list[tuple[Analysis, Prepared]]):
        self.bases = bases
        self.sentences = [SENTENCE.split(a.article.text) for a, _ in bases]
        self.copier = CopyIndex()

    def story(self, s: int) -> tuple[int, list[str], str]:
        rng = random.Random(f"story{s}")
        b = rng.randrange(len(self.bases))
        own = [x for x in self.sentences[b] if rng.random() < 0.7]
        for other in rng.sample(range(len(self.bases)), 3):
            own += rng.sample(self.sentences[other], min(3, len(self.sentences[other])))
        rng.shuffle(own)
        day = (date(2015, 1, 1) + timedelta(days=s // self.STORIES_A_DAY)).isoformat()  # an archive grows in time
        return b, own, day

    @staticmethod
    def reword(text: str, wording: str) -> str:
        """A wording of its own (a story's, shared by its copies; an independent retelling's): a third of the
        longer words get a mark, so two stories told from one page, or two retellings of a story, share few
        shingles (they are not copies)."""
        def mark(m: re.Match) -> str:
            word = m.group(0)
            key = hashlib.blake2b(f"{wording}:{word.lower()}".encode(), digest_size=2).digest()
            return f"{word}{key[1] % 89}" if len(word) > 3 and key[0] % 3 == 0 else word
        return WORD.sub(mark, text)

    def make(self, n: int) -> tuple[Analysis, Prepared]:
        s, k = divmod(n, self.STORY)
        b, sentences, day = self.story(s)
        rng = random.Random(f"report{n}")
        wording = f"{s}"
        base, prepared = self.bases[b]
        if k and rng.random() < 0.5:  # a copy: sentences dropped, a few words reworded
            sentences = [x for x in sentences if rng.random() > 1 / 6]
            sentences = [re.sub(r"\bsaid\b", "stated", x) if rng.random() < 0.3 else x for x in sentences]
        elif k:  # an independent retelling: the story's own sentences in another order, in words of its own
            sentences = sentences[:]
            rng.shuffle(sentences)
            wording = f"{s}.{k}"
        sentences = [self.reword(x, wording) for x in sentences]
        text = " ".join(sentences)
        digest = hashlib.sha1(f"gen{n}".encode()).hexdigest()[:16]
        atts, vectors, said, keep = [], [], [], {}
        for p, att in enumerate(base.attributions):
            content = self.reword(att.content, wording)
            at = text.find(content)
            if at < 0 or not content:
                continue
            story_rng = np.random.default_rng(abs(hash((s, p))) % 2**32)
            story_vec = unit(prepared.vectors[p] + story_rng.normal(0, 0.75 / np.sqrt(384), 384))
            vectors.append(unit(story_vec + np.random.default_rng(n * 1000 + p).normal(0, 0.2 / np.sqrt(384), 384)))
            new = copy.copy(att)
            new.content, new.content_spans, new.source = content, [(at, at + len(content))], copy.copy(att.source)
            new.source.span, new.cue_span, new.medium_span = None, None, None
            new.id = f"{digest}-{len(atts) + 1}"
            keep[att.id] = new.id
            atts.append(new)
            said.append([replace(c, attribution=new.id) for c in prepared.said[p]])
        article = Article(text=text, title=f"{base.article.title} ({s})", outlet=f"outlet{n % 997}",
                          published=day, id=digest)
        found = copy.deepcopy(prepared.found)
        for event in found.events:
            event.date_iso = day
        found.claims = [replace(c, attribution=keep.get(c.attribution, "")) for c in found.claims
                        if not c.attribution or c.attribution in keep]
        signature = self.copier.signature(text)
        return Analysis(f"gen{n}", article, atts), Prepared(signature, np.array(vectors).reshape(-1, 384), said, found)


def api_latency(db: str, requests: int, rng: random.Random) -> dict:
    with socket_port() as port:
        server = subprocess.Popen([sys.executable, "-m", "sourcetrace.cli", "serve", "--db", db, "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    out = {}
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            wait_until_up(client, server)
            for path in ("/api/claims", "/api/events"):
                total = client.get(path, params={"limit": 1}).json()["total"]
                times = []
                for _ in range(requests):
                    params = {"limit": 20, "offset": rng.randrange(max(total - 20, 1))}
                    t0 = time.perf_counter()
                    client.get(path, params=params).raise_for_status()
                    times.append((time.perf_counter() - t0) * 1000)
                out[path] = (percentile(times, 0.5), percentile(times, 0.95), total)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return out


def fill(db: str, bases: list[tuple[Analysis, Prepared]], start: int, stop: int, queue) -> None:
    """The filler articles start..stop-1, made and stored in order by a process of their own (the machine's
    other core), each handed to the linking process once stored. The linker reads only what is linked, so
    articles stored ahead of it change nothing it does."""
    generator, store = Generator(bases), Store.open(db)
    for n in range(start, stop):
        analysis, prepared = generator.make(n)
        store.save(analysis, "1.0")
        queue.put((analysis.article.id, prepared))
    queue.put(None)
    store.close()


def rss_mb() -> tuple[float, float]:
    """This process's resident memory now and at its peak."""
    now = int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    return now, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


COLUMNS = ("size  link ms/article wall / CPU  RSS MB now / peak  /api/claims p50/p95 ms  /api/events p50/p95 ms  "
           "listed claims/events  load average  grown in s")


def prepared_bases(shared: Path, pages: int) -> list[tuple[Analysis, Prepared]]:
    start = time.perf_counter()
    bases = base_analyses(shared, pages, Path(tempfile.gettempdir()) / f"sourcetrace-links-bases-{pages}.pkl")
    print(f"{len(bases)} real pages with attributions analysed and prepared once ({time.perf_counter() - start:.0f} s, "
          f"{sum(len(a.attributions) for a, _ in bases)} attributions)")
    return bases


def timed_links(db: str, store: Store, linking: CorpusLinker, generator: Generator, n: int, stop: int,
                requests: int, rng: random.Random, grown: float) -> None:
    """Articles n..stop-1 made, stored and linked by this process alone, each link timed; then the API over
    the store. Prints one row of COLUMNS."""
    times, cpu, user, system, faults = [], [], [], [], []
    for k in range(n, stop):
        analysis, prepared = generator.make(k)
        store.save(analysis, "1.0")
        t0, c0, r0 = time.perf_counter(), time.process_time(), resource.getrusage(resource.RUSAGE_SELF)
        linking.link(analysis.article.id, prepared)
        r1 = resource.getrusage(resource.RUSAGE_SELF)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)  # on a shared machine the wall time says more about the others
        user.append(r1.ru_utime - r0.ru_utime)
        system.append(r1.ru_stime - r0.ru_stime)
        faults.append(r1.ru_majflt - r0.ru_majflt)
    cost, cost_cpu = 1000 * sum(times) / len(times), 1000 * sum(cpu) / len(cpu)
    now, peak = rss_mb()
    api = api_latency(db, requests, rng)
    c, e = api["/api/claims"], api["/api/events"]
    print(f"{stop:>12}  {cost:>8.1f} / {cost_cpu:>6.1f}          {now:>5.0f} / {peak:>5.0f}        "
          f"{c[0]:>6.1f} / {c[1]:>6.1f}          {e[0]:>6.1f} / {e[1]:>6.1f}       {c[2]} / {e[2]}"
          f"       {os.getloadavg()[0]:>5.1f}       {grown:.0f}", flush=True)
    print(f"{'':>12}  of the CPU: user {1000 * sum(user) / len(user):.1f} ms, system {1000 * sum(system) / len(system):.1f}"
          f" ms; {sum(faults) / len(faults):.1f} major page faults an article", flush=True)


def scale(shared: Path, sizes: list[int], db: str, pages: int, sample: int, requests: int) -> None:
    from sourcetrace.link import Linker

    bases = prepared_bases(shared, pages)
    print(f"Every article is linked by one CorpusLinker in this process, one at a time, in its own transaction.\n"
          f"Fillers are made and stored by a second process and linked here as they arrive (not timed); the last "
          f"{sample} articles before each size are made, stored and linked here alone, and their link is timed:\n"
          f"wall and CPU ms of this process for linking one article (mean), RSS of this process (holding the ANN "
          f"index) now / peak, /api/claims and /api/events p50/p95 over {requests} requests of a page of 20 at "
          f"random offsets from a `sourcetrace serve` process, and the 1-minute load average.", flush=True)
    generator = Generator(bases)
    store = Store.open(db)
    linking = CorpusLinker(store, Linker())
    context = multiprocessing.get_context("fork")
    rng = random.Random(3)
    n = 0
    print(f"{store.dialect}: {COLUMNS}", flush=True)
    grow_start = time.perf_counter()
    for size in sizes:
        filled = max(size - sample, n)
        queue = context.Queue(maxsize=256)
        filler = context.Process(target=fill, args=(db, bases, n, filled, queue), daemon=True)
        filler.start()
        while (item := queue.get()) is not None:
            linking.link(*item)
            n += 1
            if n % 5000 == 0:
                print(f"  ... {n} articles, {time.perf_counter() - grow_start:.0f} s, "
                      f"load average {os.getloadavg()[0]:.1f}", flush=True)
        filler.join()
        if filler.exitcode:
            raise SystemExit(f"the filler process failed (exit code {filler.exitcode})")
        timed_links(db, store, linking, generator, n, size, requests, rng, time.perf_counter() - grow_start)
        n = size
    store.close()


def extend(shared: Path, db: str, pages: int, sample: int, requests: int, warm: int = 20) -> None:
    """Time linking onto a store grown before (kept from a scale run, or copied with `sourcetrace copy`), so
    that stores of several sizes can be measured one after the other on an equally quiet machine. The first
    links of a new process load the ANN index from the stored vectors: `warm` articles are linked untimed."""
    from sourcetrace.link import Linker

    generator = Generator(prepared_bases(shared, pages))
    store = Store.open(db)
    n = store.counts()["articles"]
    linking = CorpusLinker(store, Linker())
    start = time.perf_counter()
    for k in range(n, n + warm):
        analysis, prepared = generator.make(k)
        store.save(analysis, "1.0")
        linking.link(analysis.article.id, prepared)
    print(f"{store.dialect} store of {n} articles: {warm} more linked untimed ({time.perf_counter() - start:.1f} s, "
          f"the ANN index loaded), then {sample} timed; the last column is that warm-up.\n{store.dialect}: {COLUMNS}",
          flush=True)
    timed_links(db, store, linking, generator, n + warm, n + warm + sample, requests, random.Random(3),
                time.perf_counter() - start)
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get(
        "SOURCETRACE_SHARED", Path(__file__).resolve().parents[2] / "shared")))
    parser.add_argument("--quality", action="store_true", help="only the two-order quality check")
    parser.add_argument("--sizes", default="10000,50000,100000")
    parser.add_argument("--db", "--postgres", dest="db", help="grow this empty database (an SQLite file, kept, or a "
                        "postgresql:// URL) instead of a throwaway SQLite file")
    parser.add_argument("--extend", metavar="DB", help="time --sample more links onto a store grown before "
                        "(an SQLite file or postgresql:// URL; it keeps them)")
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--sample", type=int, default=500)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    if args.quality:
        quality(args.shared)
        return 0
    if args.extend:
        extend(args.shared, args.extend, args.pages, args.sample, args.requests)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        scale(args.shared, [int(s) for s in args.sizes.split(",")], args.db or str(Path(tmp) / "grown.db"),
              args.pages, args.sample, args.requests)
    return 0


if __name__ == "__main__":
    sys.exit(main())
