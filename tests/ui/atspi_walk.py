"""Drive the real app under Xvfb with the AT-SPI bridge on, and read it from the bus at every step.

Run by ``tests/ui/test_atspi_bus.py`` inside ``dbus-run-session -- xvfb-run -a``; writes JSON to argv[1]:
for each step (unlock, case, interview, answered, summary, export) the objects a screen reader sees, plus the
texts the test expects to hear (the question, the level, the reasons, the route)."""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QProcess, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app.core.checklists.model import AnswerType
from app.core.settings import OrgType, Settings
from app.crypto.age import generate_identity
from app.ui.application import build
from app.vault.lifecycle import create_vault
from app.vault.paths import VaultPaths
from app.vault.repos import cases, exports
from tests.conftest import FixedClock, cheap_kdf, secret
from tests.export.conftest import add_case
from tests.ui.conftest import PASSPHRASE, USER, answer_next_dialog

READER = Path(__file__).with_name("atspi_read.py")


def main(out: Path) -> None:
    app = QApplication(sys.argv[:1])
    paths = VaultPaths(Path(tempfile.mkdtemp()) / "vault")
    settings = Settings("GGD Utrecht", OrgType.GGD_INTAKE, "UT")
    session, _code = create_vault(
        paths,
        settings=settings,
        admin_name=USER,
        admin_passphrase=secret(PASSPHRASE),
        clock=FixedClock(),
        kdf=cheap_kdf,
    )
    session.lock()
    controller, window = build(app, paths)
    controller.start().show()
    steps: dict[str, object] = {}

    def settle(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def read(step: str, **expected: str) -> None:
        nodes: list[object] = []
        errors = ""
        for attempt in range(6):  # a loaded machine may need a moment before the bus shows the new screen
            settle(300 * (attempt + 1))
            process = QProcess()
            loop = QEventLoop()
            process.finished.connect(loop.quit)
            process.start("/usr/bin/python3", [str(READER), app.applicationName()])
            loop.exec()  # the event loop keeps running: the app answers the reader's questions on the bus
            nodes = json.loads(bytes(process.readAllStandardOutput().data()).decode() or "[]")
            errors = bytes(process.readAllStandardError().data()).decode(errors="replace")[-2000:]
            if nodes:
                break
        steps[step] = {"nodes": nodes, "expected": expected, "reader_errors": errors}

    read("unlock")
    page = window.unlock_page
    page.user.setText(USER)
    page.passphrase.edit.setText("fout")
    page.submit()
    while not page.message.text() or page.message.text().startswith("Bezig"):
        settle(50)
    read("unlock_error", message=page.message.text())
    page.passphrase.edit.setText(PASSPHRASE)
    page.submit()
    while controller.session is None:
        settle(50)
    session = controller.session
    window.show_case(cases.create(session, nationality="RO", birth_year=2001).id)
    read("case")

    def accept(dialog: QDialog) -> None:
        dialog.accept()

    answer_next_dialog(accept)
    assert window.case_page is not None
    window.case_page.new_interview.click()
    interview = window.interview_page
    assert interview is not None
    read("interview", question=interview.question.text.text())
    while (item := interview.current_item()) is not None and item.type is not AnswerType.SIGNAL:
        interview._key("?")
    interview._key("W")
    level = interview.assessment_panel.level.accessibleName()
    read("answered", question=interview.question.text.text(), level=level, reasons="Waarom")
    steps["full"] = {"nodes": [{"questions": read_every_question(interview, read, steps)}], "expected": {}}
    interview._show_summary()
    read("summary", level=level, route="Route")
    window.show_list()
    exports.set_recipient(session, generate_identity()[1])
    add_case(session)
    wizard = window.open_export()
    assert wizard is not None
    read("export_select")
    wizard.next()
    read("export_check", summary=wizard.check.summary.text().splitlines()[0])
    wizard.reject()
    controller.lock()
    out.write_text(json.dumps(steps, ensure_ascii=False, indent=1), encoding="utf-8")


def read_every_question(interview: Any, read: Callable[..., None], steps: dict[str, Any]) -> list[dict[str, object]]:
    """Every question of the whole interview, as the bus reads it: the question, the answer keys, the level."""
    full: list[dict[str, object]] = []
    for _n in range(120):
        item = interview.current_item()
        if item is None or interview.center.currentWidget() is interview.summary:
            break
        read("question")
        heard = steps.pop("question")["nodes"]
        names = {str(n["name"]) for n in heard}
        keys = {str(n["description"]) for n in heard}
        full.append(
            {
                "id": item.id,
                "question_heard": interview.question.text.text() in names,
                "keys_heard": {"toets ?", "toets X", "toets -"} <= keys,
                "level_heard": interview.assessment_panel.level.accessibleName() in names,
            }
        )
        interview._key("N" if item.type is AnswerType.SIGNAL else "?")
        if interview.current_item() is item:
            interview._go(interview.current + 1)
    return full


if __name__ == "__main__":
    main(Path(sys.argv[1]))
