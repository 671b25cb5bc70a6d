"""Loading the UI translations compiled from i18n/*.ts."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

I18N_FOLDER = Path(__file__).resolve().parents[2] / "i18n"
UI_LANGUAGE_ENV = "PORTAL_MANAGER_UI_LANGUAGE"


def install_translator(app: QCoreApplication, language: str | None = None) -> QTranslator | None:
    """Install the translation for ``language`` (default: env override or system locale)."""
    language = language or os.environ.get(UI_LANGUAGE_ENV) or QLocale.system().name()[:2]
    translator = QTranslator(app)
    if translator.load(str(I18N_FOLDER / f"portal_manager_{language}.qm")):
        app.installTranslator(translator)
        return translator
    return None
