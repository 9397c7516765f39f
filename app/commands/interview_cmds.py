"""``signaal interview``: record a whole interview from a YAML answers file and print the assessment.

Answers file::

    language: ro            # language of the conversation (optional, default nl)
    interpreter: true       # optional
    answers:
      CORE-01: observed     # observed | reported | no | unknown | not_asked for signals
      GGD-T1: [ro, en]      # multiple choice as a list
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import yaml

from app.commands.console import Console
from app.commands.login import login_options, open_session
from app.core.assessment_json import assessment_json
from app.core.assessment_text import Block, assessment_blocks, route_blocks
from app.core.errors import InvalidInput, NotFound
from app.core.i18n import _, ngettext
from app.core.interview_model import ANSWER_CORRECTIONS
from app.core.routing import advise
from app.forms_loader import load_checklists, load_routes
from app.workflows import interview as interview_actions
from app.workflows import views
from app.workflows.interview_version import move_to_current


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    interview = sub.add_parser(
        "interview",
        parents=[login_options()],
        help=_("gesprek vastleggen uit een bestand, of een antwoord corrigeren (interview correct …)"),
    )
    interview.add_argument(
        "action",
        nargs="?",
        choices=["correct", "move"],
        help=_("‘correct’: een antwoord corrigeren; ‘move’: een open gesprek naar de nieuwste checklistversie"),
    )
    interview.add_argument("--case", required=True, metavar="CODE", help=_("zaakcode, bijv. UT-2026-0042"))
    interview.add_argument("--form", metavar="CHECKLIST", help=_("bijv. ggd_intake"))
    interview.add_argument("--answers", type=Path, metavar="BESTAND.yaml")
    interview.add_argument("--item", metavar="ITEM", help=_("correct: het item, bijv. CORE-01"))
    interview.add_argument("--value", metavar="ANTWOORD", help=_("correct: het juiste antwoord"))
    interview.add_argument("--why", choices=list(ANSWER_CORRECTIONS), help=_("correct: waarom"))
    interview.add_argument("--note", default="", metavar="TEKST")
    interview.add_argument(
        "--json", action="store_true", help=_("de uitkomst als JSON: niveau, redenen (feiten), route-stappen, teksten")
    )
    interview.set_defaults(func=cmd_interview)


class _AnswersLoader(yaml.SafeLoader):
    """Safe YAML with dates left as text, so an impossible date (2025-02-30) is refused by the checklist's
    own check, which names the item, instead of failing inside the YAML parser."""


_AnswersLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_answers_file(path: Path) -> dict[str, Any]:
    try:
        doc = yaml.load(path.read_text("utf-8"), Loader=_AnswersLoader)
    except OSError as exc:
        raise NotFound(f"{path} ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise InvalidInput(_("{path} is geen UTF-8-tekst. Sla het bestand op als UTF-8.").format(path=path)) from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise InvalidInput(_("{path} is geen geldige YAML: {error}").format(path=path, error=exc)) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("answers"), dict):
        raise InvalidInput(_("{path}: verwacht een sleutel ‘answers’ met item: antwoord.").format(path=path))
    return doc


def cmd_interview(args: argparse.Namespace, console: Console) -> int:
    if args.action == "correct":
        return cmd_correct(args, console)
    if args.action == "move":
        return cmd_move(args, console)
    if args.form is None or args.answers is None:
        raise InvalidInput(_("Geef --form en --answers, of gebruik ‘interview correct’."))
    checklists = load_checklists()
    if args.form not in checklists:
        raise NotFound(_("checklist {form} (beschikbaar: {all})").format(form=args.form, all=", ".join(checklists)))
    checklist = checklists[args.form]
    doc = read_answers_file(args.answers)
    answers = doc["answers"]
    with open_session(args, console) as session:
        done = interview_actions.record_whole(
            session,
            args.case,
            checklist,
            answers,
            language=str(doc.get("language", "nl")),
            interpreter_used=bool(doc.get("interpreter", False)),
        )
        org_type = views.settings(session).org_type
    case, interview, result = done.case, done.interview, done.assessment
    advice = advise(load_routes(), org_type, result, case.nationality)
    if args.json:
        document = {"case": case.code, "interview": interview.id} | assessment_json(result, advice, checklist)
        console.say(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True))
        return 0
    console.say(
        _("Gesprek {id} opgeslagen bij zaak {code} (checklist {form}, versie {version}).").format(
            id=interview.id, code=case.code, form=checklist.id, version=checklist.version
        )
    )
    _print_blocks(console, assessment_blocks(result) + route_blocks(advice))
    return 0


def _print_blocks(console: Console, blocks: list[Block]) -> None:
    for block in blocks:
        console.say()
        console.say(block.heading + ":")
        for line in block.text_lines():
            console.say("  " + line)


def cmd_correct(args: argparse.Namespace, console: Console) -> int:
    """Change one answer of the case's latest finished interview, with a reason (audited)."""
    if args.item is None or args.value is None or args.why is None:
        raise InvalidInput(_("‘interview correct’ heeft --item, --value en --why nodig."))
    try:
        value = json.loads(args.value)  # a number or a list (["nl", "en"]); anything else is the text itself
    except json.JSONDecodeError:
        value = args.value
    checklists = load_checklists()
    with open_session(args, console) as session:
        case = views.case_by_code(session, args.case, record_view=False)
        finished = [i for i in views.case_view(session, case.id, record_view=False).interviews if i.finished_at]
        if not finished:
            raise NotFound(_("een afgerond gesprek bij zaak {code}").format(code=case.code))
        interview = finished[-1]
        if interview.form_id not in checklists:
            raise NotFound(_("checklist {form}").format(form=interview.form_id))
        done = interview_actions.correct(
            session, checklists[interview.form_id], interview.id, args.item, value, reason=args.why, note=args.note
        )
    console.say(_("Gecorrigeerd in gesprek {id}: {item}.").format(id=interview.id, item=args.item))
    _print_blocks(console, assessment_blocks(done.assessment))
    return 0


def cmd_move(args: argparse.Namespace, console: Console) -> int:
    """Move the case's open interview to the current checklist version and say what happened to each answer."""
    with open_session(args, console) as session:
        case = views.case_by_code(session, args.case, record_view=False)
        open_ones = [i for i in views.case_view(session, case.id, record_view=False).interviews if not i.finished_at]
        if not open_ones:
            raise NotFound(_("een open gesprek bij zaak {code}").format(code=case.code))
        report = move_to_current(session, open_ones[-1].id)
    carried = len(report.moved.carried)
    taken = ngettext("{n} antwoord overgenomen", "{n} antwoorden overgenomen", carried).format(n=carried)
    console.say(
        _("Gesprek verplaatst naar {version}: {taken}.").format(
            version=report.state.interview.form_version, taken=taken
        )
    )
    for old, targets in report.moved.ask_again:
        console.say("  " + _("opnieuw vragen: {old} → {new}").format(old=old, new=", ".join(targets)))
    for old, why in report.moved.dropped:
        console.say("  " + _("vervallen: {old} ({why})").format(old=old, why=why))
    return 0
