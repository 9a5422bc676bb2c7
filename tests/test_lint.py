"""The code passes the linter configured in pyproject.toml (ruff: pycodestyle, pyflakes, import
order, bugbear, pyupgrade; lines of at most 120 characters)."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsactors.paths import PROJECT_ROOT


def _ruff() -> str:
    beside = Path(sys.executable).with_name("ruff")
    found = str(beside) if beside.exists() else shutil.which("ruff")
    if found is None:
        pytest.fail("ruff is not installed: it is pinned in the test extra of pyproject.toml")
    return found


def test_the_code_passes_ruff():
    result = subprocess.run(
        [_ruff(), "check", "--no-cache", "lib", "tests", "scripts"], cwd=PROJECT_ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-4000:]
