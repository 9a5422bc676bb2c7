"""Finished partitions on disk (parts), and merging them into the tables of the output folder."""
from __future__ import annotations

import csv
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq

from ..atomic import discard, replacing, staging_path
from .formats import ERROR_COLUMNS, ERRORS_FILE, TABLES, arrow_schema, csv_body, csv_header, table_columns, to_arrow

PARTS_DIR = ".batch-parts"


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


def next_part_number(parts: list[Path]) -> int:
    return int(parts[-1].name.split("-")[1]) + 1 if parts else 0


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


# --- merging parts into the tables ----------------------------------------------------------------

def merge_tables(out: Path, parts: list[Path], keep_existing: bool) -> dict[str, int]:
    """Write every table beside its final name, then rename each into place; return row counts."""
    staged, counts = {}, {}
    try:
        for name in TABLES:
            staged[out / f"{name}.parquet"], counts[name] = _merge_parquet(out, name, parts, keep_existing)
            staged[out / f"{name}.csv"] = _merge_csv(
                out / f"{name}.csv", table_columns(name), [p / f"{name}.csv" for p in parts], keep_existing,
            )
        staged[out / ERRORS_FILE] = _merge_csv(
            out / ERRORS_FILE, ERROR_COLUMNS, [p / ERRORS_FILE for p in parts], keep_existing,
        )
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
