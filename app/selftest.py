"""``signaal --selftest``: prove that this installation (a bundle or a venv) works end to end, in a
throw-away vault in a temporary folder that is removed afterwards. Each step prints ok or what failed.

Steps: forms and catalogs load; a vault is created with the real key derivation, locked and unlocked; a
scripted interview gives the expected assessment; a batch is exported, its signatures and encryption
verified as the registry would; PDFs render with the shipped fonts (Arabic and Ethiopic too); and
(``app.ui.selftest_window``) the Qt window builds, offscreen when there is no display. Nothing touches the
user's own vault.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from app import __version__, locale
from app.core.cases import Case
from app.core.checklists.model import Checklist
from app.vault.session import Session

PASSPHRASE = "zelftest wachtzin die niemand kent"


@dataclass
class Context:
    """What one step hands to the next."""

    home: Path
    _checklists: dict[str, Checklist] | None = None
    _session: Session | None = None
    _case: Case | None = None

    @property
    def checklists(self) -> dict[str, Checklist]:
        assert self._checklists is not None, "the forms step did not run"
        return self._checklists

    @property
    def session(self) -> Session:
        assert self._session is not None, "the vault step did not run"
        return self._session

    @property
    def case(self) -> Case:
        assert self._case is not None, "the interview step did not run"
        return self._case


def _forms(ctx: Context) -> str:
    from app.forms_loader import load_checklists, load_client_sheet, load_routes

    checklists = load_checklists()
    load_routes()
    load_client_sheet()
    locale.activate("en")
    english = locale.forms_text("Contact", "ar")[1]
    from app.core.i18n import _

    translated = _("Zaken") == "Cases"
    locale.activate("nl")
    if not (english and translated):
        raise RuntimeError("compiled catalogs (.mo) missing: run `make catalogs`")
    ctx._checklists = checklists
    return f"{len(checklists)} checklists, catalogs nl/en + 8 interview languages"


def _vault(ctx: Context) -> str:
    from app.core.clock import SystemClock
    from app.core.settings import OrgType, Settings
    from app.vault.paths import VaultPaths
    from app.workflows import access

    paths = VaultPaths(ctx.home / "vault")
    session, _code = access.create(
        paths,
        settings=Settings("Zelftest", OrgType.GGD_INTAKE, "ZT"),
        admin_name="zelftest",
        admin_passphrase=bytearray(PASSPHRASE.encode()),
        clock=SystemClock(),
    )
    session.lock()
    ctx._session = access.unlock(
        paths, access.PassphraseCredentials("zelftest", bytearray(PASSPHRASE.encode())), SystemClock()
    )
    return "created (Argon2id), locked, unlocked"


def _interview(ctx: Context) -> str:
    from app.core.assessment import Level
    from app.demo.case import demo_case
    from app.workflows import interview as interview_actions

    checklist = ctx.checklists["ggd_intake"]
    case, interview = demo_case(ctx.session, checklist)
    level = interview_actions.state(ctx.session, checklist, interview.id).assessment.level
    if level is not Level.STERK:
        raise RuntimeError(f"unexpected assessment {level}")
    ctx._case = case
    return f"case {case.code}: {level.value}"


def _export(ctx: Context) -> str:
    from app.crypto.age import generate_identity
    from app.registry.verify import open_batch
    from app.workflows import export, organisation

    session = ctx.session
    identity, recipient = generate_identity()
    organisation.set_recipient(session, recipient)
    plan = export.plan(session, k=2)
    usb = ctx.home / "usb"
    usb.mkdir()
    result = export.write(
        session, plan, usb, override_reason="zelftest" if plan.held else None, k_reason="zelftest: één casus"
    )
    public = organisation.org_keys(session).public_key
    opened = open_batch(
        result.path.read_bytes(),
        result.sig_path.read_text("ascii"),
        public,
        identity=identity,
        recipient=recipient,
        file_name=result.path.name,
    )
    if len(opened.meldingen) != len(result.meldingen):
        raise RuntimeError("batch content differs from what was exported")
    return f"{result.path.name}: {len(opened.meldingen)} meldingen, signatures and encryption verified"


def _pdf(ctx: Context) -> str:
    from app.forms_loader import load_client_sheet
    from app.reports.case_report import case_report_pdf
    from app.reports.client_sheet import client_sheet_pdf
    from app.workflows.case_report import gather

    report = case_report_pdf(gather(ctx.session, ctx.case.id))
    sheets = [client_sheet_pdf(load_client_sheet(), language) for language in ("ar", "ti")]
    if not all(pdf.startswith(b"%PDF") and b"FontFile2" in pdf for pdf in [report, *sheets]):
        raise RuntimeError("a PDF did not embed its fonts")
    (ctx.home / "rapport.pdf").write_bytes(report)
    return f"case report {len(report) // 1024} KB, client sheets in Arabic and Tigrinya"


STEPS: list[tuple[str, Callable[[Context], str]]] = [
    ("forms", _forms),
    ("vault", _vault),
    ("interview", _interview),
    ("export", _export),
    ("pdf", _pdf),
]  # app/__main__.py adds the Qt window step (only app/ui may use Qt)


def run(out: TextIO = sys.stdout, steps: list[tuple[str, Callable[[Context], str]]] | None = None) -> int:
    """Every step in order; a failed step stops the ones that need it. Returns 0 when all passed."""
    print(f"Signaal {__version__} self-test ({sys.platform}, Python {sys.version.split()[0]})", file=out)
    failed = 0
    with tempfile.TemporaryDirectory(prefix="signaal-selftest-") as folder:
        ctx = Context(Path(folder))
        try:
            for name, step in steps or STEPS:
                started = time.perf_counter()
                try:
                    detail = step(ctx)
                except Exception as error:  # noqa: BLE001 - report every failure, then stop
                    print(f"FAIL {name}: {type(error).__name__}: {error}", file=out)
                    failed += 1
                    break
                print(f"ok   {name} ({(time.perf_counter() - started) * 1000:.0f} ms): {detail}", file=out)
        finally:
            if ctx._session is not None:
                ctx._session.lock()
    print("self-test passed" if not failed else "self-test FAILED", file=out)
    return 1 if failed else 0
