"""Our signing and encryption against the stock tools on the same bytes: a signature on the content, age
encryption of it, a signature on the result (what a batch carries), in process versus ``minisign`` + ``age``
as command-line programs. Packing a whole batch is reported alongside."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.batch.schema import Basis, Facts, Melding, Status
from app.crypto.age import encrypt, generate_identity
from app.crypto.minisign import SecretKey
from app.export.seal import pack
from tests.bench.conftest import record, timed


def _meldingen(count: int) -> list[Melding]:
    facts = Facts(
        "2026-03",
        "24-30",
        "v",
        "RO",
        "prostitutie",
        ("SU",),
        "nee",
        "gedaan",
        "aangeboden",
        "ja",
        "ja",
        "sterke_signalen",
        "ggd_intake",
        "core@2026.11,ggd_intake@2026.11",
    )
    return [Melding(str(uuid.UUID(int=n + 1, version=4)), Status.NEW, Basis.ANONYMOUS, facts) for n in range(count)]


@pytest.mark.skipif(not (shutil.which("age") and shutil.which("minisign")), reason="needs Debian's age and minisign")
def test_export_against_age_and_minisign(bench_dir: Path) -> None:
    meldingen = _meldingen(10_000)
    _identity, recipient = generate_identity()
    key = SecretKey.generate()
    whole = timed(
        lambda: pack(
            meldingen,
            key=key,
            org_id="bench",
            sequence=1,
            batch_id=str(uuid.uuid4()),
            created=datetime(2026, 3, 7, tzinfo=UTC),
            recipient=recipient,
            form_versions=[],
        ),
        3,
    )
    record("pack a batch of 10,000 (JSON, zip, sign, encrypt)", whole * 1000, "ms", None)
    data = b"".join(m.line() for m in meldingen)
    content = bench_dir / "meldingen.jsonl"
    content.write_bytes(data)
    subprocess.run(
        ["minisign", "-G", "-W", "-f", "-p", str(bench_dir / "k.pub"), "-s", str(bench_dir / "k.key")],
        check=True,
        capture_output=True,
    )

    def ours() -> None:
        key.sign(data, "bench")
        key.sign(encrypt(data, [recipient]), "bench")

    def stock() -> None:
        sign = ["minisign", "-S", "-s", str(bench_dir / "k.key"), "-m"]
        subprocess.run([*sign, str(content)], check=True, capture_output=True)
        subprocess.run(["age", "-r", recipient, "-o", str(bench_dir / "out.age"), str(content)], check=True)
        subprocess.run([*sign, str(bench_dir / "out.age")], check=True, capture_output=True)

    mine, theirs = timed(ours, 3), timed(stock, 3)
    record(f"sign+encrypt+sign {len(data) // 1024} KiB: ours / age+minisign", mine / theirs, "×", 2)
