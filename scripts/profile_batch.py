"""Where one process's batch time goes: each pipeline component, the analysis, and its costliest steps.

    .venv/bin/python scripts/profile_batch.py [--articles 120] [--top 25]

On the first ARTICLES articles of the Wikinews corpus in ../shared/corpora/wikinews/, in this process:
1. the seconds of the tokenizer and of each pipeline component, run one after another over all
   the texts as `nlp.pipe` runs them (the model's and the project's);
2. the seconds of `analyse(doc, id).rows()` and of making the tables' DataFrames from the rows;
3. Python's own profiler (cProfile) on the analysis: the TOP functions of the library by the time
   spent in them and in what they call.

Timings are this process's CPU time (`time.process_time`), so other work on the machine sways them less.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time

from newsactors.corpus import corpus_files, read_corpus
from newsactors.paths import SHARED_CORPORA
from newsactors.pipeline import load_nlp
from newsactors.tables import analyse, table_frame

WIKINEWS = SHARED_CORPORA / "wikinews"
PIPE_BATCH = 16  # the batch's own nlp.pipe batch size (corpus.DEFAULT_BATCH_SIZE)


def component_seconds(nlp, texts: list[str]) -> tuple[list, dict[str, float]]:
    started = time.process_time()
    docs = [nlp.make_doc(text) for text in texts]
    seconds = {"tokenizer": time.process_time() - started}
    for name, component in nlp.pipeline:
        started = time.process_time()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=PIPE_BATCH))
        else:
            docs = [component(doc) for doc in docs]
        seconds[name] = time.process_time() - started
    return docs, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=120, help="how many of the corpus's articles (default 120)")
    parser.add_argument("--top", type=int, default=25, help="functions listed from the profile (default 25)")
    args = parser.parse_args()
    if not WIKINEWS.exists():
        print(f"profile_batch: {WIKINEWS}: no such corpus", file=sys.stderr)
        return 2
    items = [item for item in read_corpus(corpus_files(WIKINEWS)) if not item.error][: args.articles]
    nlp = load_nlp()
    docs, seconds = component_seconds(nlp, [item.text for item in items])
    started = time.process_time()
    rows = [analyse(doc, item.id, item.metadata).rows() for item, doc in zip(items, docs, strict=True)]
    seconds["analysis"] = time.process_time() - started
    started = time.process_time()
    for name in rows[0]:
        table_frame(name, [row for article in rows for row in article[name]])
    seconds["tables"] = time.process_time() - started

    total = sum(seconds.values())
    print(f"{len(items)} articles, {sum(len(item.text) for item in items):,} characters: {total:.1f} s")
    for name, spent in seconds.items():
        print(f"  {name:28s} {spent:6.2f} s  {spent / total:5.1%}")

    profile = cProfile.Profile()
    profile.enable()
    for item, doc in zip(items, docs, strict=True):
        analyse(doc, item.id, item.metadata).rows()
    profile.disable()
    print(f"\nthe analysis under cProfile, the {args.top} library functions with the most cumulative time:")
    pstats.Stats(profile, stream=sys.stdout).sort_stats("cumulative").print_stats("newsactors", args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
