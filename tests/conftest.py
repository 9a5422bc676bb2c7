"""Shared fixtures: the pipeline and the default article's analysis, built once per session."""
from __future__ import annotations

import csv

import pytest

import newsactors as na
from newsactors.paths import GOLD_DIR, SHARED_CORPORA


@pytest.fixture(scope="session")
def nlp():
    return na.load_nlp()


@pytest.fixture(scope="session")
def default_run(tmp_path_factory, nlp):
    article = na.load_article(na.DEFAULT_ARTICLE)
    return na.prepare_run(article, tmp_path_factory.mktemp("run"), nlp)


@pytest.fixture(scope="session")
def default_tables(default_run):
    return default_run.tables


@pytest.fixture
def analyse_text(nlp):
    """Analyse a short text written in a test: returns its Analysis."""

    def _analyse(text: str):
        return na.analyse(nlp(text), "test")

    return _analyse


def read_gold(name: str) -> list[dict[str, str]]:
    with open(GOLD_DIR / f"{na.paths.DEFAULT_ARTICLE_ID}.{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def require_shared(corpus: str):
    """Skip, with a plain reason, a test that needs ../shared/corpora/<corpus>."""
    if not (SHARED_CORPORA / corpus).is_dir():
        pytest.skip(f"../shared/corpora/{corpus} is absent")
    return SHARED_CORPORA / corpus
