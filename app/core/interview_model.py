"""Interviews (one conversation each) and their answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.i18n import N_
from app.core.ids import CaseId, InterviewId, UserId

AnswerValue = str | int | float | bool | list[str] | None


@dataclass(frozen=True, slots=True)
class Interview:
    id: InterviewId
    case_id: CaseId
    form_id: str
    form_version: str
    form_hash: str
    started_at: datetime
    user_id: UserId | None
    language: str = "nl"  # language the conversation was held in
    interpreter_used: bool = False
    finished_at: datetime | None = None
    position: str | None = None  # item id to resume at
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Answer:
    item_id: str
    value: AnswerValue
    answered_at: datetime
    note: str = ""


# Why an answer of a finished interview is changed afterwards (a code in the audit log; details stay in a note).
ANSWER_CORRECTIONS = {
    "verkeerde_toets": N_("verkeerd antwoord aangeklikt of getoetst"),
    "verkeerd_begrepen": N_("vraag of antwoord verkeerd begrepen"),
    "tolk_corrigeerde": N_("de tolk corrigeerde de vertaling"),
    "nagekomen": N_("de persoon corrigeerde het zelf, later in het gesprek"),
}
