"""The machine-readable result for ``signaal interview --json``: level, facts, context and route ids."""

from __future__ import annotations

import json

from app.core.assessment import assess
from app.core.assessment_json import assessment_json
from app.core.context import CaseFacts
from app.core.routing import advise
from app.core.settings import OrgType
from app.forms_loader import load_checklists, load_routes

DTV = load_checklists()["dtv"]
ROUTES = load_routes()
DETAINED = {
    "CORE-C2": "alleen",
    "CORE-C3": "professioneel",
    "CORE-AGE": "volwassen",
    "DTV-CTX": "vreemdelingenbewaring",
}


def test_the_result_names_level_facts_context_and_route_ids() -> None:
    answers = DETAINED | {"CORE-01": "reported", "DTV-02": "observed", "CORE-02": "no"}
    result = assess(DTV, answers, case=CaseFacts(age=30))
    advice = advise(ROUTES, OrgType.DTV, result, "UA")
    data = json.loads(json.dumps(assessment_json(result, advice, DTV)))  # plain JSON types only
    assert data["level"] == "signalen_aanwezig" and data["reason_facts"] == ["documents_withheld"]
    assert data["findings"] == [
        {
            "fact": "documents_withheld",
            "item": "DTV-02",
            "also": ["CORE-01"],
            "answer": "observed",
            "grade": "strong",
            "elements": ["means"],
            "forms": ["ALL"],
        }
    ]
    assert data["context"] == {
        "age": "adult",
        "companion": "none",
        "detention": "immigration",
        "interpreter": "professional",
        "nationality": "third",
    }
    steps = [s["id"] for s in data["route"]["steps"]]
    assert steps == list(advice.step_ids) and "dtv_bedenktijd_bewaring" in steps
    assert [t["text"] for t in data["route"]["tell_person"]] == list(advice.tell_person)
    assert data["checklist"]["version"].startswith("core@2026.12")
    assert {"track": "verblijf", "state": "d9_opgevoerd"} in data["route"]["tracks"]


def test_notes_are_reasons_but_not_deciding_facts() -> None:
    result = assess(DTV, DETAINED | {"CORE-AGE": "minderjarig", "CORE-01": "refused"})
    data = assessment_json(result)
    assert data["level"] == "onvolledig" and data["reason_facts"] == [] and data["refused_items"] == ["CORE-01"]
    assert {r["rule"] for r in data["reasons"]} >= {"incomplete", "minor_consult"}
    assert "route" not in data and data["minor"] is True
