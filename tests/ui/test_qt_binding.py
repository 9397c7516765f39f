"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 dropped one reference to ``None`` on every
call of a void method, so the app crashed ("deallocating None") after a few thousand clicks. Pinned below 6.12
in pyproject.toml; this test fails on a binding with that defect."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot


def test_void_calls_do_not_drain_the_reference_count_of_none(qtbot: QtBot) -> None:
    button = QPushButton("x")
    qtbot.addWidget(button)
    before = sys.getrefcount(None)
    for _ in range(500):
        button.setCheckable(True)
        button.setAccessibleName("x")
    assert sys.getrefcount(None) - before > -50  # a defective binding loses 1000 here
