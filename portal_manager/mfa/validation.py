"""Checking an MFA configuration: what is incomplete and what is invalid.

Two kinds of findings are kept apart:

* **incomplete** — a legal state that only blocks activation (no API key
  chosen yet, the default language's message still empty);
* **invalid** — a value that is wrong (a bad template, a sender name of 12
  characters, a code length of 5). It blocks saving and import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from portal_manager.messages import QT_TRANSLATE_NOOP, Message
from portal_manager.mfa.settings import (
    DEFAULT_PROVIDER,
    PROVIDER_NAME_MAX_LENGTH,
    FieldKind,
    LocalizedText,
    MfaConfig,
    Service,
    field_specs,
)
from portal_manager.mfa.templates import (
    MAX_CODE_LENGTH,
    MIN_CODE_LENGTH,
    Channel,
    control_character_problems,
    find_problems,
)
from portal_manager.portal.general import (
    GeneralSettings,
    looks_like_language_code,
    shown_language_code,
)
from portal_manager.portal.wording import shown_key as shown_key  # used here and re-exported
from portal_manager.vault.store import ENTRY_NAME

ALPHANUMERIC_SENDER = re.compile(r"[A-Za-z0-9 .\-_&!()+$,/@]{1,11}")
NUMERIC_SENDER = re.compile(r"\+?[0-9]{1,16}")
SENDER_RULE = QT_TRANSLATE_NOOP(
    "Findings",
    "Use at most 11 letters (A–Z), digits, spaces or . - _ & ! ( ) + $ , / @ — "
    "or a phone number of at most 16 digits with an optional leading +.",
)


class FindingKind(StrEnum):
    INCOMPLETE = "incomplete"
    INVALID = "invalid"


@dataclass(frozen=True)
class Finding:
    service: Service | None
    field: str
    language: str | None
    kind: FindingKind
    code: str
    message: Message
    position: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "service": self.service.value if self.service else None,
            "field": self.field,
            "language": self.language,
            "kind": self.kind.value,
            "code": self.code,
            "message": self.message,
            "position": self.position,
        }

    def __str__(self) -> Message:
        # Field and language may be keys from a file: shortened, and the language only
        # shown when it looks like a code.
        language = self.language
        if language and not looks_like_language_code(language):
            language = "?"
        where = ".".join(part for part in (
            self.service.value if self.service else "", shown_key(self.field), language or ""
        ) if part)
        if not where:
            return self.message
        return QT_TRANSLATE_NOOP("Findings", "%1: %2").fill(where, self.message)


def invalid_findings(findings: list[Finding]) -> list[Finding]:
    return [finding for finding in findings if finding.kind is FindingKind.INVALID]


def findings_for(findings: list[Finding], service: Service) -> list[Finding]:
    return [finding for finding in findings if finding.service is service]


def sender_name_problem(sender: str) -> Message | None:
    """Why a sender name is not acceptable, or None. Empty means the provider's number."""
    if not sender or NUMERIC_SENDER.fullmatch(sender) or ALPHANUMERIC_SENDER.fullmatch(sender):
        return None
    if sender.lstrip("+").isdigit():
        return QT_TRANSLATE_NOOP(
            "Findings", "The phone number has %1 digits; at most 16 are allowed."
        ).fill(len(sender.lstrip("+")))
    if len(sender) > 11:
        return QT_TRANSLATE_NOOP(
            "Findings", "The sender name has %1 characters; at most 11 are allowed. %2"
        ).fill(len(sender), SENDER_RULE)
    refused = next(char for char in sender if not ALPHANUMERIC_SENDER.fullmatch(char))
    shown = refused if refused.isprintable() else f"U+{ord(refused):04X}"
    return QT_TRANSLATE_NOOP(
        "Findings", "The sender name contains \u201c%1\u201d, which is not allowed. %2"
    ).fill(shown, SENDER_RULE)


def validate_config(config: MfaConfig, general: GeneralSettings) -> list[Finding]:
    """Every finding for ``config`` in a portal with ``general`` settings."""
    findings: list[Finding] = []
    for service in Service:
        settings = config.service(service)
        service_findings = _declared_limits(service, settings, general)
        service_findings += _SERVICE_RULES[service](settings, general)
        if settings.activated and service_findings:
            service_findings.append(_cannot_activate(service, service_findings, general))
        findings += service_findings
    return findings


# What an incomplete finding leaves missing, completing "SMS is activated but …";
# %1 is the default language.
_MISSING = {
    "api_key_missing": QT_TRANSLATE_NOOP("Findings", "its API key is not set"),
    "message_missing": QT_TRANSLATE_NOOP(
        "Findings", "its message in the default language (%1) is empty"
    ),
    "issuer_colon": QT_TRANSLATE_NOOP(
        "Findings", "its issuer is not set (the portal name has a colon, so it cannot be used)"
    ),
}


def _cannot_activate(
    service: Service, findings: list[Finding], general: GeneralSettings
) -> Finding:
    """Why an activated service cannot stay activated, naming what is missing."""
    missing = [
        _missing_part(finding, general.default_language)
        for finding in findings
        if finding.kind is FindingKind.INCOMPLETE
    ]
    if missing:
        message = QT_TRANSLATE_NOOP(
            "Findings",
            "%1 is activated but %2. Complete its configuration or deactivate it.",
        ).fill(service.label, _joined_with_and(missing))
    else:
        message = QT_TRANSLATE_NOOP(
            "Findings", "%1 cannot be activated until its configuration is valid."
        ).fill(service.label)
    return Finding(service, "activated", None, FindingKind.INVALID, "cannot_activate", message)


def _missing_part(finding: Finding, default_language: str) -> Message:
    known = _MISSING.get(finding.code)
    if known is None:
        return QT_TRANSLATE_NOOP("Findings", "its %1 is not complete").fill(finding.field)
    return known.fill(default_language)


def _joined_with_and(parts: list[Message]) -> Message:
    """The parts as "a and b and c": one Message whose parts the UI translates."""
    joined = parts[0]
    for part in parts[1:]:
        joined = QT_TRANSLATE_NOOP("Findings", "%1 and %2").fill(joined, part)
    return joined


def _declared_limits(service: Service, settings: Any, general: GeneralSettings) -> list[Finding]:
    """Limits that come straight from the field declarations."""
    findings = []
    for name, spec in field_specs(type(settings)).items():
        value = getattr(settings, name)

        def invalid(message: Message, language: str | None = None, *, field: str = name) -> None:
            findings.append(
                Finding(service, field, language, FindingKind.INVALID, "out_of_range", message)
            )

        if isinstance(value, str) and spec.max_length and len(value) > spec.max_length:
            findings.append(Finding(
                service, name, None, FindingKind.INVALID, "too_long",
                QT_TRANSLATE_NOOP("Findings", "%1 is longer than %2 characters.").fill(
                    spec.label, spec.max_length
                ),
            ))
        # Refused values are not quoted: a text field may hold a pasted secret.
        elif spec.kind is FieldKind.INTEGER and not (spec.minimum <= value <= spec.maximum):
            invalid(QT_TRANSLATE_NOOP("Findings", "%1 must be from %2 to %3.").fill(
                spec.label, spec.minimum, spec.maximum
            ))
        elif spec.kind is FieldKind.CHOICE and value not in spec.choices:
            choices = ", ".join(str(choice) for choice in spec.choices)
            invalid(QT_TRANSLATE_NOOP("Findings", "%1 must be one of %2.").fill(
                spec.label, choices
            ))
        elif spec.kind is FieldKind.LOCALIZED_TEXT:
            for language in value.texts:
                if language in general.languages:
                    continue
                if not looks_like_language_code(language):
                    invalid(QT_TRANSLATE_NOOP(
                        "Findings",
                        "%1 has a text under a key that is not a language code (such as en or de). "
                        "Remove it.",
                    ).fill(spec.label), language)
                    continue
                invalid(
                    QT_TRANSLATE_NOOP(
                        "Findings",
                        "%1 has a text for %2, which is not a portal language (%3). "
                        "Remove it or add the language in General.",
                    ).fill(spec.label, shown_language_code(language), ", ".join(general.languages)),
                    language,
                )
    return findings


def _authenticator_app_rules(settings: Any, general: GeneralSettings) -> list[Finding]:
    service = Service.AUTHENTICATOR_APP
    if settings.issuer is None:
        if ":" in general.name:
            return [Finding(
                service, "issuer", None, FindingKind.INCOMPLETE, "issuer_colon",
                QT_TRANSLATE_NOOP(
                    "Findings",
                    "The portal name contains a colon, which an issuer must not "
                    "(Key URI format). Enter an issuer without a colon.",
                ),
            )]
        return []
    problems = []
    if not settings.issuer.strip():
        problems.append(
            ("issuer_empty", QT_TRANSLATE_NOOP("Findings", "The issuer must not be empty."))
        )
    if ":" in settings.issuer:
        problems.append(("issuer_colon", QT_TRANSLATE_NOOP(
            "Findings", "The issuer must not contain a colon (Key URI format). Remove it."
        )))
    findings = [Finding(service, "issuer", None, FindingKind.INVALID, code, message)
                for code, message in problems]
    return findings + _control_character_findings(
        service, "issuer", None, settings.issuer, QT_TRANSLATE_NOOP("Findings", "The issuer")
    )


def _control_character_findings(
    service: Service, field: str, language: str | None, text: str, subject: Message
) -> list[Finding]:
    """Control characters in a one-line text (a line break is one of them here)."""
    return [
        Finding(service, field, language, FindingKind.INVALID, problem.code, problem.message,
                problem.position)
        for problem in control_character_problems(text, subject, line_breaks_allowed=False)
    ]


def _api_key_findings(service: Service, api_key: str) -> list[Finding]:
    if not api_key:
        return [Finding(
            service, "api_key", None, FindingKind.INCOMPLETE, "api_key_missing",
            QT_TRANSLATE_NOOP(
                "Findings",
                "No API key is chosen. Select a login information entry that holds the "
                "provider's API key.",
            ),
        )]
    if not ENTRY_NAME.fullmatch(api_key):
        # The value is not quoted: someone may have pasted the key itself here.
        return [Finding(
            service, "api_key", None, FindingKind.INVALID, "api_key_name",
            QT_TRANSLATE_NOOP(
                "Findings",
                "The API key must be the name of a login information entry (a lowercase letter "
                "followed by letters and digits), not the key itself.",
            ),
        )]
    return []


def _message_findings(
    service: Service,
    channel: Channel,
    message: LocalizedText,
    code_length: int,
    general: GeneralSettings,
    sender_name: LocalizedText | None = None,
) -> list[Finding]:
    findings = []
    if not message.text(general.default_language).strip():
        findings.append(Finding(
            service, "message", general.default_language, FindingKind.INCOMPLETE,
            "message_missing",
            QT_TRANSLATE_NOOP(
                "Findings",
                "The message in the default language is mandatory. Enter a message containing "
                "the code, e.g. %1.",
            ).fill("${OTPFMT}" if channel is Channel.SMS else "${OTPFMTSSML}"),
        ))
    if not MIN_CODE_LENGTH <= code_length <= MAX_CODE_LENGTH:
        return findings  # templates cannot be checked against an impossible code length
    for language in general.languages:
        template = message.resolved(language, general.default_language)
        if not template.strip():
            continue
        sender = (
            sender_name.resolved(language, general.default_language) if sender_name else ""
        )
        problems = find_problems(template, channel, code_length, sender)
        if message.uses_fallback(language):
            # The default language's text is reported once, under its own language;
            # only the length depends on this language's sender name.
            problems = [problem for problem in problems if problem.code == "too_long"]
        findings += [
            Finding(service, "message", language, FindingKind.INVALID, problem.code,
                    problem.message, problem.position)
            for problem in problems
        ]
    return findings


# What an entry point name of a provider plug-in may be (e.g. "seven.io").
PROVIDER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._ -]*")


def _provider_findings(service: Service, provider: str) -> list[Finding]:
    if PROVIDER_NAME.fullmatch(provider) or len(provider) > PROVIDER_NAME_MAX_LENGTH:
        return []  # too long has its own finding
    # Not quoted, like every refused text.
    return [Finding(
        service, "provider", None, FindingKind.INVALID, "provider_name",
        QT_TRANSLATE_NOOP(
            "Findings",
            "The provider must be the name of an installed messaging provider plug-in, "
            "such as %1. Choose one in Portal properties → Security.",
        ).fill(DEFAULT_PROVIDER),
    )]


def _sms_rules(settings: Any, general: GeneralSettings) -> list[Finding]:
    service = Service.SMS
    findings = _provider_findings(service, settings.provider)
    findings += _api_key_findings(service, settings.api_key)
    for language, sender in settings.sender_name.texts.items():
        control_findings = _control_character_findings(
            service, "sender_name", language, sender,
            QT_TRANSLATE_NOOP("Findings", "The sender name"),
        )
        findings += control_findings
        problem = None if control_findings else sender_name_problem(sender)
        if problem:
            findings.append(Finding(
                service, "sender_name", language, FindingKind.INVALID, "sender_name", problem
            ))
    findings += _message_findings(
        service, Channel.SMS, settings.message, settings.code_length, general,
        settings.sender_name,
    )
    return findings


def _voice_rules(settings: Any, general: GeneralSettings) -> list[Finding]:
    service = Service.VOICE
    findings = _provider_findings(service, settings.provider)
    findings += _api_key_findings(service, settings.api_key)
    findings += _message_findings(
        service, Channel.VOICE, settings.message, settings.code_length, general
    )
    return findings


_SERVICE_RULES = {
    Service.AUTHENTICATOR_APP: _authenticator_app_rules,
    Service.SMS: _sms_rules,
    Service.VOICE: _voice_rules,
}
