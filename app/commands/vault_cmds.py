"""``signaal init``, ``backup`` and ``restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.console import Console
from app.commands.login import login_options, open_session, read_credentials, vault_options, vault_paths
from app.core.cases import default_prefix, validate_prefix
from app.core.clock import SystemClock
from app.core.errors import InvalidInput
from app.core.i18n import _
from app.core.settings import OrgType, Settings
from app.crypto.kdf import wipe
from app.workflows import access
from app.workflows.access import PassphraseCredentials, readable_code
from app.workflows.backup import backup_now, restore


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = sub.add_parser("init", parents=[vault_options()], help=_("een nieuwe kluis aanmaken"))
    init.add_argument("--org", metavar="NAAM", help=_("naam van de organisatie"))
    init.add_argument("--org-type", choices=[t.value for t in OrgType.field_types()], help=_("soort organisatie"))
    init.add_argument("--prefix", help=_("voorvoegsel van zaakcodes, bijvoorbeeld UT"))
    init.add_argument("--admin", metavar="NAAM", help=_("gebruikersnaam van de eerste beheerder"))
    init.set_defaults(func=cmd_init)

    backup = sub.add_parser("backup", parents=[login_options()], help=_("versleutelde reservekopie maken"))
    backup.add_argument("path", type=Path, nargs="?", help=_("bestand of map (standaard: backups/ in de kluismap)"))
    backup.set_defaults(func=cmd_backup)

    restore_cmd = sub.add_parser("restore", parents=[login_options()], help=_("reservekopie terugzetten"))
    restore_cmd.add_argument("path", type=Path, help=_("het reservekopiebestand (met PAD.keys ernaast)"))
    restore_cmd.set_defaults(func=cmd_restore)


def _required(value: str | None, prompt: str, console: Console) -> str:
    value = value if value is not None else console.ask(prompt)
    if not value.strip():
        raise InvalidInput(_("Dit gegeven is verplicht: {what}").format(what=prompt.strip(" :")))
    return value.strip()


def cmd_init(args: argparse.Namespace, console: Console) -> int:
    org = _required(args.org, _("Naam van de organisatie: "), console)
    types = ", ".join(t.value for t in OrgType.field_types())
    org_type_text = _required(args.org_type, _("Soort organisatie ({types}): ").format(types=types), console)
    try:
        org_type = OrgType(org_type_text)
        if org_type not in OrgType.field_types():
            raise ValueError(org_type_text)
    except ValueError:
        raise InvalidInput(_("Onbekende soort organisatie: {value}.").format(value=org_type_text)) from None
    prefix = validate_prefix(args.prefix or default_prefix(org))
    admin = _required(args.admin, _("Gebruikersnaam van de beheerder: "), console)
    passphrase = console.new_secret(_("Nieuwe wachtzin voor {name}: ").format(name=admin))
    paths = vault_paths(args)
    try:
        session, code = access.create(
            paths,
            settings=Settings(org_name=org, org_type=org_type, case_prefix=prefix),
            admin_name=admin,
            admin_passphrase=passphrase,
            clock=SystemClock(),
        )
    finally:
        wipe(passphrase)
    session.lock()
    console.say(_("Kluis aangemaakt in {home}.").format(home=paths.home))
    console.say()
    console.say(_("HERSTELCODE (wordt maar één keer getoond):"))
    console.say("    " + readable_code(code))
    console.say(_("Print of noteer deze code en bewaar hem achter slot, apart van deze laptop."))
    console.say(_("Zonder wachtzin én zonder herstelcode zijn de gegevens niet meer te openen."))
    while console.interactive and not console.confirm(_("Hebt u de herstelcode genoteerd?")):
        console.say("    " + readable_code(code))
    return 0


def cmd_backup(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        target = backup_now(session, args.path)
    console.say(_("Reservekopie geschreven en gecontroleerd: {path} (met {path}.keys)").format(path=target))
    return 0


def cmd_restore(args: argparse.Namespace, console: Console) -> int:
    credentials = read_credentials(args, console)
    try:
        session, aside = restore(vault_paths(args), args.path, credentials, SystemClock())
    finally:
        if isinstance(credentials, PassphraseCredentials):
            wipe(credentials.passphrase)
    session.lock()
    console.say(_("Reservekopie teruggezet. De vorige bestanden staan in {aside}.").format(aside=aside))
    return 0
