"""Parse an article once per run and let every later step read the parse from disk.

`open_run(article_path, output_dir)` is how a notebook starts: it loads the article, and either
reads `<output_dir>/<article-id>/doc.spacy` (when it was parsed from this exact text, by this
model, with these lexicons) or parses it and saves it there. `newsactors run` parses every
article before the notebooks start (in the kernel that loaded the model as it started), so a
notebook loads the model only for a text of its own.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.lang.en import English
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.vocab import create_vocab

from .articles import Article, load_article
from .atomic import replacing, write_json
from .paths import DEFAULT_ARTICLE, LEXICON_DIR, WEIGHTS_DIR, project_path
from .pipeline import load_nlp, model_provenance
from .provenance import PARSE_FILE, read_parse_info

if TYPE_CHECKING:  # the tables (and pandas) load on first use: a parse needs neither
    from .tables import Analysis

DOC_FILE = "doc.spacy"


def lexicon_sha256(directory: Path = LEXICON_DIR, weights_dir: Path = WEIGHTS_DIR) -> str:
    """One hash over every lexicon table and fitted weight table: a changed table means a new parse."""
    digest = hashlib.sha256()
    for folder in (directory, weights_dir):
        for path in sorted(folder.glob("*.csv")):
            digest.update(f"{folder.name}/{path.name}".encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def parse(article: Article, nlp: Language | None = None) -> Doc:
    return (nlp or load_nlp())(article.text)


def save_parse(doc: Doc, article: Article, run_dir: Path, nlp: Language | None = None) -> dict:
    with replacing(run_dir / DOC_FILE) as tmp:
        DocBin(docs=[doc], store_user_data=False).to_disk(tmp)
    info = {
        "article_id": article.id,
        "article_sha256": article.sha256,
        "lexicon_sha256": lexicon_sha256(),
        "model": model_provenance(nlp),
    }
    write_json(run_dir / PARSE_FILE, info)
    return info


def load_parse(run_dir: Path) -> tuple[Doc, dict]:
    info = read_parse_info(run_dir)
    doc = next(DocBin().from_disk(run_dir / DOC_FILE).get_docs(reading_vocab()))
    return doc, info


@cache
def reading_vocab():
    """English vocabulary without the model: reading a parse needs neither weights nor a tokenizer
    (`spacy.blank` would build one, with its thousand special cases, in every notebook's kernel)."""
    return create_vocab("en", English.Defaults)


def cached_parse_is_current(run_dir: Path, article: Article) -> bool:
    try:
        info = read_parse_info(run_dir)
    except (OSError, ValueError):
        return False
    return (
        (run_dir / DOC_FILE).exists()
        and info.get("article_sha256") == article.sha256
        and info.get("lexicon_sha256") == lexicon_sha256()
    )


@dataclass
class ArticleRun:
    """One article's parse and analysis, and the folder its outputs go to."""

    article: Article
    doc: Doc
    run_dir: Path
    parse_info: dict

    @cached_property
    def analysis(self) -> Analysis:
        from .tables import analyse

        return analyse(self.doc, self.article.id, self.article.metadata)

    @cached_property
    def tables(self):
        return self.analysis.tables()

    @property
    def model(self) -> str:
        model = self.parse_info["model"]
        return f"{model['package']} {model['model_version']} (spaCy {model['spacy']})"


def prepare_run(article: Article, output_dir: Path, nlp: Language | None = None) -> ArticleRun:
    """Parse an article into `<output_dir>/<article-id>/` unless that parse is already there."""
    run_dir = Path(output_dir) / article.id
    if cached_parse_is_current(run_dir, article):
        doc, info = load_parse(run_dir)
    else:
        doc = parse(article, nlp)
        info = save_parse(doc, article, run_dir, nlp)
    return ArticleRun(article, doc, run_dir, info)


def open_run(article_path: str | Path = "", output_dir: str | Path = "outputs") -> ArticleRun:
    """A notebook's first step. Empty `article_path` means the default article; relative paths
    are taken from the project root, so a notebook runs the same from any working folder."""
    article = load_article(project_path(article_path, DEFAULT_ARTICLE))
    return prepare_run(article, project_path(output_dir))
