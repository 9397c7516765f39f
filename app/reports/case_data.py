"""Everything a case report shows, as plain data: ``app/workflows/case_report.py`` reads it from the vault,
``app/reports/case_report.py`` renders it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.assessment_text import Block
from app.core.cases import Case, Identity, TrackTransition
from app.core.deadlines import Reminder
from app.core.interview_model import Interview
from app.core.tracks import Track


@dataclass(frozen=True, slots=True)
class InterviewSummary:
    interview: Interview
    checklist_title: str
    blocks: tuple[Block, ...]  # the assessment with its reasons


@dataclass(frozen=True, slots=True)
class CaseReport:
    org_name: str
    created: datetime
    author: str
    case: Case
    identity: Identity | None  # only when the user asked for an identifying report
    interviews: tuple[InterviewSummary, ...]
    route: tuple[Block, ...]  # advice from the latest interview
    tracks: dict[Track, str]
    history: tuple[TrackTransition, ...]
    reminders: tuple[Reminder, ...]
