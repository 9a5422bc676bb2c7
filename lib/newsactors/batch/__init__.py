"""`newsactors batch`: the analysis of `newsactors run` over a whole corpus, without notebooks.

    corpus (folder of .txt, .jsonl, .csv) -> partitions of articles -> workers: nlp.pipe + analyse
    -> parts on disk, one folder per finished partition -> tables merged and renamed into place

Each worker process has the model loaded once (local workers are forked from this process once
it has loaded it; `load_nlp` is cached per process) and turns a partition of articles into the
rows of the same tables `newsactors run` writes, with the same function, `analyse(doc, article_id)`.
Finished partitions are saved as parts under `DIR/.batch-parts/` as soon as they arrive, so memory
stays flat however long the corpus, and an interrupted batch loses at most the partitions in
flight: `--resume` keeps the parts and skips their articles. The tables in DIR are only replaced,
each by an atomic rename, once every part is done.

The modules: `partition` (the work of one partition, run in a worker), `formats` (the tables'
Arrow schemas and CSV header and body), `parts` (finished parts on disk, merged into the tables),
`resume` (the fingerprint and the checks of --resume), `workers` (this process, a pool of local
worker processes or a Dask cluster, results in corpus order, the progress bar); this one runs a
batch and reads one.
"""
from __future__ import annotations

import shutil
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..articles import MAX_ARTICLE_BYTES, ArticleError
from ..atomic import check_writable_folder, write_json
from ..corpus import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_PARTITION_ARTICLES,
    DEFAULT_PARTITION_CHARACTERS,
    DEFAULT_WORKERS,
    CorpusItem,
    check_corpus,
    corpus_files,
    partitions,
    read_corpus,
    skipped_entries,
)
from ..parsing import lexicon_sha256
from ..pipeline import load_nlp, model_provenance
from ..provenance import MANIFEST_FILE, batch_fingerprint, batch_manifest, corpus_sha256
from .formats import ERRORS_FILE, TABLES
from .partition import analyse_partition
from .parts import PARTS_DIR, done_ids, finished_parts, merge_tables, next_part_number, write_part
from .resume import prepare_output, resumable_batch
from .workers import local_pool, partition_results, progress_bar

__all__ = [
    "BatchOptions", "run_batch", "read_tables",
    "PARTS_DIR", "analyse_partition", "finished_parts", "local_pool",
    # not defined here, but looked up here: the model each worker loads once, and the corpus reader
    "load_nlp", "read_corpus",
]


# --- running a batch ------------------------------------------------------------------------------

@dataclass
class BatchOptions:
    workers: int = DEFAULT_WORKERS
    scheduler: str | None = None
    resume: bool = False
    batch_size: int = DEFAULT_BATCH_SIZE
    partition_articles: int = DEFAULT_PARTITION_ARTICLES
    partition_characters: int = DEFAULT_PARTITION_CHARACTERS

    def check(self) -> None:
        for name in ("workers", "batch_size", "partition_articles", "partition_characters"):
            if getattr(self, name) < 1:
                raise ValueError(f"--{name.replace('_', '-')} must be at least 1, not {getattr(self, name)}")


def run_batch(corpus: Path, out: Path, options: BatchOptions | None = None, client=None, log=None) -> dict:
    """Analyse a corpus into `out`; return the manifest. `client`: a Dask client to run on.

    Everything that can be refused is checked before anything is written: the parameters, the
    corpus (a .csv's columns included), the output folder, and on --resume that `out` holds a batch
    of this same corpus and parameters."""
    options = options or BatchOptions()
    options.check()
    corpus, out = Path(corpus).resolve(), Path(out).resolve()
    files = corpus_files(corpus)
    check_corpus(files)
    check_writable_folder(out)
    skipped = skipped_entries(corpus)
    if log and skipped["total"]:
        log(skipped["summary"])
    fingerprint = batch_fingerprint(corpus, files, corpus_sha256(files), MAX_ARTICLE_BYTES, lexicon_sha256())
    keep_existing = resumable_batch(out, fingerprint) if options.resume else False
    parts_dir = prepare_output(out, options.resume, fingerprint, keep_existing)

    started = time.perf_counter()
    earlier_parts = finished_parts(parts_dir)
    counter = _Counter(done_ids(out if keep_existing else None, earlier_parts) if options.resume else set())
    work = partitions(counter.filter(read_corpus(files)), options.partition_articles, options.partition_characters)
    model, work_seconds = _analyse_into_parts(
        work, parts_dir, next_part_number(earlier_parts), options, client, progress_bar(files),
    )
    analysed = time.perf_counter() - started

    counts = merge_tables(out, finished_parts(parts_dir), keep_existing=keep_existing)
    shutil.rmtree(parts_dir, ignore_errors=True)
    timings = {"analyse": round(analysed, 3), "merge": round(time.perf_counter() - started - analysed, 3)}
    timings["total"] = round(time.perf_counter() - started, 3)
    timings["work"] = {stage: round(seconds, 3) for stage, seconds in work_seconds.items()}
    parameters = {
        "out": str(out),
        "workers": None if options.scheduler else options.workers,
        "scheduler": options.scheduler,
        "resume": options.resume,
        "batch_size": options.batch_size,
        "partition_articles": options.partition_articles,
        "partition_characters": options.partition_characters,
    }
    manifest = batch_manifest(
        fingerprint, parameters, model or model_provenance(),
        {"read": counter.read, "skipped_as_done": counter.skipped, "rows": counts},
        timings, counter.read - counter.skipped, {k: v for k, v in skipped.items() if k != "summary"},
    )
    write_json(out / MANIFEST_FILE, manifest)
    if log:
        log(f"{counts['articles']} articles, {counts['errors']} errors -> {out} ({timings['total']:.1f} s)")
    return manifest


def _analyse_into_parts(work, parts_dir: Path, first_number: int, options, client, progress):
    """Save each partition's result as a part as soon as it arrives; return the model's provenance
    and the seconds spent in each stage, summed over the workers (parse, analysis, tables) and
    this process (writing the parts)."""
    model, seconds = None, {"parse": 0.0, "analysis": 0.0, "tables": 0.0, "write": 0.0}
    with progress:
        for number, result in enumerate(partition_results(work, options, client), start=first_number):
            started = time.perf_counter()
            write_part(parts_dir, number, result)
            seconds["write"] += time.perf_counter() - started
            for stage, spent in result["seconds"].items():
                seconds[stage] += spent
            model = model or result["model"]
            progress.update(len(result["articles"]) + len(result["errors"]))
    return model, seconds


class _Counter:
    """Skips articles already done (on --resume) and ids seen earlier in this corpus."""

    def __init__(self, skip: set[str]):
        self.skip, self.seen, self.skipped, self.read = skip, set(), 0, 0

    def filter(self, items: Iterable[CorpusItem]) -> Iterator[CorpusItem]:
        for item in items:
            self.read += 1
            if item.id in self.skip:
                self.skipped += 1
                continue
            if item.id in self.seen:
                reason = f"the article id {item.id!r} is used by an earlier article"
                item = CorpusItem(item.id, item.source, error=reason)
            self.seen.add(item.id)
            yield item


# --- reading a batch -----------------------------------------------------------------------------

def read_tables(out: str | Path) -> dict[str, pd.DataFrame]:
    """The tables of a finished batch (Parquet, with their column types) and its errors."""
    out = Path(out)
    if not (out / MANIFEST_FILE).exists():
        raise ArticleError(f"{out}: not the output folder of a finished newsactors batch (no {MANIFEST_FILE})")
    tables = {name: pd.read_parquet(out / f"{name}.parquet") for name in TABLES}
    tables["errors"] = pd.read_csv(out / ERRORS_FILE, dtype=str, keep_default_na=False)
    return tables
