"""``signaal forms list``, ``signaal forms check`` and ``signaal forms diff OLD NEW``."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.console import Console
from app.core.checklists.diff import diff_checklists
from app.core.errors import NotFound
from app.core.i18n import _
from app.forms_loader import (
    check_versions,
    load_checklists,
    load_checklists_at,
    load_migration,
    load_modules,
    load_routes,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    forms = sub.add_parser("forms", help=_("checklists"))
    forms_sub = forms.add_subparsers(dest="forms_command", required=True, metavar="OPDRACHT")
    listing = forms_sub.add_parser("list", help=_("checklists en modules tonen"))
    listing.add_argument("--dir", type=Path, help=_("andere map met formulieren"))
    listing.set_defaults(func=cmd_list)
    check = forms_sub.add_parser("check", help=_("alle formulieren en routes controleren"))
    check.add_argument("--dir", type=Path, help=_("andere map met formulieren"))
    check.set_defaults(func=cmd_check)
    diff = forms_sub.add_parser("diff", help=_("verschillen tussen twee checklistversies tonen"))
    diff.add_argument("old", metavar="OUD", help=_("bijv. 2026.11"))
    diff.add_argument("new", metavar="NIEUW", help=_("bijv. 2026.12"))
    diff.add_argument("--checklist", metavar="CHECKLIST", help=_("alleen deze checklist, bijv. dtv"))
    diff.add_argument("--dir", type=Path, help=_("andere map met formulieren"))
    diff.set_defaults(func=cmd_diff)


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
    check_versions(args.dir)
    items = sum(len(m.items) for m in modules.values())
    console.say(
        _("In orde: {modules} modules, {items} items, {checklists} checklists, routes versie {version}.").format(
            modules=len(modules), items=items, checklists=len(checklists), version=routes.version
        )
    )
    return 0


def cmd_diff(args: argparse.Namespace, console: Console) -> int:
    old, new = load_checklists_at(args.old, args.dir), load_checklists_at(args.new, args.dir)
    migration = load_migration(args.dir)
    if migration is not None and (migration.source, migration.target) != (args.old, args.new):
        migration = None
    ids = sorted(set(old) & set(new))
    if args.checklist is not None:
        if args.checklist not in ids:
            raise NotFound(_("checklist {form} (beschikbaar: {all})").format(form=args.checklist, all=", ".join(ids)))
        ids = [args.checklist]
    for checklist_id in ids:
        changes = diff_checklists(old[checklist_id], new[checklist_id], migration)
        console.say(
            _("{id}: {old} → {new}, {n} wijzigingen").format(
                id=checklist_id, old=old[checklist_id].version, new=new[checklist_id].version, n=len(changes)
            )
        )
        for change in changes:
            console.say(f"  {change.label:<14} {change.item:<9} {change.detail}")
    return 0
