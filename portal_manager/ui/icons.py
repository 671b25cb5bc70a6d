"""The application's own icons, from the package data folder portal_manager/resources/."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from portal_manager.ui.package_data import package_file


def icon(name: str) -> QIcon:
    """``resources/<name>.svg`` as an icon (an empty icon if the file is missing)."""
    return QIcon(str(package_file("resources", f"{name}.svg")))
