"""The pages of the export wizard: select, check, preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.core.i18n import N_, _
from app.core.ids import CaseId
from app.workflows.export import ExportPlan, Outgoing

CASE_ROLE = Qt.ItemDataRole.UserRole + 6
STATUS_LABELS = {"new": N_("nieuw"), "correction": N_("correctie"), "withdrawn": N_("intrekking")}
BASIS_LABELS = {"anonymous": N_("anoniem"), "consent": N_("met toestemming")}
PREVIEW_COLUMNS = (
    "uuid",
    "status",
    "basis",
    "period",
    "age_band",
    "gender",
    "nationality",
    "sector",
    "forms",
    "minor",
    "aangifte",
    "bedenktijd",
    "shelter_need",
    "interpreter",
    "signal_level",
    "person",
)


def describe(item: Outgoing) -> str:
    melding = item.melding
    basis = _(BASIS_LABELS[melding.basis.value]) if melding.basis else ""
    return " · ".join(p for p in (item.code, _(STATUS_LABELS[melding.status.value]), basis) if p)


class SelectPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_("Welke meldingen?"))
        self.setSubTitle(_("Zaken met het spoor ‘Melding CoMensha’ op concept, gecorrigeerd of ingetrokken."))
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(_("Meldingen om te exporteren"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def fill(self, plan: ExportPlan) -> None:
        self.model.clear()
        for item in plan.outgoing + plan.held:
            row = QStandardItem(describe(item))
            row.setCheckable(True)
            row.setCheckState(Qt.CheckState.Checked)
            row.setEditable(False)
            row.setData(item.case_id, CASE_ROLE)
            self.model.appendRow(row)

    def chosen(self) -> set[CaseId]:
        rows = (self.model.item(n) for n in range(self.model.rowCount()))
        return {CaseId(row.data(CASE_ROLE)) for row in rows if row.checkState() == Qt.CheckState.Checked}

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.chosen())


class CheckPage(QWizardPage):
    def __init__(self, may_override: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_("Controle op herkenbaarheid"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(_("Uitkomst van de controle"))
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(_("Toelichting per melding"))
        self.override = QCheckBox(_("Achtergehouden meldingen toch meesturen (coördinator)"), self)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(_("Reden om toch mee te sturen"))
        self.reason.setPlaceholderText(_("Reden (wordt vastgelegd in het auditlog)"))
        self.may_override = may_override
        self.has_outgoing = False
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.view, self.override, self.reason):
            layout.addWidget(widget)
        self.override.toggled.connect(self.completeChanged)
        self.reason.textChanged.connect(self.completeChanged)

    def fill(self, plan: ExportPlan) -> None:
        self.has_outgoing = bool(plan.outgoing)
        self.setSubTitle(
            _("Elke anonieme melding moet in een groep van minstens {k} vergelijkbare vallen.").format(k=plan.k)
        )
        self.summary.setText(
            _("{out} meldingen gaan mee, {held} worden achtergehouden.").format(
                out=len(plan.outgoing), held=len(plan.held)
            )
        )
        self.model.clear()
        for code, text in plan.explanations():
            self.model.appendRow(QStandardItem(f"{code}: {text}"))
        for widget in (self.override, self.reason):
            widget.setVisible(bool(plan.held) and self.may_override)
        self.override.setChecked(False)

    def override_reason(self) -> str | None:
        return self.reason.text() if self.override.isChecked() else None

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        if self.override.isChecked():
            return bool(self.reason.text().strip())
        return self.has_outgoing


class PreviewPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_("Voorbeeld: precies wat het apparaat verlaat"))
        self.setSubTitle(_("Controleer elke regel. Vrije tekst, notities en gezondheidsgegevens gaan nooit mee."))
        self.model = QStandardItemModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(_("Meldingen zoals ze vertrekken"))
        self.pdf_button = QPushButton(_("Voorbeeld als &PDF opslaan…"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.pdf_button)

    def fill(self, items: list[Outgoing]) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(list(PREVIEW_COLUMNS))
        for item in items:
            doc = item.melding.to_json()
            cells = []
            for column in PREVIEW_COLUMNS:
                value = doc.get(column, "")
                if isinstance(value, list):
                    value = ", ".join(str(v) for v in value)
                elif isinstance(value, dict):
                    value = "; ".join(f"{k}: {v}" for k, v in value.items() if v)
                cells.append(QStandardItem(str(value)))
            self.model.appendRow(cells)
        self.table.resizeColumnsToContents()
