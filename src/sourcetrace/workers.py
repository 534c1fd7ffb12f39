"""All local cores: a pool of processes, each loading the models once and analyzing chunks of documents.

The pool has the same ``analyze_all`` as an Analyzer and yields in input order, so output is the
same with any number of workers. Only documents and analyses cross process boundaries; storing
stays with the caller.
"""
from __future__ import annotations

import os
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import chain, islice
from multiprocessing import get_context
from typing import Iterable, Iterator, Optional

from .pipeline import Analyzer, Item, Result

_analyzer: Optional[Analyzer] = None  # a worker process's own Analyzer, set once by _start_worker


def all_cores() -> int:
    """The cores this process may run on (a container's limit, not the host's count)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


class AnalyzerPool:
    """Analyzes with ``workers`` processes; chunks of ``chunk_size`` documents go to whichever is free."""

    def __init__(self, workers: Optional[int] = None, chunk_size: int = 8, join_continuations: bool = False):
        self.workers = max(1, workers or all_cores())
        self.chunk_size = chunk_size
        self.join_continuations = join_continuations
        self._inline: Optional[Analyzer] = None

    def analyze_all(self, items: Iterable[Item]) -> Iterator[Result]:
        items = iter(items)
        first = list(islice(items, self.chunk_size + 1))
        if self.workers == 1 or len(first) <= self.chunk_size:  # a pool would only add its start-up time
            self._inline = self._inline or Analyzer(join_continuations=self.join_continuations)
            yield from self._inline.analyze_all(chain(first, items))
            return
        yield from self._pooled(chain(first, items))

    def _pooled(self, items: Iterator[Item]) -> Iterator[Result]:
        """At most two chunks per worker in flight, so a huge input is never read whole into memory."""
        with ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"), initializer=_start_worker,
                                 initargs=(os.getpid(), self.join_continuations)) as pool:
            pending: deque = deque()
            while chunk := list(islice(items, self.chunk_size)):
                pending.append(pool.submit(_analyze_chunk, chunk))
                if len(pending) >= 2 * self.workers:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()


def _start_worker(parent: int, join_continuations: bool) -> None:
    global _analyzer
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    _analyzer = Analyzer(join_continuations=join_continuations)
    _analyzer.extractor.nlp  # load the model now, once for this process


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed would wait on its queue forever, holding a model in memory."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _analyze_chunk(chunk: list[Item]) -> list[Result]:
    return list(_analyzer.analyze_all(chunk))
