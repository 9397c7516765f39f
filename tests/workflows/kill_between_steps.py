"""Helper process: runs one multi-step action and SIGKILLs itself after its first inner step was written,
before the next one. The action's transaction must leave nothing of it behind."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.clock import SystemClock
from app.core.tracks import Track
from app.forms_loader import load_checklists
from app.vault.lifecycle import PassphraseCredentials, unlock
from app.vault.paths import VaultPaths
from app.vault.repos import cases, interviews, tracks
from app.workflows import interview as interview_actions


def _die_on_second_call(module: Any, name: str) -> None:
    real: Callable[..., Any] = getattr(module, name)
    calls = 0

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 2:
            print("step written", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)

    setattr(module, name, wrapper)


def main(home: str, user: str, action: str, case_code: str) -> None:
    passphrase = bytearray(sys.stdin.readline().rstrip("\n").encode())
    session = unlock(VaultPaths(Path(home)), PassphraseCredentials(user, passphrase), SystemClock())
    print("ready", flush=True)
    checklist = load_checklists()["ggd_intake"]
    if action == "finish":
        interview = interviews.for_case(session, cases.by_code(session, case_code).id)[-1]
        _die_on_second_call(tracks, "record")
        steps = [(Track.SIGNALERING, "signalen_vastgelegd"), (Track.TOESTEMMING, "gevraagd")]
        interview_actions.finish(session, checklist, interview.id, steps)
    else:
        _die_on_second_call(interviews, "save_answer")
        interview_actions.record_whole(session, case_code, checklist, {"CORE-01": "reported", "CORE-02": "no"})
    print("not killed", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
