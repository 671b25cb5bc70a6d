"""The globe dialog: one text per portal language, for a sender name or a message.

An empty language falls back to the default language's text (PRODUCT §3.4),
which the empty field shows greyed. The default language's text is mandatory
(unless the caller says otherwise, e.g. for the optional sender name). For SMS
messages each row has its own counter and problems, with that language's
sender name in ``${from}``. Nothing goes back to the caller before OK: it reads
:meth:`MultilingualDialog.value` after ``exec()`` returned Accepted.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from portal_manager.mfa.templates import MIN_CODE_LENGTH, Channel
from portal_manager.ui.accessibility import name_inputs_by_their_labels
from portal_manager.ui.feedback import FeedbackLevel, feedback_label
from portal_manager.ui.message_editor import MessageEditor
from portal_manager.ui.placeholder_menu import AddPlaceholderButton
from portal_manager.ui.service_texts import language_name
from portal_manager.ui.sms_counter import SmsCounter
from portal_manager.ui.text import fill, translated

# A line-edit row's check: why the text is not acceptable (a core message), or None.
LineProblem = Callable[[str], str | None]


def _name_part(language: str) -> str:
    """The language code as part of an object name: "pt-BR" → "ptBR"."""
    return re.sub(r"[^A-Za-z0-9]", "", language)


# How long typing in the default row may pause before the other rows show it again.
FALLBACK_DELAY_MS = 150

class LanguageRow:
    """The widgets of one language: its label, its field and what is said about it."""

    def __init__(self, language: str, label: QLabel, field: QLineEdit | MessageEditor) -> None:
        self.language = language
        self.label = label
        self.field = field
        part = _name_part(language)
        # The line check's answer (a message editor lists its own problems).
        self.problemLabel = feedback_label(f"{part}ProblemLabel", FeedbackLevel.ERROR)
        self.problemLabel.setVisible(False)
        # Shown when OK finds the default language's text empty.
        self.requiredLabel = feedback_label(f"{part}RequiredLabel", FeedbackLevel.ERROR)
        self.requiredLabel.setVisible(False)
        self.counter: SmsCounter | None = None
        self.placeholderButton: AddPlaceholderButton | None = None

    def text(self) -> str:
        return self.field.text()

    def input_widget(self) -> QWidget:
        """The widget that takes the keyboard (the label's buddy)."""
        return self.field.textEdit if isinstance(self.field, MessageEditor) else self.field


class MultilingualDialog(QDialog):
    """One row per portal language; :meth:`value` gives the non-empty texts after OK.

    ``multiline`` chooses a :class:`MessageEditor` per row (messages of ``channel``,
    checked with ``code_length``) instead of a line edit (sender names). For SMS
    messages ``sender_names`` fill ``${from}`` per language (the default language's
    where a language has none). ``line_problem`` checks a line edit's text (e.g. the
    core's ``sender_name_problem``). ``read_only``: every language can be read, nothing
    changed; the only button is Close.
    """

    def __init__(self, title: str, languages: list[str], default_language: str,
                 texts: dict[str, str], *, multiline: bool, channel: Channel | None = None,
                 code_length: int = MIN_CODE_LENGTH, sender_names: dict[str, str] | None = None,
                 read_only: bool = False, default_required: bool = True,
                 line_problem: LineProblem | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("multilingualDialog")
        self._fallback_timer = QTimer(self, singleShot=True, interval=FALLBACK_DELAY_MS)
        self._fallback_timer.timeout.connect(self._default_changed)
        self.setWindowTitle(title)
        if multiline and channel is None:
            raise ValueError("a message (multiline) needs its channel")
        self._languages = list(dict.fromkeys([default_language, *languages]))
        self._default_language = default_language
        self._channel = Channel(channel) if channel is not None else None
        self._code_length = code_length
        self._sender_names = dict(sender_names or {})
        self._read_only = read_only
        self._default_required = default_required
        self._line_problem = line_problem
        self.rows: dict[str, LanguageRow] = {}

        intro = QLabel(self.tr(
            "One text per portal language. A language left empty uses the default "
            "language's text, shown greyed.") if not read_only else self.tr(
            "The text of every portal language, for reading: only administrators can change "
            "them. A language without its own text uses the default language's, shown greyed."),
            objectName="multilingualIntroLabel")
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(14)
        for number, language in enumerate(self._languages):
            row = self._make_row(language, multiline)
            self.rows[language] = row
            self._place_row(grid, number, row)
        grid.setRowStretch(len(self._languages), 1)  # spare room below the rows, not between

        rows_widget = QWidget(objectName="languageRows")
        rows_widget.setLayout(grid)
        scroll = QScrollArea(objectName="languageRowsScrollArea")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rows_widget)
        # Tab goes to the rows' fields (the area scrolls to the focused one); the area itself
        # was a last, invisible tab stop after the buttons.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close if read_only else
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            objectName="multilingualButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        for language, texts_row in self.rows.items():
            self._load(texts_row, texts.get(language, ""))
        self._default_changed()
        self.resize(720, min(160 + len(self._languages) * (170 if multiline else 40), 760))
        name_inputs_by_their_labels(self)
        self.rows[default_language].input_widget().setFocus()

    # -- values ---------------------------------------------------------------------------------

    @property
    def languages(self) -> list[str]:
        """The portal languages, the default one first."""
        return list(self._languages)

    @property
    def read_only(self) -> bool:
        return self._read_only

    def value(self) -> dict[str, str]:
        """The texts of the languages that have one (an empty one falls back)."""
        return {language: row.text() for language, row in self.rows.items()
                if row.text().strip()}

    def field(self, language: str) -> QLineEdit | MessageEditor:
        return self.rows[language].field

    def accept(self) -> None:
        default_row = self.rows[self._default_language]
        if not self._read_only and self._default_required and not default_row.text().strip():
            default_row.requiredLabel.setText(self.tr(
                "The default language's text is required: the other languages fall back "
                "to it. Write it here."))
            default_row.requiredLabel.setVisible(True)
            default_row.input_widget().setFocus()
            return
        super().accept()

    # -- rows -----------------------------------------------------------------------------------

    def _make_row(self, language: str, multiline: bool) -> LanguageRow:
        part = _name_part(language)
        if language == self._default_language:
            caption = (fill(self.tr("&%1 (default)*:"), language_name(language))
                       if self._default_required else
                       fill(self.tr("&%1 (default):"), language_name(language)))
        else:
            caption = fill(self.tr("&%1:"), language_name(language))
        label = QLabel(caption, objectName=f"{part}Label")
        if multiline:
            field = MessageEditor(self._channel)
            field.setObjectName(f"{part}MessageEditor")
            field.textEdit.setObjectName(f"{part}MessageEdit")
            field.problemsLabel.setObjectName(f"{part}MessageProblemsLabel")
            field.set_code_length(self._code_length)
            field.set_sender_name(self._sender_for(language))
            field.set_read_only(self._read_only)
            # About six lines each: several languages fit, a long message scrolls inside.
            lines = field.textEdit.fontMetrics().lineSpacing()
            field.textEdit.setFixedHeight(lines * 6 + 12)
        else:
            field = QLineEdit(objectName=f"{part}TextEdit")
            field.setReadOnly(self._read_only)
        row = LanguageRow(language, label, field)
        label.setBuddy(row.input_widget())
        if multiline:
            self._add_message_extras(row)
        return row

    def _add_message_extras(self, row: LanguageRow) -> None:
        part = _name_part(row.language)
        editor = row.field
        if self._channel is Channel.SMS:
            row.counter = SmsCounter()
            row.counter.setObjectName(f"{part}SmsCounter")
            row.counter.jumpRequested.connect(editor.jump_to)
        editor.problemsChanged.connect(lambda row=row: self._recount(row))
        if not self._read_only:
            button = AddPlaceholderButton(self._channel, lambda: self._code_length)
            button.setObjectName(f"{part}AddPlaceholderButton")
            button.setAccessibleName(fill(self.tr("Add placeholder to the %1 text"),
                                          language_name(row.language)))
            button.placeholderChosen.connect(editor.insert_placeholder)
            row.placeholderButton = button

    def _place_row(self, grid: QGridLayout, number: int, row: LanguageRow) -> None:
        top = Qt.AlignmentFlag.AlignTop
        column = QVBoxLayout()
        column.addWidget(row.field)
        if row.counter is not None:
            row.field.add_below_text(row.counter)
        column.addWidget(row.problemLabel)
        column.addWidget(row.requiredLabel)
        grid.addWidget(row.label, number, 0, top)
        grid.addLayout(column, number, 1)
        if row.placeholderButton is not None:
            grid.addWidget(row.placeholderButton, number, 2, top)

    def _load(self, row: LanguageRow, text: str) -> None:
        row.field.setText(text)
        if isinstance(row.field, MessageEditor):
            if row.language == self._default_language:
                # The other rows follow a moment after typing pauses: redrawing (and, for
                # SMS, counting) the long fallback in every row on each key would lag.
                row.field.problemsChanged.connect(self._fallback_timer.start)
        else:
            row.field.textChanged.connect(lambda _text, row=row: self._line_changed(row))
            self._line_changed(row)

    def flush_fallbacks(self) -> None:
        """Bring the fallback rows up to date now (tests and OK do not wait)."""
        if self._fallback_timer.isActive():
            self._fallback_timer.stop()
            self._default_changed()

    def _sender_for(self, language: str) -> str:
        own = self._sender_names.get(language, "")
        return own if own.strip() else self._sender_names.get(self._default_language, "")

    # -- live updates ---------------------------------------------------------------------------

    def _default_changed(self) -> None:
        """Every other row shows (and, for SMS, counts) the default text as its fallback."""
        default_text = self.rows[self._default_language].text()
        for language, row in self.rows.items():
            if language == self._default_language:
                if isinstance(row.field, MessageEditor):
                    row.field.set_fallback_text(None if self._default_required else "")
                continue
            if isinstance(row.field, MessageEditor):
                row.field.set_fallback_text(default_text)
            else:
                row.field.setPlaceholderText(default_text)

    def _line_changed(self, row: LanguageRow) -> None:
        if row.language == self._default_language:
            self._default_changed()
        self._clear_required(row)
        text = row.text()
        problem = self._line_problem(text) if self._line_problem and text else None
        row.problemLabel.setText(translated(problem) if problem else "")
        row.problemLabel.setVisible(problem is not None)

    def _clear_required(self, row: LanguageRow) -> None:
        if row.text().strip():
            row.requiredLabel.setVisible(False)

    def _recount(self, row: LanguageRow) -> None:
        editor = row.field
        self._clear_required(row)
        if row.counter is None:
            return
        own = editor.text()
        if own.strip() or row.language == self._default_language:
            row.counter.update_for(own, self._code_length, editor.sender_name)
        else:
            default_text = self.rows[self._default_language].text()
            row.counter.update_for(default_text, self._code_length, editor.sender_name,
                                   fallback=True)
