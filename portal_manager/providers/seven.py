"""The seven.io provider: SMS, voice calls and the balance over seven.io's HTTP API.

The contract followed is /work/shared/reference/seven-io-api.md (the project's
summary of seven.io's documentation): ``POST /sms``, ``POST /voice`` and
``GET /balance`` under a base URL, the key in the ``X-Api-Key`` header only,
JSON answers or a bare return code in the body (even with HTTP 200).

Why the failures are told apart so carefully: a send that may have reached
seven.io costs money and may already be on a phone, so it is never repeated
automatically. Only a failure to connect - nothing was written - is tried once
more. Neither the API key nor the message text (it carries a code) is ever
logged or put into an exception, and exceptions are raised outside the
``except`` blocks so that no chained ``requests`` exception (which holds the
request and its headers) travels with them.
"""

from __future__ import annotations

import logging
import math
import os
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

import requests
import urllib3.exceptions

from portal_manager.errors import InvalidInputError, PortalManagerError
from portal_manager.messages import QT_TRANSLATE_NOOP, Message
from portal_manager.portal.json_input import JsonInputError, parse_json
from portal_manager.providers.base import (
    Balance,
    MaybeSentError,
    ProviderError,
    ProviderUnreachableError,
    SendResult,
)
from portal_manager.providers.endpoints import BASE_URL_VARIABLE, DEFAULT_BASE_URL

CONNECT_TIMEOUT_SECONDS = 5.0
READ_TIMEOUT_SECONDS = 30.0  # a voice call is answered once it is queued, well within this
MAX_ANSWER_BYTES = 1 << 20
MAX_SMS_TEXT = 1520
MAX_VOICE_TEXT = 10_000
MAX_TTL_MINUTES = 2880  # seven.io's default and longest useful time to keep trying
ACCEPTED = "100"

_E164 = re.compile(r"\+[1-9][0-9]{6,14}")
_RETURN_CODE = re.compile(r"[0-9]{1,6}")

log = logging.getLogger(__name__)

_CODE_MESSAGES: dict[str, Message] = {
    "101": QT_TRANSLATE_NOOP(
        "Providers", "seven.io sent the message to some recipients only (101). Check the "
        "number and the seven.io journal before trying again."),
    "11": QT_TRANSLATE_NOOP(
        "Providers", "The carrier is temporarily unavailable (11). Try again later."),
    "201": QT_TRANSLATE_NOOP(
        "Providers", "seven.io refused the sender name (201). Use at most 11 letters and "
        "digits or 16 digits, or leave the sender name empty."),
    "202": QT_TRANSLATE_NOOP(
        "Providers", "The recipient number is invalid (202). Enter the number in "
        "international format, e.g. +49 176 12345678."),
    "301": QT_TRANSLATE_NOOP(
        "Providers", "seven.io received no recipient number (301). Enter a phone number."),
    "305": QT_TRANSLATE_NOOP(
        "Providers", "seven.io received no message text (305). Check the message template."),
    "401": QT_TRANSLATE_NOOP(
        "Providers", "The message text is too long for seven.io (401). Shorten the message "
        "template."),
    "402": QT_TRANSLATE_NOOP(
        "Providers", "seven.io refused the same message a second time within 180 seconds "
        "(402). Wait three minutes and try again."),
    "403": QT_TRANSLATE_NOOP(
        "Providers", "The daily limit for this recipient number is reached (403). Try again "
        "tomorrow or use another number."),
    "500": QT_TRANSLATE_NOOP(
        "Providers", "Not enough credit on the seven.io account (500). Top up the balance "
        "at seven.io."),
    "600": QT_TRANSLATE_NOOP(
        "Providers", "The carrier could not deliver the message (600). Check the number or "
        "try again later."),
    "700": QT_TRANSLATE_NOOP(
        "Providers", "seven.io reported an unknown error (700). Try again later; if it "
        "persists, contact seven.io support."),
    "900": QT_TRANSLATE_NOOP(
        "Providers", "seven.io rejected the API key (900). Check the key stored in the "
        "login information store."),
    "901": QT_TRANSLATE_NOOP(
        "Providers", "seven.io rejected the request signature (901). Turn off request "
        "signing for this API key in the seven.io dashboard."),
    "902": QT_TRANSLATE_NOOP(
        "Providers", "This API key may not use this part of the seven.io API (902). Give "
        "the key the rights for SMS, voice and balance in the seven.io dashboard."),
    "903": QT_TRANSLATE_NOOP(
        "Providers", "seven.io does not accept requests from this computer's IP address "
        "(903). Add the address to the key's allowed IPs in the seven.io dashboard."),
}


def return_code_message(code: str) -> Message:
    """The message for a return code other than 100 ("accepted")."""
    known = _CODE_MESSAGES.get(code)
    if known is not None:
        return known
    return QT_TRANSLATE_NOOP(
        "Providers", "seven.io refused the request with return code %1. Look the code up "
        "in seven.io's documentation.").fill(code)


def _refusal(code: str) -> ProviderError:
    return ProviderError(return_code_message(code), code=code)


class SevenProvider:
    """seven.io through its HTTP API, on one ``requests.Session``.

    ``base_url`` defaults to ``$PORTAL_MANAGER_SEVEN_BASE_URL`` or seven.io's
    own. The API key is passed in on each call and only ever placed in the
    ``X-Api-Key`` header of that one request.
    """

    name = "seven.io"

    def __init__(self, base_url: str | None = None, *,
                 connect_timeout: float = CONNECT_TIMEOUT_SECONDS,
                 read_timeout: float = READ_TIMEOUT_SECONDS) -> None:
        self.base_url = (base_url or os.environ.get(BASE_URL_VARIABLE)
                         or DEFAULT_BASE_URL).rstrip("/")
        self.timeout = (connect_timeout, read_timeout)
        self._session = requests.Session()
        self._session.headers.update({
            "Accept": "application/json",
            "User-Agent": "portal-manager",
        })

    def close(self) -> None:
        """Close the session's connections."""
        self._session.close()

    # -- the provider interface ---------------------------------------------------------

    def send_sms(self, api_key: str, to: str, text: str, sender: str | None,
                 ttl_minutes: int) -> SendResult:
        _check_recipient(to)
        _check_text(text, MAX_SMS_TEXT)
        if not 1 <= ttl_minutes <= MAX_TTL_MINUTES:
            raise InvalidInputError(QT_TRANSLATE_NOOP(
                "Providers", "The SMS validity must be 1 to %1 minutes.").fill(MAX_TTL_MINUTES))
        form = {"to": to, "text": text, "ttl": str(ttl_minutes)}
        if sender:
            form["from"] = sender
        return _send_result(self._send("sms", api_key, form))

    def start_voice_call(self, api_key: str, to: str, text: str) -> SendResult:
        _check_recipient(to)
        _check_text(text, MAX_VOICE_TEXT)
        return _send_result(self._send("voice", api_key, {"to": to, "text": text}))

    def check_credentials(self, api_key: str) -> Balance:
        _check_key(api_key)
        body = self._request("GET", "balance", api_key, None, may_send=False)
        return _balance(body)

    # -- the requests ----------------------------------------------------------------------

    def _send(self, path: str, api_key: str, form: dict[str, str]) -> str | dict[str, Any]:
        _check_key(api_key)
        return self._request("POST", path, api_key, form, may_send=True)

    def _request(self, method: str, path: str, api_key: str, form: dict[str, str] | None,
                 *, may_send: bool) -> str | dict[str, Any]:
        """The answer's body: a bare return code or a JSON object.

        ``may_send``: the request sends something, so a failure after it was
        written means "may have been sent" and is never repeated.
        """
        url = f"{self.base_url}/{path}"
        # requests would send a space or line break (e.g. pasted with the variable) as part
        # of the path, and the 404 that comes back reads like a problem with the API key.
        if any(char.isspace() or not char.isprintable() for char in url):
            raise _failure_error(_Failure.BAD_URL, may_send)
        outcome = self._attempt(method, url, api_key, form)
        if outcome is _Failure.CONNECT:  # nothing was written, so once more is safe
            log.warning("seven.io could not be reached; trying once more")
            outcome = self._attempt(method, url, api_key, form)
        if isinstance(outcome, _Failure):
            log.info("seven.io %s /%s failed: %s", method, path, outcome.value)
            raise _failure_error(outcome, may_send)
        log.debug("seven.io %s /%s: HTTP %s", method, path, outcome.status)
        return _body(outcome, may_send)

    def _attempt(self, method: str, url: str, api_key: str,
                 form: dict[str, str] | None) -> _Answer | _Failure:
        # No redirects: requests would carry the X-Api-Key header to any host.
        try:
            response = self._session.request(
                method, url, data=form, headers={"X-Api-Key": api_key},
                timeout=self.timeout, stream=True, allow_redirects=False)
            with response:
                return _Answer(response.status_code, _read_bounded(response))
        except requests.exceptions.SSLError:
            return _Failure.TLS
        except requests.exceptions.ConnectTimeout:
            return _Failure.CONNECT
        except requests.exceptions.ConnectionError as error:
            return _Failure.CONNECT if _failed_to_connect(error) else _Failure.AFTER_WRITE
        except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                requests.exceptions.InvalidSchema):
            return _Failure.BAD_URL
        except _AnswerTooLarge:
            return _Failure.AFTER_WRITE
        except requests.exceptions.RequestException:
            # read timeout, a body cut short, anything after the request went out
            return _Failure.AFTER_WRITE


@dataclass(frozen=True)
class _Answer:
    status: int
    body: bytes


class _Failure(Enum):
    """What went wrong before there was a usable answer (nothing from the request)."""

    CONNECT = "no connection was made"
    TLS = "no secure connection was made"
    BAD_URL = "the base URL is not usable"
    AFTER_WRITE = "the request may have been written"


class _AnswerTooLarge(Exception):
    pass


def _read_bounded(response: requests.Response) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(64 * 1024):
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            raise _AnswerTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def _failed_to_connect(error: requests.exceptions.ConnectionError) -> bool:
    """True when the connection was never made, so nothing was written."""
    reason = error.args[0] if error.args else None
    if isinstance(reason, urllib3.exceptions.MaxRetryError):
        reason = reason.reason
    return isinstance(reason, (urllib3.exceptions.NewConnectionError,
                               urllib3.exceptions.ConnectTimeoutError,
                               urllib3.exceptions.NameResolutionError))


def _failure_error(failure: _Failure, may_send: bool) -> PortalManagerError:
    if failure == _Failure.CONNECT:
        return ProviderUnreachableError(QT_TRANSLATE_NOOP(
            "Providers", "seven.io could not be reached; nothing was sent. Check the internet "
            "connection or proxy and try again."))
    if failure == _Failure.TLS:
        return ProviderUnreachableError(QT_TRANSLATE_NOOP(
            "Providers", "No secure connection to seven.io could be made; nothing was sent. "
            "Check the computer's clock and the company proxy's certificates."))
    if failure == _Failure.BAD_URL:
        return ProviderUnreachableError(QT_TRANSLATE_NOOP(
            "Providers", "The seven.io address is not a valid URL; nothing was sent. Correct "
            "or remove the environment variable %1.").fill(BASE_URL_VARIABLE))
    if may_send:
        return MaybeSentError(QT_TRANSLATE_NOOP(
            "Providers", "The connection to seven.io failed after the request was sent: the "
            "message may have been sent. Check the phone and the seven.io journal before "
            "trying again."))
    return ProviderUnreachableError(QT_TRANSLATE_NOOP(
        "Providers", "seven.io did not answer in time or the connection broke. Try again "
        "later."))


def _body(answer: _Answer, may_send: bool) -> str | dict[str, Any]:
    """A bare return code or a JSON object; errors for anything else."""
    if answer.status >= 500:
        raise _server_error(answer.status, may_send)
    text = answer.body.strip().decode("ascii", "replace")
    if _RETURN_CODE.fullmatch(text):
        return text
    try:
        parsed = parse_json(answer.body)
    except JsonInputError:
        parsed = None
    if isinstance(parsed, dict) and answer.status < 400:
        return parsed
    if answer.status >= 400:
        raise ProviderError(QT_TRANSLATE_NOOP(
            "Providers", "seven.io refused the request (HTTP %1). Check the API key and try "
            "again later.").fill(answer.status))
    raise _unreadable(may_send)


def _server_error(status: int, may_send: bool) -> PortalManagerError:
    if may_send:
        return MaybeSentError(QT_TRANSLATE_NOOP(
            "Providers", "seven.io had a server error (HTTP %1): the message may have been "
            "sent. Check the phone and the seven.io journal before trying again.").fill(status))
    return ProviderUnreachableError(QT_TRANSLATE_NOOP(
        "Providers", "seven.io had a server error (HTTP %1). Try again later.").fill(status))


def _unreadable(may_send: bool) -> PortalManagerError:
    if may_send:
        return MaybeSentError(QT_TRANSLATE_NOOP(
            "Providers", "seven.io's answer could not be understood: the message may have been "
            "sent. Check the phone and the seven.io journal before trying again."))
    return ProviderError(QT_TRANSLATE_NOOP(
        "Providers", "seven.io's answer could not be understood. Check that %1 points to "
        "seven.io or a compatible gateway.").fill(BASE_URL_VARIABLE))


# -- reading the answers -------------------------------------------------------------------


def _send_result(body: str | dict[str, Any]) -> SendResult:
    if isinstance(body, str):
        if body != ACCEPTED:
            raise _refusal(body)
        return SendResult(message_id=None, parts=None, price=None, balance=None)
    success = body.get("success")
    if success is not None and str(success) != ACCEPTED:
        raise _refusal(_code_text(success) or "700")
    listed = body.get("messages")
    messages = [m for m in listed if isinstance(m, dict)] if isinstance(listed, list) else []
    refused = next((m for m in messages if m.get("success") is False), None)
    if refused is not None:
        raise _refusal(_code_text(refused.get("error")) or "700")
    first = messages[0] if messages else {}
    parts = [_whole_number(m.get("parts")) for m in messages]
    return SendResult(
        message_id=_identifier(first.get("id")),
        parts=sum(parts) if parts and None not in parts else None,
        price=_amount(body.get("total_price")),
        balance=_amount(body.get("balance")),
    )


def _balance(body: str | dict[str, Any]) -> Balance:
    if isinstance(body, str):
        raise _refusal(body)
    amount = _amount(body.get("amount"))
    currency = body.get("currency")
    if amount is None or not isinstance(currency, str) or not 1 <= len(currency) <= 8:
        raise _unreadable(may_send=False)
    return Balance(amount=amount, currency=currency)


def _code_text(value: object) -> str:
    """A return code from the answer, or "" if it does not look like one (never echoed raw)."""
    text = str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    return text if _RETURN_CODE.fullmatch(text) else ""


def _identifier(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = str(value)
    return text if 0 < len(text) <= 64 and text.isprintable() else None


def _amount(value: object) -> float | None:
    """A price or balance: a JSON number or a numeric string (older answers use them)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        amount = float(value)
    except ValueError:
        return None
    return amount if math.isfinite(amount) else None


def _whole_number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    return int(value) if isinstance(value, str) and value.isdigit() and len(value) < 6 else None


# -- checks before anything is sent ---------------------------------------------------------


def _check_key(api_key: str) -> None:
    # A key with a line break or other control character would be refused by
    # requests with an exception that quotes the header: refuse it here, unquoted.
    if not api_key or not api_key.isprintable() or api_key != api_key.strip():
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Providers", "The seven.io API key is empty or contains spaces or control "
            "characters. Store the key again, copied exactly from the seven.io dashboard."))


def _check_recipient(to: str) -> None:
    if not _E164.fullmatch(to):
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Providers", "The phone number must be in international E.164 format, e.g. "
            "+4917612345678."))


def _check_text(text: str, limit: int) -> None:
    if not text.strip():
        raise InvalidInputError(QT_TRANSLATE_NOOP("Providers", "The message text is empty."))
    if len(text) > limit:
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Providers", "The message text has %1 characters; seven.io accepts at most %2. "
            "Shorten the message template.").fill(len(text), limit))
