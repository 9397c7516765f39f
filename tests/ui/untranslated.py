"""Finding Dutch on an English screen: every visible text compared with the Dutch msgids of the app catalog
that have an English translation (a msgid with ``{placeholders}`` matches any filled-in text)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

EN_APP = Path(__file__).resolve().parents[2] / "i18n" / "en" / "LC_MESSAGES" / "app.po"


@cache
def dutch_patterns() -> list[tuple[str, re.Pattern[str]]]:
    with EN_APP.open("rb") as handle:
        catalog = read_po(handle)
    found = []
    for message in catalog:
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for msgid, msgstr in zip(ids, strings, strict=False):
            if not msgid or not msgstr or msgid == msgstr or len(msgid) < 4:
                continue
            parts = re.split(r"\{[^{}]*\}", msgid.replace("&", ""))
            found.append((msgid, re.compile(".+".join(re.escape(p) for p in parts), re.DOTALL)))
    return found


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, limit: int = 200) -> list[str]:
    texts = []
    for row in range(min(model.rowCount(parent), limit)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            texts.append(str(index.data() or ""))
            texts.extend(_model_texts(model, index, limit=20))
    return texts


def visible_texts(window: QWidget) -> list[str]:
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(n) for n in range(widget.count())]
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(n) for n in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += _model_texts(model, QModelIndex())
            horizontal = Qt.Orientation.Horizontal
            texts += [str(model.headerData(c, horizontal) or "") for c in range(model.columnCount())]
    return [t for t in texts if t]


def dutch_on_screen(window: QWidget) -> list[str]:
    """Texts on ``window`` that are Dutch msgids (with the msgid they match)."""
    hits = []
    for text in visible_texts(window):
        plain = text.replace("&", "")
        for msgid, pattern in dutch_patterns():
            if pattern.fullmatch(plain):
                hits.append(f"{text!r} ← {msgid!r}")
                break
    return hits
