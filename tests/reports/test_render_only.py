"""app/reports only renders: plain data in, PDF bytes out. It reads no vault, registry or export."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app_imports import app_imports

REPORTS = Path(__file__).resolve().parents[2] / "app" / "reports"
ALLOWED = ("app.core", "app.locale", "app.resources", "app.reports", "app.batch")


def _allowed(name: str) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in ALLOWED)


@pytest.mark.parametrize("path", sorted(REPORTS.rglob("*.py")), ids=lambda p: p.name)
def test_reports_import_only_data_and_rendering(path: Path) -> None:
    # "from app import locale" names the package app itself
    found = sorted(n for n in app_imports(path) if n != "app" and not _allowed(n))
    assert not found, f"app/reports/{path.name} imports {found}; pass plain data in instead"
