"""The main window: the portal and the state of its three MFA services."""

from __future__ import annotations

import html

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from portal_manager.mfa.settings import Service
from portal_manager.mfa.validation import Finding, findings_for, invalid_findings
from portal_manager.portal.languages import native_name
from portal_manager.portal.portal import Portal
from portal_manager.users.directory import Session


class MainWindow(QMainWindow):
    def __init__(self, portal: Portal, session: Session) -> None:
        super().__init__()
        self.portal = portal
        self.session = session
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("%1 — Portal Manager").replace("%1", portal.general.name))

        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menuBar().addMenu(self.tr("&Portal")).addAction(quit_action)

        central = QWidget()
        layout = QVBoxLayout(central)
        self.portalNameLabel = QLabel(objectName="portalNameLabel")
        self.portalNameLabel.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.languagesLabel = QLabel(objectName="languagesLabel")
        layout.addWidget(self.portalNameLabel)
        layout.addWidget(self.languagesLabel)

        self.readOnlyLabel = QLabel(objectName="readOnlyLabel")
        self.readOnlyLabel.setWordWrap(True)
        self.readOnlyLabel.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.readOnlyLabel)

        security = QGroupBox(self.tr("Security: multi-factor authentication"))
        security_layout = QVBoxLayout(security)
        self.serviceLabels: dict[Service, QLabel] = {}
        for service in Service:
            label = QLabel(objectName=f"{service.value}StateLabel")
            label.setWordWrap(True)
            security_layout.addWidget(label)
            self.serviceLabels[service] = label
        layout.addWidget(security)
        layout.addStretch()
        self.setCentralWidget(central)
        self.resize(640, 420)
        self.refresh()

    def _service_names(self) -> dict[Service, str]:
        return {
            Service.AUTHENTICATOR_APP: self.tr("Authentication app (QR code)"),
            Service.SMS: self.tr("SMS"),
            Service.VOICE: self.tr("Voice call"),
        }

    def _finding_text(self, finding: Finding) -> str:
        """The finding's message, preceded by its language where it has one."""
        if finding.language is None:
            return finding.message
        return (self.tr("%1: %2").replace("%1", native_name(finding.language))
                .replace("%2", finding.message))

    def refresh(self) -> None:
        general = self.portal.general
        self.portalNameLabel.setText(general.name)
        languages = ", ".join(native_name(code) for code in general.languages)
        self.languagesLabel.setText(
            self.tr("Languages: %1 (default: %2)")
            .replace("%1", languages)
            .replace("%2", native_name(general.default_language))
        )
        reason = self.portal.read_only_reason
        if reason is None and not self.portal.users.is_admin(self.session.user_name):
            reason = self.tr(
                "You are logged in as %1, who is not a member of Administrators: the Security "
                "settings are shown read-only."
            ).replace("%1", self.session.user_name)
        self.readOnlyLabel.setText(reason or "")
        self.readOnlyLabel.setVisible(bool(reason))

        findings = self.portal.findings()
        names = self._service_names()
        for service, label in self.serviceLabels.items():
            service_findings = findings_for(findings, service)
            if self.portal.security.service(service).activated:
                state = self.tr("Activated")
            elif not service_findings:
                state = self.tr("Deactivated — ready to activate")
            elif invalid_findings(service_findings):
                state = self.tr("Deactivated — the configuration has errors")
            else:
                state = self.tr("Deactivated — the configuration is incomplete")
            # Rich text for the bold name; every message is escaped, as it may quote markup.
            lines = [
                self.tr("<b>%1</b>: %2").replace("%1", html.escape(names[service]))
                .replace("%2", html.escape(state)),
                *(f"• {html.escape(self._finding_text(finding))}" for finding in service_findings),
            ]
            label.setText("<br>".join(lines))
