"""Keyboard users reach each field with Alt and its underlined letter: within one window no
two of them may share a letter, in English and in German.

When two share one, Alt+letter only cycles between them (and a button that shares it with
a label is no longer pressed at once), so the letter no longer says where it goes. The
per-language rows of the globe dialog repeat one button per row ("Add placeholder"): the
same action on each row, where cycling through the rows is what the letter should do.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabWidget, QWidget

from portal_manager.app.portal import Portal
from portal_manager.mfa.templates import Channel
from portal_manager.ui.translations import install_translators
from tests.test_ui_accessibility import dialogs

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonic_texts(window: QWidget) -> list[str]:
    """The texts with a mnemonic that the keyboard reaches in ``window`` as shown."""
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue  # another page of a stacked widget, a hidden row
        if isinstance(widget, QAbstractButton) or (
                isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(index) for index in range(widget.count())]
    return [text for text in texts if mnemonic(text)]


def clashes(window: QWidget) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in mnemonic_texts(window):
        by_letter[mnemonic(text)].append(text)
    # One text repeated (a button per row) is one action, not a clash.
    return {letter: texts for letter, texts in by_letter.items() if len(set(texts)) > 1}


def every_window(portal: Portal, session) -> dict[str, QWidget]:
    from PySide6.QtWidgets import QToolButton

    from portal_manager.ui.authenticator_dialog import AuthenticatorAppDialog
    from portal_manager.ui.login_dialog import LoginDialog
    from portal_manager.ui.portal_properties import Page, PortalPropertiesDialog
    from portal_manager.ui.send_test_dialog import SendTestDialog
    from portal_manager.ui.setup_dialog import SetupDialog

    advanced = AuthenticatorAppDialog(portal.security.authenticator_app, portal.general.name,
                                      read_only=False)
    advanced.findChild(QToolButton, "advancedButton").setChecked(True)  # the hidden part too
    return {
        **dialogs(portal, session),
        "portal properties, Security": PortalPropertiesDialog(portal, session,
                                                              page=Page.SECURITY),
        "authentication app, advanced settings shown": advanced,
        "login": LoginDialog(portal),
        "first-start setup": SetupDialog(),
        "send test SMS": SendTestDialog(portal, session, Channel.SMS, portal.security),
        "start test call": SendTestDialog(portal, session, Channel.VOICE, portal.security),
    }


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_two_mnemonics_of_a_window_share_a_letter(
    qtbot, portal: Portal, admin, language: str
) -> None:
    translators = install_translators(QApplication.instance(), language)
    try:
        windows = every_window(portal, admin)
        found = {}
        for name, window in windows.items():
            qtbot.addWidget(window)
            window.show()
            if clash := clashes(window):
                found[name] = clash
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)
    assert not found, f"mnemonics sharing a letter ({language}): {found}"


def test_the_check_finds_a_shared_letter(qtbot) -> None:
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton

    window = QWidget()
    qtbot.addWidget(window)
    form = QFormLayout(window)
    form.addRow("&Sprache:", QLineEdit())
    form.addRow("Ge&sprochene Worte:", QLineEdit())
    form.addRow(QPushButton("&Platzhalter einfügen"))
    form.addRow(QPushButton("&Platzhalter einfügen"))
    window.show()
    assert clashes(window) == {"s": ["&Sprache:", "Ge&sprochene Worte:"]}


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_two_entries_of_a_menu_share_a_letter(qtbot, portal: Portal, admin,
                                                 language: str) -> None:
    from PySide6.QtWidgets import QMenu

    from portal_manager.ui.main_window import MainWindow

    translators = install_translators(QApplication.instance(), language)
    try:
        window = MainWindow(portal, admin)
        qtbot.addWidget(window)
        menus = {"menu bar": [action.text() for action in window.menuBar().actions()]}
        for menu in window.findChildren(QMenu):
            menus[menu.title()] = [action.text() for action in menu.actions()
                                   if action.isVisible() and not action.isSeparator()]
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)
    assert all(mnemonic(text) for texts in menus.values() for text in texts), menus
    shared = {name: texts for name, texts in menus.items()
              if len({mnemonic(text) for text in texts}) < len(texts)}
    assert not shared, f"menu entries sharing a letter ({language}): {shared}"
