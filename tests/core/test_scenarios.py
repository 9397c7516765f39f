"""Cases written from the seed narratives (tests/core/scenarios/*.yaml), each citing its seed lines, run
against the shipped checklists and routes: level, the facts behind it, and the route steps and texts.

A scenario file::

    source: "002:2728-2734"        # seed file prefix : lines
    story: ...                     # the narrative, in a sentence or two
    checklist: ggd_intake          # org defaults to the checklist
    nationality: BG                # case fields (optional): nationality, age, interpreter_used
    others: "no"                   # optional: every key signal not in answers was asked and answered 'nee'
    answers: {CORE-01: reported}
    expect: {level: ..., reasons: [fact ids], not_reasons: [...], steps: [...], not_steps: [...],
             first_step: ..., tell: [...], not_tell: [...], no_tell: true, minor: true}
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.core.assessment import assess
from app.core.assessment_json import assessment_json
from app.core.checklists.answers import check_answer, visible_items
from app.core.checklists.model import AnswerType
from app.core.context import CaseFacts
from app.core.routing import advise
from app.core.settings import OrgType
from app.forms_loader import load_checklists, load_routes

SCENARIOS = sorted((Path(__file__).parent / "scenarios").glob("*.yaml"))
CHECKLISTS, ROUTES = load_checklists(), load_routes()
KEYS = {"source", "story", "checklist", "org", "nationality", "age", "interpreter_used", "others", "answers", "expect"}
EXPECT = {"level", "reasons", "not_reasons", "steps", "not_steps", "first_step", "tell", "not_tell", "no_tell", "minor"}


def test_there_are_enough_scenarios() -> None:
    assert len(SCENARIOS) >= 20


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_scenario(path: Path) -> None:
    doc: dict[str, Any] = yaml.safe_load(path.read_text("utf-8"))
    assert set(doc) <= KEYS and set(doc["expect"]) <= EXPECT, path.name
    assert re.search(r"\b00\d:\d+", doc["source"]), "cite the seed lines"
    checklist = CHECKLISTS[doc["checklist"]]
    answers = {item_id: check_answer(checklist.item(item_id), value) for item_id, value in doc["answers"].items()}
    if doc.get("others") == "no":
        for item in checklist.items:
            if item.key and item.type is AnswerType.SIGNAL:
                answers.setdefault(item.id, "no")
    shown = {item.id for item in visible_items(checklist, answers)}
    assert set(doc["answers"]) <= shown, "every answer in the scenario is asked"
    case = CaseFacts(doc.get("age"), doc.get("nationality"), doc.get("interpreter_used"))
    result = assess(checklist, answers, case=case)
    advice = advise(ROUTES, OrgType(doc.get("org", doc["checklist"])), result, doc.get("nationality"))
    data = assessment_json(result, advice, checklist)
    expect = doc["expect"]
    steps = [s["id"] for s in data["route"]["steps"]]
    tell = [t["id"] for t in data["route"]["tell_person"]]
    assert data["level"] == expect["level"], data["reasons"]
    assert set(expect.get("reasons", [])) <= set(data["reason_facts"]), data["reason_facts"]
    assert not set(expect.get("not_reasons", [])) & set(data["reason_facts"]), data["reason_facts"]
    assert set(expect.get("steps", [])) <= set(steps), steps
    assert not set(expect.get("not_steps", [])) & set(steps), steps
    assert set(expect.get("tell", [])) <= set(tell), tell
    assert not set(expect.get("not_tell", [])) & set(tell), tell
    if "first_step" in expect:
        assert steps[0] == expect["first_step"], steps
    if expect.get("no_tell"):
        assert tell == []
    if "minor" in expect:
        assert data["minor"] is expect["minor"]
