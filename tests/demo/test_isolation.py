"""Demo data stays out of production: no production layer imports app.demo (it sits above them all)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app_imports import app_imports

APP = Path(__file__).resolve().parents[2] / "app"
PRODUCTION = ("core", "crypto", "vault", "export", "registry", "reports", "workflows", "batch")


def _production_modules() -> list[Path]:
    return sorted(p for layer in PRODUCTION for p in (APP / layer).rglob("*.py"))


def test_the_rule_sees_every_way_of_importing(tmp_path: Path) -> None:
    offender = tmp_path / "x.py"
    offender.write_text("import app.demo.case\nfrom app import demo\nfrom app.demo.batches import generate\n")
    assert {"app.demo.case", "app.demo", "app.demo.batches"} <= app_imports(offender)


@pytest.mark.parametrize("path", _production_modules(), ids=lambda p: p.relative_to(APP.parent).as_posix())
def test_production_code_does_not_import_demo_data(path: Path) -> None:
    demo = sorted(n for n in app_imports(path) if n == "app.demo" or n.startswith("app.demo."))
    assert not demo, f"{path.relative_to(APP.parent)} imports {demo}; demo data lives in app/demo for callers above"
