"""Test sends and "Check API key" through the portal's provider, against a local server on
127.0.0.1 that answers as seven.io does (tests/test_provider_seven.py's FakeSeven)."""

from __future__ import annotations

import dataclasses
import io
import json
import sys
from collections.abc import Iterator

import pytest

from portal_manager.__main__ import main
from portal_manager.app import user_management
from portal_manager.app.portal import Portal
from portal_manager.app.sending import (
    MAX_TEST_SENDS,
    check_api_key,
    masked,
    normalise_number,
    send_test,
)
from portal_manager.app.store_management import add_entry
from portal_manager.errors import InvalidInputError
from portal_manager.mfa.settings import LocalizedText, Service
from portal_manager.mfa.templates import Channel
from portal_manager.providers.base import ProviderError
from portal_manager.providers.seven import BASE_URL_VARIABLE
from portal_manager.users.directory import AuthorizationError
from portal_manager.vault.store import Entry
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.test_provider_seven import FakeSeven

API_KEY = "sk-SEND-TEST-4a1f9c"
NUMBER = "+4917612345678"


@pytest.fixture
def seven(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSeven]:
    server = FakeSeven()
    monkeypatch.setenv(BASE_URL_VARIABLE, server.base_url)
    yield server
    server.stop()


@pytest.fixture
def ready(portal: Portal, admin) -> Portal:
    return configure_sending(portal, admin)


def configure_sending(portal: Portal, admin) -> Portal:
    """SMS and voice configured with an API key from the store and a sender name."""
    add_entry(portal, admin, Entry("sevenKey", API_KEY, "seven.io"))
    sms = dataclasses.replace(portal.security.sms, api_key="sevenKey",
                              sender_name=LocalizedText({"en": "Acme"}))
    voice = dataclasses.replace(portal.security.voice, api_key="sevenKey")
    portal.save_security(portal.security.with_service(Service.SMS, sms)
                         .with_service(Service.VOICE, voice), admin)
    return portal


def test_a_test_sms_carries_the_rendered_message_with_a_fresh_code(
    seven: FakeSeven, ready: Portal, admin
) -> None:
    sent = send_test(ready, admin, Channel.SMS, "+49 176 1234 5678", "de")
    [request] = seven.requests
    assert (request.method, request.path) == ("POST", "/api/sms")
    assert request.headers["x-api-key"] == API_KEY
    form = {key: values[0] for key, values in request.form.items()}
    assert form["to"] == NUMBER  # sent as E.164
    assert form["text"] == sent.text and "Bestätigungscode" in sent.text
    assert form["from"] == "Acme"  # German falls back to the default language's sender
    assert form["ttl"] == "5"  # the code validity
    assert sent.result.message_id


def test_a_test_call_carries_the_ssml_as_rendered(seven: FakeSeven, ready: Portal, admin):
    sent = send_test(ready, admin, Channel.VOICE, NUMBER)
    [request] = seven.requests
    assert request.path == "/api/voice"
    assert request.form["text"] == [sent.text] and sent.text.startswith("<voice")


def test_the_audit_trail_records_the_masked_number_and_never_the_code(
    seven: FakeSeven, ready: Portal, admin
) -> None:
    sent = send_test(ready, admin, Channel.SMS, NUMBER)
    record = ready.audit.records()[-1]
    assert record.action == "test.sent"
    assert record.details["to"] == masked(NUMBER) == "+49*********78"
    code = "".join(ch for ch in sent.text.split(" is your")[0] if ch.isdigit())
    assert code and code not in json.dumps(record.to_json())
    assert API_KEY not in (ready.folder / "audit.log").read_text()


def test_a_refusal_by_seven_is_a_provider_error_with_its_code(
    seven: FakeSeven, ready: Portal, admin
) -> None:
    seven.answer("900")
    with pytest.raises(ProviderError) as refused:
        send_test(ready, admin, Channel.SMS, NUMBER)
    assert refused.value.code == "900" and API_KEY not in str(refused.value)
    assert ready.audit.records()[-1].action == "test.failed"


def test_test_sends_are_limited_per_minute(seven: FakeSeven, ready: Portal, admin) -> None:
    for _ in range(MAX_TEST_SENDS):
        send_test(ready, admin, Channel.SMS, NUMBER)
    with pytest.raises(InvalidInputError, match="test messages a minute"):
        send_test(ready, admin, Channel.SMS, NUMBER)
    assert len(seven.requests) == MAX_TEST_SENDS


def test_only_administrators_send_or_check(seven: FakeSeven, ready: Portal, admin) -> None:
    user_management.add_user(ready, admin, "bob", "bob's password")
    bob = ready.login("bob", "bob's password")
    with pytest.raises(AuthorizationError):
        send_test(ready, bob, Channel.SMS, NUMBER)
    with pytest.raises(AuthorizationError):
        check_api_key(ready, bob)
    assert seven.requests == []


@pytest.mark.parametrize("number", ["12", "not a number", "+49 123", ""])
def test_a_bad_number_is_refused_before_anything_is_sent(
    seven: FakeSeven, ready: Portal, admin, number: str
) -> None:
    with pytest.raises(InvalidInputError, match="not a valid phone number"):
        send_test(ready, admin, Channel.SMS, number)
    assert seven.requests == []


def test_normalising_numbers_to_e164() -> None:
    assert normalise_number("+49 (0)176 1234-5678", None) == NUMBER
    assert normalise_number("0176 12345678", "DE") == NUMBER
    assert normalise_number("020 7946 0018", "GB") == "+442079460018"


def test_check_api_key_reads_the_balance(seven: FakeSeven, ready: Portal, admin) -> None:
    seven.answer({"amount": 12.34, "currency": "EUR"})
    balance = check_api_key(ready, admin)
    assert (balance.amount, balance.currency) == (12.34, "EUR")
    assert seven.requests[0].method == "GET" and seven.requests[0].path == "/api/balance"


# -- the command line ------------------------------------------------------------------------


def run(capsys, monkeypatch, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setenv("PORTAL_MANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_send_test_on_the_command_line(seven, ready: Portal, capsys, monkeypatch) -> None:
    ready.close()
    code, out, err = run(capsys, monkeypatch, "send-test", "sms", "--portal", str(ready.folder),
                         "--to", NUMBER, "--user", ADMIN, "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["to"] == NUMBER and shown["message_id"] and shown["parts"] == 1
    assert API_KEY not in out + err


def test_send_test_exit_codes(seven, ready: Portal, capsys, monkeypatch) -> None:
    ready.close()
    folder = str(ready.folder)
    seven.answer("500")
    code, _, err = run(capsys, monkeypatch, "send-test", "sms", "--portal", folder, "--to",
                       NUMBER, "--user", ADMIN)
    assert code == 1 and "500" in err  # the provider refused: not enough credit
    code, _, err = run(capsys, monkeypatch, "send-test", "sms", "--portal", folder, "--to",
                       "12", "--user", ADMIN)
    assert code == 2 and "not a valid phone number" in err
    seven.script.drop = True
    code, _, err = run(capsys, monkeypatch, "send-test", "voice", "--portal", folder, "--to",
                       NUMBER, "--user", ADMIN)
    assert code == 2 and "may have been sent" in err


def test_provider_check_on_the_command_line(seven, ready: Portal, capsys, monkeypatch) -> None:
    ready.close()
    seven.answer({"amount": 3.5, "currency": "EUR"})
    code, out, _ = run(capsys, monkeypatch, "provider", "check", "--portal", str(ready.folder),
                       "--user", ADMIN, "--json")
    assert code == 0 and json.loads(out) == {"amount": 3.5, "currency": "EUR"}


# -- the dialogs -----------------------------------------------------------------------------


def open_sms_dialog(qtbot, portal: Portal, session):
    from portal_manager.ui.message_dialogs import SmsDialog

    dialog = SmsDialog(portal, session, portal.security.sms, portal.general, read_only=False)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_test_sms_from_the_dialog_shows_the_providers_answer(
    qtbot, seven: FakeSeven, ready: Portal, admin
) -> None:
    from PySide6.QtCore import Qt

    sms = open_sms_dialog(qtbot, ready, admin)
    qtbot.mouseClick(sms.sendTestButton, Qt.MouseButton.LeftButton)
    dialog = sms.sendTestDialog
    assert "verification code" in dialog.messageView.toPlainText()  # shown before sending
    assert not dialog.sendButton.isEnabled()
    qtbot.keyClicks(dialog.numberEdit, "12")
    assert dialog.numberProblem.isVisible() and not dialog.sendButton.isEnabled()
    dialog.numberEdit.clear()
    qtbot.keyClicks(dialog.numberEdit, NUMBER)
    qtbot.mouseClick(dialog.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Accepted by the provider" in dialog.resultLabel.text())
    assert "77229318280" in dialog.resultLabel.text()  # the message id seven.io answered
    assert len(seven.requests) == 1


def test_a_screen_reader_hears_the_number_s_problem_in_the_number_field(
    qtbot, ready: Portal, admin
) -> None:
    """The problem is a label under the field, which a screen reader never focuses; the
    field's description is what it speaks (scripts/atspi_walk.py showed it missing)."""
    from PySide6.QtCore import Qt

    sms = open_sms_dialog(qtbot, ready, admin)
    qtbot.mouseClick(sms.sendTestButton, Qt.MouseButton.LeftButton)
    dialog = sms.sendTestDialog
    qtbot.keyClicks(dialog.numberEdit, "12")
    assert "not a valid phone number" in dialog.numberEdit.accessibleDescription()
    dialog.numberEdit.clear()
    qtbot.keyClicks(dialog.numberEdit, NUMBER)
    assert dialog.numberEdit.accessibleDescription() == ""


def test_the_window_stays_responsive_while_seven_is_slow_and_cancel_stops_waiting(
    qtbot, seven: FakeSeven, ready: Portal, admin
) -> None:
    from PySide6.QtCore import Qt, QTimer

    sms = open_sms_dialog(qtbot, ready, admin)
    dialog = sms.open_send_test()
    qtbot.keyClicks(dialog.numberEdit, NUMBER)
    seven.script.delay = 0.6
    ticks = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.mouseClick(dialog.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seven.requests) == 1)
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the event loop keeps running meanwhile
    assert dialog.is_waiting and dialog.progress.isVisible()
    dialog.reject()  # Cancel
    assert not dialog.is_waiting and dialog.isVisible()
    assert "may have been sent" in dialog.resultLabel.text()
    qtbot.wait(800)  # the late answer is not shown after Cancel
    timer.stop()
    assert "Accepted" not in dialog.resultLabel.text()


def test_check_api_key_from_the_dialog(qtbot, seven: FakeSeven, ready: Portal, admin,
                                       announcements: list[tuple[str, bool]]) -> None:
    from PySide6.QtCore import Qt

    seven.answer({"amount": 7.5, "currency": "EUR"})
    sms = open_sms_dialog(qtbot, ready, admin)
    qtbot.mouseClick(sms.checkKeyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Balance: 7.5 EUR" in sms.checkKeyLabel.text())
    seven.answer("900")
    qtbot.mouseClick(sms.checkKeyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "(900)" in sms.checkKeyLabel.text())
    assert API_KEY not in sms.checkKeyLabel.text()
    # The focus stays on the button: each answer is spoken, a refusal at once.
    assert [urgent for _, urgent in announcements] == [False, True]
    assert "Balance: 7.5 EUR" in announcements[0][0]
    assert announcements[1][0] == sms.checkKeyLabel.text()


def test_a_screen_reader_hears_the_providers_answer_and_a_cancel(
    qtbot, seven: FakeSeven, ready: Portal, admin, announcements: list[tuple[str, bool]]
) -> None:
    from PySide6.QtCore import Qt

    sms = open_sms_dialog(qtbot, ready, admin)  # kept: the test-send dialog is its child
    dialog = sms.open_send_test()
    qtbot.keyClicks(dialog.numberEdit, NUMBER)
    qtbot.mouseClick(dialog.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Accepted by the provider" in dialog.resultLabel.text())
    assert announcements == [(dialog.resultLabel.text(), False)]

    seven.answer("900")
    qtbot.mouseClick(dialog.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(announcements) == 2)
    assert announcements[1] == (dialog.resultLabel.text(), True)
    assert "(900)" in announcements[1][0]

    seven.script.delay = 0.5
    qtbot.mouseClick(dialog.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seven.requests) == 3)
    dialog.reject()  # Cancel while waiting
    assert announcements[2] == (dialog.resultLabel.text(), True)
    assert "may have been sent" in announcements[2][0]


# -- end to end, through the seven.io-compatible gateway simulator ----------------------------


@pytest.fixture
def ready_for_simulator(portal: Portal, admin) -> Portal:
    from tests.gateway import SEVEN_TEST_API_KEY

    add_entry(portal, admin, Entry("simKey", SEVEN_TEST_API_KEY, "gateway-sim"))
    sms = dataclasses.replace(portal.security.sms, api_key="simKey")
    portal.save_security(portal.security.with_service(Service.SMS, sms), admin)
    portal.close()
    return portal


def test_send_test_through_the_gateway_simulator(
    seven_gateway, ready_for_simulator: Portal, capsys, monkeypatch
) -> None:
    from tests.gateway import SEVEN_TEST_API_KEY

    folder = str(ready_for_simulator.folder)
    code, out, err = run(capsys, monkeypatch, "send-test", "sms", "--portal", folder, "--to",
                         NUMBER, "--user", ADMIN, "--json")
    assert code == 0, err
    [sent] = seven_gateway.outbox
    assert sent["path"] == "/api/sms" and sent["authenticated"] and not sent["api_key_in_url"]
    assert sent["parameters"]["to"] == NUMBER and sent["parameters"]["ttl"] == "5"
    assert "is your verification code" in sent["parameters"]["text"]
    assert json.loads(out)["message_id"] and SEVEN_TEST_API_KEY not in out + err

    seven_gateway.fail_next(900)
    code, _, err = run(capsys, monkeypatch, "send-test", "sms", "--portal", folder, "--to",
                       NUMBER, "--user", ADMIN)
    assert code == 1 and "rejected the API key (900)" in err
    seven_gateway.drop_next()
    code, _, err = run(capsys, monkeypatch, "send-test", "sms", "--portal", folder, "--to",
                       NUMBER, "--user", ADMIN)
    assert code == 2 and "may have been sent" in err
    assert len(seven_gateway.outbox) == 3  # the dropped one arrived once, and was not repeated
