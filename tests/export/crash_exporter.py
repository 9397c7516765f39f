"""Helper process for the export crash test: makes meldingen and exports a batch, again and again, until it
is killed; prints the name of each batch after the vault recorded it."""

from __future__ import annotations

import sys
from pathlib import Path

from app.core.clock import SystemClock
from app.core.tracks import Track
from app.export.run import execute, prepare
from app.forms_loader import load_checklists
from app.vault.lifecycle import PassphraseCredentials, unlock
from app.vault.paths import VaultPaths
from app.vault.repos import cases, tracks


def main(home: str, user: str, target: str) -> None:
    passphrase = bytearray(sys.stdin.readline().rstrip("\n").encode())
    session = unlock(VaultPaths(Path(home)), PassphraseCredentials(user, passphrase), SystemClock())
    checklists = load_checklists()
    print("ready", flush=True)
    while True:
        with session.transaction():
            for _ in range(3):
                case = cases.create(session, nationality="PL", birth_year=1995)
                tracks.record(session, case.id, Track.MELDING, "concept")
        result = execute(
            session, prepare(session, checklists, k=2), Path(target), override_reason="crashtest", k_reason="crashtest"
        )
        print(result.path.name, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
