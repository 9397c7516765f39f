"""Running vault work off the GUI thread: the result (or the error) comes back as a queued signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal


class JobSignals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: JobSignals) -> None:
        super().__init__()
        self._work, self.signals = work, signals

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def run_in_background(
    owner: QObject, work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
) -> JobSignals:
    """Run ``work`` in the thread pool; ``on_done``/``on_error`` run on the GUI thread afterwards."""
    signals = JobSignals(owner)
    signals.done.connect(on_done, Qt.ConnectionType.QueuedConnection)
    signals.failed.connect(on_error, Qt.ConnectionType.QueuedConnection)
    signals.done.connect(signals.deleteLater, Qt.ConnectionType.QueuedConnection)
    signals.failed.connect(signals.deleteLater, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Job(work, signals))
    return signals
