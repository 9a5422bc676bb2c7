"""PolNeAR (Newell, Margolin and Ruths, LREC 2018; `../shared/corpora/polnear/`): reading its
brat standoff annotations, and scoring the extractors on a split."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from ..paths import SHARED_CORPORA
from .attributions import (
    Attribution,
    Chars,
    Counts,
    chars,
    predict_attributions,
    score_attributions,
    textacy_attributions,
)

POLNEAR_DIR = SHARED_CORPORA / "polnear"
SPLITS = ("train", "dev")


@dataclass
class GoldArticle:
    article_id: str
    text: str
    attributions: list[Attribution] = field(default_factory=list)


def parse_brat(ann: str) -> list[Attribution]:
    """The attributions of one brat `.ann` file: text-bound `T` spans linked by `E` events.

    `Content2:`, `Source2:` ... are further pieces of the same part and are joined to it. An event
    with no Cue is left out, since matching is by cue.
    """
    spans: dict[str, Chars] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        fields_ = line.split("\t")
        if line.startswith("T") and len(fields_) >= 2:
            label, _, offsets = fields_[1].partition(" ")
            pairs = [tuple(int(n) for n in piece.split()) for piece in offsets.split(";")]
            spans[fields_[0]] = chars(*pairs)  # type: ignore[arg-type]
        elif line.startswith("E") and len(fields_) >= 2:
            events.append(dict(arg.split(":", 1) for arg in fields_[1].split() if ":" in arg))
    attributions = []
    for event in events:
        if not any(role.startswith("Attribution") for role in event):
            continue
        parts: dict[str, Chars] = {"Cue": frozenset(), "Source": frozenset(), "Content": frozenset()}
        for role, span_id in event.items():
            base = re.sub(r"\d+$", "", role)
            if base in parts and span_id in spans:
                parts[base] = parts[base] | spans[span_id]
        if parts["Cue"]:
            attributions.append(Attribution(parts["Cue"], parts["Source"], parts["Content"]))
    return attributions


def _annotation_files(split: str, directory: Path) -> dict[str, list[Path]]:
    """Each article's `.ann` files, one per annotator, in sorted order (the first one counts)."""
    files: dict[str, list[Path]] = {}
    for path in sorted((directory / split / "attributions").glob("*.ann")):
        files.setdefault(path.stem.rsplit("_", 1)[0], []).append(path)
    return files


def polnear_available(directory: Path = POLNEAR_DIR) -> bool:
    return (directory / "train" / "text").is_dir() and (directory / "dev" / "text").is_dir()


def read_polnear(split: str = "dev", limit: int | None = None, directory: Path = POLNEAR_DIR) -> list[GoldArticle]:
    """The articles of a split in name order, each with its first annotator's attributions."""
    if split not in SPLITS:
        raise ValueError(f"unknown PolNeAR split {split!r}: choose one of {', '.join(SPLITS)}")
    if not polnear_available(directory):
        raise FileNotFoundError(f"{directory} is absent")
    annotations = _annotation_files(split, directory)
    articles = []
    for text_path in sorted((directory / split / "text").glob("*.txt"))[: limit or None]:  # 0 or None: all
        files = annotations.get(text_path.stem, [])
        gold = parse_brat(files[0].read_text(encoding="utf-8")) if files else []
        articles.append(GoldArticle(text_path.stem, text_path.read_text(encoding="utf-8"), gold))
    return articles


def second_annotations(split: str = "dev", directory: Path = POLNEAR_DIR) -> dict[str, list[Attribution]]:
    """The second annotator's attributions, for the articles of a split annotated twice."""
    return {
        article_id: parse_brat(files[1].read_text(encoding="utf-8"))
        for article_id, files in _annotation_files(split, directory).items()
        if len(files) > 1
    }


def parse_articles(articles: list[GoldArticle], batch_size: int = 16) -> Iterator[tuple[GoldArticle, Doc]]:
    from ..pipeline import load_nlp

    docs = load_nlp().pipe((a.text for a in articles), batch_size=batch_size)
    yield from zip(articles, docs, strict=True)


def evaluate_polnear(split: str = "dev", limit: int | None = None, directory: Path = POLNEAR_DIR) -> dict[str, Counts]:
    """Counts for the project's extractor and textacy's on one PolNeAR split."""
    return evaluate_articles(read_polnear(split, limit, directory))[0]


def evaluate_agreement(split: str = "dev", directory: Path = POLNEAR_DIR) -> dict[str, Counts]:
    """How far people agree, as a yardstick for the extractors: on the articles of a split that
    PolNeAR had annotated twice, the second annotator scored against the first, beside the
    project's extractor and textacy's on the same articles."""
    second = second_annotations(split, directory)
    return evaluate_articles([a for a in read_polnear(split, directory=directory) if a.article_id in second], second)[1]


def evaluate_articles(
    articles: list[GoldArticle], second: dict[str, list[Attribution]] | None = None
) -> tuple[dict[str, Counts], dict[str, Counts]]:
    """Both extractors' counts over the articles, each parsed once; and over those that `second`
    annotates again, the same counts after the second annotator's."""
    second = second or {}
    totals = {"newsactors": Counts(), "textacy": Counts()}
    agreement = {"second annotator": Counts(), **{name: Counts() for name in totals}}
    for article, doc in parse_articles(articles):
        text = article.text
        counts = {
            "newsactors": score_attributions(predict_attributions(doc), article.attributions, text),
            "textacy": score_attributions(textacy_attributions(doc), article.attributions, text),
        }
        for name, c in counts.items():
            totals[name] += c
        if article.article_id in second:
            agreement["second annotator"] += score_attributions(second[article.article_id], article.attributions, text)
            for name, c in counts.items():
                agreement[name] += c
    return totals, agreement
