"""What a batch's parts are made from (its fingerprint), and the checks that let --resume continue it."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq

from ..articles import ArticleError
from ..atomic import write_json
from ..provenance import MANIFEST_FILE, read_manifest
from .formats import TABLES, arrow_schema
from .parts import PARTS_DIR, finished_parts

FINGERPRINT_FILE = "batch.json"  # in PARTS_DIR: what the parts were made from, for --resume


def resumable_batch(out: Path, fingerprint: dict) -> bool:
    """Check that `out` holds parts or tables of a batch of this corpus with these parameters, and
    return whether the tables in place are kept (parts of a fresh start replace them). A folder with
    neither is a fresh start."""
    record = read_manifest(out / PARTS_DIR / FINGERPRINT_FILE)
    if record is not None:
        _refuse_other_batch(out, record.get("fingerprint") or {}, fingerprint)
        keep = bool(record.get("keeps_tables"))
    elif finished_parts(out / PARTS_DIR):
        raise ArticleError(f"{out}: its unfinished parts do not say what they were made from; {START_AFRESH}")
    else:
        manifest = read_manifest(out / MANIFEST_FILE)
        if manifest is None:
            if (out / "articles.parquet").exists():
                raise ArticleError(f"{out}: its tables have no readable {MANIFEST_FILE}; {START_AFRESH}")
            return False
        _refuse_other_batch(out, fingerprint_of_manifest(manifest), fingerprint)
        keep = True
    if keep:
        check_resumable(out)
    return keep


START_AFRESH = "to start afresh, run without --resume (the tables there are replaced) or choose another --out"


def fingerprint_of_manifest(manifest: dict) -> dict:
    """The fingerprint (`provenance.batch_fingerprint`) a finished batch's manifest records."""
    return {
        "corpus": manifest.get("corpus") or {},
        "max_article_bytes": (manifest.get("parameters") or {}).get("max_article_bytes"),
        "lexicon_sha256": manifest.get("lexicon_sha256"),
        "newsactors": (manifest.get("versions") or {}).get("newsactors"),
    }


def _refuse_other_batch(out: Path, earlier: dict, now: dict) -> None:
    """A resumed batch is the same corpus (by its path: it may have grown since) with the same
    parameters that decide the rows; anything else would mix two batches in one set of tables."""
    was, corpus = earlier.get("corpus") or {}, now["corpus"]
    differences = []
    if (was.get("path"), was.get("format")) != (corpus["path"], corpus["format"]):
        differences.append(f"another corpus, {was.get('path') or 'unknown'}")
    if earlier.get("max_article_bytes") != now["max_article_bytes"]:
        differences.append(f"another article size limit ({earlier.get('max_article_bytes')} bytes)")
    if earlier.get("lexicon_sha256") != now["lexicon_sha256"]:
        differences.append("other lexicon tables")
    if earlier.get("newsactors") != now["newsactors"]:
        differences.append(f"newsactors {earlier.get('newsactors')}")
    if differences:
        raise ArticleError(
            f"{out}: made from {' and '.join(differences)}, so --resume cannot continue it; {START_AFRESH}"
        )


def check_resumable(out: Path) -> None:
    """Refuse to append to tables whose columns differ from this version's."""
    for name in TABLES:
        path = out / f"{name}.parquet"
        if path.exists() and not pq.read_schema(path).remove_metadata().equals(arrow_schema(name)):
            raise ArticleError(f"{path}: written with other columns by another version; run without --resume")


def prepare_output(out: Path, resume: bool, fingerprint: dict, keep_existing: bool) -> Path:
    """The parts folder of `out`: kept on --resume, else emptied of any interrupted batch's parts;
    it records what its parts are made from and whether they continue the tables in place."""
    parts_dir = out / PARTS_DIR
    if not resume:
        shutil.rmtree(parts_dir, ignore_errors=True)
    parts_dir.mkdir(parents=True, exist_ok=True)
    if not (parts_dir / FINGERPRINT_FILE).exists():
        write_json(parts_dir / FINGERPRINT_FILE, {"fingerprint": fingerprint, "keeps_tables": keep_existing})
    return parts_dir
