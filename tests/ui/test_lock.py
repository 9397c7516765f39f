"""Auto-lock: wall-clock idle time, sleep, a modal dialog open; locking drops the key and every view,
unlocking returns to the same place."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.ui.idle import SLEEP_GAP_SECONDS, TICK_SECONDS, IdleWatcher
from app.ui.main_window import MainWindow
from app.ui.session_controller import SessionController
from app.vault.repos import cases
from app.vault.user_admin import add_user
from tests.conftest import cheap_kdf, secret
from tests.ui.conftest import answer_next_dialog, unlock
from tests.ui.test_interview import start_interview


class FakeTime:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _ticks(watcher: IdleWatcher, clock: FakeTime, seconds: float) -> None:
    """Let wall-clock time pass as the timer sees it: a check every tick."""
    for _ in range(int(seconds / TICK_SECONDS)):
        clock.now += TICK_SECONDS
        watcher.check()


def test_idle_watcher_uses_wall_clock_and_notices_sleep(qtbot: QtBot) -> None:
    clock = FakeTime()
    watcher = IdleWatcher(5, clock)
    watcher.start()
    with qtbot.assertNotEmitted(watcher.lock_requested):
        _ticks(watcher, clock, 4 * 60)
        watcher.eventFilter(QObject(), _key_event())
        _ticks(watcher, clock, 4 * 60)  # activity reset the timer
    with qtbot.waitSignal(watcher.lock_requested) as idle:
        _ticks(watcher, clock, 65)
    assert idle.args == ["idle"] and not watcher.running
    watcher.start()
    clock.now += SLEEP_GAP_SECONDS + 5  # the next tick comes this late: the machine slept
    with qtbot.waitSignal(watcher.lock_requested) as slept:
        watcher.check()
    assert slept.args == ["sleep"]


def _key_event():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")


def test_lock_with_a_dialog_open_then_back_to_the_case(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]
) -> None:
    controller, window = unlocked
    session = controller.session
    assert session is not None
    case = cases.create(session)
    window.show_case(case.id)
    answer_next_dialog(lambda _dialog: controller.lock("idle"))
    assert window.case_page is not None
    window.case_page.transition.click()  # the dialog opens; the lock closes it
    assert session.is_locked and controller.session is None
    assert window.stack.currentWidget() is window.unlock_page
    assert window.list_page is None and window.case_page is None
    assert "zonder activiteit" in window.unlock_page.message.text()
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]
    unlock(qtbot, window)
    assert window.case_page is not None and window.stack.currentWidget() is window.case_page
    assert window.case_page.case is not None and window.case_page.case.code == case.code


def test_lock_during_interview_returns_to_the_same_question(
    qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]
) -> None:
    controller, window = unlocked
    page = start_interview(qtbot, window, controller.session)
    for key in "N3":
        qtbot.keyClick(page, key)
    page._toggle_client_view()
    assert page.client_view.isVisible()
    here = page.current_item().id  # type: ignore[union-attr]
    controller.lock("sleep")
    assert not page.client_view.isVisible()
    assert window.interview_page is None
    unlock(qtbot, window)
    assert window.interview_page is not None and window.interview_page.current_item().id == here  # type: ignore[union-attr]


def test_another_user_starts_at_the_list(qtbot: QtBot, unlocked: tuple[SessionController, MainWindow]) -> None:
    controller, window = unlocked
    session = controller.session
    assert session is not None
    add_user(session, "bram", session.user.role, secret("bram zijn wachtzin"), kdf=cheap_kdf)
    window.show_case(cases.create(session).id)
    window.lock_action.trigger()
    unlock(qtbot, window, "bram", "bram zijn wachtzin")
    assert window.stack.currentWidget() is window.list_page
