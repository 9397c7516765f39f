"""Common options of commands that open the vault, and opening it."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.console import Console
from app.core.clock import SystemClock
from app.core.i18n import _
from app.crypto.kdf import wipe
from app.vault.paths import VaultPaths, default_home, default_registry_home
from app.vault.session import Session
from app.workflows.access import Credentials, PassphraseCredentials, RecoveryCredentials, unlock


def vault_options() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--vault", type=Path, metavar="MAP", help=_("map van de kluis (standaard: per gebruiker)"))
    return parent


def login_options() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False, parents=[vault_options()])
    parent.add_argument("--user", metavar="NAAM", help=_("gebruikersnaam (anders wordt erom gevraagd)"))
    parent.add_argument("--recovery", action="store_true", help=_("ontgrendelen met de herstelcode"))
    return parent


def vault_paths(args: argparse.Namespace) -> VaultPaths:
    if args.vault is not None:
        return VaultPaths(args.vault)
    return VaultPaths(default_registry_home() if getattr(args, "registry", False) else default_home())


def read_credentials(args: argparse.Namespace, console: Console) -> Credentials:
    if getattr(args, "recovery", False):
        code = console.secret(_("Herstelcode: "))
        try:
            return RecoveryCredentials(code.decode("utf-8"))
        finally:
            wipe(code)
    name = args.user or console.ask(_("Gebruikersnaam: "))
    return PassphraseCredentials(name, console.secret(_("Wachtzin: ")))


def open_session(args: argparse.Namespace, console: Console) -> Session:
    credentials = read_credentials(args, console)
    try:
        session = unlock(vault_paths(args), credentials, SystemClock())
        for warning in session.warnings:
            console.warn(str(warning))
        return session
    finally:
        if isinstance(credentials, PassphraseCredentials):
            wipe(credentials.passphrase)
