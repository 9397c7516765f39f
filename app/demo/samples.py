"""Every PDF Signaal makes, filled with synthetic data from a throw-away vault: for the committed previews
(``make pdf-previews``), the test that keeps them current, and the bundle's self-test. Nothing real."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

from app.core.checklists.model import Checklist
from app.core.clock import FrozenClock
from app.core.registry_stats import compute
from app.core.routing import Routes
from app.core.settings import OrgType, Settings
from app.crypto.kdf import KdfParams
from app.demo.batches import sample_records
from app.demo.case import demo_case
from app.export.build import build_drafts
from app.forms_loader import load_client_sheet
from app.reports.case_report import case_report_pdf
from app.reports.client_sheet import client_sheet_pdf
from app.reports.export_receipt import BatchInfo, receipt_pdf
from app.reports.paper_checklist import paper_checklist_pdf
from app.reports.recovery_sheet import recovery_sheet_pdf
from app.reports.registry_report import registry_report_pdf
from app.vault.lifecycle import create_vault
from app.vault.paths import VaultPaths
from app.vault.repos import settings as settings_repo
from app.vault.session import Session
from app.workflows.case_report import gather

SAMPLE_MOMENT = datetime(2026, 3, 7, 9, 30, tzinfo=UTC)
SAMPLE_KEY = "5A3F0C19D2E4B786 (RWS: 1f2e 3d4c 5b6a 7988)"  # placeholders: real keys differ per vault
SAMPLE_RECIPIENT = "age1…voorbeeld (9c41 07ae 55d2)"
SAMPLE_CODE = "K7QF-2M9X-HD4T-8WZC-PL3N-V6RB"


def sample_session(home: Path) -> Session:
    """A new throw-away vault in ``home`` at a fixed moment. Cheap Argon2 parameters: it never holds real data."""
    session, _recovery = create_vault(
        VaultPaths(home),
        settings=Settings("GGD Regio Voorbeeld", OrgType.GGD_INTAKE, "RV"),
        admin_name="anna",
        admin_passphrase=bytearray(b"voorbeeld wachtzin alleen voor de previews"),
        clock=FrozenClock(SAMPLE_MOMENT),
        kdf=lambda: KdfParams.fresh(iterations=1, memory_kib=1024, lanes=1),
    )
    return session


def sample_documents(
    session: Session, checklists: dict[str, Checklist], routes: Routes, *, sheet_languages: tuple[str, ...] = ("nl",)
) -> dict[str, bytes]:
    """Name → PDF bytes, in the active UI language; adds one synthetic case to ``session``'s vault."""
    settings = settings_repo.load(session.conn)
    checklist = checklists["ggd_intake"]
    case, _interview = demo_case(session, checklist)
    meldingen = [
        dataclasses.replace(draft.melding, uuid=f"00000000-0000-4000-8000-{n:012d}")
        for n, draft in enumerate(build_drafts(session, checklists, settings.org_type), 1)
    ]
    documents = {
        "case-report": case_report_pdf(gather(session, case.id, include_identity=True)),
        "paper-checklist": paper_checklist_pdf(checklist),
        "export-receipt": receipt_pdf(
            org_name=settings.org_name,
            created=session.clock.now(),
            meldingen=meldingen,
            org_key=SAMPLE_KEY,
            recipient_fp=SAMPLE_RECIPIENT,
            batch=BatchInfo(
                "ggd-regio-voorbeeld-000001.signaal.age", "00000000-0000-4000-8000-00000000b001", 1, "0" * 64
            ),
        ),
        "registry-report": registry_report_pdf(
            "CoMensha (voorbeeld)", session.clock.now(), *compute(sample_records(900))
        ),
        "recovery-sheet": recovery_sheet_pdf(settings.org_name, SAMPLE_CODE, date(2026, 3, 7)),
    }
    sheet = load_client_sheet()
    for language in sheet_languages:
        documents[f"client-sheet-{language}"] = client_sheet_pdf(sheet, language)
    return documents
