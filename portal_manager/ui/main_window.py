"""The main window: the portal, the state of its three MFA services, and the way to the dialogs.

Everything shown is refreshed from one signal (:class:`OpenPortal.changed`),
which every dialog that saves emits. The window geometry is remembered in
QSettings; nothing secret is.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from portal_manager import __version__
from portal_manager.app.portal import Portal
from portal_manager.mfa.settings import Service
from portal_manager.mfa.state import service_state
from portal_manager.mfa.validation import findings_for
from portal_manager.providers.gateway_outbox import simulator_root
from portal_manager.ui.portal_model import OpenPortal
from portal_manager.ui.service_texts import finding_text, language_name, service_name, state_text
from portal_manager.ui.state_colours import FeedbackLevel, apply_state_colour
from portal_manager.ui.text import fill
from portal_manager.users.directory import Session

GEOMETRY_KEY = "mainWindow/geometry"


class MainWindow(QMainWindow):
    """The portal's window for a logged-in session.

    Built in two steps so that the app can build it while a login derives its
    key: the widgets need only the portal; :meth:`start_session` fills in what
    depends on who logged in, before the window is shown. With a ``session``
    the constructor does both.
    """

    def __init__(self, portal: Portal, session: Session | None = None) -> None:
        super().__init__()
        self.portal = portal
        self.setObjectName("mainWindow")

        self._create_actions()
        self._create_menus_and_toolbar()

        central = QWidget()
        layout = QVBoxLayout(central)
        self.portalNameLabel = QLabel(objectName="portalNameLabel")
        self.portalNameLabel.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.folderLabel = QLabel(objectName="folderLabel")
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.languagesLabel = QLabel(objectName="languagesLabel")
        self.userLabel = QLabel(objectName="userLabel")
        for label in (self.portalNameLabel, self.folderLabel, self.languagesLabel,
                      self.userLabel):
            # Names from the portal's files and the folder's path: a name that looks like
            # HTML ("<h1>…", "<img src=…>") is shown as written, never rendered.
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)

        self.readOnlyLabel = QLabel(objectName="readOnlyLabel")
        self.readOnlyLabel.setWordWrap(True)
        apply_state_colour(self.readOnlyLabel, FeedbackLevel.WARNING)
        layout.addWidget(self.readOnlyLabel)

        # Said at once, so that nobody waits for an SMS that went to the simulator.
        self.simulatorLabel = QLabel(objectName="simulatorLabel")
        self.simulatorLabel.setWordWrap(True)
        if self.simulator_root is not None:
            self.simulatorLabel.setText(fill(self.tr(
                "Test messages go to the local gateway simulator at %1, not to seven.io: "
                "Administration → Gateway simulator outbox shows what it received."),
                self.simulator_root))
        self.simulatorLabel.setVisible(self.simulator_root is not None)
        layout.addWidget(self.simulatorLabel)

        security = QGroupBox(self.tr("Security: multi-factor authentication"))
        security_layout = QVBoxLayout(security)
        self.serviceLabels: dict[Service, QLabel] = {}
        for service in Service:
            label = QLabel(objectName=f"{service.value}StateLabel")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            security_layout.addWidget(label)
            self.serviceLabels[service] = label
        layout.addWidget(security)
        layout.addStretch()
        self.setCentralWidget(central)

        self.resize(720, 480)
        self._restore_geometry()
        if session is not None:
            self.start_session(session)

    def start_session(self, session: Session) -> None:
        """Show the portal as ``session``'s user sees it (call once, before showing)."""
        self.session = session
        self.open_portal = OpenPortal(self.portal, session, self)
        self.open_portal.changed.connect(self.refresh)
        self.refresh()

    # -- actions --------------------------------------------------------------------------------

    def _create_actions(self) -> None:
        self.propertiesAction = QAction(self.tr("Portal &properties…"), self,
                                        objectName="propertiesAction")
        self.propertiesAction.setShortcut(QKeySequence("Ctrl+P"))
        self.propertiesAction.triggered.connect(self.open_properties)
        self.storeAction = QAction(self.tr("&Login information store…"), self,
                                   objectName="storeAction")
        self.storeAction.triggered.connect(self.open_store)
        self.usersAction = QAction(self.tr("&Users and groups…"), self, objectName="usersAction")
        self.usersAction.triggered.connect(self.open_users)
        self.auditAction = QAction(self.tr("&Audit trail…"), self, objectName="auditAction")
        self.auditAction.triggered.connect(self.open_audit_trail)
        # Only while the seven.io base URL points at `gateway-sim` on this computer.
        self.simulator_root = simulator_root()
        self.outboxAction = QAction(self.tr("Gateway simulator &outbox…"), self,
                                    objectName="outboxAction")
        self.outboxAction.triggered.connect(self.open_outbox)
        self.outboxAction.setVisible(self.simulator_root is not None)
        self.aboutAction = QAction(self.tr("&About Portal Manager"), self,
                                   objectName="aboutAction")
        self.aboutAction.triggered.connect(self.show_about)
        self.quitAction = QAction(self.tr("&Quit"), self, objectName="quitAction")
        self.quitAction.setShortcut(QKeySequence.StandardKey.Quit)
        self.quitAction.triggered.connect(self.close)

    def _create_menus_and_toolbar(self) -> None:
        portal_menu = self.menuBar().addMenu(self.tr("&Portal"))
        portal_menu.addAction(self.propertiesAction)
        portal_menu.addAction(self.storeAction)
        portal_menu.addSeparator()
        portal_menu.addAction(self.quitAction)
        admin_menu = self.menuBar().addMenu(self.tr("&Administration"))
        admin_menu.addAction(self.usersAction)
        admin_menu.addAction(self.auditAction)
        admin_menu.addAction(self.outboxAction)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.aboutAction)
        toolbar = QToolBar(self.tr("Main toolbar"), self, objectName="mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.propertiesAction, self.storeAction, self.usersAction,
                       self.auditAction):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    # -- dialogs --------------------------------------------------------------------------------

    def open_properties(self) -> None:
        # Imported when first opened, to keep the start fast.
        from portal_manager.ui.portal_properties import PortalPropertiesDialog

        dialog = PortalPropertiesDialog(self.portal, self.session, self)
        dialog.saved.connect(self.open_portal.changed)
        dialog.exec()

    def open_users(self) -> None:
        from portal_manager.ui.users_dialog import UsersDialog

        dialog = UsersDialog(self.portal, self.session, self)
        dialog.changed.connect(self.open_portal.changed)
        dialog.exec()

    def open_store(self) -> None:
        from portal_manager.ui.store_dialog import StoreDialog

        dialog = StoreDialog(self.portal, self.session, parent=self)
        dialog.changed.connect(self.open_portal.changed)
        dialog.exec()

    def open_audit_trail(self) -> None:
        from portal_manager.ui.audit_viewer import AuditViewer

        AuditViewer(self.portal, self).exec()

    def open_outbox(self) -> None:
        from portal_manager.ui.outbox_dialog import OutboxDialog

        OutboxDialog(self.simulator_root, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Portal Manager"), fill(self.tr(
            "Portal Manager %1\n\nConfigure multi-factor authentication for a web portal: an "
            "authenticator app, SMS and voice call codes."), __version__))

    # -- state ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        general = self.portal.general
        self.setWindowTitle(fill(self.tr("%1 — Portal Manager"), general.name))
        self.portalNameLabel.setText(general.name)
        self.folderLabel.setText(fill(self.tr("Folder: %1"), str(self.portal.folder)))
        languages = ", ".join(language_name(code) for code in general.languages)
        self.languagesLabel.setText(fill(self.tr("Languages: %1 (default: %2)"), languages,
                                         language_name(general.default_language)))
        self.userLabel.setText(fill(self.tr("Logged in as %1"), self.session.user_name))
        is_admin = self.open_portal.is_admin
        reason = self.portal.read_only_reason
        if reason is None and not is_admin:
            reason = fill(self.tr(
                "You are logged in as %1, who is not a member of Administrators: the Security "
                "settings are shown read-only."), self.session.user_name)
        self.readOnlyLabel.setText(reason or "")
        self.readOnlyLabel.setVisible(bool(reason))
        self.usersAction.setEnabled(is_admin)
        self.usersAction.setToolTip("" if is_admin else self.tr(
            "Only members of Administrators can manage users."))
        self.storeAction.setEnabled(is_admin)
        self.storeAction.setToolTip("" if is_admin else self.tr(
            "Only members of Administrators can open the login information store."))

        findings = self.portal.findings()
        for service, label in self.serviceLabels.items():
            activated = self.portal.security.service(service).activated
            state = state_text(service_state(findings, service), activated)
            # Rich text for the bold name; every message is escaped, as it may quote markup.
            lines = [
                fill(self.tr("<b>%1</b>: %2"), html.escape(service_name(service)),
                     html.escape(state)),
                *(f"• {html.escape(finding_text(finding))}"
                  for finding in findings_for(findings, service)),
            ]
            label.setText("<br>".join(lines))

    # -- geometry -------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
