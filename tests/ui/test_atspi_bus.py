"""Issue 18 #6: the proof on the real accessibility bus. The app runs under Xvfb with Qt's AT-SPI bridge
(``QT_ACCESSIBILITY=1``) in a private D-Bus session; a second process reads it with pyatspi, the library
Orca uses, at every step: unlock (and its error) → case → interview → answered → summary → export wizard.

Skipped, with the reason, where the system lacks xvfb-run, dbus-run-session, at-spi2-core or python3-pyatspi
(see installer/debian-packages.txt). Takes about two minutes: it reads every question of a whole interview."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"


def _missing() -> str | None:
    for tool in ("xvfb-run", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: xvfb, dbus)"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "the AT-SPI bus is not installed (Debian: at-spi2-core)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
    if probe.returncode != 0:
        return "pyatspi is not installed for /usr/bin/python3 (Debian: python3-pyatspi)"
    return None


@pytest.fixture(scope="module")
def steps(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    reason = _missing()
    if reason is not None:
        pytest.skip(f"no AT-SPI accessibility bus: {reason}")
    out = tmp_path_factory.mktemp("atspi") / "steps.json"
    env = {**os.environ, "QT_ACCESSIBILITY": "1", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb"}
    runtime = tmp_path_factory.mktemp("xdg-runtime")  # a bus socket of its own: without it, the AT-SPI bus lives
    runtime.chmod(0o700)  # at ~/.cache/at-spi/bus, shared with any other run on the machine
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env.pop("DISPLAY", None)
    start_bus = f'{SYSTEM_PYTHON} -c "import pyatspi; pyatspi.Registry.getDesktop(0)"'  # the a11y bus is up first
    walk = f'"{sys.executable}" -m tests.ui.atspi_walk "{out}"'
    command = ["dbus-run-session", "--", "xvfb-run", "-a", "sh", "-c", f"{start_bus} && {walk}"]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0 and out.exists(), done.stderr[-3000:]
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def _nodes(steps: dict[str, Any], step: str) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = steps[step]["nodes"]
    assert nodes, f"nothing of the app on the bus at {step}: {steps[step].get('reader_errors', '')}"
    return nodes


def _heard(nodes: list[dict[str, Any]]) -> str:
    return "\n".join(f"{n['name']}\n{n['description']}" for n in nodes)


@pytest.mark.parametrize(
    "step", ["unlock", "case", "interview", "answered", "summary", "export_select", "export_check"]
)
def test_every_control_has_a_name(steps: dict[str, Any], step: str) -> None:
    # an empty table cell is empty content, not a control; a focusable filler is a page container (known limit)
    skip = {"table cell", "filler"}
    unnamed = [n for n in _nodes(steps, step) if n["focusable"] and not n["name"].strip() and n["role"] not in skip]
    assert unnamed == []


def test_the_unlock_error_is_read(steps: dict[str, Any]) -> None:
    nodes = _nodes(steps, "unlock_error")
    message = steps["unlock_error"]["expected"]["message"]
    assert any(n["role"] == "label" and n["name"] == message for n in nodes)


@pytest.mark.parametrize("step", ["interview", "answered"])
def test_the_question_is_read(steps: dict[str, Any], step: str) -> None:
    question = steps[step]["expected"]["question"]
    assert {"role": "label", "name": question, "description": "Signaal of vraag"}.items() <= next(
        n for n in _nodes(steps, step) if n["name"] == question
    ).items()


def test_answer_options_are_read_with_their_keys(steps: dict[str, Any]) -> None:
    options = [n for n in _nodes(steps, "answered") if n["description"].startswith("toets ")]
    names = {n["name"]: n["description"] for n in options}
    assert names.get("Ja – waargenomen") == "toets W" and names.get("Nee") == "toets N", names
    assert {"toets ?", "toets X", "toets -"} <= set(names.values())


def test_the_level_and_reasons_are_read(steps: dict[str, Any]) -> None:
    nodes = _nodes(steps, "answered")
    level = steps["answered"]["expected"]["level"]
    assert any(n["name"] == level and n["description"] == "Niveau" for n in nodes)
    reasons = next(n for n in nodes if n["description"] == "Toelichting bij de beoordeling")
    assert reasons["name"].startswith("Waarom\n") and "CORE-" in reasons["name"] and "Route" in reasons["name"]


def test_the_summary_reads_level_and_route(steps: dict[str, Any]) -> None:
    body = next(n for n in _nodes(steps, "summary") if n["description"] == "Samenvatting en route")
    assert steps["summary"]["expected"]["level"] in body["name"] and "\nRoute\n" in body["name"]


def test_shortcuts_are_read(steps: dict[str, Any]) -> None:
    heard = _heard(_nodes(steps, "answered"))
    for key in ("Ctrl+L", "Ctrl+E", "Ctrl+,", "F1", "F11", "Ctrl+Enter", "Esc"):
        assert key in heard, key
    wizard = {n["name"]: n["keys"] for n in _nodes(steps, "export_select") if n["role"] == "push button"}
    assert "Alt+V" in wizard.get("Volgende >", ""), wizard


def test_the_export_check_is_read(steps: dict[str, Any]) -> None:
    summary = steps["export_check"]["expected"]["summary"]
    assert summary in _heard(_nodes(steps, "export_check"))


def test_a_full_interview_is_read_question_by_question(steps: dict[str, Any]) -> None:
    """Issue 18, done when: a screen reader's walk through a full GG&GD interview reads every question, every
    answer option with its key and the live level."""
    questions = steps["full"]["nodes"][0]["questions"]
    assert len(questions) > 40  # the whole checklist, not a sample
    unheard = [q["id"] for q in questions if not (q["question_heard"] and q["keys_heard"] and q["level_heard"])]
    assert unheard == []
