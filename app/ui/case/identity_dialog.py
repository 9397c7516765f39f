"""Identifying data of a case: opened only on request (audited), stored apart from the case."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.cases import Identity
from app.core.i18n import _


class IdentityDialog(QDialog):
    def __init__(self, identity: Identity | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Identificerende gegevens"))
        warning = QLabel(
            _(
                "Vul alleen in wat echt nodig is, bijvoorbeeld voor een melding met schriftelijke toestemming. "
                "Deze gegevens staan apart van de zaak; elke keer inzien wordt vastgelegd."
            ),
            self,
        )
        warning.setWordWrap(True)
        person = identity or Identity()
        self.given = QLineEdit(person.given_names, self)
        self.given.setAccessibleName(_("Voornamen"))
        self.family = QLineEdit(person.family_name, self)
        self.family.setAccessibleName(_("Achternaam"))
        self.has_birth = QCheckBox(_("Geboortedatum bekend"), self)
        self.birth = QDateEdit(self)
        self.birth.setAccessibleName(_("Geboortedatum"))
        self.birth.setCalendarPopup(True)
        self.birth.setDisplayFormat("yyyy-MM-dd")
        if person.date_of_birth:
            born = person.date_of_birth
            self.birth.setDate(QDate(born.year, born.month, born.day))
            self.has_birth.setChecked(True)
        self.birth.setEnabled(self.has_birth.isChecked())
        self.has_birth.toggled.connect(self.birth.setEnabled)
        self.contact = QLineEdit(person.contact_ref, self)
        self.contact.setAccessibleName(_("Contactverwijzing"))
        self.contact.setPlaceholderText(_("bijv. ‘via GGD-spreekuur’; geen adres"))
        form = QFormLayout()
        form.addRow(_("&Voornamen"), self.given)
        form.addRow(_("&Achternaam"), self.family)
        form.addRow("", self.has_birth)
        form.addRow(_("&Geboortedatum"), self.birth)
        form.addRow(_("&Contact"), self.contact)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def identity(self) -> Identity:
        born: date | None = self.birth.date().toPython() if self.has_birth.isChecked() else None  # type: ignore[assignment]
        return Identity(self.given.text().strip(), self.family.text().strip(), born, self.contact.text().strip())
