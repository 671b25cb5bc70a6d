"""Message templates: the placeholders of an SMS or voice message, their rules and rendering.

Syntax, as the administrator writes it:

- ``${NAME}`` is a placeholder; names are case-sensitive (``${otp}`` is unknown).
- ``${OTPDIGIT[i]}`` takes one digit; i is written in plain decimal without sign,
  spaces or leading zeros (``[01]`` is malformed, so every digit has one spelling).
- ``$$`` writes a literal ``$``. A ``$`` followed by anything else is literal text too,
  so prices like "5 $" need no escaping.
- A placeholder ends at the first ``}``; meeting another ``$`` or a line break first
  means it was never closed.

- Line breaks (``\n`` or ``\r\n``) are allowed; any other control character
  (C0, DEL, C1) is a problem: invisible in an editor, cut or refused by providers.

Lengths are Python string lengths (code points). Problem positions are 0-based
offsets into the template; messages count characters from 1, as people do.
"""

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum

from portal_manager.errors import InvalidInputError, PortalManagerError
from portal_manager.messages import QT_TRANSLATE_NOOP, Message
from portal_manager.mfa.ssml import check_ssml, is_ssml, line_and_column, text_offset


class Channel(StrEnum):
    SMS = "sms"
    VOICE = "voice"


MIN_CODE_LENGTH = 6
MAX_CODE_LENGTH = 10
MAX_RENDERED_LENGTH = {Channel.SMS: 1520, Channel.VOICE: 10000}
RECOMMENDED_PLACEHOLDER = {Channel.SMS: "${OTPFMT}", Channel.VOICE: "${OTPFMTSSML}"}

# Problems in how placeholders are written: render_message refuses these. The others
# are rules about the whole message, which the preview still renders.
SYNTAX_PROBLEM_CODES = frozenset({
    "unknown_placeholder",
    "malformed_placeholder",
    "digit_index_out_of_range",
    "placeholder_not_available",
})

_WHOLE_CODE_PLACEHOLDERS = ("${OTP}", "${OTPFMT}", "${OTPFMTSSML}")
_NAMED_PLACEHOLDERS = {
    Channel.SMS: (*_WHOLE_CODE_PLACEHOLDERS, "${from}", "${timestamp}"),
    Channel.VOICE: (*_WHOLE_CODE_PLACEHOLDERS, "${timestamp}"),
}
_OFFERED_PLACEHOLDERS = {
    Channel.SMS: ("${OTPFMT}", "${OTP}", "${OTPFMTSSML}", "${from}", "${timestamp}"),
    Channel.VOICE: ("${OTPFMTSSML}", "${OTPFMT}", "${OTP}", "${timestamp}"),
}
# Whole sentences per channel: the channel's name takes a different form in each.
_NOT_AVAILABLE = {
    Channel.SMS: QT_TRANSLATE_NOOP(
        "Templates", 'Placeholder "%1" at position %2 is not available in an SMS. Remove it.'
    ),
    Channel.VOICE: QT_TRANSLATE_NOOP(
        "Templates",
        'Placeholder "%1" at position %2 is not available in a voice message. Remove it.',
    ),
}
# %1 the length, %2 the limit; the second of each pair takes the excess as %n.
_TOO_LONG_BY_ONE = {
    Channel.SMS: QT_TRANSLATE_NOOP(
        "Templates",
        "The message is %1 characters long once the placeholders are filled in; "
        "an SMS may have at most %2. Remove 1 character.",
    ),
    Channel.VOICE: QT_TRANSLATE_NOOP(
        "Templates",
        "The message is %1 characters long once the placeholders are filled in; "
        "a voice message may have at most %2. Remove 1 character.",
    ),
}
_TOO_LONG = {
    Channel.SMS: QT_TRANSLATE_NOOP(
        "Templates",
        "The message is %1 characters long once the placeholders are filled in; "
        "an SMS may have at most %2. Remove %n characters.", None, 1,
    ),
    Channel.VOICE: QT_TRANSLATE_NOOP(
        "Templates",
        "The message is %1 characters long once the placeholders are filled in; "
        "a voice message may have at most %2. Remove %n characters.", None, 1,
    ),
}
_CONTROL_CHARACTER_MESSAGE = {
    True: QT_TRANSLATE_NOOP(
        "Templates",
        "%1 contains the control character U+%2 at position %3. "
        "Remove it; only line breaks are allowed.",
    ),
    False: QT_TRANSLATE_NOOP(
        "Templates", "%1 contains the control character U+%2 at position %3. Remove it."
    ),
}

# "$$", or "${" up to its closing brace; without one it stops before "$" or a line break.
_SPECIAL = re.compile(r"\$\$|\$\{[^}$\r\n]*\}?")
_DIGIT_PLACEHOLDER = re.compile(r"\$\{OTPDIGIT\[(0|[1-9][0-9]*)\]\}")
# Unicode category Cc (U+0000–001F, U+007F–009F) except a line break: "\n", or "\r" before "\n".
_CONTROL_CHARACTER = re.compile(r"\r(?!\n)|[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ANY_CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# A pasted binary blob would otherwise give thousands of problems; the first ones say enough.
MAX_REPORTED_CONTROL_CHARACTERS = 10
_SAMPLE_DIGITS = "1234567890"
_SAMPLE_TIMESTAMP = datetime(2025, 2, 25, 17, 33, 30, tzinfo=UTC)


@dataclass(frozen=True)
class TemplateProblem:
    """One thing wrong with a template; position and length locate it for an editor."""

    code: str
    message: Message
    position: int | None = None
    length: int = 0


@dataclass(frozen=True)
class RenderContext:
    """What the placeholders are filled in with."""

    code: str
    timestamp: datetime
    sender_name: str = ""


class TemplateError(PortalManagerError):
    """A template whose placeholders are written wrongly, so it cannot be filled in.

    ``problems`` holds at least one problem; the text has one per line.
    """

    def __init__(self, problems: list[TemplateProblem] | tuple[TemplateProblem, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__(_one_per_line([problem.message for problem in self.problems]))


def _one_per_line(messages: list[Message]) -> Message:
    """The messages on lines of their own, still one Message the UI can translate."""
    joined = messages[0]
    for message in messages[1:]:
        joined = QT_TRANSLATE_NOOP("Templates", "%1\n%2").fill(joined, message)
    return joined


@dataclass(frozen=True)
class _Text:
    """Template text sent as written (``text``), e.g. ``$$`` as ``$``."""

    position: int
    source: str
    text: str


@dataclass(frozen=True)
class _Placeholder:
    """A correctly written placeholder that this channel and code length can fill in."""

    position: int
    source: str
    digit_index: int | None = None


_Piece = _Text | _Placeholder


def placeholders_for(channel: Channel) -> tuple[str, ...]:
    """The placeholders "Add placeholder" offers, the recommended one first."""
    return _OFFERED_PLACEHOLDERS[Channel(channel)]


def sample_context(code_length: int, sender_name: str = "") -> RenderContext:
    """A context with an example code of the given length, for previews and length checks."""
    _check_code_length(code_length)
    return RenderContext(_SAMPLE_DIGITS[:code_length], _SAMPLE_TIMESTAMP, sender_name)


def format_code(code: str, channel: Channel, placeholder: str) -> str:
    """The code as ``${OTP}``, ``${OTPFMT}`` or ``${OTPFMTSSML}`` writes it."""
    if placeholder == "${OTP}":
        return code
    if placeholder == "${OTPFMTSSML}":
        return ":".join(code)
    if placeholder == "${OTPFMT}":
        return " ".join(_sms_groups(code) if Channel(channel) is Channel.SMS else code)
    raise ValueError(f"{placeholder!r} is not a placeholder for the whole code")


def render_message(template: str, channel: Channel, context: RenderContext) -> str:
    """The message to send: the template with its placeholders filled in.

    Raises TemplateError for wrongly written placeholders only; a missing code or an
    overlong result is find_problems' business, so a preview can still show it.
    """
    channel = Channel(channel)
    _check_context(context)
    pieces, problems = _parse(template, channel, len(context.code))
    if problems:
        raise TemplateError(problems)
    return "".join(_fill_in(pieces, channel, context))


def render_sample(
    template: str, channel: Channel, code_length: int, sender_name: str = ""
) -> str:
    """The template as it will be sent, with an example code of ``code_length`` digits.

    Every placeholder fills in to a length fixed by the code length and the
    sender name, so the result has exactly the length of any real message.
    Wrongly written placeholders stay as typed, so the length is still a fair
    estimate while someone is typing.
    """
    channel = Channel(channel)
    pieces, _ = _parse(template, channel, code_length)
    return "".join(_fill_in(pieces, channel, sample_context(code_length, sender_name)))


def find_problems(
    template: str, channel: Channel, code_length: int, sender_name: str = ""
) -> list[TemplateProblem]:
    """Everything wrong with a template, ordered by position (whole-message problems last)."""
    channel = Channel(channel)
    context = sample_context(code_length, sender_name)
    control_problems = control_character_problems(
        template, QT_TRANSLATE_NOOP("Templates", "The message")
    )
    if not template.strip():
        return [*control_problems, TemplateProblem("empty", QT_TRANSLATE_NOOP(
            "Templates", "The message is empty. Write the text to send, including %1."
        ).fill(RECOMMENDED_PLACEHOLDER[channel]))]

    pieces, problems = _parse(template, channel, code_length)
    problems += control_problems
    missing_code = _missing_code_problem(pieces, channel, code_length)
    if missing_code is not None:
        problems.append(missing_code)
    # Wrongly written placeholders stay as typed here, so the length is still a fair estimate.
    rendered_pieces = _fill_in(pieces, channel, context)
    rendered_length = sum(map(len, rendered_pieces))
    if rendered_length > MAX_RENDERED_LENGTH[channel]:
        problems.append(_too_long_problem(channel, rendered_length))
    if channel is Channel.VOICE and is_ssml(template):
        ssml_problem = _ssml_problem(template, pieces, rendered_pieces)
        if ssml_problem is not None:
            problems.append(ssml_problem)
    return sorted(problems, key=lambda problem: (problem.position is None, problem.position or 0))


def control_character_problems(
    text: str, subject: Message, *, line_breaks_allowed: bool = True
) -> list[TemplateProblem]:
    """A "control_character" problem for each control character (but line breaks, if allowed).

    ``subject`` starts the sentence ("The message", "The sender name"), a Message
    so that the UI translates it with the sentence.
    """
    pattern = _CONTROL_CHARACTER if line_breaks_allowed else _ANY_CONTROL_CHARACTER
    sentence = _CONTROL_CHARACTER_MESSAGE[line_breaks_allowed]
    matches = list(pattern.finditer(text))
    problems = [
        TemplateProblem(
            "control_character",
            sentence.fill(subject, f"{ord(match.group()):04X}", match.start() + 1),
            match.start(),
            1,
        )
        for match in matches[:MAX_REPORTED_CONTROL_CHARACTERS]
    ]
    unreported = len(matches) - MAX_REPORTED_CONTROL_CHARACTERS
    if unreported > 0:
        last = problems[-1]
        problems[-1] = replace(last, message=QT_TRANSLATE_NOOP(
            "Templates", "%1 %n more control character(s) follow.", None, 1
        ).fill(last.message, count=unreported))
    return problems


def _parse(
    template: str, channel: Channel, code_length: int
) -> tuple[list[_Piece], list[TemplateProblem]]:
    """The template as pieces; a wrongly written placeholder becomes text plus a problem."""
    pieces: list[_Piece] = []
    problems: list[TemplateProblem] = []
    text_start = 0
    for match in _SPECIAL.finditer(template):
        if match.start() > text_start:
            plain = template[text_start:match.start()]
            pieces.append(_Text(text_start, plain, plain))
        text_start = match.end()
        position, source = match.start(), match.group()
        if source == "$$":
            pieces.append(_Text(position, source, "$"))
            continue
        problem = _placeholder_problem(source, position, channel, code_length)
        if problem:
            problems.append(problem)
            pieces.append(_Text(position, source, source))
        else:
            digit = _DIGIT_PLACEHOLDER.fullmatch(source)
            pieces.append(_Placeholder(position, source, int(digit[1]) if digit else None))
    if text_start < len(template):
        plain = template[text_start:]
        pieces.append(_Text(text_start, plain, plain))
    return pieces, problems


def _placeholder_problem(
    source: str, position: int, channel: Channel, code_length: int
) -> TemplateProblem | None:
    def problem(code: str, message: Message, *more: object) -> TemplateProblem:
        # Every message starts with the placeholder as typed and its position.
        return TemplateProblem(
            code, message.fill(source, position + 1, *more), position, len(source)
        )

    if source in _NAMED_PLACEHOLDERS[channel]:
        return None
    digit = _DIGIT_PLACEHOLDER.fullmatch(source)
    if digit:
        # Compare lengths first: int() refuses very long digit strings.
        if len(digit[1]) <= 2 and int(digit[1]) < code_length:
            return None
        return problem(
            "digit_index_out_of_range",
            QT_TRANSLATE_NOOP(
                "Templates",
                'Placeholder "%1" at position %2 asks for a digit the code does not have. '
                "A code of %3 digits has ${OTPDIGIT[0]} to ${OTPDIGIT[%4]}.",
            ),
            code_length, code_length - 1,
        )
    if source in _NAMED_PLACEHOLDERS[Channel.SMS]:
        return problem("placeholder_not_available", _NOT_AVAILABLE[channel])
    if not source.endswith("}"):
        return problem("malformed_placeholder", QT_TRANSLATE_NOOP(
            "Templates",
            'Placeholder "%1" at position %2 is not closed. Add "}" after the name, '
            'or write "$$" for a literal "$".',
        ))
    name = source[2:-1]
    if name.startswith("OTPDIGIT"):
        return problem(
            "malformed_placeholder",
            QT_TRANSLATE_NOOP(
                "Templates",
                'Malformed placeholder "%1" at position %2. Write ${OTPDIGIT[i]} with i a number '
                "from 0 to %3, without spaces or leading zeros.",
            ),
            code_length - 1,
        )
    if not name:
        return problem(
            "malformed_placeholder",
            QT_TRANSLATE_NOOP(
                "Templates",
                'Empty placeholder "%1" at position %2. Write a name between the braces, '
                'e.g. %3, or write "$$" for a literal "$".',
            ),
            RECOMMENDED_PLACEHOLDER[channel],
        )
    return problem(
        "unknown_placeholder",
        QT_TRANSLATE_NOOP("Templates", 'Unknown placeholder "%1" at position %2. %3'),
        _suggest(name, channel),
    )


def _suggest(name: str, channel: Channel) -> Message:
    known = _NAMED_PLACEHOLDERS[channel]
    for placeholder in known:
        if placeholder[2:-1].casefold() == name.strip().casefold():
            return QT_TRANSLATE_NOOP(
                "Templates",
                'Did you mean "%1"? Placeholders are case-sensitive and have no spaces.',
            ).fill(placeholder)
    return QT_TRANSLATE_NOOP(
        "Templates", 'Use one of %1 or ${OTPDIGIT[i]}, or write "$$" for a literal "$".'
    ).fill(", ".join(known))


def _missing_code_problem(
    pieces: list[_Piece], channel: Channel, code_length: int
) -> TemplateProblem | None:
    placeholders = [piece for piece in pieces if isinstance(piece, _Placeholder)]
    if any(piece.source in _WHOLE_CODE_PLACEHOLDERS for piece in placeholders):
        return None
    present = {piece.digit_index for piece in placeholders}
    missing = [f"${{OTPDIGIT[{i}]}}" for i in range(code_length) if i not in present]
    if not missing:
        return None
    recommended = RECOMMENDED_PLACEHOLDER[channel]
    if len(missing) == code_length:
        others = ", ".join(p for p in _WHOLE_CODE_PLACEHOLDERS if p != recommended)
        message = QT_TRANSLATE_NOOP(
            "Templates", "The message does not contain the code. Add %1 (or %2)."
        ).fill(recommended, others)
    else:
        message = QT_TRANSLATE_NOOP(
            "Templates",
            "The message does not contain the whole code: %1 missing. "
            "Add them, or use %2 instead.",
        ).fill(", ".join(missing), recommended)
    return TemplateProblem("missing_code", message)


def _too_long_problem(channel: Channel, rendered_length: int) -> TemplateProblem:
    limit = MAX_RENDERED_LENGTH[channel]
    excess = rendered_length - limit
    # English has no plural rule of its own here, so one too many has its own sentence.
    if excess == 1:
        message = _TOO_LONG_BY_ONE[channel].fill(rendered_length, limit)
    else:
        message = _TOO_LONG[channel].fill(rendered_length, limit, count=excess)
    return TemplateProblem("too_long", message)


def _ssml_problem(
    template: str, pieces: list[_Piece], rendered_pieces: list[str]
) -> TemplateProblem | None:
    rendered = "".join(rendered_pieces)
    problem = check_ssml(rendered)
    if problem is None:
        return None
    # Report where the administrator typed it, not where it lands after filling in.
    rendered_offset = text_offset(rendered, problem.line, problem.column)
    position, length = _template_span(pieces, rendered_pieces, rendered_offset, len(template))
    line, column = line_and_column(template, position)
    located = replace(problem, line=line, column=column)
    return TemplateProblem("ssml_not_well_formed", located.message, position, length)


def _template_span(
    pieces: list[_Piece], rendered_pieces: list[str], rendered_offset: int, template_length: int
) -> tuple[int, int]:
    """Template position and length of the piece producing a rendered offset."""
    rendered_start = 0
    for piece, rendered in zip(pieces, rendered_pieces, strict=True):
        if rendered_offset < rendered_start + len(rendered):
            if isinstance(piece, _Text) and piece.source == piece.text:
                return piece.position + rendered_offset - rendered_start, 1
            return piece.position, len(piece.source)
        rendered_start += len(rendered)
    return template_length, 0


def _fill_in(pieces: list[_Piece], channel: Channel, context: RenderContext) -> list[str]:
    return [
        piece.text if isinstance(piece, _Text) else _value(piece, channel, context)
        for piece in pieces
    ]


def _value(placeholder: _Placeholder, channel: Channel, context: RenderContext) -> str:
    if placeholder.digit_index is not None:
        return context.code[placeholder.digit_index]
    if placeholder.source == "${from}":
        return context.sender_name
    if placeholder.source == "${timestamp}":
        return _format_timestamp(context.timestamp)
    return format_code(context.code, channel, placeholder.source)


def _sms_groups(code: str) -> list[str]:
    """Groups of 3 or 4 digits whose sizes differ by at most one, shorter groups first."""
    group_count = max(1, -(-len(code) // 4))
    size, longer_groups = divmod(len(code), group_count)
    sizes = [size] * (group_count - longer_groups) + [size + 1] * longer_groups
    groups, start = [], 0
    for group_size in sizes:
        groups.append(code[start:start + group_size])
        start += group_size
    return groups


def _format_timestamp(timestamp: datetime) -> str:
    # isoformat pads the year to four digits, so the result is always 20 characters.
    in_utc = timestamp.astimezone(UTC).replace(tzinfo=None, microsecond=0)
    return f"{in_utc.isoformat()}Z"


def _check_code_length(code_length: int) -> None:
    if not MIN_CODE_LENGTH <= code_length <= MAX_CODE_LENGTH:
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Templates", "The code length must be %1 to %2 digits."
        ).fill(MIN_CODE_LENGTH, MAX_CODE_LENGTH))


def _check_context(context: RenderContext) -> None:
    # The code is a secret, so the messages never quote it.
    code = context.code
    if not (code.isascii() and code.isdigit()) or not (
        MIN_CODE_LENGTH <= len(code) <= MAX_CODE_LENGTH
    ):
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Templates", "The verification code must be %1 to %2 digits 0–9."
        ).fill(MIN_CODE_LENGTH, MAX_CODE_LENGTH))
    if context.timestamp.utcoffset() is None:
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Templates", "The message timestamp must include its time zone (UTC)."
        ))
