"""`newsactors run`: the notebook collection executed by papermill on one or more articles.

For each article: validate it, parse it once (the only time the model runs), execute the numbered
notebooks side by side into a staging folder, write `manifest.json`, and only then swap the staging folder in
for `<out>/<article-id>/`. A failure at any step leaves the earlier outputs as they were.

The kernels start first, one per core. The first loads only the model and parses each article,
so this process never imports spaCy, and notebook 02, which parses a text of its own, finds the
model loaded when that kernel takes it first; meanwhile the others import what the notebooks
import and load what their first cells would (`warm_up`), which the first kernel does after the
parse. Each kernel then runs one notebook after another, each notebook in a fresh session (empty
namespace, history and execution count, default pandas options). Importing pandas, spaCy and
matplotlib is most of a notebook's CPU: two warm kernels on two cores finish well before four
cold ones, and the model loaded once in a kernel costs less than once here and again in a kernel.
"""
from __future__ import annotations

import gc
import os
import queue
import shutil
import signal
import sys
import tempfile
import threading
import time
from functools import cache
from pathlib import Path

from .articles import Article, ArticleError, load_article
from .atomic import check_writable_folder, replace_dir
from .corpus import usable_cpus
from .model import installed_model
from .paths import NOTEBOOK_DIR
from .provenance import MANIFEST_FILE, article_manifest, read_manifest, write_manifest

NOTEBOOKS = ("01-annotate.ipynb", "02-actors.ipynb", "03-positions.ipynb", "04-report.ipynb")
# The order the kernels take them in: longest first (the manifests' timings: 02 parses a second text
# with a model of its own, 04 draws the report's charts), so that no long notebook is left for last
# while the other core has nothing to do.
LONGEST_FIRST = ("02-actors.ipynb", "04-report.ipynb", "03-positions.ipynb", "01-annotate.ipynb")
TABLE_FILES = ("entities.csv", "actors.csv", "mentions.csv", "positions.csv", "claims.csv", "events.csv")
KERNEL = "python3"
KERNEL_TIMEOUT = 60  # seconds for a kernel to start or to run a set-up line
STOP_SECONDS = 5  # how long a kernel may take to shut down before it is killed
JOIN_POLL_SECONDS = 0.2  # how often the main thread looks up from waiting for the notebooks
# What the first kernel runs as it starts, and no more, so that the parse every notebook waits for
# comes as soon as it can: the model, loaded once per kernel (`load_nlp` is cached), for the parse
# of each article and for notebook 02's text of its own. `__import__`, not `import`: a notebook's
# session must hold no name the notebook did not make.
MODEL_WARM_UP = "__import__('newsactors.runner').runner.warm_up(model=True)"
# What the other kernels run as they start, while the first loads the model and parses: what the
# notebooks import and load on their first call. Every kernel runs it again before each notebook,
# where it costs nothing once done, so the first kernel does it before its first notebook, not
# before the parse.
READING_WARM_UP = "__import__('newsactors.runner').runner.warm_up()"
# errors only: ipykernel warns on every start that loopback TCP is unencrypted, and the user of
# `newsactors run` can do nothing about it (the messages are signed with the run's own key)
KERNEL_LOG_LEVEL = "--IPKernelApp.log_level=ERROR"
PARSE = "__import__('newsactors.runner').runner.parse_in_kernel({path!r}, {out!r})"
FRESH_SESSION = "__import__('pandas').reset_option('^display\\.'); get_ipython().reset(new_session=True);"


class NotebookFailed(RuntimeError):
    pass


READY_POLL_SECONDS = 0.2  # how long a new client waits for each kernel_info reply or IOPub message


@cache
def _ready_client_class():
    """The class of the clients our kernels give papermill's notebook client (each kernel's `client_factory`)."""
    from jupyter_client.blocking import BlockingKernelClient

    class ReadyKernelClient(BlockingKernelClient):
        """A client of a kernel this run started and has already spoken to. It is ready once the
        kernel answers a kernel_info request and IOPub carries a message, as jupyter_client checks;
        it then skips jupyter_client's last step, a fifth of a second spent listening to a quiet
        IOPub channel, which each notebook would pay on a kernel with nothing left to say
        (nbclient tells a notebook's messages from any other by their parent request)."""

        def wait_for_ready(self, timeout: float | None = None) -> None:
            deadline = time.monotonic() + (timeout or KERNEL_TIMEOUT)
            while time.monotonic() < deadline:
                request = self.kernel_info()
                try:
                    reply = self.get_shell_msg(timeout=READY_POLL_SECONDS)
                    if reply["parent_header"].get("msg_id") == request:
                        self.get_iopub_msg(timeout=READY_POLL_SECONDS)  # IOPub subscribed
                        return
                except queue.Empty:
                    if not self.is_alive():
                        raise NotebookFailed("the kernel died before it answered") from None
                    continue  # no reply yet, or IOPub not yet subscribed: ask again
            raise NotebookFailed(f"the kernel did not answer within {timeout or KERNEL_TIMEOUT} s")

    return ReadyKernelClient


def execute_notebook(name: str, parameters: dict, out_dir: Path, kernel) -> float:
    """Run one notebook with papermill into `out_dir`, in `kernel` (a started KernelManager, which
    papermill leaves running); return its wall time in seconds."""
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
            km=kernel,
        )
    except PapermillExecutionError as err:
        raise NotebookFailed(f"{name} failed: {err.ename}: {err.evalue}") from None
    return time.perf_counter() - started


def execute_notebooks(notebooks, parameters: dict, out_dir: Path, kernels) -> dict[str, float]:
    """Run the notebooks side by side, each kernel taking the next notebook when it is free; return
    each one's wall time in seconds. They only read the saved parse and each writes its own files,
    so they need no order; they are taken longest first (`LONGEST_FIRST`) to keep both cores busy.
    The first failing notebook, in notebook order, is the one raised."""
    pending = queue.SimpleQueue()
    for name in sorted(notebooks, key=_longest_first):
        pending.put(name)
    timings, failures = {}, {}

    def take_turns(kernel):
        while not failures:
            try:
                name = pending.get_nowait()
            except queue.Empty:
                return
            try:
                run_silently(kernel, FRESH_SESSION + READING_WARM_UP)
                timings[name] = round(execute_notebook(name, parameters, out_dir, kernel), 3)
            except Exception as err:
                failures[name] = err

    # Daemon threads, not a ThreadPoolExecutor: on Ctrl-C the main thread stops the kernels and
    # leaves, where an executor's threads would be joined at exit, each waiting for its notebook.
    threads = [threading.Thread(target=take_turns, args=(kernel,), daemon=True) for kernel in kernels]
    for thread in threads:
        thread.start()
    for thread in threads:
        while thread.is_alive():
            thread.join(JOIN_POLL_SECONDS)  # a bounded wait, so that Ctrl-C is heard at once
            raise_if_interrupted()
    if failures:
        raise failures[min(failures, key=list(notebooks).index)]
    return {name.removesuffix(".ipynb"): timings[name] for name in notebooks}


def _longest_first(name: str) -> int:
    return LONGEST_FIRST.index(name) if name in LONGEST_FIRST else len(LONGEST_FIRST)


def run_article(article: Article, out_dir: Path, notebooks=NOTEBOOKS, kernels=None) -> Path:
    """Execute the collection on one article, in `kernels` (else kernels of its own), the first of
    which parses it; return its output folder."""
    own_kernels = not kernels
    kernels = kernels or start_kernels(kernel_count(notebooks))
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{article.id}.", dir=out_dir))
    try:
        timings = {}
        started = time.perf_counter()
        run_silently(kernels[0], PARSE.format(path=str(article.path), out=str(staging)), doing="parsing")
        timings["parse"] = round(time.perf_counter() - started, 3)
        run_dir = staging / article.id
        parameters = {"article_path": str(article.path), "output_dir": str(staging)}
        timings |= execute_notebooks(notebooks, parameters, run_dir, kernels)
        manifest = article_manifest(article, run_dir, parameters | {"output_dir": str(out_dir)}, timings)
        write_manifest(run_dir / MANIFEST_FILE, manifest)
        final = out_dir / article.id
        replace_dir(run_dir, final)
        return final
    except BaseException:
        # a failure or Ctrl-C ends the whole run; a kernel still in a notebook would go on writing
        # into the staging folder after it is removed, so the kernels stop first
        stop_kernels(kernels)
        raise
    finally:
        if own_kernels:
            stop_kernels(kernels)
        shutil.rmtree(staging, ignore_errors=True)


def parse_in_kernel(article_path: str, out_dir: str) -> None:
    """Run by the first kernel: parse the article into `<out_dir>/<article-id>/`, with the model
    that kernel loaded as it started."""
    from .parsing import prepare_run

    prepare_run(load_article(Path(article_path)), Path(out_dir))


def warm_up(model: bool = False) -> None:
    """Load ahead what a kernel will need: the model (`model`), else what the notebooks import and
    load on their first call (the CAMEO tables, the vocabulary a saved parse is read with, the
    charts' fonts). All of it lives as long as the kernel. The garbage collector is off meanwhile:
    walking through what is made again and again as it grows is a fifth of the imports' time. It is
    then frozen, so that the full collection IPython's reset runs before each notebook skips it (a
    tenth of a second each time otherwise)."""
    gc.disable()
    try:
        if model:
            from .pipeline import load_nlp

            load_nlp()
        else:
            import spacy.displacy  # noqa: F401 (notebook 01)

            from . import display, report  # noqa: F401
            from .cameo import load_cameo
            from .charts import load_fonts
            from .parsing import reading_vocab

            load_cameo()
            reading_vocab()
            load_fonts()
    finally:
        gc.freeze()
        gc.enable()


def kernel_count(notebooks) -> int:
    """One kernel per usable CPU, and no more than there are notebooks."""
    return max(1, min(len(notebooks), usable_cpus()))


def start_kernels(count: int) -> list:
    """Started kernels in the notebooks' folder; before it takes requests, the first loads the model
    (MODEL_WARM_UP), the others what the notebooks import and load (READING_WARM_UP)."""
    from jupyter_client.manager import KernelManager

    kernels = []
    try:
        for number in range(count):
            warm_up = MODEL_WARM_UP if number == 0 else READING_WARM_UP
            kernel = KernelManager(kernel_name=KERNEL)
            kernel.client_factory = _ready_client_class()
            kernels.append(kernel)
            kernel.start_kernel(
                cwd=str(NOTEBOOK_DIR), extra_arguments=[f"--IPKernelApp.exec_lines={warm_up}", KERNEL_LOG_LEVEL]
            )
    except BaseException:  # Ctrl-C or a failure half-way: no kernel outlives the run
        stop_kernels(kernels)
        raise
    return kernels


def run_silently(kernel, code: str, doing: str = "kernel set-up") -> None:
    """Run `code` in a started kernel without output, history or an execution count; raise
    NotebookFailed, saying what it was `doing`, if it fails. Only the shell channel: its reply is
    all that is needed, and it spares the fifth of a second a client spends listening to a quiet
    IOPub channel when it starts."""
    client = kernel.client()
    client.start_channels(iopub=False, stdin=False, hb=False, control=False)
    try:
        request = client.execute(code, silent=True, store_history=False)
        reply = client.get_shell_msg(timeout=KERNEL_TIMEOUT)
        while reply["parent_header"].get("msg_id") != request:
            reply = client.get_shell_msg(timeout=KERNEL_TIMEOUT)
    except queue.Empty:
        raise NotebookFailed(f"the kernel did not answer within {KERNEL_TIMEOUT} s") from None
    finally:
        client.stop_channels()
    if reply["content"]["status"] != "ok":
        raise NotebookFailed(f"{doing} failed: {reply['content'].get('evalue', 'no reply')}")


def stop_kernels(kernels) -> None:
    """Shut the kernels down, each in a thread of its own, and kill any that is not gone within
    STOP_SECONDS: a notebook still running in it (after Ctrl-C) must not hold the command."""
    stoppers = [threading.Thread(target=_shutdown, args=(kernel,), daemon=True) for kernel in kernels]
    for thread in stoppers:
        thread.start()
    deadline = time.monotonic() + STOP_SECONDS
    for kernel, thread in zip(kernels, stoppers, strict=True):
        thread.join(max(deadline - time.monotonic(), 0))
        if thread.is_alive():
            _kill(kernel)


def _shutdown(kernel) -> None:
    try:
        kernel.shutdown_kernel(now=True)
    except Exception:  # already gone: nothing left to stop
        pass


def _kill(kernel) -> None:
    pid = getattr(getattr(kernel, "provisioner", None), "pid", None)
    if pid:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:  # gone meanwhile
            pass


def run_articles(paths: list[Path], out_dir: Path, log=print) -> list[Path]:
    """Validate every article and the output folder first, so a bad one stops the run before
    anything is written."""
    check_writable_folder(out_dir)
    articles = [load_article(path) for path in paths]
    seen: dict[str, Path] = {}
    for article in articles:
        if article.id in seen:
            raise ValueError(f"{article.path} and {seen[article.id]} have the same article id {article.id!r}")
        seen[article.id] = article.path
        check_own_folder(article, out_dir)
    _skip_iri_format_checks()
    with catching_interrupts():
        return _run_all(articles, out_dir, log)


def _run_all(articles: list[Article], out_dir: Path, log) -> list[Path]:
    installed_model()  # a missing model is one line before any kernel starts
    kernels = start_kernels(kernel_count(NOTEBOOKS))
    try:
        raise_if_interrupted()
        with deferring_interrupts():
            import papermill  # noqa: F401 (imported now, while the kernels boot and Ctrl-C waits)
        raise_if_interrupted()
        done = []
        for article in articles:
            raise_if_interrupted()
            started = time.perf_counter()
            done.append(run_article(article, out_dir, kernels=kernels))
            log(f"{article.id}: {done[-1]} ({time.perf_counter() - started:.1f} s)")
        return done
    finally:
        stop_kernels(kernels)


_interrupted = threading.Event()


class catching_interrupts:
    """Ctrl-C is remembered as well as raised: a library that catches the KeyboardInterrupt while
    a kernel starts or a notebook runs would otherwise let the run go on as if nothing happened,
    with kernels that got the same signal. `raise_if_interrupted` raises it again where it counts."""

    def __enter__(self):
        _interrupted.clear()
        self.previous = signal.signal(signal.SIGINT, self._handle)
        return self

    @staticmethod
    def _handle(signum, frame):
        _interrupted.set()
        raise KeyboardInterrupt

    def __exit__(self, *exc):
        signal.signal(signal.SIGINT, self.previous)


class deferring_interrupts:
    """Ctrl-C is noted but not raised while the main thread imports: a KeyboardInterrupt in the
    middle of an import can leave a module half set up, or, were another thread importing too, a
    module lock taken that the whole command then waits on for ever. Raised as the block ends."""

    def __enter__(self):
        self.previous = signal.signal(signal.SIGINT, lambda signum, frame: _interrupted.set())
        return self

    def __exit__(self, *exc):
        signal.signal(signal.SIGINT, self.previous)
        raise_if_interrupted()


def raise_if_interrupted() -> None:
    if _interrupted.is_set():
        raise KeyboardInterrupt


def check_own_folder(article: Article, out_dir: Path) -> None:
    """Refuse to replace `<out>/<id>/` when it holds the outputs of another file: two files whose
    names give the same id (`a b.txt` in one folder, `a-b.txt` in another) must not silently
    overwrite each other's outputs. The same file, edited, replaces its own outputs as usual."""
    folder = out_dir / article.id
    earlier = read_manifest(folder / MANIFEST_FILE)
    earlier_path = ((earlier or {}).get("article") or {}).get("path")
    if earlier_path and article.path is not None and Path(earlier_path) != article.path:
        raise ArticleError(
            f"{article.path}: its outputs would replace those of {earlier_path} in {folder} (both have the "
            f"article id {article.id!r}); rename one file, set another \"id\" in its .json metadata, "
            "or use another --out"
        )


def _skip_iri_format_checks() -> None:
    """When rfc3987-syntax is installed (JupyterLab's dependencies bring it), importing jsonschema,
    which nbformat and so papermill use, compiles its IRI grammar, which takes longer than the parse
    of an article. Notebook schemas check no IRI formats, so this process goes without them."""
    sys.modules.setdefault("rfc3987_syntax", None)  # a None entry makes `import` raise ImportError
