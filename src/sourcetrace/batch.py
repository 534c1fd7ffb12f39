"""`sourcetrace batch`: news-archive shards through Ray Data, into a Parquet dataset.

A shard (a WARC, JSONL or HTML file, local or in an object store) is the unit of resumption; a part
(``part_size`` consecutive records of a shard, 8 by default: the local pool's chunk) is the unit of
work, so however few or uneven the shards, every actor is busy to the end. The driver cuts the shards
into parts (one read of each); in one Ray Data stage, actors holding one Analyzer each read part after
part themselves, run the same ``Analyzer.analyze_all`` as `analyze` on it and write its rows aside, and the
driver, once all parts of a shard are in, gathers them into the shard's files, under names derived
from the shard, so a shard done twice (a retry after a killed worker, a re-run) overwrites itself and
is never doubled. The driver then records the shard in ``_manifest.jsonl``; a re-run skips those.

    OUT/articles/month=YYYY-MM/<shard>.parquet     (month of publication, else of the page; "unknown")
    OUT/attributions/month=YYYY-MM/<shard>.parquet (columns of `query --format parquet`)
    OUT/entities/month=YYYY-MM/<shard>.parquet     (entities named in what was said)
    OUT/errors/<shard>.parquet                     (input, reason) for every bad record
    OUT/_parts/<shard>/<first item>.pickle         (a part's rows, until its shard is gathered)
"""
from __future__ import annotations

import hashlib
import json
import pickle
import posixpath
import time
from collections import defaultdict, deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from . import __version__
from .ingest.shards import cut_shard, part_items
from .models import Analysis, InputError
from .pipeline import Analyzer
from .store.dates import sort_date
from .store.entities import EntityFinder
from .store.export import ARTICLE_SCHEMA, ATTRIBUTION_SCHEMA, ENTITY_SCHEMA, ERROR_SCHEMA

TABLES = {"articles": ARTICLE_SCHEMA, "attributions": ATTRIBUTION_SCHEMA, "entities": ENTITY_SCHEMA}
MANIFEST = "_manifest.jsonl"
PARTS = "_parts"  # OUT/_parts/<shard id>/<first item>.pickle: a shard's analyzed parts until it is finished
PART_SIZE = 8  # records a unit of work: the local pool's chunk (and one nlp.pipe batch)
PART_COLUMNS = ("path", "size", "first", "count", "kind", "offset", "number")  # a part, as part_rows gives it
GLOB_CHARS = "*?["


@dataclass
class Shard:
    path: str  # as fsspec opens it: a local path or a URL such as s3://bucket/key
    size: int

    @property
    def id(self) -> str:
        return hashlib.sha256(self.path.encode("utf-8")).hexdigest()[:16]


def find_shards(inputs: Iterable[str]) -> tuple[list[Shard], list[InputError]]:
    """Files, folders (recursive, hidden files skipped) and globs, on any filesystem fsspec knows."""
    shards, missing = [], []
    for raw in inputs:
        fs, root = fsspec.core.url_to_fs(raw)
        if any(c in root for c in GLOB_CHARS):
            paths = sorted(p for p in fs.glob(root) if fs.isfile(p))
        elif fs.isdir(root):
            paths = sorted(p for p in fs.find(root)
                           if not any(part.startswith(".") for part in posixpath.relpath(p, root).split("/")))
        elif fs.isfile(root):
            paths = [root]
        else:
            paths = []
        if not paths:
            missing.append(InputError(raw, "no such file, folder or match"))
        local = "file" in (fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,))
        shards += [Shard(p if local else fs.unstrip_protocol(p), fs.size(p)) for p in paths]
    return shards, missing


def month(analysis: Analysis) -> str:
    day = sort_date(analysis.article)
    return day[:7] if day else "unknown"


def rows_of(analysis: Analysis, finder: EntityFinder) -> dict[str, list[dict]]:
    """One analysis as rows of the three tables, with the store's ids (article id, article id-position)."""
    a, day = analysis.article, sort_date(analysis.article)
    article = {**{k: v for k, v in a.to_dict().items() if k in ARTICLE_SCHEMA.names}, "input": analysis.input,
               "date": day, "pipeline_version": __version__, "attribution_count": len(analysis.all_attributions())}
    attributions, entities = [], []
    for position, (att, found) in enumerate(zip(analysis.all_attributions(), finder.find(analysis)), start=1):
        att_id = f"{a.id}-{position}"
        attributions.append(dict(
            id=att_id, article_id=a.id, article_title=a.title, outlet=a.outlet, date=day, position=position,
            speaker_id=None, source_text=att.source.text, source_name=att.source.name, source_kind=att.source.kind,
            affiliation=att.source.affiliation, cue=att.cue, content=att.content, quote=att.quote, stance=att.stance,
            hedge=att.hedge, hedge_probability=att.hedge_probability, medium=att.medium, cites=att.cites,
            part=att.part, source_span=_span(att.source.span), cue_span=_span(att.cue_span),
            content_spans=[list(s) for s in att.content_spans], medium_span=_span(att.medium_span)))
        entities += [dict(attribution_id=att_id, article_id=a.id, key=m.key, name=m.name, label=m.label,
                          start=m.start, end=m.end) for m in found]
    return {"articles": [article], "attributions": attributions, "entities": entities}


def _span(span) -> Optional[list[int]]:
    return list(span) if span else None


class PartAnalyzer:
    """A Ray actor's work: one Analyzer (models loaded once) reading and analyzing parts of shards (a few
    consecutive records of one shard, from where the driver's cut says they start); each part's rows go to a
    file of its own under OUT/_parts until its shard is finished."""

    def __init__(self, out: str):
        self.out = out
        self.analyzer = Analyzer()
        self.finder = EntityFinder()
        self.analyzer.extractor.nlp  # load the model now, before the first part arrives
        self.ready = time.time()

    def __call__(self, batch: pa.Table) -> dict:
        done = [self.run(*row) for row in zip(*(batch.column(name).to_pylist() for name in PART_COLUMNS))]
        return {key: [d[key] for d in done] for key in done[0]}

    def run(self, path: str, size: int, first: int, count: int, kind: str, offset: int, number: int) -> dict:
        """Read and analyze one part, write its rows (by table and month) and its errors, and say what it held."""
        cpu, started = time.process_time(), time.time()
        tables: dict[tuple[str, str], list[dict]] = defaultdict(list)
        errors, articles = [], 0
        for item in self.analyzer.analyze_all(part_items(path, (kind, offset, number) if kind else None, count)):
            if isinstance(item, InputError):
                errors.append({"input": item.input, "reason": item.reason})
                continue
            articles += 1
            for table, found in rows_of(item, self.finder).items():
                tables[table, month(item)] += found
        fs, root = fsspec.core.url_to_fs(self.out)
        folder = posixpath.join(root, PARTS, Shard(path, size).id)
        fs.makedirs(folder, exist_ok=True)
        fs.pipe_file(f"{folder}/{first}.pickle", pickle.dumps({"tables": dict(tables), "errors": errors}))
        return {"path": path, "first": first, "articles": articles, "errors": len(errors),
                "cpu_seconds": time.process_time() - cpu, "worker_peak_rss_mb": peak_rss_mb(), "worker": ray_actor_id(),
                "ready": self.ready, "started": started, "finished": time.time()}


def part_rows(shard: Shard, part_size: int) -> list[dict]:
    """A shard's parts as rows of Ray Data's input (PART_COLUMNS): its path, where each part starts (a mark,
    its kind empty for the shard's start) and the number of its first item (the part's name and order)."""
    rows, first = [], 0
    for mark, count in cut_shard(shard.path, part_size):
        kind, offset, number = mark or ("", 0, 0)
        rows.append(dict(path=shard.path, size=shard.size, first=first, count=count, kind=kind, offset=offset,
                         number=number))
        first += count
    return rows


def finish_shard(out: str, shard_id: str, firsts: list[int]) -> None:
    """Gather a shard's parts, in record order, into one file per table and month (and one of its errors),
    then drop the parts. Done again (a retry, a re-run), it writes the same files."""
    fs, root = fsspec.core.url_to_fs(out)
    folder = posixpath.join(root, PARTS, shard_id)
    found = fs.cat([f"{folder}/{first}.pickle" for first in firsts])  # at once: an object store fetches concurrently
    tables: dict[tuple[str, str], list[dict]] = defaultdict(list)
    errors: list[dict] = []
    for path in sorted(found, key=lambda path: int(posixpath.basename(path).split(".")[0])):  # in record order
        part = pickle.loads(found[path])
        for key, rows in part["tables"].items():
            tables[key] += rows
        errors += part["errors"]
    for m in sorted({m for _, m in tables}):
        for table, schema in TABLES.items():
            write_table(pa.Table.from_pylist(tables[table, m], schema=schema), f"{out}/{table}/month={m}/{shard_id}.parquet")
    if errors:
        write_table(pa.Table.from_pylist(errors, schema=ERROR_SCHEMA), f"{out}/errors/{shard_id}.parquet")
    fs.rm(folder, recursive=True)


@dataclass
class ShardRun:
    """The driver's account of one shard: how many parts it was cut into, and those analyzed so far."""

    shard: Shard
    expected: int
    parts: dict[int, dict] = field(default_factory=dict)  # first item: the part's summary

    def add(self, part: dict) -> None:
        self.parts[part["first"]] = part  # keyed: a part reported twice counts once

    @property
    def complete(self) -> bool:
        return len(self.parts) == self.expected

    def summary(self) -> dict:
        parts = self.parts.values()
        return {"path": self.shard.path, "size": self.shard.size, "articles": sum(p["articles"] for p in parts),
                "errors": sum(p["errors"] for p in parts), "cpu_seconds": round(sum(p["cpu_seconds"] for p in parts), 3),
                "worker_peak_rss_mb": max(p["worker_peak_rss_mb"] for p in parts)}


def ray_actor_id() -> str:
    import ray

    return ray.get_runtime_context().get_actor_id() or ""


def peak_rss_mb() -> int:
    """This process's peak resident memory so far (Linux reports KiB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def write_table(table: pa.Table, path: str) -> None:
    """Write beside the target under a hidden name, then move it in: a killed writer leaves no half file."""
    fs, target = fsspec.core.url_to_fs(path)
    fs.makedirs(posixpath.dirname(target), exist_ok=True)
    hidden = posixpath.join(posixpath.dirname(target), "." + posixpath.basename(target) + ".tmp")
    with fs.open(hidden, "wb") as f:
        pq.write_table(table, f)
    fs.mv(hidden, target)


class Manifest:
    """The shards already finished under OUT, one JSON line each, recorded as each finishes."""

    def __init__(self, out: str):
        self.fs, root = fsspec.core.url_to_fs(out)
        self.fs.makedirs(root, exist_ok=True)
        self.path = posixpath.join(root, MANIFEST)
        self.done: dict[str, dict] = {}
        if self.fs.exists(self.path):
            for line in self.fs.cat_file(self.path).decode("utf-8").splitlines():
                if line.strip():
                    entry = json.loads(line)
                    self.done[entry["path"]] = entry

    def add(self, entry: dict) -> None:
        """Rewrite the whole file (object stores cannot append) beside it, then move it in: a kill
        mid-write leaves the previous manifest whole."""
        self.done[entry["path"]] = entry
        hidden = posixpath.join(posixpath.dirname(self.path), "." + MANIFEST + ".tmp")
        self.fs.pipe_file(hidden, "".join(json.dumps(e) + "\n" for e in self.done.values()).encode("utf-8"))
        self.fs.mv(hidden, self.path)


def read_shard(out: str, shard_id: str) -> dict[str, list[dict]]:
    """The rows one shard wrote, table by table (as a bulk load reads them back)."""
    fs, root = fsspec.core.url_to_fs(out)
    rows: dict[str, list[dict]] = {}
    for table in TABLES:
        rows[table] = []
        for path in sorted(fs.glob(f"{root}/{table}/month=*/{shard_id}.parquet")):
            with fs.open(path, "rb") as f:
                rows[table] += pq.read_table(f).to_pylist()
    return rows


def start_ray(address: Optional[str], workers: Optional[int]) -> int:
    """Join a cluster (``auto`` or ``ray://...``), else start a Ray of our own here (never one another job
    started on this machine, which a bare ``ray.init()`` would join): quiet, no dashboard, a small
    object store (parts of a few records and their summaries stream through it). Returns the CPUs to use."""
    import logging
    import os

    os.environ.setdefault("RAY_DATA_LOG_LEVEL", "ERROR")  # read when ray.data is first imported
    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")  # no C++ core warnings on stderr (one info line remains)
    import ray

    from .workers import all_cores

    quiet = dict(include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    if address:
        ray.init(address=address, **quiet)
    else:
        ray.init(address="local", num_cpus=workers or all_cores(), object_store_memory=80 * 2**20, **quiet)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    return workers or int(ray.cluster_resources().get("CPU", 1))


def run_shards(shards: list[Shard], out: str, workers: int, part_size: int = PART_SIZE,
               on_part: Optional[Callable[[dict], None]] = None) -> Iterator[dict]:
    """Each shard's summary as it finishes, from a pool of ``workers`` PartAnalyzer actors.

    The driver cuts the shards into parts of ``part_size`` records (``cut_shard``: one read of each shard);
    Ray Data hands the parts to the actors, which read and analyze part after part (it queues two on each, so
    an actor never waits for its next one): one stage, no reader process. As each part's summary streams back,
    a thread of the driver gathers any shard whose parts are all in (``finish_shard``) while the stream goes
    on. ``on_part`` sees each part's summary (the progress inside a long shard)."""
    import ray

    fs, root = fsspec.core.url_to_fs(out)
    leftover = posixpath.join(root, PARTS)
    if fs.exists(leftover):  # parts of shards a run cut short never finished: redone below
        fs.rm(leftover, recursive=True)
    with ThreadPoolExecutor(8) as cutting:  # shards in an object store are read concurrently
        cut = list(cutting.map(lambda shard: part_rows(shard, part_size), shards))
    runs = {shard.path: ShardRun(shard, len(rows)) for shard, rows in zip(shards, cut)}
    rows = [row for shard_rows in cut for row in shard_rows]
    parts = (ray.data.from_items(rows, override_num_blocks=len(rows))  # a block a part: any actor takes any part
             .map_batches(PartAnalyzer, fn_constructor_kwargs={"out": out}, batch_size=1, batch_format="pyarrow",
                          num_cpus=1, compute=ray.data.ActorPoolStrategy(size=workers)))
    finishing: deque[tuple[Future, ShardRun]] = deque()
    with ThreadPoolExecutor(1) as finisher:  # beside the stream: its next parts keep coming meanwhile
        for part in parts.iter_rows():
            if on_part:
                on_part(part)
            run = runs[part["path"]]
            run.add(part)
            if run.complete:
                finishing.append((finisher.submit(finish_shard, out, run.shard.id, list(run.parts)), run))
            while finishing and finishing[0][0].done():
                yield finished(finishing.popleft())
        while finishing:
            yield finished(finishing.popleft())
    if fs.exists(leftover):  # the folder, emptied shard by shard
        fs.rm(leftover, recursive=True)


def finished(finishing: tuple[Future, ShardRun]) -> dict:
    future, run = finishing
    future.result()
    return run.summary()
