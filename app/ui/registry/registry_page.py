"""The registry window: import, duplicate review, statistics and senders, as tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.core.i18n import _
from app.ui.a11y import content_label
from app.ui.registry.import_tab import ImportTab
from app.ui.registry.review_tab import ReviewTab
from app.ui.registry.senders_tab import SendersTab
from app.ui.registry.stats_tab import StatsTab
from app.vault.session import Session
from app.workflows import registry


class RegistryPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        own = registry.registry_keys(session)
        header = QLabel(
            _("Ontvanger van dit register: {recipient}\nVingerafdruk: {fp}").format(
                recipient=own.recipient, fp=own.fingerprint
            ),
            self,
        )
        header.setWordWrap(True)
        content_label(header, _("Ontvanger van dit register"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(_("Register"))
        self.import_tab = ImportTab(session, self)
        self.review_tab = ReviewTab(session, self)
        self.stats_tab = StatsTab(session, self)
        self.senders_tab = SendersTab(session, self)
        self.tabs.addTab(self.import_tab, _("Importeren"))
        self.tabs.addTab(self.review_tab, _("Dubbelingen"))
        self.tabs.addTab(self.stats_tab, _("Statistiek"))
        self.tabs.addTab(self.senders_tab, _("Afzenders"))
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.tabs, 1)
        self.import_tab.imported.connect(self._after_import)
        self.review_tab.decided.connect(self.stats_tab.refresh)

    def _after_import(self, _outcomes: object) -> None:
        self.review_tab.reload()
        self.stats_tab.refresh()
        self.senders_tab.reload()
