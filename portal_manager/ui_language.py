"""Which languages the desktop app speaks, known without Qt.

The entry point checks ``--ui-language`` before Qt is loaded, and the command
line's ``--help`` lists the choices; ui/translations.py loads them. English is
the source language of every text; the others have a translation in i18n/.
"""

from __future__ import annotations

UI_LANGUAGES = ("de", "en")
# Not a language: every text 40 % longer and accented, to see that nothing is cut off
# (ui/pseudo_translation.py). Accepted by --ui-language, not advertised.
PSEUDO_LANGUAGE = "pseudo"
UI_LANGUAGE_ENV = "PORTAL_MANAGER_UI_LANGUAGE"
UI_LANGUAGE_OPTION = "--ui-language"


def unknown_ui_language_message() -> str:
    # The value is not repeated, as no refused argument is: it may be a misplaced secret.
    return (f"{UI_LANGUAGE_OPTION} takes {' or '.join(UI_LANGUAGES)}: the languages the desktop "
            "app is translated into.")
