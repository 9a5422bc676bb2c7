"""Speed and memory of `newsactors batch` and `newsactors run`, printed as a small table.

    .venv/bin/python scripts/benchmark.py            (or: make benchmark)

On the Wikinews corpus in ../shared/corpora/wikinews/ and on its 2019 half, in one run of about 20
minutes (three rounds of each corpus, the median round counting: this machine's speed drifts by a
tenth or more within minutes):
1. bare spaCy: the same model's `nlp.pipe` over the corpus texts in one process, parse only, timed
   as a process (Python, spaCy and the model's start-up included, as a researcher's own script) and
   around `nlp.pipe` alone;
2. `newsactors batch` with its defaults, and with `--workers 1`, each against the bare parse;
3. where the one-process batch spends its time: parse, analysis, table frames, writing, merging
   (from its manifest's `timings_seconds`);
4. the batch's peak memory (resident set of the command and all its worker processes) over the
   corpus and over the corpus repeated five times;
5. `newsactors run` on the default article against a bare `python -c` that loads spaCy and parses it,
   in turns.

Every command runs in a fresh process, one after another, and is timed from the outside. The
figures also go to outputs/benchmark.json. It is not a test: a busy machine gives slower figures.
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
from newsactors.model import installed_model
from newsactors.paths import DEFAULT_ARTICLE, OUTPUT_DIR, PROJECT_ROOT, SHARED_CORPORA

PYTHON = sys.executable
NEWSACTORS = [PYTHON, "-m", "newsactors.cli"]
WIKINEWS = SHARED_CORPORA / "wikinews"
HALF = "wikinews_2019.csv"  # the smaller of the corpus's two files: start-up weighs more on it

TARGETS = {  # the figures the batch and `run` are held to, each printed beside its measure
    "batch_speedup": 1.7, "half_speedup": 1.4, "one_worker_ratio": 1.15, "memory_growth": 0.10, "run_ratio": 3.0,
}

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


def measure(command: list[str], memory: bool = True) -> dict:
    """Wall time and, unless not asked for (`memory`), peak resident memory of a command with all
    its child processes: the memory is polled from this process, which takes a share of the two
    cores that a command of a few seconds keeps busy."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = _PeakMemory(process.pid)
    if memory:
        peak.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    if memory:
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
    timings = manifest["timings_seconds"]
    return {"seconds": run["seconds"], "peak_rss_mb": run["peak_rss_mb"],
            "articles": manifest["counts"]["rows"]["articles"], "workers": manifest["parameters"]["workers"],
            "work": timings["work"], "merge": timings["merge"]}


def run_vs_bare(scratch: Path, repeats: int) -> dict:
    """`newsactors run` and the bare script in turns, each ratio from a run and the bare script
    right after it: a few seconds each, they would otherwise drift apart with the machine."""
    bare_command = [PYTHON, "-c", BARE_ONE_ARTICLE, installed_model(), str(DEFAULT_ARTICLE)]
    run, bare = [], []
    for _ in range(repeats):
        run.append(measure([*NEWSACTORS, "run", "--out", str(scratch / "run")], memory=False)["seconds"])
        bare.append(measure(bare_command, memory=False)["seconds"])
    ratios = [r / b for r, b in zip(run, bare, strict=True)]
    return {"run_seconds": statistics.median(run), "bare_seconds": statistics.median(bare),
            "ratio": statistics.median(ratios), "ratios": ratios, "repeats": repeats}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=WIKINEWS, help="default: ../shared/corpora/wikinews")
    parser.add_argument("--repeats", type=int, default=5,
                        help="turns of `newsactors run` and the bare script; the median ratio counts")
    parser.add_argument("--times", type=int, default=5, help="copies of the corpus for the memory comparison")
    parser.add_argument("--whole-rounds", type=int, default=3,
                        help="rounds of bare parse and batches on the whole corpus (4 minutes each); the median counts")
    parser.add_argument("--half-rounds", type=int, default=3,
                        help="rounds on the 2019 half, whose short run varies most with the machine; the median counts")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"benchmark: {args.corpus}: no such corpus (the Wikinews sample lives in ../shared/corpora/wikinews)",
              file=sys.stderr)
        return 2

    started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    figures = {"corpus": str(args.corpus), "cpus": psutil.cpu_count(), "started": started}
    with tempfile.TemporaryDirectory(prefix="newsactors-benchmark-") as tmp:
        scratch = Path(tmp)
        figures["whole"] = corpus_figures(args.corpus, scratch / "whole", repeats=args.whole_rounds)
        half = args.corpus / HALF
        if half.exists():
            figures["half"] = corpus_figures(half, scratch / "half", one_worker=False, repeats=args.half_rounds)
        repeated = repeated_corpus(args.corpus, args.times, scratch / f"corpus-x{args.times}.csv")
        figures["batch_repeated"] = batch(repeated, scratch / "batch-repeated") | {"times": args.times}
        x1 = figures["whole"]["batch"]["peak_rss_mb"]
        figures["memory_growth"] = figures["batch_repeated"]["peak_rss_mb"] / x1 - 1
        figures["run"] = run_vs_bare(scratch, args.repeats)
        figures["run_ratio"] = figures["run"]["ratio"]
    report(figures)
    OUTPUT_DIR.mkdir(exist_ok=True)
    (OUTPUT_DIR / "benchmark.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


def corpus_figures(corpus: Path, scratch: Path, one_worker: bool = True, repeats: int = 1) -> dict:
    """The bare parse and the batch with its defaults (and with `--workers 1`) on one corpus, each
    round one after the other; of `repeats` rounds, the one whose speed-up is the median. Side by
    side in one round, the ratios do not take a drift in the machine's speed for the batch's."""
    scratch.mkdir()
    texts = corpus_texts(corpus)
    rounds = [_corpus_round(corpus, texts, scratch / f"round-{n}", one_worker) for n in range(repeats)]
    median = sorted(rounds, key=lambda r: r["speedup"])[len(rounds) // 2]
    return {
        "corpus": corpus.name, "texts": len(texts), "characters": sum(map(len, texts)), **median,
        "rounds": len(rounds), "speedups": [round(r["speedup"], 3) for r in rounds],
    }


def _corpus_round(corpus: Path, texts: list[str], scratch: Path, one_worker: bool) -> dict:
    scratch.mkdir()
    figures = {"bare_parse": (bare := bare_parse(texts, scratch))}
    figures["batch"] = batch(corpus, scratch / "batch")
    figures["speedup"] = bare["process_seconds"] / figures["batch"]["seconds"]
    figures["speedup_parse_only"] = bare["seconds"] / figures["batch"]["seconds"]
    if one_worker:
        figures["one_worker"] = batch(corpus, scratch / "one-worker", ["--workers", "1"])
        figures["one_worker_ratio"] = figures["one_worker"]["seconds"] / bare["process_seconds"]
        figures["one_worker_ratio_parse_only"] = figures["one_worker"]["seconds"] / bare["seconds"]
    return figures


def report(f: dict) -> None:
    whole, rep, run = f["whole"], f["batch_repeated"], f["run"]
    lines = [f"{f['cpus']} CPUs; bare = one process of the same model's nlp.pipe, timed with its start-up "
             "(and, in brackets, around nlp.pipe alone)"]
    for key in ("whole", "half"):
        if key in f:
            lines += _corpus_lines(f[key], "batch_speedup" if key == "whole" else "half_speedup")
    work, merge = whole["one_worker"]["work"], whole["one_worker"]["merge"]
    total = sum(work.values()) + merge
    shares = ", ".join(f"{stage} {seconds / total:.0%}" for stage, seconds in [*work.items(), ("merge", merge)])
    lines += [
        f"--workers 1, where the time goes:     {shares} (of {total:.1f} s)",
        f"batch peak memory, corpus x1:         {whole['batch']['peak_rss_mb']:7.0f} MB "
        f"({whole['batch']['articles']} articles)",
        f"batch peak memory, corpus x{rep['times']}:         {rep['peak_rss_mb']:7.0f} MB "
        f"({rep['articles']} articles, {rep['seconds']:.1f} s)",
        f"memory growth x1 -> x{rep['times']}:                {f['memory_growth']:+7.1%}  "
        f"(target within {TARGETS['memory_growth']:.0%})",
        f"newsactors run, default article:      {run['run_seconds']:7.1f} s  (median of {run['repeats']})",
        f"bare python -c: load spaCy, parse it:  {run['bare_seconds']:7.1f} s  (median of {run['repeats']})",
        f"run / bare, each run with the bare script after it: {f['run_ratio']:.2f} x, the median of "
        + ", ".join(f"{r:.2f}" for r in sorted(run["ratios"])) + f"  (target <= {TARGETS['run_ratio']} x)",
    ]
    print("\n".join(lines))


def _corpus_lines(c: dict, target: str) -> list[str]:
    bare, batch_ = c["bare_parse"], c["batch"]
    speedups = ", ".join(map(str, c["speedups"]))
    rounds = f"; median of {c['rounds']} rounds, speed-ups {speedups}" if c["rounds"] > 1 else ""
    lines = [
        f"{c['corpus']}: {c['texts']} articles, {c['characters']:,} characters{rounds}",
        f"  bare parse, one process:            {bare['process_seconds']:7.1f} s  ({bare['seconds']:.1f} s)",
        f"  batch, defaults (--workers {batch_['workers']}):      {batch_['seconds']:7.1f} s  "
        f"speed-up {c['speedup']:.2f} x ({c['speedup_parse_only']:.2f} x)  (target >= {TARGETS[target]} x)",
    ]
    if "one_worker" in c:
        lines.append(
            f"  batch, --workers 1:                 {c['one_worker']['seconds']:7.1f} s  "
            f"{c['one_worker_ratio']:.2f} x the bare parse ({c['one_worker_ratio_parse_only']:.2f} x)  "
            f"(target <= {TARGETS['one_worker_ratio']} x)"
        )
    return lines


if __name__ == "__main__":
    sys.exit(main())
