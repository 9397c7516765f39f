"""The ``signaal`` command line. Every command calls the same vault/core functions as the desktop app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from app import __version__, locale, preferences
from app.commands import (
    audit_cmds,
    case_cmds,
    demo_cmds,
    export_cmds,
    forms_cmds,
    interview_cmds,
    pdf_cmds,
    registry_cmds,
    user_cmds,
    vault_cmds,
)
from app.commands.console import Console
from app.core.errors import SignaalError
from app.core.i18n import _
from app.hardening import forbid_core_dumps
from app.vault.paths import default_home

EXIT_ERROR = 1
EXIT_USAGE = 2
MODULES = (
    vault_cmds,
    user_cmds,
    case_cmds,
    interview_cmds,
    export_cmds,
    registry_cmds,
    demo_cmds,
    forms_cmds,
    pdf_cmds,
    audit_cmds,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="signaal",
        description=_("Signaal: signalen van mensenhandel herkennen, vastleggen en melden (offline)."),
    )
    parser.add_argument("--version", action="version", version=f"signaal {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for module in MODULES:
        module.register(sub)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    forbid_core_dumps()  # the ``signaal`` console script starts here, not in app/__main__.py
    locale.activate(locale.language_from_environment() or preferences.load(default_home()).language)
    console = Console(stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help(console.stdout)
        return EXIT_USAGE
    try:
        return int(args.func(args, console))
    except SignaalError as error:
        console.warn(_("Fout: {message}").format(message=error))
        return EXIT_ERROR
    except (OSError, UnicodeError, ValueError, OverflowError, RecursionError, MemoryError) as error:
        console.warn(_("Fout: {message}").format(message=bad_input(error)))  # never a traceback for bad input
        return EXIT_ERROR
    except KeyboardInterrupt:
        console.warn(_("Afgebroken."))
        return EXIT_ERROR
    except BrokenPipeError:  # output piped into e.g. head, which stopped reading
        return 0


def bad_input(error: BaseException) -> str:
    """A message for input the commands did not check themselves: a file that cannot be read or written,
    text that is not UTF-8, a number out of range, a nesting too deep."""
    if isinstance(error, OSError):
        where = error.filename if error.filename is not None else "?"
        return _("{path} kan niet worden gelezen of geschreven ({reason}). Er is niets gewijzigd.").format(
            path=where, reason=error.strerror or type(error).__name__
        )
    if isinstance(error, UnicodeError):
        return _("De invoer bevat tekens die geen geldige UTF-8 zijn. Er is niets gewijzigd.")
    if isinstance(error, OverflowError):
        return _("Een getal in de invoer is te groot. Er is niets gewijzigd.")
    if isinstance(error, (RecursionError, MemoryError)):
        return _("De invoer is te groot of te diep genest. Er is niets gewijzigd.")
    if "null" in str(error):
        return _("De invoer bevat een nulteken. Er is niets gewijzigd.")
    return _("Ongeldige invoer ({detail}). Er is niets gewijzigd.").format(detail=error)


if __name__ == "__main__":
    sys.exit(main())
