"""Issue 15, points 1 and 2: meldingen belong to their sender, the lifecycle is fully specified, and a late
batch is never lost (the set of received sequence numbers, not the highest one)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.registry import keys, received
from app.registry.importer import Outcome, import_file, import_paths
from app.vault.session import Session
from tests.registry.batches import KEY_A, KEY_B, correction, new, uid, withdrawal, write


@pytest.fixture
def two(registry: Session) -> Iterator[Session]:
    keys.trust(registry, KEY_A.public().to_text(), "Org A")
    keys.trust(registry, KEY_B.public().to_text(), "Org B")
    yield registry


def _recipient(session: Session) -> str:
    return keys.load(session).recipient


def _take(session: Session, folder: Path, meldingen: list[object], sequence: int, key: object = KEY_A) -> Outcome:
    path = write(folder, meldingen, recipient=_recipient(session), sequence=sequence, key=key)  # type: ignore[arg-type]
    return import_file(session, path)


def _row(session: Session, n: int) -> tuple[object, ...] | None:
    return session.conn.execute(
        "SELECT key_id, status, json_extract(facts, '$.gender') FROM reg_meldingen WHERE uuid = ?", (uid(n),)
    ).fetchone()


def test_another_sender_cannot_correct_or_withdraw_a_melding(two: Session, tmp_path: Path) -> None:
    assert _take(two, tmp_path / "a", [new(1)], 1).accepted
    for n, line in enumerate(([correction(1, gender="m")], [withdrawal(1)], [new(1)]), 1):
        outcome = _take(two, tmp_path / f"b{n}", line, n, KEY_B)
        assert not outcome.accepted and "andere afzender" in outcome.message, outcome.message
    assert _row(two, 1) == (KEY_A.public().key_id_hex, "new", "v")


def test_a_new_line_for_a_known_uuid_refuses_the_batch(two: Session, tmp_path: Path) -> None:
    assert _take(two, tmp_path / "1", [new(1)], 1).accepted
    outcome = _take(two, tmp_path / "2", [new(2), new(1, gender="m")], 2)
    assert not outcome.accepted and "al bekend" in outcome.message and "Regel 2" in outcome.message
    assert _row(two, 1) == (KEY_A.public().key_id_hex, "new", "v") and _row(two, 2) is None


def test_the_lifecycle(two: Session, tmp_path: Path) -> None:
    # a correction of an unseen melding is its first version; a withdrawal of an unseen one is kept
    assert _take(two, tmp_path / "1", [correction(1, gender="m"), withdrawal(2)], 1).accepted
    assert _row(two, 1)[1:] == ("correction", "m") and _row(two, 2)[1] == "withdrawn"  # type: ignore[index]
    # no correction after a withdrawal
    outcome = _take(two, tmp_path / "2", [correction(2)], 2)
    assert not outcome.accepted and "ingetrokken" in outcome.message
    # the same uuid twice in one batch
    outcome = _take(two, tmp_path / "3", [new(3), correction(3)], 3)
    assert not outcome.accepted and "twee keer" in outcome.message
    # a withdrawal of a withdrawn melding changes nothing and is accepted
    assert _take(two, tmp_path / "4", [withdrawal(2)], 4).accepted


def test_a_late_batch_is_imported_and_clears_the_gap(two: Session, tmp_path: Path) -> None:
    first = _take(two, tmp_path / "1", [new(1)], 1)
    third = _take(two, tmp_path / "3", [new(3), correction(2, gender="x")], 3)
    assert first.accepted and third.accepted and third.gap == 1 and "volgnummer 2" in third.message
    late = _take(two, tmp_path / "2", [new(2, gender="m"), correction(1, gender="m")], 2)
    assert late.accepted, late.message
    assert late.counts.superseded == 1 and late.gap == 0
    assert _row(two, 2)[2] == "x"  # type: ignore[index]  # batch 3's correction is the later version
    assert _row(two, 1)[2] == "m"  # type: ignore[index]  # batch 2's correction of batch 1 applies
    assert received.missing(received.sequences(two, KEY_A.public().key_id_hex)) == []
    replay = _take(two, tmp_path / "2b", [new(9)], 2)
    assert not replay.accepted and "herhaalde batch" in replay.message


def test_sequence_bounds(two: Session, tmp_path: Path) -> None:
    far = _take(two, tmp_path / "far", [new(1)], 5000)
    assert not far.accepted and "meer dan 1000" in far.message
    assert _take(two, tmp_path / "ok", [new(1)], 1).accepted  # the far one locked nobody out


def test_a_folder_with_late_and_refused_batches_keeps_the_good_ones(two: Session, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    recipient = _recipient(two)
    write(folder, [new(1)], recipient=recipient, sequence=1)
    write(folder, [new(2)], recipient=recipient, sequence=2, key=KEY_B, org="org-b")
    write(folder, [new(1)], recipient=recipient, sequence=3)  # a new line for a known uuid: refused
    write(folder, [new(4)], recipient=recipient, sequence=4)
    outcomes = import_paths(two, [folder])
    assert {o.file[:5] + o.file[-18:-12]: o.accepted for o in outcomes} == {
        "org-a000001": True,
        "org-a000003": False,
        "org-a000004": True,
        "org-b000002": True,
    }
    assert two.conn.execute("SELECT count(*) FROM reg_meldingen").fetchone() == (3,)
