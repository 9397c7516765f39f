"""The case report as rendered: assessment with reasons, route, consent, tracks and deadlines; identity only
when the report holds it. Reading the data and auditing the save: tests/workflows/test_case_report.py."""

from __future__ import annotations

import re
from collections.abc import Callable

from app import locale
from app.demo.case import DEMO_IDENTITY, demo_case
from app.forms_loader import load_checklists, load_routes
from app.reports.case_report import case_report_pdf
from app.vault.session import Session
from app.workflows.case_report import gather

CHECKLISTS, ROUTES = load_checklists(), load_routes()
TextOf = Callable[[bytes], str]


def test_the_report_explains_the_assessment_and_shows_every_track(session: Session, pdf_text: TextOf) -> None:
    case, _interview = demo_case(session, CHECKLISTS["ggd_intake"])
    text = pdf_text(case_report_pdf(gather(session, case.id)))
    assert f"Zaakrapport {case.code}" in text
    assert "sterke signalen" in text and re.search(r"CORE-01 \w[^(]*\(sterk, ja – verteld\)", text)
    assert "Route" in text and "Vertel de persoon" in text
    assert "registratie bij CoMensha, opvang; schriftelijk; in het Roemeens; met tolk" in text
    for label in (
        "Signalering",
        "Toestemming",
        "Melding",
        "Aangifte",
        "Verblijf",
        "Opvang",
        "Minderjarig",
        "Terugkeer",
    ):
        assert label in text
    assert "bedenktijd lopend" in text and "einde bedenktijd" in text.lower()
    assert DEMO_IDENTITY.family_name not in text and "zonder naam" in text


def test_identity_shown_when_the_report_holds_it(session: Session, pdf_text: TextOf) -> None:
    case, _interview = demo_case(session, CHECKLISTS["ggd_intake"])
    report = gather(session, case.id, include_identity=True)
    text = pdf_text(case_report_pdf(report))
    assert DEMO_IDENTITY.family_name in text and "identiteitsgegevens" in text


def test_english_report(session: Session, pdf_text: TextOf) -> None:
    case, _interview = demo_case(session, CHECKLISTS["ggd_intake"])
    locale.activate("en")
    text = pdf_text(case_report_pdf(gather(session, case.id)))
    assert f"Case report {case.code}" in text and "strong signals" in text and "Consent" in text
    assert "in Romanian; with interpreter" in text


def test_a_case_without_interviews(session: Session, pdf_text: TextOf) -> None:
    from app.vault.repos import cases

    case = cases.create(session)
    text = pdf_text(case_report_pdf(gather(session, case.id)))
    assert "Nog geen gesprek vastgelegd." in text and "Geen toestemming vastgelegd." in text
