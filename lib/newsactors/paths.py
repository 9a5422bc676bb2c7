"""Where things live, and the one environment setting. Every path is anchored on the project
root, never on the cwd."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = PROJECT_ROOT / "data"
LEXICON_DIR = DATA_DIR / "lexicons"  # curated language facts
WEIGHTS_DIR = DATA_DIR / "weights"  # tables fitted on PolNeAR by `make weights`
ARTICLE_DIR = DATA_DIR / "articles"
GOLD_DIR = DATA_DIR / "gold"
NOTEBOOK_DIR = PROJECT_ROOT / "notebooks"
OUTPUT_ENV = "NEWSACTORS_OUTPUT_DIR"
"""When set, the folder that stands for `outputs/`: the test suite points it at a temporary folder,
so that running the tests never rewrites what `make run` wrote."""
OUTPUT_DIR = Path(os.environ.get(OUTPUT_ENV) or PROJECT_ROOT / "outputs")
SHARED_CORPORA = PROJECT_ROOT.parent / "shared" / "corpora"

INTERACTIVE_TABLES_ENV = "NEWSACTORS_INTERACTIVE_TABLES"
"""Set to 1 in the kernels `make lab` starts (`lab.py`): notebooks then show sortable tables (`display.py`)."""

DEFAULT_ARTICLE_ID = "nk-troops-russia-2024-10"
DEFAULT_ARTICLE = ARTICLE_DIR / f"{DEFAULT_ARTICLE_ID}.txt"


def project_path(path: str | Path | None, default: Path | None = None) -> Path:
    """Resolve a notebook parameter: empty means `default`, relative means from the project root,
    and a relative path in `outputs/` means in OUTPUT_DIR (which is `outputs/` unless OUTPUT_ENV
    names another folder)."""
    if path is None or str(path) == "":
        if default is None:
            raise ValueError("a path is required")
        return default
    path = Path(path).expanduser()
    if path.is_absolute():
        return path
    if path.parts[:1] == ("outputs",):
        return OUTPUT_DIR.joinpath(*path.parts[1:])
    return PROJECT_ROOT / path
