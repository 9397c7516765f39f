"""Render the main screens with synthetic data into docs/screenshots/ (``make screenshots``).

Everything is made up: a throw-away vault in a temporary folder, invented case codes, no real people.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.core.clock import SystemClock
from app.core.settings import OrgType, Settings
from app.core.tracks import Track
from app.crypto.kdf import KdfParams
from app.demo.case import DEMO_ANSWERS
from app.ui.application import build
from app.ui.first_run.wizard import FirstRunWizard
from app.vault.lifecycle import create_vault
from app.vault.paths import VaultPaths
from app.vault.repos import cases, tracks
from app.workflows import interview as interview_actions

PASS = "screenshot wachtzin voor demo"


def settle(app: QApplication, ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shot(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.show()
    settle(app)
    widget.grab().save(str(path))
    print(path)


def main(out: Path, scale_suffix: str = "") -> None:
    app = QApplication(sys.argv)
    home = Path(tempfile.mkdtemp(prefix="signaal-shots-"))
    cheap = lambda: KdfParams.fresh(1, 1024, 1)  # noqa: E731 - demo vault only
    paths = VaultPaths(home / "vault")
    session, _code = create_vault(
        paths,
        settings=Settings("GGD Regio Voorbeeld", OrgType.GGD_INTAKE, "RV"),
        admin_name="anna",
        admin_passphrase=bytearray(PASS.encode()),
        clock=SystemClock(),
        kdf=cheap,
    )
    checklist = None
    for n in range(12):
        case = cases.create(session, nationality=["RO", "BG", "HU", "NL"][n % 4], birth_year=1995 + n)
        if n % 3 == 0:
            from app.forms_loader import load_checklists

            checklist = load_checklists()["ggd_intake"]
            interview = interview_actions.start(session, case.id, checklist, language="ro", interpreter_used=True)
            for item_id, value in [a for a in DEMO_ANSWERS.items() if checklist.has(a[0])][: 3 + n % 6]:
                interview_actions.answer(session, checklist, interview.id, item_id, value)
            tracks.record(session, case.id, Track.SIGNALERING, "signalen_vastgelegd")
        if n == 3:
            tracks.record(session, case.id, Track.VERBLIJF, "bedenktijd_lopend", detail={"start": "2026-09-01"})
    session.lock()
    controller, window = build(app, paths)  # also installs the translations
    if not scale_suffix:
        wizard = FirstRunWizard(VaultPaths(home / "new"))
        wizard.resize(760, 520)
        wizard.show()
        wizard.organisation.org_name.setText("GGD Regio Voorbeeld")
        wizard.next()
        wizard.admin.admin.setText("anna")
        wizard.admin.passphrase.edit.setText("fiets lamp regen tafel")
        wizard.admin.repeat.edit.setText("fiets lamp regen tafel")
        shot(app, wizard, out / "first-run-admin.png")
        wizard.close()
    window.resize(1280, 800)
    window.show()
    if not scale_suffix:
        shot(app, window, out / "unlock.png")
    window.unlock_page.user.setText("anna")
    window.unlock_page.passphrase.edit.setText(PASS)
    window.unlock_page.submit()
    for _ in range(50):
        settle(app, 100)
        if controller.session is not None:
            break
    shot(app, window, out / f"case-list{scale_suffix}.png")
    assert controller.session is not None
    first = cases.by_code(controller.session, "RV-2026-0001", record_view=False)
    window.show_case(first.id)
    shot(app, window, out / f"case{scale_suffix}.png")
    window.case_page.open_interview.emit(1)  # type: ignore[union-attr]
    page = window.interview_page
    assert page is not None
    for key in ("GGD-02", "GGD-05"):
        interview_actions.answer(controller.session, page.checklist, page.interview.id, key, "reported")
    page.state = interview_actions.state(controller.session, page.checklist, page.interview.id)
    page.answers = page.state.answers
    page._refresh()
    page._go([i.id for i in page.visible].index("CORE-06"))
    shot(app, window, out / f"interview{scale_suffix}.png")
    if not scale_suffix:
        page._show_summary()
        shot(app, window, out / "interview-summary.png")
        page._go(3)
        page._toggle_client_view()
        shot(app, page.client_view, out / "client-view.png")
        page.client_view.show_question(page.current_item(), "ar")  # type: ignore[arg-type]
        shot(app, page.client_view, out / "client-view-ar.png")
        page.client_view.close()
    if not scale_suffix:
        from app.crypto.age import generate_identity
        from app.vault.repos import exports

        exports.set_recipient(controller.session, generate_identity()[1])
        from app.vault.repos import settings as settings_repo

        settings_repo.update(controller.session, k_anonymity=2)  # the demo vault is tiny
        for row in controller.session.conn.execute("SELECT id FROM cases ORDER BY id LIMIT 8").fetchall():
            tracks.record(controller.session, row[0], Track.MELDING, "concept")
        wizard = window.open_export()
        assert wizard is not None
        wizard.resize(1100, 600)
        wizard.next()
        shot(app, wizard, out / "export-check.png")
        wizard.next()
        shot(app, wizard, out / "export-preview.png")
        wizard.reject()
        from app.ui.documents_dialog import DocumentsDialog

        documents = DocumentsDialog(window.checklists, language="ti", checklist="ggd_intake", parent=window)
        shot(app, documents, out / "documents.png")
        documents.reject()
        window.show_case(first.id)
        controller.switch_language("en")
        shot(app, controller.window, out / "case-en.png")
        controller.switch_language("nl")
    controller.lock()


def registry_shots(app: QApplication, out: Path) -> None:
    from app.demo.batches import generate
    from app.registry import keys

    home = Path(tempfile.mkdtemp(prefix="signaal-shots-reg-"))
    paths = VaultPaths(home / "register")
    session, _code = create_vault(
        paths,
        settings=Settings("CoMensha", OrgType.REGISTRY, "RG"),
        admin_name="karin",
        admin_passphrase=bytearray(PASS.encode()),
        clock=SystemClock(),
        kdf=lambda: KdfParams.fresh(1, 1024, 1),
    )
    recipient = keys.create(session).recipient
    generate(home / "demo", recipient, orgs=8, meldingen=4000, years=4, seed=3)
    for pub in sorted((home / "demo" / "keys").glob("*.pub")):
        keys.trust(session, pub.read_text(), pub.stem)
    session.lock()
    controller, window = build(app, paths)
    window.resize(1280, 800)
    window.show()
    window.unlock_page.user.setText("karin")
    window.unlock_page.passphrase.edit.setText(PASS)
    window.unlock_page.submit()
    while controller.session is None:
        settle(app, 100)
    page = window.registry_page
    assert page is not None
    page.import_tab.start([home / "demo" / "batches"])
    while page.import_tab.folder_button.isEnabled() is False:
        settle(app, 200)
    shot(app, window, out / "registry-import.png")
    page.tabs.setCurrentWidget(page.review_tab)
    shot(app, window, out / "registry-review.png")
    page.tabs.setCurrentWidget(page.stats_tab)
    page.stats_tab.table_box.setCurrentIndex(7)
    shot(app, window, out / "registry-stats.png")
    controller.lock()


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    main(target, "-200pct" if os.environ.get("QT_SCALE_FACTOR") == "2" else "")
    if os.environ.get("QT_SCALE_FACTOR") != "2":
        registry_shots(QApplication.instance(), target)  # type: ignore[arg-type]
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: PySide6 can crash collecting several windows built by one script
