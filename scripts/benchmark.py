"""Speed and memory of `newsactors batch` and `newsactors run`, printed as a small table.

    .venv/bin/python scripts/benchmark.py            (or: make benchmark)

On the Wikinews corpus in ../shared/corpora/wikinews/, in one run:
1. bare spaCy: `nlp.pipe` over the corpus texts with the same model, one process, parse only;
2. `newsactors batch` with its defaults over the same corpus, and the ratio of the two times;
3. the batch's peak memory (resident set of the command and all its worker processes) over the
   corpus and over the corpus repeated five times;
4. `newsactors run` on the default article against a bare `python -c` that loads spaCy and parses it.

Every command runs in a fresh process and is timed from the outside, start-up included, except the
bare parse, which is timed around `nlp.pipe` alone (so the batch is measured against the strictest
baseline). The figures also go to outputs/benchmark.json. It is not a test: a busy machine gives
slower figures.
"""
from __future__ import annotations

import argparse
import csv
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from newsactors.corpus import corpus_files, read_corpus
from newsactors.paths import DEFAULT_ARTICLE, OUTPUT_DIR, PROJECT_ROOT, SHARED_CORPORA
from newsactors.pipeline import installed_model

PYTHON = sys.executable
NEWSACTORS = [PYTHON, "-m", "newsactors.cli"]
WIKINEWS = SHARED_CORPORA / "wikinews"

BARE_PIPE = """
import json, sys, time
import spacy
texts = json.load(open(sys.argv[1], encoding="utf-8"))
nlp = spacy.load(sys.argv[2])
started = time.perf_counter()
for doc in nlp.pipe(texts):
    pass
print(json.dumps({"seconds": time.perf_counter() - started, "texts": len(texts)}))
"""

BARE_ONE_ARTICLE = "import spacy, sys; nlp = spacy.load(sys.argv[1]); nlp(open(sys.argv[2], encoding='utf-8').read())"


def measure(command: list[str]) -> dict:
    """Wall time and peak resident memory of a command with all its child processes."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = _PeakMemory(process.pid)
    peak.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    peak.stop()
    if process.returncode != 0:
        raise SystemExit(f"benchmark: {' '.join(command)} failed: {stderr.strip().splitlines()[-1:]}")
    return {"seconds": seconds, "peak_rss_mb": peak.mb, "stdout": stdout}


class _PeakMemory(threading.Thread):
    """Polls the summed RSS of a process tree (the batch command and its Dask workers)."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.root, self.peak, self.done = psutil.Process(pid), 0, threading.Event()

    def run(self):
        while not self.done.is_set():
            try:
                processes = [self.root, *self.root.children(recursive=True)]
                self.peak = max(self.peak, sum(_rss(p) for p in processes))
            except psutil.NoSuchProcess:
                pass
            self.done.wait(0.05)

    def stop(self):
        self.done.set()
        self.join()

    @property
    def mb(self) -> float:
        return self.peak / 2**20


def _rss(process: psutil.Process) -> int:
    try:
        return process.memory_info().rss
    except psutil.Error:
        return 0


def corpus_texts(corpus: Path) -> list[str]:
    return [item.text for item in read_corpus(corpus_files(corpus)) if not item.error]


def repeated_corpus(corpus: Path, times: int, path: Path) -> Path:
    """The corpus `times` over as one .csv, each copy with its own ids."""
    items = [item for item in read_corpus(corpus_files(corpus)) if not item.error]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "url", "date", "title", "text"])
        for copy in range(times):
            for item in items:
                meta = item.metadata
                writer.writerow(
                    [f"{copy}-{item.id}", meta.get("url", ""), meta.get("date", ""), meta.get("title", ""), item.text]
                )
    return path


def bare_parse(texts: list[str], scratch: Path) -> dict:
    texts_file = scratch / "texts.json"
    texts_file.write_text(json.dumps(texts), encoding="utf-8")
    run = measure([PYTHON, "-c", BARE_PIPE, str(texts_file), installed_model()])
    return {"process_seconds": run["seconds"], **json.loads(run["stdout"])}


def batch(corpus: Path, out: Path, extra: list[str] = ()) -> dict:
    run = measure([*NEWSACTORS, "batch", str(corpus), "--out", str(out), *extra])
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return {"seconds": run["seconds"], "peak_rss_mb": run["peak_rss_mb"],
            "articles": manifest["counts"]["rows"]["articles"], "workers": manifest["parameters"]["workers"]}


def run_vs_bare(scratch: Path, repeats: int) -> dict:
    run = [measure([*NEWSACTORS, "run", "--out", str(scratch / "run")])["seconds"] for _ in range(repeats)]
    bare_command = [PYTHON, "-c", BARE_ONE_ARTICLE, installed_model(), str(DEFAULT_ARTICLE)]
    bare = [measure(bare_command)["seconds"] for _ in range(repeats)]
    return {"run_seconds": statistics.median(run), "bare_seconds": statistics.median(bare), "repeats": repeats}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=WIKINEWS, help="default: ../shared/corpora/wikinews")
    parser.add_argument("--repeats", type=int, default=3,
                        help="runs of `newsactors run` and of the bare parse; the median counts")
    parser.add_argument("--times", type=int, default=5, help="copies of the corpus for the memory comparison")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"benchmark: {args.corpus}: no such corpus (the Wikinews sample lives in ../shared/corpora/wikinews)",
              file=sys.stderr)
        return 2

    started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    figures = {"corpus": str(args.corpus), "cpus": psutil.cpu_count(), "started": started}
    with tempfile.TemporaryDirectory(prefix="newsactors-benchmark-") as tmp:
        scratch = Path(tmp)
        texts = corpus_texts(args.corpus)
        figures["texts"], figures["characters"] = len(texts), sum(map(len, texts))
        figures["bare_parse"] = bare_parse(texts, scratch)
        figures["batch"] = batch(args.corpus, scratch / "batch")
        figures["speedup"] = figures["bare_parse"]["seconds"] / figures["batch"]["seconds"]
        repeated = repeated_corpus(args.corpus, args.times, scratch / f"corpus-x{args.times}.csv")
        figures["batch_repeated"] = batch(repeated, scratch / "batch-repeated") | {"times": args.times}
        figures["memory_growth"] = figures["batch_repeated"]["peak_rss_mb"] / figures["batch"]["peak_rss_mb"] - 1
        figures["run"] = run_vs_bare(scratch, args.repeats)
        figures["run_ratio"] = figures["run"]["run_seconds"] / figures["run"]["bare_seconds"]
    report(figures)
    OUTPUT_DIR.mkdir(exist_ok=True)
    (OUTPUT_DIR / "benchmark.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


def report(f: dict) -> None:
    bare, batch_, rep, run = f["bare_parse"], f["batch"], f["batch_repeated"], f["run"]
    lines = [
        f"corpus: {f['corpus']} ({f['texts']} articles, {f['characters']:,} characters), {f['cpus']} CPUs",
        f"bare spaCy nlp.pipe, one process, parse only:   {bare['seconds']:7.1f} s  "
        f"(process with start-up: {bare['process_seconds']:.1f} s)",
        f"newsactors batch, defaults ({batch_['workers']} workers), all tables: {batch_['seconds']:7.1f} s  "
        "(command wall time, start-up included)",
        f"speed-up of the batch over the bare parse:      {f['speedup']:7.2f} x  (target >= 1.3 x)",
        f"batch peak memory, corpus x1:                   {batch_['peak_rss_mb']:7.0f} MB "
        f"({batch_['articles']} articles)",
        f"batch peak memory, corpus x{rep['times']}:                   {rep['peak_rss_mb']:7.0f} MB "
        f"({rep['articles']} articles, {rep['seconds']:.1f} s)",
        f"memory growth x1 -> x{rep['times']}:                          {f['memory_growth']:+7.1%}  "
        "(target within 10%)",
        f"newsactors run, default article:                {run['run_seconds']:7.1f} s  (median of {run['repeats']})",
        f"bare python -c: load spaCy, parse it:            {run['bare_seconds']:7.1f} s  (median of {run['repeats']})",
        f"run / bare:                                     {f['run_ratio']:7.2f} x  (target <= 5 x)",
    ]
    print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
