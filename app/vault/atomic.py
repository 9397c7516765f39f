"""Crash-safe file replacement: write a temp file, fsync, rename over the target, fsync the folder."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from app.vault.errors import StorageFull, StorageUnavailable


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # folders cannot be opened for fsync on Windows; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(target: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``target`` with ``data`` so that a crash leaves either the old or the new file."""
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise storage_error(target.parent, exc) from exc


def storage_error(location: Path, exc: OSError) -> StorageFull | StorageUnavailable:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(str(location))
    return StorageUnavailable(str(location), exc.strerror or type(exc).__name__)
