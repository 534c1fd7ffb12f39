"""`sourcetrace batch` on a real two-node Ray cluster: the same results as `analyze`, resumable,
and a worker killed mid-run costs nothing."""
from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from conftest import SHARED
from sourcetrace.batch import Shard, rows_of
from sourcetrace.ingest import read_inputs
from sourcetrace.ingest.shards import cut_shard, part_items
from sourcetrace.ingest.warc import write_warc
from sourcetrace.models import InputError
from sourcetrace.store import Store

PAGES = sorted((SHARED / "bench" / "extraction" / "scrapinghub" / "html").iterdir())[:6]
TABLES = ("articles", "attributions", "entities")
MARK = "SOURCETRACE_TEST_CLUSTER"  # in the environment of this cluster's processes, and no one else's
WORKER = b"ray::MapWorker(MapBatches(PartAnalyzer))"


@pytest.fixture(scope="module")
def cluster():
    """A head and a second node, one CPU each, as `ray start` would make them on two machines."""
    from ray.cluster_utils import Cluster

    os.environ[MARK] = os.urandom(8).hex()
    node = dict(num_cpus=1, object_store_memory=80 * 2**20)
    cluster = Cluster(initialize_head=True, head_node_args={**node, "include_dashboard": False})
    cluster.add_node(**node)
    cluster.wait_for_nodes()
    yield cluster
    cluster.shutdown()
    del os.environ[MARK]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    """Three WARC shards of two real pages each, a WARC without records, and a JSONL feed of two bad records."""
    folder = tmp_path_factory.mktemp("shards")
    paths = []
    for n in range(0, len(PAGES), 2):
        path = folder / f"shard-{n // 2}.warc.gz"
        with open(path, "wb") as f:
            write_warc(((f"https://news.example/{p.name}", gzip.decompress(p.read_bytes())) for p in PAGES[n:n + 2]), f)
        paths.append(str(path))
    empty = folder / "shard-empty.warc.gz"
    empty.write_bytes(gzip.compress(b""))
    feed = folder / "feed.jsonl"
    feed.write_text('{"url": "https://news.example/x", "text": "   "}\nnot json\n', encoding="utf-8")
    return [*paths, str(empty), str(feed)]


@pytest.fixture(scope="module")
def analyzed(inputs, analyzer, entity_finder) -> dict[str, list[dict]]:
    """What `analyze` finds in the same inputs, as the rows of the three tables."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for item in analyzer.analyze_all(read_inputs(inputs)):
        if not isinstance(item, InputError):
            for name, found in rows_of(item, entity_finder).items():
                rows[name] += found
    return {name: by_id(found) for name, found in rows.items()}


def batch(*args: str, wait: bool = True):
    cmd = [sys.executable, "-m", "sourcetrace.cli", "batch", *args]
    if not wait:
        return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(cmd, capture_output=True, text=True, timeout=900)


def by_id(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (r.get("input") or "", r.get("id") or "", r.get("attribution_id") or "", str(r)))


def dataset(out: Path) -> dict[str, list[dict]]:
    """The three tables as written, each row checked to sit in its article's month partition."""
    found = {name: by_id(ds.dataset(out / name, format="parquet", partitioning="hive").to_table().to_pylist())
             for name in TABLES}
    months = {a["id"]: (a["date"] or "unknown")[:7] for a in found["articles"]}
    for name in TABLES:
        for row in found[name]:
            assert row.pop("month") == months[row.get("article_id") or row["id"]]
    return found


def test_batch_on_two_nodes_matches_analyze_and_resumes(cluster, inputs, analyzed, tmp_path, postgres_url):
    out = tmp_path / "out"
    shards_glob = str(Path(inputs[0]).parent / "*.warc.gz")
    # a record a part: each shard's two pages go to whichever actor is free, on either node, and come back together
    first = batch(shards_glob, inputs[-1], "--out", str(out), "--address", cluster.address, "--db", postgres_url,
                  "--part-size", "1")
    assert first.returncode == 1, first.stderr  # the feed's two bad records
    assert "5 shards (0 finished before), 6 articles, 2 bad records" in first.stderr
    assert "batch: shards 5/5, 6/6 articles" in first.stderr  # progress, one line a shard without a terminal
    assert not (out / "_parts").exists()
    written = dataset(out)
    assert written == analyzed and written["attributions"] and written["entities"]
    errors = ds.dataset(out / "errors", format="parquet").to_table().to_pylist()
    assert [e["input"] for e in errors] == [f"{inputs[-1]}#1", f"{inputs[-1]}#2"]
    assert errors[0]["reason"].startswith('object has no "html" or "text"')
    assert errors[1]["reason"] == "line is not JSON (Expecting value at column 1)"

    # as after a kill: the last shard was never recorded as done, and a part of it was left; the re-run redoes
    # that shard only, with parts of the default size
    manifest = out / "_manifest.jsonl"
    lines = manifest.read_text().splitlines(keepends=True)
    manifest.write_text("".join(lines[:-1]))
    left = out / "_parts" / Shard(json.loads(lines[-1])["path"], 0).id / "1.pickle"
    left.parent.mkdir(parents=True)
    left.write_bytes(b"cut short")
    again = batch(*inputs, "--out", str(out), "--address", cluster.address, "--db", postgres_url)
    assert "5 shards (4 finished before), 6 articles, 2 bad records" in again.stderr, again.stderr
    assert dataset(out) == written and not (out / "_parts").exists()  # nothing doubled, nothing lost
    counts = Store.open(postgres_url).counts()  # loaded shard by shard, the redone one without doubles
    assert counts["articles"] == 6 and counts["attributions"] == len(written["attributions"])


def our_workers() -> list[int]:
    """The pids of this cluster's analyzer actors (found by the mark in their environment)."""
    mark = f"{MARK}={os.environ[MARK]}".encode()
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if Path(f"/proc/{pid}/cmdline").read_bytes().startswith(WORKER) and \
                    mark in Path(f"/proc/{pid}/environ").read_bytes().split(b"\0"):
                found.append(int(pid))
        except OSError:
            continue
    return found


def test_a_worker_killed_mid_run_is_replaced_and_nothing_is_lost_or_doubled(cluster, inputs, analyzed, tmp_path):
    out = tmp_path / "out"
    run = batch(*inputs, "--out", str(out), "--address", cluster.address, wait=False)
    manifest = out / "_manifest.jsonl"
    deadline = time.monotonic() + 600
    while not (manifest.exists() and manifest.read_text().strip()):  # a shard done: the actors are at work
        assert run.poll() is None and time.monotonic() < deadline
        time.sleep(0.2)
    killed = our_workers()[0]
    os.kill(killed, signal.SIGKILL)
    _, stderr = run.communicate(timeout=600)
    assert run.returncode == 1 and "5 shards (0 finished before), 6 articles, 2 bad records" in stderr, stderr
    assert killed not in our_workers()
    assert dataset(out) == analyzed


def test_without_an_address_batch_starts_its_own_ray_beside_a_running_cluster(cluster, inputs, tmp_path):
    """A bare ray.init() joins the latest cluster started on this machine (here the fixture's, as another
    job's test or `ray start` would be) and refuses the CPU count: `batch` must start its own."""
    run = batch(inputs[0], "--out", str(tmp_path / "out"), "--workers", "1")
    assert run.returncode == 0, run.stderr
    assert "1 shards (0 finished before), 2 articles, 0 bad records" in run.stderr


def test_the_batch_module_loads_no_database_code():
    """Every actor imports it: SQLAlchemy and Alembic (half a second of CPU each) only with --db."""
    loaded = subprocess.run([sys.executable, "-c", "import sys, sourcetrace.batch, sourcetrace.store; "
                             "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))"],
                            capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"
    stored = subprocess.run([sys.executable, "-c", "from sourcetrace.store import Store; print(Store.__name__)"],
                            capture_output=True, text=True, check=True)
    assert stored.stdout.strip() == "Store"


def test_a_shard_cut_in_parts_reads_as_analyze_reads_it(tmp_path):
    """Each actor reads its own part from where the driver's cut says it starts: the parts, read apart and put
    end to end, are the items `analyze` reads, numbered alike, in WARC files (gzipped record by record or
    plain, with records that are no page between, cut off mid-record) and JSONL feeds (bad lines among them)."""
    from warcio.warcwriter import WARCWriter

    pages = [(f"https://news.example/harbour-{n}", f"<html><head><title>Harbour report {n}</title></head><body>"
              f"<p>The ferry will run late on day {n}, the harbour master Ines Varga said.</p></body></html>".encode())
             for n in range(11)]
    for gzipped, name in ((True, "crawl.warc.gz"), (False, "crawl.warc")):
        with open(tmp_path / name, "wb") as f:
            writer = WARCWriter(f, gzip=gzipped)
            for n, page in enumerate(pages):
                if n % 3 == 0:  # a request record: read past, never a part's start
                    writer.write_record(writer.create_warc_record(page[0], "request",
                                                                  payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
                write_warc([page], f, gzipped=gzipped)
    (tmp_path / "cut-off.warc").write_bytes((tmp_path / "crawl.warc").read_bytes()[:-40])  # mid-body
    lines = [f'{{"url": "https://news.example/{n}", "text": "The vote moves to day {n}, Tomas Brel said."}}'
             if n % 4 else "not json" for n in range(13)]
    (tmp_path / "feed.jsonl").write_text("\n".join([*lines, "", '{"text": "  "}']) + "\n", encoding="utf-8")
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress((tmp_path / "feed.jsonl").read_bytes()))
    (tmp_path / "empty.warc.gz").write_bytes(gzip.compress(b""))

    def seen(items):
        return [(item.input, getattr(item, "content", None) or item.reason) for item in items]

    for name in ("crawl.warc.gz", "crawl.warc", "cut-off.warc", "feed.jsonl", "feed.jsonl.gz", "empty.warc.gz"):
        path = str(tmp_path / name)
        expected = seen(read_inputs([path]))
        for size in (1, 3, 50):
            parts = cut_shard(path, size)
            assert seen(item for mark, count in parts for item in part_items(path, mark, count)) == expected, (name, size)
            starts = [mark for mark, _ in parts]
            if name.endswith(".gz") and "warc" not in name or name.startswith("empty"):
                assert starts == [None]  # read from the start only: one part
            else:
                assert len(parts) == -(-len(expected) // size) and starts[0] is None and None not in starts[1:]
    assert any(reason.startswith("truncated record") for _, reason in seen(read_inputs([str(tmp_path / "cut-off.warc")])))
