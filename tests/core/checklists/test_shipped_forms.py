"""Every shipped checklist loads, and every item is grounded in a source."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from app.core.checklists.model import AnswerType, Checklist, ExploitationForm
from app.core.checklists.parse import FormError
from app.core.settings import OrgType
from app.forms_loader import checklist_for, forms_dir, load_checklists, load_modules, load_routes


@pytest.fixture(scope="module")
def checklists() -> dict[str, Checklist]:
    return load_checklists()


def test_every_organisation_type_has_a_checklist(checklists: dict[str, Checklist]) -> None:
    assert sorted(checklists) == sorted(t.value for t in OrgType.field_types())
    for org_type in OrgType.field_types():
        assert checklist_for(org_type).id == org_type.value


def test_coa_includes_the_amv_submodule(checklists: dict[str, Checklist]) -> None:
    assert [m.id for m in checklists["coa"].modules] == ["core", "coa", "amv"]


def test_every_item_and_opening_question_has_a_source() -> None:
    for module in load_modules().values():
        for entry in (*module.items, *module.opening_questions):
            assert entry.source.strip(), f"{module.file}: {entry.id} has no source"


def test_a_form_without_source_fails_to_load(tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    shutil.copytree(forms_dir(), folder)
    text = (folder / "dtv.yaml").read_text("utf-8")
    cut = text.replace('    source: "seeds-signalering.md §5.4 DTV-14; 002:7655-7659, 002:7681"\n', "")
    assert cut != text
    (folder / "dtv.yaml").write_text(cut, "utf-8")
    with pytest.raises(FormError, match=re.escape("forms/dtv.yaml: item DTV-14, veld ‘source’")):
        load_checklists(folder)


def test_signal_items_are_complete(checklists: dict[str, Checklist]) -> None:
    for checklist in checklists.values():
        for item in checklist.items:
            if item.type is AnswerType.SIGNAL:
                assert item.grade is not None
            assert "slachtoffer" not in (item.text + item.ask).lower(), item.id


def test_each_checklist_fits_one_interview(checklists: dict[str, Checklist]) -> None:
    for checklist in checklists.values():
        signals = [i for i in checklist.items if i.is_signal]
        assert 30 <= len(signals) <= 45, (checklist.id, len(signals))


def test_all_five_forms_of_exploitation_are_covered(checklists: dict[str, Checklist]) -> None:
    covered = {form for c in checklists.values() for item in c.items for form in item.forms}
    assert covered == set(ExploitationForm)


def test_the_core_module_has_the_seed_signals_and_age_is_context() -> None:
    core = load_modules()["core"]
    expected = [f"CORE-{n:02d}" for n in range(1, 24) if n != 14]  # CORE-14 (age) became the context CORE-AGE
    assert [i.id for i in core.items if i.is_signal] == expected
    assert {i.id: i.context for i in core.items if i.context} == {
        "CORE-C2": "companion",
        "CORE-C3": "interpreter",
        "CORE-AGE": "age",
    }


def test_every_module_has_opening_questions() -> None:
    assert all(m.opening_questions for m in load_modules().values())


def test_routes_load() -> None:
    routes = load_routes()
    assert set(routes.steps) == {t.value for t in OrgType.field_types()} | {"all"}
    ids = [r.id for rules in routes.steps.values() for r in rules] + [r.id for r in routes.tell_person]
    assert len(ids) == len(set(ids)), "route step and text ids are unique"
