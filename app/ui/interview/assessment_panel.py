"""The live assessment beside the questions: level, why, and the signals per form of exploitation."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.core.assessment import Assessment
from app.core.assessment_text import assessment_blocks, route_blocks
from app.core.i18n import _, ngettext
from app.core.routing import RouteAdvice
from app.ui.a11y import announce, content_label
from app.ui.labels import LEVEL_COLOURS, level_text


class AssessmentPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(_("Beoordeling tot nu toe"))
        inner = QWidget(self)
        self.level = QLabel(inner)
        self.level.setAccessibleDescription(_("Niveau"))
        font = self.level.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.level.setFont(font)
        self.body = QLabel(inner)
        self.body.setWordWrap(True)
        content_label(self.body, _("Toelichting bij de beoordeling"))
        note = QLabel(_("Dit zijn signalen, geen vaststelling. Bespreek ze en kies daarna de route."), inner)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text)")
        layout = QVBoxLayout(inner)
        layout.addWidget(QLabel(_("Beoordeling tot nu toe"), inner))
        layout.addWidget(self.level)
        layout.addWidget(self.body)
        layout.addStretch(1)
        layout.addWidget(note)
        self.setWidget(inner)

    def show_assessment(self, assessment: Assessment, advice: RouteAdvice | None = None) -> None:
        """The level, why, and (when ``advice`` is given) the route steps that fit the context so far."""
        before = (self.level.text(), self.body.text())
        self.level.setText(level_text(assessment.level))  # a mark as well as a colour
        self.level.setAccessibleName(assessment.level.label)  # the words, without the mark's glyph name
        self.level.setStyleSheet(f"color: {LEVEL_COLOURS[assessment.level]}")
        parts = []
        blocks = assessment_blocks(assessment)
        route = [b for b in route_blocks(advice) if b.numbered] if advice is not None else []
        for block in [*blocks[1:2], *route, *blocks[2:]]:  # why, then the route, then the details
            if block.key != "open":
                parts.append(block.html())
                continue
            # the full list is in the summary; here only how many
            count = ngettext(
                "Nog {n} signaal open (onbekend of niet gevraagd).",
                "Nog {n} signalen open (onbekend of niet gevraagd).",
                len(assessment.open_items),
            ).format(n=len(assessment.open_items))
            parts.append(f"<p>{escape(count)}</p>")
        self.body.setText("".join(parts))
        if (self.level.text(), self.body.text()) != before:  # live region: the level and why, read out
            announce(self.level)
            announce(self.body)
