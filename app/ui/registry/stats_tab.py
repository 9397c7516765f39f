"""National statistics: each standard table per year, a chart, and CSV/PDF with small cells suppressed."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.generalised_labels import generalised_note
from app.core.i18n import _
from app.core.registry_labels import STREAM_LABELS, category_label
from app.core.registry_stats import Table
from app.reports.registry_report import registry_report_pdf
from app.ui.a11y import content_label
from app.ui.pdf_save import save_file, save_pdf
from app.ui.registry.bar_chart import BarChart
from app.vault.session import Session
from app.workflows import registry
from app.workflows.registry import Statistics


class StatsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tables: list[Table] = []
        self.streams: dict[int, dict[str, int]] = {}
        self.table_box = QComboBox(self)
        self.table_box.setAccessibleName(_("Tabel"))
        self.year_box = QComboBox(self)
        self.year_box.setAccessibleName(_("Jaar voor de grafiek"))
        self.streams_label = QLabel(self)
        self.streams_label.setWordWrap(True)
        content_label(self.streams_label, _("Meldingen en personen"))
        self.model = QStandardItemModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(_("Tabel met aantallen"))
        self.chart = BarChart(self)
        self.csv_button = QPushButton(_("&CSV opslaan…"), self)
        self.pdf_button = QPushButton(_("&PDF-rapport opslaan…"), self)
        top = QHBoxLayout()
        top.addWidget(self.table_box, 1)
        top.addWidget(self.year_box)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)
        splitter = QSplitter(self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.chart)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.streams_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(
            QLabel(
                _("In de CSV en de PDF zijn aantallen van 1 tot en met 4, en wat ze zou verraden, verborgen (‘x’)."),
                self,
            )
        )
        self.table_box.currentIndexChanged.connect(self.show_table)
        self.year_box.currentIndexChanged.connect(lambda _i: self.show_table(self.table_box.currentIndex()))
        self.csv_button.clicked.connect(self._save_csv)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.refresh()

    def refresh(self) -> None:
        self.stats: Statistics = registry.national_statistics(self.session)
        self.tables, self.streams = self.stats.tables, self.stats.streams
        self.table_box.blockSignals(True)
        self.year_box.blockSignals(True)
        self.table_box.clear()
        self.year_box.clear()
        for table in self.tables:
            self.table_box.addItem(table.title, table.id)
        for year in sorted(self.streams, reverse=True):
            self.year_box.addItem(str(year), year)
        self.table_box.blockSignals(False)
        self.year_box.blockSignals(False)
        lines = [
            f"{year}: " + ", ".join(f"{self.streams[year][key]} {_(label)}" for key, label in STREAM_LABELS.items())
            for year in sorted(self.streams)
        ]
        self.streams_label.setText("\n".join(lines) or _("Nog geen meldingen geïmporteerd."))
        self.show_table(0)

    def show_table(self, index: int) -> None:
        self.model.clear()
        if not 0 <= index < len(self.tables):
            self.chart.set_bars("", [])
            return
        table = self.tables[index]
        self.model.setHorizontalHeaderLabels([""] + [str(y) for y in table.years])
        for category, counts in table.rows:
            label = category_label(table.id, category)
            self.model.appendRow([QStandardItem(label)] + [QStandardItem(str(c)) for c in counts])
        self.view.resizeColumnsToContents()
        self.view.setToolTip(generalised_note(table.years, table.generalised))
        year = self.year_box.currentData()
        if year in table.years:
            column = table.years.index(year)
            self.chart.set_bars(
                f"{table.title} · {year}",
                [(category_label(table.id, cat), counts[column]) for cat, counts in table.rows],
            )

    def csv_bytes(self) -> bytes:
        return self.stats.csv()

    def pdf_bytes(self) -> bytes:
        return registry_report_pdf(self.stats.org_name, self.stats.made_at, self.tables, self.streams)

    def _save_csv(self) -> None:
        save_file(self, _("Opslaan"), "statistiek.csv", self.csv_bytes, file_filter="CSV (*.csv)", suffix=".csv")

    def _save_pdf(self) -> None:
        save_pdf(self, _("Opslaan"), "statistiek.pdf", self.pdf_bytes)
