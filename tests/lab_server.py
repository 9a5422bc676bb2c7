"""JupyterLab for the tests, started exactly as `make lab` starts it: `python -m newsactors.lab`.

It serves a copy of the notebooks, so nothing a test runs (or JupyterLab autosaves) touches the
committed ones, and keeps its settings, workspaces and runtime files in the test's own folder.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from newsactors.paths import NOTEBOOK_DIR

START_TIMEOUT = 60  # seconds; JupyterLab starts in about 3 on a laptop


@dataclass
class Lab:
    url: str
    token: str
    root: Path  # the notebooks folder JupyterLab serves
    out: Path  # what `python -m newsactors.lab` printed
    log: Path  # JupyterLab's log

    def printed(self) -> str:
        return self.out.read_text()

    def api(self, path: str, method: str = "GET", body: dict | None = None):
        """Call the REST API with the token; the parsed JSON answer, or None for an empty one."""
        request = urllib.request.Request(
            f"{self.url}/api/{path}",
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            raw = response.read()
        return json.loads(raw) if raw else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def copy_notebooks(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for notebook in sorted(NOTEBOOK_DIR.glob("*.ipynb")):
        shutil.copy2(notebook, target / notebook.name)
    return target


@contextmanager
def running_lab(workdir: Path):
    """Start JupyterLab on a free loopback port; yield a `Lab`; stop it and its kernels."""
    root = copy_notebooks(workdir / "notebooks")
    env = dict(
        os.environ,
        JUPYTERLAB_SETTINGS_DIR=str(workdir / "lab-settings"),
        JUPYTERLAB_WORKSPACES_DIR=str(workdir / "lab-workspaces"),
        JUPYTER_RUNTIME_DIR=str(workdir / "runtime"),
    )
    out, log = workdir / "lab.out", workdir / "lab.log"
    port = free_port()
    with open(out, "w") as stdout, open(log, "w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsactors.lab", "--port", str(port), "--notebooks", str(root)],
            stdout=stdout, stderr=stderr, env=env, start_new_session=True,
        )
    try:
        lab = Lab(f"http://127.0.0.1:{port}", _printed_token(out, process), root, out, log)
        _wait_until_serving(lab, process)
        yield lab
    finally:
        _stop(process)


def _printed_token(out: Path, process: subprocess.Popen) -> str:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        found = re.search(r"^token:\s+(\S+)$", out.read_text(), re.MULTILINE)
        if found:
            return found.group(1)
        if process.poll() is not None:
            break
        time.sleep(0.1)
    raise RuntimeError(f"`python -m newsactors.lab` printed no token:\n{out.read_text()}")


def _wait_until_serving(lab: Lab, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"JupyterLab exited with {process.returncode}:\n{lab.log.read_text()[-3000:]}")
        try:
            lab.api("status")
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise RuntimeError(f"JupyterLab did not answer within {START_TIMEOUT} s:\n{lab.log.read_text()[-3000:]}")


def _stop(process: subprocess.Popen) -> None:
    """SIGTERM to JupyterLab's own process group (it shuts its kernels down), SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
