"""The case report for a handover: the assessment with its reasons, the route, consent, the eight tracks
and open deadlines. Identifying data only when the user asked for it; the footer says it is confidential."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from app.core.assessment_text import Block
from app.core.formatting import country_name, date_time, long_date, short_date
from app.core.i18n import _, active_locale
from app.core.languages import language_name
from app.core.track_text import step_text
from app.core.tracks import Track, state_label
from app.reports import layout, scripts
from app.reports.case_data import CaseReport, InterviewSummary


def _blocks(blocks: tuple[Block, ...], style: layout.Styles) -> list[Flowable]:
    story: list[Flowable] = []
    for block in blocks:
        story.append(scripts.para(block.heading, style.strong))
        story += [scripts.para(("• " if not block.numbered else "") + line, style.body) for line in block.text_lines()]
    return story


def _fields(rows: list[tuple[str, str]], style: layout.Styles, width: float) -> Table:
    table = Table(
        [[scripts.para(k, style.small), scripts.para(v, style.body)] for k, v in rows if v],
        colWidths=[width * 0.28, width * 0.72],
        hAlign="LEFT",
    )
    table.setStyle(layout.GRID_PLAIN)
    return table


def _interview(summary: InterviewSummary, style: layout.Styles) -> list[Flowable]:
    interview = summary.interview
    state = _("afgerond") if interview.finished_at else _("nog bezig")
    language = language_name(interview.language)
    line = _("{date} · {checklist} · taal: {language} · tolk: {interpreter} · {state}").format(
        date=date_time(interview.started_at),
        checklist=summary.checklist_title,
        language=language,
        interpreter=_("ja") if interview.interpreter_used else _("nee"),
        state=state,
    )
    return [scripts.para(line, style.heading), *_blocks(summary.blocks, style)]


def case_report_pdf(report: CaseReport) -> bytes:
    style = layout.styles(active_locale())
    width = layout.frame_width()
    case = report.case
    status = (
        _("open")
        if case.closed_at is None
        else _("gesloten op {date} ({reason})").format(
            date=short_date(case.closed_at.date()), reason=case.close_reason or ""
        )
    )
    warning = (
        _("Vertrouwelijk: bevat signalen van mensenhandel en identiteitsgegevens.")
        if report.identity is not None
        else _("Vertrouwelijk: bevat signalen van mensenhandel (zonder naam).")
    )
    story: list[Flowable] = [
        scripts.para(_("Zaakrapport {code}").format(code=case.code), style.title),
        scripts.para(
            _("{org} · gemaakt door {user} op {moment}").format(
                org=report.org_name, user=report.author, moment=date_time(report.created)
            ),
            style.small,
        ),
        Spacer(1, 2 * mm),
        scripts.para(warning, style.strong),
        scripts.para(
            _("Geef dit rapport alleen aan wie het voor de overdracht nodig heeft; niet via gewone e-mail."),
            style.body,
        ),
        Spacer(1, 2 * mm),
        _fields(
            [
                (_("Zaakcode"), case.code),
                (_("Status"), status),
                (_("Aangemaakt"), long_date(case.created_at.date())),
                (_("Geslacht"), case.gender.label),
                (_("Nationaliteit"), country_name(case.nationality)),
                (_("Geboortejaar (schatting)"), str(case.birth_year or "")),
            ],
            style,
            width,
        ),
    ]
    if report.identity is not None:
        identity = report.identity
        story += [
            scripts.para(_("Identiteit"), style.heading),
            _fields(
                [
                    (_("Voornamen"), identity.given_names),
                    (_("Achternaam"), identity.family_name),
                    (_("Geboortedatum"), long_date(identity.date_of_birth)),
                    (_("Contact"), identity.contact_ref),
                ],
                style,
                width,
            ),
        ]
    story.append(scripts.para(_("Gesprekken en beoordeling"), style.heading))
    for summary in report.interviews:
        story.append(KeepTogether(_interview(summary, style)))
    if not report.interviews:
        story.append(scripts.para(_("Nog geen gesprek vastgelegd."), style.body))
    if report.route:
        story += [
            scripts.para(_("Advies voor de route (laatste gesprek)"), style.heading),
            *_blocks(report.route, style),
        ]
    consent = [step for step in report.history if step.track is Track.TOESTEMMING]
    story.append(scripts.para(_("Toestemming"), style.heading))
    story += [scripts.para(step_text(step), style.body) for step in consent] or [
        scripts.para(_("Geen toestemming vastgelegd."), style.body)
    ]
    story.append(scripts.para(_("Sporen"), style.heading))
    rows = [
        [
            scripts.para(_("Spoor"), style.small),
            scripts.para(_("Nu"), style.small),
            scripts.para(_("Stappen"), style.small),
        ]
    ]
    for track in Track:
        steps = [scripts.para(step_text(s), style.small) for s in report.history if s.track is track]
        rows.append(
            [
                scripts.para(track.label, style.body),
                scripts.para(state_label(track, report.tracks[track]), style.body),
                steps or "",
            ]
        )
    table = Table(rows, colWidths=[width * 0.17, width * 0.2, width * 0.63], repeatRows=1)
    table.setStyle(layout.GRID)
    story.append(table)
    story.append(scripts.para(_("Open termijnen en herinneringen"), style.heading))
    story += [
        scripts.para(f"{short_date(r.due)} · {r.kind.label}" + (f" · {r.note}" if r.note else ""), style.body)
        for r in report.reminders
    ] or [scripts.para(_("Geen."), style.body)]
    footer = _("Signaal · zaakrapport {code} · vertrouwelijk").format(code=case.code)
    return layout.render(
        story, title=_("Zaakrapport {code}").format(code=case.code), footer=footer, language=active_locale()
    )
