"""Time-based one-time passwords for the authentication app (PRODUCT.md §3.1).

Secrets, the ``otpauth://`` Key URI and its QR code, code generation
(RFC 4226 HOTP, RFC 6238 TOTP) and the verifier behind the test enrolment
dialog: ±1 time step, no replay, a pause after five wrong codes.

Error messages never contain the secret, since they end up in message boxes,
terminals and logs.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import io
import re
import secrets
import struct
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote

from portal_manager.errors import InvalidInputError
from portal_manager.messages import QT_TRANSLATE_NOOP, Message


class TotpAlgorithm(StrEnum):
    SHA1 = "SHA1"
    SHA256 = "SHA256"
    SHA512 = "SHA512"


ALLOWED_DIGITS = (6, 8)
ALLOWED_PERIODS = (30, 60)


@dataclass(frozen=True)
class TotpParameters:
    """Digits, period and algorithm; the defaults are what every app supports."""

    digits: int = 6
    period: int = 30
    algorithm: TotpAlgorithm = TotpAlgorithm.SHA1

    def __post_init__(self) -> None:
        # Values arrive from the command line and settings files, so check them once here.
        if self.digits not in ALLOWED_DIGITS:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Totp", "The number of digits must be 6 or 8.")
            )
        if self.period not in ALLOWED_PERIODS:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Totp", "The period must be 30 or 60 seconds.")
            )
        try:
            algorithm = TotpAlgorithm(str(self.algorithm).upper())
        except ValueError:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Totp", "The algorithm must be SHA1, SHA256 or SHA512.")
            ) from None
        object.__setattr__(self, "algorithm", algorithm)

    def is_default(self) -> bool:
        return self == DEFAULT_PARAMETERS


DEFAULT_PARAMETERS = TotpParameters()

SECRET_BITS = 160
# RFC 4226 §4 requires at least 128 bits and recommends 160; we generate 160 but
# accept down to 80 bits, which is what many existing accounts use.
_MIN_SECRET_BYTES = 10
_BASE32 = re.compile(r"[A-Z2-7]+")


def new_secret() -> str:
    """A fresh random secret of SECRET_BITS bits, base32 without padding (32 characters)."""
    return base64.b32encode(secrets.token_bytes(SECRET_BITS // 8)).decode("ascii").rstrip("=")


def group_secret(secret: str) -> str:
    """The secret in groups of four characters, easier to read and type."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def normalize_secret(text: str) -> str:
    """The secret as apps expect it: upper case base32 without spaces, hyphens or padding.

    Raises InvalidInputError if it is not base32 or shorter than 80 bits.
    """
    secret = "".join(text.split()).replace("-", "").upper().rstrip("=")
    if not secret:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Totp", "The secret is empty."))
    if not _BASE32.fullmatch(secret):
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Totp", "The secret may contain only the letters A–Z and the digits 2–7 (base32)."
        ))
    try:
        key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    except binascii.Error:
        # Lengths 1, 3 and 6 (mod 8) cannot come from encoding whole bytes.
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Totp", "The secret has the wrong number of characters; a character may be missing."
        )) from None
    if len(key) < _MIN_SECRET_BYTES:
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Totp", "The secret is too short: it must have at least 16 characters (80 bits)."
        ))
    return secret


def _key(secret: str) -> bytes:
    secret = normalize_secret(secret)
    return base64.b32decode(secret + "=" * (-len(secret) % 8))


# An e-mail address, the usual account name, has at most 254 characters (RFC 5321).
MAX_ACCOUNT_LENGTH = 254
# What the largest QR code (version 40) holds at error correction M in byte mode.
QR_MAX_BYTES = 2331
# Cc: control characters such as tabs and line breaks; Cf: invisible formatting such
# as right-to-left overrides, which make an app show a label other than the real one;
# Zl/Zp: line and paragraph separators; Cs: lone surrogates from undecodable bytes.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


@dataclass(frozen=True)
class _LabelMessages:
    """The problems of one part of a Key URI label, each a whole sentence to translate."""

    empty: Message
    colon: Message
    invisible: Message  # %1: the position of the character


_LABEL_MESSAGES = {
    "account name": _LabelMessages(
        QT_TRANSLATE_NOOP("Totp", "The account name must not be empty."),
        QT_TRANSLATE_NOOP(
            "Totp",
            "The account name must not contain a colon (Key URI format); "
            "please remove it or use another character.",
        ),
        QT_TRANSLATE_NOOP(
            "Totp",
            "The account name must not contain control or invisible characters such as tabs "
            "or line breaks (character %1 is one); please remove it.",
        ),
    ),
    "issuer": _LabelMessages(
        QT_TRANSLATE_NOOP("Totp", "The issuer must not be empty."),
        QT_TRANSLATE_NOOP(
            "Totp",
            "The issuer must not contain a colon (Key URI format); "
            "please remove it or use another character.",
        ),
        QT_TRANSLATE_NOOP(
            "Totp",
            "The issuer must not contain control or invisible characters such as tabs "
            "or line breaks (character %1 is one); please remove it.",
        ),
    ),
}


def label_problem(value: str, what: str) -> Message | None:
    """Why ``value`` cannot be the issuer or account name of a Key URI, or None.

    ``what`` names the value in the message: "account name" or "issuer". The
    message never repeats the value.
    """
    messages = _LABEL_MESSAGES[what]
    if not value.strip():
        return messages.empty
    if ":" in value:
        # The label is ISSUER:ACCOUNT, so a colon would split it in the wrong place.
        return messages.colon
    for position, char in enumerate(value, start=1):
        if unicodedata.category(char) in _INVISIBLE_CATEGORIES:
            return messages.invisible.fill(position)
    return None


def account_problem(account: str) -> Message | None:
    """Why ``account`` cannot be the account name of a Key URI, or None."""
    if len(account) > MAX_ACCOUNT_LENGTH:
        return QT_TRANSLATE_NOOP(
            "Totp", "The account name has %1 characters; at most %2 are allowed. Please shorten it."
        ).fill(len(account), MAX_ACCOUNT_LENGTH)
    return label_problem(account, "account name")


def qr_capacity_problem(data: str) -> Message | None:
    """Why ``data`` does not fit in a QR code, or None."""
    size = len(data.encode("utf-8", "surrogatepass"))
    if size > QR_MAX_BYTES:
        return QT_TRANSLATE_NOOP(
            "Totp",
            "The text for the QR code is %1 bytes long, but a QR code holds at most %2. "
            "Please shorten the account name or the issuer.",
        ).fill(size, QR_MAX_BYTES)
    return None


def otpauth_uri(
    issuer: str, account: str, secret: str, parameters: TotpParameters = DEFAULT_PARAMETERS
) -> str:
    """The Key URI that authenticator apps read from a QR code.

    Parameters are added only where they differ from the default, because some
    apps refuse URIs with parameters they do not know. Raises InvalidInputError
    for an issuer or account name a Key URI cannot carry, and for a URI too long
    for a QR code.
    """
    problem = label_problem(issuer, "issuer") or account_problem(account)
    if problem:
        raise InvalidInputError(problem)
    # quote, not urlencode: some apps show a "+" literally instead of a space.
    issuer_q = quote(issuer, safe="")
    uri = (
        f"otpauth://totp/{issuer_q}:{quote(account, safe='')}"
        f"?secret={normalize_secret(secret)}&issuer={issuer_q}"
    )
    if parameters.algorithm != DEFAULT_PARAMETERS.algorithm:
        uri += f"&algorithm={parameters.algorithm.value}"
    if parameters.digits != DEFAULT_PARAMETERS.digits:
        uri += f"&digits={parameters.digits}"
    if parameters.period != DEFAULT_PARAMETERS.period:
        uri += f"&period={parameters.period}"
    if problem := qr_capacity_problem(uri):
        raise InvalidInputError(problem)
    return uri


def qr_png(uri: str, box_size: int = 8) -> bytes:
    """A PNG image of the QR code for ``uri`` (error correction M, 4-module quiet zone).

    Raises InvalidInputError when ``uri`` is too long for a QR code.
    """
    if problem := qr_capacity_problem(uri):
        raise InvalidInputError(problem)
    # Imported here: qrcode brings PIL, which only QR codes need (the app starts faster).
    import qrcode
    import qrcode.constants
    import qrcode.exceptions
    import qrcode.image.pil

    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        box_size=box_size,
        border=4,
        image_factory=qrcode.image.pil.PilImage,
    )
    try:
        code.add_data(uri)
        code.make(fit=True)
    except (ValueError, qrcode.exceptions.DataOverflowError):
        # Our byte count is the library's worst case; this is only a safety net.
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Totp", "The text for the QR code is too long for a QR code (at most %1 bytes)."
        ).fill(QR_MAX_BYTES)) from None
    buffer = io.BytesIO()
    code.make_image().save(buffer, format="PNG")
    return buffer.getvalue()


def hotp(
    key: bytes, counter: int, digits: int = 6, algorithm: TotpAlgorithm = TotpAlgorithm.SHA1
) -> str:
    """RFC 4226 HOTP value of raw ``key`` for ``counter``, zero-padded to ``digits``."""
    if not 0 <= counter < 2**64:
        raise ValueError("the HOTP counter must fit in 8 unsigned bytes")
    if not 6 <= digits <= 10:
        raise ValueError("HOTP codes have 6 to 10 digits")
    mac = hmac.digest(key, struct.pack(">Q", counter), algorithm.value.lower())
    # Dynamic truncation (RFC 4226 §5.3): the low nibble of the last byte picks 4 bytes.
    offset = mac[-1] & 0x0F
    value = int.from_bytes(mac[offset : offset + 4], "big") & 0x7FFFFFFF
    return str(value % 10**digits).zfill(digits)


def _time_step(at: float, period: int) -> int:
    return int(at // period)


def generate_code(secret: str, parameters: TotpParameters, at: float) -> str:
    """The RFC 6238 code for Unix time ``at``."""
    counter = _time_step(at, parameters.period)
    return hotp(_key(secret), counter, parameters.digits, parameters.algorithm)


def _clean_code(code: str, digits: int) -> str | None:
    """The code without spaces, or None if it is not exactly ``digits`` ASCII digits."""
    code = "".join(code.split())
    # isdigit() alone would also accept e.g. Arabic-Indic digits and superscripts.
    if len(code) != digits or not (code.isascii() and code.isdigit()):
        return None
    return code


def _matching_steps(
    key: bytes, code: str, parameters: TotpParameters, at: float, window: int
) -> list[int]:
    """Time steps within ±window of ``at`` whose code equals ``code``."""
    now = _time_step(at, parameters.period)
    matches = []
    # Check every step without stopping early, so timing does not tell which matched.
    for step in range(max(0, now - window), now + window + 1):
        expected = hotp(key, step, parameters.digits, parameters.algorithm)
        if hmac.compare_digest(expected, code):
            matches.append(step)
    return matches


class CheckResult(StrEnum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    REPLAYED = "replayed"
    PAUSED = "paused"
    MALFORMED = "malformed"


class TotpVerifier:
    """Checks codes for one secret, as the test enrolment dialog does.

    - A code is accepted within WINDOW time steps either side of now.
    - A code for a step at or before the last accepted one is REPLAYED: each
      code works once, and an older code cannot follow a newer one.
    - After MAX_WRONG failed attempts in a row, check() returns PAUSED for
      PAUSE_SECONDS without looking at the code; then the count starts again.
      MALFORMED input counts as a failed attempt (the rule stays simple: five
      failures pause). REPLAYED does not: the person did type a right code.
      ACCEPTED resets the count.
    """

    MAX_WRONG = 5
    PAUSE_SECONDS = 30
    WINDOW = 1

    def __init__(
        self,
        secret: str,
        parameters: TotpParameters = DEFAULT_PARAMETERS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._key = _key(secret)
        self._parameters = parameters
        self._clock = clock
        self._wrong = 0
        self._paused_until: float | None = None
        self._last_accepted_step: int | None = None

    @property
    def wrong_attempts(self) -> int:
        """Failed attempts in a row so far (0 again once a pause is over)."""
        self._end_pause_if_over(self._clock())
        return self._wrong

    def pause_remaining(self) -> float:
        """Seconds left of the pause, 0 if checking is not paused."""
        now = self._clock()
        self._end_pause_if_over(now)
        return 0.0 if self._paused_until is None else self._paused_until - now

    def check(self, code: str) -> CheckResult:
        now = self._clock()
        self._end_pause_if_over(now)
        if self._paused_until is not None:
            return CheckResult.PAUSED
        cleaned = _clean_code(code, self._parameters.digits)
        if cleaned is None:
            self._count_failure(now)
            return CheckResult.MALFORMED
        steps = _matching_steps(self._key, cleaned, self._parameters, now, self.WINDOW)
        last = self._last_accepted_step
        fresh = [step for step in steps if last is None or step > last]
        if fresh:
            self._last_accepted_step = fresh[0]
            self._wrong = 0
            return CheckResult.ACCEPTED
        if steps:
            return CheckResult.REPLAYED
        self._count_failure(now)
        return CheckResult.WRONG

    def _count_failure(self, now: float) -> None:
        self._wrong += 1
        if self._wrong >= self.MAX_WRONG:
            self._paused_until = now + self.PAUSE_SECONDS

    def _end_pause_if_over(self, now: float) -> None:
        if self._paused_until is not None and now >= self._paused_until:
            self._paused_until = None
            self._wrong = 0


def verify_once(
    secret: str,
    code: str,
    parameters: TotpParameters = DEFAULT_PARAMETERS,
    at: float | None = None,
) -> bool:
    """Whether ``code`` is right within ±1 time step of ``at`` (default: now).

    Stateless, for the command line: no replay protection and no pause.
    """
    cleaned = _clean_code(code, parameters.digits)
    if cleaned is None:
        return False
    moment = time.time() if at is None else at
    return bool(_matching_steps(_key(secret), cleaned, parameters, moment, TotpVerifier.WINDOW))
