"""JupyterLab on the notebook collection: `make lab`, or `python -m newsactors.lab [--port N]`.

Registers the project's kernel, then starts JupyterLab with `notebooks/` as its root, listening
on loopback only and protected by a fresh random token, which is printed. Nothing is fetched from
the web: no news feed, no update check, no extension catalogue.

The kernel keeps the standard name `python3`, the name the committed notebooks ask for (papermill
and nbval on a fresh machine need no other kernel). Registered into this environment's own
Jupyter folder, it starts this environment's Python, so every notebook opens on the project's
packages; its display name says so: "Python 3 (newsactors)".
"""
from __future__ import annotations

import argparse
import json
import os
import secrets
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

from .paths import INTERACTIVE_TABLES_ENV, NOTEBOOK_DIR

KERNEL_NAME = "python3"
KERNEL_DISPLAY_NAME = "Python 3 (newsactors)"
HOST = "127.0.0.1"
DEFAULT_PORT = 8888
# INTERACTIVE_TABLES_ENV is set for kernels started by this JupyterLab: `display.show_table` then
# draws sortable, filterable tables. Kernels started by papermill or nbval lack it and show plain
# tables, so the committed outputs stay small and comparable.


def register_kernel() -> Path:
    """Write the kernelspec for this Python into this environment's Jupyter folder."""
    from ipykernel.kernelspec import install

    return Path(install(kernel_name=KERNEL_NAME, display_name=KERNEL_DISPLAY_NAME, prefix=sys.prefix))


NO_NEWS = {"@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False}}
"""JupyterLab's default settings for this environment: never fetch the Jupyter news feed or look for
updates (and so never ask about it on first start)."""


def set_lab_defaults() -> Path:
    """Merge `NO_NEWS` into this environment's `overrides.json`, keeping any other default there."""
    from jupyterlab.commands import get_app_dir

    path = Path(get_app_dir()) / "settings" / "overrides.json"
    overrides = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    for plugin, settings in NO_NEWS.items():
        overrides.setdefault(plugin, {}).update(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(overrides, indent=2) + "\n", encoding="utf-8")
    return path


def lab_command(port: int, root_dir: Path, extra: Sequence[str] = ()) -> list[str]:
    """The JupyterLab command line: loopback only, nothing fetched from the web. The token goes in
    the environment (`lab_environment`), where other users of the machine cannot read it."""
    return [
        sys.executable, "-m", "jupyterlab",
        f"--ServerApp.ip={HOST}",
        f"--ServerApp.port={port}",
        f"--ServerApp.root_dir={root_dir}",
        "--ServerApp.open_browser=False",
        # A taken port is an error, not a silent move to the next one: the printed URL must be right.
        "--ServerApp.port_retries=0",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate",
        # Extensions come from the pinned environment, not from installs out of the lab's UI.
        "--LabApp.extension_manager=readonly",
        # JupyterLab refuses to start as root unless told; containers and CI often run as root.
        *(["--ServerApp.allow_root=True"] if os.geteuid() == 0 else []),
        *extra,
    ]


def lab_environment(token: str) -> dict[str, str]:
    """The environment for the server and so for its kernels."""
    env = dict(os.environ)
    env["JUPYTER_TOKEN"] = token  # required by the server; never shown in `ps`, unlike an argument
    env[INTERACTIVE_TABLES_ENV] = "1"
    # Inside a virtual environment its own kernelspec wins over one of the same name in ~/.local.
    env["JUPYTER_PREFER_ENV_PATH"] = "1"
    return env


def port_is_free(port: int, host: str = HOST) -> bool:
    """Whether JupyterLab could listen on `host:port` now (checked by binding it, briefly)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def new_token() -> str:
    return secrets.token_hex(24)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m newsactors.lab",
        description=__doc__.splitlines()[0],
        epilog="Any other option goes to JupyterLab as it is, e.g. --ServerApp.log_level=DEBUG.",
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port on {HOST} (default: {DEFAULT_PORT})")
    parser.add_argument("--notebooks", type=Path, default=NOTEBOOK_DIR, metavar="DIR",
                        help="the folder JupyterLab shows (default: the collection, notebooks/)")
    args, extra = parser.parse_known_args(argv)
    if not 0 < args.port < 65536:
        parser.exit(2, f"newsactors.lab: error: --port must be between 1 and 65535, not {args.port}\n")
    if not port_is_free(args.port):
        parser.exit(2, f"newsactors.lab: error: port {args.port} on {HOST} is in use; stop what listens there "
                       f"or choose another port (make lab LAB_PORT={args.port + 1})\n")
    spec = register_kernel()
    set_lab_defaults()
    token = new_token()
    print(f"kernel:    {KERNEL_DISPLAY_NAME} -> {sys.executable} ({spec})")
    print(f"notebooks: {args.notebooks.resolve()}")
    print(f"token:     {token}")
    print(f"open:      http://{HOST}:{args.port}/lab?token={token}", flush=True)
    command = lab_command(args.port, args.notebooks.resolve(), extra)
    # JupyterLab takes this process's place, so Ctrl-C and signals reach it and nothing is orphaned.
    os.execve(command[0], command, lab_environment(token))


if __name__ == "__main__":
    main()
