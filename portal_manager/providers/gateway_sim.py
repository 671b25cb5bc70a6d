"""A seven.io-compatible gateway on 127.0.0.1, for tests and for trying the app without an account.

It follows /work/shared/reference/seven-io-api.md as the real gateway documents it: the API key
in `X-Api-Key` (or `Authorization: Basic <raw key>` / `Bearer <key>`), `POST /sms`, `POST /voice`
and `GET /balance` under the base path `/api`, form-encoded or JSON bodies, JSON answers when the
client asks for them and bare-number return codes otherwise (errors always come back as a bare
number with HTTP 200, as the real one may answer).

It keeps an outbox of every API request (the API key masked), and can be told to answer the next
request with a return code, slowly, or not at all (the connection dropped after the request was
read). Control it from Python (`fail_next`, `delay_next`, `hold_next`, `drop_next`) or over HTTP:
`POST /__control` with a JSON object, `GET /__outbox`, `DELETE /__outbox`.

It never binds anything but 127.0.0.1 and never prints what was sent.
"""

from __future__ import annotations

import json
import re
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from portal_manager.mfa.sms_length import SmsEncoding, measure_sms
from portal_manager.portal.json_input import (
    JsonInputError,
    expect_object,
    parse_json,
    refuse_unknown_keys,
)
from portal_manager.providers.endpoints import API_PATH, CONTROL_PATH, OUTBOX_PATH

HOST = "127.0.0.1"
MASK = "***"

MAX_SMS_TEXT = 1520
MAX_VOICE_TEXT = 10000
MAX_ALPHANUMERIC_SENDER = 11
MAX_NUMERIC_SENDER = 16
MAX_BODY_BYTES = 1024 * 1024
RELOAD_LOCK_SECONDS = 180.0
PRICE_PER_SMS_PART = 0.075
PRICE_PER_VOICE_CALL = 0.045
CURRENCY = "EUR"

SUCCESS = 100
CODE_INVALID_SENDER = 201
CODE_INVALID_RECIPIENT = 202
CODE_TO_MISSING = 301
CODE_TEXT_MISSING = 305
CODE_TEXT_TOO_LONG = 401
CODE_RELOAD_LOCK = 402
CODE_INSUFFICIENT_CREDIT = 500
CODE_UNKNOWN_ERROR = 700
CODE_AUTHENTICATION_FAILED = 900

# The return codes of the reference table; any other integer may be injected too.
RETURN_CODES = {
    100: "accepted",
    101: "sent to some recipients only",
    11: "carrier temporarily unavailable",
    201: "invalid sender",
    202: "invalid recipient",
    301: "to missing",
    305: "text missing",
    401: "text too long",
    402: "reload lock: the same SMS within 180 seconds",
    403: "daily limit reached for this number",
    500: "insufficient credit",
    600: "carrier delivery failed",
    700: "unknown error",
    900: "authentication failed: invalid API key",
    901: "request signature invalid",
    902: "API disabled for this key / missing rights",
    903: "server IP not allowed",
}

_E164 = re.compile(r"\+?[1-9][0-9]{6,14}")
_NUMERIC_SENDER = re.compile(r"\+?[0-9]{1,16}")
# The product's sender rule (PRODUCT.md §3.2), which the real gateway accepts.
_ALPHANUMERIC_SENDER = re.compile(r"[A-Za-z0-9 .\-_&!()+$,/@]{1,11}")
_KEY_HEADERS = ("x-api-key", "authorization")
_KEY_QUERY_PARAMETER = "p"


@dataclass(frozen=True)
class PlannedAnswer:
    """How to treat the next API request instead of answering it normally."""

    fail_code: int | None = None
    fail_as_json: bool = False
    delay_seconds: float = 0.0
    hold: bool = False
    drop: bool = False


class GatewaySimulator:
    """A running seven.io-compatible HTTP server on 127.0.0.1.

    ``api_keys``: the keys it accepts; ``None`` accepts any non-empty key (for trying the app).
    ``reload_lock_seconds``: refuse the same SMS (recipient and text) again within this time with
    402, as the real gateway does; 0 turns it off so tests may send one text twice.
    ``on_request_done``: called (on the server's thread) with a copy of each outbox entry once
    it is answered or dropped.
    """

    def __init__(
        self,
        api_keys: set[str] | frozenset[str] | None = None,
        port: int = 0,
        *,
        balance: float = 12.34,
        reload_lock_seconds: float = 0.0,
        on_request_done: Callable[[dict[str, Any]], None] | None = None,
    ) -> None:
        self.api_keys = frozenset(api_keys) if api_keys is not None else None
        self.balance = balance
        self.reload_lock_seconds = reload_lock_seconds
        self._on_request_done = on_request_done
        self._requested_port = port
        self._lock = threading.Lock()
        self._plans: deque[PlannedAnswer] = deque()
        self._outbox: list[dict[str, Any]] = []
        self._recent_sms: dict[tuple[str, str], float] = {}
        self._next_id = 77229318280
        self._stopping = threading.Event()
        self._released = threading.Event()
        self._request_arrived = threading.Condition(self._lock)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- life cycle -------------------------------------------------------------------------

    def start(self) -> GatewaySimulator:
        server = _GatewayServer((HOST, self._requested_port), _handler_for(self))
        self._server = server
        self._stopping.clear()
        # A short poll interval: stop() (and every test's teardown) waits for one poll.
        self._thread = threading.Thread(
            target=server.serve_forever, args=(0.02,), name="gateway-sim", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; requests that are waiting (delay, hold) are let go at once."""
        if self._server is None:
            return
        self._stopping.set()
        self._released.set()
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join()
        self._server = None
        self._thread = None

    def __enter__(self) -> GatewaySimulator:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def address(self) -> tuple[str, int]:
        if self._server is None:
            raise RuntimeError("The gateway simulator is not running; call start() first.")
        host, port = self._server.server_address[:2]
        return str(host), int(port)

    @property
    def port(self) -> int:
        return self.address[1]

    @property
    def root_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def base_url(self) -> str:
        """What PORTAL_MANAGER_SEVEN_BASE_URL should be set to."""
        return self.root_url + API_PATH

    @property
    def outbox_url(self) -> str:
        return self.root_url + OUTBOX_PATH

    @property
    def control_url(self) -> str:
        return self.root_url + CONTROL_PATH

    # -- control ------------------------------------------------------------------------------

    def fail_next(self, code: int, *, as_json: bool = False) -> None:
        """Answer the next API request with this return code (a bare number unless ``as_json``)."""
        self._plan(PlannedAnswer(fail_code=int(code), fail_as_json=as_json))

    def delay_next(self, seconds: float) -> None:
        """Answer the next API request normally, but only after ``seconds``."""
        self._plan(PlannedAnswer(delay_seconds=float(seconds)))

    def hold_next(self) -> None:
        """Keep the next API request waiting until `release()` (or `stop()`): a slow answer
        without a clock in the test."""
        self._released.clear()
        self._plan(PlannedAnswer(hold=True))

    def release(self) -> None:
        self._released.set()

    def drop_next(self) -> None:
        """Read the next API request completely, record it, then close the connection unanswered."""
        self._plan(PlannedAnswer(drop=True))

    def _plan(self, plan: PlannedAnswer) -> None:
        with self._lock:
            self._plans.append(plan)

    def _take_plan(self) -> PlannedAnswer:
        with self._lock:
            return self._plans.popleft() if self._plans else PlannedAnswer()

    # -- the outbox ---------------------------------------------------------------------------

    @property
    def outbox(self) -> list[dict[str, Any]]:
        """A copy of every API request received, oldest first (API keys masked)."""
        with self._lock:
            return json.loads(json.dumps(self._outbox))

    def clear_outbox(self) -> None:
        with self._lock:
            self._outbox.clear()

    def wait_for_requests(self, count: int, timeout: float = 10.0) -> bool:
        """True once the outbox holds at least ``count`` requests; False after ``timeout``."""
        with self._request_arrived:
            return self._request_arrived.wait_for(lambda: len(self._outbox) >= count, timeout)

    def _record(self, entry: dict[str, Any]) -> None:
        with self._request_arrived:
            self._outbox.append(entry)
            self._request_arrived.notify_all()

    def _note(self, entry: dict[str, Any], **facts: Any) -> None:
        with self._lock:
            entry.update(facts)
            done = json.loads(json.dumps(entry))
        if self._on_request_done is not None:
            self._on_request_done(done)

    # -- the API ------------------------------------------------------------------------------

    def _key_accepted(self, key: str | None) -> bool:
        if not key:
            return False
        return self.api_keys is None or key in self.api_keys

    def _answer_api(self, endpoint: str, parameters: dict[str, str]) -> tuple[int, dict | None]:
        """The return code and, on success, the JSON answer for one authenticated request."""
        if endpoint == "balance":
            with self._lock:
                return SUCCESS, {"amount": round(self.balance, 4), "currency": CURRENCY}
        if endpoint == "sms":
            return self._send(parameters, max_text=MAX_SMS_TEXT, max_alphanumeric_sender=True)
        return self._send(parameters, max_text=MAX_VOICE_TEXT, max_alphanumeric_sender=False)

    def _send(
        self, parameters: dict[str, str], *, max_text: int, max_alphanumeric_sender: bool
    ) -> tuple[int, dict | None]:
        recipients = [part.strip() for part in parameters.get("to", "").split(",") if part.strip()]
        text = parameters.get("text", "")
        sender = parameters.get("from", "")
        problem = _send_problem(recipients, text, sender, max_text, max_alphanumeric_sender)
        if problem is not None:
            return problem, None
        is_sms = max_alphanumeric_sender
        if is_sms:
            length = measure_sms(text)
            encoding = "gsm" if length.encoding is SmsEncoding.GSM7 else "ucs2"
            parts, unit_price = length.parts, PRICE_PER_SMS_PART
        else:
            parts, encoding, unit_price = 1, None, PRICE_PER_VOICE_CALL
        price = round(parts * unit_price, 4)
        debug = parameters.get("debug", "") in {"1", "true"}
        with self._lock:
            if is_sms and self._reload_locked(recipients, text):
                return CODE_RELOAD_LOCK, None
            total = round(price * len(recipients), 4)
            if not debug and total > self.balance:
                return CODE_INSUFFICIENT_CREDIT, None
            if not debug:
                self.balance = round(self.balance - total, 4)
            messages = []
            for recipient in recipients:
                self._next_id += 1
                message = {
                    "id": str(self._next_id),
                    "sender": sender or "seven.io",
                    "recipient": recipient.lstrip("+"),
                    "text": text,
                    "parts": parts,
                    "price": price,
                    "success": True,
                    "error": None,
                    "error_text": None,
                }
                if encoding is not None:
                    message["encoding"] = encoding
                messages.append(message)
            answer = {
                "success": str(SUCCESS),
                "total_price": total,
                "balance": self.balance,
                "debug": "true" if debug else "false",
                "messages": messages,
            }
            if is_sms:
                answer["sms_type"] = "direct"
            return SUCCESS, answer

    def _reload_locked(self, recipients: list[str], text: str) -> bool:
        """The real gateway refuses the same SMS within 180 s; remember this one otherwise."""
        if self.reload_lock_seconds <= 0:
            return False
        now = time.monotonic()
        keys = [(recipient.lstrip("+"), text) for recipient in recipients]
        if any(now - self._recent_sms.get(key, -1e18) < self.reload_lock_seconds for key in keys):
            return True
        for key in keys:
            self._recent_sms[key] = now
        return False

    # -- the HTTP control API -----------------------------------------------------------------

    def apply_control(self, raw: bytes) -> dict[str, Any]:
        """Apply a `POST /__control` body, e.g. ``{"fail_next": 900}``; the new state as JSON.

        Keys: ``fail_next`` (a return code), ``fail_next_as_json`` (bool, with fail_next),
        ``delay_next`` (seconds), ``drop_next`` (true), ``release`` (true), ``balance`` (a number),
        ``clear_outbox`` (true). Raises JsonInputError for anything else.
        """
        try:
            body = parse_json(raw)
        except JsonInputError as error:  # it says "is corrupt …": complete the sentence
            raise JsonInputError(f"The control request {error}") from None
        control = expect_object(body, "the control request")
        refuse_unknown_keys(control, _CONTROL_KEYS, "the control request")
        # Everything is checked before anything changes: a refused request plans nothing.
        for name in _CONTROL_SWITCHES & control.keys():
            if not isinstance(control[name], bool):
                raise JsonInputError(f"The control request says {name} is {control[name]!r}; "
                                     "true or false was expected.")
        if "fail_next_as_json" in control and "fail_next" not in control:
            raise JsonInputError("The control request has fail_next_as_json without fail_next; "
                                 "send both, e.g. {\"fail_next\": 900, \"fail_next_as_json\": "
                                 "true}.")
        code = _return_code(control["fail_next"]) if "fail_next" in control else None
        delay = (_number(control["delay_next"], "delay_next", MAX_CONTROL_DELAY_SECONDS)
                 if "delay_next" in control else None)
        balance = (_number(control["balance"], "balance", MAX_CONTROL_BALANCE)
                   if "balance" in control else None)
        if balance is not None:
            with self._lock:
                self.balance = balance
        if code is not None:
            self.fail_next(code, as_json=control.get("fail_next_as_json", False))
        if delay is not None:
            self.delay_next(delay)
        if control.get("drop_next") is True:
            self.drop_next()
        if control.get("release") is True:
            self.release()
        if control.get("clear_outbox") is True:
            self.clear_outbox()
        with self._lock:
            return {"balance": self.balance, "planned": len(self._plans)}


_CONTROL_KEYS = frozenset(
    {"fail_next", "fail_next_as_json", "delay_next", "drop_next", "release", "balance",
     "clear_outbox"}
)


_CONTROL_SWITCHES = frozenset({"fail_next_as_json", "drop_next", "release", "clear_outbox"})
# Bounds that keep a typo from holding a request for ever or overflowing a timer.
MAX_CONTROL_DELAY_SECONDS = 3600
MAX_CONTROL_BALANCE = 1_000_000_000
MAX_RETURN_CODE = 99_999


def _number(value: object, name: str, highest: float) -> float:
    if (isinstance(value, bool) or not isinstance(value, int | float)
            or not 0 <= value <= highest):  # also refuses NaN and infinity
        raise JsonInputError(f"The control request says {name} is {value!r}; a number from 0 "
                             f"to {highest:,} was expected.")
    return float(value)


def _return_code(value: object) -> int:
    # Any integer may be injected (a client must cope with codes it does not know),
    # but a code is a whole number of at most five digits.
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_RETURN_CODE:
        raise JsonInputError(f"The control request says fail_next is {value!r}; a return code "
                             f"(a whole number from 0 to {MAX_RETURN_CODE}, e.g. 900) was "
                             "expected.")
    return value


def _send_problem(
    recipients: list[str], text: str, sender: str, max_text: int, is_sms: bool
) -> int | None:
    """The return code the real gateway gives for a malformed send, or None if it is fine."""
    if not recipients:
        return CODE_TO_MISSING
    if not text:
        return CODE_TEXT_MISSING
    if len(text) > max_text:
        return CODE_TEXT_TOO_LONG
    if sender and not _sender_allowed(sender, alphanumeric_allowed=is_sms):
        return CODE_INVALID_SENDER
    if not all(_E164.fullmatch(recipient) for recipient in recipients):
        return CODE_INVALID_RECIPIENT
    return None


def _sender_allowed(sender: str, *, alphanumeric_allowed: bool) -> bool:
    if _NUMERIC_SENDER.fullmatch(sender):
        return len(sender.lstrip("+")) <= MAX_NUMERIC_SENDER
    return alphanumeric_allowed and _ALPHANUMERIC_SENDER.fullmatch(sender) is not None


def _api_key(headers: Any) -> str | None:
    key = headers.get("X-Api-Key")
    if key:
        return key.strip()
    authorization = headers.get("Authorization") or ""
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() in {"basic", "bearer"} and value.strip():
        return value.strip()
    return None


def _masked_headers(headers: Any) -> dict[str, str]:
    masked = {}
    for name, value in headers.items():
        if name.lower() == "authorization":
            scheme = value.partition(" ")[0]
            masked[name] = f"{scheme} {MASK}"
        elif name.lower() in _KEY_HEADERS:
            masked[name] = MASK
        else:
            masked[name] = value
    return masked


class _GatewayServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that went away (or stalled past the timeout) is no error of the
        # simulator: each printed a traceback on the console of portal-manager gateway.
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


def _handler_for(simulator: GatewaySimulator) -> type[BaseHTTPRequestHandler]:
    class Handler(_GatewayHandler):
        gateway = simulator

    return Handler


class _GatewayHandler(BaseHTTPRequestHandler):
    gateway: GatewaySimulator
    protocol_version = "HTTP/1.1"  # keep-alive, as the real gateway: clients reuse connections
    # The headers and the body go out as two writes; with Nagle's algorithm the body waited
    # for the client's delayed ACK of the headers: 40 ms on every request of a reused
    # connection (bench/sending.py).
    disable_nagle_algorithm = True
    server_version = "seven-gateway-sim"
    timeout = 30  # an idle keep-alive connection does not hold a thread for ever

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: a request line or body may carry what must not reach a log."""

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        url = urlsplit(self.path)
        body = self._read_body()
        if body is None:
            return
        if url.path == OUTBOX_PATH:
            self._serve_outbox()
        elif url.path == CONTROL_PATH and self.command == "POST":
            self._serve_control(body)
        elif url.path.startswith(API_PATH + "/"):
            self._serve_api(url.path[len(API_PATH) + 1 :], url.query, body)
        else:
            self._reply(HTTPStatus.NOT_FOUND, b"Not Found", "text/plain")

    def _read_body(self) -> bytes | None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY_BYTES:
            self._reply(HTTPStatus.BAD_REQUEST, b"Bad Content-Length", "text/plain")
            self.close_connection = True
            return None
        body = self.rfile.read(length) if length else b""
        if len(body) < length:
            # The client went away mid-body: what came is not the request (a control request
            # was applied and an SMS recorded from the part that came).
            self.close_connection = True
            return None
        return body

    # -- /__outbox and /__control -----------------------------------------------------------

    def _serve_outbox(self) -> None:
        if self.command == "DELETE":
            self.gateway.clear_outbox()
        self._reply_json(HTTPStatus.OK, self.gateway.outbox)

    def _serve_control(self, body: bytes) -> None:
        try:
            state = self.gateway.apply_control(body)
        except JsonInputError as error:
            # Each message names the control request itself, once.
            text = str(error)
            self._reply_json(HTTPStatus.BAD_REQUEST, {"error": text[:1].upper() + text[1:]})
            return
        self._reply_json(HTTPStatus.OK, state)

    # -- /api/… ------------------------------------------------------------------------------

    def _serve_api(self, endpoint: str, query: str, body: bytes) -> None:
        query_parameters = dict(parse_qsl(query, keep_blank_values=True))
        key_in_url = _KEY_QUERY_PARAMETER in query_parameters
        parameters = {**query_parameters, **self._body_parameters(body)}
        key = _api_key(self.headers)
        entry = {
            "method": self.command,
            "path": urlsplit(self.path).path,
            "endpoint": endpoint,
            "headers": _masked_headers(self.headers),
            "parameters": {
                name: (MASK if name == _KEY_QUERY_PARAMETER else value)
                for name, value in parameters.items()
            },
            "api_key_in_url": key_in_url,
            "authenticated": self.gateway._key_accepted(key),
            "time": time.time(),
            "answer_code": None,  # None: not answered (yet, or dropped)
            "dropped": False,
        }
        self.gateway._record(entry)
        plan = self.gateway._take_plan()
        if not self._wait_as_planned(plan):
            self.gateway._note(entry, dropped=True)
            return
        code, answer = self._api_answer(endpoint, parameters, key, key_in_url, plan)
        self.gateway._note(entry, answer_code=code)
        if answer is None or (code != SUCCESS and not self._wants_json()):
            # The real gateway's error form, even with HTTP 200 and a JSON content type.
            self._reply(HTTPStatus.OK, str(code).encode(), "application/json")
        else:
            self._reply_api_answer(endpoint, answer)

    def _wait_as_planned(self, plan: PlannedAnswer) -> bool:
        """False if the connection is to be dropped (or the simulator stops) instead."""
        if plan.hold:
            self.gateway._released.wait()
        if plan.delay_seconds:
            self.gateway._stopping.wait(plan.delay_seconds)
        if plan.drop or self.gateway._stopping.is_set():
            self.close_connection = True
            self.connection.close()
            return False
        return True

    def _api_answer(
        self,
        endpoint: str,
        parameters: dict[str, str],
        key: str | None,
        key_in_url: bool,
        plan: PlannedAnswer,
    ) -> tuple[int, dict | None]:
        if plan.fail_code is not None:
            if plan.fail_as_json and plan.fail_code != SUCCESS:
                return plan.fail_code, _json_failure(plan.fail_code, self.gateway.balance)
            return plan.fail_code, None
        # The deprecated `p=` key leaks into logs: refused here so that a client using it fails.
        if key_in_url or not self.gateway._key_accepted(key):
            return CODE_AUTHENTICATION_FAILED, None
        if endpoint not in {"sms", "voice", "balance"}:
            return CODE_UNKNOWN_ERROR, None
        expected_method = "GET" if endpoint == "balance" else "POST"
        if self.command != expected_method:
            return CODE_UNKNOWN_ERROR, None
        return self.gateway._answer_api(endpoint, parameters)

    def _body_parameters(self, body: bytes) -> dict[str, str]:
        if not body:
            return {}
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        try:
            if content_type == "application/json":
                value = json.loads(body.decode("utf-8"))
                if not isinstance(value, dict):
                    return {}
                return {str(name): _parameter_text(item) for name, item in value.items()}
            return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        except (UnicodeDecodeError, ValueError):
            return {}

    def _wants_json(self) -> bool:
        return "application/json" in (self.headers.get("Accept") or "").lower()

    def _reply_api_answer(self, endpoint: str, answer: dict) -> None:
        if self._wants_json():
            self._reply_json(HTTPStatus.OK, answer)
        elif endpoint == "balance":
            self._reply(HTTPStatus.OK, str(answer["amount"]).encode(), "text/plain")
        else:
            # The text form: the return code, then each message id (as the real `details=0`).
            lines = [answer["success"]] + [message["id"] for message in answer["messages"]]
            self._reply(HTTPStatus.OK, "\n".join(lines).encode(), "text/plain")

    def _reply_json(self, status: HTTPStatus, value: Any) -> None:
        self._reply(status, json.dumps(value).encode("utf-8"), "application/json")

    def _reply(self, status: HTTPStatus, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _parameter_text(value: object) -> str:
    """A JSON body's value as the form-encoded text the gateway would see."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, list):
        return ",".join(_parameter_text(item) for item in value)
    if value is None:
        return ""
    return str(value)


def _json_failure(code: int, balance: float) -> dict[str, Any]:
    return {
        "success": str(code),
        "total_price": 0,
        "balance": balance,
        "debug": "false",
        "messages": [],
        "error_text": RETURN_CODES.get(code, "unknown error"),
    }
