"""The seven.io provider against a small real HTTP server on 127.0.0.1.

The server records every request and answers what the test tells it to: a
canned status and body, a slow answer, or a dropped connection after reading
the request. A refused connection is a port nothing listens on.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

from portal_manager.errors import InvalidInputError
from portal_manager.providers.base import (
    Balance,
    MaybeSentError,
    Provider,
    ProviderError,
    ProviderUnreachableError,
    SendResult,
)
from portal_manager.providers.seven import (
    BASE_URL_VARIABLE,
    DEFAULT_BASE_URL,
    SevenProvider,
    return_code_message,
)

API_KEY = "sk-test-Zq8vW3nX1pL7rT5y"
CODE = "493817"
NUMBER = "+4917612345678"
SMS_TEXT = f"Your Portal code is {CODE}. It is valid for 5 minutes."

SMS_ANSWER = {
    "success": "100", "total_price": 0.075, "balance": 12.34, "debug": "false",
    "sms_type": "direct",
    "messages": [{"id": "77229318280", "sender": "Portal", "recipient": "4917612345678",
                  "text": "...", "encoding": "gsm", "parts": 1, "price": 0.075,
                  "success": True, "error": None, "error_text": None}],
}


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def form(self) -> dict[str, list[str]]:
        return parse_qs(self.body.decode("utf-8"), keep_blank_values=True)


@dataclass
class Script:
    """What the server does with the next requests; the last step repeats."""

    status: int = 200
    body: bytes = json.dumps(SMS_ANSWER).encode()
    delay: float = 0.0
    drop: bool = False
    requests: list[Recorded] = field(default_factory=list)


def serve(server: ThreadingHTTPServer) -> None:
    server.daemon_threads = True
    # a short poll keeps shutdown() quick
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02},
                     daemon=True).start()


class FakeSeven:
    def __init__(self) -> None:
        self.script = Script()
        script = self.script

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                script.requests.append(Recorded(
                    self.command, self.path, {k.lower(): v for k, v in self.headers.items()},
                    body))
                if script.drop:
                    self.close_connection = True
                    return
                if script.delay:
                    time.sleep(script.delay)
                try:
                    self.send_response(script.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(script.body)))
                    self.end_headers()
                    self.wfile.write(script.body)
                except OSError:  # the client gave up waiting (the slow answer)
                    self.close_connection = True

            do_GET = _handle
            do_POST = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/api"
        serve(self.server)

    def answer(self, body: bytes | str | dict, status: int = 200) -> None:
        if isinstance(body, dict):
            body = json.dumps(body)
        self.script.body = body.encode() if isinstance(body, str) else body
        self.script.status = status

    @property
    def requests(self) -> list[Recorded]:
        return self.script.requests

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def seven() -> Iterator[FakeSeven]:
    server = FakeSeven()
    yield server
    server.stop()


@pytest.fixture
def provider(seven: FakeSeven) -> Iterator[SevenProvider]:
    made = SevenProvider(seven.base_url, connect_timeout=2, read_timeout=0.5)
    yield made
    made.close()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def send_test_sms(provider: SevenProvider, sender: str | None = "Portal") -> SendResult:
    return provider.send_sms(API_KEY, NUMBER, SMS_TEXT, sender, ttl_minutes=5)


# -- the request -----------------------------------------------------------------------------


def test_an_sms_is_a_form_post_to_sms_with_the_key_in_the_header_only(seven, provider):
    send_test_sms(provider)

    [request] = seven.requests
    assert (request.method, request.path) == ("POST", "/api/sms")
    assert request.headers["x-api-key"] == API_KEY
    assert request.headers["accept"] == "application/json"
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert "authorization" not in request.headers
    assert request.form == {"to": [NUMBER], "text": [SMS_TEXT], "from": ["Portal"],
                            "ttl": ["5"]}


@pytest.mark.parametrize("sender", [None, ""])
def test_an_empty_sender_name_leaves_from_out(seven, provider, sender):
    send_test_sms(provider, sender=sender)

    assert "from" not in seven.requests[0].form


def test_unicode_text_arrives_as_sent(seven, provider):
    text = f"Ihr Code: {CODE} – gültig 5 Minuten 😀"
    provider.send_sms(API_KEY, NUMBER, text, None, ttl_minutes=10)

    assert seven.requests[0].form["text"] == [text]
    assert seven.requests[0].form["ttl"] == ["10"]


def test_a_voice_call_is_a_form_post_to_voice_with_the_ssml_as_rendered(seven, provider):
    ssml = f'<speak><voice name="de-de-female">Ihr Code: {CODE}</voice></speak>'

    provider.start_voice_call(API_KEY, NUMBER, ssml)

    [request] = seven.requests
    assert (request.method, request.path) == ("POST", "/api/voice")
    assert request.headers["x-api-key"] == API_KEY
    assert request.headers["accept"] == "application/json"
    assert request.form == {"to": [NUMBER], "text": [ssml]}


def test_the_balance_is_a_get_without_a_body(seven, provider):
    seven.answer({"amount": 12.34, "currency": "EUR"})

    assert provider.check_credentials(API_KEY) == Balance(12.34, "EUR")

    [request] = seven.requests
    assert (request.method, request.path, request.body) == ("GET", "/api/balance", b"")
    assert request.headers["x-api-key"] == API_KEY


def test_the_base_url_comes_from_the_environment(seven, monkeypatch):
    monkeypatch.setenv(BASE_URL_VARIABLE, seven.base_url + "/")
    seven.answer({"amount": 1, "currency": "EUR"})

    SevenProvider().check_credentials(API_KEY)

    assert seven.requests[0].path == "/api/balance"


def test_without_the_environment_the_base_url_is_seven_io(monkeypatch):
    monkeypatch.delenv(BASE_URL_VARIABLE, raising=False)

    assert SevenProvider().base_url == DEFAULT_BASE_URL == "https://gateway.seven.io/api"


def test_the_provider_fulfils_the_interface():
    assert isinstance(SevenProvider("http://127.0.0.1:9"), Provider)
    assert SevenProvider.name == "seven.io"


# -- the answer -------------------------------------------------------------------------------


def test_the_json_answer_gives_id_parts_price_and_balance(provider):
    assert send_test_sms(provider) == SendResult(
        message_id="77229318280", parts=1, price=0.075, balance=12.34)


def test_the_parts_of_a_long_sms_are_counted(seven, provider):
    seven.answer(dict(SMS_ANSWER, messages=[dict(SMS_ANSWER["messages"][0], parts=3)]))

    assert send_test_sms(provider).parts == 3


def test_a_bare_100_is_accepted_without_details(seven, provider):
    seven.answer("100\n")

    assert send_test_sms(provider) == SendResult(None, None, None, None)


def test_the_voice_answer_is_read_like_the_sms_answer(provider):
    result = provider.start_voice_call(API_KEY, NUMBER, f"Your code is {CODE}")

    assert result.message_id == "77229318280"
    assert result.price == 0.075


def test_http_200_with_the_body_900_is_the_rejected_key(seven, provider):
    seven.answer("900", status=200)

    with pytest.raises(ProviderError) as refused:
        send_test_sms(provider)

    assert refused.value.code == "900"
    assert str(refused.value).startswith("seven.io rejected the API key (900)")


def test_a_bare_900_also_fails_the_balance_check(seven, provider):
    seven.answer("900")

    with pytest.raises(ProviderError, match=r"rejected the API key \(900\)"):
        provider.check_credentials(API_KEY)


def test_a_json_answer_with_a_return_code_is_refused(seven, provider):
    seven.answer(dict(SMS_ANSWER, success="500", messages=[]))

    with pytest.raises(ProviderError, match=r"Not enough credit.*\(500\)") as refused:
        send_test_sms(provider)
    assert refused.value.code == "500"


def test_a_refused_message_inside_an_accepted_answer_is_refused(seven, provider):
    message = dict(SMS_ANSWER["messages"][0], success=False, error="202")
    seven.answer(dict(SMS_ANSWER, messages=[message]))

    with pytest.raises(ProviderError, match=r"recipient number is invalid \(202\)"):
        send_test_sms(provider)


REFERENCE_CODES = {
    "101": "some recipients only (101)",
    "11": "temporarily unavailable (11)",
    "201": "refused the sender name (201)",
    "202": "recipient number is invalid (202)",
    "301": "no recipient number (301)",
    "305": "no message text (305)",
    "401": "too long for seven.io (401)",
    "402": "within 180 seconds (402)",
    "403": "daily limit for this recipient number is reached (403)",
    "500": "Not enough credit on the seven.io account (500)",
    "600": "could not deliver the message (600)",
    "700": "unknown error (700)",
    "900": "rejected the API key (900)",
    "901": "rejected the request signature (901)",
    "902": "may not use this part of the seven.io API (902)",
    "903": "IP address (903)",
}


@pytest.mark.parametrize(("code", "meaning"), REFERENCE_CODES.items())
def test_every_return_code_of_the_reference_has_its_message(seven, provider, code, meaning):
    seven.answer(code)

    with pytest.raises(ProviderError) as refused:
        send_test_sms(provider)

    assert refused.value.code == code
    assert meaning in str(refused.value)
    assert str(refused.value) == return_code_message(code)
    assert str(refused.value).endswith(".")  # a whole sentence that says what to do


def test_an_unknown_return_code_is_named_and_refused(seven, provider):
    seven.answer("999")

    with pytest.raises(ProviderError, match="return code 999") as refused:
        send_test_sms(provider)
    assert refused.value.code == "999"


def test_a_4xx_without_a_return_code_is_a_refusal(seven, provider):
    seven.answer("<html>Forbidden</html>", status=403)

    with pytest.raises(ProviderError, match=r"HTTP 403") as refused:
        send_test_sms(provider)
    assert refused.value.code is None


def test_an_answer_that_is_not_json_may_have_been_sent(seven, provider):
    seven.answer("<html>proxy page</html>")

    with pytest.raises(MaybeSentError, match="may have been sent"):
        send_test_sms(provider)


def test_an_unreadable_balance_answer_says_so(seven, provider):
    seven.answer({"amount": "lots"})

    with pytest.raises(ProviderError, match="could not be understood"):
        provider.check_credentials(API_KEY)


# -- failures: never sent twice ------------------------------------------------------------


def test_a_5xx_after_a_send_may_have_been_sent_and_is_not_retried(seven, provider):
    seven.answer("Bad gateway", status=502)

    with pytest.raises(MaybeSentError, match=r"HTTP 502.*may have been sent"):
        send_test_sms(provider)
    assert len(seven.requests) == 1


def test_a_read_timeout_gives_exactly_one_request_and_may_have_been_sent(seven, provider):
    seven.script.delay = 2.0  # the provider waits 0.5 s

    with pytest.raises(MaybeSentError, match="may have been sent"):
        send_test_sms(provider)
    assert len(seven.requests) == 1


def test_a_dropped_connection_gives_exactly_one_request_and_may_have_been_sent(seven, provider):
    seven.script.drop = True

    with pytest.raises(MaybeSentError, match="may have been sent"):
        provider.start_voice_call(API_KEY, NUMBER, f"Your code is {CODE}")
    assert len(seven.requests) == 1


def test_a_dropped_balance_check_is_not_called_sent(seven, provider):
    seven.script.drop = True

    with pytest.raises(ProviderUnreachableError, match="connection broke"):
        provider.check_credentials(API_KEY)


def test_a_refused_connection_is_tried_twice_then_reported(caplog):
    provider = SevenProvider(f"http://127.0.0.1:{closed_port()}/api", connect_timeout=1)

    with caplog.at_level(logging.DEBUG), pytest.raises(
            ProviderUnreachableError, match="nothing was sent"):
        send_test_sms(provider)

    retries = [r for r in caplog.records if "trying once more" in r.getMessage()]
    assert len(retries) == 1


class _StartServerOnRetry(logging.Handler):
    """Starts the fake gateway on the refused port the moment the provider says it retries."""

    def __init__(self, port: int) -> None:
        super().__init__()
        self.port = port
        self.server: ThreadingHTTPServer | None = None
        self.fake: FakeSeven | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if "trying once more" in record.getMessage() and self.fake is None:
            self.fake = FakeSeven()
            # move the fake onto the port that refused the first attempt
            self.fake.server.shutdown()
            self.fake.server.server_close()
            handler = self.fake.server.RequestHandlerClass
            self.fake.server = ThreadingHTTPServer(("127.0.0.1", self.port), handler)
            serve(self.fake.server)


def test_after_a_refused_connection_the_second_attempt_sends_once():
    port = closed_port()
    starter = _StartServerOnRetry(port)
    logger = logging.getLogger("portal_manager.providers.seven")
    logger.addHandler(starter)
    try:
        result = send_test_sms(SevenProvider(f"http://127.0.0.1:{port}/api"))
    finally:
        logger.removeHandler(starter)
        if starter.fake is not None:
            starter.fake.stop()

    assert result.message_id == "77229318280"
    assert starter.fake is not None and len(starter.fake.requests) == 1


def test_a_url_that_cannot_be_used_is_a_clear_message():
    with pytest.raises(ProviderUnreachableError, match=BASE_URL_VARIABLE):
        SevenProvider("gateway.example/api").check_credentials(API_KEY)


@pytest.mark.parametrize("suffix", ["\n", " ", "\t/x"])
def test_a_url_with_a_line_break_or_space_is_refused_before_anything_is_sent(seven, suffix):
    """As pasted into an export line: it went out as ".../api\n/balance" and came back as
    "HTTP 404 … check the API key", which sent people looking in the wrong place."""
    with pytest.raises(ProviderUnreachableError, match=BASE_URL_VARIABLE):
        SevenProvider(seven.base_url + suffix).check_credentials(API_KEY)
    assert seven.requests == []


# -- checks before sending ------------------------------------------------------------------


@pytest.mark.parametrize("number", ["017612345678", "+49 176 12345678", "", "+0123456789"])
def test_a_number_not_in_e164_is_refused_before_sending(seven, provider, number):
    with pytest.raises(InvalidInputError, match=r"E\.164"):
        provider.send_sms(API_KEY, number, SMS_TEXT, None, ttl_minutes=5)
    assert seven.requests == []


@pytest.mark.parametrize("key", ["", " " + API_KEY, API_KEY + "\n", "a\r\nX-Evil: 1"])
def test_a_damaged_api_key_is_refused_before_sending_and_not_quoted(seven, provider, key):
    with pytest.raises(InvalidInputError) as refused:
        provider.send_sms(key, NUMBER, SMS_TEXT, None, ttl_minutes=5)
    assert seven.requests == []
    assert API_KEY not in str(refused.value)


def test_a_too_long_text_is_refused_before_sending(seven, provider):
    with pytest.raises(InvalidInputError, match="at most 1520"):
        provider.send_sms(API_KEY, NUMBER, "x" * 1521, None, ttl_minutes=5)
    assert seven.requests == []


# -- secrets ---------------------------------------------------------------------------------


def _everything_said(error: BaseException) -> str:
    return "".join(traceback.format_exception(error)) + repr(error)


@pytest.mark.parametrize("situation", ["accepted", "refused", "5xx", "dropped", "slow"])
def test_neither_the_key_nor_the_code_reaches_a_log_or_an_exception(
        seven, provider, caplog, situation):
    if situation == "refused":
        seven.answer("900")
    elif situation == "5xx":
        seven.answer("oops", status=500)
    elif situation == "dropped":
        seven.script.drop = True
    elif situation == "slow":
        seven.script.delay = 2.0

    with caplog.at_level(logging.DEBUG):  # every logger: ours, requests, urllib3
        try:
            send_test_sms(provider)
            provider.start_voice_call(API_KEY, NUMBER, SMS_TEXT)
            said = ""
        except Exception as error:
            said = _everything_said(error)

    assert caplog.records  # the logging under test happened
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    for secret in (API_KEY, CODE):
        assert secret not in logged
        assert secret not in said
