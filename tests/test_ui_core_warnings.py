"""The core's warnings reach the person in the app: a users.json changed outside Portal Manager
is noticed while administrators are managed in the Users dialog, and said in a message box once
the change is done - in the UI's language."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from portal_manager.app import user_management as management
from portal_manager.app.portal import Portal
from portal_manager.messages import QT_TRANSLATE_NOOP
from portal_manager.ui.core_warnings import (
    install_core_warning_notifier,
    remove_core_warning_notifier,
)
from portal_manager.ui.translations import install_translators
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.test_folder_attacker import ALICE_PASSWORD, reopen, swap_in_attacker_key
from tests.test_ui_users import click, open_users_dialog, select_user


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the warning boxes the app shows, with the notifier installed as at start."""
    boxes: list[str] = []

    def record(box: QMessageBox) -> int:
        # Shown as written: file and user names in a warning are never rendered as HTML.
        assert box.textFormat() is Qt.TextFormat.PlainText
        boxes.append(box.text())
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", record)
    notifier = install_core_warning_notifier()
    yield boxes
    remove_core_warning_notifier(notifier)


def _tampered_portal(portal: Portal, admin) -> tuple[Portal, object]:
    """alice an administrator whose public key in users.json was swapped; bob one too."""
    management.add_user(portal, admin, "alice", ALICE_PASSWORD, admin=True)
    management.add_user(portal, admin, "bob", "bob's password", admin=True)
    swap_in_attacker_key(portal, "alice")
    portal = reopen(portal)
    return portal, portal.login(ADMIN, ADMIN_PASSWORD)


def test_a_swapped_key_noticed_during_a_change_is_shown_after_it(
    qtbot, portal: Portal, admin, shown: list[str]
) -> None:
    portal, admin = _tampered_portal(portal, admin)
    dialog = open_users_dialog(qtbot, portal, admin)
    select_user(qtbot, dialog, "bob")
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        click(qtbot, dialog.adminToggleButton)  # revoking bob re-keys the store

    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0].startswith("users.json was changed outside Portal Manager: the public key "
                               "of alice is not the one Portal Manager created for alice.")


def test_the_warning_is_in_the_ui_s_language(qtbot, portal: Portal, admin,
                                             shown: list[str]) -> None:
    portal, admin = _tampered_portal(portal, admin)
    translators = install_translators(QApplication.instance(), "de")
    try:
        management.revoke_admin(portal, admin, "bob")
        qtbot.waitUntil(lambda: len(shown) == 1)
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)
    assert shown[0].startswith("users.json wurde außerhalb von Portal Manager geändert: Der "
                               "öffentliche Schlüssel von alice ist nicht der")


def test_only_the_core_s_messages_from_the_gui_thread_are_shown(qtbot, shown: list[str]) -> None:
    core = logging.getLogger("portal_manager.vault")
    core.warning("seven.io could not be reached; trying once more")  # a log line, not a Message
    worker = threading.Thread(target=lambda: core.warning(
        QT_TRANSLATE_NOOP("Store", "from a worker thread")))
    worker.start()
    worker.join()
    core.warning(QT_TRANSLATE_NOOP("Store", "shown"))
    core.warning(QT_TRANSLATE_NOOP("Store", "shown"))  # said once, not twice
    qtbot.waitUntil(lambda: len(shown) == 1)
    qtbot.wait(50)
    assert shown == ["shown"]


def test_a_warning_that_looks_like_html_is_shown_as_written(qtbot, shown: list[str]) -> None:
    logging.getLogger("portal_manager.users").warning(
        QT_TRANSLATE_NOOP("Store", "<h1>big</h1> & <b>bold</b>"))
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown == ["<h1>big</h1> & <b>bold</b>"]


def test_the_app_removes_its_notifier_when_it_ends(qtbot, tmp_path, monkeypatch) -> None:
    from portal_manager.ui import application

    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Ok.value)
    core = logging.getLogger("portal_manager")
    before = list(core.handlers)
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x", encoding="utf-8")
    assert application.run_application(blocked) == 2  # stops at once with a message
    assert core.handlers == before
