"""Where partitions run: in this process, on a local Dask cluster or a given one; results in corpus
order, a couple of partitions per worker in flight, and a progress bar on a terminal."""
from __future__ import annotations

import signal
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..corpus import CorpusItem, is_long
from .partition import analyse_partition

if TYPE_CHECKING:
    from . import BatchOptions


def partition_results(work: Iterable[list[CorpusItem]], options: BatchOptions, client) -> Iterator[dict]:
    """Partition results in corpus order, from this process, a local cluster or a given client."""
    if client is not None:
        yield from _dask_results(work, options, client)
    elif options.scheduler:
        from distributed import Client

        with Client(options.scheduler, timeout="30s") as remote:
            yield from _dask_results(work, options, remote)
    elif options.workers > 1:
        with local_client(options.workers) as local:
            yield from _dask_results(work, options, local)
    else:
        for partition in work:
            yield analyse_partition(partition, options.batch_size)


class local_client:
    """A Dask LocalCluster of single-threaded worker processes, listening on loopback only."""

    def __init__(self, workers: int):
        self.workers = workers

    def __enter__(self):
        import logging

        from distributed import Client, LocalCluster

        # The worker processes are started with Ctrl-C ignored (a disposition a new process keeps):
        # Ctrl-C reaches every process of the terminal's group, and each worker would print its
        # traceback around the command's one line. This process alone handles it and closes them.
        default = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            self.cluster = LocalCluster(
                n_workers=self.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                # Only critical log lines: a worker that fails reaches this process as its task's
                # exception, an article that fails goes to errors.csv, and on Ctrl-C the workers
                # would log, as errors, that the scheduler they were heartbeating has gone.
                dashboard_address=None, silence_logs=logging.CRITICAL,
            )
        finally:
            signal.signal(signal.SIGINT, default)
        self.client = Client(self.cluster)
        return self.client

    def __exit__(self, *exc):
        self.client.close()
        self.cluster.close()


def _dask_results(work: Iterable[list[CorpusItem]], options: BatchOptions, client) -> Iterator[dict]:
    """Partition results from a Dask cluster, in corpus order."""
    workers = max(len(client.scheduler_info(n_workers=-1).get("workers", {})), 1)
    yield from _OrderedSubmitter(client, options.batch_size, in_flight=2 * workers).results(work)


class _OrderedSubmitter:
    """Keeps every worker busy with a couple of partitions, never more, and yields the results in
    corpus order, so the client's memory does not grow with the corpus and the tables come out as
    from one process. A partition holding a long article is held back while another one is being
    parsed (the other partitions go ahead meanwhile), so two memory peaks never meet."""

    LOOKAHEAD = 8
    """Partitions read ahead of the oldest unfinished one, per partition in flight: while a long
    article is held back the other workers go on with the partitions after it (a few MB of text)."""

    def __init__(self, client, batch_size: int, in_flight: int):
        from distributed import as_completed

        self.client, self.batch_size, self.in_flight = client, batch_size, in_flight
        self.queue = as_completed()
        self.pending: dict = {}  # future -> partition number
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
        future = self.client.submit(analyse_partition, partition, self.batch_size, pure=False)
        self.pending[future] = number
        self.queue.add(future)

    def _release_held(self) -> None:
        if self.held and not self.long_pending:
            number, partition = self.held.pop(0)
            self.long_pending.add(number)
            self._submit(number, partition)

    def _collect(self) -> Iterator[dict]:
        self._release_held()
        future = next(self.queue)
        number = self.pending.pop(future)
        self.ready[number] = future.result()
        future.release()
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

            self.bar = tqdm(total=self.total, unit="article", desc="newsactors batch", file=sys.stderr)
        return self

    def update(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.close()
