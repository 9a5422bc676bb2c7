"""The `newsactors` command line.

    newsactors run [ARTICLE ...] [--out DIR]    execute the notebooks on articles (default: the embedded one)
    newsactors batch CORPUS --out DIR           analyse a corpus into tables, on local workers or a Dask cluster
    newsactors evaluate [--split dev|train]     score positions against PolNeAR and the default article's gold

Errors are one line on stderr and a non-zero exit: 2 for bad input or parameters, 1 for a failure
while running.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

BAD_INPUT, FAILED, INTERRUPTED = 2, 1, 130


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line, like every other error here."""

    def error(self, message: str):
        self.exit(BAD_INPUT, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    from .paths import DEFAULT_ARTICLE, OUTPUT_DIR

    parser = OneLineParser(prog="newsactors", description="Who acts in news articles and what position each one takes.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
    run = commands.add_parser("run", help="execute the notebook collection on articles")
    run.add_argument("articles", nargs="*", type=Path, metavar="ARTICLE",
                     help=f"UTF-8 .txt files (default: {DEFAULT_ARTICLE.name})")
    run.add_argument("--out", type=Path, default=OUTPUT_DIR, metavar="DIR",
                     help="output folder; each article gets DIR/<article-id>/ (default: outputs/)")
    run.set_defaults(handler=_run)
    _add_batch_command(commands)
    _add_evaluate_command(commands)
    return parser


def _run(args) -> int:
    from .paths import DEFAULT_ARTICLE
    from .runner import run_articles

    run_articles(args.articles or [DEFAULT_ARTICLE], args.out.resolve())
    return 0


def _add_batch_command(commands) -> None:
    from .corpus import DEFAULT_BATCH_SIZE, DEFAULT_PARTITION_ARTICLES, DEFAULT_WORKERS

    batch = commands.add_parser("batch", help="analyse a corpus into Parquet and CSV tables, without notebooks")
    batch.add_argument("corpus", type=Path, metavar="CORPUS",
                       help="a folder of .txt files, a .jsonl, or a .csv with url,date,title,text columns")
    batch.add_argument("--out", type=Path, required=True, metavar="DIR",
                       help="output folder for articles, entities, actors, mentions, positions, claims, errors.csv, "
                            "manifest.json")
    where = batch.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, default=DEFAULT_WORKERS, metavar="N",
                       help=f"local worker processes; 1, or a corpus of one partition, runs in this process "
                            f"(default: {DEFAULT_WORKERS}, the usable CPUs)")
    where.add_argument("--scheduler", metavar="ADDRESS", help="run on a running Dask cluster, e.g. tcp://10.0.0.5:8786")
    batch.add_argument("--resume", action="store_true",
                       help="keep what an earlier batch into DIR wrote and skip its articles")
    batch.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE, metavar="N",
                       help=f"texts per nlp.pipe batch (default: {DEFAULT_BATCH_SIZE})")
    batch.add_argument("--partition-size", type=int, default=DEFAULT_PARTITION_ARTICLES, metavar="N",
                       help=f"most articles sent to a worker at once (default: {DEFAULT_PARTITION_ARTICLES})")
    batch.set_defaults(handler=_batch)


def _batch(args) -> int:
    from .batch import BatchOptions, run_batch

    options = BatchOptions(workers=args.workers, scheduler=args.scheduler, resume=args.resume,
                           batch_size=args.batch_size, partition_articles=args.partition_size)
    run_batch(args.corpus, args.out, options, log=lambda line: print(line, file=sys.stderr))
    return 0


def _add_evaluate_command(commands) -> None:
    evaluate = commands.add_parser("evaluate", help="score positions against PolNeAR and the default article's gold")
    evaluate.add_argument("--split", choices=("dev", "train"), default="dev",
                          help="PolNeAR split in ../shared/corpora/polnear (default: dev)")
    evaluate.add_argument("--limit", type=int, default=None, metavar="N", help="score only the first N articles")
    evaluate.set_defaults(handler=_evaluate)


def _evaluate(args) -> int:
    from . import evaluation

    print("Default article, against data/gold/:")
    print(evaluation.default_gold_summary().to_string(index=False))
    if not evaluation.polnear_available():
        raise ValueError(f"{evaluation.POLNEAR_DIR} is absent: PolNeAR figures need ../shared/corpora/polnear")
    print(f"\nPolNeAR {args.split}" + (f", first {args.limit} articles" if args.limit else "") + ":")
    # a quick try on the first articles leaves out the yardstick of agreement
    second = {} if args.limit else evaluation.second_annotations(args.split)
    totals, agreement = evaluation.evaluate_articles(evaluation.read_polnear(args.split, args.limit), second)
    print(evaluation.scores_table(totals).to_string())
    if second:
        print(f"\nPolNeAR {args.split}, the {agreement['newsactors'].articles} articles annotated twice, "
              "each scored against the first annotator:")
        print(evaluation.scores_table(agreement).to_string())
    return 0


def main(argv: list[str] | None = None) -> int:
    # Everything inside the try, imports included: Ctrl-C at any moment gives the one line.
    try:
        args = build_parser().parse_args(argv)
        return args.handler(args)
    except KeyboardInterrupt:
        print("newsactors: interrupted; earlier outputs are unchanged", file=sys.stderr)
        _leave_if_threads_remain(INTERRUPTED)
        return INTERRUPTED
    except Exception as err:  # one line for the user; the traceback helps nobody reading a batch log
        if _is_bad_input(err):
            print(f"newsactors: error: {err}", file=sys.stderr)
            return BAD_INPUT
        print(f"newsactors: error: {type(err).__name__}: {err}", file=sys.stderr)
        return FAILED


def _leave_if_threads_remain(code: int) -> None:
    """After Ctrl-C, threads may still be waiting on notebooks whose kernels were just stopped; an
    ordinary exit would tear their event loops down and print what that raises. Everything to keep
    is written and the kernels are stopped by now, so leave at once."""
    import os
    import threading

    daemons = [thread for thread in threading.enumerate() if thread is not threading.main_thread() and thread.daemon]
    if any(thread.is_alive() for thread in daemons):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _is_bad_input(err: Exception) -> bool:
    """A bad article, parameter or setup, which the user fixes, rather than a failure while running."""
    from .articles import ArticleError
    from .model import ModelMissingError

    return isinstance(err, (ArticleError, ValueError, ModelMissingError))


if __name__ == "__main__":
    sys.exit(main())
