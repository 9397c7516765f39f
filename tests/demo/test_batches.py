"""The synthetic batch generator: keys and signed, encrypted batches a registry accepts, counts as promised,
the same data for the same seed; and statistics records without batches."""

from __future__ import annotations

from pathlib import Path

from app.core.registry_stats import compute
from app.crypto.age import generate_identity
from app.crypto.minisign import parse_public_key
from app.demo.batches import generate, sample_records
from app.registry.verify import open_batch


def test_generated_batches_open_with_the_registry_identity(tmp_path: Path) -> None:
    identity, recipient = generate_identity()
    summary = generate(tmp_path, recipient, orgs=2, meldingen=60, years=1, seed=4, end=(2026, 6))
    pubs = sorted((tmp_path / "keys").glob("*.pub"))
    batches = sorted((tmp_path / "batches").glob("*.signaal.age"))
    assert (summary.orgs, summary.meldingen, len(pubs)) == (2, 60, 2)
    assert summary.batches == len(batches) == len(list((tmp_path / "batches").glob("*.minisig")))
    keys = {pub.stem: parse_public_key(pub.read_text()) for pub in pubs}
    opened = 0
    for batch in batches:
        org = next(name for name in keys if batch.name.startswith(name))
        signature = batch.with_name(batch.name + ".minisig").read_text("ascii")
        contents = open_batch(batch.read_bytes(), signature, keys[org], identity=identity, recipient=recipient)
        opened += len(contents.meldingen)
    assert opened == 60


def test_the_same_seed_gives_the_same_summary(tmp_path: Path) -> None:
    _identity, recipient = generate_identity()
    first = generate(tmp_path / "a", recipient, orgs=3, meldingen=200, years=2, seed=9, end=(2026, 6))
    again = generate(tmp_path / "b", recipient, orgs=3, meldingen=200, years=2, seed=9, end=(2026, 6))
    assert first == again and first.consent > 0


def test_sample_records_spread_over_the_years() -> None:
    records = sample_records(90)
    assert len(records) == 90 and {r.year for r in records} == {2024, 2025, 2026}
    assert records == sample_records(90)
    _tables, streams = compute(records)
    assert sum(s["meldingen"] for s in streams.values()) == 90
