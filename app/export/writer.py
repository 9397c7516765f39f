"""Writing a batch to a folder or removable drive: temp names, fsync, rename, then read back and verify.

Nothing is ever overwritten. A full or pulled drive gives a clear error and leaves no file behind that
looks like a batch (the signature is renamed into place first, the batch itself last).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from app.core.errors import SignaalError
from app.core.i18n import _
from app.crypto import AuthenticationFailed
from app.crypto.minisign import FormatError, PublicKey, verify
from app.export.seal import BatchFiles
from app.vault.atomic import fsync_dir, storage_error
from app.vault.errors import StorageUnavailable


class ReadBackFailed(SignaalError):
    def __init__(self, location: str) -> None:
        super().__init__(location)
        self.location = location

    def message(self) -> str:
        return _(
            "Wat op {location} staat, is niet gelijk aan wat Signaal schreef (defecte of verwijderde stick?). "
            "De bestanden zijn weggehaald; er is niets als geëxporteerd gemarkeerd."
        ).format(location=self.location)


def _write_synced(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()


PARTIAL_PATTERNS = (".*.signaal.age.partial", ".*.signaal.age.minisig.partial")


def remove_partials(folder: Path) -> list[str]:
    """Remove the hidden ``.partial`` files an interrupted export (killed, stick pulled) left in ``folder``.
    Only names this writer makes are touched; returns the names removed."""
    removed = []
    for pattern in PARTIAL_PATTERNS:
        for stale in folder.glob(pattern):
            with contextlib.suppress(OSError):
                stale.unlink()
                removed.append(stale.name)
    return removed


def check_folder(folder: Path) -> None:
    """Before a batch number is taken: the folder exists and can be written to (a wrong or read-only folder
    would otherwise use up a number and leave the registry a gap for ever)."""
    if not folder.is_dir():
        raise StorageUnavailable(str(folder), _("map bestaat niet"))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageUnavailable(str(folder), _("geen schrijfrechten"))


def write_batch(folder: Path, files: BatchFiles, public_key: PublicKey) -> Path:
    """Write both files into ``folder`` and check them; returns the path of the ``.signaal.age`` file."""
    if not folder.is_dir():
        raise StorageUnavailable(str(folder), _("map bestaat niet"))
    remove_partials(folder)
    final, final_sig = folder / files.name, folder / files.sig_name
    if final.exists() or final_sig.exists():
        raise StorageUnavailable(str(folder), _("er staat al een batch met deze naam"))
    temp, temp_sig = folder / f".{files.name}.partial", folder / f".{files.sig_name}.partial"
    try:
        _write_synced(temp_sig, files.outer_sig)
        _write_synced(temp, files.encrypted)
        os.replace(temp_sig, final_sig)
        os.replace(temp, final)
        fsync_dir(folder)
    except OSError as exc:
        _remove(temp, temp_sig, final, final_sig)
        raise storage_error(folder, exc) from exc
    try:
        back, back_sig = final.read_bytes(), final_sig.read_bytes()
        if back != files.encrypted or back_sig != files.outer_sig:
            raise ReadBackFailed(str(folder))
        verify(back, back_sig.decode("ascii"), public_key)
    except (OSError, UnicodeDecodeError, FormatError, AuthenticationFailed):
        _remove(final, final_sig)
        raise ReadBackFailed(str(folder)) from None
    except ReadBackFailed:
        _remove(final, final_sig)
        raise
    return final
