"""What a message will look like when it is sent: rendered text, length and problems."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from portal_manager.errors import InvalidInputError
from portal_manager.messages import QT_TRANSLATE_NOOP
from portal_manager.mfa.settings import MfaConfig
from portal_manager.mfa.sms_length import SmsLength, measure_sms
from portal_manager.mfa.templates import (
    MAX_CODE_LENGTH,
    MIN_CODE_LENGTH,
    Channel,
    RenderContext,
    TemplateError,
    TemplateProblem,
    find_problems,
    render_message,
    render_sample,
)
from portal_manager.portal.general import GeneralSettings


@dataclass(frozen=True)
class MessagePreview:
    channel: Channel
    language: str
    template: str
    uses_fallback: bool  # the language has no text of its own
    text: str | None  # None when the template cannot be rendered
    sms_length: SmsLength | None  # SMS only
    problems: tuple[TemplateProblem, ...]

    def to_json(self) -> dict[str, Any]:
        length = self.sms_length
        return {
            "channel": self.channel.value,
            "language": self.language,
            "uses_fallback": self.uses_fallback,
            "text": self.text,
            # SMS: length in units as the network counts them; voice: characters.
            "length": length.units if length else (len(self.text) if self.text else 0),
            "characters": len(self.text) if self.text else 0,
            "encoding": length.encoding.value if length else None,
            "parts": length.parts if length else None,
            "unicode_characters": list(length.unicode_characters) if length else [],
            "problems": [
                {"code": problem.code, "message": problem.message, "position": problem.position}
                for problem in self.problems
            ],
        }


def measure_sms_template(template: str, code_length: int, sender_name: str = "") -> SmsLength:
    """The SMS length of a template as it will be sent: each placeholder at its real length.

    What the SMS dialog's live counter shows while the administrator types.
    """
    return measure_sms(render_sample(template, Channel.SMS, code_length, sender_name))


def random_code(length: int) -> str:
    return "".join(secrets.choice("0123456789") for _ in range(length))


def parse_code(code: str, length: int) -> str:
    if not (code.isascii() and code.isdigit() and len(code) == length):
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Templates", "The code must be exactly %1 digits (the configured code length)."
        ).fill(length))
    return code


def preview_message(
    config: MfaConfig,
    general: GeneralSettings,
    channel: Channel,
    language: str,
    code: str | None = None,
    at: datetime | None = None,
) -> MessagePreview:
    """Render the configured message of ``channel`` in ``language``.

    ``code`` and ``at`` make the result exact; without them a random code and
    the current time are used, as for a real message.
    """
    if language not in general.languages:
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Templates", '"%1" is not a portal language; use one of %2.'
        ).fill(language, ", ".join(general.languages)))
    settings = config.sms if channel is Channel.SMS else config.voice
    if not MIN_CODE_LENGTH <= settings.code_length <= MAX_CODE_LENGTH:
        # A hand-edited file may hold any number: never make a code of it.
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Templates",
            "The configured code length is not between %1 and %2 digits; "
            "correct the Security settings first.",
        ).fill(MIN_CODE_LENGTH, MAX_CODE_LENGTH))
    code = random_code(settings.code_length) if code is None else parse_code(
        code, settings.code_length
    )
    at = datetime.now(UTC) if at is None else at
    template = settings.message.resolved(language, general.default_language)
    sender = (
        settings.sender_name.resolved(language, general.default_language)
        if channel is Channel.SMS
        else ""
    )
    problems = tuple(find_problems(template, channel, settings.code_length, sender))
    try:
        text = render_message(template, channel, RenderContext(code, at, sender))
    except TemplateError:
        text = None
    return MessagePreview(
        channel=channel,
        language=language,
        template=template,
        uses_fallback=settings.message.uses_fallback(language),
        text=text,
        sms_length=measure_sms(text) if channel is Channel.SMS and text is not None else None,
        problems=problems,
    )
