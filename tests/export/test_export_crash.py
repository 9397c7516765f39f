"""kill -9 at random moments while batches are exported: the vault opens whole, every batch it recorded is
on the stick and verifies, and no half batch is ever visible there (only hidden ``.partial`` files)."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from app.crypto.age import generate_identity
from app.registry.verify import open_batch
from app.vault import audit_log, database
from app.vault.lifecycle import PassphraseCredentials, unlock
from app.vault.paths import VaultPaths
from app.vault.repos import exports
from app.vault.session import Session
from tests.conftest import ADMIN, ADMIN_PASS, FixedClock, secret
from tests.helper_process import start_helper


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_export_never_leaves_a_half_batch(
    session: Session, paths: VaultPaths, clock: FixedClock, tmp_path: Path
) -> None:
    identity, recipient = generate_identity()
    exports.set_recipient(session, recipient)
    public = exports.ensure_org_key(session).public()
    session.lock()
    stick = tmp_path / "usb"
    stick.mkdir()
    rng = random.Random(20261123)
    reported: list[str] = []
    for _round in range(5):
        exporter = start_helper(
            "tests.export.crash_exporter", str(paths.home), ADMIN, str(stick), passphrase=ADMIN_PASS
        )
        assert exporter.stdout is not None
        for _ in range(rng.randint(1, 4)):
            reported.append(exporter.stdout.readline().strip())
        time.sleep(rng.uniform(0, 0.05))  # a random point inside the next export
        os.kill(exporter.pid, signal.SIGKILL)
        exporter.wait()
        exporter.stdout.close()
        with unlock(paths, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock) as after:
            assert database.integrity_problems(after.conn) == []
            assert audit_log.verify(after.conn).ok
            recorded = {
                row[0] for row in after.conn.execute("SELECT file_name FROM export_batches WHERE file_name IS NOT NULL")
            }
            reserved = after.conn.execute("SELECT max(sequence) FROM export_batches").fetchone()[0]
        visible = sorted(p.name for p in stick.glob("*.signaal.age"))
        assert set(reported) <= recorded <= set(visible)
        sequences = []
        for name in visible:
            batch = stick / name
            opened = open_batch(
                batch.read_bytes(),
                (stick / f"{name}.minisig").read_text("ascii"),
                public,
                identity=identity,
                recipient=recipient,
            )
            sequences.append(opened.manifest.sequence)
        assert len(set(sequences)) == len(sequences) and max(sequences) <= reserved
        assert all(
            p.name.startswith(".") and p.name.endswith(".partial")
            for p in stick.iterdir()
            if not p.name.endswith((".signaal.age", ".signaal.age.minisig"))
        )
    assert len(reported) >= 5
