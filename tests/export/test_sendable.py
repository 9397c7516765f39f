"""The exporter refuses, before writing anything, a melding the registry would refuse (issue 15: the field
app could make batches the registry rejects whole)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.cases import Identity
from app.core.errors import InvalidInput
from app.export.run import execute, prepare
from app.vault.errors import StorageUnavailable
from app.vault.repos import cases, exports
from app.vault.session import Session
from tests.export.conftest import CHECKLISTS, Registry, add_case


def test_a_name_outside_the_format_is_named_and_nothing_is_written(
    session: Session, registry: Registry, usb: Path
) -> None:
    exports.set_recipient(session, registry.recipient)
    case_id = add_case(session, consent="schriftelijk", name="Maria")
    cases.set_identity(session, case_id, Identity("Maria", "Jansen, Kerkstraat 5", None, "via spreekuur"))
    plan = prepare(session, CHECKLISTS, k=1)
    with pytest.raises(InvalidInput, match="zou door het register worden geweigerd"):
        execute(session, plan, usb, k_reason="één melding met toestemming")
    assert list(usb.iterdir()) == []
    assert exports.batches(session) == []  # no sequence used


def test_an_invalid_country_cannot_be_recorded() -> None:
    from app.core.cases import validate_nationality

    assert validate_nationality("ro") == "RO"
    for made_up in ("XA", "ZZ", "EU", "QO"):
        with pytest.raises(InvalidInput):
            validate_nationality(made_up)


def test_a_wrong_folder_takes_no_batch_number(ready: Session, usb: Path, tmp_path: Path) -> None:
    """A review found that exporting to a folder that does not exist used up a sequence number, so the registry
    reported a gap for ever while the message said nothing had changed."""
    with pytest.raises(StorageUnavailable, match="bestaat niet"):
        execute(ready, prepare(ready, CHECKLISTS), tmp_path / "nergens")
    result = execute(ready, prepare(ready, CHECKLISTS), usb)
    assert result.sequence == 1
