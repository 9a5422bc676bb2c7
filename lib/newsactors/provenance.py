"""Provenance: what a result was made from, written as `manifest.json` beside it.

`newsactors run` writes one per article (`article_manifest`), `newsactors batch` one per corpus
(`batch_manifest`). Both share one frame: the input and its SHA-256, the parameters, the model, the
lexicons' SHA-256, the package versions, counts and timings. `batch_fingerprint` is the part of a
batch manifest that decides its rows: `--resume` continues a batch only when it is unchanged.
"""
from __future__ import annotations

import hashlib
import json
import platform
import time
from importlib import metadata
from pathlib import Path

from . import __version__
from .atomic import write_json

MANIFEST_FILE = "manifest.json"
PARSE_FILE = "parse.json"  # beside a run's doc.spacy: what it was parsed from and with
VERSIONED_PACKAGES = ("newsactors", "spacy", "pandas", "papermill", "nbclient", "ipykernel", "matplotlib")
BATCH_PACKAGES = ("dask", "distributed", "pyarrow", "tqdm")
_HASH_BLOCK = 1 << 20  # files are hashed a megabyte at a time, never read whole


def package_versions(*extra: str) -> dict[str, str]:
    """Versions of Python and of the packages a result depends on, plus any `extra` ones."""
    versions = {"python": platform.python_version()}
    for name in (*VERSIONED_PACKAGES, *extra):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    _hash_file(digest, path)
    return digest.hexdigest()


def corpus_sha256(files: list[Path]) -> str:
    """One hash over the corpus files: their names (relative to the corpus) and their bytes."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode("utf-8", "surrogateescape") + b"\0")
        _hash_file(digest, path)
    return digest.hexdigest()


def _hash_file(digest, path: Path) -> None:
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(_HASH_BLOCK), b""):
            digest.update(block)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def read_parse_info(run_dir: Path) -> dict:
    """What `parse.json` says of a run folder's parse: the article's and lexicons' hashes, the model."""
    return json.loads((run_dir / PARSE_FILE).read_text(encoding="utf-8"))


def article_manifest(article, run_dir: Path, parameters: dict, timings: dict) -> dict:
    """The manifest of one article's run folder, which holds its parse and every output already
    (their SHA-256 are listed)."""
    parse_info = read_parse_info(run_dir)
    outputs = {
        path.name: sha256_file(path)
        for path in sorted(run_dir.iterdir())
        if path.is_file() and path.name != MANIFEST_FILE
    }
    return {
        "article": {
            "id": article.id,
            "path": str(article.path),
            "sha256": article.sha256,
            "characters": len(article.text),
            "metadata": article.metadata,
        },
        "parameters": parameters,
        "model": parse_info["model"],
        "lexicon_sha256": parse_info["lexicon_sha256"],
        "versions": package_versions(),
        "timings_seconds": timings,
        "outputs_sha256": outputs,
        "created": _now(),
    }


def batch_fingerprint(
    corpus: Path, files: list[Path], corpus_hash: str, max_article_bytes: int, lexicon_hash: str
) -> dict:
    """What decides a batch's rows: the corpus, the article size limit, the lexicons and the
    library's version. (Workers, partitions and batch sizes change only the speed.)"""
    return {
        "corpus": {
            "path": str(corpus),
            "format": "folder" if corpus.is_dir() else corpus.suffix.lstrip(".").lower(),
            "files": len(files),
            "sha256": corpus_hash,
        },
        "max_article_bytes": max_article_bytes,
        "lexicon_sha256": lexicon_hash,
        "newsactors": __version__,
    }


def batch_manifest(
    fingerprint: dict, parameters: dict, model: dict, counts: dict, timings: dict, new_articles: int, skipped: dict
) -> dict:
    return {
        "corpus": fingerprint["corpus"] | {"skipped": skipped},
        "parameters": parameters | {"max_article_bytes": fingerprint["max_article_bytes"]},
        "model": model,
        "lexicon_sha256": fingerprint["lexicon_sha256"],
        "versions": package_versions(*BATCH_PACKAGES),
        "counts": counts,
        "timings_seconds": timings,
        "articles_per_second": round(new_articles / timings["analyse"], 2) if timings["analyse"] else None,
        "created": _now(),
    }


def read_manifest(path: Path) -> dict | None:
    """A manifest as written, or None when there is none or it cannot be read."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_manifest(path: Path, manifest: dict) -> Path:
    return write_json(path, manifest)
