"""The tables a batch writes and their formats: Arrow schemas for Parquet, CSV header and body."""
from __future__ import annotations

import typing

import pandas as pd
import pyarrow as pa

from ..claims import Claim
from ..events import Event
from ..positions import Position
from ..tables import TABLE_COLUMNS

ANALYSIS_TABLES = tuple(TABLE_COLUMNS)  # entities, actors, mentions, positions, claims, events
ARTICLE_COLUMNS = ["article_id", "source", "title", "date", "url", "characters", "sha256"]
ERROR_COLUMNS = ["article_id", "source", "reason"]
TABLES = ("articles", *ANALYSIS_TABLES)
ERRORS_FILE = "errors.csv"

_INTEGER_COLUMNS = {
    "articles": {"characters"},
    "entities": {"start_char", "end_char"},
    "actors": {"mentions"},
    "mentions": {"start_char", "end_char", "sentence"},
}
_ARROW_TYPES = {int: pa.int64(), bool: pa.bool_(), float: pa.float64()}


def table_columns(table: str) -> list[str]:
    return ARTICLE_COLUMNS if table == "articles" else TABLE_COLUMNS[table]


def arrow_schema(table: str) -> pa.Schema:
    """Fixed column types, so every part of a table has the same schema, empty or not."""
    record = {"positions": Position, "claims": Claim, "events": Event}.get(table)
    types = typing.get_type_hints(record) if record else {}
    types |= {column: int for column in _INTEGER_COLUMNS.get(table, ())}
    return pa.schema([(column, _ARROW_TYPES.get(types.get(column), pa.string())) for column in table_columns(table)])


def to_arrow(frame: pd.DataFrame, table: str) -> pa.Table:
    return pa.Table.from_pandas(frame, schema=arrow_schema(table), preserve_index=False)


def csv_body(frame: pd.DataFrame) -> str:
    """Rows as `tables.write_csv` writes them, without the header: parts are concatenated."""
    return frame.to_csv(index=False, header=False, lineterminator="\n")


def csv_header(columns: list[str]) -> str:
    return pd.DataFrame(columns=columns).to_csv(index=False, lineterminator="\n")
