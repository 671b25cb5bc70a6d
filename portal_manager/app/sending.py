"""Test sends and "Check API key": the configured message, through the portal's provider.

Administrators only, enforced here. A test send renders the configured message
in the chosen language with a fresh random code, sends it to one number, and
records it in the audit trail — the number masked, never the code. Test sends
are limited per portal (the audit trail is what counts them, so the limit
holds across the dialogs and separate command-line runs).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from portal_manager.app.portal import Portal
from portal_manager.errors import InvalidInputError, PortalManagerError
from portal_manager.messages import QT_TRANSLATE_NOOP
from portal_manager.mfa.preview import preview_message, random_code
from portal_manager.mfa.settings import MfaConfig, Service
from portal_manager.mfa.templates import Channel
from portal_manager.providers.base import Balance, Provider, SendResult
from portal_manager.users.directory import Session

SEND_TESTS = QT_TRANSLATE_NOOP("Sending", "send test messages")
CHECK_KEYS = QT_TRANSLATE_NOOP("Sending", "check the provider's API key")
MAX_TEST_SENDS = 5
PER_SECONDS = 60
SERVICE_OF = {Channel.SMS: Service.SMS, Channel.VOICE: Service.VOICE}

# The region a number without +country code is read in, by portal language.
REGION_OF_LANGUAGE = {
    "bg": "BG", "cs": "CZ", "da": "DK", "de": "DE", "el": "GR", "en": "GB", "es": "ES",
    "et": "EE", "fi": "FI", "fr": "FR", "hr": "HR", "hu": "HU", "it": "IT", "ja": "JP",
    "lt": "LT", "lv": "LV", "nb": "NO", "nl": "NL", "pl": "PL", "pt": "PT", "ro": "RO",
    "ru": "RU", "sk": "SK", "sl": "SI", "sv": "SE", "tr": "TR", "uk": "UA", "zh": "CN",
}


@dataclass(frozen=True)
class TestSend:
    """What was sent and what the provider answered."""

    channel: Channel
    to: str  # E.164
    language: str
    text: str  # as rendered and sent (holds the code: shown to the administrator only)
    result: SendResult


def normalise_number(text: str, default_region: str | None) -> str:
    """``text`` as an E.164 number (e.g. +4917612345678); raises InvalidInputError."""
    # Imported at the first number, not with the dialogs that send: it is large.
    import phonenumbers

    try:
        number = phonenumbers.parse(text.strip(), default_region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Sending", "That is not a valid phone number. Write it with its country code, "
            "e.g. +49 176 12345678."))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _load_provider(name: str) -> Provider:
    # Imported at the first send: finding providers reads the installed packages' entry
    # points (importlib.metadata), which opening a dialog does not need.
    from portal_manager.providers.registry import load_provider

    return load_provider(name)


def masked(number: str) -> str:
    """A number as the audit trail keeps it: country code and last two digits only."""
    return number[:3] + "*" * max(0, len(number) - 5) + number[-2:]


def _api_key(portal: Portal, session: Session, name: str, service: Service) -> str:
    from portal_manager.app.store_management import open_store

    if not name:
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Sending", "%1 has no API key: choose a login information entry in its "
            "configuration first.").fill(service.label))
    return open_store(portal, session).get(name).secret


def _recent_test_sends(portal: Portal, now: float) -> int:
    since = datetime.fromtimestamp(now - PER_SECONDS, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return sum(1 for record in portal.audit.recent_records(since)
               if record.action.startswith("test."))


def send_test(portal: Portal, session: Session | None, channel: Channel, to: str,
              language: str | None = None, *, config: MfaConfig | None = None,
              provider: Provider | None = None, clock=time.time) -> TestSend:
    """Send the ``channel`` message in ``language`` to ``to`` with a fresh code.

    ``config`` is the configuration to test (a dialog's unsaved one); by default the
    saved one.
    """
    portal.users.require_admin(session, SEND_TESTS)
    portal.audit.check_appendable()
    config = config or portal.security
    service = SERVICE_OF[channel]
    settings = config.service(service)
    language = language or portal.general.default_language
    region = REGION_OF_LANGUAGE.get(portal.general.default_language)
    number = normalise_number(to, region)
    if _recent_test_sends(portal, clock()) >= MAX_TEST_SENDS:
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Sending", "At most %1 test messages a minute may be sent from a portal, to "
            "protect the account's credit. Wait a minute and try again.").fill(MAX_TEST_SENDS))
    preview = preview_message(config, portal.general, channel, language,
                              random_code(settings.code_length))
    if preview.problems or preview.text is None:
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Sending", "The %1 message in this language has problems; correct them first: %2"
        ).fill(service.label, preview.problems[0].message if preview.problems else ""))
    api_key = _api_key(portal, session, settings.api_key, service)
    loaded = None if provider is not None else _load_provider(settings.provider)
    provider = provider or loaded
    details = {"channel": channel.value, "to": masked(number), "language": language}
    try:
        if channel is Channel.SMS:
            sender = settings.sender_name.resolved(language, portal.general.default_language)
            result = provider.send_sms(api_key, number, preview.text, sender or None,
                                       settings.code_validity_minutes)
        else:
            result = provider.start_voice_call(api_key, number, preview.text)
    except PortalManagerError as error:
        portal.audit.record(session.user_name, "test.failed", **details,
                            reason=type(error).__name__)
        raise
    finally:
        _close(loaded)
    portal.audit.record(session.user_name, "test.sent", **details,
                        message_id=result.message_id)
    return TestSend(channel, number, language, preview.text, result)


def _close(provider: Provider | None) -> None:
    """Close a provider loaded for one request (its connections), if it can be closed;
    otherwise each test send left an idle connection open until the process ended."""
    close = getattr(provider, "close", None)
    if callable(close):
        close()


def check_api_key(portal: Portal, session: Session | None, service: Service = Service.SMS,
                  *, api_key_name: str | None = None,
                  provider: Provider | None = None) -> Balance:
    """The account's balance for ``service``'s API key (or the entry ``api_key_name``):
    proves the key without sending anything."""
    portal.users.require_admin(session, CHECK_KEYS)
    settings = portal.security.service(service)
    name = settings.api_key if api_key_name is None else api_key_name
    api_key = _api_key(portal, session, name, service)
    loaded = None if provider is not None else _load_provider(settings.provider)
    try:
        return (provider or loaded).check_credentials(api_key)
    finally:
        _close(loaded)
