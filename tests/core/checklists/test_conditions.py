from __future__ import annotations

import pytest

from app.core.checklists.conditions import ConditionError, evaluate, parse, referenced


@pytest.mark.parametrize(
    ("raw", "answers", "expected"),
    [
        ({"item": "A", "equals": "yes"}, {"A": "yes"}, True),
        ({"item": "A", "equals": "yes"}, {}, False),
        ({"item": "A", "in": ["x", "y"]}, {"A": "y"}, True),
        ({"item": "A", "in": ["x", "y"]}, {"A": ["z", "x"]}, True),
        ({"item": "A", "present": True}, {"A": "reported"}, True),
        ({"item": "A", "present": True}, {"A": "unknown"}, False),
        ({"item": "A", "gte": 12}, {"A": 12}, True),
        ({"item": "A", "gt": 12}, {"A": 12}, False),
        ({"item": "A", "lt": 18}, {"A": "17"}, False),
        ({"item": "A", "answered": True}, {"A": []}, False),
        ({"any": [{"item": "A", "equals": "1"}, {"item": "B", "equals": "2"}]}, {"B": "2"}, True),
        ({"all": [{"item": "A", "equals": "1"}, {"item": "B", "equals": "2"}]}, {"B": "2"}, False),
        ({"not": {"item": "A", "equals": "1"}}, {}, True),
    ],
)
def test_evaluate(raw: dict[str, object], answers: dict[str, object], expected: bool) -> None:
    assert evaluate(parse(raw), answers) is expected


def test_referenced_collects_nested_items() -> None:
    condition = parse({"all": [{"item": "A", "equals": "1"}, {"not": {"any": [{"item": "B", "gte": 1}]}}]})
    assert referenced(condition) == {"A", "B"}


@pytest.mark.parametrize(
    "raw",
    [
        "A",
        {"item": "A"},
        {"item": "A", "equals": "x", "in": ["y"]},
        {"all": []},
        {"item": "A", "gte": "veel"},
        {"item": "A", "present": False},
        {"item": 3, "equals": "x"},
        {"item": "A", "equals": None},
    ],
)
def test_malformed_conditions(raw: object) -> None:
    with pytest.raises(ConditionError):
        parse(raw)
