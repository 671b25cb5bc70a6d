"""The SMS and voice call dialogs ("Configure…" on their rows of the Security page).

Both show the provider (read-only), the API key (a store entry), the message of
the default language with its placeholder menu and a globe button for the
other languages, the code length and validity, and a preview for support
staff. The SMS dialog adds the sender name and the live counter; the voice
dialog adds "Insert example" (SSML). The dialog moves values; the core checks
them (``validate_config``) and renders the preview (``preview_message``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from portal_manager.app.portal import Portal
from portal_manager.app.sending import check_api_key
from portal_manager.mfa.defaults import DEFAULT_VOICE_MESSAGES
from portal_manager.mfa.settings import (
    LocalizedText,
    MfaConfig,
    Service,
    SmsSettings,
    VoiceSettings,
    field_specs,
)
from portal_manager.mfa.ssml import SSML_EXAMPLE
from portal_manager.mfa.templates import Channel
from portal_manager.mfa.validation import Finding, FindingKind, sender_name_problem, validate_config
from portal_manager.portal.general import GeneralSettings
from portal_manager.ui.accessibility import announce, name_inputs_by_their_labels
from portal_manager.ui.api_key_field import ApiKeyField
from portal_manager.ui.feedback import (
    FeedbackLevel,
    FieldFeedback,
    apply_state_colour,
    feedback_label,
)
from portal_manager.ui.icons import icon
from portal_manager.ui.message_editor import MessageEditor
from portal_manager.ui.multilingual_dialog import MultilingualDialog
from portal_manager.ui.placeholder_menu import AddPlaceholderButton
from portal_manager.ui.preview_pane import PreviewPane
from portal_manager.ui.send_test_dialog import SendTestDialog, balance_text
from portal_manager.ui.service_texts import service_name
from portal_manager.ui.sms_counter import SmsCounter
from portal_manager.ui.tab_order import tab_through_buttons_as_shown
from portal_manager.ui.text import error_text, fill, translated
from portal_manager.ui.worker import Worker
from portal_manager.users.directory import Session

# How long typing may pause before the preview is rendered again.
PREVIEW_DELAY_MS = 150


def voice_example(language: str) -> str:
    """The guide's SSML best-practice example in ``language`` (English where none exists)."""
    return DEFAULT_VOICE_MESSAGES.get(language, SSML_EXAMPLE)


class MessageServiceDialog(QDialog):
    """What the SMS and voice dialogs share; :meth:`value` gives the settings after OK."""

    service: Service
    channel: Channel

    def __init__(self, portal: Portal, session: Session, settings: Any,
                 general: GeneralSettings, *, read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.portal = portal
        self.session = session
        self.general = general
        self.read_only = read_only
        self._settings = settings
        self._messages = dict(settings.message.texts)
        self.setWindowTitle(fill(self.tr("%1 — configuration"), service_name(self.service)))

        self.providerEdit = QLineEdit(settings.provider, objectName="providerEdit")
        self.providerEdit.setReadOnly(True)
        self.apiKeyField = ApiKeyField(portal, session, read_only)
        self.apiKeyField.setValue(settings.api_key)
        self.messageEditor = MessageEditor(self.channel)
        self.messageEditor.setText(self._messages.get(general.default_language, ""))
        specs = field_specs(type(settings))
        self.codeLengthSpin = self._spin_box("codeLengthSpin", specs["code_length"],
                                            settings.code_length)
        self.validitySpin = self._spin_box("validitySpin", specs["code_validity_minutes"],
                                           settings.code_validity_minutes)
        self.placeholderButton = AddPlaceholderButton(self.channel, self.code_length)
        self.messageGlobeButton = self._globe_button("messageGlobeButton",
                                                     self.tr("Message in every language…"))
        self.validitySpin.setSuffix(self.tr(" min"))
        self.previewPane = PreviewPane(self.channel)
        self.problemLabel = feedback_label("dialogProblemLabel", FeedbackLevel.ERROR)
        self.problemLabel.setVisible(False)
        self.noticeLabel = feedback_label("readOnlyNotice", FeedbackLevel.WARNING)
        self.noticeLabel.setText(self.tr(
            "Shown read-only: only members of Administrators can change it. The preview "
            "and every language can be read."))
        self.noticeLabel.setVisible(read_only)
        self.apiKeyFeedback = FieldFeedback(self.apiKeyField)
        self.sendTestButton = QPushButton(
            self.tr("Send &test SMS…") if self.channel is Channel.SMS
            else self.tr("Start &test call…"), objectName="sendTestButton")
        self.checkKeyButton = QPushButton(self.tr("Check API &key"), objectName="checkKeyButton")
        self.checkKeyLabel = QLabel(objectName="checkKeyLabel")
        self.checkKeyLabel.setWordWrap(True)

        self.form = QFormLayout()
        self.form.addRow(self.tr("P&rovider*:"), self.providerEdit)
        # The label names the combo itself: on Linux a screen reader takes a combo box's
        # label only from this buddy relation (its accessible name is its value there).
        self.form.addRow(self._label(self.tr("&API key*:"), self.apiKeyField.combo),
                         self._with_indicator(self.apiKeyField, self.apiKeyFeedback))
        key_row = QHBoxLayout()
        key_row.addWidget(self.checkKeyButton)
        key_row.addWidget(self.checkKeyLabel, 1)
        self.form.addRow("", key_row)
        self._add_channel_rows()
        message_buttons = QHBoxLayout()
        message_buttons.addWidget(self.placeholderButton)
        self._add_message_buttons(message_buttons)
        message_buttons.addStretch()
        message_buttons.addWidget(self.messageGlobeButton)
        message_column = QVBoxLayout()
        message_column.addWidget(self.messageEditor, 1)
        message_column.addLayout(message_buttons)
        self._add_below_message(message_column)
        message_label = self._label(self.tr("&Message*:"), self.messageEditor.textEdit)
        self.form.addRow(message_label, message_column)
        self.form.addRow(self.tr("&Code length:"), self.codeLengthSpin)
        self.form.addRow(self.tr("Code &validity:"), self.validitySpin)
        mandatory = QLabel(self.tr("* mandatory"))
        self.form.addRow(mandatory)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close if read_only else
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.sendTestButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addLayout(self.form, 3)
        columns.addWidget(self.previewPane, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.noticeLabel)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problemLabel)
        layout.addWidget(self.buttons)
        tab_through_buttons_as_shown(self.buttons)  # else Tab went Cancel → OK → Send test

        self.placeholderButton.placeholderChosen.connect(self.messageEditor.insert_placeholder)
        self.sendTestButton.clicked.connect(self.open_send_test)
        self.checkKeyButton.clicked.connect(self.check_api_key)
        self.messageGlobeButton.clicked.connect(self._edit_messages)
        self.messageEditor.textEdited.connect(self._message_edited)
        self.codeLengthSpin.valueChanged.connect(self._code_length_changed)
        self.apiKeyField.valueChanged.connect(self._changed)
        self.validitySpin.valueChanged.connect(self._changed)
        # Typing is checked at once; the preview follows when typing pauses (a long
        # Unicode message takes milliseconds to lay out again in the bubble).
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._set_read_only(read_only)
        self._code_length_changed(settings.code_length)
        name_inputs_by_their_labels(self)
        self.refresh_preview()
        self.resize(980, 560)

    # -- parts the two dialogs fill in ----------------------------------------------------------

    def _add_channel_rows(self) -> None:
        """Rows between the API key and the message (the SMS sender name)."""

    def _add_message_buttons(self, row: QHBoxLayout) -> None:
        """Buttons beside "Add placeholder" (the voice dialog's "Insert example")."""

    def _add_below_message(self, column: QVBoxLayout) -> None:
        """Widgets under the message (the SMS counter)."""

    def _channel_settings(self, common: dict[str, Any]) -> Any:
        raise NotImplementedError

    # -- the contract of a configure dialog -----------------------------------------------------

    def value(self) -> Any:
        messages = {**self._messages}
        messages[self.general.default_language] = self.messageEditor.text()
        common = {
            "activated": self._settings.activated,
            "provider": self._settings.provider,
            "api_key": self.apiKeyField.value(),
            "message": LocalizedText({code: text for code, text in messages.items() if text}),
            "code_length": self.codeLengthSpin.value(),
            "code_validity_minutes": self.validitySpin.value(),
        }
        return self._channel_settings(common)

    def findings(self) -> list[Finding]:
        """The core's findings for the settings as they are in the dialog."""
        config = MfaConfig().with_service(self.service, self.value())
        return [finding for finding in validate_config(config, self.general)
                if finding.service is self.service]

    def show_findings(self, findings: list[Finding]) -> None:
        self.apiKeyFeedback.show([f for f in findings if f.field == "api_key"])
        self.apiKeyFeedback.reveal()
        # The message's own problems are listed under the editor already.
        others = [f for f in findings if f.field not in ("api_key", "message")
                  and f.kind is FindingKind.INVALID and f.code != "cannot_activate"]
        self.problemLabel.setText("\n".join(translated(f.message) for f in others))
        self.problemLabel.setVisible(bool(others))

    def accept(self) -> None:
        if self.read_only:
            super().accept()
            return
        findings = self.findings()
        self.show_findings(findings)
        blocking = [f for f in findings if f.kind is FindingKind.INVALID
                    and f.code != "cannot_activate"]
        if blocking:
            return
        super().accept()

    # -- keeping widgets in step ----------------------------------------------------------------

    def code_length(self) -> int:
        return self.codeLengthSpin.value()

    def _code_length_changed(self, code_length: int) -> None:
        self.messageEditor.set_code_length(code_length)
        self._changed()

    def _message_edited(self, _text: str) -> None:
        self._changed()

    def _changed(self) -> None:
        self._preview_timer.start()

    def refresh_preview(self) -> None:
        config = MfaConfig().with_service(self.service, self.value())
        self.previewPane.show_preview(config, self.general)

    def _edit_messages(self) -> None:
        texts = {**self._messages, self.general.default_language: self.messageEditor.text()}
        dialog = MultilingualDialog(
            fill(self.tr("%1 message in every language"), service_name(self.service)),
            list(self.general.languages), self.general.default_language, texts,
            multiline=True, channel=self.channel, code_length=self.code_length(),
            sender_names=self._sender_names(), read_only=self.read_only, parent=self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and not self.read_only:
                self._messages = dialog.value()
                self.messageEditor.setText(self._messages.get(self.general.default_language, ""))
                self._changed()
        finally:
            dialog.deleteLater()  # with its children and their queued work, not at a GC later

    def _sender_names(self) -> dict[str, str] | None:
        return None

    def _set_read_only(self, read_only: bool) -> None:
        self.messageEditor.set_read_only(read_only)
        # Test sends and key checks are for administrators too (the core enforces it).
        for widget in (self.placeholderButton, self.codeLengthSpin, self.validitySpin,
                       self.sendTestButton, self.checkKeyButton):
            widget.setEnabled(not read_only)

    # -- sending ----------------------------------------------------------------------------------

    def open_send_test(self) -> SendTestDialog:
        """The send-test dialog for the configuration as it is in this dialog (not modal)."""
        config = MfaConfig().with_service(self.service, self.value())
        dialog = SendTestDialog(self.portal, self.session, self.channel, config, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.sendTestDialog = dialog
        return dialog

    def check_api_key(self) -> None:
        """Ask the provider for the balance with the chosen entry, off the GUI thread."""
        portal, session, service = self.portal, self.session, self.service
        name = self.apiKeyField.value()
        self.checkKeyButton.setEnabled(False)
        self.checkKeyLabel.setText(self.tr("Checking…"))
        apply_state_colour(self.checkKeyLabel, None)
        worker = Worker(self)
        worker.finished.connect(self._key_checked)
        worker.start(lambda: check_api_key(portal, session, service, api_key_name=name))

    def _key_checked(self, balance, error) -> None:
        self.checkKeyButton.setEnabled(not self.read_only)
        self.checkKeyLabel.setText(error_text(error) if error else balance_text(balance))
        apply_state_colour(self.checkKeyLabel,
                           FeedbackLevel.ERROR if error else FeedbackLevel.SUCCESS)
        announce(self.checkKeyLabel, self.checkKeyLabel.text(), urgent=error is not None)

    # -- small builders -------------------------------------------------------------------------

    def _globe_button(self, name: str, tooltip: str) -> QToolButton:
        button = QToolButton(objectName=name)
        button.setIcon(icon("globe"))
        button.setText(tooltip)  # what a screen reader says; the icon is what is seen
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setToolTip(tooltip)
        button.setAccessibleName(tooltip)
        return button

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _with_indicator(widget: QWidget, feedback: FieldFeedback) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(widget, 1)
        if feedback.indicator is not None:
            row.addWidget(feedback.indicator)
        return row

    @staticmethod
    def _spin_box(name: str, spec: Any, value: int) -> QSpinBox:
        spin = QSpinBox(objectName=name)
        spin.setMaximumWidth(110)
        spin.setRange(spec.minimum, spec.maximum)  # limits declared once, in the settings
        spin.setValue(value)
        return spin


class SmsDialog(MessageServiceDialog):
    service = Service.SMS
    channel = Channel.SMS

    def __init__(self, portal: Portal, session: Session, settings: SmsSettings,
                 general: GeneralSettings, *, read_only: bool,
                 parent: QWidget | None = None) -> None:
        self._senders = dict(settings.sender_name.texts)
        super().__init__(portal, session, settings, general, read_only=read_only,
                         parent=parent)
        self.setObjectName("smsDialog")
        self.senderEdit.textEdited.connect(self._sender_edited)
        self.senderGlobeButton.clicked.connect(self._edit_senders)
        self.counter.follow(self.messageEditor)
        self._sender_edited(self.senderEdit.text())

    def _add_channel_rows(self) -> None:
        self.senderEdit = QLineEdit(self._senders.get(self.general.default_language, ""),
                                    objectName="senderNameEdit")
        self.senderEdit.setPlaceholderText(self.tr("empty: the provider's phone number"))
        self.senderFeedback = FieldFeedback(self.senderEdit)
        self.senderGlobeButton = self._globe_button("senderGlobeButton",
                                                    self.tr("Sender name in every language…"))
        row = QHBoxLayout()
        row.addWidget(self.senderEdit, 1)
        row.addWidget(self.senderGlobeButton)
        self.form.addRow(self._label(self.tr("&Sender name:"), self.senderEdit), row)

    def _add_below_message(self, column: QVBoxLayout) -> None:
        self.counter = SmsCounter()
        column.addWidget(self.counter)

    def _channel_settings(self, common: dict[str, Any]) -> SmsSettings:
        senders = {**self._senders, self.general.default_language: self.senderEdit.text()}
        return SmsSettings(**common, sender_name=LocalizedText(
            {code: text for code, text in senders.items() if text}))

    def _sender_names(self) -> dict[str, str]:
        return {**self._senders, self.general.default_language: self.senderEdit.text()}

    def _sender_edited(self, text: str) -> None:
        self.messageEditor.set_sender_name(text)
        problem = sender_name_problem(text)
        self.senderFeedback.show([] if problem is None else [Finding(
            Service.SMS, "sender_name", self.general.default_language, FindingKind.INVALID,
            "sender_name_invalid", problem)])
        self._changed()

    def show_findings(self, findings: list[Finding]) -> None:
        super().show_findings(findings)
        self.senderFeedback.show([f for f in findings if f.field == "sender_name"
                                  and f.language == self.general.default_language])
        self.senderFeedback.reveal()

    def _edit_senders(self) -> None:
        dialog = MultilingualDialog(
            self.tr("Sender name in every language"), list(self.general.languages),
            self.general.default_language, self._sender_names(), multiline=False,
            read_only=self.read_only, default_required=False, line_problem=sender_name_problem,
            parent=self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and not self.read_only:
                self._senders = dialog.value()
                self.senderEdit.setText(self._senders.get(self.general.default_language, ""))
                self._sender_edited(self.senderEdit.text())
        finally:
            dialog.deleteLater()  # with its children and their queued work, not at a GC later

    def _set_read_only(self, read_only: bool) -> None:
        super()._set_read_only(read_only)
        self.senderEdit.setReadOnly(read_only)


class VoiceDialog(MessageServiceDialog):
    service = Service.VOICE
    channel = Channel.VOICE

    def __init__(self, portal: Portal, session: Session, settings: VoiceSettings,
                 general: GeneralSettings, *, read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(portal, session, settings, general, read_only=read_only,
                         parent=parent)
        self.setObjectName("voiceDialog")
        self.exampleButton.clicked.connect(self._insert_example)

    def _add_message_buttons(self, row: QHBoxLayout) -> None:
        self.exampleButton = QPushButton(self.tr("Insert &example"),
                                         objectName="insertExampleButton")
        self.exampleButton.setToolTip(self.tr(
            "Puts the SSML best-practice example into the editor: the code read digit by "
            "digit, slowly, twice."))
        row.addWidget(self.exampleButton)

    def _channel_settings(self, common: dict[str, Any]) -> VoiceSettings:
        return VoiceSettings(**common)

    def _insert_example(self) -> None:
        self.messageEditor.setText(voice_example(self.general.default_language))
        self._changed()

    def _set_read_only(self, read_only: bool) -> None:
        super()._set_read_only(read_only)
        self.exampleButton.setEnabled(not read_only)


def configure_dialog(service: Service, portal: Portal, session: Session, config: MfaConfig,
                     general: GeneralSettings, *, read_only: bool,
                     parent: QWidget | None = None) -> MessageServiceDialog:
    dialog_type = SmsDialog if service is Service.SMS else VoiceDialog
    return dialog_type(portal, session, config.service(service), general,
                       read_only=read_only, parent=parent)

