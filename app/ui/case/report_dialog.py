"""Before a case report is made: with or without identifying data, and what that means."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.core.i18n import _


class ReportDialog(QDialog):
    def __init__(self, code: str, has_identity: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Zaakrapport {code}").format(code=code))
        text = QLabel(
            _(
                "Het zaakrapport bevat de beoordeling met redenen, het advies, de toestemming en de sporen, "
                "voor een overdracht. Het bevat gevoelige gegevens: sla het alleen op een beveiligde plek op, "
                "geef het alleen aan wie het nodig heeft en verstuur het niet per gewone e-mail. "
                "Het opslaan wordt vastgelegd in het logboek."
            ),
            self,
        )
        text.setWordWrap(True)
        self.identity = QCheckBox(_("Met &identiteitsgegevens (naam, geboortedatum)"), self)
        self.identity.setEnabled(has_identity)
        self.identity.setToolTip(
            _("Alleen met toestemming van de persoon voor deze overdracht.")
            if has_identity
            else _("Voor deze zaak zijn geen identiteitsgegevens vastgelegd.")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.addButton(_("&Opslaan als PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.identity)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
