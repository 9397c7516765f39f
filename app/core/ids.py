"""Distinct id types, so a case id cannot be passed where an interview id is meant."""

from typing import NewType

UserId = NewType("UserId", int)
CaseId = NewType("CaseId", int)
InterviewId = NewType("InterviewId", int)
