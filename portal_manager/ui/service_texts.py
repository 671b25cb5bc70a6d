"""How services, their states and languages are named on screen, in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from portal_manager.mfa.settings import Service
from portal_manager.mfa.state import ServiceState
from portal_manager.mfa.validation import Finding
from portal_manager.portal.languages import is_known_language, native_name
from portal_manager.ui.text import fill, translated

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def service_name(service: Service) -> str:
    return {
        Service.AUTHENTICATOR_APP: translate("ServiceTexts",
                                             "Authentication app (QR code)"),
        Service.SMS: translate("ServiceTexts", "SMS"),
        Service.VOICE: translate("ServiceTexts", "Voice call"),
    }[service]


def state_text(state: ServiceState, activated: bool) -> str:
    """The state as one short phrase, e.g. "Deactivated — ready to activate"."""
    if activated:
        return {
            ServiceState.READY: translate("ServiceTexts", "Activated"),
            ServiceState.INCOMPLETE: translate(
                "ServiceTexts", "Activated, but the configuration is incomplete"),
            ServiceState.INVALID: translate(
                "ServiceTexts", "Activated, but the configuration has errors"),
        }[state]
    return {
        ServiceState.READY: translate("ServiceTexts", "Deactivated — ready to activate"),
        ServiceState.INCOMPLETE: translate(
            "ServiceTexts", "Deactivated — the configuration is incomplete"),
        ServiceState.INVALID: translate(
            "ServiceTexts", "Deactivated — the configuration has errors"),
    }[state]


def language_name(code: str) -> str:
    """The language's name in itself, e.g. "Deutsch"; from QLocale for languages the
    portal list does not name (QLocale says "American English" for plain "en")."""
    if is_known_language(code):
        return native_name(code)
    name = QLocale(code).nativeLanguageName() if code else ""
    if not name or QLocale(code).language() == QLocale.Language.C:
        return code
    return name[:1].upper() + name[1:]


def finding_text(finding: Finding) -> str:
    """A finding's message, preceded by its language where it has one."""
    if finding.language is None:
        return translated(finding.message)
    return fill(translate("ServiceTexts", "%1: %2"), language_name(finding.language),
                translated(finding.message))
