"""Portal properties → Security: the three MFA services, each with "Activated" and "Configure…".

A service can be activated only once its configuration is complete and valid
(PRODUCT §3): until then its checkbox is disabled and its tooltip and state
text say why. Deactivating keeps the configuration.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portal_manager.app.providers import installed_providers
from portal_manager.mfa.settings import MfaConfig, Service
from portal_manager.mfa.state import ServiceState, service_state
from portal_manager.mfa.validation import Finding, findings_for, shown_key
from portal_manager.ui.accessibility import name_inputs_by_their_labels
from portal_manager.ui.service_texts import finding_text, service_name, state_text
from portal_manager.ui.text import fill


class ServiceRow:
    """The widgets of one service: name, state, "Activated", "Configure…"."""

    def __init__(self, service: Service) -> None:
        prefix = {Service.AUTHENTICATOR_APP: "authenticatorApp", Service.SMS: "sms",
                  Service.VOICE: "voice"}[service]
        self.nameLabel = QLabel(f"<b>{service_name(service)}</b>", objectName=f"{prefix}Name")
        self.stateLabel = QLabel(objectName=f"{prefix}StateLabel")
        self.stateLabel.setWordWrap(True)
        self.activatedCheck = QCheckBox(
            QCoreApplication.translate("SecurityPage", "Activated"),
            objectName=f"{prefix}ActivatedCheck")
        self.activatedCheck.setAccessibleName(fill(
            QCoreApplication.translate("SecurityPage", "%1 activated"), service_name(service)))
        self.configureButton = QPushButton(
            QCoreApplication.translate("SecurityPage", "Configure…"),
            objectName=f"{prefix}ConfigureButton")
        self.configureButton.setAccessibleName(fill(
            QCoreApplication.translate("SecurityPage", "Configure %1"), service_name(service)))


class SecurityPage(QWidget):
    """``load`` / ``value`` / ``show_findings``, like every page of Portal properties.

    ``check(config)`` returns the findings of a configuration against the
    dialog's current General settings; ``configure(service, config)`` opens
    the service's own dialog and returns the changed configuration, or None.
    """

    edited = Signal()

    def __init__(self, check: Callable[[MfaConfig], list[Finding]],
                 configure: Callable[[Service, MfaConfig], MfaConfig | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("securityPage")
        self._check = check
        self._configure = configure
        self._config = MfaConfig()
        self._read_only = False

        intro = QLabel(self.tr(
            "Multi-factor authentication: users confirm their login with a second factor. "
            "A service can be activated once its configuration is complete."))
        intro.setWordWrap(True)
        # One provider per portal: SMS and voice calls go through the same account.
        self.providerCombo = QComboBox(objectName="providerCombo")
        self.providerCombo.setToolTip(self.tr(
            "The installed messaging provider plug-in that sends the SMS and voice calls."))
        self.providerCombo.currentIndexChanged.connect(self._provider_chosen)
        provider_form = QFormLayout()
        provider_form.addRow(self.tr("Messaging &provider:"), self.providerCombo)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.rows: dict[Service, ServiceRow] = {}
        for number, service in enumerate(Service):
            row = ServiceRow(service)
            self.rows[service] = row
            first = 3 * number  # name row, state row, and a gap before the next service
            grid.addWidget(row.nameLabel, first, 0, 1, 2)
            grid.addWidget(row.activatedCheck, first, 2)
            grid.addWidget(row.configureButton, first, 3)
            grid.addWidget(row.stateLabel, first + 1, 0, 1, 4)
            grid.setRowMinimumHeight(first + 2, 14)
            row.activatedCheck.toggled.connect(
                lambda checked, s=service: self._set_activated(s, checked))
            row.configureButton.clicked.connect(lambda _=False, s=service: self._open(s))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(provider_form)
        layout.addLayout(grid)
        layout.addStretch()
        name_inputs_by_their_labels(self)

    # -- the page contract ----------------------------------------------------------------------

    def load(self, config: MfaConfig) -> None:
        self._config = config
        self._fill_providers()
        self.refresh()

    def value(self) -> MfaConfig:
        return self._config

    def show_findings(self, findings: list[Finding]) -> None:
        self.refresh(findings)

    def set_read_only(self, read_only: bool) -> None:
        """Read-only: everything visible, nothing changeable; Configure… opens read-only."""
        self._read_only = read_only
        self.providerCombo.setEnabled(not read_only)
        self.refresh()

    # -- state ----------------------------------------------------------------------------------

    def refresh(self, findings: list[Finding] | None = None) -> None:
        findings = self._check(self._config) if findings is None else findings
        for service, row in self.rows.items():
            activated = self._config.service(service).activated
            state = service_state(findings, service)
            service_findings = findings_for(findings, service)
            lines = [state_text(state, activated)]
            lines += [f"• {finding_text(finding)}" for finding in service_findings]
            row.stateLabel.setText("\n".join(lines))
            row.activatedCheck.blockSignals(True)
            row.activatedCheck.setChecked(activated)
            row.activatedCheck.blockSignals(False)
            # Deactivating is always possible; activating only when ready.
            can_toggle = activated or state is ServiceState.READY
            row.activatedCheck.setEnabled(can_toggle and not self._read_only)
            if not can_toggle:
                row.activatedCheck.setToolTip(fill(
                    self.tr("Can be activated once the configuration is complete: %1"),
                    " ".join(finding_text(finding) for finding in service_findings)))
            elif self._read_only:
                row.activatedCheck.setToolTip(self.tr("Only administrators can change this."))
            else:
                row.activatedCheck.setToolTip("")

    def _fill_providers(self) -> None:
        """The installed plug-ins, and the portal's own one if it is missing here."""
        installed = installed_providers()
        chosen = self._config.provider
        self.providerCombo.blockSignals(True)
        self.providerCombo.clear()
        for name in installed:
            self.providerCombo.addItem(name, name)
        if chosen not in installed:
            # Shortened and printable: the name comes from a file anyone with the folder
            # can edit, and a long one would stretch the dialog off the screen.
            shown = fill(self.tr("%1 (not installed)"), shown_key(chosen))
            self.providerCombo.addItem(shown, chosen)
        self.providerCombo.setCurrentIndex(self.providerCombo.findData(chosen))
        self.providerCombo.blockSignals(False)

    def _provider_chosen(self, index: int) -> None:
        name = self.providerCombo.itemData(index)
        if name is None or name == self._config.provider:
            return
        self._config = self._config.with_provider(name)
        self.refresh()
        self.edited.emit()

    def _set_activated(self, service: Service, activated: bool) -> None:
        settings = dataclasses.replace(self._config.service(service), activated=activated)
        self._config = self._config.with_service(service, settings)
        self.refresh()
        self.edited.emit()

    def _open(self, service: Service) -> None:
        changed = self._configure(service, self._config)
        if changed is not None and changed != self._config:
            self._config = changed
            self.edited.emit()
        self.refresh()
