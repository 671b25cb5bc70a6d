"""The first start (setup dialog) and the main window, driven as a person would."""

from __future__ import annotations

import dataclasses
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from portal_manager.__main__ import desktop_start_options, main
from portal_manager.app import user_management as management
from portal_manager.app.portal import Portal
from portal_manager.mfa.settings import Service
from portal_manager.ui import application
from portal_manager.ui.login_dialog import LoginDialog
from portal_manager.ui.main_window import MainWindow
from portal_manager.ui.setup_dialog import SetupDialog
from portal_manager.ui.translations import install_translators
from tests.conftest import ADMIN, ADMIN_PASSWORD

# The translation sources; the app itself reads the .qm files compiled into the package.
I18N_FOLDER = Path(__file__).resolve().parents[1] / "i18n"


def ok_button(dialog: SetupDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_setup_dialog_needs_a_name_and_a_language(qtbot) -> None:
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    assert not ok_button(dialog).isEnabled()
    assert dialog.problemLabel.text() == "Enter the portal name."

    qtbot.keyClicks(dialog.nameEdit, "Acme Portal")
    dialog.adminNameEdit.setText("alice")
    qtbot.keyClicks(dialog.passwordEdit, "long enough")
    assert not ok_button(dialog).isEnabled()
    assert dialog.problemLabel.text() == "The two passwords differ."
    qtbot.keyClicks(dialog.repeatPasswordEdit, "long enough")
    assert ok_button(dialog).isEnabled()
    assert dialog.settings.languages == ("de", "en")  # listed by native name: Deutsch, English
    assert dialog.settings.default_language == "en"

    for row in range(dialog.languageList.count()):
        dialog.languageList.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not ok_button(dialog).isEnabled()
    assert dialog.problemLabel.text() == "Choose at least one language."


@pytest.mark.parametrize(
    ("admin", "password", "message"),
    [("", "long enough", "not a valid user name"), ("bob smith", "long enough",
     "not a valid user name"), ("bob", "short", "too short")],
)
def test_setup_dialog_checks_the_administrator(qtbot, admin, password, message) -> None:
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.nameEdit, "Acme")
    dialog.adminNameEdit.setText(admin)
    qtbot.keyClicks(dialog.passwordEdit, password)
    qtbot.keyClicks(dialog.repeatPasswordEdit, password)
    assert message in dialog.problemLabel.text()
    assert not ok_button(dialog).isEnabled()


def test_setup_dialog_default_language_follows_the_checked_languages(qtbot) -> None:
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.nameEdit, "Acme")
    items = {
        dialog.languageList.item(row).data(Qt.ItemDataRole.UserRole):
            dialog.languageList.item(row)
        for row in range(dialog.languageList.count())
    }
    items["fr"].setCheckState(Qt.CheckState.Checked)
    dialog.defaultLanguageCombo.setCurrentIndex(dialog.defaultLanguageCombo.findData("fr"))
    items["en"].setCheckState(Qt.CheckState.Unchecked)
    assert dialog.settings.default_language == "fr"
    assert dialog.settings.languages == ("de", "fr")


def test_main_window_shows_the_portal_and_the_services(qtbot, portal: Portal, admin) -> None:
    window = MainWindow(portal, admin)
    qtbot.addWidget(window)
    assert window.portalNameLabel.text() == "Acme Portal"
    assert "English, Deutsch" in window.languagesLabel.text()
    sms = window.serviceLabels[Service.SMS].text()
    assert "Deactivated — the configuration is incomplete" in sms
    assert "No API key is chosen" in sms
    assert "ready to activate" in window.serviceLabels[Service.AUTHENTICATOR_APP].text()

    app = dataclasses.replace(portal.security.authenticator_app, activated=True)
    portal.save_security(portal.security.with_service(Service.AUTHENTICATOR_APP, app), admin)
    window.refresh()
    assert "Activated" in window.serviceLabels[Service.AUTHENTICATOR_APP].text()


def test_first_start_creates_the_default_portal(
    qtbot, monkeypatch: pytest.MonkeyPatch, _isolated_default_portal: Path
) -> None:
    def fill_in_setup() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SetupDialog)
        qtbot.keyClicks(dialog.nameEdit, "First Portal")
        dialog.adminNameEdit.setText("alice")
        qtbot.keyClicks(dialog.passwordEdit, "long enough")
        qtbot.keyClicks(dialog.repeatPasswordEdit, "long enough")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in_setup)
    portal, session = application.open_or_set_up(_isolated_default_portal, is_default=True)
    try:
        assert portal.general.name == "First Portal"
        assert session.user_name == "alice" and portal.users.is_admin("alice")
        assert (_isolated_default_portal / "portal.json").exists()
    finally:
        portal.close()


def test_run_application_opens_the_main_window(
    qtbot, portal_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = {}

    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen["title"] = windows[0].windowTitle() if windows else None
        for window in windows:
            window.close()  # the last window closed ends app.exec()

    def log_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LoginDialog)
        qtbot.keyClicks(dialog.userNameEdit, ADMIN)
        qtbot.keyClicks(dialog.passwordEdit, ADMIN_PASSWORD)
        dialog.buttons.accepted.emit()
        QTimer.singleShot(100, close_when_shown)

    QTimer.singleShot(0, log_in)
    assert application.run_application(portal_folder) == 0
    # A quit request left in the queue would end the next test's modal dialogs at once.
    QApplication.removePostedEvents(None, QEvent.Type.Quit)
    assert seen["title"] == "Acme Portal — Portal Manager"
    # portal_manager/resources/portal-manager.svg, through the SVG icon engine
    assert not QApplication.windowIcon().pixmap(32).isNull()
    # The lock was released on the way out.
    Portal.open(portal_folder, writable=True).close()


def test_the_main_window_is_built_during_the_login_and_shown_after_it(
    qtbot, portal: Portal, admin
) -> None:
    management.add_user(portal, admin, "support", "support password")
    ahead = application.MainWindowAhead()
    built: list[MainWindow] = []

    def build() -> None:
        ahead.building_for(portal)()
        built.extend(widget for widget in QApplication.topLevelWidgets()
                     if isinstance(widget, MainWindow) and widget not in built)

    dialog = LoginDialog(portal, while_checking=build)
    qtbot.addWidget(dialog)
    dialog.userNameEdit.setText("support")
    dialog.passwordEdit.setText("wrong password")
    dialog.try_login()
    dialog.passwordEdit.setText("support password")
    dialog.try_login()
    # Built once, during the first try, and never shown before a login succeeded.
    assert len(built) == 1 and not built[0].isVisible()
    window = ahead.for_session(portal, dialog.session)
    qtbot.addWidget(window)
    assert window is built[0]
    # Filled in for who logged in: support is no administrator.
    assert window.userLabel.text() == "Logged in as support"
    assert not window.usersAction.isEnabled() and window.readOnlyLabel.text()


def test_login_refuses_a_wrong_password_and_stays_open(qtbot, portal: Portal) -> None:
    tries: list[str] = []
    # What the app loads while the key is derived (the main window) runs at every try.
    dialog = LoginDialog(portal, while_checking=lambda: tries.append(dialog.passwordEdit.text()))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.userNameEdit, ADMIN)
    qtbot.keyClicks(dialog.passwordEdit, "wrong password")
    dialog.try_login()
    assert dialog.session is None
    assert dialog.errorLabel.text() == "Wrong user name or password."
    assert dialog.passwordEdit.text() == ""
    qtbot.keyClicks(dialog.passwordEdit, ADMIN_PASSWORD)
    dialog.try_login()
    assert dialog.session is not None and dialog.session.user_name == ADMIN
    assert dialog.passwordEdit.text() == ""  # cleared when the dialog closed
    assert tries == ["wrong password", ADMIN_PASSWORD]


def test_a_refused_login_other_than_a_wrong_password_is_said_in_the_dialog(
    qtbot, portal_folder: Path
) -> None:
    """users.json changed outside Portal Manager (a public key that is not the user's):
    the core refuses the login with a message saying what to do. The dialog showed
    nothing and the slot's exception only reached stderr as a traceback."""
    import base64

    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    users_file = portal_folder / "users.json"
    document = json.loads(users_file.read_text(encoding="utf-8"))
    foreign = X25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw,
                                                                    PublicFormat.Raw)
    document["users"][0]["credentials"]["public_key"] = base64.b64encode(foreign).decode()
    users_file.write_text(json.dumps(document), encoding="utf-8")
    with Portal.open(portal_folder, writable=True) as portal:
        dialog = LoginDialog(portal)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.userNameEdit, ADMIN)
        qtbot.keyClicks(dialog.passwordEdit, ADMIN_PASSWORD)
        dialog.buttons.accepted.emit()  # as the Log in button does: an exception here is lost
        assert dialog.session is None
        shown = dialog.errorLabel.text()
        assert "users.json was changed outside Portal Manager" in shown
        assert dialog.errorLabel.textFormat() is Qt.TextFormat.PlainText
        assert dialog.passwordEdit.accessibleDescription() == shown
        assert ADMIN_PASSWORD not in shown and dialog.passwordEdit.text() == ""


def test_a_screen_reader_hears_why_the_login_failed(qtbot, portal: Portal) -> None:
    """Focus goes back to the emptied password field; a screen reader speaks that field
    (name, role, description), not the error label beside it, which it never focuses."""
    dialog = LoginDialog(portal)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.userNameEdit, ADMIN)
    qtbot.keyClicks(dialog.passwordEdit, "wrong password")
    dialog.try_login()
    assert dialog.passwordEdit.accessibleDescription() == "Wrong user name or password."


def test_non_administrators_see_a_read_only_notice(qtbot, portal: Portal, admin) -> None:
    management.add_user(portal, admin, "support", "support password")
    window = MainWindow(portal, portal.login("support", "support password"))
    qtbot.addWidget(window)
    assert "not a member of Administrators" in window.readOnlyLabel.text()
    assert not window.readOnlyLabel.isHidden()
    admin_window = MainWindow(portal, admin)
    qtbot.addWidget(admin_window)
    assert admin_window.readOnlyLabel.isHidden()


def test_german_translation_is_loaded(qtbot, portal: Portal, admin) -> None:
    app = QApplication.instance()
    translators = install_translators(app, "de")
    assert translators, "run 'make' to compile portal_manager/i18n/*.qm"
    try:
        window = MainWindow(portal, admin)
        qtbot.addWidget(window)
        assert "Sprachen:" in window.languagesLabel.text()
        assert "Deaktiviert" in window.serviceLabels[Service.SMS].text()
        # A finding of the core, translated by the UI (the command line keeps it English).
        assert "API-Schlüssel" in window.serviceLabels[Service.SMS].text()
        login = LoginDialog(portal)
        qtbot.addWidget(login)
        cancel = login.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text().replace("&", "") == "Abbrechen"  # Qt's own translation
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_every_german_translation_keeps_the_markers() -> None:
    import re

    tree = ET.parse(I18N_FOLDER / "portal_manager_de.ts")
    for message in tree.iter("message"):
        source = message.findtext("source")
        element = message.find("translation")
        # A plural (%n) has one form per grammatical number; each keeps the markers.
        forms = [form.text or "" for form in element.iter("numerusform")] or [element.text or ""]
        for translation in forms:
            assert translation, f"untranslated: {source!r}"
            assert sorted(re.findall(r"%(?:\d|n)", source)) == sorted(
                re.findall(r"%(?:\d|n)", translation)
            ), source


def test_messages_with_markup_are_shown_as_text(qtbot, portal: Portal, admin) -> None:
    # Saved by hand, as the dialogs would refuse it.
    path = portal.folder / "security.json"
    document = json.loads(path.read_text())
    document["services"]["voice"]["message"] = {"en": "<speak>${OTPFMTSSML}</speek>"}
    path.write_text(json.dumps(document))
    with Portal.open(portal.folder) as reader:
        window = MainWindow(reader, admin)
        qtbot.addWidget(window)
        text = window.serviceLabels[Service.VOICE].text()
    assert "e.g. &lt;prosody&gt;…&lt;/prosody&gt;" in text
    assert "• English: SSML is not well-formed" in text  # names the language


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], {}),
        (["--portal", "/p"], {"--portal": "/p"}),
        (["--portal=/p"], {"--portal": "/p"}),
        (["--ui-language", "de"], {"--ui-language": "de"}),
        (["--ui-language=de", "--portal", "/p"], {"--ui-language": "de", "--portal": "/p"}),
        (["--portal", "/p", "--ui-language", "fr"], {"--portal": "/p", "--ui-language": "fr"}),
        (["mfa", "show"], None),
        (["--portal", "/p", "mfa"], None),
        (["--ui-language", "de", "mfa", "show"], None),
        (["--portal", "/p", "--portal", "/q"], None),
        (["--ui-language"], None),
    ],
)
def test_which_arguments_start_the_desktop_app(argv, expected) -> None:
    assert desktop_start_options(argv) == expected


@pytest.mark.parametrize("argv", [["--ui-language", "fr"], ["--ui-language=", "--portal", "/p"]])
def test_an_unknown_ui_language_is_refused_before_qt_starts(argv, capsys) -> None:
    assert main(argv) == 2
    error = capsys.readouterr().err
    assert error == ("portal-manager: --ui-language takes de or en: the languages the desktop "
                     "app is translated into.\n")


def test_the_command_line_refuses_a_ui_language(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--ui-language", "de", "user", "list"])
    assert exit_.value.code == 2
    assert "the command line's messages are always English" in capsys.readouterr().err


def test_the_ui_language_option_wins_over_the_environment(qtbot, monkeypatch) -> None:
    """The environment says German, ``--ui-language en`` keeps the first dialog English."""
    monkeypatch.setenv("PORTAL_MANAGER_UI_LANGUAGE", "de")
    titles = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        titles.append(dialog.windowTitle())
        dialog.reject()

    app = QApplication.instance()
    before = set(app.findChildren(QTranslator))
    QTimer.singleShot(0, look)
    try:
        assert application.run_application(ui_language="en") == 0
        QTimer.singleShot(0, look)
        assert application.run_application(ui_language="de") == 0
    finally:
        for translator in set(app.findChildren(QTranslator)) - before:
            app.removeTranslator(translator)
    assert titles == ["Set up your portal", "Portal einrichten"]


def test_qt_calls_keep_pythons_reference_to_none(qapp) -> None:
    """PySide6 6.12.0 dropped a reference to None on every call returning nothing, until the
    interpreter aborted (pinned below 6.12 in pyproject.toml); this catches it coming back."""
    import sys

    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
        label.setEnabled(False)
    assert sys.getrefcount(None) >= before


def test_every_text_of_the_package_is_in_the_german_translation(tmp_path: Path) -> None:
    """What lupdate finds in the code now (UI tr() and core QT_TRANSLATE_NOOP) is translated."""
    import shutil
    import subprocess
    import sys

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    package = Path(__file__).resolve().parents[1] / "portal_manager"
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-silent", *sorted(map(str, package.rglob("*.py"))),
                    "-ts", str(fresh)], check=True, capture_output=True)

    def sources(path: Path, *, translated_only: bool) -> set[tuple[str, str]]:
        found = set()
        for context in ET.parse(path).iter("context"):
            for message in context.iter("message"):
                element = message.find("translation")
                done = element.get("type") not in ("unfinished", "vanished", "obsolete")
                if done or not translated_only:
                    found.add((context.findtext("name"), message.findtext("source")))
        return found

    missing = sources(fresh, translated_only=False) - sources(
        I18N_FOLDER / "portal_manager_de.ts", translated_only=True)
    assert not missing, f"run 'make translations' and translate: {sorted(missing)[:10]}"


def test_every_ui_language_but_the_source_language_has_a_translation() -> None:
    """--ui-language offers exactly the languages there is a .ts file for, plus English."""
    from portal_manager.ui_language import UI_LANGUAGES

    translated = {path.stem.removeprefix("portal_manager_") for path in I18N_FOLDER.glob("*.ts")}
    assert set(UI_LANGUAGES) == translated | {"en"}


def test_the_portal_name_and_folder_are_shown_as_written_not_as_markup(
    qtbot, tmp_path: Path, general
) -> None:
    """A portal name (or folder) that looks like HTML is a name, not markup to render:
    '<h1>' must not blow up the main window, and '<img src>' must not load a file."""
    from PySide6.QtGui import QAccessible

    name = '<h1 style="font-size:90px">Huge</h1><img src="/etc/x.png">'
    folder = tmp_path / "<b>bold</b>"
    Portal.create(folder, dataclasses.replace(general, name=name), ADMIN, ADMIN_PASSWORD).close()
    with Portal.open(folder) as reader:
        window = MainWindow(reader, reader.login(ADMIN, ADMIN_PASSWORD))
        qtbot.addWidget(window)
        window.show()
        for label in (window.portalNameLabel, window.folderLabel):
            # What is drawn, and what a screen reader reads, is the text itself.
            shown = QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)
            assert shown == label.text(), label.objectName()
    assert window.portalNameLabel.text() == name


def read_the_message_box_and_close_it(read) -> None:
    """Once a message box is the modal window (asked again every 50 ms): ``read`` it, close it."""
    from PySide6.QtWidgets import QMessageBox

    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(50, lambda: read_the_message_box_and_close_it(read))
        return
    read(box)
    box.accept()


def test_a_start_up_error_names_the_folder_as_written(qtbot, tmp_path: Path) -> None:
    """The message box quotes the folder; one named like a tag must not be rendered as HTML
    (it showed "/tmp/…/" and a big "big" heading instead of the path)."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QLabel, QMessageBox

    folder = tmp_path / "<h1>big"
    seen: dict[str, str] = {}

    def read(box: QMessageBox) -> None:
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen["shown"] = QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)

    QTimer.singleShot(0, lambda: read_the_message_box_and_close_it(read))
    assert application.run_application(folder) == 2
    assert str(folder) in seen["shown"]


def test_unreadable_security_settings_are_said_after_the_login(
    qtbot, portal_folder: Path
) -> None:
    """The login dialog shows before security.json is read (the MFA model loads while the
    key is derived); a damaged file is said once the login is done, and the app ends."""
    from PySide6.QtWidgets import QMessageBox

    (portal_folder / "security.json").write_text('{"format": "portal-security", "version": 1, '
                                                 '"services": 7}', encoding="utf-8")
    seen: dict[str, object] = {}

    def read(box: QMessageBox) -> None:
        seen["text"], seen["format"] = box.text(), box.textFormat()

    def log_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LoginDialog)  # shown although security.json is damaged
        qtbot.keyClicks(dialog.userNameEdit, ADMIN)
        qtbot.keyClicks(dialog.passwordEdit, ADMIN_PASSWORD)
        dialog.buttons.accepted.emit()
        QTimer.singleShot(0, lambda: read_the_message_box_and_close_it(read))

    QTimer.singleShot(0, log_in)
    assert application.run_application(portal_folder) == 2
    assert "security.json" in seen["text"] and "unreadable Security settings" in seen["text"]
    assert seen["format"] is Qt.TextFormat.PlainText
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()]
    Portal.open(portal_folder, writable=True, security_later=True).close()  # lock released
