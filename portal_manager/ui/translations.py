"""Loading the UI translations: ours from i18n/*.qm, Qt's own for standard buttons."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from portal_manager.ui.pseudo_translation import PSEUDO_LANGUAGE, install_pseudo_translation

I18N_FOLDER = Path(__file__).resolve().parents[2] / "i18n"
UI_LANGUAGE_ENV = "PORTAL_MANAGER_UI_LANGUAGE"


def ui_language() -> str:
    return os.environ.get(UI_LANGUAGE_ENV) or QLocale.system().name()[:2]


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install the translations for ``language`` (default: env override or system locale);
    ``pseudo`` installs the pseudo-translation.

    Returns the installed translators: none when the language has no translation.
    """
    language = language or ui_language()
    if language == PSEUDO_LANGUAGE:  # every text longer and accented, to find clipped labels
        return install_pseudo_translation(app)
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
