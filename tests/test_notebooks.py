"""The committed notebooks are rerunnable by papermill and fully checked by nbval."""
import ast
import json
import re

import pytest

from newsactors.paths import NOTEBOOK_DIR, PROJECT_ROOT

NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def code_cells(nb):
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def test_the_collection_is_numbered():
    names = [p.name for p in NOTEBOOKS]
    assert {"01-annotate.ipynb", "02-actors.ipynb", "03-positions.ipynb", "04-report.ipynb"} <= set(names)
    assert all(re.match(r"\d\d-[a-z-]+\.ipynb$", n) for n in names)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_code_cell_was_executed(path):
    # nbval silently skips cells that were never executed, so an unexecuted cell is an untested one.
    unexecuted = [
        i for i, c in enumerate(code_cells(load(path))) if "".join(c["source"]).strip() and c["execution_count"] is None
    ]
    assert unexecuted == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_parameters_cell_holds_literals_only(path):
    cells = [c for c in code_cells(load(path)) if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(cells) == 1, "exactly one cell tagged 'parameters'"
    for node in ast.parse("".join(cells[0]["source"])).body:
        assert isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant), ast.dump(node)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_kernel_is_the_portable_one_and_no_errors_or_local_paths_are_committed(path):
    nb = load(path)
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    text = json.dumps(nb)
    assert str(PROJECT_ROOT) not in text and "/tmp/" not in text
    for cell in code_cells(nb):
        assert all(out["output_type"] != "error" for out in cell.get("outputs", []))
