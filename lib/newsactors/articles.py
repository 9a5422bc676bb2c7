"""Loading and validating articles: one UTF-8 English text, optionally with JSON metadata beside it.

Every rejection raises `ArticleError` with a one-line message that names the file and the reason;
the command line prints it and exits non-zero.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
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
_ID_UNSAFE = re.compile(r"[^\w.-]+")  # \w: letters and digits of any script, so 北京 stays 北京
MAX_ID_BYTES = 120
"""Longest article id, in bytes of UTF-8: ids name folders, and with the hidden staging prefix and
suffix a folder name must stay under the usual 255-byte limit of file systems."""

BOMS = (  # longest first: the UTF-32 little-endian mark begins with the UTF-16 one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Byte-order marks and the codec that reads text starting with one (the mark is dropped)."""

UTF16_NUL_SHARE = 0.3
"""UTF-16 without a byte-order mark: English text has a NUL in every other byte (half of them);
a binary file seldom has so many NULs at alternating places."""

_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S)
_HTML_TAG = re.compile(r"</?(?:p|div|span|a|br|li|td|script|style|meta|link|img)\b[^>]*>", re.I)
HTML_TAGS_PER_KB = 20
"""Plain-text news has no HTML tags, or quotes a few ("the page said <b>not</b>"); a web page saved
as text has dozens per kilobyte."""
MIN_HTML_TAGS = 10  # a story quoting a handful of tags is still a story


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
    """A stable, file-system-safe id from a file name or URL: `.../My Story.txt` -> `My-Story`,
    `北京.txt` -> `北京`. Letters and digits of every script are kept (in Unicode's composed form,
    so the same name typed on two systems gives one id); runs of anything else become one `-`."""
    stem = re.sub(r"\.txt$", "", name.rstrip("/").rsplit("/", 1)[-1], flags=re.I)
    safe = _ID_UNSAFE.sub("-", unicodedata.normalize("NFC", stem)).strip("-.")
    while len(safe.encode("utf-8")) > MAX_ID_BYTES:
        safe = safe[:-1]
    return safe.rstrip("-.") or "article"


def english_share(text: str) -> float:
    words = _WORD.findall(text.lower())
    function_words = english_function_words()
    return sum(w in function_words for w in words) / len(words) if words else 0.0


@cache
def english_function_words() -> frozenset[str]:
    return frozenset(row["word"] for row in read_table("english_function_words"))


def check_text(text: str, source: str) -> str:
    """Reject text that is empty, oversized, a web page or not English; return it unchanged otherwise."""
    if not text.strip():
        raise ArticleError(f"{source}: the article is empty")
    size = len(text.encode("utf-8"))
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{source}: {size:,} bytes is over the {MAX_ARTICLE_BYTES:,}-byte limit for one article")
    if looks_like_html(text):
        raise ArticleError(
            f"{source}: an HTML web page, not plain text; save the article's text alone as .txt "
            "(select it in the browser, copy, and paste it into a text editor)"
        )
    share = english_share(text)
    if share < MIN_ENGLISH_SHARE:
        raise ArticleError(
            f"{source}: does not look like English ({share:.0%} English function words, "
            f"{MIN_ENGLISH_SHARE:.0%} needed)"
        )
    return text


def decode(raw: bytes, source: str) -> str:
    """Text from bytes: UTF-8, or UTF-16 / UTF-32 with a byte-order mark; binary files and other
    encodings are refused with what the file is and how to convert it."""
    codec = next((codec for bom, codec in BOMS if raw.startswith(bom)), "utf-8")
    if codec == "utf-8" and _looks_like_utf16(raw):
        raise ArticleError(f"{source}: UTF-16 text without a byte-order mark; save it as UTF-8")
    if codec == "utf-8" and b"\x00" in raw:  # anywhere in the file, not only near its start
        raise ArticleError(f"{source}: a binary file, not text (a NUL byte at byte {raw.index(0):,})")
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as err:
        name = "UTF-8" if codec == "utf-8" else codec.upper()
        raise ArticleError(f"{source}: not {name} text (byte {err.start:,}); save it as UTF-8") from None
    if "\x00" in text:
        raise ArticleError(f"{source}: a binary file, not text (a NUL character in its {codec.upper()} text)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_like_utf16(raw: bytes) -> bool:
    sample = raw[:4096]
    if len(sample) < 2:
        return False
    halves = (sample[0::2], sample[1::2])
    return any(half.count(0) >= UTF16_NUL_SHARE * len(sample) for half in halves) and b"\x00\x00" not in sample


def looks_like_html(text: str) -> bool:
    """A web page rather than an article's text: it opens as a page does, or is thick with tags."""
    if _HTML_START.match(text[:4096]):
        return True
    tags = sum(1 for _ in _HTML_TAG.finditer(text))
    return tags >= MIN_HTML_TAGS and tags * 1000 >= HTML_TAGS_PER_KB * max(len(text), 1)


def make_article(text: str, id: str, metadata: dict | None = None, source: str | None = None) -> Article:
    """An `Article` from text already in memory (a corpus row), validated like a file."""
    return Article(id=id, text=check_text(text, source or id), metadata=dict(metadata or {}))


def load_article(path: str | Path) -> Article:
    """Read `<id>.txt` and the optional `<id>.json` metadata beside it."""
    path = Path(path)
    if path.is_symlink() and not path.exists():
        raise ArticleError(f"{path}: a link to nothing (or a loop of links)")
    if not path.exists():
        raise ArticleError(f"{path}: no such file")
    if path.is_dir():
        raise ArticleError(f"{path}: a folder, not an article file")
    if not path.is_file():  # a pipe or a device would be read without end
        raise ArticleError(f"{path}: not a regular file")
    if path.stat().st_size > 4 * MAX_ARTICLE_BYTES:  # refuse before reading it all into memory
        raise ArticleError(
            f"{path}: {path.stat().st_size:,} bytes is over the {MAX_ARTICLE_BYTES:,}-byte limit for one article"
        )
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise ArticleError(f"{path}: cannot be read ({err.strerror or err})") from None
    text = decode(raw, str(path))
    metadata = _read_metadata(path.with_suffix(".json"))
    return Article(
        id=article_id(str(metadata.get("id") or "") or path.name),
        text=check_text(text, str(path)),
        metadata=metadata,
        path=path.resolve(),
    )


def _read_metadata(path: Path) -> dict:
    if not path.exists():
        return {}
    try:
        metadata = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ArticleError(f"{path}: metadata is not valid UTF-8 JSON ({err})") from None
    except OSError as err:  # a folder of that name, or a file that cannot be read
        raise ArticleError(f"{path}: metadata cannot be read ({err.strerror or err})") from None
    if not isinstance(metadata, dict):
        raise ArticleError(f"{path}: metadata must be a JSON object")
    return metadata
