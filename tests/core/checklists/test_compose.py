"""Composing modules into checklists: unknown ids, cycles and forward references are refused."""

from __future__ import annotations

import pytest

from app.core.checklists.compose import compose, validate_all
from app.core.checklists.model import Module
from app.core.checklists.parse import FormError
from tests.core.checklists.helpers import SIGNAL, parse


def _modules(*modules: Module) -> dict[str, Module]:
    return {m.id: m for m in modules}


CORE = parse("core", SIGNAL.format(id="CORE-01"), file="forms/core.yaml")


def test_order_is_requires_then_module_then_submodules() -> None:
    role = parse("coa", SIGNAL.format(id="COA-01"), header="requires: [core]\nsubmodules: [amv]\norg_types: [coa]")
    sub = parse("amv", SIGNAL.format(id="AMV-01"), header="requires: [coa]")
    checklist = compose(_modules(CORE, role, sub), "coa")
    assert [m.id for m in checklist.modules] == ["core", "coa", "amv"]
    assert [i.id for i in checklist.items] == ["CORE-01", "COA-01", "AMV-01"]
    assert checklist.version == "core@1,coa@1,amv@1" and len(checklist.content_hash) == 64


def test_hash_changes_when_any_module_changes() -> None:
    role = parse("coa", SIGNAL.format(id="COA-01"), header="requires: [core]\norg_types: [coa]")
    other_core = parse("core", SIGNAL.format(id="CORE-02"))
    assert compose(_modules(CORE, role), "coa").content_hash != compose(_modules(other_core, role), "coa").content_hash


def test_unknown_show_if_reference() -> None:
    role = parse(
        "coa",
        """
      - {id: COA-01, text: x, type: yes_no_unknown, source: s, show_if: {item: COA-99, equals: "yes"}}
    """,
        header="requires: [core]\norg_types: [coa]",
        file="forms/coa.yaml",
    )
    with pytest.raises(FormError) as caught:
        compose(_modules(CORE, role), "coa")
    assert (caught.value.file, caught.value.item, caught.value.field) == ("forms/coa.yaml", "COA-01", "show_if")
    assert "COA-99" in str(caught.value)


def test_cycle_is_named() -> None:
    role = parse(
        "coa",
        """
      - {id: COA-01, text: x, type: yes_no_unknown, source: s, show_if: {item: COA-02, equals: "yes"}}
      - {id: COA-02, text: y, type: yes_no_unknown, source: s, show_if: {not: {item: COA-01, equals: "no"}}}
    """,
        header="org_types: [coa]",
    )
    with pytest.raises(FormError, match="kringverwijzing: COA-01 → COA-02 → COA-01"):
        compose(_modules(role), "coa")


def test_self_reference_is_a_cycle() -> None:
    role = parse(
        "coa",
        """
      - {id: COA-01, text: x, type: yes_no_unknown, source: s, show_if: {item: COA-01, answered: true}}
    """,
        header="org_types: [coa]",
    )
    with pytest.raises(FormError, match="kringverwijzing: COA-01 → COA-01"):
        compose(_modules(role), "coa")


def test_forward_reference_is_refused() -> None:
    role = parse(
        "coa",
        """
      - {id: COA-01, text: x, type: yes_no_unknown, source: s, show_if: {item: COA-02, equals: "yes"}}
      - {id: COA-02, text: y, type: yes_no_unknown, source: s}
    """,
        header="org_types: [coa]",
    )
    with pytest.raises(FormError, match="niet eerder gevraagd"):
        compose(_modules(role), "coa")


def test_duplicate_item_across_modules() -> None:
    role = parse("coa", SIGNAL.format(id="CORE-01"), header="requires: [core]\norg_types: [coa]")
    with pytest.raises(FormError, match="dubbele item-id"):
        compose(_modules(CORE, role), "coa")


def test_unknown_required_module() -> None:
    role = parse("coa", SIGNAL.format(id="COA-01"), header="requires: [kern]\norg_types: [coa]", file="forms/coa.yaml")
    with pytest.raises(FormError, match="onbekende module ‘kern’"):
        compose(_modules(CORE, role), "coa")


def test_opening_question_to_unknown_item() -> None:
    role = parse(
        "coa",
        SIGNAL.format(id="COA-01"),
        header="org_types: [coa]\nopening_questions: [{id: COA-Q1, text: q, source: s, leads_to: [COA-77]}]",
    )
    with pytest.raises(FormError, match="COA-77"):
        validate_all(_modules(role))


def test_no_checklist_at_all() -> None:
    with pytest.raises(FormError, match="org_types"):
        validate_all(_modules(CORE))
