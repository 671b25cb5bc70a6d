"""Starting the desktop application."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from portal_manager.app.portal import GENERAL_FILE, Portal
from portal_manager.errors import PortalManagerError
from portal_manager.portal.location import default_portal_folder
from portal_manager.portal.lock import PortalLockedError
from portal_manager.ui.core_warnings import (
    install_core_warning_notifier,
    remove_core_warning_notifier,
)
from portal_manager.ui.icons import icon
from portal_manager.ui.login_dialog import LoginDialog
from portal_manager.ui.text import error_text
from portal_manager.ui.translations import install_translators
from portal_manager.users.directory import Session

if TYPE_CHECKING:  # imported while the login derives its key, not at start
    from portal_manager.ui.main_window import MainWindow


class MainWindowAhead:
    """Builds the main window while a login derives its key, and hands it over after.

    scrypt runs on another thread for about half a second (users/key_derivation.py);
    in that time the GUI thread imports the main window (with the Qt namespace,
    ~30 ms) and builds its widgets (~10 ms, most of it PySide6 and Qt setting up
    each kind of widget the first time), which need the portal but not the
    session. Nothing is shown before the login has succeeded.
    """

    def __init__(self) -> None:
        self._built: MainWindow | None = None

    def building_for(self, portal: Portal) -> Callable[[], None]:
        """What a login on ``portal`` runs while its key is derived (built once)."""

        def build() -> None:
            from portal_manager.ui.main_window import MainWindow

            try:
                # The Security settings, left unread until now (Portal.open's
                # security_later): the MFA model loads while scrypt runs.
                portal.load_security()
            except PortalManagerError:
                return  # said after the login, by open_or_set_up, which reads them again
            if self._built is None or self._built.portal is not portal:
                self._built = MainWindow(portal)

        return build

    def for_session(self, portal: Portal, session: Session) -> MainWindow:
        """The window built ahead (or a new one), filled in for ``session``."""
        from portal_manager.ui.main_window import MainWindow

        window = self._built if self._built is not None and self._built.portal is portal \
            else MainWindow(portal)
        self._built = None
        window.start_session(session)
        return window


def open_or_set_up(folder: Path, is_default: bool,
                   ahead: MainWindowAhead | None = None) -> tuple[Portal, Session] | None:
    """Open the portal in ``folder`` and log in; the default one is set up on first start.

    None when the person cancels. With ``ahead``, the main window is built during the
    login's key derivation.
    """
    ahead = ahead or MainWindowAhead()
    if is_default and not (folder / GENERAL_FILE).exists():
        # Imported when needed, like the main window: a start shows only one first window.
        from portal_manager.ui.setup_dialog import SetupDialog

        dialog = SetupDialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            portal = Portal.create(folder, dialog.settings, dialog.admin_name,
                                   dialog.admin_password)
            return portal, portal.login(dialog.admin_name, dialog.admin_password,
                                        meanwhile=ahead.building_for(portal))
        finally:
            dialog.clear_passwords()
    # The Security settings are read during the login (see MainWindowAhead): the login
    # dialog shows without the MFA model, and a damaged security.json is said after it.
    try:
        portal = Portal.open(folder, writable=True, security_later=True)
    except PortalLockedError as error:
        # Another copy may write; this one can still show the settings.
        _tell(QMessageBox.Icon.Information, error_text(error))
        portal = Portal.open(folder, writable=False, security_later=True)
    login = LoginDialog(portal, while_checking=ahead.building_for(portal))
    if login.exec() != QDialog.DialogCode.Accepted:
        portal.close()
        return None
    try:
        portal.load_security()
    except PortalManagerError:
        portal.close()
        raise
    return portal, login.session


def _tell(icon: QMessageBox.Icon, text: str) -> None:
    """A start-up message, shown as written: it quotes a folder or file, whose name Qt
    would render as HTML when it looks like a tag ("/tmp/<h1>big" showed a heading)."""
    from PySide6.QtCore import Qt  # only on this path: the first window does without it

    box = QMessageBox(icon, QApplication.translate("Application", "Portal Manager"), text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def run_application(portal_folder: Path | None = None, ui_language: str | None = None) -> int:
    """Show the app on the portal in ``portal_folder``, by default on the default portal.

    ``ui_language`` (``--ui-language``) wins over the environment and the system language.
    """
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Portal Manager")
    app.setOrganizationName("portal-manager")  # where QSettings keeps the window size
    app.setWindowIcon(icon("portal-manager"))
    # Wayland finds the window's icon and name through resources/portal-manager.desktop.
    app.setDesktopFileName("portal-manager")
    install_translators(app, ui_language)
    notifier = install_core_warning_notifier()
    try:
        return _open_and_run(app, portal_folder)
    finally:
        # The handler belongs to this run: a second run (or the next test) gets its own.
        remove_core_warning_notifier(notifier)


def _open_and_run(app: QApplication, portal_folder: Path | None) -> int:
    folder = portal_folder or default_portal_folder()
    ahead = MainWindowAhead()
    try:
        opened = open_or_set_up(folder, is_default=portal_folder is None, ahead=ahead)
    except PortalManagerError as error:
        _tell(QMessageBox.Icon.Critical, error_text(error))
        return 2
    if opened is None:
        return 0
    portal, session = opened
    window = ahead.for_session(portal, session)
    window.show()
    try:
        return app.exec()
    finally:
        portal.close()
