"""Auto-lock: wall-clock inactivity, a jump in wall-clock time (the machine slept), and, on Linux,
logind's sleep and session-lock signals."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import SLOT, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
TICK_SECONDS = 5.0
SLEEP_GAP_SECONDS = 30.0  # a tick this late means the machine was suspended


class IdleWatcher(QObject):
    """Emits ``lock_requested(reason)`` after ``minutes`` without input, after sleep, or on screen lock."""

    lock_requested = Signal(str)

    def __init__(self, minutes: int, clock: Callable[[], float] = time.time, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock, self._minutes = clock, minutes
        self._last_input = self._last_tick = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(int(TICK_SECONDS * 1000))
        self._timer.timeout.connect(self.check)
        self._listen_to_logind()

    def set_minutes(self, minutes: int) -> None:
        self._minutes = minutes

    def start(self) -> None:
        self._last_input = self._last_tick = self._clock()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _ACTIVITY:
            self._last_input = self._clock()
        return False

    @Slot()
    def check(self) -> None:
        now = self._clock()
        slept = now - self._last_tick > SLEEP_GAP_SECONDS
        self._last_tick = now
        if not self.running:
            return
        if slept:
            self._request("sleep")
        elif now - self._last_input >= self._minutes * 60:
            self._request("idle")

    def _request(self, reason: str) -> None:
        self.stop()
        self.lock_requested.emit(reason)

    def _listen_to_logind(self) -> None:
        bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return
        service = "org.freedesktop.login1"
        subscriptions = [
            ("/org/freedesktop/login1", service + ".Manager", "PrepareForSleep", "on_sleep(bool)"),
            ("/org/freedesktop/login1/session/auto", service + ".Session", "Lock", "on_screen_lock()"),
        ]
        for path, interface, name, slot in subscriptions:
            # The stubs ask for bytes; PySide6 takes the SLOT() string at run time.
            bus.connect(service, path, interface, name, self, SLOT(slot))  # type: ignore[call-overload]

    @Slot(bool)
    def on_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep and self.running:
            self._request("sleep")

    @Slot()
    def on_screen_lock(self) -> None:
        if self.running:
            self._request("screen_lock")
