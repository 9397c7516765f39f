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
from pathlib import Path
from typing import Any

import yaml

from app.commands.console import Console
from app.commands.login import login_options, open_session
from app.core.assessment_text import Block, assessment_blocks, route_blocks
from app.core.errors import InvalidInput, NotFound
from app.core.i18n import _
from app.core.routing import advise
from app.forms_loader import load_checklists, load_routes
from app.workflows import interview as interview_actions
from app.workflows import views


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    interview = sub.add_parser("interview", parents=[login_options()], help=_("gesprek vastleggen uit een bestand"))
    interview.add_argument("--case", required=True, metavar="CODE", help=_("zaakcode, bijv. UT-2026-0042"))
    interview.add_argument("--form", required=True, metavar="CHECKLIST", help=_("bijv. ggd_intake"))
    interview.add_argument("--answers", required=True, type=Path, metavar="BESTAND.yaml")
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
