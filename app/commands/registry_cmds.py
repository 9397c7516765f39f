"""``signaal registry …``: the receiving side (init, trust, import, review, stats)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.batch.codes import MELDER_TYPES
from app.commands.console import Console
from app.commands.login import login_options, open_session, vault_options, vault_paths
from app.core.clock import SystemClock
from app.core.errors import InvalidInput, NotFound
from app.core.generalised_labels import generalised_note
from app.core.i18n import _
from app.core.linkage import reason_label
from app.crypto.kdf import wipe
from app.reports.registry_report import registry_report_pdf
from app.vault.atomic import atomic_write
from app.workflows import registry
from app.workflows.access import readable_code

MAX_EXIT = 100


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    registry = sub.add_parser("registry", help=_("de ontvangende kant (register)"))
    registry.set_defaults(registry=True)
    cmds = registry.add_subparsers(dest="registry_command", required=True, metavar="OPDRACHT")
    init = cmds.add_parser("init", parents=[vault_options()], help=_("een registerkluis aanmaken"))
    init.add_argument("--org", default="CoMensha", metavar="NAAM")
    init.add_argument("--admin", metavar="NAAM")
    init.set_defaults(func=cmd_init, registry=True)
    trust = cmds.add_parser("trust", help=_("vertrouwde afzenders"))
    trust_cmds = trust.add_subparsers(dest="trust_command", required=True, metavar="OPDRACHT")
    add = trust_cmds.add_parser("add", parents=[login_options()], help=_("publieke sleutel(s) toevoegen"))
    add.add_argument("files", type=Path, nargs="+", metavar="org.pub")
    add.add_argument("--name", help=_("naam van de organisatie (standaard: bestandsnaam)"))
    add.set_defaults(func=cmd_trust_add, registry=True)
    listing = trust_cmds.add_parser("list", parents=[login_options()], help=_("afzenders tonen"))
    listing.set_defaults(func=cmd_trust_list, registry=True)
    revoke = trust_cmds.add_parser("revoke", parents=[login_options()], help=_("sleutel intrekken"))
    revoke.add_argument("key_id", metavar="SLEUTEL-ID")
    revoke.set_defaults(func=cmd_trust_revoke, registry=True)
    imp = cmds.add_parser("import", parents=[login_options()], help=_("batches importeren (bestanden of mappen)"))
    imp.add_argument("paths", type=Path, nargs="+", metavar="PAD")
    imp.set_defaults(func=cmd_import, registry=True)
    rev = cmds.add_parser("review", help=_("mogelijke dubbelingen"))
    rev_cmds = rev.add_subparsers(dest="review_command", required=True, metavar="OPDRACHT")
    rev_list = rev_cmds.add_parser("list", parents=[login_options()])
    rev_list.set_defaults(func=cmd_review_list, registry=True)
    for name, func in (("link", cmd_review_link), ("dismiss", cmd_review_dismiss)):
        decide = rev_cmds.add_parser(name, parents=[login_options()])
        decide.add_argument("candidate", type=int)
        decide.set_defaults(func=func, registry=True)
    stats = cmds.add_parser("stats", parents=[login_options()], help=_("statistiek tonen en exporteren"))
    stats.add_argument("--csv", type=Path, metavar="BESTAND.csv")
    stats.add_argument("--pdf", type=Path, metavar="BESTAND.pdf")
    stats.add_argument("--melder", choices=MELDER_TYPES, help=_("alleen meldingen van dit soort melder"))
    stats.add_argument("--afzender", metavar="SLEUTEL-ID", help=_("alleen meldingen van deze afzender"))
    stats.set_defaults(func=cmd_stats, registry=True)


def cmd_init(args: argparse.Namespace, console: Console) -> int:
    admin = args.admin or console.ask(_("Gebruikersnaam van de beheerder: "))
    if not admin.strip():
        raise InvalidInput(_("Een gebruikersnaam is verplicht."))
    passphrase = console.new_secret(_("Nieuwe wachtzin voor {name}: ").format(name=admin))
    paths = vault_paths(args)
    try:
        own, code = registry.create(
            paths, org_name=args.org, admin_name=admin, admin_passphrase=passphrase, clock=SystemClock()
        )
    finally:
        wipe(passphrase)
    console.say(_("Registerkluis aangemaakt in {home}.").format(home=paths.home))
    console.say(_("Geef organisaties deze ontvanger (age):"))
    console.say("    " + own.recipient)
    console.say(_("Vingerafdruk om telefonisch te vergelijken: {fp}").format(fp=own.fingerprint))
    console.say(_("HERSTELCODE (wordt maar één keer getoond): {code}").format(code=readable_code(code)))
    return 0


def cmd_trust_add(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        for file in args.files:
            try:
                text = file.read_text("ascii")
            except (OSError, UnicodeDecodeError):
                raise NotFound(str(file)) from None
            sender = registry.trust_sender(session, text, args.name or file.stem)
            console.say(
                _("Vertrouwd: {name} ({id}, vingerafdruk {fp})").format(
                    name=sender.name, id=sender.key_id, fp=sender.public_key.fingerprint()
                )
            )
    return 0


def cmd_trust_list(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        for sender in registry.senders(session):
            state = _("ingetrokken") if sender.revoked else _("actief")
            console.say(f"{sender.key_id}\t{sender.name}\t{state}\t{sender.last_sequence}")
    return 0


def cmd_trust_revoke(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        registry.revoke_sender(session, args.key_id)
    console.say(_("Sleutel {id} ingetrokken.").format(id=args.key_id.upper()))
    return 0


def cmd_import(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        outcomes = registry.import_batches(session, args.paths)
    for outcome in outcomes:
        mark = "OK " if outcome.accepted else _("NEE")
        console.say(f"{mark} {outcome.file}: {outcome.message}")
    rejected = sum(not o.accepted for o in outcomes)
    console.say(_("{ok} aangenomen, {bad} geweigerd.").format(ok=len(outcomes) - rejected, bad=rejected))
    return min(rejected, MAX_EXIT)  # the exit code says how many files were refused (100: 100 or more)


def cmd_review_list(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        for candidate in registry.duplicate_candidates(session):
            reasons = ", ".join(reason_label(r) for r in candidate.reasons)
            console.say(f"{candidate.id}\t{candidate.score:.2f}\t{reasons}")
            for side in (candidate.a, candidate.b):
                person, facts = side.person, side.facts
                name = f"{person.given_names} {person.family_name}" if person else "?"
                born = person.date_of_birth if person and person.date_of_birth else "?"
                console.say(f"\t{side.org_name}: {name}, {born}, {facts.nationality if facts else '?'}")
    return 0


def cmd_review_link(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        registry.link_duplicates(session, args.candidate)
    console.say(_("Gekoppeld: telt voortaan als één persoon."))
    return 0


def cmd_review_dismiss(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        registry.keep_apart(session, args.candidate)
    console.say(_("Afgewezen: blijven twee personen."))
    return 0


def cmd_stats(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        sender = args.afzender.upper() if args.afzender else None
        stats = registry.national_statistics(session, reporter=args.melder, sender=sender)
    tables, streams = stats.tables, stats.streams
    for year in sorted(streams):
        s = streams[year]
        console.say(
            _("{year}: {m} meldingen, {p} personen, waarvan {a} niet te ontdubbelen").format(
                year=year, m=s["meldingen"], p=s["personen"], a=s["anoniem"]
            )
        )
    for table in tables:
        console.say()
        console.say(table.title + "\t" + "\t".join(str(y) for y in table.years))
        for category, counts in table.rows:
            console.say(f"  {category}\t" + "\t".join(str(c) for c in counts))
        if note := generalised_note(table.years, table.generalised):
            console.say("  " + note)
    if args.csv is not None:
        atomic_write(args.csv, stats.csv(), mode=0o644)
        console.say(_("CSV geschreven (kleine aantallen verborgen): {path}").format(path=args.csv))
    if args.pdf is not None:
        atomic_write(args.pdf, registry_report_pdf(stats.org_name, stats.made_at, tables, streams), mode=0o644)
        console.say(_("PDF geschreven (kleine aantallen verborgen): {path}").format(path=args.pdf))
    return 0
