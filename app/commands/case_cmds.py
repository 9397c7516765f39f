"""``signaal case new`` and ``signaal case show``."""

from __future__ import annotations

import argparse

from app.commands.console import Console
from app.commands.login import login_options, open_session
from app.core.cases import Gender
from app.core.i18n import _
from app.core.tracks import state_label
from app.vault.repos import cases, interviews, tracks


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    case = sub.add_parser("case", help=_("zaken"))
    case_sub = case.add_subparsers(dest="case_command", required=True, metavar="OPDRACHT")
    new = case_sub.add_parser("new", parents=[login_options()], help=_("nieuwe zaak (pseudoniem)"))
    new.add_argument("--gender", choices=[g.value for g in Gender], default=Gender.ONBEKEND.value)
    new.add_argument("--nationality", metavar="LAND", help=_("landcode, bijv. RO"))
    new.add_argument("--birth-year", type=int, metavar="JAAR")
    new.set_defaults(func=cmd_new)
    show = case_sub.add_parser("show", parents=[login_options()], help=_("zaak tonen"))
    show.add_argument("code")
    show.set_defaults(func=cmd_show)


def cmd_new(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        case = cases.create(
            session, gender=Gender(args.gender), nationality=args.nationality, birth_year=args.birth_year
        )
    console.say(case.code)
    return 0


def cmd_show(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        case = cases.by_code(session, args.code)
        console.say(_("Zaak {code}, aangemaakt {at}").format(code=case.code, at=case.created_at.date().isoformat()))
        for interview in interviews.for_case(session, case.id):
            console.say(
                _("  gesprek {id}: {form} ({started})").format(
                    id=interview.id, form=interview.form_id, started=interview.started_at.date().isoformat()
                )
            )
        for track, state in tracks.current(session, case.id).items():
            console.say(f"  {track.label}: {state_label(track, state)}")
    return 0
