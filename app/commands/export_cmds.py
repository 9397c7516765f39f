"""``signaal keys show|set-recipient``, ``signaal export`` and ``signaal verify``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.commands.console import Console
from app.commands.login import login_options, open_session
from app.core.errors import NotFound
from app.core.i18n import _, ngettext
from app.crypto.minisign import FormatError, parse_public_key
from app.vault.atomic import atomic_write
from app.workflows import export, organisation, registry
from app.workflows.export import ExportPlan


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    keys = sub.add_parser("keys", help=_("sleutels van de organisatie en de ontvanger"))
    keys_sub = keys.add_subparsers(dest="keys_command", required=True, metavar="OPDRACHT")
    show = keys_sub.add_parser("show", parents=[login_options()], help=_("publieke sleutel en vingerafdrukken tonen"))
    show.add_argument("--out", type=Path, metavar="org.pub", help=_("publieke sleutel ook opslaan"))
    show.set_defaults(func=cmd_keys_show)
    recipient = keys_sub.add_parser("set-recipient", parents=[login_options()], help=_("age-ontvanger instellen"))
    recipient.add_argument("recipient", metavar="age1…")
    recipient.set_defaults(func=cmd_set_recipient)

    export = sub.add_parser("export", parents=[login_options()], help=_("meldingen exporteren naar een map of stick"))
    export.add_argument("--to", type=Path, required=True, metavar="MAP")
    export.add_argument(
        "--k", type=int, help=_("minimale groepsgrootte (standaard: instelling, 5; kleiner: coördinator, met reden)")
    )
    export.add_argument(
        "--reason", metavar="REDEN", help=_("reden voor een kleinere k dan de instelling (coördinator)")
    )
    export.add_argument("--dry-run", action="store_true", help=_("alleen tonen wat er zou vertrekken"))
    export.add_argument(
        "--override-holds", metavar="REDEN", help=_("achtergehouden meldingen toch meesturen (coördinator)")
    )
    export.set_defaults(func=cmd_export)

    verify = sub.add_parser("verify", help=_("buitenste handtekening van een batch controleren"))
    verify.add_argument("file", type=Path, metavar="BESTAND.signaal.age")
    verify.add_argument("--pubkey", type=Path, required=True, metavar="org.pub")
    verify.set_defaults(func=cmd_verify)


def cmd_keys_show(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        keys = organisation.org_keys(session)
    public = keys.public_key
    console.say(_("Publieke sleutel van {org} (minisign):").format(org=keys.org_name))
    console.say(public.to_text().rstrip())
    console.say(_("Sleutel-id: {id}").format(id=public.key_id_hex))
    console.say(_("Vingerafdruk: {fp}").format(fp=public.fingerprint()))
    if keys.recipient:
        console.say(_("Ontvanger: {r}").format(r=keys.recipient))
        console.say(_("Vingerafdruk ontvanger: {fp}").format(fp=keys.recipient_fingerprint))
    else:
        console.say(_("Nog geen ontvanger ingesteld."))
    if args.out is not None:
        atomic_write(args.out, public.to_text().encode("ascii"), mode=0o644)
        console.say(_("Publieke sleutel opgeslagen in {path}.").format(path=args.out))
    return 0


def cmd_set_recipient(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        fingerprint = organisation.set_recipient(session, args.recipient)
    console.say(_("Ontvanger ingesteld. Vergelijk deze vingerafdruk telefonisch met de ontvanger:"))
    console.say("    " + fingerprint)
    return 0


def _print_plan(plan: ExportPlan, console: Console) -> None:
    leaving = ngettext(
        "Wat het apparaat verlaat ({n} melding, k = {k}):",
        "Wat het apparaat verlaat ({n} meldingen, k = {k}):",
        len(plan.outgoing),
    )
    console.say(leaving.format(n=len(plan.outgoing), k=plan.k))
    if plan.summary():
        console.say(plan.summary())
    for item in plan.outgoing:
        console.say(f"  {item.code}\t" + json.dumps(item.melding.to_json(), ensure_ascii=False, sort_keys=True))
    if plan.held:
        console.say(_("Achtergehouden ({n}):").format(n=len(plan.held)))
        for item in plan.held:
            reason = item.decision.explain(plan.k) if item.decision is not None else ""
            console.say(f"  {item.code}: {reason}")
    console.say(_("Toelichting:"))
    for code, text in plan.explanations():
        console.say(f"  {code}: {text}")


def cmd_export(args: argparse.Namespace, console: Console) -> int:
    with open_session(args, console) as session:
        plan = export.plan(session, k=args.k)
        _print_plan(plan, console)
        if args.dry_run:
            console.say(_("Proefrun: er is niets geschreven of gewijzigd."))
            return 0
        result = export.write(session, plan, args.to, override_reason=args.override_holds, k_reason=args.reason)
    console.say(_("Geschreven en gecontroleerd: {path}").format(path=result.path))
    console.say(_("Handtekening: {path}").format(path=result.sig_path))
    count = len(result.meldingen)
    text = ngettext("Volgnummer {seq}, batch {id}, {n} melding.", "Volgnummer {seq}, batch {id}, {n} meldingen.", count)
    console.say(text.format(seq=result.sequence, id=result.batch_id, n=count))
    console.say(_("Sleutel {key} · vingerafdruk {fp}").format(key=result.org_key_id, fp=result.org_fingerprint))
    console.say(_("Vingerafdruk ontvanger: {fp}").format(fp=result.recipient_fingerprint))
    return 0


def cmd_verify(args: argparse.Namespace, console: Console) -> int:
    try:
        key = parse_public_key(args.pubkey.read_text("ascii"))
        data = args.file.read_bytes()
        signature = Path(str(args.file) + ".minisig").read_text("ascii")
    except FileNotFoundError as exc:
        raise NotFound(str(exc.filename)) from None
    except (FormatError, UnicodeDecodeError):
        raise NotFound(_("een geldige minisign-sleutel in {path}").format(path=args.pubkey)) from None
    comment = registry.check_signature(data, signature, key)
    console.say(_("Handtekening klopt (sleutel {key}).").format(key=key.key_id_hex))
    console.say(_("Vertrouwd commentaar: {comment}").format(comment=comment))
    return 0
