"""The case list model: filter as you type, sort by any column, closed cases on request."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.core.assessment import Level
from app.core.case_list import CaseSummary
from app.core.ids import CaseId
from app.core.tracks import Track
from app.ui.models.case_list_model import CaseListModel


def _rows() -> list[CaseSummary]:
    return [
        CaseSummary(
            CaseId(1),
            "UT-2026-0001",
            False,
            "ggd_intake",
            date(2026, 3, 1),
            Level.STERK,
            (Track.AANGIFTE,),
            date(2026, 4, 1),
        ),
        CaseSummary(CaseId(2), "UT-2026-0002", False, "coa", date(2026, 3, 5), Level.GEEN, (), None),
        CaseSummary(CaseId(3), "UT-2025-0099", True, None, None, None, (), None),
    ]


def test_filter_matches_shown_text_and_hides_closed() -> None:
    model = CaseListModel()
    model.load(_rows())
    assert model.rowCount() == 2
    model.set_filter("sterke")
    assert [model.case_id(r) for r in range(model.rowCount())] == [1]
    model.set_filter("coa")
    assert [model.case_id(r) for r in range(model.rowCount())] == [2]
    model.set_filter("aangifte")
    assert model.rowCount() == 1
    model.set_filter("2025", show_closed=True)
    assert [model.case_id(r) for r in range(model.rowCount())] == [3]


def test_sort_by_level_and_deadline() -> None:
    model = CaseListModel()
    model.load(_rows())
    model.sort(3, Qt.SortOrder.DescendingOrder)
    assert model.case_id(0) == 1
    model.sort(5, Qt.SortOrder.AscendingOrder)
    assert [model.case_id(r) for r in range(2)] == [1, 2]
    assert model.data(model.index(0, 5)) == "01-04-2026"


def test_headers_and_colours() -> None:
    model = CaseListModel()
    model.load(_rows())
    assert next(model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())) == "Zaakcode"
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ForegroundRole) is not None
