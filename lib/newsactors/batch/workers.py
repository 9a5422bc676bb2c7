"""Where partitions run: in this process, in a pool of local worker processes, or on a Dask cluster;
results in corpus order, a couple of partitions per worker in flight, and a progress bar on a terminal."""
from __future__ import annotations

import itertools
import signal
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..corpus import CorpusItem, is_long
from ..pipeline import load_nlp
from .partition import analyse_partition

if TYPE_CHECKING:
    from . import BatchOptions


def partition_results(work: Iterable[list[CorpusItem]], options: BatchOptions, client) -> Iterator[dict]:
    """Partition results in corpus order: from a given Dask client or a running Dask cluster
    (`--scheduler`), from a pool of local worker processes, or from this process.

    A corpus of one partition runs in this process whatever `--workers` says: one partition is
    one worker's work, so a pool would only add its start."""
    if client is not None:
        yield from _OrderedSubmitter(_DaskQueue(client, options.batch_size), _dask_workers(client)).results(work)
        return
    if options.scheduler:
        from distributed import Client

        with Client(options.scheduler, timeout="30s") as remote:
            queue = _DaskQueue(remote, options.batch_size)
            yield from _OrderedSubmitter(queue, _dask_workers(remote)).results(work)
        return
    work = iter(work)
    first = list(itertools.islice(work, 2))
    work = itertools.chain(first, work)
    if options.workers > 1 and len(first) > 1:
        with local_pool(options.workers, options.batch_size) as queue:
            yield from _OrderedSubmitter(queue, options.workers).results(work)
    else:
        for partition in work:
            yield analyse_partition(partition, options.batch_size)


class local_pool:
    """Worker processes on this machine, forked from this process once it has loaded the model:
    each starts with the model in memory (shared with this process until written to), so a pool
    costs no second start-up of Python, spaCy and the model per worker, as a Dask cluster would.
    Where processes cannot be forked (macOS, Windows) each worker loads the model itself. A worker
    that dies (out of memory, killed) fails the batch with one line; the finished parts stay for
    `--resume`."""

    def __init__(self, workers: int, batch_size: int):
        self.workers, self.batch_size = workers, batch_size

    def __enter__(self) -> _PoolQueue:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        if FORK in multiprocessing.get_all_start_methods() and sys.platform.startswith("linux"):
            load_nlp()
            context = multiprocessing.get_context(FORK)
        else:
            context = multiprocessing.get_context("spawn")
        self.others = set(multiprocessing.active_children())
        # The workers start with Ctrl-C ignored (a disposition a forked process keeps, and which
        # `_ignore_ctrl_c` sets in a spawned one): Ctrl-C reaches every process of the terminal's
        # group, and each worker would print its traceback around the command's one line. This
        # process alone handles it and ends them. A first task starts the workers while it is ignored.
        default = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            self.executor = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_ignore_ctrl_c)
            self.executor.submit(int).result()
        finally:
            signal.signal(signal.SIGINT, default)
        return _PoolQueue(self.executor, self.batch_size)

    def __exit__(self, exc_type, *exc):
        import multiprocessing

        if exc_type is not None:  # an error or Ctrl-C: the partitions still being parsed are not wanted
            self.executor.shutdown(wait=False, cancel_futures=True)
            for process in set(multiprocessing.active_children()) - self.others:
                process.terminate()
        self.executor.shutdown(wait=True)


FORK = "fork"


def _ignore_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _PoolQueue:
    """Partitions submitted to a local pool, and their results as each one finishes."""

    def __init__(self, executor, batch_size: int):
        self.executor, self.batch_size = executor, batch_size
        self.numbers: dict = {}  # future -> partition number

    def submit(self, number: int, partition: list[CorpusItem]) -> None:
        with _worker_deaths():
            self.numbers[self.executor.submit(analyse_partition, partition, self.batch_size)] = number

    def next_result(self) -> tuple[int, dict]:
        from concurrent.futures import FIRST_COMPLETED, wait

        done, _ = wait(self.numbers, return_when=FIRST_COMPLETED)
        future = min(done, key=self.numbers.get)
        number = self.numbers.pop(future)
        with _worker_deaths():
            return number, future.result()


class WorkerDied(RuntimeError):
    pass


@contextmanager
def _worker_deaths():
    """A pool whose worker died (killed, out of memory) refuses every partition after it: one line."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        yield
    except BrokenProcessPool:
        raise WorkerDied(
            "a worker process ended while analysing a partition (out of memory?); "
            "the finished partitions are kept: rerun with --resume, or with fewer --workers"
        ) from None


class _DaskQueue:
    """Partitions submitted to a Dask cluster, and their results as each one finishes."""

    def __init__(self, client, batch_size: int):
        from distributed import as_completed

        self.client, self.batch_size = client, batch_size
        self.completed = as_completed()
        self.numbers: dict = {}  # future -> partition number

    def submit(self, number: int, partition: list[CorpusItem]) -> None:
        future = self.client.submit(analyse_partition, partition, self.batch_size, pure=False)
        self.numbers[future] = number
        self.completed.add(future)

    def next_result(self) -> tuple[int, dict]:
        future = next(self.completed)
        number, result = self.numbers.pop(future), future.result()
        future.release()
        return number, result


def _dask_workers(client) -> int:
    return max(len(client.scheduler_info(n_workers=-1).get("workers", {})), 1)


class _OrderedSubmitter:
    """Keeps every worker busy with a couple of partitions, never more, and yields the results in
    corpus order, so this process's memory does not grow with the corpus and the tables come out
    as from one process. A partition holding a long article is held back while another one is
    being parsed (the other partitions go ahead meanwhile), so two memory peaks never meet."""

    LOOKAHEAD = 8
    """Partitions read ahead of the oldest unfinished one, per partition in flight: while a long
    article is held back the other workers go on with the partitions after it (a few MB of text)."""

    def __init__(self, queue: _PoolQueue | _DaskQueue, workers: int):
        self.queue, self.in_flight = queue, 2 * workers
        self.pending: set[int] = set()
        self.long_pending: set[int] = set()
        self.held: list[tuple[int, list[CorpusItem]]] = []
        self.ready: dict[int, dict] = {}
        self.next_out = 0

    def results(self, work: Iterable[list[CorpusItem]]) -> Iterator[dict]:
        for number, partition in enumerate(work):
            if any(is_long(item) for item in partition):
                self.held.append((number, partition))
            else:
                self._submit(number, partition)
            self._release_held()
            while len(self.pending) >= self.in_flight or self._buffered() >= self.LOOKAHEAD * self.in_flight:
                yield from self._collect()
        while self.pending or self.held:
            yield from self._collect()

    def _buffered(self) -> int:
        return len(self.pending) + len(self.held) + len(self.ready)

    def _submit(self, number: int, partition: list[CorpusItem]) -> None:
        self.queue.submit(number, partition)
        self.pending.add(number)

    def _release_held(self) -> None:
        if self.held and not self.long_pending:
            number, partition = self.held.pop(0)
            self.long_pending.add(number)
            self._submit(number, partition)

    def _collect(self) -> Iterator[dict]:
        self._release_held()
        number, result = self.queue.next_result()
        self.pending.discard(number)
        self.ready[number] = result
        self.long_pending.discard(number)
        self._release_held()
        while self.next_out in self.ready:
            yield self.ready.pop(self.next_out)
            self.next_out += 1


class progress_bar:
    """A progress bar on a terminal; nothing in a CI log or a redirected stderr."""

    def __init__(self, files: list[Path]):
        only_articles = all(path.suffix.lower() == ".txt" for path in files)
        self.total = len(files) if only_articles else None  # rows of a .csv are not counted ahead
        self.bar = None

    def __enter__(self):
        if sys.stderr.isatty():
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread: the local workers are forked from this process
            self.bar = tqdm(total=self.total, unit="article", desc="newsactors batch", file=sys.stderr)
        return self

    def update(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.close()
