"""Write a file whole or not at all: a temporary file in the same folder, then a rename.

A failed or interrupted write leaves the previous file as it was and no temporary file
behind. Inside :func:`atomic_batch` the renames wait until the block ends, so a run that
fails half-way leaves every previous output as it was, not a mix of old and new files.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path

#: temporary files written inside the current :func:`atomic_batch`, waiting to be renamed
_PENDING: ContextVar[list[tuple[str, Path]] | None] = ContextVar("chronograph_atomic_pending", default=None)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _mode_for(path: Path) -> int:
    """The mode a new file gets (0o666 less the umask), or the mode of the file it replaces."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _unlink(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)


def _sync_folder(folder: Path) -> None:
    """Make the renames durable (POSIX; a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(path: Path, data: str | bytes) -> Path:
    """Write ``data`` (str as UTF-8) to ``path`` atomically; returns ``path``.

    The new file gets the mode the replaced file had (else the usual 0o666 less umask),
    not the private 0o600 of a temporary file.
    """
    path = Path(path)
    # a lone surrogate (a file name's undecodable byte passed through) cannot be UTF-8: "?", not a lost run
    payload = data.encode("utf-8", errors="replace") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    pending = _PENDING.get()
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fchmod(fh.fileno(), _mode_for(path))
            os.fsync(fh.fileno())
        if pending is not None:
            pending.append((tmp, path))
            return path
        os.replace(tmp, path)
    except BaseException:
        _unlink(tmp)
        raise
    _sync_folder(path.parent)
    return path


@contextlib.contextmanager
def atomic_batch() -> Iterator[None]:
    """Defer the renames of every :func:`atomic_write` in the block to its end.

    When the block raises, no file is replaced and the temporary files are removed; when it
    ends, all files are renamed into place at once. A batch inside a batch joins the outer one.
    """
    if _PENDING.get() is not None:
        yield
        return
    pending: list[tuple[str, Path]] = []
    token = _PENDING.set(pending)
    try:
        try:
            yield
        finally:
            _PENDING.reset(token)
        for tmp, path in pending:
            os.replace(tmp, path)
        for folder in sorted({path.parent for _, path in pending}):
            _sync_folder(folder)
    except BaseException:
        for tmp, _ in pending:
            _unlink(tmp)
        raise
