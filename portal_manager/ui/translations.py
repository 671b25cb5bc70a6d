"""Loading the UI translations: ours from i18n/*.qm, Qt's own for standard buttons."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_FOLDER = Path(__file__).resolve().parents[2] / "i18n"
UI_LANGUAGE_ENV = "PORTAL_MANAGER_UI_LANGUAGE"


def ui_language() -> str:
    return os.environ.get(UI_LANGUAGE_ENV) or QLocale.system().name()[:2]


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install the translations for ``language`` (default: env override or system locale).

    Returns the installed translators: none when the language has no translation.
    """
    language = language or ui_language()
    ours = QTranslator(app)
    if not ours.load(str(I18N_FOLDER / f"portal_manager_{language}.qm")):
        return []
    installed = [ours]
    # Qt's own texts: "Cancel", "OK" and the like in standard buttons.
    qt_texts = QTranslator(app)
    if qt_texts.load(f"qtbase_{language}",
                     QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt_texts)
    for translator in installed:
        app.installTranslator(translator)
    return installed
