"""``signaal forms list`` and ``signaal forms check``."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.console import Console
from app.core.i18n import _
from app.forms_loader import load_checklists, load_modules, load_routes


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    forms = sub.add_parser("forms", help=_("checklists"))
    forms_sub = forms.add_subparsers(dest="forms_command", required=True, metavar="OPDRACHT")
    listing = forms_sub.add_parser("list", help=_("checklists en modules tonen"))
    listing.add_argument("--dir", type=Path, help=_("andere map met formulieren"))
    listing.set_defaults(func=cmd_list)
    check = forms_sub.add_parser("check", help=_("alle formulieren en routes controleren"))
    check.add_argument("--dir", type=Path, help=_("andere map met formulieren"))
    check.set_defaults(func=cmd_check)


def cmd_list(args: argparse.Namespace, console: Console) -> int:
    checklists = load_checklists(args.dir)
    for checklist in checklists.values():
        signals = sum(item.is_signal for item in checklist.items)
        console.say(
            _("{id}: {title} — {items} items ({signals} signalen), versie {version}, hash {hash}").format(
                id=checklist.id,
                title=checklist.title,
                items=len(checklist.items),
                signals=signals,
                version=checklist.version,
                hash=checklist.content_hash[:16],
            )
        )
    return 0


def cmd_check(args: argparse.Namespace, console: Console) -> int:
    modules = load_modules(args.dir)
    checklists = load_checklists(args.dir)
    routes = load_routes(args.dir)
    items = sum(len(m.items) for m in modules.values())
    console.say(
        _("In orde: {modules} modules, {items} items, {checklists} checklists, routes versie {version}.").format(
            modules=len(modules), items=items, checklists=len(checklists), version=routes.version
        )
    )
    return 0
