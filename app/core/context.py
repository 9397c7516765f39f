"""The context of a conversation: statuses, never signals. Age, AMV, detention, a companion, an interpreter
and nationality change how signals are weighed and which route steps and texts apply; they are never
graded and never a reason on their own (docs/assessment.md, "Context").

Which answers set which context is data (``context:`` on an item in ``forms/*.yaml``); this module holds only
the vocabulary and how answers and case fields combine."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.core.age import age_in, is_minor

if TYPE_CHECKING:
    from datetime import date

    from app.core.cases import Case
    from app.core.checklists.model import Item
    from app.core.interview_model import AnswerValue, Interview

UNKNOWN = "unknown"
AGE, AMV, DETENTION, COMPANION, INTERPRETER, NATIONALITY = (
    "age",
    "amv",
    "detention",
    "companion",
    "interpreter",
    "nationality",
)
VOCABULARY: Mapping[str, tuple[str, ...]] = {
    AGE: ("adult", "minor", "possibly_minor", "disputed", UNKNOWN),
    AMV: ("yes", "no", UNKNOWN),
    DETENTION: ("none", "immigration", "criminal", UNKNOWN),
    COMPANION: ("none", "left", "stays", UNKNOWN),
    INTERPRETER: ("not_needed", "professional", "informal", "missing", UNKNOWN),
    NATIONALITY: ("nl", "eu", "third", UNKNOWN),  # from the case, grouped by the routes (free movement)
}
MINOR_AGES = frozenset({"minor", "possibly_minor", "disputed"})  # the benefit of the doubt: treated as minor


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the case and the interview record add to the answers (all optional)."""

    age: int | None = None  # from the case's birth year
    nationality: str | None = None  # ISO 3166-1 alpha-2
    interpreter_used: bool | None = None  # the interview's "met tolk" box


@dataclass(frozen=True, slots=True)
class Context:
    values: Mapping[str, str] = field(default_factory=dict)

    def get(self, key: str) -> str:
        return self.values.get(key, UNKNOWN)

    @property
    def minor(self) -> bool:
        return self.get(AGE) in MINOR_AGES or self.get(AMV) == "yes"

    @property
    def detained(self) -> bool:
        return self.get(DETENTION) in ("immigration", "criminal")

    @property
    def companion_stays(self) -> bool:
        return self.get(COMPANION) == "stays"

    @property
    def interpreter_missing(self) -> bool:
        """An interpreter was needed and none, or only an informal one (companion, acquaintance), was there."""
        return self.get(INTERPRETER) in ("missing", "informal")

    def with_values(self, **values: str) -> Context:
        return Context({**self.values, **values})


def case_facts(case: Case, interview: Interview | None, today: date) -> CaseFacts:
    """What the case and the interview record say: for ``assess(..., case=case_facts(...))``."""
    return CaseFacts(
        age=age_in(case.birth_year, today),
        nationality=case.nationality,
        interpreter_used=interview.interpreter_used if interview is not None else None,
    )


def build_context(
    items: Iterable[Item], answers: Mapping[str, AnswerValue], case: CaseFacts | None = None, *, minor: bool = False
) -> Context:
    """The context from the shown items' answers, completed by the case fields; ``minor`` forces a minor age."""
    values: dict[str, str] = {}
    for item in items:
        answer = answers.get(item.id)
        if not item.context or not isinstance(answer, str):
            continue
        value = item.context_value(answer)
        if value is not None and (value != UNKNOWN or item.context not in values):
            values[item.context] = value
    case = case or CaseFacts()
    minor = minor or (case.age is not None and is_minor(case.age))  # any source saying under 18 counts
    if case.age is not None and values.get(AGE, UNKNOWN) == UNKNOWN:
        values[AGE] = "minor" if minor else "adult"
    if minor and values.get(AGE) not in MINOR_AGES:
        values[AGE] = "minor"
    if values.get(AMV) == "yes" and values.get(AGE, UNKNOWN) == UNKNOWN:
        values[AGE] = "possibly_minor"
    if case.interpreter_used and values.get(INTERPRETER, UNKNOWN) == UNKNOWN:
        values[INTERPRETER] = "professional"
    return Context(values)


def nationality_group(code: str | None, free_movement: frozenset[str]) -> str:
    if not code:
        return UNKNOWN
    if code == "NL":
        return "nl"
    return "eu" if code in free_movement else "third"
