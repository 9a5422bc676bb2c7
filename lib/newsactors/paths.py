"""Where things live, and the one environment setting. Every path is anchored on the project
root, never on the cwd."""
from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = PROJECT_ROOT / "data"
LEXICON_DIR = DATA_DIR / "lexicons"  # curated language facts
WEIGHTS_DIR = DATA_DIR / "weights"  # tables fitted on PolNeAR by `make weights`
ARTICLE_DIR = DATA_DIR / "articles"
GOLD_DIR = DATA_DIR / "gold"
NOTEBOOK_DIR = PROJECT_ROOT / "notebooks"
OUTPUT_DIR = PROJECT_ROOT / "outputs"
SHARED_CORPORA = PROJECT_ROOT.parent / "shared" / "corpora"

INTERACTIVE_TABLES_ENV = "NEWSACTORS_INTERACTIVE_TABLES"
"""Set to 1 in the kernels `make lab` starts (`lab.py`): notebooks then show sortable tables (`display.py`)."""

DEFAULT_ARTICLE_ID = "nk-troops-russia-2024-10"
DEFAULT_ARTICLE = ARTICLE_DIR / f"{DEFAULT_ARTICLE_ID}.txt"


def project_path(path: str | Path | None, default: Path | None = None) -> Path:
    """Resolve a notebook parameter: empty means `default`, relative means from the project root."""
    if path is None or str(path) == "":
        if default is None:
            raise ValueError("a path is required")
        return default
    path = Path(path).expanduser()
    return path if path.is_absolute() else PROJECT_ROOT / path
