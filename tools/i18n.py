"""Catalog maintenance (``make i18n-extract``, ``i18n-update``, ``catalogs``, ``i18n-report``).

python tools/i18n.py extract   # code and forms/*.yaml -> i18n/app.pot, i18n/forms.pot
python tools/i18n.py update    # merge the templates into every i18n/<lang>/LC_MESSAGES/*.po
python tools/i18n.py compile   # .po -> .mo (build output, not committed)
python tools/i18n.py report    # coverage and review status per language
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import write_po

from app.catalogs import DOMAINS, compile_all, coverage, po_files, read_catalog

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
SOURCE_LANGUAGE = "nl"
EXTRACT = {
    "app": ["-F", "i18n/babel.cfg", "-k", "N_", "-k", "ngettext:1,2", "."],
    "forms": ["-F", "i18n/babel-forms.cfg", "."],
}


def extract() -> None:
    for domain, arguments in EXTRACT.items():
        CommandLineInterface().run(
            [
                "pybabel",
                "-q",
                "extract",
                "--no-location",
                "--sort-output",
                "--project",
                "Signaal",
                "-o",
                f"i18n/{domain}.pot",
                *arguments,
            ]
        )


def update() -> None:
    for domain in DOMAINS:
        template = read_catalog(I18N / f"{domain}.pot")
        for po in po_files(I18N):
            if po.stem != domain:
                continue
            catalog = read_catalog(po)
            catalog.update(template, no_fuzzy_matching=True)
            if po.parents[1].name == SOURCE_LANGUAGE:
                for message in catalog:
                    if isinstance(message.id, tuple) and not all(message.string):
                        message.string = message.id  # plural: the source forms are the translation
                    elif message.id and not message.string:
                        message.string = message.id
            catalog.obsolete.clear()
            with po.open("wb") as handle:
                write_po(handle, catalog, width=100, omit_header=False, include_previous=False)


def report() -> None:
    print(f"{'lang':5} {'domain':6} {'all':>12} {'client':>10}  review")
    for po in po_files(I18N):
        c = coverage(po)
        client = f"{c.client_translated}/{c.client_total}" if c.client_total else "-"
        print(f"{c.language:5} {c.domain:6} {c.translated:>4}/{c.total:<4} {c.percent:3.0f}% {client:>9}  {c.review}")


def main(argv: list[str]) -> int:
    commands = {
        "extract": extract,
        "update": update,
        "compile": lambda: print(*compile_all(I18N), sep="\n"),
        "report": report,
    }
    if len(argv) != 2 or argv[1] not in commands:
        print(__doc__)
        return 2
    commands[argv[1]]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
