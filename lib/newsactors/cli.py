"""The `newsactors` command line.

    newsactors run [ARTICLE ...] [--out DIR]    execute the notebooks on articles (default: the embedded one)

Errors are one line on stderr and a non-zero exit: 2 for bad input or parameters, 1 for a failure
while running.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .articles import ArticleError
from .paths import DEFAULT_ARTICLE, OUTPUT_DIR
from .pipeline import ModelMissingError

BAD_INPUT, FAILED = 2, 1


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line, like every other error here."""

    def error(self, message: str):
        self.exit(BAD_INPUT, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="newsactors", description="Who acts in news articles and what position each one takes.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
    run = commands.add_parser("run", help="execute the notebook collection on articles")
    run.add_argument("articles", nargs="*", type=Path, metavar="ARTICLE",
                     help=f"UTF-8 .txt files (default: {DEFAULT_ARTICLE.name})")
    run.add_argument("--out", type=Path, default=OUTPUT_DIR, metavar="DIR",
                     help="output folder; each article gets DIR/<article-id>/ (default: outputs/)")
    run.set_defaults(handler=_run)
    return parser


def _run(args) -> int:
    from .runner import run_articles

    if args.out.exists() and not args.out.is_dir():
        raise ArticleError(f"{args.out}: --out must be a folder, and this is a file")
    run_articles(args.articles or [DEFAULT_ARTICLE], args.out.resolve())
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except (ArticleError, ValueError, ModelMissingError) as err:
        print(f"newsactors: error: {err}", file=sys.stderr)
        return BAD_INPUT
    except KeyboardInterrupt:
        print("newsactors: interrupted; earlier outputs are unchanged", file=sys.stderr)
        return 130
    except Exception as err:  # one line for the user; the traceback helps nobody reading a batch log
        print(f"newsactors: error: {type(err).__name__}: {err}", file=sys.stderr)
        return FAILED


if __name__ == "__main__":
    sys.exit(main())
