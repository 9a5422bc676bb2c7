"""Loading and validating articles: one UTF-8 English text, optionally with JSON metadata beside it.

Every rejection raises `ArticleError` with a one-line message that names the file and the reason;
the command line prints it and exits non-zero.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .lexicons import read_table

MAX_ARTICLE_BYTES = 1_000_000
"""Largest article accepted, in bytes of UTF-8. Long-form news features run to about 100 KB;
anything ten times that is a book or a dump, not an article, and would hold the pipeline for
minutes."""

MIN_ENGLISH_SHARE = 0.2
"""Share of words that must be English function words ("the", "of", "said" ...). English news
scores 0.4-0.5; French, German or Spanish news about 0.05."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class ArticleError(ValueError):
    """An input that cannot be analysed, with a one-line reason."""


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    metadata: dict = field(default_factory=dict, compare=False)
    path: Path | None = field(default=None, compare=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def article_id(name: str) -> str:
    """A stable, file-system-safe id from a file name or URL: `.../My Story.txt` -> `My-Story`."""
    stem = re.sub(r"\.txt$", "", name.rstrip("/").rsplit("/", 1)[-1])
    return _ID_UNSAFE.sub("-", stem).strip("-.") or "article"


def english_share(text: str) -> float:
    words = _WORD.findall(text.lower())
    function_words = english_function_words()
    return sum(w in function_words for w in words) / len(words) if words else 0.0


@lru_cache(maxsize=None)
def english_function_words() -> frozenset[str]:
    return frozenset(row["word"] for row in read_table("english_function_words"))


def check_text(text: str, source: str) -> str:
    """Reject text that is empty, oversized or not English; return it unchanged otherwise."""
    if not text.strip():
        raise ArticleError(f"{source}: the article is empty")
    size = len(text.encode("utf-8"))
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{source}: {size:,} bytes is over the {MAX_ARTICLE_BYTES:,}-byte limit for one article")
    share = english_share(text)
    if share < MIN_ENGLISH_SHARE:
        raise ArticleError(
            f"{source}: does not look like English ({share:.0%} English function words, "
            f"{MIN_ENGLISH_SHARE:.0%} needed)"
        )
    return text


def decode(raw: bytes, source: str) -> str:
    """UTF-8 text from bytes, refusing binary files and other encodings."""
    if b"\x00" in raw[:65536]:
        raise ArticleError(f"{source}: a binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleError(f"{source}: not UTF-8 text (byte {err.start}); save it as UTF-8") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def make_article(text: str, id: str, metadata: dict | None = None, source: str | None = None) -> Article:
    """An `Article` from text already in memory (a corpus row), validated like a file."""
    return Article(id=id, text=check_text(text, source or id), metadata=dict(metadata or {}))


def load_article(path: str | Path) -> Article:
    """Read `<id>.txt` and the optional `<id>.json` metadata beside it."""
    path = Path(path)
    if not path.exists():
        raise ArticleError(f"{path}: no such file")
    if path.is_dir():
        raise ArticleError(f"{path}: a folder, not an article file")
    if path.stat().st_size > 4 * MAX_ARTICLE_BYTES:  # refuse before reading it all into memory
        raise ArticleError(f"{path}: {path.stat().st_size:,} bytes is over the {MAX_ARTICLE_BYTES:,}-byte limit for one article")
    text = decode(path.read_bytes(), str(path))
    metadata = _read_metadata(path.with_suffix(".json"))
    return Article(
        id=article_id(metadata.get("id") or path.name),
        text=check_text(text, str(path)),
        metadata=metadata,
        path=path.resolve(),
    )


def _read_metadata(path: Path) -> dict:
    if not path.exists():
        return {}
    try:
        metadata = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ArticleError(f"{path}: metadata is not valid UTF-8 JSON ({err})") from None
    if not isinstance(metadata, dict):
        raise ArticleError(f"{path}: metadata must be a JSON object")
    return metadata
