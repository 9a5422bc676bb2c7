"""newsactors: who acts in a news article and what position each one takes.

The flow, one step per module:

    article (articles) -> Doc (pipeline, parsing) -> actors (actors) -> positions (positions,
    stance) -> claims (claims) -> tables (tables) -> notebooks and report (report, runner)
"""
__version__ = "0.1.0"

from .articles import Article, ArticleError, load_article, make_article  # noqa: E402
from .parsing import ArticleRun, open_run, prepare_run  # noqa: E402
from .paths import DEFAULT_ARTICLE, OUTPUT_DIR, PROJECT_ROOT, project_path  # noqa: E402
from .pipeline import load_nlp, model_provenance  # noqa: E402
from .tables import analyse, read_csv, write_csv  # noqa: E402

__all__ = [
    "Article", "ArticleError", "ArticleRun", "DEFAULT_ARTICLE", "OUTPUT_DIR", "PROJECT_ROOT",
    "analyse", "load_article", "load_nlp", "make_article", "model_provenance", "open_run",
    "prepare_run", "project_path", "read_csv", "write_csv",
]
