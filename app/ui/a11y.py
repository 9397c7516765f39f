"""Accessibility helpers shared by the pages.

- ``contrast_ratio``: the WCAG 2.1 contrast of a text colour on a background (alpha blended first).
- ``readable_palette``: the few palette roles that fall below 4.5:1 in Qt's default palette (the grey of
  hints and placeholders, white text on the selection colour) made darker; nothing else changes.
- ``content_label``: a label that shows content exposes that content: its accessible name is its visible
  text (Qt derives it from the text when no name is set), a short role-like word goes in the description.
- ``announce``: tells assistive technology (AT-SPI on Linux, UIA on Windows) that a live region changed.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from app.core.i18n import _

MIN_CONTRAST = 4.5  # WCAG 2.1 AA, normal text


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    return 0.2126 * _channel(colour.redF()) + 0.7152 * _channel(colour.greenF()) + 0.0722 * _channel(colour.blueF())


def blend(foreground: QColor, background: QColor) -> QColor:
    """``foreground`` drawn over an opaque ``background``."""
    a = foreground.alphaF()
    return QColor.fromRgbF(
        foreground.redF() * a + background.redF() * (1 - a),
        foreground.greenF() * a + background.greenF() * (1 - a),
        foreground.blueF() * a + background.blueF() * (1 - a),
    )


def contrast_ratio(foreground: QColor | str, background: QColor | str) -> float:
    back = QColor(background)
    fore = blend(QColor(foreground), back)
    light, dark = sorted((relative_luminance(fore), relative_luminance(back)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _darken_until(colour: QColor, against: list[QColor]) -> QColor:
    """``colour`` (as drawn on the first of ``against``) darkened step by step until it reads on all of them."""
    result = blend(colour, against[0])
    while any(contrast_ratio(result, back) < MIN_CONTRAST for back in against) and result.value() > 0:
        result = result.darker(110)
    return result


def readable_palette(palette: QPalette) -> QPalette:
    """``palette`` with hints, placeholders and the selection readable at 4.5:1 (light palettes only)."""
    fixed = QPalette(palette)
    role = QPalette.ColorRole
    backgrounds = [palette.color(role.Base), palette.color(role.Window), palette.color(role.AlternateBase)]
    if relative_luminance(backgrounds[0]) < 0.5:
        return fixed  # a dark system palette: its own contrast, our darkening would make it worse
    placeholder = palette.color(role.PlaceholderText)
    if any(contrast_ratio(placeholder, back) < MIN_CONTRAST for back in backgrounds):
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            fixed.setColor(group, role.PlaceholderText, _darken_until(placeholder, backgrounds))
    highlight, on_highlight = palette.color(role.Highlight), palette.color(role.HighlightedText)
    if contrast_ratio(on_highlight, highlight) < MIN_CONTRAST:
        darker = highlight
        while contrast_ratio(on_highlight, darker) < MIN_CONTRAST and darker.value() > 0:
            darker = darker.darker(110)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            fixed.setColor(group, role.Highlight, darker)
    return fixed


def content_label(label: QLabel, role: str) -> QLabel:
    """``label`` read by its text (the accessible name follows every ``setText``), ``role`` as description."""
    label.setAccessibleName("")
    label.setAccessibleDescription(role)
    return label


def announce(widget: QWidget) -> None:
    """A live region changed: its name (the text) and its description. Screen readers read the new text."""
    for kind in (QAccessible.Event.NameChanged, QAccessible.Event.DescriptionChanged):
        QAccessible.updateAccessibility(QAccessibleEvent(widget, kind))


def shortcut_hint(widget: QWidget, keys: QKeySequence | QKeySequence.StandardKey | str) -> None:
    """A control whose shortcut is not in its visible text says it in its accessible description."""
    key = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
    widget.setAccessibleDescription(_("sneltoets {key}").format(key=key))
