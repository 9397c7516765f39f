"""Which checklist and routes an interview belongs to: the version it was recorded with (an interview under an
earlier version keeps its own questions, rule and routes; nothing is moved to a new version silently)."""

from __future__ import annotations

from app.core.checklists.model import Checklist
from app.core.errors import NotFound
from app.core.interview_model import Interview
from app.core.routing import Routes
from app.forms_loader import checklist_for_interview, load_routes_at, version_of


def checklist_of(interview: Interview) -> Checklist:
    return checklist_for_interview(interview.form_id, interview.form_version)


def routes_of(interview: Interview) -> Routes:
    return load_routes_at(version_of(interview.form_version))


def book(form_id: str, form_version: str) -> Checklist | None:
    """A ``ChecklistBook`` over every version Signaal knows."""
    try:
        return checklist_for_interview(form_id, form_version)
    except NotFound:
        return None
