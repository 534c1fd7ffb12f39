"""Scale benchmark: the local worker pool, Ray batch on this machine, Ray's start-up cost, WARC readers.

    .venv/bin/python bench/scale.py [--shared ../shared] [--pages 80] [--shards 8] [--part-size 8]

The same real pages (the extraction and metadata benchmarks' HTML, first N by name; past the 388 of them, the
pages again under URLs of their own, for a batch where throughput rather than start-up counts) are analyzed
1. by the local pool with 1 and with 2 workers (`AnalyzerPool`, what `analyze`/`ingest --workers` use);
2. by Ray batch on this machine (`sourcetrace batch`'s own functions: local Ray, 2 actors) over the
   same pages packed into WARC shards, twice on one Ray, each compared with the 2-worker pool from the
   job's start (the actors' start and model loading counted, as the pool's workers' are): the first job
   on a fresh Ray also starts Ray Data's three cluster-wide actors (stats, autoscaling, actor locations;
   detached, they outlive the job), the second finds them running, as every later job on a cluster
   does; the first job is also given with starting and stopping Ray (`ray.init`) counted;
and then 3. a 10-article shard through `sourcetrace batch` against `sourcetrace analyze --workers 1`
(each a fresh process: the difference is Ray's start-up), and 4. warcio against FastWARC reading a
WARC of all benchmark pages. Wall-clock times include starting every worker and loading its models. The
machine is shared: the load average is printed, and CPU seconds an article (all processes that
worked, models loaded included) are printed beside each wall-clock rate, as they hold under load. For
Ray, the CPU of every process it runs is printed by role (the analyzers on their parts and starting, Ray
Data's own actors, Ray's services, the driver, which also cuts the shards into parts) beside what the cores could give in the
same time: where Ray's throughput goes short of the pool's.
"""
from __future__ import annotations

import argparse
import gzip
import io
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sourcetrace.batch import PART_SIZE  # noqa: E402
from sourcetrace.ingest import read_bytes  # noqa: E402
from sourcetrace.ingest.warc import write_warc  # noqa: E402
from sourcetrace.models import Document, InputError  # noqa: E402
from sourcetrace.workers import AnalyzerPool  # noqa: E402


def pages(shared: Path) -> list[tuple[str, bytes]]:
    found = sorted([*shared.glob("bench/extraction/*/html/*"), *shared.glob("bench/metadata/*/html/*")],
                   key=lambda p: p.name)
    return [(f"https://bench.example/{p.name}", gzip.decompress(raw) if (raw := p.read_bytes())[:2] == b"\x1f\x8b"
             else raw) for p in found]


def take(found: list[tuple[str, bytes]], n: int) -> list[tuple[str, bytes]]:
    """The first ``n`` pages; past the last, the pages again under URLs of their own (``?copy=1``...), so
    a batch long enough for throughput, rather than start-up, to dominate can be timed on real pages."""
    return [(url if k < len(found) else f"{url}?copy={k // len(found)}", body)
            for k, (url, body) in ((k, found[k % len(found)]) for k in range(n))]


def as_documents(chosen: list[tuple[str, bytes]]) -> list[Document]:
    docs = []
    for url, body in chosen:
        docs += [d for d in read_bytes(url + ".html", body) if isinstance(d, Document)]
    return docs


def cpu_of_all() -> float:
    """CPU seconds of this process and of its finished children (pool workers)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def local_pool(docs: list[Document], workers: int) -> tuple[float, int, float]:
    """(wall seconds, articles, CPU seconds of every process that worked)."""
    start, cpu = time.perf_counter(), cpu_of_all()
    done = sum(1 for r in AnalyzerPool(workers).analyze_all(docs) if not isinstance(r, InputError))
    return time.perf_counter() - start, done, cpu_of_all() - cpu


# Roles by a mark in the command line; anything else is one of Ray's services. A process keeps the most
# specific role (the first in ROLES) it was seen with: a worker is default_worker.py until its actor names it.
ROLES = {b"PartAnalyzer": "analyzers", b"_StatsActor": "Ray Data's own actors",
         b"AutoscalingCoordinator": "Ray Data's own actors", b"ActorLocationTracker": "Ray Data's own actors",
         b"ray::": "other Ray workers", b"default_worker.py": "other Ray workers"}
RANKED = [*dict.fromkeys(ROLES.values()), "Ray's services"]


class RayProcesses(threading.Thread):
    """CPU seconds of every process this process's Ray runs (GCS, raylet, agents, monitors, the analyzer
    actors, Ray Data's own actors; not another job's Ray), by role, from /proc, sampled twice a second until
    stopped, so processes that exit before the end (Ray Data's actors) still count.
    Its own CPU (``cost``) is kept apart from the driver's."""

    def __init__(self):
        super().__init__(daemon=True)
        self.before: dict[int, float] = {}  # CPU seconds of the processes already running at the start
        self.last: dict[int, tuple[float, str]] = {}
        self.cost = 0.0
        self.stopping = threading.Event()
        self.sample()
        self.before, self.cost = {pid: cpu for pid, (cpu, _) in self.last.items()}, 0.0

    def run(self) -> None:
        while not self.stopping.wait(0.5):
            self.sample()

    def stop(self) -> None:
        self.stopping.set()
        self.join()
        self.sample()

    def sample(self) -> None:
        started = time.thread_time()
        processes = {}  # pid: (parent, CPU seconds, command line)
        for entry in Path("/proc").iterdir():
            try:
                if entry.name.isdigit():
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                    processes[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"),
                                                  (entry / "cmdline").read_bytes()[:300])
            except OSError:
                pass
        for pid, (_, cpu, cmd) in processes.items():
            ancestor = pid
            while ancestor > 1 and ancestor in processes:
                ancestor = processes[ancestor][0]
                if ancestor == os.getpid():
                    role = next((r for mark, r in ROLES.items() if mark in cmd), "Ray's services")
                    self.last[pid] = (cpu, min(role, self.last.get(pid, (0, role))[1], key=RANKED.index))
                    break
        self.cost += time.thread_time() - started

    def by_role(self) -> dict[str, float]:
        """CPU seconds each role used since the first sample."""
        roles: dict[str, float] = {}
        for pid, (cpu, role) in self.last.items():
            roles[role] = roles.get(role, 0.0) + cpu - self.before.get(pid, 0.0)
        return roles


def ray_batch(chosen: list[tuple[str, bytes]], shards: int, workers: int, folder: Path, part_size: int) -> dict:
    """Two jobs, one after the other, on one Ray started here: the first starts Ray Data's cluster-wide actors
    (detached: they outlive a job), the second finds them running, as any job after the first on a cluster
    does. start and stop: seconds to start and stop Ray; jobs: one dict each (ray_job)."""
    from sourcetrace.batch import find_shards, start_ray

    per = -(-len(chosen) // shards)
    for n in range(shards):
        with open(folder / f"shard-{n:03d}.warc.gz", "wb") as f:
            write_warc(chosen[n * per:(n + 1) * per], f)
    found, _ = find_shards([str(folder / "*.warc.gz")])
    start = time.perf_counter()
    workers = start_ray(None, workers)
    started = time.perf_counter()
    jobs = [ray_job(found, str(folder / f"out{job}"), workers, part_size) for job in (1, 2)]
    finished = time.perf_counter()
    import ray

    ray.shutdown()
    return dict(start=started - start, stop=time.perf_counter() - finished, jobs=jobs)


def ray_job(shards: list, out: str, workers: int, part_size: int) -> dict:
    """seconds (from the job's start to its last shard's summary), articles, shard_cpu (the actors' CPU
    seconds on their parts), cpu (CPU seconds by role while the shards ran: the driver, and RayProcesses'
    roles), actor_rss (peak RSS MB of an actor), and the timeline, seconds from the job's start: ready (each
    actor's models loaded), last (each actor's last part analyzed)."""
    from sourcetrace.batch import run_shards

    processes = RayProcesses()
    started, up, driver = time.perf_counter(), time.time(), time.process_time()
    processes.start()
    parts: list[dict] = []
    summaries = list(run_shards(shards, out, workers, part_size, on_part=parts.append))
    processes.stop()
    seconds, driver = time.perf_counter() - started, time.process_time() - driver - processes.cost
    actors = {p["worker"]: p["ready"] for p in parts}
    return dict(seconds=seconds, articles=sum(s["articles"] for s in summaries),
                shard_cpu=sum(s["cpu_seconds"] for s in summaries), cpu={"driver": driver, **processes.by_role()},
                actor_rss=max(s["worker_peak_rss_mb"] for s in summaries), parts=len(parts),
                ready=sorted(ready - up for ready in actors.values()),
                last=sorted(max(p["finished"] for p in parts if p["worker"] == a) - up for a in actors))


def startup(chosen: list[tuple[str, bytes]], folder: Path) -> tuple[float, float]:
    """Wall seconds of `sourcetrace batch` and of `sourcetrace analyze --workers 1` on the same 10 articles."""
    shard = folder / "ten.warc.gz"
    with open(shard, "wb") as f:
        write_warc(chosen[:10], f)
    cli = [sys.executable, "-m", "sourcetrace.cli"]
    timings = []
    for args in (["batch", str(shard), "--out", str(folder / "ten"), "--workers", "1"],
                 ["analyze", str(shard), "--format", "jsonl", "--workers", "1"]):
        start = time.perf_counter()
        subprocess.run([*cli, *args], check=False, capture_output=True)
        timings.append(time.perf_counter() - start)
    return timings[0], timings[1]


def warc_readers(everything: list[tuple[str, bytes]]) -> dict[str, float]:
    """CPU seconds to read every response record's body, best of 5, for each library."""
    from fastwarc.warc import ArchiveIterator as FastIterator, WarcRecordType
    from warcio.archiveiterator import ArchiveIterator

    out = io.BytesIO()
    write_warc(everything, out)
    data = out.getvalue()

    def with_warcio():
        return sum(1 for r in ArchiveIterator(io.BytesIO(data)) if r.rec_type == "response" and r.content_stream().read())

    def with_fastwarc():
        return sum(1 for r in FastIterator(io.BytesIO(data), record_types=WarcRecordType.response, auto_decode="all")
                   if r.reader.read())

    best = {}
    for name, read in (("warcio", with_warcio), ("fastwarc", with_fastwarc)):
        times = []
        for _ in range(5):
            start = time.process_time()
            assert read() == len(everything)
            times.append(time.process_time() - start)
        best[name] = min(times)
    return best


def seconds_list(times: list[float]) -> str:
    return ", ".join(f"+{t:.1f} s" for t in times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--pages", type=int, default=80)
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--part-size", type=int, default=PART_SIZE, help="records a unit of Ray's work (batch --part-size)")
    args = parser.parse_args()
    everything = pages(args.shared)
    chosen = take(everything, args.pages)
    docs = as_documents(chosen)
    print(f"{len(docs)} benchmark pages")

    cores = len(os.sched_getaffinity(0))
    print(f"load average before: {os.getloadavg()[0]:.1f} on {cores} cores")
    one, n1, cpu1 = local_pool(docs, 1)
    two, n2, cpu2 = local_pool(docs, 2)
    pool_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    print(f"local pool, 1 worker : {n1} articles in {one:.1f} s = {n1 / one:.2f} articles/s; "
          f"{cpu1 / n1 * 1000:.0f} ms CPU an article")
    print(f"local pool, 2 workers: {n2} articles in {two:.1f} s = {n2 / two:.2f} articles/s "
          f"= {one / two:.2f}x one worker; {cpu2 / n2 * 1000:.0f} ms CPU an article ({cpu2:.1f} s of the {cores * two:.1f} "
          f"{cores} cores give); peak RSS of a worker {pool_rss} MB")
    with tempfile.TemporaryDirectory() as tmp:
        ray = ray_batch(chosen, args.shards, 2, Path(tmp), args.part_size)
        pool_rate = n2 / two
        for name, run in zip(("first job on a fresh Ray", "second job on the same Ray"), ray["jobs"]):
            n, seconds = run["articles"], run["seconds"]
            print(f"Ray batch, 2 actors, {name}: {n} articles in {seconds:.1f} s = {n / seconds:.2f} articles/s "
                  f"= {(n / seconds) / pool_rate:.2f}x the local pool; {run['shard_cpu'] / n * 1000:.0f} ms CPU an "
                  f"article (the actors' parts only); peak RSS of an actor {run['actor_rss']} MB")
            print(f"  {run['parts']} parts; from the job's start: actors ready (models loaded) at "
                  f"{seconds_list(run['ready'])}, each analyzed its last part at {seconds_list(run['last'])}, the last "
                  f"shard written at +{seconds:.1f} s")
            cpu = {"analyzers": 0.0, **run["cpu"]}
            print(f"  CPU seconds meanwhile: the analyzers {cpu['analyzers']:.1f} ({run['shard_cpu']:.1f} on parts, "
                  f"{cpu['analyzers'] - run['shard_cpu']:.1f} starting: Ray, Ray Data, models), "
                  + ", ".join(f"{role} {cpu.get(role, 0.0):.1f}" for role in [*RANKED[1:], "driver"])
                  + f"; all {sum(cpu.values()):.1f} of the {cores * seconds:.1f} the {cores} cores give")
        first = ray["jobs"][0]
        whole = first["seconds"] + ray["start"] + ray["stop"]
        print(f"  the first job with Ray's start and stop counted too: + {ray['start']:.1f} s + {ray['stop']:.1f} s = "
              f"{first['articles'] / whole:.2f} articles/s = {(first['articles'] / whole) / pool_rate:.2f}x the local pool")
        batch_s, analyze_s = startup(everything, Path(tmp))
        print(f"10-article batch: `sourcetrace batch` {batch_s:.1f} s, `sourcetrace analyze --workers 1` {analyze_s:.1f} s:"
              f" Ray adds {batch_s - analyze_s:.1f} s")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    best = warc_readers(everything)
    ms = {k: v / len(everything) * 1000 for k, v in best.items()}
    print(f"WARC of {len(everything)} pages: warcio {ms['warcio']:.2f} ms CPU a record, fastwarc {ms['fastwarc']:.2f} ms "
          f"({best['warcio'] / best['fastwarc']:.1f}x faster); analysis takes {cpu1 / n1 * 1000:.0f} ms an article")


if __name__ == "__main__":
    main()
