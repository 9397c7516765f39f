"""Synthetic batches at national scale, for tests, demos and benchmarks. Everything is made up:
invented organisations, random combinations of common first and family names, no real people."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.batch.codes import AGE_BANDS
from app.batch.schema import Basis, Facts, Melding, Person, Status
from app.core.registry_stats import Record
from app.crypto.minisign import SecretKey
from app.export.seal import pack  # the demo plays the senders: it seals batches as an exporter would

ORG_TYPES = (("ggd_intake", 0.25), ("coa", 0.25), ("dtv", 0.15), ("health", 0.35))
NATIONALITIES = (
    ("NL", 30),
    ("RO", 9),
    ("BG", 7),
    ("HU", 5),
    ("PL", 4),
    ("NG", 8),
    ("ER", 4),
    ("UG", 3),
    ("CN", 3),
    ("IN", 2),
    ("PH", 2),
    ("UA", 3),
    ("SY", 2),
    ("BR", 2),
    ("VN", 2),
    ("MA", 2),
    ("onbekend", 12),
)
FORMS = ((("SU",), 55), (("AU",), 22), (("CU",), 8), (("GD",), 7), (("SU", "AU"), 3), (("OV",), 1), ((), 4))
SECTOR_BY_FORM = {
    "SU": ["prostitutie"],
    "AU": [
        "land_tuinbouw",
        "horeca",
        "bouw",
        "schoonmaak",
        "transport",
        "binnenvaart",
        "voedselverwerking",
        "huishoudelijk",
    ],
    "CU": ["criminaliteit"],
    "GD": ["bedelen", "huishoudelijk"],
    "OV": ["anders"],
}
GIVEN = (
    "Ana",
    "Maria",
    "Ioana",
    "Elena",
    "Joy",
    "Blessing",
    "Mercy",
    "Fatima",
    "Aisha",
    "Lin",
    "Mei",
    "Olga",
    "Iryna",
    "Sofia",
    "Emma",
    "Lisa",
    "Eva",
    "Daniel",
    "Mihai",
    "Ivan",
    "Ahmed",
    "Yonas",
    "Samuel",
    "Tomasz",
    "Kasia",
)
FAMILY = (
    "Popescu",
    "Ionescu",
    "Petrova",
    "Dimitrova",
    "Nagy",
    "Kovacs",
    "Nowak",
    "Kowalska",
    "Okafor",
    "Eze",
    "Adeyemi",
    "Tesfaye",
    "Bekele",
    "Wang",
    "Li",
    "Shevchenko",
    "Kovalenko",
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Haile",
    "Mensah",
    "Santos",
    "Nguyen",
)


@dataclass(frozen=True, slots=True)
class DemoOrg:
    org_id: str
    org_type: str
    key: SecretKey


@dataclass
class DemoSummary:
    orgs: int = 0
    batches: int = 0
    meldingen: int = 0
    consent: int = 0
    repeated_persons: int = 0


def _pick(rng: random.Random, table: tuple[tuple[object, int | float], ...]) -> object:
    values, weights = zip(*table, strict=True)
    return rng.choices(values, weights=weights)[0]


def _facts(rng: random.Random, org_type: str, year: int, month: int) -> Facts:
    forms = _pick(rng, FORMS)
    assert isinstance(forms, tuple)
    sector = rng.choice(SECTOR_BY_FORM[forms[0]]) if forms else "onbekend"
    age = rng.choices([*AGE_BANDS, "onbekend"], weights=[4, 11, 30, 25, 15, 8, 7])[0]
    return Facts(
        period=f"{year:04d}-{month:02d}",
        age_band=age,
        gender=rng.choices(["v", "m", "x", "onbekend"], [74, 23, 1, 2])[0],
        nationality=str(_pick(rng, NATIONALITIES)),
        sector=sector,
        forms=forms,
        minor="ja" if age in ("0-14", "15-17") else ("onbekend" if age == "onbekend" else "nee"),
        aangifte=rng.choices(["gedaan", "anderszins", "niet", "onbekend"], [38, 5, 30, 27])[0],
        bedenktijd=rng.choices(["aangeboden", "niet_aangeboden", "nvt", "onbekend"], [40, 10, 25, 25])[0],
        shelter_need=rng.choices(["ja", "nee", "onbekend"], [35, 30, 35])[0],
        interpreter=rng.choice(["ja", "nee"]),
        signal_level=rng.choice(["signalen_aanwezig", "sterke_signalen"]),
        melder_type=org_type,
        checklist_version=f"core@2026.11,{org_type}@2026.11",
    )


def _person(rng: random.Random, earlier: list[Person]) -> tuple[Person, bool]:
    if earlier and rng.random() < 0.03:  # the same person reported again, sometimes spelled or dated differently
        seen = rng.choice(earlier)
        family, birth = seen.family_name, seen.date_of_birth
        if rng.random() < 0.3 and len(family) > 3:
            family = family[:-1]
        if rng.random() < 0.2 and birth and int(birth[8:]) <= 12:
            birth = f"{birth[:5]}{birth[8:]}-{birth[5:7]}"
        return Person(seen.given_names, family, birth, ""), True
    birth = f"{rng.randint(1960, 2010)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return Person(rng.choice(GIVEN), rng.choice(FAMILY), birth, ""), False


def generate(
    out: Path,
    recipient: str,
    *,
    orgs: int = 20,
    meldingen: int = 100_000,
    years: int = 5,
    seed: int = 1,
    end: tuple[int, int] | None = None,
    progress: Callable[[int, int], None] = lambda _d, _t: None,
) -> DemoSummary:
    """Write ``keys/<org>.pub`` and ``batches/*.signaal.age(.minisig)`` under ``out``."""
    rng = random.Random(seed)
    today = datetime.now(UTC)
    end_year, end_month = end or (today.year, today.month)
    (out / "keys").mkdir(parents=True, exist_ok=True)
    (out / "batches").mkdir(parents=True, exist_ok=True)
    organisations = []
    for n in range(orgs):
        org_type = str(_pick(rng, ORG_TYPES))
        key = SecretKey(rng.randbytes(8), rng.randbytes(32))
        organisation = DemoOrg(f"demo-{org_type.replace('_', '-')}-{n + 1:02d}", org_type, key)
        (out / "keys" / f"{organisation.org_id}.pub").write_text(key.public().to_text())
        organisations.append(organisation)
    last = end_year * 12 + end_month - 1
    months = [(index // 12, index % 12 + 1) for index in range(last - years * 12 + 1, last + 1)]
    slots = orgs * len(months)
    base, extra = divmod(meldingen, slots)
    summary, earlier = DemoSummary(orgs=orgs), list[Person]()
    slot = 0
    for step, (year, month) in enumerate(months):
        progress(step, len(months))
        for sequence_org in organisations:
            batch = []
            size = base + (1 if slot < extra else 0)
            slot += 1
            for _ in range(size):
                facts = _facts(rng, sequence_org.org_type, year, month)
                person, repeated = _person(rng, earlier) if rng.random() < 0.3 else (None, False)
                basis = Basis.CONSENT if person else Basis.ANONYMOUS
                batch.append(
                    Melding(str(uuid.UUID(int=rng.getrandbits(128), version=4)), Status.NEW, basis, facts, person)
                )
                if person is not None:
                    earlier.append(person)
                    summary.consent += 1
                    summary.repeated_persons += repeated
            if not batch:
                continue
            created = datetime(year, month, 1, 12, 0, tzinfo=UTC)
            files = pack(
                batch,
                key=sequence_org.key,
                org_id=sequence_org.org_id,
                sequence=step + 1,
                batch_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                created=created,
                recipient=recipient,
                form_versions=[],
            )
            (out / "batches" / files.name).write_bytes(files.encrypted)
            (out / "batches" / files.sig_name).write_bytes(files.outer_sig)
            summary.batches += 1
            summary.meldingen += len(batch)
    progress(len(months), len(months))
    return summary


def sample_records(count: int, years: tuple[int, ...] = (2024, 2025, 2026), seed: int = 1) -> list[Record]:
    """Statistics records straight from the generator (no batches), for report previews and the self-test."""
    rng = random.Random(seed)
    records = []
    for n in range(count):
        year = years[n % len(years)]
        facts = _facts(rng, str(_pick(rng, ORG_TYPES)), year, rng.randint(1, 12))
        basis = Basis.CONSENT if rng.random() < 0.3 else Basis.ANONYMOUS
        records.append(Record(year, f"person-{n}", basis, facts))
    return records
