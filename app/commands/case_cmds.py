"""``signaal case new|show|track|consent|correct|close|reopen``: the case actions of the app, through the same
workflows as the screens."""

from __future__ import annotations

import argparse

from app.commands.console import Console
from app.commands.login import login_options, open_session
from app.core.cases import Gender
from app.core.i18n import _
from app.core.tracks import CONSENT_FORMS, CONSENT_SCOPES, CORRECTION_REASONS, TRACKS, Track, state_label
from app.workflows import cases as case_actions
from app.workflows import views


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
    track = case_sub.add_parser("track", parents=[login_options()], help=_("een stap op een spoor vastleggen"))
    track.add_argument("code")
    track.add_argument("track", choices=[t.value for t in Track])
    track.add_argument("state", metavar="STAND")
    track.add_argument("--reason", metavar="REDEN", help=_("redencode, waar de stand er een vraagt"))
    track.add_argument("--note", default="", metavar="TEKST")
    track.set_defaults(func=cmd_track)
    consent = case_sub.add_parser("consent", parents=[login_options()], help=_("gegeven toestemming vastleggen"))
    consent.add_argument("code")
    consent.add_argument("--scope", action="append", default=[], choices=list(CONSENT_SCOPES))
    consent.add_argument("--form", required=True, choices=list(CONSENT_FORMS))
    consent.add_argument("--language", default="nl", metavar="TAAL")
    consent.add_argument("--interpreter", action="store_true", help=_("met tolk"))
    consent.set_defaults(func=cmd_consent)
    correct = case_sub.add_parser("correct", parents=[login_options()], help=_("laatste stap van een spoor corrigeren"))
    correct.add_argument("code")
    correct.add_argument("track", choices=[t.value for t in Track])
    correct.add_argument("state", metavar="STAND")
    correct.add_argument("--why", required=True, choices=list(CORRECTION_REASONS), help=_("waarom corrigeren"))
    correct.add_argument("--reason", metavar="REDEN", help=_("redencode, waar de stand er een vraagt"))
    correct.add_argument("--note", default="", metavar="TEKST")
    correct.set_defaults(func=cmd_correct)
    close = case_sub.add_parser("close", parents=[login_options()], help=_("zaak sluiten"))
    close.add_argument("code")
    close.add_argument("--reason", required=True, choices=sorted(TRACKS[Track.SIGNALERING].reasons["afgesloten"]))
    close.set_defaults(func=cmd_close)
    reopen = case_sub.add_parser("reopen", parents=[login_options()], help=_("zaak heropenen"))
    reopen.add_argument("code")
    reopen.set_defaults(func=cmd_reopen)


def cmd_new(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        case = case_actions.new_case(
            session, gender=Gender(args.gender), nationality=args.nationality, birth_year=args.birth_year
        )
    console.say(case.code)
    return 0


def cmd_show(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        view = views.case_view(session, views.case_by_code(session, args.code, record_view=False).id)
        case = view.case
        console.say(_("Zaak {code}, aangemaakt {at}").format(code=case.code, at=case.created_at.date().isoformat()))
        for interview in view.interviews:
            console.say(
                _("  gesprek {id}: {form} ({started})").format(
                    id=interview.id, form=interview.form_id, started=interview.started_at.date().isoformat()
                )
            )
        for track, state in view.states.items():
            console.say(f"  {track.label}: {state_label(track, state)}")
    return 0


def cmd_track(args: argparse.Namespace, console: Console) -> int:
    track = Track(args.track)
    with open_session(args, console) as session:
        case = views.case_by_code(session, args.code, record_view=False)
        step = case_actions.record_step(session, case.id, track, args.state, reason=args.reason, note=args.note)
    console.say(f"{case.code} · {track.label}: {state_label(track, step.state)}")
    return 0


def cmd_close(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        case = case_actions.close_case(
            session, views.case_by_code(session, args.code, record_view=False).id, args.reason
        )
    console.say(_("Zaak {code} gesloten.").format(code=case.code))
    return 0


def cmd_reopen(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        case = case_actions.reopen_case(session, views.case_by_code(session, args.code, record_view=False).id)
    console.say(_("Zaak {code} heropend.").format(code=case.code))
    return 0


def cmd_consent(args: argparse.Namespace, console: Console) -> int:
    detail = {
        "scope": sorted(set(args.scope)),
        "form": args.form,
        "language": args.language,
        "interpreter": args.interpreter,
    }
    with open_session(args, console) as session:
        case = views.case_by_code(session, args.code, record_view=False)
        detail["date"] = session.clock.now().date().isoformat()
        case_actions.record_step(session, case.id, Track.TOESTEMMING, "gegeven", detail=detail)
    console.say(_("Toestemming vastgelegd bij {code}.").format(code=case.code))
    return 0


def cmd_correct(args: argparse.Namespace, console: Console) -> int:
    track = Track(args.track)
    with open_session(args, console) as session:
        case = views.case_by_code(session, args.code, record_view=False)
        step = case_actions.correct_step(
            session, case.id, track, args.state, correction=args.why, reason=args.reason, note=args.note
        )
    console.say(
        _("Gecorrigeerd: {code} · {track}: {state}").format(
            code=case.code, track=track.label, state=state_label(track, step.state)
        )
    )
    return 0
