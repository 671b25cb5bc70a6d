"""The message editor, the Add placeholder menu and the live SMS counter, driven as a person would.

The expected SMS sizes come from the table below, worked out by hand from GSM 03.38
and the SMS part sizes, not from the code under test.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QToolTip, QVBoxLayout, QWidget

from portal_manager.mfa.sms_length import SmsEncoding
from portal_manager.mfa.templates import Channel
from portal_manager.ui.feedback import FeedbackLevel
from portal_manager.ui.message_editor import MessageEditor
from portal_manager.ui.placeholder_menu import AddPlaceholderButton
from portal_manager.ui.sms_counter import SmsCounter


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, then let the event loop run once.

    QTest only knows Latin-1 keys; any other character arrives as a key event
    carrying its text, as a keyboard layout or an input method delivers it.
    """
    for char in text:
        if char.isascii() and char.isprintable():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(
                    kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
    QApplication.processEvents()  # the editor checks once per turn of the event loop


def press(qtbot, widget: QWidget, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(widget, key)
    QApplication.processEvents()


class SmsField(QWidget):
    """The message field as the SMS dialog builds it: editor, counter below the text."""

    def __init__(self, code_length: int = 6, sender_name: str = "") -> None:
        super().__init__()
        self.editor = MessageEditor(Channel.SMS)
        self.editor.set_code_length(code_length)
        self.editor.set_sender_name(sender_name)
        self.counter = SmsCounter()
        self.editor.add_below_text(self.counter)
        self.counter.follow(self.editor)
        self.button = AddPlaceholderButton(Channel.SMS, lambda: self.editor.code_length)
        self.button.placeholderChosen.connect(self.editor.insert_placeholder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.button)
        layout.addWidget(self.editor)


@pytest.fixture
def field(qtbot) -> SmsField:
    widget = SmsField()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def load_and_focus(field: SmsField, text: str) -> None:
    """The text as it came from the saved configuration, the cursor at its end."""
    field.editor.setText(text)
    field.editor.textEdit.moveCursor(QTextCursor.MoveOperation.End)
    field.editor.textEdit.setFocus()
    QApplication.processEvents()


# -- the live counter ---------------------------------------------------------------------------

# (what is already there, what the person types, units, "/ N", SMS, encoding); by hand:
# GSM-7 160 in one SMS, 153 per part; UCS-2 70 in one, 67 per part; € [ ] { } ~ ^ | \ take
# two septets; an emoji two UTF-16 units; an escape pair or an emoji never splits across parts.
GSM, UCS = SmsEncoding.GSM7, SmsEncoding.UCS2
COUNTER_TABLE = [
    ("plain, 159 + 1", "a" * 159, "a", 160, 160, 1, GSM),
    ("plain, 160 + 1", "a" * 160, "a", 161, 306, 2, GSM),
    ("plain, 305 + 1", "a" * 305, "a", 306, 306, 2, GSM),
    ("plain, 306 + 1", "a" * 306, "a", 307, 459, 3, GSM),
    ("every extension character counts two", "", "€[]{}~^|\\", 18, 160, 1, GSM),
    ("euro at the end of one SMS", "a" * 158, "€", 160, 160, 1, GSM),
    ("euro past one SMS", "a" * 159, "€", 161, 306, 2, GSM),
    ("euro that would split moves to part two", "a" * 152, "€aaaaaaa", 161, 305, 2, GSM),
    ("one unicode character, 70", "a" * 69, "ć", 70, 70, 1, UCS),
    ("one unicode character, 71", "a" * 70, "ć", 71, 134, 2, UCS),
    ("unicode, 134", "ć" + "a" * 132, "a", 134, 134, 2, UCS),
    ("unicode, 135", "ć" + "a" * 133, "a", 135, 201, 3, UCS),
    ("emoji counts two, 70", "a" * 68, "😀", 70, 70, 1, UCS),
    ("emoji counts two, 71", "a" * 69, "😀", 71, 134, 2, UCS),
    ("emoji that would split moves to part two", "a" * 66, "😀aaa", 71, 133, 2, UCS),
]


@pytest.mark.parametrize(("before", "typed", "units", "capacity", "parts", "encoding"),
                         [case[1:] for case in COUNTER_TABLE],
                         ids=[case[0] for case in COUNTER_TABLE])
def test_typing_updates_the_counter_as_the_network_counts(
    qtbot, field: SmsField, before: str, typed: str, units: int, capacity: int, parts: int,
    encoding: SmsEncoding,
) -> None:
    load_and_focus(field, before)
    type_text(qtbot, field.editor.textEdit, typed)
    counter = field.counter
    assert (counter.units, counter.capacity, counter.parts, counter.encoding) == (
        units, capacity, parts, encoding)
    assert counter.summary_text.startswith(f"{units} / {capacity} characters")
    assert ("Unicode (UCS-2)" if encoding is UCS else "GSM-7") in counter.summary_text


def test_the_counter_crosses_160_161_on_the_keystroke_that_does_it(qtbot, field) -> None:
    load_and_focus(field, "a" * 159)
    assert (field.counter.units, field.counter.parts) == (159, 1)
    type_text(qtbot, field.editor.textEdit, "a")
    assert field.counter.summary_text == "160 / 160 characters · GSM-7 · 1 SMS"
    assert field.counter.level is None and field.counter.state_text == ""
    type_text(qtbot, field.editor.textEdit, "a")
    assert field.counter.summary_text == (
        "161 / 306 characters · GSM-7 · 2 SMS of 153 characters each")
    assert field.counter.units_per_part == 153
    assert field.counter.level is FeedbackLevel.WARNING
    assert "Longer than one SMS: sent as 2 parts" in field.counter.state_text
    press(qtbot, field.editor.textEdit, Qt.Key.Key_Backspace)
    assert (field.counter.units, field.counter.level, field.counter.state_text) == (160, None, "")


def test_ucs2_per_part_is_67(qtbot, field) -> None:
    load_and_focus(field, "ć" + "a" * 69)
    assert field.counter.units_per_part == 70
    type_text(qtbot, field.editor.textEdit, "a")
    assert (field.counter.units, field.counter.units_per_part) == (71, 67)


def test_past_1520_characters_the_counter_says_it_is_too_long(qtbot, field) -> None:
    load_and_focus(field, "${OTP}" + "a" * 1514)  # 1520 characters as sent
    assert field.counter.level is FeedbackLevel.WARNING
    type_text(qtbot, field.editor.textEdit, "a")
    assert field.counter.level is FeedbackLevel.ERROR
    assert "Too long: 1521 characters" in field.counter.state_text
    assert "at most 1520" in field.counter.state_text


def test_the_characters_forcing_unicode_are_named_and_can_be_jumped_to(qtbot, field) -> None:
    load_and_focus(field, "${OTP} ")
    type_text(qtbot, field.editor.textEdit, "Ćao 😀 ćao\u00a0")
    text = field.counter.unicode_text
    for name in ("“Ć”", "“😀”", "“ć”", "U+00A0"):
        assert name in text
    button = field.counter.showWhereButton
    assert button.isVisible()
    selected = []
    for _ in range(5):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        selected.append(field.editor.textEdit.textCursor().selectedText())
    # Ć, 😀, ć, the no-break space, then round again; each selected in the editor.
    assert selected == ["Ć", "😀", "ć", "\u00a0", "Ć"]


def test_a_unicode_character_only_in_the_sender_name_is_named_but_not_searched(qtbot) -> None:
    field = SmsField(sender_name="Ćevapi")
    qtbot.addWidget(field)
    field.show()
    load_and_focus(field, "${OTP} ${from}")
    assert field.counter.encoding is UCS
    assert "“Ć”" in field.counter.unicode_text
    assert not field.counter.showWhereButton.isVisibleTo(field)


@pytest.mark.parametrize(("sender", "units"), [("", 7), ("Acme", 11), ("Acme Bank", 16)])
def test_from_counts_the_sender_name_of_the_language(qtbot, sender: str, units: int) -> None:
    field = SmsField(sender_name=sender)
    qtbot.addWidget(field)
    field.show()
    field.editor.textEdit.setFocus()
    type_text(qtbot, field.editor.textEdit, "${OTP} ${from}")
    assert field.counter.units == units  # 6 digits, a space, the sender name


def test_changing_the_sender_name_recounts(qtbot, field) -> None:
    load_and_focus(field, "${OTP} ${from}")
    field.editor.set_sender_name("Acme Bank")
    QApplication.processEvents()
    assert field.counter.units == 16


def test_timestamp_counts_twenty(qtbot, field) -> None:
    load_and_focus(field, "")
    type_text(qtbot, field.editor.textEdit, "${OTP}${timestamp}")
    assert field.counter.units == 26


# -- problems at the field ----------------------------------------------------------------------

PROBLEM_CASES = [
    # (name, typed, code, words the message says, keys that fix it, then typed)
    ("missing code", "Hello", "missing_code", "does not contain the code",
     0, " ${OTPFMT}"),
    ("unknown placeholder, near match", "${OTP} ${otp}", "unknown_placeholder",
     'Did you mean "${OTP}"?', 6, ""),
    ("bad digit index", "${OTP} ${OTPDIGIT[6]}", "digit_index_out_of_range",
     "${OTPDIGIT[0]} to ${OTPDIGIT[5]}", 3, "5]}"),
    ("not closed", "${OTP} ${OTPFMT", "malformed_placeholder", "is not closed", 0, "}"),
]


@pytest.mark.parametrize(("typed", "code", "words", "backspaces", "fix"),
                         [case[1:] for case in PROBLEM_CASES],
                         ids=[case[0] for case in PROBLEM_CASES])
def test_each_problem_appears_while_typing_and_clears_when_fixed(
    qtbot, field: SmsField, typed: str, code: str, words: str, backspaces: int, fix: str
) -> None:
    field.editor.textEdit.setFocus()
    type_text(qtbot, field.editor.textEdit, typed)
    assert [problem.code for problem in field.editor.problems] == [code]
    assert words in field.editor.problemsLabel.text()
    assert field.editor.problemsLabel.isVisible()
    assert words in field.editor.textEdit.accessibleDescription()  # read by screen readers
    press(qtbot, field.editor.textEdit, Qt.Key.Key_Backspace, backspaces)
    type_text(qtbot, field.editor.textEdit, fix)
    assert field.editor.problems == []
    assert not field.editor.problemsLabel.isVisible()
    assert field.editor.textEdit.extraSelections() == []


def test_a_pasted_control_character_is_a_problem_until_removed(qtbot, field) -> None:
    load_and_focus(field, "${OTP} ")
    QApplication.clipboard().setText("ok\x07")
    qtbot.keyClick(field.editor.textEdit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert field.editor.text() == "${OTP} ok\x07"
    assert [problem.code for problem in field.editor.problems] == ["control_character"]
    assert "U+0007" in field.editor.problem_text
    press(qtbot, field.editor.textEdit, Qt.Key.Key_Backspace)
    assert field.editor.problems == []


def test_too_long_appears_past_1520_and_clears(qtbot, field) -> None:
    load_and_focus(field, "${OTP}" + "a" * 1514)
    assert field.editor.problems == []
    type_text(qtbot, field.editor.textEdit, "a")
    assert [problem.code for problem in field.editor.problems] == ["too_long"]
    assert "Remove 1 character" in field.editor.problem_text
    press(qtbot, field.editor.textEdit, Qt.Key.Key_Backspace)
    assert field.editor.problems == []


def test_an_empty_message_is_a_problem_naming_the_recommended_placeholder(qtbot, field) -> None:
    assert [problem.code for problem in field.editor.problems] == ["empty"]
    assert "${OTPFMT}" in field.editor.problem_text


def test_a_problem_is_underlined_at_its_place_even_after_an_emoji(qtbot, field) -> None:
    field.editor.textEdit.setFocus()
    type_text(qtbot, field.editor.textEdit, "😀 ${OTP} ${otp}")
    [underline] = field.editor.textEdit.extraSelections()
    # The emoji takes two UTF-16 units in the document: "${otp}" starts at 10, not 9.
    assert (underline.cursor.selectionStart(), underline.cursor.selectionEnd()) == (10, 16)
    assert underline.cursor.selectedText() == "${otp}"


def hover_tooltip(editor: MessageEditor, document_position: int) -> str:
    cursor = QTextCursor(editor.textEdit.document())
    cursor.setPosition(document_position)
    point = editor.textEdit.cursorRect(cursor).center() + QPoint(3, 0)
    viewport = editor.textEdit.viewport()
    QToolTip.hideText()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point,
                                                viewport.mapToGlobal(point)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_hovering_an_underlined_problem_shows_its_message(qtbot, field) -> None:
    field.editor.textEdit.setFocus()
    type_text(qtbot, field.editor.textEdit, "😀 ${OTP} ${otp} fine")
    assert hover_tooltip(field.editor, 18) == ""  # "fine" has no problem
    assert 'Did you mean "${OTP}"?' in hover_tooltip(field.editor, 12)


def test_placeholders_are_highlighted_and_wrong_ones_get_the_error_look(qtbot, field) -> None:
    load_and_focus(field, "Pay 5 $$ ${OTP} ${otp}")
    formats = field.editor.textEdit.document().firstBlock().layout().formats()
    highlighted = {(span.start, span.length) for span in formats}
    assert {(6, 2), (9, 6), (16, 6)} <= highlighted  # $$, ${OTP}, ${otp}
    [error] = field.editor.textEdit.extraSelections()
    assert error.format.underlineStyle().name == "WaveUnderline"


def test_a_code_length_change_rechecks_the_digit_placeholders(qtbot, field) -> None:
    load_and_focus(field, "${OTP} ${OTPDIGIT[7]}")
    assert [problem.code for problem in field.editor.problems] == ["digit_index_out_of_range"]
    field.editor.set_code_length(8)
    assert field.editor.problems == []


def test_a_no_break_space_is_kept_as_typed(qtbot, field) -> None:
    field.editor.textEdit.setFocus()
    type_text(qtbot, field.editor.textEdit, "${OTP}\u00a0code")
    assert field.editor.text() == "${OTP}\u00a0code"
    assert field.counter.encoding is UCS


def test_set_text_does_not_count_as_an_edit(qtbot, field) -> None:
    edits = []
    field.editor.textEdited.connect(edits.append)
    field.editor.setText("${OTP}")
    assert edits == []
    type_text(qtbot, field.editor.textEdit, "!")
    assert edits == ["!${OTP}"]  # setText leaves the cursor at the start


def test_voice_messages_are_checked_as_ssml_with_line_and_column(qtbot) -> None:
    editor = MessageEditor(Channel.VOICE)
    qtbot.addWidget(editor)
    editor.show()
    editor.textEdit.setFocus()
    type_text(qtbot, editor.textEdit, "<speak>${OTPFMTSSML}</spek>")
    [problem] = editor.problems
    assert problem.code == "ssml_not_well_formed"
    assert "line 1, column" in editor.problem_text
    press(qtbot, editor.textEdit, Qt.Key.Key_Backspace, len("pek>"))
    type_text(qtbot, editor.textEdit, "peak>")
    assert editor.problems == []


def test_from_is_a_problem_in_a_voice_message(qtbot) -> None:
    editor = MessageEditor(Channel.VOICE)
    qtbot.addWidget(editor)
    editor.show()
    editor.textEdit.setFocus()
    type_text(qtbot, editor.textEdit, "${OTP} ${from}")
    assert [problem.code for problem in editor.problems] == ["placeholder_not_available"]


def test_a_read_only_editor_takes_no_typing_and_no_placeholder(qtbot, field) -> None:
    load_and_focus(field, "${OTP}")
    field.editor.set_read_only(True)
    type_text(qtbot, field.editor.textEdit, "x")
    field.editor.insert_placeholder("${from}")
    assert field.editor.text() == "${OTP}"


# -- Add placeholder ----------------------------------------------------------------------------

def when_menu_opens(button: AddPlaceholderButton, act) -> list[str]:
    """Once ``button``'s menu is open, ``act(menu)``; returns the entries it showed.

    The menu runs its own event loop, so this is set up before the click that opens it.
    """
    shown: list[str] = []

    def in_menu() -> None:
        menu = button.placeholderMenu
        try:
            assert QApplication.activePopupWidget() is menu
            shown.extend(action.text() for action in menu.actions() if not action.isSeparator())
            act(menu)
        finally:
            if menu.isVisible():  # never leave a test waiting on an open menu
                menu.close()

    QTimer.singleShot(0, in_menu)
    return shown


def test_a_placeholder_is_inserted_at_the_cursor_with_the_mouse(qtbot, field) -> None:
    load_and_focus(field, "Your code:  Thanks.")
    press(qtbot, field.editor.textEdit, Qt.Key.Key_Left, len(" Thanks."))

    def click_timestamp(menu: QMenu) -> None:
        [entry] = [action for action in menu.actions() if action.data() == "${timestamp}"]
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                         pos=menu.actionGeometry(entry).center())

    shown = when_menu_opens(field.button, click_timestamp)
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert field.editor.text() == "Your code: ${timestamp} Thanks."
    assert shown[0].startswith("${OTPFMT} — Recommended:")


def test_the_menu_works_with_the_keyboard_alone(qtbot, field) -> None:
    load_and_focus(field, "Code  from")
    press(qtbot, field.editor.textEdit, Qt.Key.Key_Left, len(" from"))
    field.button.setFocus()
    # The recommended entry is ready for Enter; one step down is ${OTP}.
    when_menu_opens(field.button, lambda menu: [
        qtbot.keyClick(menu, key) for key in (Qt.Key.Key_Down, Qt.Key.Key_Return)])
    qtbot.keyClick(field.button, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert field.editor.text() == "Code ${OTP} from"
    # Back in the text, to go on typing (the window's focus: offscreen, closing a popup
    # leaves no window active).
    assert field.focusWidget() is field.editor.textEdit


def test_enter_takes_the_recommended_placeholder(qtbot, field) -> None:
    load_and_focus(field, "Code: ")
    field.button.setFocus()
    when_menu_opens(field.button, lambda menu: qtbot.keyClick(menu, Qt.Key.Key_Return))
    qtbot.keyClick(field.button, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert field.editor.text() == "Code: ${OTPFMT}"
    assert field.editor.problems == []


@pytest.mark.parametrize(("code_length", "example"), [
    (6, "123 456"), (7, "123 4567"), (8, "1234 5678"), (9, "123 456 789"), (10, "123 456 7890"),
])
def test_sms_entries_show_what_they_render_to_for_the_code_length(
    qtbot, code_length: int, example: str
) -> None:
    button = AddPlaceholderButton(Channel.SMS, lambda: code_length)
    qtbot.addWidget(button)
    button.refresh()
    [first, plain, ssml, sender, timestamp] = [action.text() for action in
                                               button.placeholder_actions()]
    assert first.startswith("${OTPFMT} — Recommended")
    assert first.endswith(f"e.g. {example}")
    assert plain.endswith("1234567890"[:code_length])
    assert ssml.endswith(":".join("1234567890"[:code_length]))
    assert sender.startswith("${from}")
    assert timestamp.startswith("${timestamp}") and timestamp.endswith("Z")


def test_the_voice_menu_recommends_ssml_and_offers_no_from(qtbot) -> None:
    button = AddPlaceholderButton(Channel.VOICE, lambda: 6)
    qtbot.addWidget(button)
    assert button.placeholders() == ["${OTPFMTSSML}", "${OTPFMT}", "${OTP}", "${timestamp}"]
    texts = [action.text() for action in button.placeholder_actions()]
    assert texts[0].startswith("${OTPFMTSSML} — Recommended") and texts[0].endswith("1:2:3:4:5:6")
    assert texts[1].endswith("1 2 3 4 5 6")


@pytest.mark.parametrize("channel", list(Channel))
def test_digit_placeholders_are_typed_by_hand_not_offered(qtbot, channel: Channel) -> None:
    button = AddPlaceholderButton(channel, lambda: 6)
    qtbot.addWidget(button)
    assert not any("OTPDIGIT" in placeholder for placeholder in button.placeholders())


def test_the_menu_follows_the_code_length_each_time_it_opens(qtbot, field) -> None:
    field.editor.set_code_length(9)
    shown = when_menu_opens(field.button, lambda menu: qtbot.keyClick(menu, Qt.Key.Key_Escape))
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    assert shown[0].endswith("123 456 789")
