"""Code lists, periods and regions of signaal-batch/1; the package stays pure."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

from app.batch.codes import AGE_BANDS, SECTOR_GROUPS, UNKNOWN, age_band, sector_group
from app.batch.period import month_of, quarter_of, year_number, year_of
from app.batch.regions import REGIONS, region_of
from app.core.regions import LABELS

BATCH = Path(__file__).resolve().parents[2] / "app" / "batch"
ALLOWED_FROM_APP = {"app.core.i18n", "app.core.errors"}


def test_age_bands() -> None:
    assert [age_band(a) for a in (None, -1, 0, 14, 15, 17, 18, 23, 24, 40, 41, 99)] == [
        UNKNOWN,
        UNKNOWN,
        "0-14",
        "0-14",
        "15-17",
        "15-17",
        "18-23",
        "18-23",
        "24-30",
        "31-40",
        "41+",
        "41+",
    ]
    assert AGE_BANDS[-1] == "41+"


def test_sector_groups_and_periods() -> None:
    assert sector_group("bouw") == "industrie_bouw_schoonmaak" and sector_group("nieuw") == "nieuw"
    assert set(SECTOR_GROUPS.values()) >= {"seksindustrie", "overig"}
    assert month_of(date(2026, 3, 5)) == "2026-03"
    assert [quarter_of(p) for p in ("2026-03", "2026-12", "2026-Q2", "2026")] == [
        "2026-Q1",
        "2026-Q4",
        "2026-Q2",
        "2026",
    ]
    assert year_of("2026-Q1") == "2026"
    assert [year_number(p) for p in ("2026-03", "2026", "onbekend", "", "²²²²")] == [2026, 2026, None, None, None]


def test_regions() -> None:
    assert [region_of(c) for c in ("NL", "ro", "NG", "BR", "CN", "AU", None, UNKNOWN, "EU-2004")] == [
        "NL",
        "EU-2007",
        "AFRIKA",
        "AMERIKA",
        "AZIE",
        "OCEANIE",
        UNKNOWN,
        UNKNOWN,
        "EU-2004",
    ]
    assert tuple(LABELS) == REGIONS  # every region has words


def test_the_package_is_pure() -> None:
    for path in BATCH.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        modules |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        from_app = {m for m in modules if m.split(".")[0] == "app" and not m.startswith("app.batch")}
        assert from_app <= ALLOWED_FROM_APP, path.name
        assert not modules & {"os", "pathlib", "shutil", "subprocess", "socket", "tempfile", "app.crypto"}, path.name
