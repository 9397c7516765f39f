"""Exporting meldingen: plan (build and check, nothing written), write the batch, and the receipt's data."""

from __future__ import annotations

from pathlib import Path

from app.core.ids import CaseId
from app.export.run import ExportPlan, ExportResult, Outgoing, Progress, execute, prepare
from app.vault.session import Session
from app.workflows import forms
from app.workflows.organisation import OrgKeys, org_keys

__all__ = ["ExportPlan", "ExportResult", "OrgKeys", "Outgoing", "plan", "receipt_keys", "write"]


def plan(session: Session, *, k: int | None = None, only: set[CaseId] | None = None) -> ExportPlan:
    """What would leave the device now, after the re-identification check; reads only. Each case's latest
    interview is assessed against the checklist version it was recorded with."""
    return prepare(session, forms.book, k=k, only=only)


def write(
    session: Session,
    export_plan: ExportPlan,
    folder: Path,
    *,
    override_reason: str | None = None,
    k_reason: str | None = None,
    progress: Progress = lambda _percent, _step: None,
) -> ExportResult:
    """Sign, encrypt, write and read back the batch, then record it (sequence, tracks, audit). Sending held-back
    meldingen (``override_reason``) or a k below the setting (``k_reason``) needs a coordinator."""
    return execute(session, export_plan, folder, override_reason=override_reason, k_reason=k_reason, progress=progress)


def receipt_keys(session: Session) -> OrgKeys:
    """The keys a receipt names: the organisation's signing key and the recipient's fingerprint."""
    return org_keys(session)
