"""Removing a user in Settings re-keys the vault and says what the admin must do next (issue 17, point 1);
audit rows beyond the head are shown as a warning after unlock while the vault opens (point 5)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.users import Role
from app.ui.main_window import MainWindow
from app.ui.session_controller import SessionController
from app.ui.settings.users_tab import NAME_ROLE, UsersTab
from app.vault import audit_log
from app.vault.user_admin import add_user
from tests.conftest import cheap_kdf, secret
from tests.ui.conftest import unlock


def _message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_removing_a_user_shows_the_new_signing_key(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]
) -> None:
    controller, _window = unlocked
    session = controller.session
    assert session is not None
    add_user(session, "bob", Role.INTAKE, secret("bob zijn eigen wachtzin"), kdf=cheap_kdf)
    tab = UsersTab(session)
    qtbot.addWidget(tab)
    tab.reload()
    row = next(r for r in range(tab.model.rowCount()) if tab.model.item(r).data(NAME_ROLE) == "bob")
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    tab._remove()
    texts = [box.text() for box in _message_boxes()]
    key = session.conn.execute("SELECT key_id FROM org_keys").fetchone()[0]
    assert any("nieuwe ondertekeningssleutel" in t and bytes(key)[::-1].hex().upper() in t.upper() for t in texts)


def test_rows_beyond_the_audit_head_are_shown_after_unlock(
    qtbot: QtBot, app_window: tuple[SessionController, MainWindow]
) -> None:
    controller, window = app_window
    unlock(qtbot, window)
    assert controller.session is not None
    seq, head_hash = audit_log.head(controller.session.conn)
    controller.session.conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash)"
        " VALUES (?, '2026-01-01T00:00:00Z', 'mallory', 'case_view', '', '{}', ?, ?)",
        (seq + 1, head_hash, "f" * 64),
    )
    controller.lock()
    unlock(qtbot, window)
    assert any("buiten Signaal zijn toegevoegd" in box.text() for box in _message_boxes())
