"""``signaal audit verify`` and ``signaal audit show``."""

from __future__ import annotations

import argparse
import json

from app.commands.console import Console
from app.commands.login import login_options, open_session
from app.core.i18n import _
from app.workflows import audit

EXIT_TAMPERED = 3

_KIND_TEXT = {
    "edited": "rij {seq} is gewijzigd",
    "missing": "rij {seq} ontbreekt (verwijderd)",
    "truncated": "rij {seq} aan het eind ontbreekt (verwijderd)",
    "bad_link": "rij {seq} sluit niet aan op de vorige rij",
    "unexpected": "rij {seq} staat na de laatst bekende rij (buiten Signaal toegevoegd)",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = sub.add_parser("audit", help=_("auditlog"))
    audit_sub = audit.add_subparsers(dest="audit_command", required=True, metavar="OPDRACHT")
    verify = audit_sub.add_parser("verify", parents=[login_options()], help=_("keten van het auditlog controleren"))
    verify.add_argument(
        "--anchor",
        metavar="HASH",
        action="append",
        default=[],
        help=_("een eerder genoteerde hash (of uit een batch of reservekopie) die in het log moet staan"),
    )
    verify.set_defaults(func=cmd_verify)
    show = audit_sub.add_parser("show", parents=[login_options()], help=_("laatste regels van het auditlog"))
    show.add_argument("--last", type=int, default=20, metavar="N")
    show.set_defaults(func=cmd_show)


def cmd_verify(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        result = audit.check_chain(session)
        anchors = [(anchor, audit.anchor_row(session, anchor)) for anchor in args.anchor]
    lost = [anchor for anchor, row in anchors if row is None]
    for anchor, row in anchors:
        if row is not None:
            console.say(_("Anker {hash} gevonden: rij {seq}.").format(hash=anchor.strip(), seq=row))
    for anchor in lost:
        console.warn(
            _("Anker {hash} staat NIET in het auditlog: het log is ingekort of opnieuw opgebouwd.").format(
                hash=anchor.strip()
            )
        )
    if result.ok and not lost:
        console.say(
            _("Auditlog in orde: {rows} rijen, laatste rij {seq}, hash {hash}.").format(
                rows=result.rows, seq=result.head_seq, hash=result.head_hash
            )
        )
        return 0
    if result.ok:
        return EXIT_TAMPERED
    console.warn(_("Auditlog NIET in orde:"))
    for problem in result.problems:
        console.warn("  " + _(_KIND_TEXT[problem.kind]).format(seq=problem.seq))
    for trigger in result.missing_triggers:
        console.warn("  " + _("beveiliging ontbreekt: {name}").format(name=trigger))
    return EXIT_TAMPERED


def cmd_show(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        rows = audit.last_entries(session, args.last)
    for entry in rows:
        detail = json.dumps(entry.detail, ensure_ascii=False) if entry.detail else ""
        row = f"{entry.seq}\t{entry.at}\t{entry.actor}\t{entry.action}\t{entry.subject}\t{detail}\t{entry.hash}"
        console.say(row)
    return 0
