"""``signaal forms``, ``signaal case`` and the scriptable ``signaal interview``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.core.settings import OrgType
from app.core.tracks import Track
from app.export.build import build_drafts
from app.forms_loader import load_checklists
from app.vault.lifecycle import PassphraseCredentials, unlock
from app.vault.paths import VaultPaths
from app.vault.repos import cases, interviews, tracks
from app.workflows import interview as interview_actions
from tests.commands.test_cli import ADMIN_PASS, _login, init_vault, run
from tests.conftest import FixedClock, secret


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return init_vault(tmp_path / "kluis", "--prefix", "GN")


def test_forms_list_and_check() -> None:
    code, out, _ = run("forms", "list")
    assert code == 0 and [line.split(":")[0] for line in out.splitlines()] == ["coa", "dtv", "ggd_intake", "health"]
    code, out, _ = run("forms", "check")
    assert code == 0 and out.startswith("In orde: 6 modules")


def test_forms_check_reports_a_broken_form(tmp_path: Path) -> None:
    (tmp_path / "core.yaml").write_text('module: core\nversion: "1"\ntitle: t\nitems:\n  - {id: CORE-01, text: x}\n')
    code, _out, err = run("forms", "check", "--dir", str(tmp_path))
    assert code == 1 and "forms/core.yaml: item CORE-01" in err


def test_scripted_interview_stores_and_prints_the_assessment(home: Path, tmp_path: Path) -> None:
    code, out, _ = _login(home, "case", "new", "--nationality", "ro", "--birth-year", "2001")
    assert code == 0 and re.fullmatch(r"GN-\d{4}-0001", out.strip())
    case_code = out.strip()
    answers = tmp_path / "a.yaml"
    answers.write_text(
        "language: ro\ninterpreter: true\nanswers:\n  CORE-01: reported\n  GGD-02: observed\n"
        "  CORE-12: reported\n  GGD-05: reported\n  GGD-T1: [anders]\n  GGD-T6: 14\n"
    )
    code, out, err = _login(home, "interview", "--case", case_code, "--form", "ggd_intake", "--answers", str(answers))
    assert code == 0, err
    assert "Beoordeling:\n  sterke signalen" in out
    assert re.search(r"seksuele uitbuiting: GGD-02 \w[^(]*\(sterk, ja – waargenomen\), GGD-05 \w[^(]*\(middel", out)
    assert "politie" in out and "bedenktijd" in out and "Signalering → signalen vastgelegd" in out
    with unlock(VaultPaths(home), PassphraseCredentials("anna", secret(ADMIN_PASS)), FixedClock()) as session:
        case = cases.by_code(session, case_code)
        [interview] = interviews.for_case(session, case.id)
        stored = interviews.answers(session, interview.id)
        assert interview.finished_at is not None and interview.language == "ro" and interview.interpreter_used
        assert stored["GGD-T6"].value == 14 and stored["GGD-T1"].value == ["anders"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("answers:\n  CORE-01: misschien\n", "Antwoord op CORE-01 past niet"),
        ("answers:\n  XYZ-01: observed\n", "Onbekende items"),
        ("antwoorden: {}\n", "answers"),
        ("answers: [\n", "geen geldige YAML"),
        ('answers:\n  GGD-T3A: "yes"\n', "niet gevraagd"),
    ],
)
def test_bad_answers_files_are_explained(home: Path, tmp_path: Path, content: str, message: str) -> None:
    case_code = _login(home, "case", "new")[1].strip()
    answers = tmp_path / "a.yaml"
    answers.write_text(content)
    code, _out, err = _login(home, "interview", "--case", case_code, "--form", "ggd_intake", "--answers", str(answers))
    assert code == 1 and message in err


def test_unknown_case_and_checklist(home: Path, tmp_path: Path) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("answers: {}\n")
    assert (
        "Niet gevonden"
        in _login(home, "interview", "--case", "GN-2020-0001", "--form", "ggd_intake", "--answers", str(answers))[2]
    )
    assert (
        "beschikbaar"
        in _login(home, "interview", "--case", "GN-2020-0001", "--form", "kapper", "--answers", str(answers))[2]
    )


def test_case_show(home: Path) -> None:
    case_code = _login(home, "case", "new")[1].strip()
    code, out, _ = _login(home, "case", "show", case_code)
    assert code == 0 and "Signalering: nieuw" in out


def test_interview_correct_changes_one_answer_with_a_reason(home: Path, tmp_path: Path) -> None:
    case_code = _login(home, "case", "new")[1].strip()
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  CORE-01: reported\n")
    assert _login(home, "interview", "--case", case_code, "--form", "ggd_intake", "--answers", str(answers))[0] == 0
    refused = _login(home, "interview", "correct", "--case", case_code, "--item", "CORE-01", "--value", "no")
    assert refused[0] != 0 and "--why" in refused[2]
    code, out, err = _login(
        home,
        "interview",
        "correct",
        "--case",
        case_code,
        "--item",
        "CORE-01",
        "--value",
        "no",
        "--why",
        "verkeerde_toets",
    )
    assert code == 0, err
    assert "Gecorrigeerd" in out
    with unlock(VaultPaths(home), PassphraseCredentials("anna", secret(ADMIN_PASS)), FixedClock()) as session:
        [interview] = interviews.for_case(session, cases.by_code(session, case_code).id)
        assert interviews.answers(session, interview.id)["CORE-01"].value == "no"


def test_forms_diff_shows_what_changed() -> None:
    code, out, _err = run("forms", "diff", "2026.11", "2026.12", "--checklist", "dtv")
    assert code == 0 and "core@2026.11,dtv@2026.11 → core@2026.12,dtv@2026.12" in out
    assert re.search(r"gesplitst\s+DTV-01\s+→ CORE-01, CORE-02, CORE-03", out)
    code, _out, err = run("forms", "diff", "2026.11", "2030.01")
    assert code != 0 and "2030.01" in err


def test_json_output_names_level_facts_and_route_steps(home: Path, tmp_path: Path) -> None:
    case_code = _login(home, "case", "new", "--nationality", "RO", "--birth-year", "2000")[1].strip()
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  CORE-01: reported\n  GGD-02: observed\n  CORE-12: reported\n")
    code, out, err = _login(
        home, "interview", "--case", case_code, "--form", "ggd_intake", "--answers", str(answers), "--json"
    )
    assert code == 0, err
    result = json.loads(out)
    assert result["case"] == case_code and result["level"] in ("signalen_aanwezig", "sterke_signalen")
    assert result["reason_facts"] and all(isinstance(f, str) for f in result["reason_facts"])
    assert result["route"]["steps"] and all("id" in step for step in result["route"]["steps"])


STRONG = "answers:\n  CORE-01: reported\n  GGD-02: observed\n  CORE-12: reported\n  GGD-05: reported\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (STRONG.encode() + b"  XYZ-99: observed\n", "Onbekende items"),
        (b'answers:\n  CORE-01: observed\n  GGD-T7: "caf\xe9"\n', "geen UTF-8"),
        (STRONG.encode() + b"  GGD-T0: 2025-02-30\n", "GGD-T0"),
        (STRONG.encode() + b"  GGD-T6: veertien\n", "GGD-T6"),
    ],
    ids=["unknown-item", "not-utf8", "impossible-date", "wrong-type"],
)
def test_a_rejected_interview_creates_nothing_and_the_melding_keeps_its_level(
    home: Path, tmp_path: Path, content: bytes, message: str
) -> None:
    """Issue 17, point 8: a rejected ``signaal interview`` left an empty unfinished interview that became the
    case's latest and turned the next melding from sterke_signalen into geen_signalen."""
    case_code = _login(home, "case", "new", "--nationality", "ro")[1].strip()
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(STRONG)
    bad.write_bytes(content)
    assert _login(home, "interview", "--case", case_code, "--form", "ggd_intake", "--answers", str(good))[0] == 0
    code, _out, err = _login(home, "interview", "--case", case_code, "--form", "ggd_intake", "--answers", str(bad))
    assert code == 1 and message in err and "Traceback" not in err
    with unlock(VaultPaths(home), PassphraseCredentials("anna", secret(ADMIN_PASS)), FixedClock()) as session:
        case = cases.by_code(session, case_code)
        assert len(interviews.for_case(session, case.id)) == 1
        tracks.record(session, case.id, Track.MELDING, "concept")
        [draft] = build_drafts(session, load_checklists(), OrgType.GGD_INTAKE)
        assert draft.melding.facts is not None and draft.melding.facts.signal_level == "sterke_signalen"


def test_export_uses_the_latest_finished_interview(home: Path, tmp_path: Path) -> None:
    case_code = _login(home, "case", "new", "--nationality", "ro")[1].strip()
    good = tmp_path / "good.yaml"
    good.write_text(STRONG)
    assert _login(home, "interview", "--case", case_code, "--form", "ggd_intake", "--answers", str(good))[0] == 0
    with unlock(VaultPaths(home), PassphraseCredentials("anna", secret(ADMIN_PASS)), FixedClock()) as session:
        case = cases.by_code(session, case_code)
        interview_actions.start(session, case.id, load_checklists()["ggd_intake"])  # open, nothing answered
        tracks.record(session, case.id, Track.MELDING, "concept")
        [draft] = build_drafts(session, load_checklists(), OrgType.GGD_INTAKE)
        assert draft.melding.facts is not None and draft.melding.facts.signal_level == "sterke_signalen"


def test_interview_move_says_what_happened_to_each_answer(home: Path) -> None:
    from app.forms_loader import load_checklists_at

    case_code = _login(home, "case", "new")[1].strip()
    old = load_checklists_at("2026.11")["ggd_intake"]
    with unlock(VaultPaths(home), PassphraseCredentials("anna", secret(ADMIN_PASS)), FixedClock()) as session:
        case = cases.by_code(session, case_code)
        interview = interview_actions.start(session, case.id, old)
        interview_actions.answer(session, old, interview.id, "CORE-01", "reported")
    code, out, err = _login(home, "interview", "move", "--case", case_code)
    assert code == 0, err
    assert "verplaatst naar" in out and "1 antwoord overgenomen" in out
    assert _login(home, "interview", "move", "--case", case_code)[0] != 0  # nothing open on an old version
