"""Registry figures at national scale: importing 100,000 meldingen (1,200 batches from 20 organisations,
made by the synthetic generator) and the statistics over them."""

from __future__ import annotations

import time
from pathlib import Path

from app.core.settings import OrgType
from app.demo.batches import generate
from app.registry import keys
from app.registry.importer import find_batches, import_paths
from app.registry.stats_query import statistics
from tests.bench.conftest import new_vault, record


def test_import_and_statistics_of_100000_meldingen(bench_dir: Path) -> None:
    session = new_vault(bench_dir / "register", org_type=OrgType.REGISTRY)
    registry = keys.create(session)
    started = time.perf_counter()
    summary = generate(bench_dir / "demo", registry.recipient, orgs=20, meldingen=100_000, years=5, seed=1)
    record("generate 100,000 meldingen (setup)", time.perf_counter() - started, "s", None)
    for public in sorted((bench_dir / "demo" / "keys").glob("*.pub")):
        keys.trust(session, public.read_text(), public.stem)
    batches = find_batches([bench_dir / "demo" / "batches"])
    started = time.perf_counter()
    outcomes = import_paths(session, batches)
    record("registry import 100,000 meldingen", time.perf_counter() - started, "s", 30)
    assert all(o.accepted for o in outcomes) and len(outcomes) == summary.batches
    started = time.perf_counter()
    tables, streams = statistics(session)
    record("statistics over 100,000 meldingen", time.perf_counter() - started, "s", 1)
    assert sum(s["meldingen"] for s in streams.values()) == 100_000 and tables
    session.lock()
