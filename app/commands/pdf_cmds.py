"""``signaal pdf checklist|sheet|case``: the printable documents, written only where asked."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.console import Console
from app.commands.login import login_options, open_session
from app.core.errors import InvalidInput
from app.core.i18n import _
from app.core.languages import INTERVIEW_LANGUAGES
from app.forms_loader import load_checklists, load_client_sheet
from app.reports.case_report import case_report_pdf
from app.reports.client_sheet import client_sheet_pdf
from app.reports.paper_checklist import paper_checklist_pdf
from app.vault.atomic import atomic_write
from app.workflows import views
from app.workflows.case_report import gather, record_saved


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pdf = sub.add_parser("pdf", help=_("documenten als PDF"))
    pdf_sub = pdf.add_subparsers(dest="pdf_command", required=True, metavar="OPDRACHT")
    checklist = pdf_sub.add_parser("checklist", help=_("lege papieren checklist voor een rol"))
    checklist.add_argument("form", metavar="CHECKLIST", help=_("bijv. ggd_intake, coa, dtv, health"))
    checklist.add_argument("-o", "--out", type=Path, required=True, metavar="BESTAND")
    checklist.set_defaults(func=cmd_checklist)
    sheet = pdf_sub.add_parser("sheet", help=_("informatieblad voor de cliënt in diens taal"))
    sheet.add_argument("--lang", choices=INTERVIEW_LANGUAGES, default="nl")
    sheet.add_argument("-o", "--out", type=Path, required=True, metavar="BESTAND")
    sheet.set_defaults(func=cmd_sheet)
    case = pdf_sub.add_parser("case", parents=[login_options()], help=_("zaakrapport voor een overdracht"))
    case.add_argument("code")
    case.add_argument("--identity", action="store_true", help=_("met identiteitsgegevens (vertrouwelijk)"))
    case.add_argument("-o", "--out", type=Path, required=True, metavar="BESTAND")
    case.set_defaults(func=cmd_case)


def cmd_checklist(args: argparse.Namespace, console: Console) -> int:
    checklists = load_checklists()
    if args.form not in checklists:
        raise InvalidInput(
            _("Onbekende checklist {id}; kies uit: {ids}.").format(id=args.form, ids=", ".join(checklists))
        )
    atomic_write(args.out, paper_checklist_pdf(checklists[args.form]), mode=0o644)
    console.say(str(args.out))
    return 0


def cmd_sheet(args: argparse.Namespace, console: Console) -> int:
    atomic_write(args.out, client_sheet_pdf(load_client_sheet(), args.lang), mode=0o644)
    console.say(str(args.out))
    return 0


def cmd_case(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        case = views.case_by_code(session, args.code)
        report = gather(session, case.id, include_identity=args.identity)
        atomic_write(args.out, case_report_pdf(report))
        record_saved(session, report)
    console.warn(
        _("Let op: {path} bevat vertrouwelijke gegevens over een persoon. Bewaar het niet onbeveiligd.").format(
            path=args.out
        )
    )
    return 0
