"""`make lab`: JupyterLab on the collection, on loopback, behind a token, on the project's kernel.

Driven through JupyterLab's REST API and a kernel websocket, as the browser would.
"""
from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import psutil
import pytest
import websocket

import newsactors
from lab_server import running_lab
from newsactors.lab import KERNEL_DISPLAY_NAME, KERNEL_NAME
from newsactors.paths import INTERACTIVE_TABLES_ENV

pytestmark = pytest.mark.slow

COLLECTION = {"00-start-here.ipynb", "01-annotate.ipynb", "02-actors.ipynb", "03-positions.ipynb", "04-report.ipynb"}


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    with running_lab(tmp_path_factory.mktemp("lab")) as lab:
        yield lab


@pytest.fixture
def kernel(lab):
    """A kernel started through the REST API, as JupyterLab starts one for a notebook."""
    started = lab.api("kernels", "POST", {"name": KERNEL_NAME})
    yield started["id"]
    lab.api(f"kernels/{started['id']}", "DELETE")


def execute(lab, kernel_id: str, code: str, timeout: float = 60) -> str:
    """Run `code` in the kernel over its websocket; return what it printed. Fails on an error."""
    ws = websocket.create_connection(
        f"{lab.url.replace('http', 'ws', 1)}/api/kernels/{kernel_id}/channels",
        header=[f"Authorization: token {lab.token}"],
        timeout=timeout,
    )
    try:
        msg_id = uuid.uuid4().hex
        ws.send(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "test",
                       "session": uuid.uuid4().hex, "version": "5.3"},
            "parent_header": {}, "metadata": {}, "channel": "shell",
            "content": {"code": code, "silent": False, "store_history": False,
                        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True},
        }))
        # Done when the reply has come (shell channel) and the kernel has gone idle (IOPub, after
        # the last output): the two channels race, so the reply alone may come before the prints.
        printed, replied, idle = [], False, False
        while not (replied and idle):
            message = json.loads(ws.recv())
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = message["msg_type"], message["content"]
            if kind == "stream":
                printed.append(content["text"])
            elif kind == "error":
                raise AssertionError(f"{content['ename']}: {content['evalue']}")
            elif kind == "execute_reply":
                assert content["status"] == "ok", content
                replied = True
            elif kind == "status" and content.get("execution_state") == "idle":
                idle = True
        return "".join(printed)
    finally:
        ws.close()


def test_lab_lists_the_collection(lab):
    listing = lab.api("contents")
    names = {item["name"] for item in listing["content"] if item["type"] == "notebook"}
    assert COLLECTION <= names


def test_lab_requires_the_token(lab):
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{lab.url}/api/contents", timeout=10)
    assert refused.value.code == 403


def test_lab_listens_on_loopback_only_and_prints_its_url(lab):
    port = int(lab.url.rsplit(":", 1)[1])
    listening = [c for c in psutil.net_connections("tcp") if c.status == "LISTEN" and c.laddr.port == port]
    assert {c.laddr.ip for c in listening} == {"127.0.0.1"}
    assert f"open:      {lab.url}/lab?token={lab.token}" in lab.printed()
    server = psutil.Process(listening[0].pid)
    assert lab.token not in " ".join(server.cmdline())  # `ps` shows the command line to every user


def test_the_project_kernel_is_registered_under_the_portable_name(lab):
    specs = lab.api("kernelspecs")
    spec = specs["kernelspecs"][KERNEL_NAME]["spec"]
    assert spec["display_name"] == KERNEL_DISPLAY_NAME
    assert Path(spec["argv"][0]) == Path(sys.executable)


def test_a_cell_importing_newsactors_runs_on_the_project_environment(lab, kernel):
    printed = execute(lab, kernel, "import os, sys, newsactors\n"
                                   "print(newsactors.__version__)\n"
                                   "print(sys.executable)\n"
                                   f"print(os.environ.get({INTERACTIVE_TABLES_ENV!r}))")
    version, executable, interactive = printed.split()
    assert version == newsactors.__version__
    assert Path(executable) == Path(sys.executable)
    assert interactive == "1"  # so show_table draws sortable tables in this lab
