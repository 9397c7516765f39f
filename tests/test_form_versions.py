"""Checklist versions: the current forms and the archived 2026.11 forms side by side, so an interview is
assessed against the version it was recorded with."""

from __future__ import annotations

import pytest

from app.core.assessment import Level, assess
from app.core.errors import NotFound
from app.forms_loader import (
    archived_versions,
    checklist_for_interview,
    current_version,
    load_checklists,
    load_checklists_at,
    load_routes_at,
    version_of,
)


def test_current_and_archived_versions() -> None:
    assert current_version() == "2026.12" and archived_versions() == ["2026.11"]
    assert load_routes_at("2026.11").version == "2026.11"
    old, new = load_checklists_at("2026.11")["ggd_intake"], load_checklists()["ggd_intake"]
    assert old.version == "core@2026.11,ggd_intake@2026.11" and new.version == "core@2026.12,ggd_intake@2026.12"
    assert old.content_hash != new.content_hash


def test_an_interview_gets_the_checklist_of_its_own_version() -> None:
    old = checklist_for_interview("coa", "core@2026.11,coa@2026.11,amv@2026.11")
    assert old.has("CORE-14") and not old.has("CORE-AGE") and old.rule == "2026.11"
    assert checklist_for_interview("coa", "core@2026.12,coa@2026.12,amv@2026.12").has("CORE-AGE")
    with pytest.raises(NotFound):
        checklist_for_interview("coa", "core@2025.01,coa@2025.01")
    with pytest.raises(NotFound):
        version_of("core@2026.11,coa@2026.12")


def test_a_recorded_2026_11_interview_keeps_its_assessment() -> None:
    """A 15-year-old (CORE-14) with one medium control signal: 'sterke signalen' under 2026.11, as recorded."""
    old = checklist_for_interview("health", "core@2026.11,health@2026.11")
    answers = {"CORE-14": "observed", "GZ-04": "reported"}
    assert assess(old, answers).level is Level.STERK
    assert assess(old, {}).level is Level.GEEN  # 2026.11 had no 'onvolledig'
