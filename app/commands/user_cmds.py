"""``signaal users add/remove/passwd/list`` and ``signaal recovery renew``."""

from __future__ import annotations

import argparse

from app.commands.console import Console
from app.commands.login import login_options, open_session
from app.core.i18n import _
from app.core.users import Role, normalise_user_name
from app.crypto.kdf import wipe
from app.workflows import organisation, users
from app.workflows.access import readable_code


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users = sub.add_parser("users", help=_("gebruikers beheren"))
    users_sub = users.add_subparsers(dest="users_command", required=True, metavar="OPDRACHT")
    add = users_sub.add_parser("add", parents=[login_options()], help=_("gebruiker toevoegen (beheerder)"))
    add.add_argument("name", help=_("gebruikersnaam"))
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.INTAKE.value)
    add.set_defaults(func=cmd_add)
    remove = users_sub.add_parser("remove", parents=[login_options()], help=_("gebruiker verwijderen (beheerder)"))
    remove.add_argument("name")
    remove.set_defaults(func=cmd_remove)
    passwd = users_sub.add_parser("passwd", parents=[login_options()], help=_("wachtzin wijzigen"))
    passwd.add_argument("name", nargs="?", help=_("andere gebruiker (beheerder of herstelcode)"))
    passwd.set_defaults(func=cmd_passwd)
    listing = users_sub.add_parser("list", parents=[login_options()], help=_("gebruikers tonen"))
    listing.set_defaults(func=cmd_list)

    rec = sub.add_parser("recovery", help=_("herstelcode"))
    rec_sub = rec.add_subparsers(dest="recovery_command", required=True, metavar="OPDRACHT")
    renew = rec_sub.add_parser("renew", parents=[login_options()], help=_("nieuwe herstelcode maken (beheerder)"))
    renew.set_defaults(func=cmd_renew)


def cmd_add(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        passphrase = console.new_secret(_("Wachtzin voor {name}: ").format(name=args.name))
        try:
            user = users.add_user(session, args.name, Role(args.role), passphrase)
        finally:
            wipe(passphrase)
    console.say(_("Gebruiker {name} toegevoegd ({role}).").format(name=user.name, role=user.role.label))
    return 0


def cmd_remove(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        lost = users.remove_user(session, args.name)
        keys = organisation.org_keys(session)
    console.say(_("Gebruiker {name} verwijderd; de sleutel van deze gebruiker is gewist.").format(name=args.name))
    _after_rekey(console, keys, lost)
    return 0


def _after_rekey(console: Console, keys: organisation.OrgKeys, lost: list[str]) -> None:
    console.say(_("De kluis is opnieuw versleuteld: oude sleutelbestanden en reservekopieën openen hem niet meer."))
    console.say(
        _(
            "De organisatie heeft een nieuwe ondertekeningssleutel ({key_id}, vingerafdruk {fingerprint}). Geef "
            "het register de nieuwe publieke sleutel (‘signaal keys show --out BESTAND’) en bevestig de "
            "vingerafdruk telefonisch; tot dan weigert het register nieuwe batches."
        ).format(key_id=keys.public_key.key_id_hex, fingerprint=keys.public_key.fingerprint())
    )
    for name in lost:
        console.warn(
            _("Let op: {name} heeft een nieuwe wachtzin nodig (‘signaal users passwd {name}’).").format(name=name)
        )


def cmd_passwd(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        own = args.name is None or (
            not session.user.is_recovery and normalise_user_name(args.name) == normalise_user_name(session.user.name)
        )
        if own:
            old = console.secret(_("Huidige wachtzin: "))
            new = console.new_secret(_("Nieuwe wachtzin: "))
            try:
                users.change_own_passphrase(session, old, new)
            finally:
                wipe(old)
                wipe(new)
            name = session.user.name
        else:
            new = console.new_secret(_("Nieuwe wachtzin voor {name}: ").format(name=args.name))
            try:
                users.reset_passphrase(session, args.name, new)
            finally:
                wipe(new)
            name = args.name
    console.say(_("Wachtzin van {name} gewijzigd.").format(name=name))
    return 0


def cmd_list(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        for user in users.active_users(session):
            console.say(f"{user.name}\t{user.role.value}")
    return 0


def cmd_renew(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        code = users.renew_recovery_code(session)
        keys = organisation.org_keys(session)
    console.say(_("NIEUWE HERSTELCODE (de oude werkt niet meer):"))
    console.say("    " + readable_code(code))
    _after_rekey(console, keys, [])
    return 0
