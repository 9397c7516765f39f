"""A small bar chart (QPainter): Qt Charts is not in PySide6-Essentials and one chart type is enough."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from app.core.i18n import _

BAR = QColor("#2e5a87")


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_("Staafdiagram"))
        self._bars: list[tuple[str, int]] = []
        self._title = ""

    def set_bars(self, title: str, bars: list[tuple[str, int]]) -> None:
        self._title, self._bars = title, bars
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value in bars))
        self.update()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(240, 160)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft, self._title)
        if not self._bars:
            return
        top, bottom = line * 2, self.height() - line * 2
        left, width = 8.0, self.width() - 16.0
        slot = width / len(self._bars)
        peak = max(value for _label, value in self._bars) or 1
        for n, (label, value) in enumerate(self._bars):
            height = (bottom - top) * value / peak
            x = left + n * slot + slot * 0.15
            painter.fillRect(QRectF(x, bottom - height, slot * 0.7, height), BAR)
            painter.drawText(
                QRectF(x - slot * 0.15, bottom - height - line, slot, line), Qt.AlignmentFlag.AlignHCenter, str(value)
            )
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot))
            painter.drawText(QRectF(x - slot * 0.15, bottom + 2, slot, line), Qt.AlignmentFlag.AlignHCenter, text)
        painter.end()
