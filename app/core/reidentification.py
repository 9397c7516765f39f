"""The re-identification check before export (k-anonymity over the quasi-identifiers).

Over this batch plus this vault's earlier exports, a record whose quasi-identifiers are shared by fewer
than k records is generalised step by step along the ladder (nationality → region, month → quarter,
sector → sector group, quarter → year) until its group reaches k. A record still below k is held back,
unless a coordinator overrides (audited). Consent meldingen carry a name anyway and are not generalised.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from app.batch.codes import sector_group
from app.batch.period import quarter_of, year_of
from app.batch.regions import region_of
from app.batch.schema import QUASI_IDENTIFIERS, Facts
from app.core.i18n import N_, _

DEFAULT_K = 5


@dataclass(frozen=True, slots=True)
class Step:
    field: str
    apply: Callable[[str], str]
    label: str  # Dutch msgid


LADDER: tuple[Step, ...] = (
    Step("nationality", region_of, N_("nationaliteit → regio")),
    Step("period", quarter_of, N_("maand → kwartaal")),
    Step("sector", sector_group, N_("sector → sectorgroep")),
    Step("period", year_of, N_("kwartaal → jaar")),
)


def generalise(facts: Facts, level: int) -> Facts:
    """``facts`` with the first ``level`` ladder steps applied (each step is idempotent)."""
    for step in LADDER[:level]:
        value = step.apply(getattr(facts, step.field))
        if step.field == "nationality":
            facts = replace(facts, nationality=value)
        elif step.field == "period":
            facts = replace(facts, period=value)
        else:
            facts = replace(facts, sector=value)
    return facts


def qi_key(facts: Facts) -> tuple[str, ...]:
    return tuple(getattr(facts, name) for name in QUASI_IDENTIFIERS)


@dataclass(frozen=True, slots=True)
class Decision:
    uuid: str
    level: int  # ladder steps applied
    group_size: int  # at that level, over the batch plus earlier exports
    initial_group: int  # before any generalisation
    held: bool  # still below k after every step
    facts: Facts  # as they will leave (generalised)

    @property
    def steps(self) -> tuple[str, ...]:
        return tuple(_(step.label) for step in LADDER[: self.level])

    def explain(self, k: int) -> str:
        if self.held:
            return _("Ook na alle stappen is de groep maar {n} groot (minder dan {k}): achtergehouden.").format(
                n=self.group_size, k=k
            )
        if self.level == 0:
            return _("In orde: groep van {n} (k = {k}).").format(n=self.group_size, k=k)
        return _("Groep was {first} groot (minder dan {k}); gegeneraliseerd: {steps}.").format(
            first=self.initial_group, k=k, steps=", ".join(self.steps)
        )


def _keys_per_level(facts: Facts) -> list[tuple[str, ...]]:
    """``qi_key(generalise(facts, level))`` for every level, without building the generalised records."""
    values = {name: getattr(facts, name) for name in QUASI_IDENTIFIERS}
    keys = [tuple(values[name] for name in QUASI_IDENTIFIERS)]
    for step in LADDER:
        values[step.field] = step.apply(values[step.field])
        keys.append(tuple(values[name] for name in QUASI_IDENTIFIERS))
    return keys


def check(batch: Sequence[tuple[str, Facts]], history: Sequence[Facts], k: int = DEFAULT_K) -> list[Decision]:
    """Decide, per record of ``batch``, how far to generalise it (or to hold it back)."""
    batch_keys = [_keys_per_level(facts) for _uuid, facts in batch]
    pool = batch_keys + [_keys_per_level(facts) for facts in history]
    counts = [Counter(keys[level] for keys in pool) for level in range(len(LADDER) + 1)]
    decisions = []
    for (uuid, facts), keys in zip(batch, batch_keys, strict=True):
        initial = counts[0][keys[0]]
        sizes = [counts[level][key] for level, key in enumerate(keys)]
        level = next((n for n, size in enumerate(sizes) if size >= k), len(LADDER))
        decisions.append(Decision(uuid, level, sizes[level], initial, sizes[level] < k, generalise(facts, level)))
    return decisions
