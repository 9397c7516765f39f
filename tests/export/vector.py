"""The signaal-batch/1 test vector: fixed keys and input (TEST ONLY, never used for real data)."""

from __future__ import annotations

from datetime import UTC, datetime

from app.batch.schema import Basis, Facts, Melding, Person, Status
from app.crypto.minisign import SecretKey

FOLDER = "tests/data/kat/batch-v1"
ORG_KEY = SecretKey(bytes.fromhex("0102030405060708"), bytes(range(32)))  # TEST ONLY
REGISTRY_IDENTITY = "AGE-SECRET-KEY-1GQ9778VQXMMJVE8SK7J6VT8UJ4HDQAJUVSFCWCM02D8GEWQ72PVQ2Y5J33"  # TEST ONLY
BATCH_ID = "00000000-0000-4000-8000-000000000001"
CREATED = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)
SEQUENCE = 7
ORG_ID = "ggd-voorbeeld"

_FACTS = Facts(
    period="2026-03",
    age_band="18-23",
    gender="v",
    nationality="RO",
    sector="prostitutie",
    forms=("SU",),
    minor="nee",
    aangifte="onbekend",
    bedenktijd="aangeboden",
    shelter_need="ja",
    interpreter="ja",
    signal_level="sterke_signalen",
    melder_type="ggd_intake",
    checklist_version="core@2026.11,ggd_intake@2026.11",
)
MELDINGEN = [
    Melding("11111111-1111-4111-8111-111111111111", Status.NEW, Basis.ANONYMOUS, _FACTS),
    Melding(
        "22222222-2222-4222-8222-222222222222",
        Status.CORRECTION,
        Basis.CONSENT,
        _FACTS,
        Person("Zoë", "Voorbeeld", "2004-05-06", "via spreekuur"),
    ),
    Melding("33333333-3333-4333-8333-333333333333", Status.WITHDRAWN),
]
