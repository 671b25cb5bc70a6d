"""The live SMS counter under a message editor: units as sent, encoding, number of SMS.

The counting is the core's (``measure_sms_template``: each placeholder at the
length it will have); this widget says it in words. Past one SMS it takes the
warning look, past the 1520-character limit the error look, and a sentence
says so each time: the colour only adds emphasis.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from portal_manager.errors import PortalManagerError
from portal_manager.mfa.preview import measure_sms_template
from portal_manager.mfa.sms_length import SmsEncoding, SmsLength
from portal_manager.mfa.templates import MAX_RENDERED_LENGTH, Channel
from portal_manager.ui.feedback import FeedbackLevel, apply_state_colour, feedback_label
from portal_manager.ui.steady_label import SteadyLabelHost
from portal_manager.ui.text import error_text, fill

MAX_SMS_CHARACTERS = MAX_RENDERED_LENGTH[Channel.SMS]
# Naming more characters than this makes the sentence unreadable; the rest are counted.
MAX_NAMED_CHARACTERS = 8


class SmsCounter(QWidget):
    """Shows :meth:`update_for`'s template as it will be sent.

    ``jumpRequested(position)`` asks the editor to select the character at
    ``position`` (the core's code point offset) that forces Unicode; each
    press of "Show where" goes to the next one. :meth:`follow` wires the
    counter to a :class:`~portal_manager.ui.message_editor.MessageEditor`.
    """

    jumpRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("smsCounter")
        self._length: SmsLength | None = None
        self._level: FeedbackLevel | None = None
        self._template = ""
        # The characters "Show where" selects in turn (in the template, self._template).
        self._jump_characters: frozenset[str] = frozenset()
        self._last_jump = -1

        self.summaryLabel = QLabel(objectName="smsCounterLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setToolTip(self.tr(
            "Counted as the network counts them, with every placeholder at its real length. "
            "In GSM-7, € [ ] { } ~ ^ | \\ count twice; in Unicode, an emoji counts twice."))
        self.stateLabel = feedback_label("smsCounterStateLabel", FeedbackLevel.WARNING)
        self.stateLabel.setVisible(False)
        self.unicodeLabel = QLabel(objectName="unicodeCharactersLabel")
        self.unicodeLabel.setWordWrap(True)
        self.showWhereButton = QPushButton(self.tr("Show &where"),
                                           objectName="showUnicodeCharacterButton")
        self.showWhereButton.setToolTip(self.tr(
            "Selects the next character in the message that needs Unicode (UCS-2)."))
        self.unicodeRow = QWidget(objectName="unicodeCharactersRow")

        unicode_layout = QHBoxLayout(self.unicodeRow)
        unicode_layout.setContentsMargins(0, 0, 0, 0)
        unicode_layout.addWidget(self.unicodeLabel, 1)
        unicode_layout.addWidget(self.showWhereButton)
        self.unicodeRow.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        # Its text changes on every keystroke; the dialog is laid out again only when the
        # summary needs another size.
        layout.addWidget(SteadyLabelHost(self.summaryLabel))
        layout.addWidget(self.stateLabel)
        layout.addWidget(self.unicodeRow)

        self.showWhereButton.clicked.connect(self._jump_to_next)
        self.update_for("", 6)

    # -- what it shows, for tests and callers ---------------------------------------------------

    @property
    def units(self) -> int:
        """Units as sent: GSM-7 septets or UTF-16 code units."""
        return self._length.units if self._length else 0

    @property
    def capacity(self) -> int:
        """What "/ N" says: 160 or 70 for one SMS, else what the parts needed can hold."""
        length = self._length
        if length is None:
            return 0
        if length.parts <= 1:
            return length.units_per_part
        return length.units + length.units_left_in_part

    @property
    def units_per_part(self) -> int:
        """160 / 70 for a single SMS, 153 / 67 per part once split."""
        return self._length.units_per_part if self._length else 0

    @property
    def parts(self) -> int:
        return self._length.parts if self._length else 0

    @property
    def encoding(self) -> SmsEncoding | None:
        return self._length.encoding if self._length else None

    @property
    def characters(self) -> int:
        return self._length.characters if self._length else 0

    @property
    def unicode_characters(self) -> tuple[str, ...]:
        return self._length.unicode_characters if self._length else ()

    @property
    def level(self) -> FeedbackLevel | None:
        """None while everything fits in one SMS; a warning past it; an error past 1520."""
        return self._level

    @property
    def summary_text(self) -> str:
        return self.summaryLabel.text()

    @property
    def state_text(self) -> str:
        return self.stateLabel.text() if self.stateLabel.isVisibleTo(self) else ""

    @property
    def unicode_text(self) -> str:
        return self.unicodeLabel.text() if self.unicodeRow.isVisibleTo(self) else ""

    # -- updating -------------------------------------------------------------------------------

    def follow(self, editor) -> None:
        """Count ``editor``'s text after each of its checks; "Show where" selects in it."""
        def recount() -> None:
            self.update_for(editor.text(), editor.code_length, editor.sender_name)

        editor.problemsChanged.connect(recount)
        self.jumpRequested.connect(editor.jump_to)
        recount()

    def update_for(self, template: str, code_length: int, sender_name: str = "", *,
                   fallback: bool = False) -> None:
        """Count ``template`` as sent with a code of ``code_length`` digits and ``sender_name``.

        ``fallback``: the template is another language's text this one falls back to;
        it is counted, but "Show where" has nothing in this editor to select.
        """
        try:
            length = measure_sms_template(template, code_length, sender_name)
        except PortalManagerError as error:  # a code length outside 6–10, from a file
            self._show_error(error_text(error))
            return
        if template != self._template:
            self._last_jump = -1
        self._template = template
        self._length = length
        self.summaryLabel.setText(self._summary(length, fallback))
        self._show_state(length)
        self._show_unicode_characters(length, template, fallback)

    def _summary(self, length: SmsLength, fallback: bool) -> str:
        encoding = self._encoding_name(length.encoding)
        if length.parts <= 1:
            summary = fill(self.tr("%1 / %2 characters · %3 · %n SMS", "", length.parts),
                           length.units, length.units_per_part, encoding)
        else:
            summary = fill(
                self.tr("%1 / %2 characters · %3 · %n SMS of %4 characters each", "",
                        length.parts),
                length.units, self.capacity, encoding, length.units_per_part)
        if fallback:
            return fill(self.tr("With the default language's text: %1"), summary)
        return summary

    def _encoding_name(self, encoding: SmsEncoding) -> str:
        if encoding is SmsEncoding.UCS2:
            return self.tr("Unicode (UCS-2)")
        return self.tr("GSM-7")

    def _show_state(self, length: SmsLength) -> None:
        if length.characters > MAX_SMS_CHARACTERS:
            level = FeedbackLevel.ERROR
            text = fill(self.tr(
                "Too long: %1 characters once the placeholders are filled in; an SMS message "
                "may have at most %2."), length.characters, MAX_SMS_CHARACTERS)
        elif length.parts > 1:
            level = FeedbackLevel.WARNING
            text = self.tr(
                "Longer than one SMS: sent as %n parts, or cut short by some providers.", "",
                length.parts)
        else:
            level, text = None, ""
        self._set_level(level, text)

    def _set_level(self, level: FeedbackLevel | None, text: str) -> None:
        self._level = level
        self.stateLabel.setText(text)
        self.stateLabel.setVisible(level is not None)
        if level is not None:
            self.stateLabel.setProperty("feedbackLevel", level.value)
            apply_state_colour(self.stateLabel, level)
        apply_state_colour(self.summaryLabel, level)

    def _show_error(self, message: str) -> None:
        self._length = None
        self._template = ""
        self.summaryLabel.setText("")
        self.unicodeRow.setVisible(False)
        self._set_level(FeedbackLevel.ERROR, message)

    def _show_unicode_characters(self, length: SmsLength, template: str, fallback: bool) -> None:
        forcing = length.unicode_characters
        self.unicodeRow.setVisible(bool(forcing))
        if not forcing:
            self._jump_characters = frozenset()
            return
        named = QLocale().createSeparatedList(
            [self._name(char) for char in forcing[:MAX_NAMED_CHARACTERS]])
        more = len(forcing) - MAX_NAMED_CHARACTERS
        if more > 0:
            text = fill(self.tr("Sent as Unicode (UCS-2) because of %1 and %n more.", "", more),
                        named)
        else:
            text = fill(self.tr("Sent as Unicode (UCS-2) because of %1."), named)
        self.unicodeLabel.setText(text)
        # Where they are is worked out when "Show where" is clicked, not on every keystroke
        # (a walk over the whole text in Python, per language: bench/keystroke.py).
        self._jump_characters = frozenset() if fallback else frozenset(forcing)
        # A character only in the sender name (${from}) is not in this text to select.
        self.showWhereButton.setVisible(
            any(char in template for char in self._jump_characters))

    def _name(self, char: str) -> str:
        """The character in quotes, or its code (U+00A0) when it cannot be seen."""
        invisible = char.isspace() or not char.isprintable() or unicodedata.category(
            char) in ("Cf", "Mn", "Me")
        return f"U+{ord(char):04X}" if invisible else fill(self.tr("“%1”"), char)

    def _jump_to_next(self) -> None:
        targets = [position for position, char in enumerate(self._template)
                   if char in self._jump_characters]
        if not targets:
            return
        following = [position for position in targets if position > self._last_jump]
        self._last_jump = following[0] if following else targets[0]
        self.jumpRequested.emit(self._last_jump)

