"""The pseudonymous fields of a case (gender, nationality, birth year), for new and existing cases."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QSpinBox, QWidget

from app.core.cases import Case, Gender
from app.core.i18n import _
from app.ui.widgets.country_box import CountryBox

NO_YEAR = 1900


class CaseFields(QWidget):
    def __init__(self, this_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gender = QComboBox(self)
        self.gender.setAccessibleName(_("Gender"))
        for gender in Gender:
            self.gender.addItem(gender.label, gender.value)
        self.gender.setCurrentIndex(self.gender.findData(Gender.ONBEKEND.value))
        self.nationality = CountryBox(_("Nationaliteit"), self)
        self.birth_year = QSpinBox(self)
        self.birth_year.setAccessibleName(_("Geboortejaar (schatting mag)"))
        self.birth_year.setRange(NO_YEAR, this_year)
        self.birth_year.setSpecialValueText(_("onbekend"))
        self.birth_year.setValue(NO_YEAR)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(_("&Gender"), self.gender)
        form.addRow(_("&Nationaliteit"), self.nationality)
        form.addRow(_("Geboorte&jaar"), self.birth_year)

    def show_case(self, case: Case) -> None:
        self.gender.setCurrentIndex(self.gender.findData(case.gender.value))
        self.nationality.set_code(case.nationality)
        self.birth_year.setValue(case.birth_year or NO_YEAR)

    def values(self) -> dict[str, object]:
        year = self.birth_year.value()
        return {
            "gender": Gender(self.gender.currentData()),
            "nationality": self.nationality.code(),
            "birth_year": None if year == NO_YEAR else year,
        }
