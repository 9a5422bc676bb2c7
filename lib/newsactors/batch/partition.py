"""The work of one partition of articles, run in a worker: the tables `newsactors run` writes."""
from __future__ import annotations

import time
from contextlib import contextmanager

import pandas as pd

from ..articles import ArticleError, make_article
from ..corpus import DEFAULT_BATCH_SIZE, CorpusItem, error_reason
from ..pipeline import load_nlp, model_provenance
from ..tables import analyse, table_frame
from .formats import ARTICLE_COLUMNS, ERROR_COLUMNS, TABLES


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
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    clock = StageClock()
    docs = iter(nlp.pipe((article.text for _, article in articles), batch_size=batch_size))
    for item, article in articles:
        with clock("parse"):
            doc = next(docs)  # nlp.pipe yields one doc per text, in order
        try:
            with clock("analysis"):
                article_rows = analyse(doc, article.id, article.metadata).rows()
        except Exception as err:  # a bug met on one odd article must not stop a million others
            errors.append(_error_row(item, f"analysis failed: {type(err).__name__}: {err}"))
            continue
        rows["articles"].append(_article_row(item, article))
        for name, table_rows in article_rows.items():
            rows[name].extend(table_rows)
    with clock("tables"):
        result = {name: table_frame(name, table_rows) for name, table_rows in rows.items() if name != "articles"}
        result["articles"] = pd.DataFrame(rows["articles"], columns=ARTICLE_COLUMNS)
        result["errors"] = pd.DataFrame(errors, columns=ERROR_COLUMNS)
    result["seconds"] = clock.seconds
    result["model"] = model_provenance(nlp)
    return result


class StageClock:
    """Seconds spent in each stage of a partition's work, summed: the manifest's `timings_seconds.work`."""

    def __init__(self):
        self.seconds: dict[str, float] = {}

    @contextmanager
    def __call__(self, stage: str):
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started


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
