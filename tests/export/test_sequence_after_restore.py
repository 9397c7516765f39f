"""The export sequence never goes backwards (issue 17, point 2): restoring an older backup made the next
export reuse sequence 2, which the registry refused as a replay while the field side said "geëxporteerd"."""

from __future__ import annotations

from pathlib import Path

from app.core.tracks import Track
from app.export.run import execute, prepare
from app.vault.lifecycle import PassphraseCredentials
from app.vault.paths import VaultPaths
from app.vault.repos import tracks
from app.vault.session import Session
from app.workflows.backup import backup_now, restore
from tests.conftest import ADMIN, ADMIN_PASS, FixedClock, secret
from tests.export.conftest import CHECKLISTS, add_case


def test_restoring_an_older_backup_does_not_reuse_a_sequence(
    ready: Session, usb: Path, paths: VaultPaths, clock: FixedClock, tmp_path: Path
) -> None:
    first = execute(ready, prepare(ready, CHECKLISTS), usb)
    target = backup_now(ready, tmp_path / "b.signaal")
    for _ in range(6):
        add_case(ready)
    second = execute(ready, prepare(ready, CHECKLISTS), usb)
    assert (first.sequence, second.sequence) == (1, 2)
    ready.lock()
    restored, _aside = restore(paths, target, PassphraseCredentials(ADMIN, secret(ADMIN_PASS)), clock)
    with restored:
        for _ in range(6):
            add_case(restored)
        third = execute(restored, prepare(restored, CHECKLISTS), usb)
    assert third.sequence == 3


def test_the_sequence_is_checked_against_the_audited_exports(ready: Session, usb: Path) -> None:
    """Even with the batch table and the high-water mark rolled back by hand, the audit log's export rows
    keep the next number above every number used."""
    first = execute(ready, prepare(ready, CHECKLISTS), usb)
    ready.conn.execute("DELETE FROM export_batches")
    ready.conn.execute("DELETE FROM meta WHERE key = 'export_high_water'")
    case_id = ready.conn.execute("SELECT id FROM cases ORDER BY id").fetchone()[0]
    tracks.record(ready, case_id, Track.MELDING, "gecorrigeerd")
    second = execute(ready, prepare(ready, CHECKLISTS, k=1), usb, k_reason="een enkele melding opnieuw sturen")
    assert second.sequence == first.sequence + 1
