"""The end of an interview: the explained assessment, the route for this organisation, what to tell the
person, and the track steps the route suggests: none is ticked in advance, the worker ticks what was done."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.core.assessment import Assessment
from app.core.assessment_text import assessment_blocks, route_blocks
from app.core.i18n import _
from app.core.routing import RouteAdvice
from app.core.tracks import Track, state_label
from app.ui.a11y import announce, content_label
from app.ui.labels import LEVEL_COLOURS, LEVEL_MARKS


class SummaryPanel(QWidget):
    finish = Signal()
    back_to_questions = Signal()
    sheet_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        content_label(self.body, _("Samenvatting en route"))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        self.tracks_box = QWidget(self)
        self.tracks_layout = QVBoxLayout(self.tracks_box)
        self.track_checks: list[tuple[QCheckBox, Track, str | None]] = []
        self.back = QPushButton(_("← Terug naar de &vragen"), self)
        self.done = QPushButton(_("Gesprek &afronden"), self)
        self.done.setDefault(True)
        self.sheet = QPushButton(_("&Informatieblad voor de persoon (PDF)…"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.sheet)
        buttons.addWidget(self.done)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(
            QLabel(_("Vink aan wat in dit gesprek is gebeurd; dat wordt bij het afronden vastgelegd:"), self)
        )
        layout.addWidget(self.tracks_box)
        layout.addLayout(buttons)
        self.back.clicked.connect(self.back_to_questions)
        self.done.clicked.connect(self.finish)
        self.sheet.clicked.connect(self.sheet_requested)

    def show_summary(self, assessment: Assessment, advice: RouteAdvice, current: dict[Track, str]) -> None:
        level, *details = assessment_blocks(assessment)
        route = [b for b in route_blocks(advice) if b.heading != _("Sporen om te openen")]
        colour = LEVEL_COLOURS[assessment.level]  # 'onvolledig' in a neutral grey, never the green of 'geen'
        mark = LEVEL_MARKS[assessment.level]  # a shape as well as a colour
        style = f"color: {colour}"
        heading = f'<h3>{escape(level.heading)}</h3><p style="{style}"><b>{mark} {escape(level.lines[0])}</b></p>'
        self.body.setText(heading + "".join(block.html() for block in [*route, *details]))
        announce(self.body)
        for check, _track, _state in self.track_checks:
            check.deleteLater()
        self.track_checks = []
        for track, state in advice.tracks:
            if state is None or current.get(track) == state:
                continue
            check = QCheckBox(f"{track.label} → {state_label(track, state)}", self.tracks_box)
            check.setChecked(False)  # only what happened is recorded
            self.tracks_layout.addWidget(check)
            self.track_checks.append((check, track, state))

    def chosen_tracks(self) -> list[tuple[Track, str]]:
        return [(track, state) for check, track, state in self.track_checks if check.isChecked() and state]
