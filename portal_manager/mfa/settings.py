"""The MFA configuration: three services, each field declared once.

Every field is declared with :func:`setting`, which records its label, kind,
default and limits in the dataclass field's metadata. Validation, the JSON
format and the dialogs read those declarations instead of repeating them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from portal_manager.messages import QT_TRANSLATE_NOOP, Message
from portal_manager.mfa.templates import MAX_CODE_LENGTH, MIN_CODE_LENGTH
from portal_manager.mfa.totp import ALLOWED_DIGITS, ALLOWED_PERIODS, TotpAlgorithm


class Service(StrEnum):
    AUTHENTICATOR_APP = "authenticator_app"
    SMS = "sms"
    VOICE = "voice"

    @property
    def label(self) -> Message:
        return SERVICE_LABELS[self]


# Messages, so that the UI shows them in its language and the command line in English.
SERVICE_LABELS = {
    Service.AUTHENTICATOR_APP: QT_TRANSLATE_NOOP("Settings", "Authentication app (QR code)"),
    Service.SMS: QT_TRANSLATE_NOOP("Settings", "SMS"),
    Service.VOICE: QT_TRANSLATE_NOOP("Settings", "Voice call"),
}


class FieldKind(StrEnum):
    BOOL = "bool"
    INTEGER = "integer"
    CHOICE = "choice"
    TEXT = "text"
    OPTIONAL_TEXT = "optional_text"  # None means "not set" (e.g. issuer follows the portal name)
    LOCALIZED_TEXT = "localized_text"


@dataclass(frozen=True)
class FieldSpec:
    label: Message
    kind: FieldKind
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[Any, ...] = ()
    max_length: int | None = None


def setting(
    label: Message, kind: FieldKind, default: Any = dataclasses.MISSING, **limits: Any
) -> Any:
    """Declare a configuration field: its label, kind, default and limits, once."""
    spec = FieldSpec(label, kind, **limits)
    if kind is FieldKind.LOCALIZED_TEXT:
        return field(default_factory=LocalizedText, metadata={"spec": spec})
    return field(default=default, metadata={"spec": spec})


def field_specs(settings_type: type) -> dict[str, FieldSpec]:
    """The declared fields of a service's settings class, in declaration order."""
    return {item.name: item.metadata["spec"] for item in dataclasses.fields(settings_type)}


@dataclass(frozen=True)
class LocalizedText:
    """One text per portal language; an empty language falls back to the default one."""

    texts: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Freeze the mapping so a settings object can be shared without copies.
        object.__setattr__(self, "texts", MappingProxyType(dict(self.texts)))

    def text(self, language: str) -> str:
        return self.texts.get(language, "")

    def resolved(self, language: str, default_language: str) -> str:
        """The text shown in ``language``: its own, or the default language's."""
        own = self.text(language)
        return own if own.strip() else self.text(default_language)

    def uses_fallback(self, language: str) -> bool:
        return not self.text(language).strip()

    def with_text(self, language: str, text: str) -> LocalizedText:
        return LocalizedText({**self.texts, language: text})

    def to_json(self) -> dict[str, str]:
        return dict(self.texts)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LocalizedText) and dict(self.texts) == dict(other.texts)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.texts.items())))


# The messaging provider is a plug-in (portal_manager.providers): any installed one
# can be chosen, so the name is text here; the application checks it is installed.
DEFAULT_PROVIDER = "seven.io"
PROVIDER_NAME_MAX_LENGTH = 60


# The labels are Messages: the UI shows them in its language, findings name fields by them.
_ACTIVATED = QT_TRANSLATE_NOOP("Settings", "Activated")
_PROVIDER = QT_TRANSLATE_NOOP("Settings", "Provider")
_API_KEY = QT_TRANSLATE_NOOP("Settings", "API key")
_MESSAGE = QT_TRANSLATE_NOOP("Settings", "Message")
_CODE_LENGTH = QT_TRANSLATE_NOOP("Settings", "Code length")
_CODE_VALIDITY = QT_TRANSLATE_NOOP("Settings", "Code validity (minutes)")


@dataclass(frozen=True)
class AuthenticatorAppSettings:
    activated: bool = setting(_ACTIVATED, FieldKind.BOOL, False)
    # None: the issuer follows the portal name until an administrator edits it.
    issuer: str | None = setting(
        QT_TRANSLATE_NOOP("Settings", "Issuer"), FieldKind.OPTIONAL_TEXT, None, max_length=100
    )
    digits: int = setting(
        QT_TRANSLATE_NOOP("Settings", "Digits"), FieldKind.CHOICE, 6, choices=ALLOWED_DIGITS
    )
    period: int = setting(
        QT_TRANSLATE_NOOP("Settings", "Period (seconds)"), FieldKind.CHOICE, 30,
        choices=ALLOWED_PERIODS,
    )
    algorithm: TotpAlgorithm = setting(
        QT_TRANSLATE_NOOP("Settings", "Algorithm"), FieldKind.CHOICE, TotpAlgorithm.SHA1,
        choices=tuple(TotpAlgorithm),
    )

    def effective_issuer(self, portal_name: str) -> str:
        return portal_name if self.issuer is None else self.issuer


@dataclass(frozen=True)
class SmsSettings:
    activated: bool = setting(_ACTIVATED, FieldKind.BOOL, False)
    provider: str = setting(_PROVIDER, FieldKind.TEXT, DEFAULT_PROVIDER,
                            max_length=PROVIDER_NAME_MAX_LENGTH)
    # The name of a login information store entry, never the key itself.
    api_key: str = setting(_API_KEY, FieldKind.TEXT, "", max_length=100)
    # Its own rule (validation.sender_name_problem) says what is allowed.
    sender_name: LocalizedText = setting(
        QT_TRANSLATE_NOOP("Settings", "Sender name"), FieldKind.LOCALIZED_TEXT
    )
    message: LocalizedText = setting(_MESSAGE, FieldKind.LOCALIZED_TEXT)
    code_length: int = setting(
        _CODE_LENGTH, FieldKind.INTEGER, 6, minimum=MIN_CODE_LENGTH, maximum=MAX_CODE_LENGTH
    )
    code_validity_minutes: int = setting(
        _CODE_VALIDITY, FieldKind.INTEGER, 5, minimum=1, maximum=10
    )


@dataclass(frozen=True)
class VoiceSettings:
    activated: bool = setting(_ACTIVATED, FieldKind.BOOL, False)
    provider: str = setting(_PROVIDER, FieldKind.TEXT, DEFAULT_PROVIDER,
                            max_length=PROVIDER_NAME_MAX_LENGTH)
    api_key: str = setting(_API_KEY, FieldKind.TEXT, "", max_length=100)
    message: LocalizedText = setting(_MESSAGE, FieldKind.LOCALIZED_TEXT)
    code_length: int = setting(
        _CODE_LENGTH, FieldKind.INTEGER, 6, minimum=MIN_CODE_LENGTH, maximum=MAX_CODE_LENGTH
    )
    code_validity_minutes: int = setting(
        _CODE_VALIDITY, FieldKind.INTEGER, 5, minimum=1, maximum=10
    )


SETTINGS_TYPES: dict[Service, type] = {
    Service.AUTHENTICATOR_APP: AuthenticatorAppSettings,
    Service.SMS: SmsSettings,
    Service.VOICE: VoiceSettings,
}


@dataclass(frozen=True)
class MfaConfig:
    """The Security settings of a portal."""

    authenticator_app: AuthenticatorAppSettings = field(default_factory=AuthenticatorAppSettings)
    sms: SmsSettings = field(default_factory=SmsSettings)
    voice: VoiceSettings = field(default_factory=VoiceSettings)

    def service(self, service: Service) -> Any:
        return getattr(self, service.value)

    def with_service(self, service: Service, settings: Any) -> MfaConfig:
        return dataclasses.replace(self, **{service.value: settings})

    @property
    def provider(self) -> str:
        """The portal's messaging provider: chosen once, used by SMS and voice."""
        return self.sms.provider

    def with_provider(self, name: str) -> MfaConfig:
        return dataclasses.replace(self, sms=dataclasses.replace(self.sms, provider=name),
                                   voice=dataclasses.replace(self.voice, provider=name))
