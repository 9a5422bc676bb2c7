"""Reading a corpus: a folder of `.txt` articles, a `.jsonl`, or a `.csv` with `url,date,title,text`
columns, one `CorpusItem` at a time, and cutting it into the partitions the batch workers get.

An article that cannot be read becomes an item with an `error` (the reason that goes to
`errors.csv`), so one bad row never stops a corpus. Nothing here needs spaCy or pandas: the command
line reads the defaults below without waiting for them.
"""
from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .articles import ArticleError, article_id, decode, load_article

CORPUS_SUFFIXES = (".txt", ".csv", ".jsonl")
"""A corpus is one .csv or .jsonl file, or a folder of such files and of .txt articles."""

DEFAULT_BATCH_SIZE = 16
"""Texts per `nlp.pipe` batch. Measured on 80 Wikinews articles: 4, 16, 64 and 256 texts per batch
took 6.4, 5.4, 6.0 and 6.2 s."""
DEFAULT_PARTITION_ARTICLES = 16
DEFAULT_PARTITION_CHARACTERS = 30_000
"""A partition closes at this many articles or characters, whichever comes first: about a second of
a worker's work, large enough that handing it over and writing its part cost little next to
parsing it, small enough that the last partition does not keep one worker busy while the other
waits. Measured on the 2019 half of the Wikinews corpus (171 short articles) on two workers: 40
articles or 60,000 characters took 14.8 s, 16 or 30,000 took 13.8 s, 8 or 20,000 13.2 to 14.5 s
(more parts to write)."""
def usable_cpus() -> int:
    """CPUs this process may run on (a container or `taskset` may allow fewer than the machine has)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


DEFAULT_WORKERS = usable_cpus()
"""One worker process per CPU: on the 2-core reference machine two workers beat one process
(scripts/benchmark.py). With one CPU, or a corpus of one partition, the batch runs in this process."""


# --- reading the corpus ---------------------------------------------------------------------------

@dataclass
class CorpusItem:
    """One article as read from the corpus, not yet validated; `error` when it could not be read."""

    id: str
    source: str  # where in the corpus: a file name, or "file.csv:<row>"
    text: str = ""
    metadata: dict = field(default_factory=dict)
    error: str = ""


def corpus_files(corpus: Path) -> list[Path]:
    """The files a corpus is read from, refusing anything that is not a corpus."""
    if not corpus.exists():
        raise ArticleError(f"{corpus}: no such file or folder")
    if corpus.is_dir():
        files = sorted(path for path in corpus.iterdir() if path.suffix.lower() in CORPUS_SUFFIXES and path.is_file())
        if not files:
            raise ArticleError(f"{corpus}: a folder without .txt, .jsonl or .csv files")
        return files
    if corpus.suffix.lower() not in CORPUS_SUFFIXES[1:]:
        raise ArticleError(f"{corpus}: a corpus is a folder of .txt files, a .jsonl or a .csv file")
    return [corpus]


METADATA_SUFFIX = ".json"  # beside a .txt article: its metadata, read with it


def skipped_entries(corpus: Path) -> dict:
    """What a folder corpus holds that is not read: sub-folders (a corpus is read one level deep),
    files of other kinds, entries that are no regular file, and hidden files. Counts and a one-line
    summary for the log."""
    counts = {"sub-folders": 0, "other files": 0, "not regular files": 0, "hidden": 0}
    if corpus.is_dir():
        names = {path.name for path in corpus.iterdir()}
        for path in corpus.iterdir():
            if path.name.startswith("."):
                counts["hidden"] += 1
            elif path.is_dir():
                counts["sub-folders"] += 1
            elif path.suffix.lower() in CORPUS_SUFFIXES:
                if not path.is_file():
                    counts["not regular files"] += 1
                continue
            elif path.suffix.lower() == METADATA_SUFFIX and f"{path.stem}.txt" in names:
                continue
            else:
                counts["other files"] += 1
    reasons = {
        "sub-folders": "sub-folders (only the corpus folder itself is read)",
        "other files": "files that are neither .txt, .jsonl, .csv nor the .json beside a .txt",
        "not regular files": "entries that are no regular file (a pipe, a broken or looping link)",
        "hidden": "hidden files or folders (names starting with a dot)",
    }
    parts = [f"{n} {reasons[kind]}" for kind, n in counts.items() if n]
    summary = f"{corpus}: skipped " + "; ".join(parts) if parts else ""
    return counts | {"total": sum(counts.values()), "summary": summary}


def check_corpus(files: list[Path]) -> None:
    """Refuse, before anything is written, a corpus file that cannot be read at all: a .csv whose
    header has no text column, or one that is not UTF-8."""
    for path in files:
        if path.suffix.lower() == ".csv":
            with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
                _csv_header(path, csv.DictReader(handle))


def _csv_header(path: Path, reader: csv.DictReader) -> list[str]:
    try:
        fieldnames = reader.fieldnames or []
    except csv.Error as err:
        raise ArticleError(f"{path}: not a readable .csv ({err})") from None
    if "text" not in fieldnames:
        raise ArticleError(f"{path}: a corpus .csv needs a text column (url,date,title,text)")
    return fieldnames


def read_corpus(files: list[Path]) -> Iterator[CorpusItem]:
    """Every article of the corpus files in a stable order, one at a time."""
    readers = {".txt": _read_txt, ".jsonl": _read_jsonl, ".csv": _read_csv}
    for path in files:
        yield from readers[path.suffix.lower()](path)


def _read_txt(path: Path) -> Iterator[CorpusItem]:
    try:
        article = load_article(path)  # the checks and the id of `newsactors run`
    except ArticleError as err:
        yield CorpusItem(article_id(path.name), path.name, error=error_reason(err))
        return
    yield CorpusItem(article.id, path.name, article.text, article.metadata)


def _read_jsonl(path: Path) -> Iterator[CorpusItem]:
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            source = f"{path.name}:{number}"
            fallback_id = f"{path.stem}-{number}"
            try:
                record = json.loads(decode(raw, source))
            except ArticleError as err:
                yield CorpusItem(fallback_id, source, error=error_reason(err))
                continue
            except json.JSONDecodeError as err:
                reason = f"line {number} is not valid JSON: {err.msg.removesuffix(' at')} at column {err.colno}"
                yield CorpusItem(fallback_id, source, error=reason)
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                yield CorpusItem(fallback_id, source, error='not a JSON object with a "text" string')
                continue
            yield _record_item(record, source, fallback_id)


def _read_csv(path: Path) -> Iterator[CorpusItem]:
    # Rows are decoded one by one (surrogateescape keeps undecodable bytes visible) so that one bad
    # row is an error of that article, not of the corpus.
    csv.field_size_limit(2**31 - 1)  # an oversized article is the article's error, reported below
    with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
        reader = csv.DictReader(handle)
        _csv_header(path, reader)
        for number, row in enumerate(reader, start=1):
            source = f"{path.name}:{number}"
            fallback_id = f"{path.stem}-{number}"
            if any(_undecodable(value) for value in row.values() if isinstance(value, str)):
                yield CorpusItem(
                    _record_id(row, fallback_id, strict=False), source, error="not UTF-8 text; save the corpus as UTF-8"
                )
                continue
            yield _record_item(row, source, fallback_id)


def _record_item(record: dict, source: str, fallback_id: str) -> CorpusItem:
    text = record["text"] or ""
    if "\x00" in text:
        return CorpusItem(_record_id(record, fallback_id), source, error="binary data, not text")
    meta = {key: str(record.get(key) or "") for key in ("title", "date", "url")}
    return CorpusItem(_record_id(record, fallback_id), source, text.replace("\r\n", "\n").replace("\r", "\n"), meta)


def _record_id(record: dict, fallback_id: str, strict: bool = True) -> str:
    """The `id` column as given, else one derived from the url, else from the row's place."""
    given = str(record.get("id") or "").strip()
    if given and (strict or not _undecodable(given)):
        return given
    url = str(record.get("url") or "").strip()
    if url and not _undecodable(url):
        return article_id(url)
    return fallback_id


def _undecodable(text: str) -> bool:
    return any("\udc80" <= char <= "\udcff" for char in text)


def error_reason(err: ArticleError) -> str:
    """The reason alone: the source has its own column in errors.csv."""
    message = str(err)
    return message.split(": ", 1)[1] if ": " in message else message


LONG_ARTICLE_CHARACTERS = 100_000
"""Parsing an article briefly takes about 3 KB of memory per character (300 MB for a 100,000-character
feature) before handing it back. Such articles travel alone, and one at a time (see the ordered submitter
in `batch/workers.py`), so that two workers never hold the largest peaks at once. The threshold trades memory
for speed: on the Wikinews corpus a lower one (30,000 or 50,000 characters) held back so much of the
text that a worker sat idle for much of the run. What is left is the moment a long article meets a
full partition on the other worker: `make benchmark` reports how far the memory of five times the
corpus, with five such moments, rises over the corpus's."""


def partitions(items: Iterable[CorpusItem], max_articles: int, max_characters: int) -> Iterator[list[CorpusItem]]:
    """Consecutive articles, at most `max_articles` and `max_characters` (an article longer than
    that alone), so that a worker's memory while parsing one is bounded by the budget, not by
    where the last article happened to end."""
    partition, characters = [], 0
    for item in items:
        if partition and (is_long(item) or characters + len(item.text) > max_characters):
            yield partition
            partition, characters = [], 0
        partition.append(item)
        characters += len(item.text)
        if len(partition) >= max_articles or is_long(item):
            yield partition
            partition, characters = [], 0
    if partition:
        yield partition


def is_long(item: CorpusItem) -> bool:
    return len(item.text) >= LONG_ARTICLE_CHARACTERS
