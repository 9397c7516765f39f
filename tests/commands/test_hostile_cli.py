"""Every ``signaal`` command with hostile arguments and files (issue 17, point 8): never a traceback; a bad
input gives a message on stderr and a non-zero exit code, and a rejected interview creates nothing."""

from __future__ import annotations

import argparse
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import build_parser, main
from app.core.settings import OrgType, Settings
from app.vault.lifecycle import create_vault
from app.vault.paths import VaultPaths
from app.vault.repos import cases
from tests.conftest import FixedClock, cheap_kdf, secret

PASS = "de wachtzin van de beheerder"
NEW = "een nieuwe lange wachtzin 42"
TEXTS = ["", "\x00", "-1", "../../../etc/passwd", "Ω" * 5000, "UT-2025-02-30", "' OR 1=1 --", "\udcff"]
NUMBERS = ["-1", "0", "99999999999999999999999", "abc", "1e3"]


def _leaf_commands() -> Iterator[tuple[list[str], argparse.ArgumentParser]]:
    def walk(parser: argparse.ArgumentParser, prefix: list[str]) -> Iterator[tuple[list[str], argparse.ArgumentParser]]:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    yield from walk(sub, [*prefix, name])
                return
        yield prefix, parser

    yield from walk(build_parser(), [])


def _value_arguments(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    skip = {"vault", "help", "user"}
    actions = [a for a in parser._actions if not isinstance(a, argparse._HelpAction)]
    return [a for a in actions if a.dest not in skip and a.nargs != 0]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "latin1.yaml").write_bytes("answers:\n  CORE-01: observed \xe9\n".encode("latin-1") + b"\xff\xfe")
    (folder / "empty").write_bytes(b"")
    (folder / "good.yaml").write_text("answers:\n  CORE-01: observed\n")
    (folder / "binary").write_bytes(bytes(range(256)) * 40)
    (folder / "folder").mkdir()
    (folder / "deep.yaml").write_text("a: " + "[" * 5000 + "]" * 5000 + "\n")
    (folder / "bomb.yaml").write_text('a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\nanswers: {CORE-01: *c}\n')
    return {
        "missing": folder / "does-not-exist" / "x",
        "folder": folder / "folder",
        "latin1": folder / "latin1.yaml",
        "empty": folder / "empty",
        "binary": folder / "binary",
        "deep": folder / "deep.yaml",
        "bomb": folder / "bomb.yaml",
        "nul": Path(str(folder / "a\x00b")),
        "good": folder / "good.yaml",
    }


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    paths = VaultPaths(tmp_path_factory.mktemp("kluis") / "v")
    session, _code = create_vault(
        paths,
        settings=Settings(org_name="GGD Noord", org_type=OrgType.GGD_INTAKE, case_prefix="GN"),
        admin_name="anna",
        admin_passphrase=secret(PASS),
        clock=FixedClock(),
        kdf=cheap_kdf,
    )
    with session:
        assert cases.create(session).code == "GN-2026-0001"
    return paths.home


FILLERS = {"form": "ggd_intake", "case": "GN-2026-0001", "code": "GN-2026-0001", "answers": "good"}


def _filler(action: argparse.Action, files: dict[str, Path]) -> str:
    if action.dest in FILLERS:
        return FILLERS[action.dest] if action.dest != "answers" else str(files["good"])
    if action.choices:
        return str(next(iter(action.choices)))
    if action.type is int:
        return "1"
    if action.type is Path:
        return str(files["empty"])
    return "x"


def _cases(files: dict[str, Path]) -> Iterator[tuple[str, list[str]]]:
    """One case per (command, value-taking argument, hostile value); the other arguments get plain values."""
    for command, parser in _leaf_commands():
        arguments = _value_arguments(parser)
        login = ["--user", "anna"] if any(a.dest == "user" for a in parser._actions) else []
        vault = ["--vault", "{home}"] if any(a.dest == "vault" for a in parser._actions) else []
        for target in arguments:
            if target.choices:
                hostile = ["", "nope"]
            elif target.type is int:
                hostile = NUMBERS
            elif target.type is Path:
                hostile = [str(p) for p in files.values()]
            else:
                hostile = TEXTS
            for value in hostile:
                argv = [*command, *vault, *login]
                for action in arguments:
                    given = value if action is target else _filler(action, files)
                    if action.required or action is target or not action.option_strings:
                        argv += [*action.option_strings[:1], given]
                yield f"{' '.join(command)} {target.dest}={value[:20]!r}", argv


def test_the_hostile_cases_cover_every_command(files: dict[str, Path]) -> None:
    commands = {" ".join(c) for c, parser in _leaf_commands() if _value_arguments(parser)}
    assert len(commands) >= 25
    assert {case_id.split(" ", 1)[0] for case_id, _argv in _cases(files)} >= {c.split(" ")[0] for c in commands}


def _run(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        code = main(argv, stdin=io.StringIO(f"{PASS}\n{NEW}\n{NEW}\n{NEW}\n"), stdout=out, stderr=err)
    except SystemExit as exit_:  # argparse's own usage errors: a usage message and exit code 2
        code = int(exit_.code or 0)
    return code, err.getvalue() + out.getvalue()


def test_every_command_survives_hostile_input(home: Path, files: dict[str, Path]) -> None:
    failures = []
    for case_id, template in _cases(files):
        argv = [str(home) if a == "{home}" else a for a in template]
        try:
            code, err = _run(argv)
        except BaseException as exc:  # noqa: BLE001 - catching everything is the point of the test
            failures.append(f"{case_id}: {type(exc).__name__}: {exc!s:.200}")
            continue
        if code not in (0, 2) and not err.strip():
            failures.append(f"{case_id}: exit {code} without a message")
        if "Traceback" in err:
            failures.append(f"{case_id}: traceback on stderr")
    assert not failures, "\n".join(failures)
