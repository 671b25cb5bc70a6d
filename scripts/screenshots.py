"""Render every dialog offscreen into docs/screenshots/*.png (English), de/ (German) and
pseudo/ (the pseudo-translation), and report every text a dialog cuts off.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--only NAME …]
                                            [--language en de pseudo]

A sample portal is made in a temporary folder (with cheap key derivation: the
pictures do not depend on it). Each shot builds its widget the way the app
does, shows it at its own size, checks it for clipped text and grabs it. Look at
the pictures at 100 % after changing a dialog. Exits with 1 when a text is clipped.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QWidget

from portal_manager.app import user_management as management
from portal_manager.app.portal import Portal, PortalDraft
from portal_manager.app.store_management import add_entry
from portal_manager.mfa.settings import LocalizedText, Service
from portal_manager.portal.general import GeneralSettings
from portal_manager.ui.clipping import ClippedText, clipped_texts
from portal_manager.ui.translations import install_translators
from portal_manager.users import credentials
from portal_manager.users.credentials import KdfParameters
from portal_manager.users.directory import Session
from portal_manager.vault.store import Entry

ROOT = Path(__file__).resolve().parents[1]
ADMIN, PASSWORD = "alice", "sample password"
# Where each language's pictures go, below --out.
LANGUAGE_FOLDERS = {"en": ".", "de": "de", "pseudo": "pseudo"}

Shot = Callable[[Portal, Session], QWidget]
SHOTS: dict[str, Shot] = {}


def shot(name: str) -> Callable[[Shot], Shot]:
    def register(function: Shot) -> Shot:
        SHOTS[name] = function
        return function

    return register


def sample_portal(folder: Path) -> tuple[Portal, Session]:
    """A portal with two languages, an API key entry, a second user and some history."""
    credentials.current_kdf = KdfParameters(n=2**4, r=8, p=1)
    Portal.create(folder, GeneralSettings("Acme Customer Portal", ("en", "de"), "en"), ADMIN,
                  PASSWORD).close()
    portal = Portal.open(folder, writable=True)
    session = portal.login(ADMIN, PASSWORD)
    add_entry(portal, session, Entry("sevenApiKey", "sk-sample-not-a-real-key", "seven.io"))
    management.add_user(portal, session, "bob", "bob's sample password")
    management.add_user(portal, session, "carol", "carol's sample password", admin=True)
    sms = dataclasses.replace(portal.security.sms, api_key="sevenApiKey",
                              sender_name=LocalizedText({"en": "Acme", "de": "Acme"}))
    app = dataclasses.replace(portal.security.authenticator_app, activated=True)
    security = portal.security.with_service(Service.SMS, sms).with_service(
        Service.AUTHENTICATOR_APP, app)
    portal.save_properties(PortalDraft(portal.general, security), session)
    return portal, session


# -- the shots --------------------------------------------------------------------------------


@shot("first-start-setup")
def first_start_setup(portal: Portal, session: Session) -> QWidget:
    from portal_manager.ui.setup_dialog import SetupDialog

    return SetupDialog()


@shot("login")
def login(portal: Portal, session: Session) -> QWidget:
    from portal_manager.ui.login_dialog import LoginDialog

    dialog = LoginDialog(portal)
    dialog.userNameEdit.setText(ADMIN)
    return dialog


@shot("main-window")
def main_window(portal: Portal, session: Session) -> QWidget:
    from portal_manager.ui.main_window import MainWindow

    window = MainWindow(portal, session)
    window.resize(760, 480)
    return window


@shot("portal-properties-general")
def properties_general(portal: Portal, session: Session) -> QWidget:
    from portal_manager.ui.portal_properties import Page, PortalPropertiesDialog

    return PortalPropertiesDialog(portal, session, page=Page.GENERAL)


@shot("portal-properties-security")
def properties_security(portal: Portal, session: Session) -> QWidget:
    from portal_manager.ui.portal_properties import Page, PortalPropertiesDialog

    return PortalPropertiesDialog(portal, session, page=Page.SECURITY)


@shot("portal-properties-read-only")
def properties_read_only(portal: Portal, session: Session) -> QWidget:
    from portal_manager.ui.portal_properties import Page, PortalPropertiesDialog

    bob = portal.login("bob", "bob's sample password")
    return PortalPropertiesDialog(portal, bob, page=Page.SECURITY)


@shot("authenticator-app")
def authenticator_app(portal: Portal, session: Session) -> QWidget:
    from portal_manager.ui.authenticator_dialog import AuthenticatorAppDialog

    return AuthenticatorAppDialog(portal.security.authenticator_app, portal.general.name,
                                  read_only=False)


@shot("authenticator-app-test-enrolment")
def authenticator_app_enrolment(portal: Portal, session: Session) -> QWidget:
    from PySide6.QtWidgets import QLineEdit

    from portal_manager.ui.authenticator_dialog import AuthenticatorAppDialog

    dialog = AuthenticatorAppDialog(portal.security.authenticator_app, portal.general.name,
                                    read_only=False)
    dialog.findChild(QLineEdit, "accountEdit").setText("tester@acme.example")
    dialog.enrolment.show_new_secret()
    return dialog


@shot("users-and-groups")
def users_and_groups(portal: Portal, session: Session) -> QWidget:
    from portal_manager.ui.users_dialog import UsersDialog

    return UsersDialog(portal, session)


@shot("add-user")
def add_user(portal: Portal, session: Session) -> QWidget:
    from portal_manager.ui.users_dialog import AddUserDialog

    return AddUserDialog(portal, session)


@shot("audit-trail")
def audit_trail(portal: Portal, session: Session) -> QWidget:
    from portal_manager.ui.audit_viewer import AuditViewer

    viewer = AuditViewer(portal)
    viewer.resize(900, 420)
    return viewer


@shot("sms")
def sms(portal: Portal, session: Session) -> QWidget:
    from portal_manager.ui.message_dialogs import SmsDialog

    return SmsDialog(portal, session, portal.security.sms, portal.general, read_only=False)


@shot("sms-long-unicode")
def sms_long_unicode(portal: Portal, session: Session) -> QWidget:
    from portal_manager.ui.message_dialogs import SmsDialog

    dialog = SmsDialog(portal, session, portal.security.sms, portal.general, read_only=False)
    dialog.messageEditor.setText(
        "${OTPFMT} ist Ihr Bestätigungscode für das Kundenportal 😀. Bitte geben Sie ihn "
        "innerhalb von fünf Minuten ein. Geben Sie den Code niemals weiter — auch nicht an "
        "unsere Mitarbeiter, die Sie niemals danach fragen werden. Ćao! " * 2)
    dialog.refresh_preview()
    return dialog


@shot("sms-problems")
def sms_problems(portal: Portal, session: Session) -> QWidget:
    from portal_manager.ui.message_dialogs import SmsDialog

    dialog = SmsDialog(portal, session, portal.security.sms, portal.general, read_only=False)
    dialog.messageEditor.setText("Your code: ${OTP} ${OTPDIGIT[7]} ${CODE}")
    dialog.senderEdit.setText("Acme Portal #1")
    dialog.accept()  # shows the problems, stays open
    return dialog


@shot("voice")
def voice(portal: Portal, session: Session) -> QWidget:
    from portal_manager.ui.message_dialogs import VoiceDialog

    return VoiceDialog(portal, session, portal.security.voice, portal.general, read_only=False)


@shot("multilingual-sms-message")
def multilingual(portal: Portal, session: Session) -> QWidget:
    from portal_manager.mfa.templates import Channel
    from portal_manager.ui.multilingual_dialog import MultilingualDialog

    return MultilingualDialog(
        "SMS message in every language", ["en", "de", "fr"], "en",
        {"en": portal.security.sms.message.text("en"),
         "de": portal.security.sms.message.text("de")},
        multiline=True, channel=Channel.SMS, code_length=6, sender_names={"en": "Acme"})


@shot("login-information-store")
def store(portal: Portal, session: Session) -> QWidget:
    from portal_manager.ui.store_dialog import StoreDialog

    return StoreDialog(portal, session)


@shot("add-login-information")
def add_login_information(portal: Portal, session: Session) -> QWidget:
    from portal_manager.ui.store_dialog import EntryDialog

    return EntryDialog(portal, session)


@shot("send-test-sms")
def send_test_sms(portal: Portal, session: Session) -> QWidget:
    from portal_manager.mfa.templates import Channel
    from portal_manager.ui.send_test_dialog import SendTestDialog

    dialog = SendTestDialog(portal, session, Channel.SMS, portal.security)
    dialog.numberEdit.setText("+49 176 12345678")
    return dialog


_SIMULATORS: list = []  # kept running while the process renders


@shot("gateway-simulator-outbox")
def gateway_outbox(portal: Portal, session: Session) -> QWidget:
    import atexit
    import time

    from portal_manager.providers.gateway_sim import GatewaySimulator
    from portal_manager.providers.seven import SevenProvider
    from portal_manager.ui.outbox_dialog import OutboxDialog

    simulator = GatewaySimulator()
    simulator.start()
    _SIMULATORS.append(simulator)
    atexit.register(simulator.stop)
    provider = SevenProvider(simulator.base_url)
    provider.send_sms("key", "+4917612345678", "123 456 is your verification code for Acme.",
                      "Acme", 5)
    provider.start_voice_call("key", "+4917612345678",
                              "<speak>Your code: <say-as interpret-as=\"characters\">123456"
                              "</say-as></speak>")
    provider.check_credentials("key")
    dialog = OutboxDialog(simulator.root_url)
    deadline = time.monotonic() + 10
    while dialog.table.rowCount() < 3 and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    return dialog


# -- rendering --------------------------------------------------------------------------------


def show_shot(app: QApplication, name: str, portal: Portal, session: Session) -> QWidget:
    """The shot's widget, shown at its own size with every pending layout done."""
    widget = SHOTS[name](portal, session)
    widget.show()
    app.processEvents()
    return widget


def render(app: QApplication, portal: Portal, session: Session, out: Path,
           names: list[str]) -> tuple[list[Path], dict[str, list[ClippedText]]]:
    """The pictures written, and the clipped texts of each shot that has some."""
    out.mkdir(parents=True, exist_ok=True)
    written, clipped = [], {}
    for name in names:
        widget = show_shot(app, name, portal, session)
        if found := clipped_texts(widget):
            clipped[name] = found
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        widget.close()
        written.append(path)
    return written, clipped


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", nargs="*", choices=sorted(SHOTS), default=sorted(SHOTS))
    parser.add_argument("--language", nargs="*", choices=list(LANGUAGE_FOLDERS),
                        default=list(LANGUAGE_FOLDERS))
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Portal Manager screenshots")
    any_clipped = False
    with tempfile.TemporaryDirectory() as folder:
        portal, session = sample_portal(Path(folder) / "portal")
        try:
            for language in args.language:
                out = (args.out / LANGUAGE_FOLDERS[language]).resolve()
                translators = install_translators(app, language) if language != "en" else []
                try:
                    written, clipped = render(app, portal, session, out, args.only)
                finally:
                    for translator in translators:
                        app.removeTranslator(translator)
                for path in written:
                    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
                for name, texts in clipped.items():
                    any_clipped = True
                    for text in texts:
                        print(f"clipped in {language}/{name}: {text}", file=sys.stderr)
        finally:
            portal.close()
    return 1 if any_clipped else 0


if __name__ == "__main__":
    sys.exit(main())
