"""`newsactors batch`: corpus formats, ids, errors, resume, interruption, and the same rows as a run."""
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from distributed import Client

import newsactors as na
from conftest import require_shared
from newsactors import batch
from newsactors import corpus as corpora
from newsactors.batch import BatchOptions, run_batch
from newsactors.cli import main
from newsactors.paths import DATA_DIR, DEFAULT_ARTICLE

TABLES = ("articles", "entities", "actors", "mentions", "positions", "claims", "events")
SAMPLE = DATA_DIR / "corpus-sample"
IN_PROCESS = BatchOptions(workers=1)

HARBOUR = (
    "The city council of Port Alder voted on Tuesday to close the old harbour to lorries. "
    'Mayor Ines Varga said the decision would make the district safer. "We will not go back," Varga said.'
)
DAM = (
    "Vesteria's Water Minister Tomas Berg warned on Monday that the new dam could cut the river's flow. "
    "Norland's Foreign Minister Clara Holm denied that the dam would harm farmers downstream."
)
SCHOOL = (
    "Teachers in the town of Eastmere went on strike on Friday over pay. Union leader Maria Lund said "
    "the strike would last until the council made a better offer, and urged parents to support it."
)
FRENCH = (
    "Le conseil municipal a voté mardi la fermeture du vieux port aux camions. "
    "La maire a déclaré que la décision était bonne."
)


def write_folder(folder, articles: dict[str, str | bytes]):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        path = folder / f"{name}.txt"
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return folder


def csv_rows(out, table):
    return na.read_csv(out / f"{table}.csv")


def test_folder_corpus_writes_every_table_as_parquet_and_csv(tmp_path):
    corpus = write_folder(tmp_path / "corpus", {"harbour vote": HARBOUR, "dam-warning": DAM})
    metadata = {"title": "Dam warning", "date": "2026-01-12"}
    (corpus / "dam-warning.json").write_text(json.dumps(metadata), encoding="utf-8")
    out = tmp_path / "out"
    manifest = run_batch(corpus, out, IN_PROCESS)

    for table in TABLES:
        parquet, text = pd.read_parquet(out / f"{table}.parquet"), csv_rows(out, table)
        assert len(parquet) == len(text) == manifest["counts"]["rows"][table]
        assert set(parquet["article_id"]) <= {"dam-warning", "harbour-vote"}
    articles = csv_rows(out, "articles").set_index("article_id")
    assert sorted(articles.index) == ["dam-warning", "harbour-vote"]  # ids from the file names, as `newsactors run`
    assert articles.loc["dam-warning", "date"] == "2026-01-12"
    assert set(csv_rows(out, "positions")["speaker"]) >= {"Ines Varga", "Tomas Berg", "Clara Holm"}
    assert na.read_csv(out / "errors.csv").empty
    assert manifest["corpus"]["format"] == "folder" and len(manifest["corpus"]["sha256"]) == 64
    assert manifest["model"]["model_version"] and manifest["lexicon_sha256"]
    assert manifest["versions"]["dask"] and manifest["parameters"]["workers"] == 1
    work = manifest["timings_seconds"]["work"]  # where the time went, for scripts/benchmark.py
    assert set(work) == {"parse", "analysis", "tables", "write"} and work["parse"] > 0 and work["analysis"] > 0
    assert not (out / batch.PARTS_DIR).exists()


def test_csv_and_jsonl_corpora_take_ids_from_id_then_url(tmp_path):
    rows = pd.DataFrame(
        {
            "url": ["https://news.example/wiki/Harbour_vote", "https://news.example/wiki/Dam_warning", ""],
            "date": ["2026-03-03", "2026-01-12", "2026-02-01"],
            "title": ["Harbour vote", "Dam warning", "School strike"],
            "text": [HARBOUR, DAM, SCHOOL],
        }
    )
    rows.to_csv(tmp_path / "news.csv", index=False)
    run_batch(tmp_path / "news.csv", tmp_path / "from-csv", IN_PROCESS)
    ids = csv_rows(tmp_path / "from-csv", "articles")["article_id"].tolist()
    assert ids == ["Harbour_vote", "Dam_warning", "news-3"]

    rows.insert(0, "id", ["h-1", "d-2", "s-3"])
    rows.to_csv(tmp_path / "news-ids.csv", index=False)
    run_batch(tmp_path / "news-ids.csv", tmp_path / "from-ids", IN_PROCESS)
    assert csv_rows(tmp_path / "from-ids", "articles")["article_id"].tolist() == ["h-1", "d-2", "s-3"]

    with (tmp_path / "news.jsonl").open("w", encoding="utf-8") as lines:
        for record in rows.drop(columns="id").to_dict("records"):
            lines.write(json.dumps(record) + "\n")
    run_batch(tmp_path / "news.jsonl", tmp_path / "from-jsonl", IN_PROCESS)
    ids = csv_rows(tmp_path / "from-jsonl", "articles")["article_id"].tolist()
    assert ids == ["Harbour_vote", "Dam_warning", "news-3"]

    # the same text gives the same rows whatever the format it came in
    for table in ("positions", "claims"):
        from_csv = csv_rows(tmp_path / "from-csv", table).drop(columns="article_id")
        assert from_csv.equals(csv_rows(tmp_path / "from-jsonl", table).drop(columns="article_id"))


def test_bad_articles_go_to_errors_csv_and_the_batch_goes_on(tmp_path):
    corpus = write_folder(
        tmp_path / "corpus",
        {
            "good": HARBOUR,
            "empty": "  \n",
            "french": FRENCH,
            "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
            "latin-1": "The mayor said the café would stay open. ".encode("latin-1") * 5,
            "huge": ("The mayor said the harbour would close. " * 30_000).encode("utf-8"),
        },
    )
    out = tmp_path / "out"
    manifest = run_batch(corpus, out, IN_PROCESS)

    errors = na.read_csv(out / "errors.csv").set_index("article_id")["reason"]
    assert sorted(errors.index) == ["binary", "empty", "french", "huge", "latin-1"]
    assert "empty" in errors["empty"]
    assert "English" in errors["french"]
    assert "binary" in errors["binary"]
    assert "UTF-8" in errors["latin-1"]
    assert "limit" in errors["huge"]
    assert csv_rows(out, "articles")["article_id"].tolist() == ["good"]
    assert manifest["counts"]["rows"]["errors"] == 5


def test_bad_rows_of_a_csv_or_jsonl_are_errors_too(tmp_path):
    rows = pd.DataFrame({"id": ["a", "b", "a"], "text": [HARBOUR, "The CAFE said the mayor would speak.", DAM]})
    (tmp_path / "news.csv").write_bytes(rows.to_csv(index=False).encode("utf-8").replace(b"CAFE", b"caf\xe9"))
    run_batch(tmp_path / "news.csv", tmp_path / "out-csv", IN_PROCESS)
    errors = na.read_csv(tmp_path / "out-csv" / "errors.csv")
    assert errors["article_id"].tolist() == ["b", "a"]
    assert "UTF-8" in errors["reason"][0] and "used by an earlier article" in errors["reason"][1]

    (tmp_path / "news.jsonl").write_text(
        json.dumps({"id": "ok", "text": HARBOUR}) + "\n" + "{not json\n" + json.dumps({"id": "no-text"}) + "\n",
        encoding="utf-8",
    )
    run_batch(tmp_path / "news.jsonl", tmp_path / "out-jsonl", IN_PROCESS)
    errors = na.read_csv(tmp_path / "out-jsonl" / "errors.csv")
    assert errors["source"].tolist() == ["news.jsonl:2", "news.jsonl:3"]
    assert csv_rows(tmp_path / "out-jsonl", "articles")["article_id"].tolist() == ["ok"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["batch", "missing-folder", "--out", "OUT"], "no such file or folder"),
        (["batch", "EMPTY", "--out", "OUT"], "without .txt, .jsonl or .csv files"),
        (["batch", "NOTEXT", "--out", "OUT"], "needs a text column"),
        (["batch", "EMPTY", "--out", "OUT", "--workers", "0"], "--workers must be at least 1"),
        (["batch", "EMPTY", "--out", "OUT", "--batch-size", "x"], "invalid int value"),
    ],
)
def test_bad_parameters_are_one_line_errors(tmp_path, capsys, args, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "notext.csv").write_text("url,title\nhttps://example.org/a,A\n", encoding="utf-8")
    places = {
        "EMPTY": tmp_path / "empty", "NOTEXT": tmp_path / "notext.csv", "OUT": tmp_path / "out",
        "missing-folder": tmp_path / "missing",
    }
    try:
        code = main([str(places.get(a, a)) for a in args])
    except SystemExit as exit_:
        code = exit_.code
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]
    assert not (tmp_path / "out" / "articles.csv").exists()


def test_resume_skips_the_articles_already_written(tmp_path):
    corpus = write_folder(tmp_path / "corpus", {"a-harbour": HARBOUR, "b-dam": DAM, "c-french": FRENCH})
    out = tmp_path / "out"
    run_batch(corpus, out, IN_PROCESS)
    write_folder(corpus, {"d-school": SCHOOL})
    manifest = run_batch(corpus, out, BatchOptions(workers=1, resume=True))
    assert manifest["counts"]["skipped_as_done"] == 3 and manifest["counts"]["read"] == 4

    fresh = tmp_path / "fresh"
    run_batch(corpus, fresh, IN_PROCESS)
    for name in [*TABLES, "errors"]:
        assert (out / f"{name}.csv").read_bytes() == (fresh / f"{name}.csv").read_bytes()
    for name in TABLES:
        assert pq.read_table(out / f"{name}.parquet").equals(pq.read_table(fresh / f"{name}.parquet"))


def test_an_interrupted_batch_leaves_no_half_written_table_and_resumes(tmp_path, monkeypatch):
    corpus = write_folder(tmp_path / "corpus", {"a-harbour": HARBOUR, "b-dam": DAM, "c-school": SCHOOL})
    one_per_partition = BatchOptions(workers=1, partition_articles=1)
    out = tmp_path / "out"
    run_batch(write_folder(tmp_path / "earlier", {"z-earlier": SCHOOL}), out, IN_PROCESS)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    real, calls = batch.analyse_partition, []

    def fails_on_the_second_partition(items, batch_size):
        calls.append([item.id for item in items])
        if len(calls) == 2:
            raise KeyboardInterrupt  # as if the user pressed Ctrl-C mid-way
        return real(items, batch_size)

    monkeypatch.setattr(batch.workers, "analyse_partition", fails_on_the_second_partition)
    with pytest.raises(KeyboardInterrupt):
        run_batch(corpus, out, one_per_partition)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before  # the earlier tables, whole
    assert [p.name for p in batch.finished_parts(out / batch.PARTS_DIR)] == ["part-000000"]

    calls.clear()
    def recording(items, batch_size):
        calls.append([i.id for i in items])
        return real(items, batch_size)

    monkeypatch.setattr(batch.workers, "analyse_partition", recording)
    manifest = run_batch(corpus, out, BatchOptions(workers=1, partition_articles=1, resume=True))
    assert calls == [["b-dam"], ["c-school"]]  # the finished part was kept, not analysed again
    assert manifest["counts"]["skipped_as_done"] == 1
    # The interrupted batch started afresh, so its resumption replaces the earlier corpus's tables
    # rather than adding to them: one folder never mixes two corpora.
    assert csv_rows(out, "articles")["article_id"].tolist() == ["a-harbour", "b-dam", "c-school"]
    assert manifest["counts"]["rows"]["articles"] == 3
    assert not (out / batch.PARTS_DIR).exists() and not list(out.glob(".*tmp*"))


@pytest.mark.slow
def test_batch_rows_are_the_rows_newsactors_run_writes(tmp_path):
    run_out = tmp_path / "run"
    command = [sys.executable, "-m", "newsactors.cli", "run", "--out", str(run_out)]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in (DEFAULT_ARTICLE, DEFAULT_ARTICLE.with_suffix(".json")):
        shutil.copy(path, corpus / path.name)
    write_folder(corpus, {"other": DAM})  # another article in the same batch changes nothing
    run_batch(corpus, tmp_path / "batch", IN_PROCESS)

    article_id = DEFAULT_ARTICLE.stem
    for table in ("entities", "actors", "mentions", "positions", "claims", "events"):
        from_run = na.read_csv(run_out / article_id / f"{table}.csv")
        from_batch = csv_rows(tmp_path / "batch", table)
        from_batch = from_batch[from_batch["article_id"] == article_id].reset_index(drop=True)
        assert len(from_run) > 0
        pd.testing.assert_frame_equal(from_batch, from_run)


def _corpus_with_long_articles(tmp_path, monkeypatch) -> Path:
    corpus = shutil.copytree(SAMPLE, tmp_path / "corpus")
    monkeypatch.setattr(corpora, "LONG_ARTICLE_CHARACTERS", 20_000)  # the client decides what is long
    long = " ".join([HARBOUR, DAM, SCHOOL]) + "\n\n"
    write_folder(corpus, {"long-1": long * 40, "long-2": long * 37})  # long articles are held back in turn
    return corpus


def _same_tables(first: Path, second: Path) -> None:
    for name in [*TABLES, "errors"]:
        assert (first / f"{name}.csv").read_bytes() == (second / f"{name}.csv").read_bytes()
    for name in TABLES:
        assert pq.read_table(first / f"{name}.parquet").equals(pq.read_table(second / f"{name}.parquet"))


@pytest.mark.slow
def test_two_local_workers_give_the_single_process_tables(tmp_path, monkeypatch):
    corpus = _corpus_with_long_articles(tmp_path, monkeypatch)
    run_batch(corpus, tmp_path / "single", IN_PROCESS)
    entered = []
    monkeypatch.setattr(batch.workers.local_pool, "__enter__", _recording(batch.workers.local_pool.__enter__, entered))
    run_batch(corpus, tmp_path / "pool", BatchOptions(workers=2, partition_articles=2))
    assert entered  # the partitions went to the pool
    _same_tables(tmp_path / "single", tmp_path / "pool")


def _recording(method, calls: list):
    def recorded(self):
        calls.append(self.workers)
        return method(self)
    return recorded


def test_a_corpus_of_one_partition_runs_in_this_process(tmp_path, monkeypatch):
    corpus = shutil.copytree(SAMPLE, tmp_path / "corpus")
    entered = []
    monkeypatch.setattr(batch.workers.local_pool, "__enter__", _recording(batch.workers.local_pool.__enter__, entered))
    run_batch(corpus, tmp_path / "out", BatchOptions(workers=2))  # the sample is one partition
    assert entered == []
    run_batch(corpus, tmp_path / "split", BatchOptions(workers=2, partition_articles=1))
    assert entered == [2]


@pytest.mark.slow
def test_a_given_dask_client_gives_the_single_process_tables(tmp_path, monkeypatch):
    from distributed import LocalCluster

    corpus = _corpus_with_long_articles(tmp_path, monkeypatch)
    run_batch(corpus, tmp_path / "single", IN_PROCESS)
    with LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None) as cluster, \
            Client(cluster) as client:
        run_batch(corpus, tmp_path / "dask", BatchOptions(workers=2, partition_articles=2), client=client)
        model_loads = client.run(lambda: batch.load_nlp.cache_info().misses)
    assert max(model_loads.values()) == 1  # a worker loads the model once, for all its partitions
    _same_tables(tmp_path / "single", tmp_path / "dask")


@pytest.mark.slow
def test_scheduler_runs_the_batch_on_a_dask_cluster_started_apart(tmp_path):
    """`--scheduler ADDRESS` on a cluster started from the command line, as a lab would: a
    scheduler and a worker in processes of their own, which newsactors neither started nor stops."""
    scheduler_file = tmp_path / "scheduler.json"
    dask = [sys.executable, "-m", "dask"]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = subprocess.Popen([*dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                                  "--scheduler-file", str(scheduler_file)], **quiet)
    try:
        address = _wait_for_scheduler(scheduler_file)
        worker = subprocess.Popen([*dask, "worker", address, "--host", "127.0.0.1", "--nworkers", "1",
                                   "--nthreads", "1", "--no-dashboard"], **quiet)
        try:
            result = subprocess.run([sys.executable, "-m", "newsactors.cli", "batch", str(SAMPLE), "--out",
                                     str(tmp_path / "cluster"), "--scheduler", address], capture_output=True, text=True)
            with Client(address, timeout="30s") as client:  # the work was done there: the model is loaded
                model_loads = client.run(lambda: batch.load_nlp.cache_info().misses)
        finally:
            worker.terminate()
            worker.wait(timeout=30)
    finally:
        scheduler.terminate()
        scheduler.wait(timeout=30)
    assert result.returncode == 0, result.stderr
    assert list(model_loads.values()) == [1]
    run_batch(SAMPLE, tmp_path / "single", IN_PROCESS)
    manifest = json.loads((tmp_path / "cluster" / "manifest.json").read_text())
    assert manifest["parameters"]["scheduler"] == address
    for name in [*TABLES, "errors"]:
        assert (tmp_path / "single" / f"{name}.csv").read_bytes() == (tmp_path / "cluster" / f"{name}.csv").read_bytes()


def _wait_for_scheduler(scheduler_file, seconds=60) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            return json.loads(scheduler_file.read_text())["address"]
        except (OSError, ValueError, KeyError):
            time.sleep(0.2)
    raise TimeoutError(f"no Dask scheduler wrote {scheduler_file} within {seconds} s")


@pytest.mark.shared
def test_the_wikinews_corpus_reads_with_unique_ids_from_urls(tmp_path):
    wikinews = require_shared("wikinews")
    items = list(corpora.read_corpus(corpora.corpus_files(wikinews)))
    assert len(items) == 295 and len({item.id for item in items}) == 295
    assert not any(item.error for item in items)  # all UTF-8; the checks for English come in the workers
    first = pd.read_csv(sorted(wikinews.glob("*.csv"))[0], nrows=3)
    first.to_csv(tmp_path / "three.csv", index=False)
    manifest = run_batch(tmp_path / "three.csv", tmp_path / "out", IN_PROCESS)
    assert manifest["counts"]["rows"]["articles"] == 3 and manifest["counts"]["rows"]["positions"] > 0


def test_partitions_are_large_but_long_articles_travel_alone():
    items = [corpora.CorpusItem(f"a{i}", "x", "word " * 100) for i in range(5)]
    items.insert(2, corpora.CorpusItem("long", "x", "word " * corpora.LONG_ARTICLE_CHARACTERS))
    sizes = [[item.id for item in part] for part in corpora.partitions(items, max_articles=3, max_characters=10**9)]
    assert sizes == [["a0", "a1"], ["long"], ["a2", "a3", "a4"]]


def test_partitions_stay_within_their_character_budget():
    items = [corpora.CorpusItem(f"a{i}", "x", "w" * size) for i, size in enumerate([40, 40, 30, 90, 10])]
    sizes = [[item.id for item in part] for part in corpora.partitions(items, max_articles=10, max_characters=100)]
    assert sizes == [["a0", "a1"], ["a2"], ["a3", "a4"]]


def _dies_on_dam_talks(items, batch_size=16):
    import os

    if any(item.id == "dam-talks-open" for item in items):
        os._exit(1)  # as a worker killed for its memory would end: no exception, no result
    return batch.analyse_partition(items, batch_size)


def test_a_worker_that_dies_fails_the_batch_with_one_line(tmp_path, monkeypatch, capsys):
    corpus = shutil.copytree(SAMPLE, tmp_path / "corpus")
    monkeypatch.setattr(batch.workers, "analyse_partition", _dies_on_dam_talks)
    code = main(["batch", str(corpus), "--out", str(tmp_path / "out"), "--workers", "2", "--partition-size", "1"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0 and err[-1].startswith("newsactors: error:") and "a worker process ended" in err[-1], err
    assert not any("Traceback" in line for line in err)
    assert not (tmp_path / "out" / "articles.csv").exists()  # nothing half-written in place
