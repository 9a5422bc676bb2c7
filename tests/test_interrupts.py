"""Ctrl-C, as a terminal sends it: SIGINT to every process of the command's group. The command
ends promptly, with its one line and exit 130, whatever it was doing, and earlier outputs stay."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from newsactors.paths import DATA_DIR, DEFAULT_ARTICLE_ID

pytestmark = pytest.mark.slow

INTERRUPTED = "newsactors: interrupted; earlier outputs are unchanged"
PROMPT_SECONDS = 30  # far above the few seconds it takes; a hang is minutes, not this
# Copies of the sample corpus a batch is interrupted in: enough partitions that work is always
# left when the first finished part appears (parts are written in order, so a slow first one can
# release a burst of later ones at once).
BATCH_COPIES = 150
RUN_TRIES = (0.8, 1.2, 1.8, 2.5, 3.5, 4.5, 6.0, 7.0)  # seconds after the start: imports, kernels, model, notebooks


def start(*args) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "newsactors.cli", *map(str, args)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def interrupt(process: subprocess.Popen) -> tuple[int, str]:
    os.killpg(process.pid, signal.SIGINT)
    try:
        _, err = process.communicate(timeout=PROMPT_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail(f"still running {PROMPT_SECONDS} s after Ctrl-C")
    return process.returncode, err


def snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_ctrl_c_during_run_always_ends_promptly(tmp_path):
    out = tmp_path / "out"
    first = start("run", "--out", out)
    assert first.wait(timeout=300) == 0, first.stderr.read()
    before = snapshot(out)
    for delay in RUN_TRIES:
        process = start("run", "--out", out)
        time.sleep(delay)
        if process.poll() is not None:  # finished before the signal: a complete run, also fine
            assert process.returncode == 0
            before = snapshot(out)
            continue
        code, err = interrupt(process)
        # -SIGINT: the signal met the interpreter as it exited after a finished run, when Python has
        # given SIGINT back its default action; the shell reports it as 130 too, and nothing is printed
        assert code in (130, 0, -signal.SIGINT), err
        if code == -signal.SIGINT:
            assert not err.strip(), err
        if code == 130:
            assert err.strip().splitlines() == [INTERRUPTED], err
        after = snapshot(out)
        if after != before:  # the signal came after the finished folder was swapped in: a whole new set
            assert after.keys() == before.keys()
            assert all(after[name] == before[name] for name in before if name.suffix == ".csv")
            json.loads(after[next(name for name in after if name.name == "manifest.json")])
            before = after
        assert sorted(p.name for p in out.iterdir()) == [DEFAULT_ARTICLE_ID]  # no staging folder left


def test_ctrl_c_during_a_batch_on_local_workers_prints_one_line(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for copy in range(BATCH_COPIES):
        for path in (DATA_DIR / "corpus-sample").glob("*.txt"):
            shutil.copy(path, corpus / f"{path.stem}-{copy}.txt")
    out = tmp_path / "out"
    process = start("batch", corpus, "--out", out, "--workers", "2", "--partition-size", "4")
    deadline = time.monotonic() + 120
    while not list((out / ".batch-parts").glob("part-*")) and time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read()
        time.sleep(0.1)
    code, err = interrupt(process)  # the workers are busy with partitions now
    assert code == 130 and err.strip().splitlines() == [INTERRUPTED], err
    assert not (out / "articles.csv").exists()
