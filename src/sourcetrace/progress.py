"""Progress of long work on stderr: done/total, rate and time left.

At a terminal a rich bar redraws in place; otherwise (a log, a pipe, a CI job) a plain line
is written every few seconds, so a long batch is never silent and never floods its log.
The total may grow while the work runs: files are counted first, the records inside a
WARC or JSONL file only when that file is reached. Work done in parts (`batch`'s shards, whose
records are not counted up front) shows parts done of total, and the article total is estimated
from the share of the input's bytes already done.
"""
from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator, Optional, TextIO, TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, ProgressColumn, Task, TextColumn, TimeRemainingColumn
from rich.progress import Progress as RichProgress
from rich.text import Text

T = TypeVar("T")


class Progress:
    """Counts finished items of one job and shows them on `stream` (stderr by default).

    Use as a context manager; call `advance()` per finished item and `grow(n)` when more work
    is discovered, and also `part_done()` per finished part when the work comes in `parts` (shards).
    `terminal=None` asks the stream whether a person is watching; `every` is the
    seconds between plain lines (default: env SOURCETRACE_PROGRESS_EVERY, else 10; 0 for none).
    """

    def __init__(self, label: str, total: Optional[int] = None, unit: str = "articles",
                 stream: Optional[TextIO] = None, terminal: Optional[bool] = None,
                 every: Optional[float] = None, clock: Callable[[], float] = time.monotonic,
                 parts: Optional[int] = None, part_unit: str = "shards"):
        self.label, self.unit, self.total, self.done = label, unit, total, 0
        self.parts, self.part_unit, self.parts_done, self.parts_items, self.estimated = parts, part_unit, 0, 0, False
        self.stream = stream or sys.stderr
        self.terminal = self.stream.isatty() if terminal is None else terminal
        self.every = float(os.environ.get("SOURCETRACE_PROGRESS_EVERY", 10)) if every is None else every
        self.clock = clock
        self.started = self.last_line = clock()
        self._bar: Optional[RichProgress] = None

    def __enter__(self) -> "Progress":
        if self.terminal:
            self._bar = RichProgress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                     _RateColumn(self.unit), TimeRemainingColumn(),
                                     console=Console(file=self.stream), transient=True)
            self._bar.start()
            self._task = self._bar.add_task(self._description(), total=self.total)
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()

    def grow(self, more: int) -> None:
        """More work than planned (a file turned out to hold several records)."""
        self.total = (self.total or 0) + more
        if self._bar is not None:
            self._bar.update(self._task, total=self.total)

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self._bar is not None:
            self._bar.advance(self._task, n)
        elif self.every > 0 and self.clock() - self.last_line >= self.every:
            self._write(self.line())

    def part_done(self, items: int, share: float, note: str = "") -> None:
        """One part finished with ``items`` items (counted already: ``advance`` as they were done), ``share``
        (0-1) of all the work done with it and the parts before: the total becomes an estimate, the items of
        finished parts / share. Without a terminal each part writes a line (``note``, then the progress), as a
        finished shard is news worth a line in a log."""
        self.parts_done += 1
        self.parts_items += items
        if share > 0:
            self.total, self.estimated = max(self.done, round(self.parts_items / share)), share < 1
        if self._bar is not None:
            self._bar.update(self._task, completed=self.done, total=self.total, description=self._description())
        elif self.every > 0:
            self._write(f"{note}; {self.line()}" if note else self.line())

    def _write(self, line: str) -> None:
        self.last_line = self.clock()
        self.stream.write(line + "\n")
        self.stream.flush()

    def _description(self) -> str:
        """The label, with the parts done of total when the work comes in parts (the bar's caption)."""
        return self.label if self.parts is None else f"{self.label}: {self.part_unit} {self.parts_done}/{self.parts}"

    def line(self) -> str:
        """One plain line, e.g. 'ingesting: 120/500 articles, 4.2 articles/s, about 1m30s left', or with parts
        'batch: shards 3/8, 120/~320 articles, ...'."""
        elapsed = self.clock() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        total = "?" if self.total is None else ("~" if self.estimated else "") + str(self.total)
        text = f"{self._description()}{':' if self.parts is None else ','} {self.done}/{total} {self.unit}, " \
               f"{rate:.1f} {self.unit}/s"
        if rate > 0 and self.total is not None and self.total >= self.done:
            text += f", about {_duration((self.total - self.done) / rate)} left"
        return text


def track(items: Iterable[T], label: str, total: Optional[int] = None, **options) -> Iterator[T]:
    """Yield each item, counting it done once the consumer comes back for the next."""
    with Progress(label, total, **options) as progress:
        for item in items:
            yield item
            progress.advance()


@contextmanager
def status(label: str, stream: Optional[TextIO] = None) -> Iterator[None]:
    """A spinner naming a step of unknown length (loading a model, linking) while a person watches."""
    stream = stream or sys.stderr
    if not stream.isatty():
        yield
        return
    with Console(file=stream).status(label):
        yield


class _RateColumn(ProgressColumn):
    def __init__(self, unit: str):
        self.unit = unit
        super().__init__()

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} {self.unit}/s" if speed else f"- {self.unit}/s", style="progress.data.speed")


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"
