"""The preview pane of the SMS and voice call dialogs, for support staff.

It shows a configured message as it will be sent, in a chosen portal language,
with a sample code and the current time: an SMS as a phone's message bubble
with the sender name above it and its size; a voice message as the SSML and,
beside it, the words that will be spoken. What it shows comes from the core's
``preview_message`` — the same function ``portal-manager preview`` prints.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from portal_manager.errors import PortalManagerError
from portal_manager.mfa.preview import MessagePreview, preview_message, random_code
from portal_manager.mfa.settings import MfaConfig
from portal_manager.mfa.sms_length import SmsEncoding, SmsLength
from portal_manager.mfa.speech import spoken_text
from portal_manager.mfa.templates import MAX_CODE_LENGTH, MIN_CODE_LENGTH, Channel
from portal_manager.portal.general import GeneralSettings
from portal_manager.ui.accessibility import name_inputs_by_their_labels
from portal_manager.ui.feedback import FeedbackLevel, feedback_label
from portal_manager.ui.service_texts import language_name
from portal_manager.ui.text import error_text, fill, translated

# A received message's bubble in the theme's own colours, so it reads in light and dark.
BUBBLE_STYLE = """
QFrame#smsBubble {
    background: palette(alternate-base);
    border: 1px solid palette(mid);
    border-radius: 14px;
}
QTextEdit#messageText { color: palette(text); background: transparent; border: none; }
"""
SELECTABLE = (Qt.TextInteractionFlag.TextSelectableByMouse
              | Qt.TextInteractionFlag.TextSelectableByKeyboard)


def _selectable_label(object_name: str) -> QLabel:
    label = QLabel(objectName=object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(SELECTABLE)
    return label


class BubbleText(QTextEdit):
    """Read-only text as tall as its content, wrapped anywhere a long word needs it.

    A QLabel cannot break a word longer than a line, and would widen the pane instead.
    """

    def __init__(self, object_name: str) -> None:
        super().__init__(objectName=object_name)
        self.setReadOnly(True)
        self.setTextInteractionFlags(SELECTABLE)
        self.setTabChangesFocus(True)
        self.setAcceptRichText(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(0)
        self.viewport().setAutoFillBackground(False)
        self.document().contentsChanged.connect(self._fit_height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        self.document().setTextWidth(self.viewport().width())
        height = math.ceil(self.document().size().height()) + 2 * self.frameWidth()
        if height != self.height():
            self.setFixedHeight(height)


def _read_only_text(object_name: str) -> QPlainTextEdit:
    view = QPlainTextEdit(objectName=object_name)
    view.setReadOnly(True)
    view.setTextInteractionFlags(SELECTABLE)
    view.setTabChangesFocus(True)
    return view


class PreviewPane(QWidget):
    """A message of ``channel`` as it will be sent, in the language chosen in the pane.

    Call :meth:`show_preview` with the configuration being edited whenever it
    changes; the pane keeps the chosen language, and without a given code it
    keeps one sample code per code length, so the text does not jump while
    someone types. The typed properties say what is shown.
    """

    languageChanged = Signal(str)

    def __init__(self, channel: Channel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = Channel(channel)
        self.setObjectName("smsPreviewPane" if self.channel is Channel.SMS
                           else "voicePreviewPane")
        self._config: MfaConfig | None = None
        self._general: GeneralSettings | None = None
        self._code: str | None = None
        self._at: datetime | None = None
        self._sample_codes: dict[int, str] = {}
        self._preview: MessagePreview | None = None
        self._spoken = ""
        self._problems: list[str] = []

        self.languageCombo = QComboBox(objectName="previewLanguageCombo")
        self.languageCombo.currentIndexChanged.connect(self._language_chosen)
        self.fallbackLabel = _selectable_label("fallbackLabel")
        self.fallbackLabel.setVisible(False)
        self.countLabel = _selectable_label("countLabel")
        self.problemsLabel = feedback_label("problemsLabel", FeedbackLevel.ERROR)
        self.problemsLabel.setTextInteractionFlags(SELECTABLE)
        self.problemsLabel.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.languageCombo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.fallbackLabel)
        if self.channel is Channel.SMS:
            layout.addWidget(self._sms_view(), stretch=1)
        else:
            layout.addLayout(self._voice_view(), stretch=1)
        layout.addWidget(self.countLabel)
        layout.addWidget(self.problemsLabel)
        name_inputs_by_their_labels(self)

    def _sms_view(self) -> QScrollArea:
        self.senderLabel = _selectable_label("senderLabel")
        font = self.senderLabel.font()
        font.setBold(True)
        self.senderLabel.setFont(font)
        self.messageText = BubbleText("messageText")
        self.messageText.setAccessibleName(self.tr("Message as sent"))
        self.bubble = QFrame(objectName="smsBubble")
        self.bubble.setStyleSheet(BUBBLE_STYLE)
        inside = QVBoxLayout(self.bubble)
        inside.setContentsMargins(14, 10, 14, 10)
        inside.addWidget(self.messageText)
        self.forcingLabel = _selectable_label("ucs2CharactersLabel")
        self.forcingLabel.setVisible(False)

        phone = QWidget(objectName="phoneScreen")
        column = QVBoxLayout(phone)
        column.addWidget(self.senderLabel)
        column.addWidget(self.bubble)
        column.addWidget(self.forcingLabel)
        column.addStretch()
        scroll = QScrollArea(objectName="phoneScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(phone)
        return scroll

    def _voice_view(self) -> QGridLayout:
        self.ssmlView = _read_only_text("ssmlView")
        self.spokenView = _read_only_text("spokenView")
        ssml_label = QLabel(self.tr("Message as &sent:"))
        ssml_label.setBuddy(self.ssmlView)
        spoken_label = QLabel(self.tr("&Words spoken:"))
        spoken_label.setBuddy(self.spokenView)
        grid = QGridLayout()
        grid.addWidget(ssml_label, 0, 0)
        grid.addWidget(spoken_label, 0, 1)
        grid.addWidget(self.ssmlView, 1, 0)
        grid.addWidget(self.spokenView, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        return grid

    # -- what is shown -----------------------------------------------------------------------

    @property
    def language(self) -> str | None:
        """The portal language chosen in the pane."""
        return self.languageCombo.currentData()

    @property
    def preview(self) -> MessagePreview | None:
        """The core's preview behind what is shown (None when it could not be made)."""
        return self._preview

    @property
    def shown_text(self) -> str | None:
        """The message as sent, as shown; None when it cannot be rendered."""
        if self._preview is None or self._preview.text is None:
            return None
        view = self.messageText if self.channel is Channel.SMS else self.ssmlView
        return view.toPlainText()

    @property
    def shown_sender(self) -> str:
        """The sender line above the SMS bubble ("" for a voice message)."""
        return self.senderLabel.text() if self.channel is Channel.SMS else ""

    @property
    def shown_count(self) -> str:
        return self.countLabel.text()

    @property
    def spoken(self) -> str:
        """The words spoken, as shown beside the SSML ("" for an SMS)."""
        return self._spoken

    @property
    def shown_problems(self) -> list[str]:
        """The problems as listed in the pane, one text each."""
        return list(self._problems)

    @property
    def shows_fallback(self) -> bool:
        return not self.fallbackLabel.isHidden()

    # -- showing -----------------------------------------------------------------------------

    def show_preview(self, config: MfaConfig, general: GeneralSettings,
                     language: str | None = None, code: str | None = None,
                     at: datetime | None = None) -> None:
        """Show ``config``'s message in ``language`` (None: the one chosen, else the default).

        ``code`` and ``at`` fix the code and the creation time, as ``--code`` and
        ``--at`` of ``portal-manager preview`` do; without them a sample code and
        the current time are used.
        """
        self._config, self._general, self._code, self._at = config, general, code, at
        self._fill_languages(general, language or self.language)
        self._refresh()

    def _fill_languages(self, general: GeneralSettings, wanted: str | None) -> None:
        if wanted not in general.languages:
            wanted = general.default_language
        self.languageCombo.blockSignals(True)
        self.languageCombo.clear()
        for code in general.languages:
            self.languageCombo.addItem(language_name(code), code)
        self.languageCombo.setCurrentIndex(general.languages.index(wanted))
        self.languageCombo.blockSignals(False)

    def _language_chosen(self) -> None:
        if self._config is None or self.language is None:
            return
        self._refresh()
        self.languageChanged.emit(self.language)

    def _refresh(self) -> None:
        try:
            self._preview = preview_message(
                self._config, self._general, self.channel, self.language,
                self._code if self._code is not None else self._sample_code(),
                self._at or datetime.now(UTC))
        except PortalManagerError as error:
            self._preview = None
            self._show_nothing(error_text(error))
            return
        self._show(self._preview)

    def _sample_code(self) -> str | None:
        settings = self._config.sms if self.channel is Channel.SMS else self._config.voice
        length = settings.code_length
        if not MIN_CODE_LENGTH <= length <= MAX_CODE_LENGTH:
            return None  # a hand-edited length: the core's preview says what is wrong
        return self._sample_codes.setdefault(length, random_code(length))

    def _show(self, preview: MessagePreview) -> None:
        self.fallbackLabel.setText(fill(
            self.tr("%1 has no text of its own: the default language's text (%2) is used."),
            language_name(preview.language), language_name(self._general.default_language)))
        self.fallbackLabel.setVisible(preview.uses_fallback)
        if self.channel is Channel.SMS:
            self._show_sms(preview)
        else:
            self._show_voice(preview)
        self._show_problems([translated(problem.message) for problem in preview.problems])

    def _show_sms(self, preview: MessagePreview) -> None:
        sender = self._config.sms.sender_name.resolved(preview.language,
                                                       self._general.default_language)
        self.senderLabel.setText(sender or self.tr("(the provider's phone number)"))
        if preview.text is None:
            self.messageText.setPlainText(self.tr("The message cannot be rendered; see the "
                                                  "problems below."))
        else:
            self.messageText.setPlainText(preview.text)
        length = preview.sms_length
        self.countLabel.setText(self._sms_count(length) if length is not None else "")
        forcing = length.unicode_characters if length is not None else ()
        self.forcingLabel.setText(fill(self.tr("Sent as UCS-2 (70 characters per SMS) "
                                               "because of: %1"), " ".join(forcing)))
        self.forcingLabel.setVisible(bool(forcing))

    def _sms_count(self, length: SmsLength) -> str:
        """E.g. "61 characters · GSM-7 · 1 SMS"; the units too where they differ."""
        encoding = (self.tr("GSM-7") if length.encoding is SmsEncoding.GSM7
                    else self.tr("UCS-2"))
        characters = self.tr("%n characters", "", length.characters)
        parts = self.tr("%n SMS", "", length.parts)
        if length.units == length.characters:
            return fill(self.tr("%1 · %2 · %3"), characters, encoding, parts)
        units = self.tr("%n units", "", length.units)
        return fill(self.tr("%1 (%2) · %3 · %4"), characters, units, encoding, parts)

    def _show_voice(self, preview: MessagePreview) -> None:
        if preview.text is None:
            self._spoken = ""
            self.ssmlView.setPlainText(self.tr("The message cannot be rendered; see the "
                                               "problems below."))
            self.spokenView.setPlainText("")
            self.countLabel.setText("")
            return
        self._spoken = spoken_text(preview.text)
        self.ssmlView.setPlainText(preview.text)
        self.spokenView.setPlainText(self._spoken)
        self.countLabel.setText(self.tr("%n characters", "", len(preview.text)))

    def _show_nothing(self, reason: str) -> None:
        self.fallbackLabel.setVisible(False)
        self._spoken = ""
        if self.channel is Channel.SMS:
            self.senderLabel.setText("")
            self.messageText.setPlainText("")
            self.forcingLabel.setVisible(False)
        else:
            self.ssmlView.setPlainText("")
            self.spokenView.setPlainText("")
        self.countLabel.setText("")
        self._show_problems([reason])

    def _show_problems(self, problems: list[str]) -> None:
        self._problems = problems
        lines = [self.tr("Problems:"), *(fill(self.tr("• %1"), text) for text in problems)]
        self.problemsLabel.setText("\n".join(lines) if problems else "")
        self.problemsLabel.setVisible(bool(problems))
