"""Writing batches: verified files on the target, state moved only after verification, stable UUIDs,
clear errors for a full or pulled drive, and stock tools that accept the result."""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from app.batch.schema import Status
from app.core.errors import InvalidInput, NotAllowed
from app.core.tracks import Track
from app.core.users import Role
from app.crypto.age import decrypt
from app.export import writer
from app.export.run import NoRecipient, NothingToExport, execute, prepare
from app.vault import audit_log
from app.vault.errors import StorageFull, StorageUnavailable
from app.vault.lifecycle import PassphraseCredentials, unlock
from app.vault.paths import VaultPaths
from app.vault.repos import exports, tracks
from app.vault.session import Session
from app.vault.user_admin import add_user
from tests.conftest import FixedClock, cheap_kdf, secret
from tests.export.conftest import CHECKLISTS, Registry, add_case


def _lines(path: Path, identity: str) -> list[dict[str, object]]:
    with zipfile.ZipFile(io.BytesIO(decrypt(path.read_bytes(), identity))) as archive:
        return [json.loads(line) for line in archive.read("meldingen.jsonl").splitlines()]


def _melding_states(session: Session) -> list[str]:
    rows = session.conn.execute("SELECT id FROM cases ORDER BY id").fetchall()
    return [tracks.current(session, row[0])[Track.MELDING] for row in rows]


def test_export_writes_verified_files_and_then_marks_exported(ready: Session, usb: Path, registry: Registry) -> None:
    plan = prepare(ready, CHECKLISTS)
    assert len(plan.outgoing) == 6 and plan.held == []
    result = execute(ready, plan, usb)
    assert result.path.name == "ggd-teststad-20260307-000001.signaal.age" and result.sig_path.is_file()
    assert sorted(p.name for p in usb.iterdir()) == [result.path.name, result.sig_path.name]  # no temp files left
    lines = _lines(result.path, registry.identity)
    assert len(lines) == 6 and all(line["status"] == "new" and line["basis"] == "anonymous" for line in lines)
    assert _melding_states(ready) == ["geexporteerd"] * 6
    last = list(audit_log.entries(ready.conn))[-1]
    assert last.action == "export" and last.detail["count"] == 6 and last.detail["sequence"] == 1
    with pytest.raises(NothingToExport):
        execute(ready, prepare(ready, CHECKLISTS), usb)


def test_correction_and_withdrawal_keep_the_uuid_and_the_sequence_rises(
    ready: Session, usb: Path, registry: Registry
) -> None:
    first = execute(ready, prepare(ready, CHECKLISTS), usb)
    uuids = [line["uuid"] for line in _lines(first.path, registry.identity)]
    case_ids = [row[0] for row in ready.conn.execute("SELECT id FROM cases ORDER BY id")]
    tracks.record(ready, case_ids[0], Track.MELDING, "gecorrigeerd")
    tracks.record(ready, case_ids[1], Track.MELDING, "ingetrokken")
    second = execute(ready, prepare(ready, CHECKLISTS, k=2), usb, k_reason="twee meldingen, afgesproken")
    assert second.sequence == first.sequence + 1
    by_status = {line["status"]: line for line in _lines(second.path, registry.identity)}
    assert by_status["correction"]["uuid"] == uuids[0]
    assert by_status["withdrawn"] == {"uuid": uuids[1], "status": "withdrawn"}
    assert exports.pending(ready) == []


def test_small_groups_are_generalised_as_a_whole_and_explained(session: Session, usb: Path, registry: Registry) -> None:
    exports.set_recipient(session, registry.recipient)
    for nationality in ("RO", "RO", "BG", "BG", "HU", "NG"):
        add_case(session, nationality)
    plan = prepare(session, CHECKLISTS)
    assert {o.melding.facts.nationality for o in plan.outgoing} == {"NIET-NL"}  # type: ignore[union-attr]
    assert len(plan.outgoing) == 6 and plan.held == []
    assert "nationaliteit: NL/niet-NL" in plan.summary() and "Informatieverlies 15.0 %" in plan.summary()
    explained = dict(plan.explanations())
    assert "nationaliteit RO → NIET-NL" in explained[plan.outgoing[0].code]
    result = execute(session, plan, usb)
    assert len(result.meldingen) == 6
    detail = list(audit_log.entries(session.conn))[-1].detail
    assert (detail["k"], detail["k_setting"], detail["held"], detail["info_loss"]) == (5, 5, 0, 0.15)


def test_a_unique_melding_is_held_back_with_its_reason(session: Session, usb: Path, registry: Registry) -> None:
    exports.set_recipient(session, registry.recipient)
    for _ in range(5):
        add_case(session, "RO")
    execute(session, prepare(session, CHECKLISTS), usb)
    add_case(session, "NG")
    plan = prepare(session, CHECKLISTS)  # the five Romanians went out exactly: they do not hide a Nigerian
    assert plan.outgoing == [] and len(plan.held) == 1
    assert "Achtergehouden" in dict(plan.explanations())[plan.held[0].code]
    assert tracks.current(session, plan.held[0].case_id)[Track.MELDING] == "concept"  # waits for a later batch


def test_a_smaller_k_needs_a_coordinator_and_a_reason_and_is_audited(
    session: Session, usb: Path, registry: Registry, paths: VaultPaths, clock: FixedClock
) -> None:
    exports.set_recipient(session, registry.recipient)
    add_case(session, "NG")
    add_user(session, "Bram", Role.INTAKE, secret("bram zijn wachtzin"), kdf=cheap_kdf)
    plan = prepare(session, CHECKLISTS, k=1)
    with pytest.raises(InvalidInput):
        execute(session, plan, usb)
    session.lock()
    with unlock(paths, PassphraseCredentials("Bram", secret("bram zijn wachtzin")), clock) as bram:
        with pytest.raises(NotAllowed):
            prepare(bram, CHECKLISTS, k=1)
        with pytest.raises(NotAllowed):
            execute(bram, plan, usb, k_reason="ik wil het")
    with unlock(paths, PassphraseCredentials("Anna Admin", secret("correct paard batterij nietje")), clock) as anna:
        execute(anna, prepare(anna, CHECKLISTS, k=1), usb, k_reason="afgesproken met CoMensha")
        detail = list(audit_log.entries(anna.conn))[-1].detail
        assert (detail["k"], detail["k_setting"], detail["k_reason"]) == (1, 5, "afgesproken met CoMensha")


def test_override_needs_a_coordinator_and_a_reason(
    session: Session, usb: Path, registry: Registry, paths: VaultPaths, clock: FixedClock
) -> None:
    exports.set_recipient(session, registry.recipient)
    add_case(session, "NG")
    plan = prepare(session, CHECKLISTS)
    assert len(plan.held) == 1
    with pytest.raises(InvalidInput):
        execute(session, plan, usb, override_reason=" ")
    add_user(session, "Bram", Role.INTAKE, secret("bram zijn wachtzin"), kdf=cheap_kdf)
    session.lock()
    with (
        unlock(paths, PassphraseCredentials("Bram", secret("bram zijn wachtzin")), clock) as bram,
        pytest.raises(NotAllowed),
    ):
        execute(bram, prepare(bram, CHECKLISTS), usb, override_reason="afgesproken met CoMensha")
    with unlock(paths, PassphraseCredentials("Anna Admin", secret("correct paard batterij nietje")), clock) as anna:
        result = execute(anna, prepare(anna, CHECKLISTS), usb, override_reason="afgesproken met CoMensha")
        assert len(result.meldingen) == 1
        entry = list(audit_log.entries(anna.conn))[-1]
        assert entry.detail["overridden"] and entry.detail["override_reason"] == "anders"  # a code in the chain
        assert audit_log.note(anna.conn, entry.seq) == "afgesproken met CoMensha"  # the text apart, purgeable


def test_no_recipient_is_a_clear_error(session: Session, usb: Path) -> None:
    add_case(session)
    with pytest.raises(NoRecipient, match="ontvanger"):
        execute(session, prepare(session, CHECKLISTS), usb)


def test_full_drive_changes_nothing_in_the_vault(ready: Session, usb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = prepare(ready, CHECKLISTS)

    def full(_fd: int, _data: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(writer.os, "write", full)
    with pytest.raises(StorageFull, match="niet genoeg ruimte"):
        execute(ready, plan, usb)
    monkeypatch.undo()
    assert list(usb.iterdir()) == []
    assert _melding_states(ready) == ["concept"] * 6
    assert ready.conn.execute("SELECT count(*) FROM exported_facts").fetchone()[0] == 0
    result = execute(ready, prepare(ready, CHECKLISTS), usb)  # the next try works; number 1 was burnt
    assert result.sequence == 2


def test_pulled_drive_is_reported(ready: Session, tmp_path: Path) -> None:
    gone = tmp_path / "stick-weg"
    with pytest.raises(StorageUnavailable, match="Kan niet schrijven"):
        execute(ready, prepare(ready, CHECKLISTS), gone)
    assert _melding_states(ready) == ["concept"] * 6


def test_a_corrupted_read_back_is_caught(ready: Session, usb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_read = Path.read_bytes

    def flaky(path: Path) -> bytes:
        data = real_read(path)
        return data[:-1] + bytes([data[-1] ^ 1]) if path.name.endswith(".signaal.age") else data

    monkeypatch.setattr(Path, "read_bytes", flaky)
    with pytest.raises(writer.ReadBackFailed, match="niet gelijk"):
        execute(ready, prepare(ready, CHECKLISTS), usb)
    monkeypatch.undo()
    assert list(usb.iterdir()) == [] and _melding_states(ready) == ["concept"] * 6


def test_never_overwrites_an_existing_batch(ready: Session, usb: Path) -> None:
    plan = prepare(ready, CHECKLISTS)
    (usb / "ggd-teststad-20260307-000001.signaal.age").write_bytes(b"earlier")
    with pytest.raises(StorageUnavailable, match="al een batch"):
        execute(ready, plan, usb)
    assert (usb / "ggd-teststad-20260307-000001.signaal.age").read_bytes() == b"earlier"


@pytest.mark.skipif(not (shutil.which("minisign") and shutil.which("age")), reason="stock minisign/age not installed")
def test_stock_tools_verify_a_real_export(ready: Session, usb: Path, registry: Registry, tmp_path: Path) -> None:
    result = execute(ready, prepare(ready, CHECKLISTS), usb)
    pub = tmp_path / "org.pub"
    pub.write_text(exports.ensure_org_key(ready).public().to_text())
    key = tmp_path / "registry.key"
    key.write_text(registry.identity + "\n")
    subprocess.run(["minisign", "-Vm", str(result.path), "-p", str(pub)], check=True, capture_output=True)
    out = tmp_path / "b"
    out.mkdir()
    archive = subprocess.run(["age", "-d", "-i", str(key), str(result.path)], check=True, capture_output=True).stdout
    zipfile.ZipFile(io.BytesIO(archive)).extractall(out)
    subprocess.run(["minisign", "-Vm", str(out / "manifest.json"), "-p", str(pub)], check=True, capture_output=True)
    digest = subprocess.run(["sha256sum", str(out / "meldingen.jsonl")], check=True, capture_output=True, text=True)
    assert json.loads((out / "manifest.json").read_text())["sha256"] == digest.stdout.split()[0]
    assert Status.NEW.value in (out / "meldingen.jsonl").read_text()
