"""The mfa package's messages are translatable Messages whose English text is unchanged."""

from __future__ import annotations

import ast
import dataclasses
import json
from datetime import datetime
from pathlib import Path

import pytest

import portal_manager.mfa
from portal_manager.errors import InvalidInputError
from portal_manager.messages import Message
from portal_manager.mfa.defaults import default_config
from portal_manager.mfa.document import (
    config_from_json,
    config_to_json,
    import_header_problem,
    read_import_document,
)
from portal_manager.mfa.preview import parse_code, preview_message
from portal_manager.mfa.settings import (
    AuthenticatorAppSettings,
    MfaConfig,
    Service,
    SmsSettings,
    field_specs,
)
from portal_manager.mfa.ssml import SsmlProblem, check_ssml
from portal_manager.mfa.templates import (
    Channel,
    RenderContext,
    TemplateError,
    control_character_problems,
    find_problems,
    render_message,
    sample_context,
)
from portal_manager.mfa.totp import (
    TotpParameters,
    account_problem,
    label_problem,
    normalize_secret,
    qr_capacity_problem,
)
from portal_manager.mfa.validation import sender_name_problem, validate_config
from portal_manager.portal.general import GeneralSettings

GENERAL = GeneralSettings("Acme Portal", ("en", "de"), "en")
MFA_FILES = sorted(Path(portal_manager.mfa.__file__).parent.glob("*.py"))


def assert_message(text: object, context: str, english: str) -> Message:
    assert isinstance(text, Message)
    assert text.context == context
    assert text == english
    return text


# Settings


def test_the_service_labels_are_messages_in_the_settings_context() -> None:
    assert_message(Service.SMS.label, "Settings", "SMS")
    assert_message(Service.VOICE.label, "Settings", "Voice call")
    assert_message(Service.AUTHENTICATOR_APP.label, "Settings", "Authentication app (QR code)")


@pytest.mark.parametrize("settings_type", [AuthenticatorAppSettings, SmsSettings])
def test_every_declared_field_label_is_a_message_in_the_settings_context(settings_type) -> None:
    for spec in field_specs(settings_type).values():
        assert isinstance(spec.label, Message)
        assert spec.label.context == "Settings"
        assert spec.label == spec.label.source  # a label has no markers


# Templates


def test_an_unknown_placeholder_is_one_message_with_its_suggestion_as_a_message() -> None:
    [problem] = find_problems("${OTP} ${otp}", Channel.SMS, 6)
    message = assert_message(
        problem.message, "Templates",
        'Unknown placeholder "${otp}" at position 8. Did you mean "${OTP}"? '
        "Placeholders are case-sensitive and have no spaces.",
    )
    assert message.args[:2] == ("${otp}", 8)
    assert_message(message.args[2], "Templates",
                   'Did you mean "${OTP}"? Placeholders are case-sensitive and have no spaces.')


def test_a_placeholder_not_available_in_a_voice_message_names_the_channel() -> None:
    [problem] = find_problems("${OTPFMTSSML} ${from}", Channel.VOICE, 6)
    assert_message(problem.message, "Templates",
                   'Placeholder "${from}" at position 15 is not available in a voice message. '
                   "Remove it.")


@pytest.mark.parametrize(("excess", "remove"), [(1, "Remove 1 character."),
                                                (2, "Remove 2 characters.")])
def test_a_message_too_long_reads_right_for_one_and_more_characters(excess, remove) -> None:
    template = "${OTP}" + "x" * (1520 - 6 + excess)
    [problem] = find_problems(template, Channel.SMS, 6)
    message = assert_message(
        problem.message, "Templates",
        f"The message is {1520 + excess} characters long once the placeholders are filled in; "
        f"an SMS may have at most 1520. {remove}",
    )
    assert message.plural_count == (None if excess == 1 else excess)


def test_more_control_characters_than_reported_are_counted_in_a_plural_message() -> None:
    problems = control_character_problems("\x01" * 13, Message("Templates", "The message"))
    message = assert_message(
        problems[-1].message, "Templates",
        "The message contains the control character U+0001 at position 10. "
        "Remove it; only line breaks are allowed. 3 more control character(s) follow.",
    )
    assert message.plural_count == 3
    assert message.source == "%1 %n more control character(s) follow."


def test_a_template_error_carries_one_message_with_every_problem_on_its_own_line() -> None:
    context = RenderContext("123456", datetime.fromisoformat("2025-01-01T00:00:00+00:00"))
    with pytest.raises(TemplateError) as raised:
        render_message("${OTP} ${x} ${y", Channel.SMS, context)
    text = assert_message(raised.value.args[0], "Templates", "\n".join(
        problem.message for problem in raised.value.problems
    ))
    # str.count: a Message's own ``count`` is its %n argument.
    assert str.count(text, "\n") == 1
    assert all(isinstance(arg, Message) for arg in text.args)


def test_a_code_length_out_of_range_is_refused_with_a_message() -> None:
    with pytest.raises(InvalidInputError) as raised:
        sample_context(5)
    assert_message(raised.value.args[0], "Templates", "The code length must be 6 to 10 digits.")


def test_a_wrong_code_in_a_preview_is_refused_with_a_message_that_does_not_quote_it() -> None:
    with pytest.raises(InvalidInputError) as raised:
        parse_code("12345x", 6)
    message = assert_message(raised.value.args[0], "Templates",
                             "The code must be exactly 6 digits (the configured code length).")
    assert "12345x" not in message


def test_a_preview_in_a_language_the_portal_lacks_is_refused_with_a_message() -> None:
    with pytest.raises(InvalidInputError) as raised:
        preview_message(default_config(GENERAL), GENERAL, Channel.SMS, "fr")
    assert_message(raised.value.args[0], "Templates",
                   '"fr" is not a portal language; use one of en, de.')


# SSML


def test_an_ssml_problem_is_a_message_whose_reason_and_hint_are_messages() -> None:
    problem = check_ssml("<voice>\n<prosody></voice>")
    message = assert_message(
        problem.message, "Ssml",
        "SSML is not well-formed: mismatched tag at line 2, column 12. "
        "Every opening tag needs a matching closing tag, e.g. <prosody>…</prosody>.",
    )
    reason, _line, _column, hint = message.args
    assert_message(reason, "Ssml", "SSML is not well-formed: mismatched tag")
    assert_message(reason.args[0], "Ssml", "mismatched tag")
    assert isinstance(hint, Message)


def test_an_ssml_problem_without_a_hint_ends_after_its_position() -> None:
    # As for an expat error no text is known to cause: expat's own wording, no hint.
    problem = SsmlProblem(1, 14, "not well-formed")
    assert problem.message.source == "%1 at line %2, column %3."


# TOTP


def test_a_wrong_secret_is_refused_with_a_message_that_does_not_quote_it() -> None:
    with pytest.raises(InvalidInputError) as raised:
        normalize_secret("JBSWY3DP!!")
    message = assert_message(
        raised.value.args[0], "Totp",
        "The secret may contain only the letters A–Z and the digits 2–7 (base32).",
    )
    assert "JBSWY3DP" not in message


def test_wrong_totp_parameters_are_refused_with_a_message() -> None:
    with pytest.raises(InvalidInputError) as raised:
        TotpParameters(digits=7)
    assert_message(raised.value.args[0], "Totp", "The number of digits must be 6 or 8.")


@pytest.mark.parametrize(("what", "value", "english"), [
    ("issuer", " ", "The issuer must not be empty."),
    ("account name", "a:b", "The account name must not contain a colon (Key URI format); "
                            "please remove it or use another character."),
    ("account name", "a\tb", "The account name must not contain control or invisible characters "
                             "such as tabs or line breaks (character 2 is one); please remove it."),
])
def test_a_label_problem_is_a_whole_sentence_message(what, value, english) -> None:
    assert_message(label_problem(value, what), "Totp", english)


def test_an_overlong_account_and_qr_text_are_refused_with_messages() -> None:
    assert_message(account_problem("a" * 255), "Totp",
                   "The account name has 255 characters; at most 254 are allowed. "
                   "Please shorten it.")
    assert_message(qr_capacity_problem("x" * 2332), "Totp",
                   "The text for the QR code is 2332 bytes long, but a QR code holds at most "
                   "2331. Please shorten the account name or the issuer.")


# Findings


def test_a_sender_name_problem_carries_the_rule_as_a_message() -> None:
    message = assert_message(
        sender_name_problem("Acme#"), "Findings",
        "The sender name contains \u201c#\u201d, which is not allowed. Use at most 11 letters "
        "(A–Z), digits, spaces or . - _ & ! ( ) + $ , / @ — or a phone number of at most 16 "
        "digits with an optional leading +.",
    )
    assert message.args[1].context == "Findings"


def test_an_activated_incomplete_service_names_what_is_missing_in_one_message() -> None:
    config = default_config(GENERAL)
    sms = dataclasses.replace(config.sms, activated=True)
    findings = validate_config(config.with_service(Service.SMS, sms), GENERAL)
    [finding] = [finding for finding in findings if finding.code == "cannot_activate"]
    message = assert_message(
        finding.message, "Findings",
        "SMS is activated but its API key is not set. "
        "Complete its configuration or deactivate it.",
    )
    assert message.args[0] is Service.SMS.label


def test_a_finding_shown_with_its_place_is_a_message() -> None:
    sms = dataclasses.replace(SmsSettings(), code_length=11)
    findings = validate_config(MfaConfig(sms=sms), GENERAL)
    [finding] = [finding for finding in findings if finding.field == "code_length"]
    assert_message(finding.message, "Findings", "Code length must be from 6 to 10.")
    assert_message(str(finding), "Findings", "sms.code_length: Code length must be from 6 to 10.")


# Import


def test_a_newer_import_format_is_refused_with_a_message() -> None:
    problem = import_header_problem({"format": "portal-manager-mfa", "version": 2})
    assert_message(problem, "Import",
                   "was written by a newer Portal Manager (format version 2; this version "
                   "reads version 1). Update Portal Manager to import it.")


def test_many_unknown_top_fields_are_listed_in_part_with_a_plural_count() -> None:
    document = {"format": "portal-manager-mfa", "version": 1,
                **config_to_json(default_config(GENERAL))}
    document.update({f"extra{i}": 1 for i in range(7)})
    _config, findings = read_import_document(document, GENERAL)
    message = assert_message(
        findings[0].message, "Import",
        'Unknown field(s) at the top of the document: "extra0", "extra1", "extra2", "extra3", '
        '"extra4" and 2 more. Only "format", "version" and "services" belong there; '
        "remove the others.",
    )
    assert message.args[0].plural_count == 2


def test_a_field_of_the_wrong_type_is_named_by_its_label_message() -> None:
    body = config_to_json(MfaConfig())
    body["services"]["sms"]["code_length"] = "six"
    _config, findings = config_from_json(body)
    [finding] = findings
    message = assert_message(finding.message, "Import", "Code length: expected a whole number, "
                                                        "found text.")
    assert message.args[0].context == "Settings"


# The sources lupdate extracts


def translate_noop_calls(path: Path) -> list[ast.Call]:
    return [
        node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
    ]


@pytest.mark.parametrize("path", MFA_FILES, ids=lambda path: path.name)
def test_every_translate_noop_call_has_a_literal_context_and_source(path: Path) -> None:
    for call in translate_noop_calls(path):
        # Two texts; a plural adds (None, 1): lupdate marks it only for a number literal.
        where = f"{path.name}:{call.lineno}"
        assert len(call.args) in (2, 4) and not call.keywords, where
        if len(call.args) == 4:
            assert isinstance(call.args[3], ast.Constant) and call.args[3].value == 1, where
        for argument in call.args[:2]:
            assert isinstance(argument, ast.Constant) and isinstance(argument.value, str), (
                f"{path.name}:{call.lineno}: QT_TRANSLATE_NOOP needs string literals for lupdate"
            )


def test_the_mfa_package_marks_its_messages() -> None:
    # Guards the test above against finding nothing, e.g. after a rename.
    assert sum(len(translate_noop_calls(path)) for path in MFA_FILES) > 80


def test_a_message_survives_a_json_round_trip_as_its_english_text() -> None:
    [problem] = find_problems("${OTP} ${x}", Channel.SMS, 6)
    assert json.loads(json.dumps({"message": problem.message}))["message"] == problem.message
