from __future__ import annotations

import pytest

from app.core.checklists.answers import check_answer, hidden_answered, next_unanswered, visible_items
from app.core.checklists.compose import compose
from app.core.errors import InvalidInput
from tests.core.checklists.helpers import parse

MODULE = parse(
    "core",
    """
  - {id: CORE-A, text: a, type: yes_no_unknown, source: s}
  - {id: CORE-B, text: b, type: choice, multiple: true, source: s, show_if: {item: CORE-A, equals: "yes"},
     options: [{id: x, text: X}, {id: y, text: Y}]}
  - {id: CORE-C, text: c, type: number, min: 0, max: 24, source: s}
  - {id: CORE-D, text: d, type: date, source: s}
  - {id: CORE-E, text: e, type: text, max_length: 5, source: s}
  - {id: CORE-F, text: f, forms: [ALL], elements: [means], grade: weak, source: s}
""",
    header="org_types: [coa]",
)
CHECKLIST = compose({"core": MODULE}, "core")
ITEM = {i.id: i for i in CHECKLIST.items}


@pytest.mark.parametrize(
    ("item", "value", "stored"),
    [
        ("CORE-A", "yes", "yes"),
        ("CORE-B", ["y", "x", "y"], ["x", "y"]),
        ("CORE-C", 12.5, 12.5),
        ("CORE-D", "2026-02-28", "2026-02-28"),
        ("CORE-E", " kort ", "kort"),
        ("CORE-F", "reported", "reported"),
    ],
)
def test_valid_answers_are_normalised(item: str, value: object, stored: object) -> None:
    assert check_answer(ITEM[item], value) == stored  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("item", "value"),
    [
        ("CORE-A", "ja"),
        ("CORE-A", True),
        ("CORE-B", []),
        ("CORE-B", ["z"]),
        ("CORE-C", 25),
        ("CORE-C", "3"),
        ("CORE-C", True),
        ("CORE-D", "2026-02-30"),
        ("CORE-D", "28-02-2026"),
        ("CORE-E", "te lang"),
        ("CORE-E", "  "),
        ("CORE-F", "yes"),
    ],
)
def test_invalid_answers_say_what_is_expected(item: str, value: object) -> None:
    with pytest.raises(InvalidInput, match=f"Antwoord op {item} past niet; verwacht"):
        check_answer(ITEM[item], value)  # type: ignore[arg-type]


def test_visibility_follows_earlier_answers() -> None:
    assert "CORE-B" not in [i.id for i in visible_items(CHECKLIST, {})]
    assert "CORE-B" in [i.id for i in visible_items(CHECKLIST, {"CORE-A": "yes"})]
    assert hidden_answered(CHECKLIST, {"CORE-A": "no", "CORE-B": ["x"]}) == ["CORE-B"]


def test_next_unanswered_skips_hidden_items() -> None:
    assert next_unanswered(CHECKLIST, {}).id == "CORE-A"  # type: ignore[union-attr]
    assert next_unanswered(CHECKLIST, {"CORE-A": "no"}).id == "CORE-C"  # type: ignore[union-attr]
