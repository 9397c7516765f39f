"""The pages of the export wizard: select, check, preview."""

from __future__ import annotations

from collections.abc import Callable

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

from app.batch.schema import Basis, Status
from app.core.i18n import N_, _, ngettext
from app.core.ids import CaseId
from app.ui.a11y import content_label
from app.workflows.export import ExportPlan, Outgoing

CASE_ROLE = Qt.ItemDataRole.UserRole + 6
STATUS_LABELS = {Status.NEW: N_("nieuw"), Status.CORRECTION: N_("correctie"), Status.WITHDRAWN: N_("intrekking")}
BASIS_LABELS = {Basis.ANONYMOUS: N_("anoniem"), Basis.CONSENT: N_("met toestemming")}
PREVIEW_COLUMNS: dict[str, str] = {  # the melding's keys, and the Dutch column heading the worker reads
    "uuid": N_("kenmerk"),
    "status": N_("soort"),
    "basis": N_("grondslag"),
    "period": N_("periode"),
    "age_band": N_("leeftijd"),
    "gender": N_("gender"),
    "nationality": N_("nationaliteit"),
    "sector": N_("sector"),
    "forms": N_("vormen van uitbuiting"),
    "minor": N_("minderjarig"),
    "aangifte": N_("aangifte"),
    "bedenktijd": N_("bedenktijd"),
    "shelter_need": N_("opvangbehoefte"),
    "interpreter": N_("tolk"),
    "signal_level": N_("signalen"),
    "person": N_("persoon (met toestemming)"),
}
PERSON_LABELS = {
    "given_names": N_("voornamen"),
    "family_name": N_("achternaam"),
    "date_of_birth": N_("geboortedatum"),
    "contact_ref": N_("contact via"),
}


def describe(item: Outgoing) -> str:
    melding = item.melding
    basis = _(BASIS_LABELS[melding.basis]) if melding.basis else ""
    return " · ".join(p for p in (item.code, _(STATUS_LABELS[melding.status]), basis) if p)


class SelectPage(QWizardPage):
    """Which meldingen; and, before anything else, whether there is a recipient to encrypt them to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_("Welke meldingen?"))
        self.setSubTitle(_("Zaken met het spoor ‘Melding CoMensha’ op concept, gecorrigeerd of ingetrokken."))
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(_("Meldingen om te exporteren"))
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        content_label(self.missing, _("Ontvanger ontbreekt"))
        self.recipient = QLineEdit(self)
        self.recipient.setAccessibleName(_("Ontvanger (age1…)"))
        self.recipient.setPlaceholderText("age1…")
        self.set_recipient = QPushButton(_("Ontvanger &instellen"), self)
        self.has_recipient = True
        self._setter: Callable[[str], str] | None = None
        layout = QVBoxLayout(self)
        for widget in (self.missing, self.recipient, self.set_recipient, self.view):
            layout.addWidget(widget)
        self.set_recipient.clicked.connect(self._set)
        self.recipient.returnPressed.connect(self._set)

    def show_recipient(self, has_recipient: bool, setter: Callable[[str], str] | None) -> None:
        """Without a recipient nothing can be encrypted: say so here, on the first page, and offer to set it
        (admins; others are told whom to ask)."""
        self.has_recipient, self._setter = has_recipient, setter
        if setter is not None:
            text = _(
                "Er is nog geen ontvanger (CoMensha) ingesteld. Plak de ontvanger die CoMensha gaf en vergelijk "
                "daarna de vingerafdruk telefonisch."
            )
        else:
            text = _(
                "Er is nog geen ontvanger (CoMensha) ingesteld. Vraag een beheerder dit te doen "
                "(Instellingen → Sleutels); daarna kunt u exporteren."
            )
        self.missing.setText("" if has_recipient else text)
        self.missing.setVisible(not has_recipient)
        for widget in (self.recipient, self.set_recipient):
            widget.setVisible(not has_recipient and setter is not None)
        self.completeChanged.emit()

    def _set(self) -> None:
        if self._setter is None:
            return
        try:
            fingerprint = self._setter(self.recipient.text())
        except Exception as error:  # shown where the worker typed, in full
            self.missing.setText(str(error))
            return
        self.show_recipient(True, self._setter)
        self.missing.setText(_("Ontvanger ingesteld. Vingerafdruk om te vergelijken: {fp}").format(fp=fingerprint))
        self.missing.setVisible(True)

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
        return self.has_recipient and bool(self.chosen())


class CheckPage(QWizardPage):
    def __init__(self, may_override: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_("Controle op herkenbaarheid"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        content_label(self.summary, _("Uitkomst van de controle"))
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
        going = ngettext("{n} melding gaat mee", "{n} meldingen gaan mee", len(plan.outgoing))
        held = ngettext("{n} wordt achtergehouden", "{n} worden achtergehouden", len(plan.held))
        counts = _("{going}, {held}.").format(
            going=going.format(n=len(plan.outgoing)), held=held.format(n=len(plan.held))
        )
        self.summary.setText(f"{counts} {plan.summary()}".strip())
        self.model.clear()
        for code, text in plan.explanations():
            self.model.appendRow(QStandardItem(f"{code}: {text}"))
        for widget in (self.override, self.reason):
            widget.setVisible(bool(plan.held) and self.may_override)
        self.override.setChecked(False)
        if not plan.outgoing:
            self.summary.setText(
                self.summary.text()
                + " "
                + (
                    _("Alleen een coördinator kan ze toch meesturen, met een reden.")
                    if not self.may_override
                    else _("Vink hieronder aan om ze toch mee te sturen, met een reden.")
                )
            )
        self.completeChanged.emit()  # the check has finished: Volgende follows from its outcome at once

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
        self.model.setHorizontalHeaderLabels([_(label) for label in PREVIEW_COLUMNS.values()])
        for item in items:
            doc = item.melding.to_json()
            cells = []
            for column in PREVIEW_COLUMNS:
                value = doc.get(column, "")
                if column == "status" and item.melding.status in STATUS_LABELS:
                    value = _(STATUS_LABELS[item.melding.status])
                elif column == "basis" and item.melding.basis in BASIS_LABELS:
                    value = _(BASIS_LABELS[item.melding.basis])
                elif isinstance(value, list):
                    value = ", ".join(str(v) for v in value)
                elif isinstance(value, dict):
                    value = "; ".join(f"{_(PERSON_LABELS.get(str(k), str(k)))}: {v}" for k, v in value.items() if v)
                cells.append(QStandardItem(str(value)))
            self.model.appendRow(cells)
        self.table.resizeColumnsToContents()
