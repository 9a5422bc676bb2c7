"""newsactors: who acts in a news article and what position each one takes.

The flow, one step per module:

    article (articles) -> Doc (pipeline, parsing) -> actors (actors, coref) -> positions (positions,
    stance) -> claims (claims) -> tables (tables) -> notebooks and report (report, runner)

The names below are imported on first use, so `import newsactors` is quick and commands that
need neither spaCy nor pandas (starting a kernel, printing help) do not wait for them.
"""
from importlib import import_module

__version__ = "0.1.0"

_EXPORTS = {
    "Article": "articles", "ArticleError": "articles", "load_article": "articles", "make_article": "articles",
    "ArticleRun": "parsing", "open_run": "parsing", "prepare_run": "parsing",
    "DEFAULT_ARTICLE": "paths", "OUTPUT_DIR": "paths", "PROJECT_ROOT": "paths", "project_path": "paths",
    "load_nlp": "pipeline", "model_provenance": "pipeline",
    "analyse": "tables", "read_csv": "tables", "write_csv": "tables",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'newsactors' has no attribute {name!r}")
    value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__():
    return sorted([*globals(), *_EXPORTS])
