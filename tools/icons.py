"""Render resources/icons/signaal.svg to the PNG sizes Linux wants and the .ico Windows wants (``make icons``)."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def main(folder: Path) -> None:
    _app = QGuiApplication(sys.argv[:1])
    svg = folder / "signaal.svg"
    pngs = {size: render(svg, size) for size in SIZES}
    (folder / "signaal.png").write_bytes(pngs[256])
    images = [Image.open(io.BytesIO(pngs[size])) for size in SIZES]
    images[-1].save(folder / "signaal.ico", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    print(*(folder / n for n in ("signaal.png", "signaal.ico")), sep="\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/icons"))
