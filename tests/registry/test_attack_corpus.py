"""Hostile input never crashes, hangs or rolls back good work: every batch of the attack corpus is refused with
its own reason, alone, audited, and a good batch in the same folder is still taken."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.registry import keys
from app.registry.importer import import_paths
from app.vault.session import Session
from tests.registry.attacks import ATTACKS
from tests.registry.batches import KEY_A, KEY_B, new, write


@pytest.fixture
def trusted(registry: Session) -> Iterator[Session]:
    keys.trust(registry, KEY_A.public().to_text(), "Org A")
    keys.trust(registry, KEY_B.public().to_text(), "Org B")
    yield registry


@pytest.mark.parametrize("name", list(ATTACKS))
def test_each_attack_is_refused_alone_and_audited(trusted: Session, tmp_path: Path, name: str) -> None:
    make, reason = ATTACKS[name]
    folder = tmp_path / "usb"
    recipient = keys.load(trusted).recipient
    write(folder, [new(1)], recipient=recipient, sequence=1, key=KEY_B, org="org-b")  # a good batch first
    attack = make(folder, recipient)
    outcomes = {o.file: o for o in import_paths(trusted, [folder])}
    assert outcomes[attack.name].accepted is False and outcomes[attack.name].message
    assert [o.accepted for f, o in outcomes.items() if f != attack.name] == [True]
    assert trusted.conn.execute("SELECT count(*) FROM reg_meldingen").fetchone() == (1,)
    [(detail,)] = trusted.conn.execute(
        "SELECT detail FROM audit_log WHERE action = 'import_rejected' AND subject = ?", (attack.name,)
    ).fetchall()
    assert json.loads(detail)["reason"] == reason, outcomes[attack.name].message


def test_a_refused_value_is_named_with_line_field_and_value(trusted: Session, tmp_path: Path) -> None:
    make, _reason = ATTACKS["free text in sector"]
    path = make(tmp_path, keys.load(trusted).recipient)
    [outcome] = import_paths(trusted, [path])
    assert "Regel 1" in outcome.message and "sector" in outcome.message and "Kerkstraat" in outcome.message
    audit = trusted.conn.execute("SELECT detail FROM audit_log WHERE action = 'import_rejected'").fetchone()[0]
    assert "Kerkstraat" not in audit and json.loads(audit)["field"] == "sector"  # no free text in the audit log
