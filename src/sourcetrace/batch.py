"""`sourcetrace batch`: news-archive shards through Ray Data, into a Parquet dataset.

A shard (a WARC, JSONL or HTML file, local or in an object store) is the unit of work and of
resumption: an actor holding one Analyzer reads it, runs the same ``Analyzer.analyze_all`` as
`analyze`, and writes the shard's rows under names derived from the shard, so a shard done twice
(a retry after a killed worker, a re-run) overwrites itself and is never doubled. The driver
records each finished shard in ``_manifest.jsonl``; a re-run skips those.

    OUT/articles/month=YYYY-MM/<shard>.parquet     (month of publication, else of the page; "unknown")
    OUT/attributions/month=YYYY-MM/<shard>.parquet (columns of `query --format parquet`)
    OUT/entities/month=YYYY-MM/<shard>.parquet     (entities named in what was said)
    OUT/errors/<shard>.parquet                     (input, reason) for every bad record
"""
from __future__ import annotations

import hashlib
import json
import posixpath
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from . import __version__
from .ingest import read_bytes
from .models import Analysis, InputError
from .pipeline import Analyzer
from .store.entities import EntityFinder
from .store.export import ARTICLE_SCHEMA, ATTRIBUTION_SCHEMA, ENTITY_SCHEMA, ERROR_SCHEMA
from .store.writer import sort_date

TABLES = {"articles": ARTICLE_SCHEMA, "attributions": ATTRIBUTION_SCHEMA, "entities": ENTITY_SCHEMA}
MANIFEST = "_manifest.jsonl"
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


class ShardAnalyzer:
    """A Ray actor's work: one Analyzer (models loaded once), many shards, each written whole to its row's ``out``."""

    def __init__(self):
        self.analyzer = Analyzer()
        self.finder = EntityFinder()

    def __call__(self, batch: dict) -> dict:
        done = [self.run(Shard(path, int(size)), out) for path, size, out in zip(batch["path"], batch["size"], batch["out"])]
        return {key: [d[key] for d in done] for key in done[0]}

    def run(self, shard: Shard, out: str) -> dict:
        cpu = time.process_time()
        with fsspec.open(shard.path, "rb") as f:
            data = f.read()
        by_month: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        errors = []
        articles = 0
        for item in self.analyzer.analyze_all(read_bytes(shard.path, data)):
            if isinstance(item, InputError):
                errors.append({"input": item.input, "reason": item.reason})
                continue
            articles += 1
            for table, rows in rows_of(item, self.finder).items():
                by_month[month(item)][table] += rows
        for m, tables in by_month.items():
            for table, schema in TABLES.items():
                write_table(pa.Table.from_pylist(tables[table], schema=schema),
                            f"{out}/{table}/month={m}/{shard.id}.parquet")
        if errors:
            write_table(pa.Table.from_pylist(errors, schema=ERROR_SCHEMA), f"{out}/errors/{shard.id}.parquet")
        return {"path": shard.path, "size": shard.size, "articles": articles, "errors": len(errors),
                "cpu_seconds": round(time.process_time() - cpu, 3), "worker_peak_rss_mb": peak_rss_mb()}


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
    object store (only shard paths and counts travel through it). Returns the CPUs to use."""
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


def run_shards(shards: list[Shard], out: str, workers: int) -> Iterator[dict]:
    """Each shard's summary as it finishes, from a pool of ``workers`` ShardAnalyzer actors.

    A shard is long work, so it is scheduled as a list scheduler would: biggest first, and an actor is
    sent its next shard only when it is free (Ray Data queues two per actor by default, and at the end one
    actor can idle while the other still has a shard waiting)."""
    import ray

    ds = ray.data.from_items([{"path": s.path, "size": s.size, "out": out}
                              for s in sorted(shards, key=lambda s: s.size, reverse=True)],
                             override_num_blocks=len(shards))
    pool = ray.data.ActorPoolStrategy(size=min(workers, len(shards)), max_tasks_in_flight_per_actor=1)
    yield from ds.map_batches(ShardAnalyzer, batch_size=1, num_cpus=1, compute=pool).iter_rows()
