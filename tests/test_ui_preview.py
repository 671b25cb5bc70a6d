"""The preview pane shows exactly what `portal-manager preview` prints for the same inputs."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel

from portal_manager.__main__ import main
from portal_manager.app.portal import SECURITY_FILE, Portal
from portal_manager.mfa.settings import LocalizedText, Service
from portal_manager.mfa.speech import PAUSE
from portal_manager.mfa.templates import Channel
from portal_manager.ui.preview_pane import PreviewPane
from tests.conftest import ADMIN_PASSWORD

AT_TEXT = "2025-02-25T17:33:30Z"
AT = datetime(2025, 2, 25, 17, 33, 30, tzinfo=UTC)
# Written out here, not taken from the pane: what a person reads for each encoding.
ENCODING_NAMES = {"gsm7": "GSM-7", "ucs2": "UCS-2"}


@pytest.fixture(autouse=True)
def _admin_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORTAL_MANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.delenv("PORTAL_MANAGER_USER", raising=False)


def cli_preview(capsys, folder: Path, channel: str, language: str, code: str) -> dict:
    exit_code = main(["preview", channel, "--portal", str(folder), "--lang", language,
                      "--code", code, "--at", AT_TEXT, "--json"])
    out, err = capsys.readouterr()
    assert exit_code in (0, 1), err
    return json.loads(out)


def open_pane(qtbot, channel: Channel, folder: Path, code: str) -> PreviewPane:
    """The pane showing the saved configuration, as a support person opens it."""
    with Portal.open(folder) as portal:
        config, general = portal.security, portal.general
    pane = PreviewPane(channel)
    qtbot.addWidget(pane)
    pane.show_preview(config, general, code=code, at=AT)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def choose_language(qtbot, pane: PreviewPane, native_name: str) -> None:
    """Pick a language with the keyboard, as a person does in a closed combo box."""
    combo = pane.findChild(QComboBox, "previewLanguageCombo")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == native_name:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == native_name


def expected_sms_count(result: dict) -> str:
    characters, units = result["characters"], result["length"]
    encoding, parts = ENCODING_NAMES[result["encoding"]], result["parts"]
    if units == characters:
        return f"{characters} characters · {encoding} · {parts} SMS"
    return f"{characters} characters ({units} units) · {encoding} · {parts} SMS"


def save_sms(portal: Portal, session, **changes) -> None:
    sms = dataclasses.replace(portal.security.sms, **changes)
    portal.save_security(portal.security.with_service(Service.SMS, sms), session)
    portal.close()


# -- SMS -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "message",
    [
        "${from}: ${OTPFMT} at ${timestamp}",
        "${OTP} – €uro [x] {y} ~ ^ | \\ ć 😀 " * 6,  # UCS-2, several parts
        "Your code is ${OTPFMT}. " + "Text [with] {extension} characters. " * 6,  # GSM-7 units
    ],
)
def test_the_sms_preview_equals_the_command_line_in_both_languages(
    qtbot, portal: Portal, admin, capsys, message: str
) -> None:
    # German has its own sender name but no message: it falls back to the English text.
    save_sms(portal, admin, code_length=8, message=LocalizedText({"en": message}),
             sender_name=LocalizedText({"en": "Acme", "de": "AcmeDE"}))
    pane = open_pane(qtbot, Channel.SMS, portal.folder, "12345678")

    for language, native_name, sender in (("en", "English", "Acme"), ("de", "Deutsch", "AcmeDE")):
        choose_language(qtbot, pane, native_name)
        result = cli_preview(capsys, portal.folder, "sms", language, "12345678")
        assert pane.language == language
        assert pane.shown_text == result["text"]
        assert pane.shown_sender == sender
        assert pane.shown_count == expected_sms_count(result)
        assert pane.shown_problems == [problem["message"] for problem in result["problems"]]
        assert pane.shows_fallback is result["uses_fallback"] is (language == "de")


def test_from_in_a_language_falling_back_uses_that_languages_sender(
    qtbot, portal: Portal, admin
) -> None:
    save_sms(portal, admin, message=LocalizedText({"en": "${from}: ${OTP}"}),
             sender_name=LocalizedText({"en": "Acme", "de": "AcmeDE"}))
    pane = open_pane(qtbot, Channel.SMS, portal.folder, "123456")
    choose_language(qtbot, pane, "Deutsch")
    assert pane.shown_text == "AcmeDE: 123456"
    fallback = pane.findChild(QLabel, "fallbackLabel")
    assert fallback.text() == (
        "Deutsch has no text of its own: the default language's text (English) is used.")


def test_the_characters_forcing_ucs2_are_named(qtbot, portal: Portal, admin) -> None:
    save_sms(portal, admin, message=LocalizedText({"en": "Kod ${OTP} ć 😀"}))
    pane = open_pane(qtbot, Channel.SMS, portal.folder, "123456")
    forcing = pane.findChild(QLabel, "ucs2CharactersLabel")
    assert forcing.isVisible() and forcing.text().endswith(": ć 😀")


def test_an_empty_sender_name_says_the_providers_number_is_used(
    qtbot, portal_folder: Path
) -> None:
    pane = open_pane(qtbot, Channel.SMS, portal_folder, "123456")
    assert pane.shown_sender == "(the provider's phone number)"


def test_problems_are_the_command_lines_problems(qtbot, portal: Portal, capsys) -> None:
    # Written to the file, as a hand edit would be: saving refuses these texts.
    path = portal.folder / SECURITY_FILE
    document = json.loads(path.read_text())
    document["services"]["sms"]["message"] = {"en": "Hello ${OTPDIGIT[9]} ${OTPX}", "de": "${OTP"}
    path.write_text(json.dumps(document))
    portal.close()
    pane = open_pane(qtbot, Channel.SMS, portal.folder, "123456")

    for language, native_name in (("en", "English"), ("de", "Deutsch")):
        choose_language(qtbot, pane, native_name)
        result = cli_preview(capsys, portal.folder, "sms", language, "123456")
        assert result["text"] is None and result["problems"]
        assert pane.shown_text is None
        assert pane.shown_problems == [problem["message"] for problem in result["problems"]]
        assert pane.findChild(QLabel, "problemsLabel").isVisible()


def test_the_chosen_language_and_sample_code_stay_while_the_message_is_edited(
    qtbot, portal_folder: Path
) -> None:
    with Portal.open(portal_folder) as portal:
        config, general = portal.security, portal.general
    pane = PreviewPane(Channel.SMS)
    qtbot.addWidget(pane)
    pane.show_preview(config, general, at=AT)
    choose_language(qtbot, pane, "Deutsch")
    first = pane.shown_text
    edited = config.sms.message.with_text("de", config.sms.message.text("de") + "!")
    pane.show_preview(config.with_service(
        Service.SMS, dataclasses.replace(config.sms, message=edited)), general, at=AT)
    assert pane.language == "de"
    assert pane.shown_text == first + "!"


def test_a_hand_edited_code_length_is_explained_not_rendered(qtbot, portal_folder: Path) -> None:
    with Portal.open(portal_folder) as portal:
        config, general = portal.security, portal.general
    broken = config.with_service(Service.SMS, dataclasses.replace(config.sms,
                                                                  code_length=10**30))
    pane = PreviewPane(Channel.SMS)
    qtbot.addWidget(pane)
    pane.show_preview(broken, general)
    assert pane.shown_text is None
    assert pane.shown_problems == [
        "The configured code length is not between 6 and 10 digits; correct the Security "
        "settings first."]


# -- voice ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "native_name"), [("en", "English"), ("de", "Deutsch")])
def test_the_voice_preview_equals_the_command_line_and_says_the_words(
    qtbot, portal_folder: Path, capsys, language: str, native_name: str
) -> None:
    pane = open_pane(qtbot, Channel.VOICE, portal_folder, "123456")
    choose_language(qtbot, pane, native_name)
    result = cli_preview(capsys, portal_folder, "voice", language, "123456")
    assert pane.shown_text == result["text"] and result["text"].startswith("<voice")
    assert pane.shown_count == f"{result['characters']} characters"
    assert pane.shown_problems == [] == result["problems"]
    introduction = {"en": "Your verification code is:", "de": "Ihr Bestätigungscode lautet:"}
    assert pane.spoken == f"{introduction[language]} {PAUSE} 1 2 3 4 5 6"


def test_a_plain_voice_message_is_spoken_as_written(qtbot, portal: Portal, admin) -> None:
    voice = dataclasses.replace(portal.security.voice,
                                message=LocalizedText({"en": "Your code:\n${OTPFMT}"}))
    portal.save_security(portal.security.with_service(Service.VOICE, voice), admin)
    portal.close()
    pane = open_pane(qtbot, Channel.VOICE, portal.folder, "654321")
    assert pane.shown_text == "Your code:\n6 5 4 3 2 1"
    assert pane.spoken == "Your code: 6 5 4 3 2 1"


def test_everything_shown_is_selectable_text(qtbot, portal_folder: Path) -> None:
    for channel in Channel:
        pane = open_pane(qtbot, channel, portal_folder, "123456")
        label_names = ["countLabel", "problemsLabel", "fallbackLabel"]
        if channel is Channel.SMS:
            label_names.append("senderLabel")
        for name in label_names:
            flags = pane.findChild(QLabel, name).textInteractionFlags()
            assert flags & Qt.TextInteractionFlag.TextSelectableByMouse, name
        combo = pane.findChild(QComboBox, "previewLanguageCombo")
        assert combo.accessibleName() == "Language"
