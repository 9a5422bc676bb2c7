"""The teaching path: a start notebook, learning goals and exercises, answers a teacher can hide,
and tables that stay plain (and so comparable by nbval) outside JupyterLab."""
from __future__ import annotations

import json
import subprocess

import pandas as pd
import pytest

from newsactors.display import show_table
from newsactors.lexicons import load_lexicon
from newsactors.paths import INTERACTIVE_TABLES_ENV, NOTEBOOK_DIR, PROJECT_ROOT

LESSONS = ["01-annotate.ipynb", "02-actors.ipynb", "03-positions.ipynb", "04-report.ipynb"]


def cells(name: str) -> list[dict]:
    return json.loads((NOTEBOOK_DIR / name).read_text(encoding="utf-8"))["cells"]


def text(cell: dict) -> str:
    return "".join(cell["source"])


def output_text(cell: dict) -> str:
    return "".join(
        "".join(out.get("data", {}).get("text/plain", out.get("text", ""))) for out in cell.get("outputs", [])
    )


def test_start_notebook_covers_the_collection_and_its_glossary_matches_the_lexicon():
    start = cells("00-start-here.ipynb")
    markdown = "\n".join(text(c) for c in start if c["cell_type"] == "markdown")
    for topic in ("make lab", "parameters", "article_path", "newsactors run", "own article", "CAMEO", *LESSONS):
        assert topic.removesuffix(".ipynb") in markdown, topic
    glossary = next(c for c in start if "load_lexicon()" in text(c))
    for label in load_lexicon().stance_labels.values():  # the committed output lists every label
        assert label.label in output_text(glossary) and label.cameo in output_text(glossary)


@pytest.mark.parametrize("name", LESSONS)
def test_each_lesson_states_goals_and_ends_with_exercises_and_tagged_answers(name):
    lesson = cells(name)
    assert "Learning goals" in text(lesson[0])
    exercises = max(i for i, c in enumerate(lesson) if "## Exercises" in text(c))
    after = lesson[exercises + 1:]
    assert all("answer" in c["metadata"].get("tags", []) for c in after if c["cell_type"] == "code")
    if name != "04-report.ipynb":  # its first exercise is done in a browser
        assert after, "answers follow the exercises"


def test_student_notebooks_have_no_answers(tmp_path):
    subprocess.run(["make", "-s", "student-notebooks", f"OUT={tmp_path}"], cwd=PROJECT_ROOT, check=True,
                   capture_output=True)
    for name in LESSONS:
        student = json.loads((tmp_path / "student" / name).read_text(encoding="utf-8"))["cells"]
        assert not [c for c in student if "answer" in c["metadata"].get("tags", [])]
        assert len(student) == len(cells(name)) - sum("answer" in c["metadata"].get("tags", []) for c in cells(name))


def test_tables_are_plain_dataframes_outside_jupyterlab(monkeypatch):
    monkeypatch.delenv(INTERACTIVE_TABLES_ENV, raising=False)
    frame = pd.DataFrame({"actor": ["Russia"], "mentions": [13]})
    assert show_table(frame) is frame  # pandas shows it: text and HTML that nbval compares
