"""`newsactors run`: the notebook collection executed by papermill on one or more articles.

For each article: validate it, parse it once (the only time the model runs), execute the numbered
notebooks side by side into a staging folder, write `manifest.json`, and only then swap the staging folder in
for `<out>/<article-id>/`. A failure at any step leaves the earlier outputs as they were.
"""
from __future__ import annotations

import hashlib
import importlib
import json
import os
import platform
import shutil
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path

from .articles import Article, load_article
from .parsing import prepare_run
from .paths import NOTEBOOK_DIR
from .pipeline import load_nlp

NOTEBOOKS = ("01-annotate.ipynb", "02-actors.ipynb", "03-positions.ipynb", "04-report.ipynb")
TABLE_FILES = ("entities.csv", "actors.csv", "positions.csv", "claims.csv")
KERNEL = "python3"
VERSIONED_PACKAGES = ("newsactors", "spacy", "pandas", "papermill", "nbclient", "ipykernel", "matplotlib")


class NotebookFailed(RuntimeError):
    pass


def package_versions(*extra: str) -> dict[str, str]:
    """Versions of Python and of the packages a result depends on, plus any `extra` ones."""
    versions = {"python": platform.python_version()}
    for name in (*VERSIONED_PACKAGES, *extra):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def execute_notebook(name: str, parameters: dict, out_dir: Path, kernel=None) -> float:
    """Run one notebook with papermill into `out_dir`, in `kernel` (a started KernelManager) or a
    kernel of its own; return its wall time in seconds."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    started = time.perf_counter()
    try:
        papermill.execute_notebook(
            str(NOTEBOOK_DIR / name),
            str(out_dir / name),
            parameters=parameters,
            kernel_name=KERNEL,
            cwd=str(NOTEBOOK_DIR),
            progress_bar=False,
            log_output=False,
            request_save_on_cell_execute=False,
            shutdown_kernel="immediate",
            **({"km": kernel} if kernel is not None else {}),
        )
    except PapermillExecutionError as err:
        raise NotebookFailed(f"{name} failed: {err.ename}: {err.evalue}") from None
    return time.perf_counter() - started


def execute_notebooks(notebooks, parameters: dict, out_dir: Path, kernels=()) -> dict[str, float]:
    """Run the notebooks side by side, each in its own kernel; return each one's wall time in seconds.

    They only read the saved parse and each writes its own files, so they need no order. Most of a
    notebook's time is its kernel starting and importing, which overlaps well even on two cores."""
    kernels = list(kernels) or [None] * len(notebooks)
    with ThreadPoolExecutor(max_workers=len(notebooks) or 1) as pool:
        futures = {name: pool.submit(execute_notebook, name, parameters, out_dir, kernel) for name, kernel in zip(notebooks, kernels)}
        # .result() in notebook order: the first failing notebook is the one reported
        return {name.removesuffix(".ipynb"): round(future.result(), 3) for name, future in futures.items()}


def run_article(article: Article, out_dir: Path, notebooks=NOTEBOOKS) -> Path:
    """Execute the collection on one article; return its output folder."""
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{article.id}.", dir=out_dir))
    kernels = start_kernels(len(notebooks))  # they start up while the model loads and parses
    try:
        timings = {}
        started = time.perf_counter()
        run = prepare_run(article, staging, load_nlp())
        timings["parse"] = round(time.perf_counter() - started, 3)
        parameters = {"article_path": str(article.path), "output_dir": str(staging)}
        timings |= execute_notebooks(notebooks, parameters, run.run_dir, kernels)
        _write_manifest(run, parameters | {"output_dir": str(out_dir)}, timings)
        final = out_dir / article.id
        _replace_dir(run.run_dir, final)
        return final
    finally:
        stop_kernels(kernels)
        shutil.rmtree(staging, ignore_errors=True)


def start_kernels(count: int) -> list:
    """Fresh kernels, one per notebook, each in the notebooks' folder; start-up goes on in the
    background until a notebook first talks to its kernel."""
    from jupyter_client.manager import KernelManager

    kernels = []
    for _ in range(count):
        kernel = KernelManager(kernel_name=KERNEL)
        kernel.start_kernel(cwd=str(NOTEBOOK_DIR))
        kernels.append(kernel)
    return kernels


def stop_kernels(kernels) -> None:
    for kernel in kernels:
        try:
            kernel.shutdown_kernel(now=True)
        except Exception:  # already gone: nothing left to stop
            pass


def run_articles(paths: list[Path], out_dir: Path, log=print) -> list[Path]:
    """Validate every article first, so a bad one stops the run before anything is written."""
    # papermill takes about a second to import; let that overlap with loading the model and parsing
    threading.Thread(target=importlib.import_module, args=("papermill",), daemon=True).start()
    articles = [load_article(path) for path in paths]
    seen: dict[str, Path] = {}
    for article in articles:
        if article.id in seen:
            raise ValueError(f"{article.path} and {seen[article.id]} have the same article id {article.id!r}")
        seen[article.id] = article.path
    done = []
    for article in articles:
        started = time.perf_counter()
        done.append(run_article(article, out_dir))
        log(f"{article.id}: {done[-1]} ({time.perf_counter() - started:.1f} s)")
    return done


def _write_manifest(run, parameters: dict, timings: dict) -> None:
    article = run.article
    outputs = {
        path.name: sha256_file(path)
        for path in sorted(run.run_dir.iterdir())
        if path.is_file() and path.name != "manifest.json"
    }
    manifest = {
        "article": {
            "id": article.id,
            "path": str(article.path),
            "sha256": article.sha256,
            "characters": len(article.text),
            "metadata": article.metadata,
        },
        "parameters": parameters,
        "model": run.parse_info["model"],
        "lexicon_sha256": run.parse_info["lexicon_sha256"],
        "versions": package_versions(),
        "timings_seconds": timings,
        "outputs_sha256": outputs,
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    (run.run_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def _replace_dir(new: Path, final: Path) -> None:
    """Swap `new` in for `final` so that a reader sees the old folder or the new one, never half."""
    backup = None
    if final.exists():
        backup = final.with_name(f".{final.name}.old-{os.getpid()}")
        os.replace(final, backup)
    try:
        os.replace(new, final)
    except BaseException:
        if backup is not None:
            os.replace(backup, final)
        raise
    if backup is not None:
        shutil.rmtree(backup, ignore_errors=True)
