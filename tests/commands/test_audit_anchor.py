"""The audit chain, anchored (issue 17, point 5): cutting the tail and fixing the head, or rebuilding the
chain, went unnoticed; only the current head was ever printed; one row beyond the head made every unlock
crash. Now each row's hash is shown, batches and backups carry the head, ``audit verify --anchor`` checks
against one, and a row beyond the head is reported while the vault still opens."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.audit import GENESIS, entry_hash
from app.vault import audit_log
from app.vault.lifecycle import PassphraseCredentials, unlock
from app.vault.paths import VaultPaths
from app.vault.session import Session
from tests.commands.test_cli import ADMIN_PASS, _login, init_vault
from tests.conftest import FixedClock, secret


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return init_vault(tmp_path / "kluis")


def _open(home: Path) -> Session:
    return unlock(VaultPaths(home), PassphraseCredentials("anna", secret(ADMIN_PASS)), FixedClock())


def _hashes(home: Path) -> dict[int, str]:
    code, out, _ = _login(home, "audit", "show", "--last", "1000")
    assert code == 0
    return {int(line.split("\t")[0]): line.split("\t")[-1] for line in out.splitlines()}


def test_audit_show_prints_each_rows_hash(home: Path) -> None:
    hashes = _hashes(home)
    with _open(home) as session:
        stored = {e.seq: e.hash for e in audit_log.entries(session.conn)}
    assert hashes and all(stored[seq] == digest for seq, digest in hashes.items())


def test_cutting_the_tail_and_fixing_the_head_is_caught_by_an_anchor(home: Path) -> None:
    _login(home, "case", "new")
    noted = _hashes(home)
    anchor = noted[max(noted)]
    assert _login(home, "audit", "verify", "--anchor", anchor)[0] == 0
    with _open(home) as session:  # someone with the key and sqlite: delete the tail, fix the head
        conn = session.conn
        conn.execute("DROP TRIGGER audit_log_no_delete")
        keep = max(noted) - 3
        conn.execute("DELETE FROM audit_log WHERE seq > ?", (keep,))
        conn.execute("UPDATE audit_head SET seq = ?, hash = (SELECT hash FROM audit_log WHERE seq = ?)", (keep, keep))
        conn.execute(
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
            " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
        )
    code, out, _err = _login(home, "audit", "verify")
    assert code == 0 and "Auditlog in orde" in out  # the chain alone cannot see it
    code, _out, err = _login(home, "audit", "verify", "--anchor", anchor)
    assert code == 3 and "staat NIET in het auditlog" in err


def test_a_rebuilt_chain_is_caught_by_an_anchor(home: Path) -> None:
    anchor = _hashes(home)[1]
    with _open(home) as session:
        conn = session.conn
        rows = list(audit_log.entries(conn))
        conn.execute("DROP TRIGGER audit_log_no_update")
        prev = GENESIS
        for e in rows:
            actor = "mallory" if e.seq == 1 else e.actor
            digest = entry_hash(prev, e.seq, e.at, actor, e.action, e.subject, e.detail)
            conn.execute(
                "UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?", (actor, prev, digest, e.seq)
            )
            prev = digest
        conn.execute("UPDATE audit_head SET hash = ?", (prev,))
        conn.execute(
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
            " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
        )
    assert _login(home, "audit", "verify")[0] == 0
    assert _login(home, "audit", "verify", "--anchor", anchor)[0] == 3


def test_a_row_beyond_the_head_is_reported_and_the_vault_still_opens(home: Path) -> None:
    with _open(home) as session:
        seq, head_hash = audit_log.head(session.conn)
        session.conn.execute(
            "INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash)"
            " VALUES (?, '2026-01-01T00:00:00Z', 'mallory', 'case_view', '', '{}', ?, ?)",
            (seq + 1, head_hash, "f" * 64),
        )
    code, _out, err = _login(home, "users", "list")
    assert code == 0 and "buiten Signaal zijn toegevoegd" in err and f"rij {seq + 1}" in err
    code, _out, err = _login(home, "audit", "verify")
    assert code == 3 and "Auditlog NIET in orde" in err
    with _open(home) as session:
        assert any(e.action == "audit_tampered" for e in audit_log.entries(session.conn))


def test_every_backup_carries_an_anchor_that_verifies(home: Path, tmp_path: Path) -> None:
    target = tmp_path / "kopie.signaal"
    assert _login(home, "backup", str(target))[0] == 0
    anchor = json.loads(Path(str(target) + ".anchor").read_text("ascii"))
    assert anchor["audit_rows"] >= 3 and len(anchor["audit_head"]) == 64
    code, out, _ = _login(home, "audit", "verify", "--anchor", anchor["audit_head"])
    assert code == 0 and f"rij {anchor['audit_rows']}" in out
