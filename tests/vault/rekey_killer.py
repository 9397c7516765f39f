"""Helper process: removes user bob (re-keying the vault) and SIGKILLs itself right after the named step."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from app.core.clock import SystemClock
from app.vault import rekey
from app.vault.lifecycle import PassphraseCredentials, unlock
from app.vault.paths import VaultPaths
from app.vault.user_admin import remove_user
from tests.conftest import ADMIN


def main(home: str, kill_after: str) -> None:
    passphrase = bytearray(sys.stdin.readline().rstrip("\n").encode())
    session = unlock(VaultPaths(Path(home)), PassphraseCredentials(ADMIN, passphrase), SystemClock())
    print("ready", flush=True)

    def step(name: str) -> None:
        if name == kill_after:
            os.kill(os.getpid(), signal.SIGKILL)

    rekey.step = step
    remove_user(session, "bob")
    print("not killed", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
