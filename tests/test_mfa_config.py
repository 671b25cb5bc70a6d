"""The MFA configuration model: defaults, declarations, incomplete vs invalid findings."""

from __future__ import annotations

import dataclasses

import pytest

from portal_manager.app.portal import ConfigurationInvalidError, Portal
from portal_manager.mfa.defaults import DEFAULT_SMS_MESSAGES, default_config
from portal_manager.mfa.document import config_from_json, config_to_json, settings_changes
from portal_manager.mfa.settings import (
    AuthenticatorAppSettings,
    FieldKind,
    LocalizedText,
    MfaConfig,
    Service,
    SmsSettings,
    VoiceSettings,
    field_specs,
)
from portal_manager.mfa.templates import Channel, find_problems
from portal_manager.mfa.totp import TotpAlgorithm
from portal_manager.mfa.validation import (
    FindingKind,
    findings_for,
    invalid_findings,
    sender_name_problem,
    validate_config,
)
from portal_manager.portal.general import GeneralSettings

GENERAL = GeneralSettings("Acme Portal", ("en", "de", "fr"), "en")


def configured(**sms_changes) -> MfaConfig:
    """The default configuration with an API key chosen for SMS and voice."""
    config = default_config(GENERAL)
    sms = dataclasses.replace(config.sms, **{"api_key": "sevenKey", **sms_changes})
    voice = dataclasses.replace(config.voice, api_key="sevenKey")
    return dataclasses.replace(config, sms=sms, voice=voice)


def codes(findings, kind=None) -> set[str]:
    return {finding.code for finding in findings if kind is None or finding.kind is kind}


# -- defaults --------------------------------------------------------------------------------


def test_every_service_is_deactivated_by_default() -> None:
    config = default_config(GENERAL)
    assert [config.service(service).activated for service in Service] == [False] * 3


def test_default_messages_exist_in_english_and_german_and_others_fall_back() -> None:
    config = default_config(GENERAL)
    for settings, recommended in ((config.sms, "${OTPFMT}"), (config.voice, "${OTPFMTSSML}")):
        assert recommended in settings.message.text("en")
        assert recommended in settings.message.text("de")
        assert settings.message.text("en") != settings.message.text("de")
        assert settings.message.text("fr") == ""
        assert settings.message.resolved("fr", "en") == settings.message.text("en")
    assert config.sms.message.text("en").startswith("${OTPFMT}")


def test_default_messages_are_valid_templates() -> None:
    config = default_config(GENERAL)
    for language in ("en", "de"):
        assert find_problems(config.sms.message.text(language), Channel.SMS, 6) == []
        assert find_problems(config.voice.message.text(language), Channel.VOICE, 6) == []


def test_a_default_language_without_builtin_text_gets_the_english_one() -> None:
    config = default_config(GeneralSettings("P", ("fr", "de"), "fr"))
    assert config.sms.message.text("fr") == DEFAULT_SMS_MESSAGES["en"]
    assert config.sms.message.text("de") == DEFAULT_SMS_MESSAGES["de"]
    assert "en" not in config.sms.message.texts


def test_declared_defaults_and_limits() -> None:
    sms = field_specs(SmsSettings)
    assert (sms["code_length"].minimum, sms["code_length"].maximum) == (6, 10)
    assert (sms["code_validity_minutes"].minimum, sms["code_validity_minutes"].maximum) == (1, 10)
    assert sms["message"].kind is FieldKind.LOCALIZED_TEXT
    assert SmsSettings().code_length == 6 and SmsSettings().code_validity_minutes == 5
    app = AuthenticatorAppSettings()
    assert (app.digits, app.period, app.algorithm) == (6, 30, TotpAlgorithm.SHA1)
    assert app.issuer is None


def test_issuer_follows_the_portal_name_until_edited() -> None:
    app = AuthenticatorAppSettings()
    assert app.effective_issuer("Acme") == "Acme"
    assert dataclasses.replace(app, issuer="Other").effective_issuer("Acme") == "Other"


def test_localized_text_fallback() -> None:
    text = LocalizedText({"en": "hello", "de": "  "})
    assert text.resolved("de", "en") == "hello"
    assert text.uses_fallback("de") and text.uses_fallback("fr") and not text.uses_fallback("en")
    assert text.with_text("de", "hallo").resolved("de", "en") == "hallo"
    assert text.text("de") == "  "  # with_text returned a new object


# -- incomplete vs invalid ---------------------------------------------------------------------


def test_the_default_configuration_is_incomplete_but_not_invalid() -> None:
    findings = validate_config(default_config(GENERAL), GENERAL)
    assert invalid_findings(findings) == []
    assert codes(findings_for(findings, Service.SMS)) == {"api_key_missing"}
    assert codes(findings_for(findings, Service.VOICE)) == {"api_key_missing"}
    assert findings_for(findings, Service.AUTHENTICATOR_APP) == []


def test_a_configured_portal_has_no_findings() -> None:
    assert validate_config(configured(), GENERAL) == []


def test_an_empty_default_message_is_incomplete() -> None:
    config = configured(message=LocalizedText({"en": "", "de": "${OTP}"}))
    findings = validate_config(config, GENERAL)
    assert codes(findings, FindingKind.INCOMPLETE) == {"message_missing"}
    finding = findings[0]
    assert (finding.service, finding.field, finding.language) == (Service.SMS, "message", "en")


def test_activating_an_incomplete_service_is_invalid() -> None:
    config = default_config(GENERAL)
    config = config.with_service(Service.SMS, dataclasses.replace(config.sms, activated=True))
    findings = validate_config(config, GENERAL)
    assert "cannot_activate" in codes(findings, FindingKind.INVALID)


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"code_length": 5}, "code_length", "out_of_range"),
        ({"code_length": 11}, "code_length", "out_of_range"),
        ({"code_validity_minutes": 0}, "code_validity_minutes", "out_of_range"),
        ({"code_validity_minutes": 11}, "code_validity_minutes", "out_of_range"),
        ({"provider": ""}, "provider", "provider_name"),
        ({"provider": "seven.io\n"}, "provider", "provider_name"),
        ({"provider": "-seven"}, "provider", "provider_name"),
        ({"provider": "p" * 61}, "provider", "too_long"),
        ({"api_key": "Seven"}, "api_key", "api_key_name"),
        ({"api_key": "seven-key"}, "api_key", "api_key_name"),
        ({"api_key": "a" * 101}, "api_key", "too_long"),
        ({"sender_name": LocalizedText({"en": "A" * 12})}, "sender_name", "sender_name"),
        ({"sender_name": LocalizedText({"de": "Bad#Name"})}, "sender_name", "sender_name"),
        ({"sender_name": LocalizedText({"en": "+" + "1" * 17})}, "sender_name", "sender_name"),
        ({"sender_name": LocalizedText({"it": "Acme"})}, "sender_name", "out_of_range"),
        ({"message": LocalizedText({"en": "Your code"})}, "message", "missing_code"),
        ({"message": LocalizedText({"en": "${OTP} ${nope}"})}, "message", "unknown_placeholder"),
        ({"message": LocalizedText({"en": "${OTP}", "de": "${OTP"})}, "message",
         "malformed_placeholder"),
        ({"message": LocalizedText({"en": "${OTP}" + "x" * 1520})}, "message", "too_long"),
    ],
)
def test_invalid_sms_values(changes: dict, field: str, code: str) -> None:
    findings = invalid_findings(validate_config(configured(**changes), GENERAL))
    assert (Service.SMS, field, code) in {(f.service, f.field, f.code) for f in findings}


def test_invalid_voice_values() -> None:
    config = configured()
    voice = dataclasses.replace(
        config.voice,
        code_length=12,
        message=LocalizedText({"en": "<speak>${OTPFMTSSML}</speek>", "de": "${from} ${OTP}"}),
    )
    findings = invalid_findings(validate_config(config.with_service(Service.VOICE, voice),
                                                GENERAL))
    assert {"out_of_range"} <= codes(findings)
    voice = dataclasses.replace(voice, code_length=6)
    findings = invalid_findings(validate_config(config.with_service(Service.VOICE, voice),
                                                GENERAL))
    by_language = {(f.language, f.code) for f in findings}
    assert ("en", "ssml_not_well_formed") in by_language
    assert ("de", "placeholder_not_available") in by_language


def test_message_problems_name_the_language_and_position() -> None:
    config = configured(message=LocalizedText({"en": "${OTP}", "de": "Code ${OTPX}"}))
    findings = invalid_findings(validate_config(config, GENERAL))
    [finding] = [f for f in findings if f.code == "unknown_placeholder"]
    # 0-based offset for editors; the sentence counts from 1 for people.
    assert (finding.language, finding.position) == ("de", 5)
    assert "position 6" in finding.message
    assert "${OTPX}" in finding.message


def test_a_fallback_language_reports_only_its_own_length_problem() -> None:
    # French falls back to English; the English problem is reported once, under "en".
    config = configured(message=LocalizedText({"en": "${OTP} ${bad}", "de": "${OTP}"}))
    findings = invalid_findings(validate_config(config, GENERAL))
    assert [f.language for f in findings] == ["en"]
    # With a long French sender name the same text becomes too long only in French.
    text = "${OTP}${from}" + "x" * (1520 - 6 - 10)
    config = configured(
        message=LocalizedText({"en": text}),
        sender_name=LocalizedText({"en": "", "fr": "F" * 11}),
    )
    findings = invalid_findings(validate_config(config, GENERAL))
    assert [(f.language, f.code) for f in findings] == [("fr", "too_long")]


@pytest.mark.parametrize(
    ("sender", "ok"),
    [
        ("", True),
        ("Acme", True),
        ("A" * 11, True),
        ("A" * 12, False),
        ("Acme & Co.", True),
        ("a.b-c_d!(e)", True),
        ("+$,/@", True),
        ("+491701234567", True),
        ("1" * 16, True),
        ("+" + "1" * 16, True),
        ("1" * 17, False),
        ("Acmé", False),
        ("Acme#", False),
        ("Acme\n", False),
    ],
)
def test_sender_name_rule(sender: str, ok: bool) -> None:
    assert (sender_name_problem(sender) is None) is ok


@pytest.mark.parametrize(
    ("issuer", "code"),
    [("", "issuer_empty"), ("Acme:Portal", "issuer_colon"), ("A" * 101, "too_long")],
)
def test_invalid_issuer(issuer: str, code: str) -> None:
    config = default_config(GENERAL)
    app = dataclasses.replace(config.authenticator_app, issuer=issuer)
    findings = validate_config(config.with_service(Service.AUTHENTICATOR_APP, app), GENERAL)
    assert code in codes(findings, FindingKind.INVALID)


def test_a_portal_name_with_a_colon_only_blocks_activation() -> None:
    general = GeneralSettings("Acme: Portal", ("en",), "en")
    findings = validate_config(default_config(general), general)
    assert ("issuer_colon", FindingKind.INCOMPLETE) in {(f.code, f.kind) for f in findings}


@pytest.mark.parametrize(("field", "value"), [("digits", 7), ("period", 45),
                                              ("algorithm", "MD5")])
def test_authenticator_app_choices(field: str, value: object) -> None:
    config = default_config(GENERAL)
    app = dataclasses.replace(config.authenticator_app, **{field: value})
    findings = validate_config(config.with_service(Service.AUTHENTICATOR_APP, app), GENERAL)
    assert (field, "out_of_range") in {(f.field, f.code) for f in findings}


# -- JSON ------------------------------------------------------------------------------------


def test_json_round_trip() -> None:
    config = configured(sender_name=LocalizedText({"en": "Acme"}), code_length=8)
    restored, findings = config_from_json(config_to_json(config))
    assert findings == []
    assert restored == config
    assert isinstance(restored.authenticator_app.algorithm, TotpAlgorithm)


def test_json_reading_lists_every_structural_problem() -> None:
    body = config_to_json(default_config(GENERAL))
    body["services"]["sms"]["code_length"] = "6"
    body["services"]["sms"]["colour"] = "blue"
    del body["services"]["voice"]["message"]
    body["services"]["authenticator_app"]["activated"] = "yes"
    body["services"]["fax"] = {}
    config, findings = config_from_json(body)
    assert config is None
    fields = {(f.service.value if f.service else None, f.field) for f in findings}
    assert fields == {
        ("sms", "code_length"),
        ("sms", "colour"),
        ("voice", "message"),
        ("authenticator_app", "activated"),
        (None, "fax"),
    }


def test_settings_changes_lists_old_and_new_values() -> None:
    old = configured()
    new = old.with_service(Service.VOICE, dataclasses.replace(old.voice, code_length=9))
    assert settings_changes(old, new) == [("voice.code_length", 6, 9)]


# -- saving through the portal -----------------------------------------------------------------


def test_saving_refuses_invalid_and_keeps_the_file(portal: Portal, admin) -> None:
    before = (portal.folder / "security.json").read_bytes()
    bad = portal.security.with_service(Service.VOICE, VoiceSettings(code_length=5))
    with pytest.raises(ConfigurationInvalidError, match="Code length must be from 6 to 10"):
        portal.save_security(bad, admin)
    assert (portal.folder / "security.json").read_bytes() == before


def test_saving_an_incomplete_configuration_is_allowed(portal: Portal, admin) -> None:
    config = portal.security.with_service(
        Service.SMS, dataclasses.replace(portal.security.sms, code_length=8)
    )
    portal.save_security(config, admin)
    with Portal.open(portal.folder) as reopened:
        assert reopened.security.sms.code_length == 8


def test_removing_a_language_that_has_texts_is_refused(portal: Portal, admin) -> None:
    with pytest.raises(ConfigurationInvalidError, match="not a portal language"):
        portal.save_general(GeneralSettings("Acme Portal", ("en",), "en"), admin)
    assert portal.general.languages == ("en", "de")
