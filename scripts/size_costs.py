"""What long input costs: parse, analysis and report times for text of growing size, to show
which step grows faster than the text.

    .venv/bin/python scripts/size_costs.py sentence 10000 20000 40000   # one sentence of N characters
    .venv/bin/python scripts/size_costs.py news 100000 300000           # Wikinews articles run together (../shared)

Prints one line per size: characters, tokens, positions, and seconds for the parse, the analysis
(`analyse(doc).tables()`) and the report (`render_report`). Time that doubles with the text is
linear; time that quadruples is not.
"""
from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

import newsactors as na
from newsactors.parsing import ArticleRun
from newsactors.paths import SHARED_CORPORA
from newsactors.report import render_report

CLAUSE = "the minister said that the plan would help farmers in the region and officials warned that "


def one_sentence(characters: int) -> str:
    return "In Port Alder, " + (CLAUSE * (characters // len(CLAUSE) + 1))[:characters] + "the end."


def news(characters: int) -> str:
    csv.field_size_limit(2**31 - 1)
    texts = []
    for path in sorted((SHARED_CORPORA / "wikinews").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            texts += [row["text"] for row in csv.DictReader(handle)]
    return "\n\n".join(texts)[:characters]


def measure(text: str, nlp) -> str:
    started = time.perf_counter()
    doc = nlp(text)
    parsed = time.perf_counter()
    analysis = na.analyse(doc, "size-costs")
    tables = analysis.tables()
    analysed = time.perf_counter()
    run = ArticleRun(na.make_article(text, "size-costs"), doc, Path("."), {
        "model": na.model_provenance(nlp), "lexicon_sha256": "",
    })
    run.__dict__.update(analysis=analysis, tables=tables)
    render_report(run)
    reported = time.perf_counter()
    return (
        f"{len(text):>9,} characters {len(doc):>8,} tokens {len(tables['positions']):>6,} positions  "
        f"parse {parsed - started:6.1f} s  analysis {analysed - parsed:6.1f} s  report {reported - analysed:6.1f} s"
    )


def main(argv: list[str]) -> None:
    kind, sizes = argv[0], [int(n) for n in argv[1:]]
    make = {"sentence": one_sentence, "news": news}[kind]
    nlp = na.load_nlp()
    nlp.max_length = max(nlp.max_length, *sizes) + 100
    for size in sizes:
        print(measure(make(size), nlp), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
