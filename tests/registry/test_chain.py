"""The full chain: several field vaults export, the registry imports a folder, reviews duplicates and
produces the national tables."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from app.core.registry_stats import compute
from app.core.settings import OrgType
from app.core.tracks import Track
from app.registry import keys, review
from app.registry.importer import import_paths
from app.registry.stats_query import records, statistics
from app.vault import audit_log
from app.vault.repos import tracks
from app.vault.session import Session


def _rows(registry: Session, sql: str) -> list[tuple[Any, ...]]:
    return registry.conn.execute(sql).fetchall()


def test_several_organisations_to_national_tables(registry: Session, field_factory: Any, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    ggd, coa = field_factory("GGD Utrecht"), field_factory("COA Zeist", OrgType.COA)
    for field in (ggd, coa):
        keys.trust(registry, field.public_text, field.session.paths.home.name)
    for _ in range(3):
        ggd.case("RO")
        coa.case("NG")
    ggd.case("BG", person=("Ioana", "Popescu", date(2001, 4, 5)))
    coa.case("BG", person=("Ioana", "Popesku", date(2001, 4, 5)))  # the same woman, spelled differently
    ggd.export(usb)
    coa.export(usb)
    outcomes = import_paths(registry, [usb])
    assert [o.accepted for o in outcomes] == [True, True], [o.message for o in outcomes]
    assert _rows(registry, "SELECT count(*) FROM reg_meldingen") == [(8,)]
    _tables, streams = compute(records(registry))
    assert streams[2026] == {"meldingen": 8, "personen": 8, "anoniem": 6}
    [candidate] = review.candidates(registry)
    assert candidate.reasons == ["name_typo"] and {candidate.a.org_name, candidate.b.org_name} == {
        "GGD-Utrecht",
        "COA-Zeist",
    }
    review.link(registry, candidate.id)
    _tables, streams = compute(records(registry))
    assert statistics(registry) == (_tables, streams)  # the fast path counts the same
    assert streams[2026] == {"meldingen": 8, "personen": 7, "anoniem": 6}  # linked: one person
    melder = dict(next(t for t in _tables if t.id == "melder").rows)
    # the linked person was reported by both: counted under each reporter type, once in every person table
    assert melder["coa"][0] + melder["ggd_intake"][0] == 8 and melder["coa"][0] == melder["ggd_intake"][0] == 4
    assert "duplicate_link" in [e.action for e in audit_log.entries(registry.conn)]


def test_corrections_update_withdrawals_stop_counting_replays_refused(
    registry: Session, field_factory: Any, tmp_path: Path
) -> None:
    ggd = field_factory("GGD Noord")
    keys.trust(registry, ggd.public_text, "GGD Noord")
    first_cases = [ggd.case("RO") for _ in range(3)]
    first = ggd.export(tmp_path / "one")
    assert all(o.accepted for o in import_paths(registry, [first]))
    tracks.record(ggd.session, first_cases[0], Track.MELDING, "gecorrigeerd")
    tracks.record(ggd.session, first_cases[1], Track.MELDING, "ingetrokken")
    second = ggd.export(tmp_path / "two")
    [outcome] = import_paths(registry, [second])
    assert outcome.accepted and (outcome.counts.updated, outcome.counts.withdrawn) == (1, 1)
    _tables, streams = compute(records(registry))
    assert statistics(registry) == (_tables, streams)
    assert streams[2026]["meldingen"] == 2
    [again] = import_paths(registry, [first])
    assert not again.accepted and "herhaalde batch" in again.message
    assert _rows(registry, "SELECT count(*) FROM received_batches") == [(2,)]


def test_gaps_are_reported_and_unknown_or_revoked_senders_refused(
    registry: Session, field_factory: Any, tmp_path: Path
) -> None:
    ggd = field_factory("GGD Oost")
    ggd.case("RO")
    lost = ggd.export(tmp_path / "lost")
    [unknown] = import_paths(registry, [lost])
    assert not unknown.accepted and "niet bekend" in unknown.message
    sender = keys.trust(registry, ggd.public_text, "GGD Oost")
    ggd.case("RO")
    later = ggd.export(tmp_path / "later")
    [with_gap] = import_paths(registry, [later])
    assert with_gap.accepted and with_gap.gap == 1 and "ontbreken" in with_gap.message
    keys.revoke(registry, sender.key_id)
    ggd.case("RO")
    [revoked] = import_paths(registry, [ggd.export(tmp_path / "revoked")])
    assert not revoked.accepted and "ingetrokken" in revoked.message


def test_field_vault_is_not_a_registry(field_factory: Any, tmp_path: Path) -> None:
    from app.registry.importer import import_file

    ggd = field_factory("GGD West")
    outcome = import_file(ggd.session, tmp_path / "x.signaal.age")
    assert not outcome.accepted and "geen register" in outcome.message
