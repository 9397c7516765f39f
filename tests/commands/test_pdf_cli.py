"""``signaal pdf checklist|sheet|case``."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import pytest

from tests.commands.test_cli import _login, init_vault, run


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_paper_checklist_and_client_sheet(tmp_path: Path) -> None:
    code, out, _err = run("pdf", "checklist", "coa", "-o", str(tmp_path / "coa.pdf"))
    assert code == 0 and out.strip().endswith("coa.pdf") and "AMV-01" in _text(tmp_path / "coa.pdf")
    code, _out, _err = run("pdf", "sheet", "--lang", "ti", "-o", str(tmp_path / "ti.pdf"))
    assert code == 0 and any("\u1200" <= c <= "\u137f" for c in _text(tmp_path / "ti.pdf"))


def test_an_unknown_checklist_names_the_known_ones(tmp_path: Path) -> None:
    code, _out, err = run("pdf", "checklist", "xyz", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "coa, dtv, ggd_intake, health" in err and not (tmp_path / "x.pdf").exists()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return init_vault(tmp_path / "kluis", "--prefix", "PD")


def test_case_report_is_private_and_warns(home: Path, tmp_path: Path) -> None:
    code, out, _ = _login(home, "case", "new", "--nationality", "bg")
    case_code = out.strip()
    target = tmp_path / "rapport.pdf"
    code, _out, err = _login(home, "pdf", "case", case_code, "-o", str(target))
    assert code == 0 and "vertrouwelijke gegevens" in err
    assert f"Zaakrapport {case_code}" in _text(target) and "Bulgarije" in _text(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    code, out, _ = _login(home, "audit", "verify")
    assert code == 0
