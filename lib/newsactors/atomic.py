"""Writing outputs so that a reader, or a run that stops half-way, sees the old file or folder or
the new one, never half of either.

Everything is first written beside its final name, under a hidden name of its own (`.NAME.XXXX.tmp`,
in the same folder, so on the same file system), and then renamed into place: a rename within a file
system is atomic. Whatever fails on the way removes the staged copy and leaves the old one as it was.
This is the one place the library does that; every writer of an output uses it.
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

STAGING_SUFFIX = ".tmp"


def staging_path(final: Path) -> Path:
    """A fresh, unused hidden name beside `final`, for a file or folder to be renamed onto it."""
    final = Path(final)
    handle, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=STAGING_SUFFIX, dir=final.parent)
    os.close(handle)
    os.unlink(name)  # only the name is wanted: the writer (pyarrow, a folder) makes the thing itself
    return Path(name)


def discard(path: Path) -> None:
    """Remove a staged file or folder, if it is there."""
    path = Path(path)
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


@contextmanager
def replacing(final: Path) -> Iterator[Path]:
    """`with replacing(path) as tmp:` write `tmp` (a file or a folder); on success it replaces
    `path` (a folder through `replace_dir`), on any failure it is removed."""
    final = Path(final)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = staging_path(final)
    try:
        yield tmp
        if tmp.is_dir():
            replace_dir(tmp, final)
        else:
            _make_shareable(tmp)
            os.replace(tmp, final)
    finally:
        discard(tmp)


@contextmanager
def open_replacing(
    final: Path, mode: str = "w", encoding: str | None = "utf-8", newline: str | None = ""
) -> Iterator[IO]:
    """`with open_replacing(path) as handle:` like `open(path, mode)`, but the file replaces
    `path` only once the block ends without an error."""
    binary = "b" in mode
    with replacing(final) as tmp:
        with open(tmp, mode, **({} if binary else {"encoding": encoding, "newline": newline})) as handle:
            yield handle


def write_text(path: Path, text: str) -> Path:
    """Write UTF-8 text, "\\n" line ends as given, replacing `path` atomically."""
    with open_replacing(path) as handle:
        handle.write(text)
    return Path(path)


def write_json(path: Path, data) -> Path:
    """Write `data` as indented JSON with a final newline, replacing `path` atomically."""
    return write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def replace_dir(new: Path, final: Path) -> None:
    """Swap the folder `new` in for `final`: the old folder is moved aside, the new one renamed in,
    and the old one removed only then. Should the second rename fail, the old one is put back."""
    backup = None
    if final.exists():
        backup = staging_path(final)
        os.replace(final, backup)
    try:
        os.replace(new, final)
    except BaseException:
        if backup is not None:
            os.replace(backup, final)
        raise
    if backup is not None:
        shutil.rmtree(backup, ignore_errors=True)


def check_writable_folder(folder: Path, option: str = "--out") -> Path:
    """Refuse, with a one-line `ArticleError`, an output folder that cannot be made or written,
    before any work starts. Nothing is left behind: the folder itself is made later, by the writer.

    The nearest existing folder on the way is tried for real (a file made and removed there), since
    permission bits do not tell: root may write anywhere by its bits, yet not on a read-only mount or
    under /proc."""
    from .articles import ArticleError  # here: articles reads lexicons, whose writers use this module

    folder = Path(folder).absolute()
    existing = folder
    while not existing.exists() and existing != existing.parent:
        if existing.is_symlink():  # a dangling link: mkdir would fail on it
            raise ArticleError(f"{folder}: {option} passes through {existing}, a link to nothing")
        existing = existing.parent
    if not existing.is_dir():
        what = "is a file" if existing == folder else f"lies below {existing}, which is a file"
        raise ArticleError(f"{folder}: {option} must be a folder, and this {what}")
    try:
        probe = tempfile.mkdtemp(prefix=".newsactors-write-check.", dir=existing)
        os.rmdir(probe)
    except OSError as err:
        reason = os.strerror(err.errno) if err.errno else str(err)
        if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            reason += "; choose a folder you can write to"
        raise ArticleError(f"{folder}: {option} cannot be written ({existing}: {reason})") from None
    return folder


def _make_shareable(path: Path) -> None:
    """mkstemp makes files readable by their owner only; outputs are for sharing, as the umask says."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)
