"""The editor for an SMS or voice message: placeholders highlighted, problems shown as you type.

The core decides what is wrong (``find_problems``); this widget only shows it:
each problem with a position is underlined where it is (its message is the
tooltip there), and every problem is listed in a label below the text, so a
screen reader reads them too.

Positions: the core counts code points, Qt's documents count UTF-16 units, so
an emoji before a problem shifts the two apart; :func:`document_position` and
:func:`text_position` convert between them.
"""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QVBoxLayout, QWidget

from portal_manager.errors import PortalManagerError
from portal_manager.mfa.templates import (
    MIN_CODE_LENGTH,
    Channel,
    TemplateProblem,
    find_problems,
)
from portal_manager.ui.feedback import FeedbackLevel, feedback_label
from portal_manager.ui.state_colours import is_dark, state_colour
from portal_manager.ui.text import error_text, translated

# Where the core's syntax puts a placeholder ("${…}" up to "}", "$", or the line end) or "$$".
# Only for colouring: whether a placeholder is right is the core's find_problems' answer.
_PLACEHOLDER_LIKE = re.compile(r"\$\$|\$\{[^}$\r\n]*\}?")
# Qt keeps line breaks as these separators; the core knows "\n".
_QT_LINE_BREAKS = ("\u2029", "\u2028")
_LAST_BMP_CODE_POINT = "\uffff"


def _is_bmp(text: str) -> bool:
    return not text or max(text) <= _LAST_BMP_CODE_POINT


def document_position(text: str, position: int) -> int:
    """The Qt document position (UTF-16 units) of the code point offset ``position``."""
    head = text[:position]
    return len(head) if _is_bmp(head) else len(head.encode("utf-16-le")) // 2


def text_position(text: str, document_pos: int) -> int:
    """The code point offset of a Qt document position (UTF-16 units)."""
    if _is_bmp(text):
        return document_pos
    units = 0
    for index, char in enumerate(text):
        if units >= document_pos:
            return index
        units += 2 if char > _LAST_BMP_CODE_POINT else 1
    return len(text)


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Placeholders and ``$$`` in bold link colour; wrong ones get the error look on top."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self.set_palette(palette)

    def set_palette(self, palette: QPalette) -> None:
        self._format.setFontWeight(QFont.Weight.Bold)
        self._format.setForeground(palette.color(QPalette.ColorRole.Link))
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        # The block's text comes as UTF-16 positions in Qt; Python's match offsets are
        # code points, so convert when the line has characters outside the BMP.
        bmp = _is_bmp(text)
        for match in _PLACEHOLDER_LIKE.finditer(text):
            start, end = match.span()
            if not bmp:
                start, end = document_position(text, start), document_position(text, end)
            self.setFormat(start, end - start, self._format)


class MessageEditor(QWidget):
    """A message of one channel, checked by the core on every change.

    ``textEdit`` is the QPlainTextEdit inside (give it the field's label as buddy);
    ``problemsLabel`` lists the current problems below it. Checking is coalesced:
    several changes in one turn of the event loop are checked once, and reading
    :attr:`problems` always gives the answer for the current text.

    Signals: ``textEdited(str)`` when the person changes the text (not on
    :meth:`setText`); ``problemsChanged()`` after each check.
    """

    textEdited = Signal(str)
    problemsChanged = Signal()

    def __init__(self, channel: Channel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageEditor")
        self._channel = Channel(channel)
        self._code_length = MIN_CODE_LENGTH
        self._sender_name = ""
        self._empty_allowed = False
        self._problems: list[TemplateProblem] = []
        self._dirty = False
        self._setting_text = False

        self.textEdit = QPlainTextEdit(objectName="messageEdit")
        self.textEdit.setTabChangesFocus(True)  # Tab leaves the field, as in every form
        self.textEdit.viewport().installEventFilter(self)
        self.problemsLabel = feedback_label("messageProblemsLabel", FeedbackLevel.ERROR)
        self.problemsLabel.setVisible(False)
        self._highlighter = PlaceholderHighlighter(self.textEdit.document(), self.palette())
        self.setFocusProxy(self.textEdit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.textEdit, 1)
        layout.addWidget(self.problemsLabel)

        self._check_timer = QTimer(self, singleShot=True, interval=0)
        self._check_timer.timeout.connect(self._flush)
        self.textEdit.document().contentsChanged.connect(self._contents_changed)
        self._check_now()

    # -- values ---------------------------------------------------------------------------------

    @property
    def channel(self) -> Channel:
        return self._channel

    @property
    def code_length(self) -> int:
        return self._code_length

    @property
    def sender_name(self) -> str:
        return self._sender_name

    def text(self) -> str:
        """The message as the core stores it (line breaks as "\\n", no-break spaces kept)."""
        # toPlainText() would turn a pasted no-break space into a space, hiding a character
        # that forces Unicode in an SMS.
        text = self.textEdit.document().toRawText()
        # str.replace, not str.translate: translate walks a text with non-Latin letters
        # character by character in Python's slow path (0.15 ms for 1,500 characters, three
        # times per keystroke: bench/keystroke.py).
        for separator in _QT_LINE_BREAKS:
            text = text.replace(separator, "\n")
        return text

    def setText(self, text: str) -> None:  # Qt naming, as QLineEdit.setText
        self._setting_text = True
        try:
            self.textEdit.setPlainText(text)
        finally:
            self._setting_text = False
        self._check_now()

    def set_code_length(self, code_length: int) -> None:
        if code_length != self._code_length:
            self._code_length = code_length
            self._schedule_check()

    def set_sender_name(self, sender_name: str) -> None:
        """The sender name ``${from}`` is filled in with (SMS; this language's, or the default)."""
        if sender_name != self._sender_name:
            self._sender_name = sender_name
            self._schedule_check()

    def set_fallback_text(self, fallback: str | None) -> None:
        """For a language other than the default: its text when this one is left empty.

        Shown greyed while the editor is empty; an empty editor is then no problem.
        None (the default language) makes an empty message a problem again.
        """
        empty_allowed = fallback is not None
        if fallback != self.textEdit.placeholderText():
            self.textEdit.setPlaceholderText(fallback or "")
        if empty_allowed != self._empty_allowed:
            self._empty_allowed = empty_allowed
            self._schedule_check()
        elif empty_allowed and not self.text().strip():
            self.problemsChanged.emit()  # nothing to check, but what falls back changed

    def set_read_only(self, read_only: bool) -> None:
        self.textEdit.setReadOnly(read_only)

    def is_read_only(self) -> bool:
        return self.textEdit.isReadOnly()

    def add_below_text(self, widget: QWidget) -> None:
        """Place ``widget`` (e.g. an SmsCounter) between the text and the problems."""
        self.layout().insertWidget(1, widget)

    # -- actions --------------------------------------------------------------------------------

    def insert_placeholder(self, placeholder: str) -> None:
        """Insert ``placeholder`` at the cursor (replacing a selection), as typed text."""
        if self.textEdit.isReadOnly():
            return
        self.textEdit.textCursor().insertText(placeholder)
        # After the menu that chose it has closed (it gives the focus back to its button).
        QTimer.singleShot(0, self, lambda: self.textEdit.setFocus(Qt.FocusReason.OtherFocusReason))

    def jump_to(self, position: int, length: int = 1) -> None:
        """Select ``length`` characters at the core's ``position`` and show them."""
        text = self.text()
        position = max(0, min(position, len(text)))
        end = min(position + max(length, 0), len(text))
        cursor = self.textEdit.textCursor()
        cursor.setPosition(document_position(text, position))
        cursor.setPosition(document_position(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.textEdit.setTextCursor(cursor)
        self.textEdit.ensureCursorVisible()
        self.textEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- problems -------------------------------------------------------------------------------

    @property
    def problems(self) -> list[TemplateProblem]:
        """The core's problems with the current text (checked now if a check is pending)."""
        self._flush()
        return list(self._problems)

    @property
    def problem_text(self) -> str:
        """What the problems label says ('' without problems)."""
        self._flush()
        return self.problemsLabel.text() if self._problems else ""

    def problems_at(self, position: int) -> list[TemplateProblem]:
        """The problems underlined at the core's ``position`` (what its tooltip names)."""
        return [problem for problem in self.problems if _covers(problem, position)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt may still deliver events while the Python half is being torn down.
        text_edit = self.__dict__.get("textEdit")
        if text_edit is None or not shiboken6.isValid(text_edit):
            return False
        if watched is text_edit.viewport() and event.type() == QEvent.Type.ToolTip:
            self._show_tooltip(event)
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and "_highlighter" in self.__dict__:
            self._highlighter.set_palette(self.palette())
            self._check_now()
        super().changeEvent(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        document_pos = self.textEdit.cursorForPosition(event.pos()).position()
        position = text_position(self.text(), document_pos)
        messages = [translated(problem.message) for problem in self.problems_at(position)]
        if messages:
            QToolTip.showText(event.globalPos(), "\n".join(messages), self.textEdit.viewport())
        else:
            QToolTip.hideText()

    def _contents_changed(self) -> None:
        if not self._setting_text:
            self.textEdited.emit(self.text())
        self._schedule_check()

    def _schedule_check(self) -> None:
        # One check per turn of the event loop, however many changes it brought.
        self._dirty = True
        self._check_timer.start()

    def _flush(self) -> None:
        # A check queued just before the editor's widgets were destroyed has nothing to do.
        if self._dirty and shiboken6.isValid(self.textEdit):
            self._check_now()

    def _check_now(self) -> None:
        self._dirty = False
        self._check_timer.stop()
        text = self.text()
        self._problems = self._find_problems(text)
        self._underline(text)
        self._list_problems()
        self.problemsChanged.emit()

    def _find_problems(self, text: str) -> list[TemplateProblem]:
        if self._empty_allowed and not text.strip():
            return []
        try:
            return find_problems(text, self._channel, self._code_length, self._sender_name)
        except PortalManagerError as error:  # e.g. a code length outside 6–10 from a file
            return [TemplateProblem("cannot_check", error_text(error))]

    def _underline(self, text: str) -> None:
        colour = state_colour(FeedbackLevel.ERROR, self.palette())
        selections = []
        for problem in self._problems:
            if problem.position is None:
                continue
            start, length = _underlined_span(problem, len(text))
            selection = QTextEdit.ExtraSelection()
            # A copy of the edit's cursor: it lives on the edit's own document.
            cursor = self.textEdit.textCursor()
            cursor.setPosition(document_position(text, start))
            cursor.setPosition(document_position(text, start + length),
                               QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = _error_format(colour, self.palette())
            selections.append(selection)
        self.textEdit.setExtraSelections(selections)

    def _list_problems(self) -> None:
        lines = [translated(problem.message) for problem in self._problems]
        # A bullet per problem keeps wrapped messages apart.
        text = "\n".join(f"• {line}" for line in lines) if len(lines) > 1 else "".join(lines)
        self.problemsLabel.setText(text)
        self.problemsLabel.setVisible(bool(lines))
        self.textEdit.setAccessibleDescription(text)
        if lines:
            self.problemsLabel.setAccessibleName(
                self.tr("%n problem(s) in the message", "", len(lines)))


def _covers(problem: TemplateProblem, position: int) -> bool:
    if problem.position is None:
        return False
    return problem.position <= position < problem.position + max(problem.length, 1)


def _underlined_span(problem: TemplateProblem, text_length: int) -> tuple[int, int]:
    """Where to underline a problem; one at the very end underlines the last character."""
    start = min(problem.position or 0, text_length)
    length = max(problem.length, 1)
    if start >= text_length:
        start = max(text_length - 1, 0)
    return start, min(length, text_length - start)


def _error_format(colour: QColor, palette: QPalette) -> QTextCharFormat:
    """The error look: a wave underline and the error colour (and the tooltip says why)."""
    text_format = QTextCharFormat()
    text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    text_format.setUnderlineColor(colour)
    text_format.setForeground(colour)
    if not is_dark(palette):
        # A light tint behind the span, so the problem stands out without relying on hue.
        text_format.setBackground(QColor(colour.red(), colour.green(), colour.blue(), 24))
    return text_format
