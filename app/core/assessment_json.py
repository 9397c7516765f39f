"""The assessment and route as plain data for ``signaal interview --json``: level, the facts behind it, the
context, and the ids and texts of the route steps shown, so others can check assessments without parsing
prose. Pure: no I/O; ``json.dumps(assessment_json(...))`` is the output."""

from __future__ import annotations

from typing import Any

from app.core.assessment import Assessment, Level
from app.core.checklists.model import Checklist
from app.core.routing import RouteAdvice

FORMAT = 1  # bump when a key changes meaning


def assessment_json(
    assessment: Assessment, advice: RouteAdvice | None = None, checklist: Checklist | None = None
) -> dict[str, Any]:
    deciding = [r for r in assessment.reasons if r.level.rank > Level.GEEN.rank]
    context = advice.context if advice is not None else assessment.context
    result: dict[str, Any] = {
        "format": FORMAT,
        "level": assessment.level.value,
        "level_text": assessment.level.label,
        "minor": assessment.minor,
        "context": dict(sorted(context.values.items())),
        "reason_facts": list(dict.fromkeys(f for r in deciding for f in r.facts)),
        "reasons": [
            {"rule": r.rule, "level": r.level.value, "facts": list(r.facts), "items": list(r.items), "text": r.text}
            for r in assessment.reasons
        ],
        "findings": [
            {
                "fact": f.fact,
                "item": f.item.id,
                "also": list(f.also),
                "answer": f.answer.value,
                "grade": f.grade.value,
                "elements": [e.value for e in f.item.elements],
                "forms": [form.value for form in f.item.forms] or ["ALL"],
            }
            for f in assessment.findings
        ],
        "forms": [form.value for form in assessment.forms],
        "open_items": list(assessment.open_items),
        "refused_items": list(assessment.refused_items),
    }
    if checklist is not None:
        result["checklist"] = {"id": checklist.id, "version": checklist.version, "hash": checklist.content_hash}
    if advice is not None:
        result["route"] = {
            "steps": [{"id": i, "text": t} for i, t in zip(advice.step_ids, advice.steps, strict=True)],
            "tell_person": [{"id": i, "text": t} for i, t in zip(advice.tell_ids, advice.tell_person, strict=True)],
            "tracks": [{"track": track.value, "state": state} for track, state in advice.tracks],
        }
    return result
