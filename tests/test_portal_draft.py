"""One draft of General + Security, checked and saved together (what Portal properties uses)."""

from __future__ import annotations

import dataclasses

import pytest

from portal_manager.app import user_management as management
from portal_manager.app.portal import ConfigurationInvalidError, Portal, PortalDraft
from portal_manager.mfa.language_texts import languages_with_texts
from portal_manager.mfa.settings import LocalizedText, Service
from portal_manager.mfa.state import ServiceState, service_state
from portal_manager.mfa.validation import FindingKind
from portal_manager.portal.general import GeneralSettings
from portal_manager.ui.text import fill
from portal_manager.users.directory import AuthorizationError

ITALIAN = "${OTPFMT} è il suo codice di verifica."


def italian_instead_of_german(portal: Portal) -> PortalDraft:
    draft = portal.draft().without_language_texts({"de"})
    sms = draft.security.sms
    sms = dataclasses.replace(sms, message=sms.message.with_text("it", ITALIAN))
    return PortalDraft(GeneralSettings(portal.general.name, ("en", "it"), "en"),
                       draft.security.with_service(Service.SMS, sms))


def test_a_language_is_replaced_together_with_its_texts_in_one_save(portal: Portal, admin) -> None:
    draft = italian_instead_of_german(portal)
    assert not [f for f in portal.check(draft, admin) if f.kind is FindingKind.INVALID]
    portal.save_properties(draft, admin)
    with Portal.open(portal.folder) as reopened:
        assert reopened.general.languages == ("en", "it")
        assert reopened.security.sms.message.text("it") == ITALIAN
        assert "de" not in languages_with_texts(reopened.security)
    assert portal.audit.records()[-1].action == "properties.changed"


def test_either_half_alone_is_refused_and_nothing_is_written(portal: Portal, admin) -> None:
    draft = italian_instead_of_german(portal)
    before = {name: (portal.folder / name).read_bytes() for name in ("portal.json",
                                                                      "security.json")}
    with pytest.raises(ConfigurationInvalidError):
        portal.save_general(draft.general, admin)  # the German texts would stay
    with pytest.raises(ConfigurationInvalidError):
        portal.save_security(draft.security, admin)  # Italian is no portal language yet
    assert {name: (portal.folder / name).read_bytes() for name in before} == before


def test_general_problems_are_findings_with_a_field(portal: Portal, admin) -> None:
    draft = PortalDraft(GeneralSettings("", ("en",), "de"), portal.security)
    findings = [f for f in portal.check(draft, admin) if f.field.startswith("general.")]
    assert {f.field for f in findings} == {"general.name", "general.default_language"}
    assert {f.kind for f in findings} == {FindingKind.INVALID}
    assert any("name must not be empty" in f.message for f in findings)


def test_an_unknown_api_key_is_a_finding_of_the_check(portal: Portal, admin) -> None:
    sms = dataclasses.replace(portal.security.sms, api_key="noSuchEntry")
    draft = PortalDraft(portal.general, portal.security.with_service(Service.SMS, sms))
    assert "api_key_unknown" in {f.code for f in portal.check(draft, admin)}


def test_a_non_administrator_cannot_save_properties(portal: Portal, admin) -> None:
    management.add_user(portal, admin, "bob", "bob's password")
    bob = portal.login("bob", "bob's password")
    with pytest.raises(AuthorizationError):
        portal.save_properties(italian_instead_of_german(portal), bob)


def test_service_state_is_computed_in_one_place(portal: Portal) -> None:
    findings = portal.findings()
    assert service_state(findings, Service.AUTHENTICATOR_APP) is ServiceState.READY
    assert service_state(findings, Service.SMS) is ServiceState.INCOMPLETE  # no API key yet
    sms = dataclasses.replace(portal.security.sms, code_length=5,
                              message=LocalizedText({"en": "no code"}))
    from portal_manager.mfa.validation import validate_config

    broken = validate_config(portal.security.with_service(Service.SMS, sms), portal.general)
    assert service_state(broken, Service.SMS) is ServiceState.INVALID


@pytest.mark.parametrize(
    ("text", "values", "expected"),
    [("%1 and %2", ("a%2", "b"), "a%2 and b"), ("%2 %1", ("x", "y"), "y x"),
     ("100% %1", ("sure",), "100% sure"), ("%3", ("x",), "%3")],
)
def test_fill_replaces_markers_in_one_pass(text: str, values: tuple, expected: str) -> None:
    assert fill(text, *values) == expected


def test_a_core_message_is_english_text_and_translatable(qapp) -> None:
    from PySide6.QtCore import QTranslator

    from portal_manager.messages import QT_TRANSLATE_NOOP
    from portal_manager.ui.text import translated

    message = QT_TRANSLATE_NOOP("Findings", "Use %1 to %2 digits.").fill(6, 10)
    assert message == "Use 6 to 10 digits." and isinstance(message, str)
    assert translated(message) == "Use 6 to 10 digits."  # no translator installed

    class German(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return "Verwenden Sie %1 bis %2 Ziffern." if context == "Findings" else ""

    german = German()
    qapp.installTranslator(german)
    try:
        assert translated(message) == "Verwenden Sie 6 bis 10 Ziffern."
    finally:
        qapp.removeTranslator(german)
