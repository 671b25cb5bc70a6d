"""The globe dialog: one text per portal language, edited, checked and read as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from portal_manager.mfa.templates import Channel
from portal_manager.mfa.validation import sender_name_problem
from portal_manager.ui.multilingual_dialog import MultilingualDialog
from portal_manager.ui.placeholder_menu import AddPlaceholderButton
from portal_manager.ui.sms_counter import SmsCounter
from tests.test_ui_message_editor import press, type_text, when_menu_opens

LANGUAGES = ["en", "de", "fr"]
ENGLISH = "${OTPFMT} is your code for ${from}."


def sms_dialog(qtbot, texts: dict[str, str] | None = None, *, read_only: bool = False,
               sender_names: dict[str, str] | None = None) -> MultilingualDialog:
    dialog = MultilingualDialog(
        "SMS message", LANGUAGES, "en", {"en": ENGLISH} if texts is None else texts,
        multiline=True, channel=Channel.SMS, code_length=6,
        sender_names={"en": "Acme"} if sender_names is None else sender_names,
        read_only=read_only)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    return dialog


def edit(dialog: MultilingualDialog, language: str) -> QPlainTextEdit:
    return dialog.findChild(QPlainTextEdit, f"{language}MessageEdit")


def counter(dialog: MultilingualDialog, language: str) -> SmsCounter:
    return dialog.findChild(SmsCounter, f"{language}SmsCounter")


def button(dialog: MultilingualDialog, which: QDialogButtonBox.StandardButton) -> QAbstractButton:
    return dialog.buttons.button(which)


def test_a_second_language_is_edited_and_returned_on_ok(qtbot) -> None:
    dialog = sms_dialog(qtbot)
    german = edit(dialog, "de")
    german.setFocus()
    type_text(qtbot, german, "Ihr Code: ${OTPFMT}")
    qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value() == {"en": ENGLISH, "de": "Ihr Code: ${OTPFMT}"}  # no empty "fr"


def test_cancel_gives_nothing_back(qtbot) -> None:
    dialog = sms_dialog(qtbot)
    type_text(qtbot, edit(dialog, "de"), "Ihr Code: ${OTPFMT}")
    qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_an_empty_language_shows_the_default_text_greyed_and_follows_it(qtbot) -> None:
    dialog = sms_dialog(qtbot)
    assert edit(dialog, "fr").placeholderText() == ENGLISH
    english = edit(dialog, "en")
    english.setFocus()
    qtbot.keyClick(english, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, english, " Bye")
    qtbot.waitUntil(lambda: edit(dialog, "fr").placeholderText() == ENGLISH + " Bye")
    # An empty language is no problem: it falls back.
    assert dialog.field("fr").problems == []


def test_the_default_language_is_marked_and_ok_refuses_it_empty(qtbot) -> None:
    dialog = sms_dialog(qtbot, {"de": "Ihr Code: ${OTP}"})
    assert dialog.findChild(QLabel, "enLabel").text() == "&English (default)*:"
    assert dialog.findChild(QLabel, "deLabel").text() == "&Deutsch:"
    qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    required = dialog.findChild(QLabel, "enRequiredLabel")
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert required.isVisible() and "default language's text is required" in required.text()
    assert dialog.focusWidget() is edit(dialog, "en")
    type_text(qtbot, edit(dialog, "en"), "Code ${OTP}")
    assert not required.isVisible()
    qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_each_row_shows_its_own_problems(qtbot) -> None:
    dialog = sms_dialog(qtbot)
    german = edit(dialog, "de")
    german.setFocus()
    type_text(qtbot, german, "Code ${otp}")
    problems = dialog.findChild(QLabel, "deMessageProblemsLabel")
    assert problems.isVisible() and 'Did you mean "${OTP}"?' in problems.text()
    assert not dialog.findChild(QLabel, "enMessageProblemsLabel").isVisible()
    press(qtbot, german, Qt.Key.Key_Backspace, len("otp}"))
    type_text(qtbot, german, "OTP}")
    assert not problems.isVisible()


def test_each_row_counts_with_its_own_sender_name(qtbot) -> None:
    dialog = sms_dialog(qtbot, {"en": "${OTP} ${from}"},
                        sender_names={"en": "Acme", "de": "Acme GmbH"})
    assert counter(dialog, "en").units == 11  # 6 + 1 + "Acme"
    # German has no text: the English one, with the German sender name.
    assert counter(dialog, "de").units == 16
    assert counter(dialog, "de").summary_text.startswith("With the default language's text")
    # French has neither: the English text and the English sender name.
    assert counter(dialog, "fr").units == 11
    type_text(qtbot, edit(dialog, "de"), "${OTP}")
    assert counter(dialog, "de").units == 6
    assert not counter(dialog, "de").summary_text.startswith("With the default")


def test_typing_in_the_default_language_recounts_the_languages_that_fall_back(qtbot) -> None:
    dialog = sms_dialog(qtbot, {"en": "${OTP}"})
    english = edit(dialog, "en")
    english.setFocus()
    qtbot.keyClick(english, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, english, " ć")
    qtbot.waitUntil(lambda: counter(dialog, "fr").units == 8)  # once typing pauses
    assert counter(dialog, "fr").encoding.value == "ucs2"


def test_a_placeholder_goes_into_the_row_whose_button_was_used(qtbot) -> None:
    dialog = sms_dialog(qtbot)
    french_button = dialog.findChild(AddPlaceholderButton, "frAddPlaceholderButton")
    when_menu_opens(french_button, lambda menu: qtbot.keyClick(menu, Qt.Key.Key_Return))
    qtbot.mouseClick(french_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert dialog.value()["fr"] == "${OTPFMT}"
    assert "de" not in dialog.value()


def test_read_only_shows_every_language_and_changes_nothing(qtbot) -> None:
    texts = {"en": ENGLISH, "de": "Ihr Code: ${OTPFMT}"}
    dialog = sms_dialog(qtbot, texts, read_only=True)
    for language in LANGUAGES:
        assert edit(dialog, language).isReadOnly()
    type_text(qtbot, edit(dialog, "de"), "x")
    assert dialog.value() == texts
    assert dialog.findChildren(AddPlaceholderButton) == []
    assert [b.text().replace("&", "") for b in dialog.buttons.buttons()] == ["Close"]
    assert edit(dialog, "fr").placeholderText() == ENGLISH  # readable through the fallback
    assert counter(dialog, "fr").units > 0


def sender_dialog(qtbot, texts: dict[str, str]) -> MultilingualDialog:
    dialog = MultilingualDialog("Sender name", LANGUAGES, "en", texts, multiline=False,
                                default_required=False, line_problem=sender_name_problem)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_sender_names_are_checked_per_row_and_may_all_be_empty(qtbot) -> None:
    dialog = sender_dialog(qtbot, {"en": "Acme"})
    german = dialog.findChild(QLineEdit, "deTextEdit")
    assert german.placeholderText() == "Acme"
    type_text(qtbot, german, "Acme GmbH & Co")
    problem = dialog.findChild(QLabel, "deProblemLabel")
    assert problem.isVisible() and "14 characters; at most 11" in problem.text()
    german.clear()
    assert not problem.isVisible()
    assert dialog.findChild(QLabel, "enLabel").text() == "&English (default):"
    english = dialog.findChild(QLineEdit, "enTextEdit")
    english.clear()
    qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value() == {}


@pytest.mark.parametrize("multiline", [True, False])
def test_every_field_has_a_label_with_a_mnemonic_as_buddy(qtbot, multiline: bool) -> None:
    dialog = MultilingualDialog("Texts", LANGUAGES, "en", {}, multiline=multiline,
                                channel=Channel.VOICE if multiline else None)
    qtbot.addWidget(dialog)
    dialog.show()
    buddies = {id(label.buddy()): label.text() for label in dialog.findChildren(QLabel)
               if label.buddy() is not None}
    fields = [field for field in [*dialog.findChildren(QLineEdit),
                                  *dialog.findChildren(QPlainTextEdit)]
              if field.isVisibleTo(dialog)]
    assert len(fields) == len(LANGUAGES)
    for field in fields:
        assert "&" in buddies[id(field)]


def test_voice_rows_have_no_counter_and_no_from(qtbot) -> None:
    dialog = MultilingualDialog("Voice message", LANGUAGES, "en", {"en": "${OTPFMTSSML}"},
                                multiline=True, channel=Channel.VOICE)
    qtbot.addWidget(dialog)
    assert dialog.findChildren(SmsCounter) == []
    voice_button = dialog.findChild(AddPlaceholderButton, "deAddPlaceholderButton")
    assert "${from}" not in voice_button.placeholders()
