"""Helper process: restores a backup and SIGKILLs itself right after the named step of the restore."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from app.core.clock import SystemClock
from app.vault import restore as restore_files
from app.vault.lifecycle import PassphraseCredentials
from app.vault.paths import VaultPaths
from app.workflows.backup import restore


def main(home: str, source: str, user: str, kill_after: str) -> None:
    passphrase = bytearray(sys.stdin.readline().rstrip("\n").encode())
    print("ready", flush=True)

    def step(name: str) -> None:
        if name == kill_after:
            os.kill(os.getpid(), signal.SIGKILL)

    restore_files.step = step
    restore(VaultPaths(Path(home)), Path(source), PassphraseCredentials(user, passphrase), SystemClock())
    print("not killed", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
