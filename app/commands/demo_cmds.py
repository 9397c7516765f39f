"""``signaal demo generate``: synthetic batches for tests, demos and benchmarks."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.console import Console
from app.core.errors import InvalidInput, InvalidRecipient
from app.core.i18n import _
from app.crypto.age import RecipientError, check_recipient
from app.demo.batches import generate


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser("demo", help=_("synthetische gegevens"))
    demo_cmds = demo.add_subparsers(dest="demo_command", required=True, metavar="OPDRACHT")
    gen = demo_cmds.add_parser("generate", help=_("synthetische batches maken"))
    gen.add_argument("--out", type=Path, required=True, metavar="MAP")
    gen.add_argument("--recipient", required=True, metavar="age1…", help=_("ontvanger van het register"))
    gen.add_argument("--orgs", type=int, default=20)
    gen.add_argument("--meldingen", type=int, default=100_000)
    gen.add_argument("--years", type=int, default=5)
    gen.add_argument("--seed", type=int, default=1)
    gen.set_defaults(func=cmd_generate)


def cmd_generate(args: argparse.Namespace, console: Console) -> int:
    try:
        recipient = check_recipient(args.recipient)
    except RecipientError as error:
        raise InvalidRecipient(error.problem, args.recipient.strip()[:6]) from None
    if args.orgs < 1 or args.meldingen < 1 or args.years < 1:
        raise InvalidInput(_("--orgs, --meldingen en --years moeten positief zijn."))
    summary = generate(args.out, recipient, orgs=args.orgs, meldingen=args.meldingen, years=args.years, seed=args.seed)
    console.say(
        _("{b} batches met {m} meldingen van {o} organisaties ({c} met toestemming, {r} herhaalde personen).").format(
            b=summary.batches, m=summary.meldingen, o=summary.orgs, c=summary.consent, r=summary.repeated_persons
        )
    )
    console.say(_("Sleutels: {keys}  Batches: {batches}").format(keys=args.out / "keys", batches=args.out / "batches"))
    console.say(
        _("Daarna: signaal registry trust add {keys}/*.pub && signaal registry import {batches}").format(
            keys=args.out / "keys", batches=args.out / "batches"
        )
    )
    return 0
