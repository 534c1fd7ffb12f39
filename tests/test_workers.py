"""All local cores: the worker pool gives the same output, in the same order, as one process."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from conftest import SHARED
from sourcetrace.ingest import read_inputs
from sourcetrace.models import InputError
from sourcetrace.workers import AnalyzerPool

PAGES = sorted((SHARED / "bench" / "extraction" / "scrapinghub" / "html").iterdir())[:10]


def sourcetrace(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sourcetrace.cli", *args], capture_output=True, timeout=600)


def test_two_workers_print_the_same_bytes_as_one_on_real_pages(tmp_path):
    bad = tmp_path / "empty.html"
    bad.write_bytes(b"")
    inputs = [*map(str, PAGES[:5]), str(bad), *map(str, PAGES[5:])]
    one = sourcetrace("analyze", *inputs, "--format", "jsonl", "--workers", "1")
    two = sourcetrace("analyze", *inputs, "--format", "jsonl", "--workers", "2")
    assert one.returncode == two.returncode == 1  # the empty page failed, the rest went on
    assert one.stdout.count(b"\n") == len(PAGES)
    assert two.stdout == one.stdout
    assert two.stderr.splitlines()[-1] == one.stderr.splitlines()[-1] == f"error: {bad}: empty input".encode()


def test_the_pool_keeps_input_order_across_many_small_chunks(analyzer, tmp_path):
    bad = tmp_path / "binary.html"
    bad.write_bytes(b"\x00\x01\x02" * 50)
    items = list(read_inputs([*map(str, PAGES[:3]), str(bad), *map(str, PAGES[3:6])]))
    alone = [r.to_dict(with_input=True) if not isinstance(r, InputError) else r for r in analyzer.analyze_all(items)]
    pooled = [r.to_dict(with_input=True) if not isinstance(r, InputError) else r
              for r in AnalyzerPool(workers=2, chunk_size=2).analyze_all(items)]
    assert pooled == alone
    assert isinstance(pooled[3], InputError) and pooled[3].input == str(bad)


def _children(pid: int) -> list[int]:
    """The processes whose parent is pid, read from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_workers_exit_when_their_parent_is_killed(tmp_path):
    """A SIGKILLed analyze must not leave its workers behind, each holding a model in memory."""
    inputs = [str(p) for p in PAGES] * 3  # more than one chunk, so the pool starts
    parent = subprocess.Popen([sys.executable, "-m", "sourcetrace.cli", "analyze", *inputs, "--format", "jsonl",
                               "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2:
        workers = [c for c in _children(parent.pid) if "spawn_main" in Path(f"/proc/{c}/cmdline").read_text()]
        time.sleep(0.5)
    assert len(workers) == 2, "the pool did not start"
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and any(map(_alive, workers)):
        time.sleep(0.5)
    assert not any(map(_alive, workers))
