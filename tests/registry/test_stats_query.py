"""The fast statistics (one covering-index scan) count exactly what the in-memory tables count, at a scale
where persons recur, meldingen are corrected and some are withdrawn."""

from __future__ import annotations

from pathlib import Path

from app.core.registry_stats import compute
from app.demo.batches import generate
from app.registry import keys
from app.registry.importer import import_paths
from app.registry.stats_query import records, statistics
from app.vault.session import Session


def test_fast_statistics_equal_the_reference(registry: Session, tmp_path: Path) -> None:
    recipient = keys.load(registry).recipient
    generate(tmp_path / "demo", recipient, orgs=4, meldingen=3_000, years=3, seed=5, end=(2026, 6))
    for public in sorted((tmp_path / "demo" / "keys").glob("*.pub")):
        keys.trust(registry, public.read_text(), public.stem)
    assert all(o.accepted for o in import_paths(registry, [tmp_path / "demo" / "batches"]))
    some = [row[0] for row in registry.conn.execute("SELECT uuid FROM reg_meldingen LIMIT 40")]
    with registry.transaction():  # as a later withdrawal and a linked duplicate would leave them
        registry.conn.executemany(
            "UPDATE reg_meldingen SET status = 'withdrawn' WHERE uuid = ?", [(u,) for u in some[:20]]
        )
        registry.conn.executemany(
            "UPDATE reg_meldingen SET person_id = ? WHERE uuid = ?", [(some[20], u) for u in some[21:]]
        )
    reference = compute(records(registry))
    assert statistics(registry) == reference
    assert sum(s["meldingen"] for s in reference[1].values()) == 3_000 - 20
    assert statistics(registry)[0][0].rows  # tables are not empty


def test_every_table_filters_by_reporter_type_and_by_sender(registry: Session, tmp_path: Path) -> None:
    recipient = keys.load(registry).recipient
    generate(tmp_path / "demo", recipient, orgs=4, meldingen=1_200, years=2, seed=3, end=(2026, 6))
    for public in sorted((tmp_path / "demo" / "keys").glob("*.pub")):
        keys.trust(registry, public.read_text(), public.stem)
    assert all(o.accepted for o in import_paths(registry, [tmp_path / "demo" / "batches"]))
    everyone = statistics(registry)[1]
    types = [
        row[0]
        for row in registry.conn.execute("SELECT DISTINCT json_extract(facts, '$.melder_type') FROM reg_meldingen")
    ]
    shares = 0
    for melder in types:
        view = statistics(registry, reporter=melder)
        assert view == compute(records(registry, reporter=melder))
        assert dict(next(t for t in view[0] if t.id == "melder").rows).keys() == {melder}
        shares += sum(s["meldingen"] for s in view[1].values())
    assert shares == sum(s["meldingen"] for s in everyone.values())
    sender = keys.senders(registry)[0].key_id
    view = statistics(registry, sender=sender)
    assert view == compute(records(registry, sender=sender))
    assert 0 < sum(s["meldingen"] for s in view[1].values()) < sum(s["meldingen"] for s in everyone.values())
