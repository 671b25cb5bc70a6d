"""The "Authentication app" dialog behind "Configure…" (PRODUCT.md §3.1).

It copies an AuthenticatorAppSettings into widgets and back; what is allowed
is decided by the core (validate_config, TotpParameters), never here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from portal_manager.mfa.settings import AuthenticatorAppSettings, MfaConfig, Service, field_specs
from portal_manager.mfa.totp import TotpParameters
from portal_manager.mfa.validation import Finding, invalid_findings, validate_config
from portal_manager.portal.general import GeneralSettings
from portal_manager.ui.accessibility import name_inputs_by_their_labels
from portal_manager.ui.feedback import FeedbackLevel, FieldFeedback, feedback_label
from portal_manager.ui.test_enrolment import EnrolmentTestGroup
from portal_manager.ui.text import fill, translated
from portal_manager.ui.window_size import keep_tall_enough_for_wrapped_text

ADVANCED_FIELDS = ("digits", "period", "algorithm")


class AuthenticatorAppDialog(QDialog):
    """Issuer, advanced TOTP settings and a test enrolment for the authentication app."""

    def __init__(
        self,
        settings: AuthenticatorAppSettings,
        portal_name: str,
        *,
        read_only: bool,
        parent: QWidget | None = None,
        wall_clock: Callable[[], float] | None = None,
        monotonic_clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("authenticatorAppDialog")
        self.setWindowTitle(fill(self.tr("Authentication app — %1"), portal_name))
        self._settings = settings
        self._portal_name = portal_name
        self._read_only = read_only
        self._issuer_follows_portal = settings.issuer is None

        clocks = {name: clock for name, clock in
                  (("wall_clock", wall_clock), ("monotonic_clock", monotonic_clock)) if clock}
        self.enrolment = EnrolmentTestGroup(self._current_totp_settings, **clocks)
        self._build_issuer()
        self._build_advanced()
        self._build_layout()
        self._load(settings)
        self._make_read_only(read_only)
        name_inputs_by_their_labels(self)

        self.issuerEdit.textEdited.connect(self._issuer_edited)
        self.issuerEdit.textChanged.connect(self._settings_changed)
        for combo in self._combos.values():
            combo.currentIndexChanged.connect(self._settings_changed)
        self.enrolment.accountChanged.connect(self._update_shown_as)
        self._settings_changed()
        # A problem that existed before the dialog opened is shown at once.
        for feedback in self._feedback.values():
            if feedback.findings:
                feedback.reveal()

    # --- the contract of a configure dialog -------------------------------------------

    def value(self) -> AuthenticatorAppSettings:
        """The settings as the dialog shows them; issuer None while it follows the portal name."""
        return dataclasses.replace(
            self._settings,
            issuer=None if self._issuer_follows_portal else self.issuerEdit.text(),
            **{name: combo.currentData() for name, combo in self._combos.items()},
        )

    def show_findings(self, findings: list[Finding]) -> None:
        """Show the core's findings for the authentication app at their fields, at once."""
        mine = [finding for finding in findings if finding.service is Service.AUTHENTICATOR_APP]
        for name, feedback in self._feedback.items():
            feedback.show([finding for finding in mine if finding.field == name])
            feedback.reveal()
        others = [translated(finding.message) for finding in mine
                  if finding.field not in self._feedback]
        self.problemLabel.setText("\n".join(others))
        self.problemLabel.setVisible(bool(others))

    @property
    def issuer_follows_portal_name(self) -> bool:
        return self._issuer_follows_portal

    def check(self) -> list[Finding]:
        """The core's findings for the settings as shown."""
        config = MfaConfig(authenticator_app=self.value())
        general = GeneralSettings(self._portal_name)
        return [finding for finding in validate_config(config, general)
                if finding.service is Service.AUTHENTICATOR_APP]

    def accept(self) -> None:
        findings = self.check()
        self.show_findings(findings)
        problems = invalid_findings(findings)
        if self._read_only or problems:
            if problems:
                self._widget_for(problems[0].field).setFocus()
            return
        super().accept()

    def done(self, result: int) -> None:
        self.enrolment.hide_secret()
        super().done(result)

    # --- building ----------------------------------------------------------------------

    def _build_issuer(self) -> None:
        self.issuerEdit = QLineEdit(objectName="issuerEdit")
        self.useNameButton = QPushButton(self.tr("Use &portal name"), objectName="useNameButton")
        self.useNameButton.setToolTip(
            self.tr("The issuer follows the portal name again when it is changed in General.")
        )
        self.useNameButton.clicked.connect(self._use_portal_name)
        self.issuerSourceLabel = QLabel(objectName="issuerSourceLabel")
        self.issuerSourceLabel.setWordWrap(True)
        self.shownAsLabel = QLabel(objectName="shownAsLabel")
        self.shownAsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.shownAsLabel.setWordWrap(True)
        self._feedback: dict[str, FieldFeedback] = {"issuer": FieldFeedback(self.issuerEdit)}

    def _build_advanced(self) -> None:
        self.advancedButton = QToolButton(objectName="advancedButton")
        self.advancedButton.setText(self.tr("Ad&vanced settings"))
        self.advancedButton.setCheckable(True)
        self.advancedButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advancedButton.setAutoRaise(True)
        self.advancedButton.toggled.connect(self._show_advanced)
        self.advancedArea = QWidget(objectName="advancedArea")
        form = QFormLayout(self.advancedArea)
        specs = field_specs(AuthenticatorAppSettings)
        labels = self._field_labels()
        self._combos: dict[str, QComboBox] = {}
        for name in ADVANCED_FIELDS:
            combo = QComboBox(objectName=f"{name}Combo")
            for choice in specs[name].choices:
                combo.addItem(self._choice_text(name, choice), choice)
            feedback = FieldFeedback(combo)
            self._combos[name], self._feedback[name] = combo, feedback
            label = QLabel(labels[specs[name].label])
            label.setBuddy(combo)
            row = QHBoxLayout()
            row.addWidget(combo)
            row.addWidget(feedback.indicator)
            row.addStretch()
            form.addRow(label, row)
        self.advancedWarningLabel = feedback_label("advancedWarningLabel", FeedbackLevel.WARNING)
        self.advancedWarningLabel.setText(self.tr(
            "Some apps, e.g. Google Authenticator, ignore these settings and use 6 digits, "
            "30 seconds, SHA1."
        ))
        form.addRow(self.advancedWarningLabel)

    def _field_labels(self) -> dict[str, str]:
        """The declared labels (AuthenticatorAppSettings), as translatable texts."""
        return {
            "Issuer": self.tr("&Issuer:"),
            "Digits": self.tr("&Digits:"),
            "Period (seconds)": self.tr("P&eriod:"),
            "Algorithm": self.tr("A&lgorithm:"),
        }

    def _choice_text(self, name: str, choice: Any) -> str:
        if name == "digits":
            text = self.tr("%n digits", "", choice)
        elif name == "period":
            text = self.tr("%n seconds", "", choice)
        else:
            text = str(choice)
        if choice == getattr(AuthenticatorAppSettings(), name):
            text = fill(self.tr("%1 (default)"), text)
        return text

    def _build_layout(self) -> None:
        self.readOnlyLabel = feedback_label("readOnlyLabel", FeedbackLevel.WARNING)
        self.readOnlyLabel.setText(self.tr(
            "These settings are read-only here: you can look at them but not change them. "
            "Only members of Administrators can change them."
        ))
        intro = QLabel(self.tr(
            "The issuer is the name under which the portal's accounts appear in the "
            "authentication app."
        ))
        intro.setWordWrap(True)
        issuer_label = QLabel(self._field_labels()["Issuer"])
        issuer_label.setBuddy(self.issuerEdit)
        issuer_row = QHBoxLayout()
        issuer_row.addWidget(self.issuerEdit, 1)
        issuer_row.addWidget(self.useNameButton)
        issuer_column = QVBoxLayout()
        issuer_column.addLayout(issuer_row)
        issuer_column.addWidget(self.issuerSourceLabel)
        issuer_column.addWidget(self.shownAsLabel)
        form = QFormLayout()
        form.addRow(issuer_label, issuer_column)

        self.problemLabel = feedback_label("problemLabel", FeedbackLevel.ERROR)
        self.problemLabel.setVisible(False)
        self.buttons = QDialogButtonBox(objectName="dialogButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.readOnlyLabel)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.advancedButton)
        layout.addWidget(self.advancedArea)
        layout.addWidget(self.enrolment)
        layout.addWidget(self.problemLabel)
        layout.addStretch()
        layout.addWidget(self.buttons)
        # Wide enough for the secret in groups of four and German labels beside the fields.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        keep_tall_enough_for_wrapped_text(self)  # the wrapped intro would squeeze the QR code
        self.setTabOrder(self.issuerEdit, self.useNameButton)
        self.setTabOrder(self.useNameButton, self.advancedButton)
        previous = self.advancedButton
        for combo in self._combos.values():
            self.setTabOrder(previous, combo)
            previous = combo
        self.setTabOrder(previous, self.enrolment.accountEdit)

    def _load(self, settings: AuthenticatorAppSettings) -> None:
        self.issuerEdit.setText(settings.effective_issuer(self._portal_name))
        for name, combo in self._combos.items():
            combo.setCurrentIndex(max(0, combo.findData(getattr(settings, name))))
        self.advancedButton.setChecked(not self._parameters().is_default())
        self._show_advanced(self.advancedButton.isChecked())

    def _make_read_only(self, read_only: bool) -> None:
        """The settings read-only; the test enrolment stays usable, as testers need not be
        administrators (PRODUCT: testers enrol from the QR code on screen)."""
        self.readOnlyLabel.setVisible(read_only)
        for widget in (self.issuerEdit, self.useNameButton, *self._combos.values()):
            widget.setEnabled(not read_only)
        buttons = QDialogButtonBox.StandardButton
        self.buttons.setStandardButtons(
            buttons.Close if read_only else buttons.Ok | buttons.Cancel
        )

    # --- keeping widgets in step -----------------------------------------------------

    def _parameters(self) -> TotpParameters:
        return TotpParameters(**{name: combo.currentData() for name, combo in
                                 self._combos.items()})

    def _current_totp_settings(self) -> tuple[str, TotpParameters]:
        return self.issuerEdit.text(), self._parameters()

    def _issuer_edited(self, _text: str) -> None:
        self._issuer_follows_portal = False

    def _use_portal_name(self) -> None:
        self._issuer_follows_portal = True
        self.issuerEdit.setText(self._portal_name)
        self._settings_changed()

    def _settings_changed(self) -> None:
        findings = self.check()
        for name, feedback in self._feedback.items():
            feedback.show([finding for finding in findings if finding.field == name])
        follows = self._issuer_follows_portal
        self.useNameButton.setEnabled(not follows and not self._read_only)
        self.issuerSourceLabel.setText(
            self.tr("Follows the portal name from General.") if follows
            else self.tr("Set here; no longer follows the portal name.")
        )
        self.advancedWarningLabel.setVisible(not self._parameters().is_default())
        self._update_shown_as()
        self.enrolment.settings_changed()

    def _update_shown_as(self, *_account: str) -> None:
        self.shownAsLabel.setText(fill(
            self.tr("Shown in the app as: %1 (%2)"),
            self.issuerEdit.text(), self.enrolment.account_name,
        ))

    def _show_advanced(self, shown: bool) -> None:
        self.advancedArea.setVisible(shown)
        self.advancedButton.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _widget_for(self, field: str) -> QWidget:
        if field in self._combos:
            self.advancedButton.setChecked(True)
            return self._combos[field]
        return self.issuerEdit
