"""Anonymisation figures (issue 16): on the seed-calibrated 2011 set (tests/data/seed002.py), the share of
anonymous meldingen held back and the information loss, monthly and yearly, the old ladder next to the
lattice search; and the time to check 10,000 meldingen. A held-back melding waits for the next export (as in
the app); "never sent" is what is still waiting after the last export of 2011."""

from __future__ import annotations

import random

import pytest

from app.core.reidentification import check
from tests.bench import old_ladder
from tests.bench.conftest import record, timed
from tests.core.test_anonymisation_seed import new_check
from tests.data.seed002 import comensha, export_year, population

POPULATION = population()


@pytest.mark.parametrize("name", ["DT&V", "IOM", "CoMensha"])
@pytest.mark.parametrize("monthly", [False, True], ids=["yearly", "monthly"])
def test_held_back_and_information_loss(name: str, monthly: bool) -> None:
    cadence = "monthly" if monthly else "yearly"
    orgs = POPULATION[name]
    old = export_year(orgs, old_ladder.check, monthly=monthly)
    new = export_year(orgs, new_check, monthly=monthly)
    total = new.total
    record(
        f"{name} {cadence}: never sent in 2011, old ladder ({old.held_at_end}/{total})", 100 * old.held_share, "%", None
    )
    limit = 10.0 if monthly else 5.0
    record(
        f"{name} {cadence}: never sent in 2011, lattice ({new.held_at_end}/{total})", 100 * new.held_share, "%", limit
    )
    if monthly:  # held back at least once (sent in a later month, or never)
        for label, result in (("old ladder", old), ("lattice", new)):
            late = result.delayed + result.held_at_end
            record(f"{name} monthly: held back in its own month, {label} ({late})", 100 * late / total, "%", None)
    record(f"{name} {cadence}: information loss, old ladder", 100 * old.mean_loss, "%", None)
    record(f"{name} {cadence}: information loss, lattice", 100 * new.mean_loss, "%", None)


def test_checking_10000_meldingen() -> None:
    batch = comensha(random.Random(10_000), 10_000, 1)[0].records
    history = [facts for _uuid, facts in comensha(random.Random(9_999), 2_000, 1)[0].records]
    record("re-identification check, 10,000 meldingen", timed(lambda: check(batch, history, 5), 3), "s", 1.0)
