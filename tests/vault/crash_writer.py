"""Helper process for the crash test: writes cases until it is killed, printing each committed code."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from app.core.cases import Identity
from app.core.clock import SystemClock
from app.vault.lifecycle import PassphraseCredentials, unlock
from app.vault.paths import VaultPaths
from app.vault.repos import cases, interviews


def main(home: str, user: str) -> None:
    passphrase = bytearray(sys.stdin.readline().rstrip("\n").encode())
    session = unlock(VaultPaths(Path(home)), PassphraseCredentials(user, passphrase), SystemClock())
    print("ready", flush=True)
    while True:
        with session.transaction():
            case = cases.create(session, nationality="BG")
            cases.set_identity(session, case.id, Identity("Kill", "Test", date(1990, 1, 1)))
            interview = interviews.start(session, case.id, form_id="core", form_version="1", form_hash="h")
            for n in range(5):
                interviews.save_answer(session, interview.id, f"core.q{n}", "ja")
        print(case.code, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
