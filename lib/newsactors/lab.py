"""JupyterLab on the notebook collection: `make lab`, or `python -m newsactors.lab [--port N]`.

Registers the project's kernel, then starts JupyterLab with `notebooks/` as its root, listening
on loopback only and protected by a fresh random token, which is printed.

The kernel keeps the standard name `python3`, the name the committed notebooks ask for (papermill
and nbval on a fresh machine need no other kernel). Registered into this environment's own
Jupyter folder, it starts this environment's Python, so every notebook opens on the project's
packages; its display name says so: "Python 3 (newsactors)".
"""
from __future__ import annotations

import argparse
import os
import secrets
import subprocess
import sys
from pathlib import Path

from .paths import NOTEBOOK_DIR

KERNEL_NAME = "python3"
KERNEL_DISPLAY_NAME = "Python 3 (newsactors)"
HOST = "127.0.0.1"
DEFAULT_PORT = 8888

INTERACTIVE_TABLES_ENV = "NEWSACTORS_INTERACTIVE_TABLES"
"""Set for kernels started by this JupyterLab: `newsactors.display.show_table` then draws sortable,
filterable tables. Kernels started by papermill or nbval lack it and show plain tables, so the
committed outputs stay small and comparable."""


def register_kernel() -> Path:
    """Write the kernelspec for this Python into this environment's Jupyter folder."""
    from ipykernel.kernelspec import install

    return Path(install(kernel_name=KERNEL_NAME, display_name=KERNEL_DISPLAY_NAME, prefix=sys.prefix))


def lab_command(port: int = DEFAULT_PORT, token: str = "", root_dir: Path = NOTEBOOK_DIR) -> list[str]:
    """The JupyterLab command line: loopback only, token required, nothing fetched from the web."""
    return [
        sys.executable, "-m", "jupyterlab",
        f"--ServerApp.ip={HOST}",
        f"--ServerApp.port={port}",
        f"--ServerApp.root_dir={root_dir}",
        f"--IdentityProvider.token={token}",
        "--ServerApp.open_browser=False",
        # A taken port is an error, not a silent move to the next one: the printed URL must be right.
        "--ServerApp.port_retries=0",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate",
    ]


def lab_environment(base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for the server and so for its kernels."""
    env = dict(os.environ if base is None else base)
    env[INTERACTIVE_TABLES_ENV] = "1"
    # Inside a virtual environment its own kernelspec wins over one of the same name in ~/.local.
    env["JUPYTER_PREFER_ENV_PATH"] = "1"
    return env


def new_token() -> str:
    return secrets.token_hex(24)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsactors.lab", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port on {HOST} (default: {DEFAULT_PORT})")
    args = parser.parse_args(argv)
    spec = register_kernel()
    token = new_token()
    print(f"kernel:   {KERNEL_DISPLAY_NAME} -> {sys.executable} ({spec})")
    print(f"notebooks: {NOTEBOOK_DIR}")
    print(f"token:    {token}")
    print(f"open:     http://{HOST}:{args.port}/lab?token={token}", flush=True)
    try:
        return subprocess.call(lab_command(args.port, token), env=lab_environment())
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
