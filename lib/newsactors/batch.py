"""`newsactors batch`: the analysis of `newsactors run` over a whole corpus, without notebooks.

    corpus (folder of .txt, .jsonl, .csv) -> partitions of articles -> workers: nlp.pipe + analyse
    -> parts on disk, one folder per finished partition -> tables merged and renamed into place

Each worker process loads the model once (`load_nlp` is cached per process) and turns a partition
of articles into the same tables `newsactors run` writes, with the same function,
`analyse(doc, article_id).tables()`. Finished partitions are saved as parts under
`DIR/.batch-parts/` as soon as they arrive, so memory stays flat however long the corpus, and an
interrupted batch loses at most the partitions in flight: `--resume` keeps the parts and skips their
articles. The tables in DIR are only replaced, each by an atomic rename, once every part is done.
"""
from __future__ import annotations

import csv
import os
import shutil
import signal
import sys
import time
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .articles import MAX_ARTICLE_BYTES, ArticleError, make_article
from .atomic import check_writable_folder, discard, replacing, staging_path, write_json
from .claims import Claim
from .corpus import (
    DEFAULT_BATCH_SIZE, DEFAULT_PARTITION_ARTICLES, DEFAULT_PARTITION_CHARACTERS, DEFAULT_WORKERS, CorpusItem,
    check_corpus, corpus_files, error_reason, is_long, partitions, read_corpus, skipped_entries,
)
from .parsing import lexicon_sha256
from .pipeline import load_nlp, model_provenance
from .events import Event
from .positions import Position
from .provenance import MANIFEST_FILE, batch_fingerprint, batch_manifest, corpus_sha256, read_manifest
from .tables import TABLE_COLUMNS, analyse

ANALYSIS_TABLES = tuple(TABLE_COLUMNS)  # entities, actors, mentions, positions, claims, events
ARTICLE_COLUMNS = ["article_id", "source", "title", "date", "url", "characters", "sha256"]
ERROR_COLUMNS = ["article_id", "source", "reason"]
TABLES = ("articles", *ANALYSIS_TABLES)
ERRORS_FILE = "errors.csv"
PARTS_DIR = ".batch-parts"
FINGERPRINT_FILE = "batch.json"  # in PARTS_DIR: what the parts were made from, for --resume

_INTEGER_COLUMNS = {
    "articles": {"characters"},
    "entities": {"start_char", "end_char"},
    "actors": {"mentions"},
    "mentions": {"start_char", "end_char", "sentence"},
}
_ARROW_TYPES = {int: pa.int64(), bool: pa.bool_(), float: pa.float64()}


# --- the work of one partition (runs in a worker) -------------------------------------------------

def analyse_partition(items: list[CorpusItem], batch_size: int = DEFAULT_BATCH_SIZE) -> dict:
    """Tables for a partition of articles: the model is loaded once per worker process and reused."""
    nlp = load_nlp()
    articles, errors = [], []
    for item in items:
        if item.error:
            errors.append(_error_row(item, item.error))
            continue
        try:
            articles.append((item, make_article(item.text, item.id, item.metadata, item.source)))
        except ArticleError as err:
            errors.append(_error_row(item, error_reason(err)))
    rows: dict[str, list] = {name: [] for name in TABLES}
    docs = nlp.pipe((article.text for _, article in articles), batch_size=batch_size)
    for (item, article), doc in zip(articles, docs):
        try:
            tables = analyse(doc, article.id, article.metadata).tables()
        except Exception as err:  # a bug met on one odd article must not stop a million others
            errors.append(_error_row(item, f"analysis failed: {type(err).__name__}: {err}"))
            continue
        rows["articles"].append(pd.DataFrame([_article_row(item, article)], columns=ARTICLE_COLUMNS))
        for name, table in tables.items():
            rows[name].append(table)
    result = {name: _concat(frames, _columns(name)) for name, frames in rows.items()}
    result["errors"] = pd.DataFrame(errors, columns=ERROR_COLUMNS)
    result["model"] = model_provenance(nlp)
    return result


def _article_row(item: CorpusItem, article) -> dict:
    meta = item.metadata
    return {
        "article_id": article.id,
        "source": item.source,
        "title": str(meta.get("title") or ""),
        "date": str(meta.get("date") or ""),
        "url": str(meta.get("url") or ""),
        "characters": len(article.text),
        "sha256": article.sha256,
    }


def _error_row(item: CorpusItem, reason: str) -> dict:
    return {"article_id": item.id, "source": item.source, "reason": reason}


def _concat(frames: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    frames = [frame for frame in frames if not frame.empty]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)


def _columns(table: str) -> list[str]:
    return ARTICLE_COLUMNS if table == "articles" else TABLE_COLUMNS[table]


# --- table formats --------------------------------------------------------------------------------

def arrow_schema(table: str) -> pa.Schema:
    """Fixed column types, so every part of a table has the same schema, empty or not."""
    record = {"positions": Position, "claims": Claim, "events": Event}.get(table)
    types = typing.get_type_hints(record) if record else {}
    types |= {column: int for column in _INTEGER_COLUMNS.get(table, ())}
    return pa.schema([(column, _ARROW_TYPES.get(types.get(column), pa.string())) for column in _columns(table)])


def to_arrow(frame: pd.DataFrame, table: str) -> pa.Table:
    return pa.Table.from_pandas(frame, schema=arrow_schema(table), preserve_index=False)


def csv_body(frame: pd.DataFrame) -> str:
    """Rows as `tables.write_csv` writes them, without the header: parts are concatenated."""
    return frame.to_csv(index=False, header=False, lineterminator="\n")


def csv_header(columns: list[str]) -> str:
    return pd.DataFrame(columns=columns).to_csv(index=False, lineterminator="\n")


# --- parts: finished partitions on disk -----------------------------------------------------------

def write_part(parts_dir: Path, number: int, result: dict) -> Path:
    """Save a finished partition; its folder appears under its final name only when complete."""
    final = parts_dir / f"part-{number:06d}"
    with replacing(final) as staging:
        staging.mkdir()
        for name in TABLES:
            pq.write_table(to_arrow(result[name], name), staging / f"{name}.parquet")
            (staging / f"{name}.csv").write_text(csv_body(result[name]), encoding="utf-8", newline="")
        (staging / ERRORS_FILE).write_text(csv_body(result["errors"]), encoding="utf-8", newline="")
    return final


def finished_parts(parts_dir: Path) -> list[Path]:
    return sorted(path for path in parts_dir.glob("part-*") if path.is_dir())


def done_ids(out: Path | None, parts: list[Path]) -> set[str]:
    """Articles already analysed or rejected, in the tables in place (unless `out` is None: parts
    of a fresh start) and in finished parts."""
    ids: set[str] = set()
    for folder in [out, *parts] if out is not None else parts:
        articles = folder / "articles.parquet"
        if articles.exists():
            ids.update(pq.read_table(articles, columns=["article_id"]).column(0).to_pylist())
    if out is not None:
        ids.update(row[0] for row in _csv_rows(out / ERRORS_FILE, header=True))
    for part in parts:
        ids.update(row[0] for row in _csv_rows(part / ERRORS_FILE, header=False))
    return ids


def _csv_rows(path: Path, header: bool) -> Iterator[list[str]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        if header:
            next(rows, None)
        yield from rows


def check_resumable(out: Path) -> None:
    """Refuse to append to tables whose columns differ from this version's."""
    for name in TABLES:
        path = out / f"{name}.parquet"
        if path.exists() and not pq.read_schema(path).remove_metadata().equals(arrow_schema(name)):
            raise ArticleError(f"{path}: written with other columns by another version; run without --resume")


# --- merging parts into the tables ----------------------------------------------------------------

def merge_tables(out: Path, parts: list[Path], keep_existing: bool) -> dict[str, int]:
    """Write every table beside its final name, then rename each into place; return row counts."""
    staged, counts = {}, {}
    try:
        for name in TABLES:
            staged[out / f"{name}.parquet"], counts[name] = _merge_parquet(out, name, parts, keep_existing)
            staged[out / f"{name}.csv"] = _merge_csv(out / f"{name}.csv", _columns(name), [p / f"{name}.csv" for p in parts], keep_existing)
        staged[out / ERRORS_FILE] = _merge_csv(out / ERRORS_FILE, ERROR_COLUMNS, [p / ERRORS_FILE for p in parts], keep_existing)
        counts["errors"] = sum(1 for _ in _csv_rows(staged[out / ERRORS_FILE], header=True))
        for final, tmp in staged.items():
            os.replace(tmp, final)
    finally:
        for tmp in staged.values():
            discard(tmp)
    return counts


def _merge_parquet(out: Path, name: str, parts: list[Path], keep_existing: bool) -> tuple[Path, int]:
    final = out / f"{name}.parquet"
    sources = ([final] if keep_existing and final.exists() else []) + [p / f"{name}.parquet" for p in parts]
    tmp, rows = staging_path(final), 0
    with pq.ParquetWriter(tmp, arrow_schema(name)) as writer:
        for source in sources:
            for batch in pq.ParquetFile(source).iter_batches():  # one row group at a time
                writer.write_batch(batch)
                rows += batch.num_rows
    return tmp, rows


def _merge_csv(final: Path, columns: list[str], bodies: list[Path], keep_existing: bool) -> Path:
    tmp = staging_path(final)
    with tmp.open("wb") as merged:
        if keep_existing and final.exists():
            with final.open("rb") as existing:
                shutil.copyfileobj(existing, merged)
        else:
            merged.write(csv_header(columns).encode("utf-8"))
        for body in bodies:
            with body.open("rb") as part:
                shutil.copyfileobj(part, merged)
    return tmp


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
    parts_dir = _prepare_output(out, options.resume, fingerprint, keep_existing)

    started = time.perf_counter()
    earlier_parts = finished_parts(parts_dir)
    counter = _Counter(done_ids(out if keep_existing else None, earlier_parts) if options.resume else set())
    work = partitions(counter.filter(read_corpus(files)), options.partition_articles, options.partition_characters)
    model = _analyse_into_parts(work, parts_dir, _next_part_number(earlier_parts), options, client, _progress(files))
    analysed = time.perf_counter() - started

    counts = merge_tables(out, finished_parts(parts_dir), keep_existing=keep_existing)
    shutil.rmtree(parts_dir, ignore_errors=True)
    timings = {"analyse": round(analysed, 3), "merge": round(time.perf_counter() - started - analysed, 3)}
    timings["total"] = round(time.perf_counter() - started, 3)
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


def resumable_batch(out: Path, fingerprint: dict) -> bool:
    """Check that `out` holds parts or tables of a batch of this corpus with these parameters, and
    return whether the tables in place are kept (parts of a fresh start replace them). A folder with
    neither is a fresh start."""
    record = read_manifest(out / PARTS_DIR / FINGERPRINT_FILE)
    if record is not None:
        _refuse_other_batch(out, record.get("fingerprint") or {}, fingerprint)
        keep = bool(record.get("keeps_tables"))
    elif finished_parts(out / PARTS_DIR):
        raise ArticleError(f"{out}: its unfinished parts do not say what they were made from; {START_AFRESH}")
    else:
        manifest = read_manifest(out / MANIFEST_FILE)
        if manifest is None:
            if (out / "articles.parquet").exists():
                raise ArticleError(f"{out}: its tables have no readable {MANIFEST_FILE}; {START_AFRESH}")
            return False
        _refuse_other_batch(out, fingerprint_of_manifest(manifest), fingerprint)
        keep = True
    if keep:
        check_resumable(out)
    return keep


START_AFRESH = "to start afresh, run without --resume (the tables there are replaced) or choose another --out"


def fingerprint_of_manifest(manifest: dict) -> dict:
    """The fingerprint (`provenance.batch_fingerprint`) a finished batch's manifest records."""
    return {
        "corpus": manifest.get("corpus") or {},
        "max_article_bytes": (manifest.get("parameters") or {}).get("max_article_bytes"),
        "lexicon_sha256": manifest.get("lexicon_sha256"),
        "newsactors": (manifest.get("versions") or {}).get("newsactors"),
    }


def _refuse_other_batch(out: Path, earlier: dict, now: dict) -> None:
    """A resumed batch is the same corpus (by its path: it may have grown since) with the same
    parameters that decide the rows; anything else would mix two batches in one set of tables."""
    was, corpus = earlier.get("corpus") or {}, now["corpus"]
    differences = []
    if (was.get("path"), was.get("format")) != (corpus["path"], corpus["format"]):
        differences.append(f"another corpus, {was.get('path') or 'unknown'}")
    if earlier.get("max_article_bytes") != now["max_article_bytes"]:
        differences.append(f"another article size limit ({earlier.get('max_article_bytes')} bytes)")
    if earlier.get("lexicon_sha256") != now["lexicon_sha256"]:
        differences.append("other lexicon tables")
    if earlier.get("newsactors") != now["newsactors"]:
        differences.append(f"newsactors {earlier.get('newsactors')}")
    if differences:
        raise ArticleError(f"{out}: made from {' and '.join(differences)}, so --resume cannot continue it; {START_AFRESH}")


def _prepare_output(out: Path, resume: bool, fingerprint: dict, keep_existing: bool) -> Path:
    """The parts folder of `out`: kept on --resume, else emptied of any interrupted batch's parts;
    it records what its parts are made from and whether they continue the tables in place."""
    parts_dir = out / PARTS_DIR
    if not resume:
        shutil.rmtree(parts_dir, ignore_errors=True)
    parts_dir.mkdir(parents=True, exist_ok=True)
    if not (parts_dir / FINGERPRINT_FILE).exists():
        write_json(parts_dir / FINGERPRINT_FILE, {"fingerprint": fingerprint, "keeps_tables": keep_existing})
    return parts_dir


def _next_part_number(parts: list[Path]) -> int:
    return int(parts[-1].name.split("-")[1]) + 1 if parts else 0


def _analyse_into_parts(work, parts_dir: Path, first_number: int, options, client, progress) -> dict | None:
    """Save each partition's result as a part as soon as it arrives; return the model's provenance."""
    model = None
    with progress:
        for number, result in enumerate(_results(work, options, client), start=first_number):
            write_part(parts_dir, number, result)
            model = model or result["model"]
            progress.update(len(result["articles"]) + len(result["errors"]))
    return model


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
                item = CorpusItem(item.id, item.source, error=f"the article id {item.id!r} is used by an earlier article")
            self.seen.add(item.id)
            yield item


def _results(work: Iterable[list[CorpusItem]], options: BatchOptions, client) -> Iterator[dict]:
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


class _progress:
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


# --- reading a batch -----------------------------------------------------------------------------

def read_tables(out: str | Path) -> dict[str, pd.DataFrame]:
    """The tables of a finished batch (Parquet, with their column types) and its errors."""
    out = Path(out)
    if not (out / MANIFEST_FILE).exists():
        raise ArticleError(f"{out}: not the output folder of a finished newsactors batch (no {MANIFEST_FILE})")
    tables = {name: pd.read_parquet(out / f"{name}.parquet") for name in TABLES}
    tables["errors"] = pd.read_csv(out / ERRORS_FILE, dtype=str, keep_default_na=False)
    return tables
