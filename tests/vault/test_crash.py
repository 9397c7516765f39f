"""A process killed with SIGKILL in the middle of writing loses no committed transaction."""

from __future__ import annotations

import os
import random
import signal

import pytest

from app.vault import audit_log, database
from app.vault.lifecycle import PassphraseCredentials, unlock
from app.vault.paths import VaultPaths
from app.vault.session import Session
from tests.conftest import ADMIN, ADMIN_PASS, FixedClock, secret
from tests.helper_process import start_helper


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_writes_keeps_every_committed_case(
    session: Session, paths: VaultPaths, clock: FixedClock
) -> None:
    session.lock()
    rng = random.Random(20261123)
    committed: list[str] = []
    for _round in range(4):
        writer = start_helper("tests.vault.crash_writer", str(paths.home), ADMIN, passphrase=ADMIN_PASS)
        assert writer.stdout is not None
        for _ in range(rng.randint(3, 40)):
            committed.append(writer.stdout.readline().strip())
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        with unlock(paths, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock) as after:
            assert database.integrity_problems(after.conn) == []
            codes = {row[0] for row in after.conn.execute("SELECT code FROM cases")}
            assert set(committed) <= codes
            assert audit_log.verify(after.conn).ok
            # every case is whole: a transaction is all or nothing
            partial = after.conn.execute(
                "SELECT count(*) FROM cases c WHERE (SELECT count(*) FROM answers a JOIN interviews i"
                " ON a.interview_id = i.id WHERE i.case_id = c.id) != 5"
            ).fetchone()[0]
            assert partial == 0
    assert len(committed) >= 12
