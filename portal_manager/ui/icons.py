"""The application's own icons, from resources/."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

# Beside the package in a source checkout (issue 10 moves them into the package).
RESOURCES_FOLDER = Path(__file__).resolve().parents[2] / "resources"


def icon(name: str) -> QIcon:
    """``resources/<name>.svg`` as an icon (an empty icon if the file is missing)."""
    return QIcon(str(RESOURCES_FOLDER / f"{name}.svg"))
