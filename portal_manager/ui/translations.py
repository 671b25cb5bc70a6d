"""Loading the UI translations: ours from the package's i18n/*.qm, Qt's own for standard buttons.

The .qm files are compiled from the i18n/*.ts sources into the package: by make
for a checkout, by the wheel build (setup.py) for an installed package.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from portal_manager.ui.package_data import package_file
from portal_manager.ui_language import PSEUDO_LANGUAGE, UI_LANGUAGE_ENV


def ui_language() -> str:
    """The environment's choice, else the system language (``de`` of ``de_AT``)."""
    return os.environ.get(UI_LANGUAGE_ENV) or QLocale.system().name()[:2]


def translation_file(language: str) -> str:
    return str(package_file("i18n", f"portal_manager_{language}.qm"))


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install the translations for ``language`` (default: env override or system locale);
    ``pseudo`` installs the pseudo-translation.

    Returns the installed translators: none when the language has no translation.
    """
    language = language or ui_language()
    if language == PSEUDO_LANGUAGE:  # every text longer and accented, to find clipped labels
        # Imported only here: a normal start does without it (~1.5 ms).
        from portal_manager.ui.pseudo_translation import install_pseudo_translation

        return install_pseudo_translation(app)
    ours = QTranslator(app)
    if not ours.load(translation_file(language)):
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
