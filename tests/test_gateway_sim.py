"""The seven.io-compatible gateway: a real HTTP server on 127.0.0.1, spoken to with `requests`."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests

from portal_manager.providers.gateway_sim import RETURN_CODES, GatewaySimulator
from tests.gateway import SEVEN_BASE_URL_ENV, SEVEN_TEST_API_KEY
from tests.gateway import seven_gateway as seven_gateway  # the fixture, until conftest has it

JSON_HEADERS = {"X-Api-Key": SEVEN_TEST_API_KEY, "Accept": "application/json"}
NUMBER = "+4917612345678"
TIMEOUT = (5, 10)


def send_sms(gateway: GatewaySimulator, headers: dict | None = None, **parameters: str):
    data = {"to": NUMBER, "text": "Your code: 123 456", **parameters}
    return requests.post(
        f"{gateway.base_url}/sms", data=data, headers=headers or JSON_HEADERS, timeout=TIMEOUT
    )


def send_voice(gateway: GatewaySimulator, **parameters: str):
    data = {"to": NUMBER, "text": "<speak>1 2 3</speak>", **parameters}
    return requests.post(
        f"{gateway.base_url}/voice", data=data, headers=JSON_HEADERS, timeout=TIMEOUT
    )


def test_the_gateway_binds_127_0_0_1_only(seven_gateway: GatewaySimulator) -> None:
    assert seven_gateway.address[0] == "127.0.0.1"
    # Another loopback address reaches a server bound to all interfaces, not one bound to .1.
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.2", seven_gateway.port), timeout=5).close()


def test_the_fixture_points_the_provider_at_the_simulator(
    seven_gateway: GatewaySimulator,
) -> None:
    assert os.environ[SEVEN_BASE_URL_ENV] == seven_gateway.base_url
    assert seven_gateway.base_url.startswith("http://127.0.0.1:")


def test_an_sms_is_answered_like_seven_io_and_recorded(seven_gateway: GatewaySimulator) -> None:
    answer = send_sms(seven_gateway, **{"from": "Portal", "ttl": "5"})

    assert answer.status_code == 200
    body = answer.json()
    assert body["success"] == "100"
    assert body["total_price"] == 0.075
    assert body["balance"] == pytest.approx(12.34 - 0.075)
    [message] = body["messages"]
    assert message["recipient"] == "4917612345678"
    assert message["sender"] == "Portal"
    assert (message["parts"], message["encoding"], message["success"]) == (1, "gsm", True)
    assert message["id"].isdigit()

    [sent] = seven_gateway.outbox
    assert (sent["method"], sent["path"], sent["endpoint"]) == ("POST", "/api/sms", "sms")
    assert sent["parameters"] == {
        "to": NUMBER, "text": "Your code: 123 456", "from": "Portal", "ttl": "5"
    }
    assert sent["headers"]["X-Api-Key"] == "***"
    assert (sent["authenticated"], sent["answer_code"], sent["api_key_in_url"]) == (
        True, 100, False
    )


def test_the_outbox_over_http_never_holds_the_api_key(seven_gateway: GatewaySimulator) -> None:
    send_sms(seven_gateway)
    requests.post(
        f"{seven_gateway.base_url}/sms",
        data={"to": NUMBER, "text": "x"},
        headers={"Authorization": f"Basic {SEVEN_TEST_API_KEY}", "Accept": "application/json"},
        timeout=TIMEOUT,
    )
    requests.get(f"{seven_gateway.base_url}/balance?p={SEVEN_TEST_API_KEY}", timeout=TIMEOUT)

    outbox = requests.get(seven_gateway.outbox_url, timeout=TIMEOUT)

    assert len(outbox.json()) == 3
    assert SEVEN_TEST_API_KEY not in outbox.text
    assert SEVEN_TEST_API_KEY not in json.dumps(seven_gateway.outbox)


def test_a_unicode_sms_is_ucs2_and_split_into_parts(seven_gateway: GatewaySimulator) -> None:
    message = send_sms(seven_gateway, text="Код " + "ж" * 80).json()["messages"][0]
    assert (message["encoding"], message["parts"]) == ("ucs2", 2)


@pytest.mark.parametrize(
    "headers",
    [
        {"Authorization": f"Basic {SEVEN_TEST_API_KEY}"},
        {"Authorization": f"Bearer {SEVEN_TEST_API_KEY}"},
        {"X-Api-Key": SEVEN_TEST_API_KEY},
    ],
    ids=["basic-raw-key", "bearer", "x-api-key"],
)
def test_the_documented_auth_headers_are_accepted(
    seven_gateway: GatewaySimulator, headers: dict
) -> None:
    answer = send_sms(seven_gateway, headers={**headers, "Accept": "application/json"})
    assert answer.json()["success"] == "100"


@pytest.mark.parametrize(
    "headers",
    [{}, {"X-Api-Key": "wrong"}, {"Authorization": "Basic "}, {"X-Api-Key": ""}],
    ids=["none", "wrong", "empty-basic", "empty-header"],
)
def test_a_missing_or_wrong_key_is_a_bare_900_with_http_200(
    seven_gateway: GatewaySimulator, headers: dict
) -> None:
    answer = send_sms(seven_gateway, headers={**headers, "Accept": "application/json"})
    assert (answer.status_code, answer.text) == (200, "900")
    assert seven_gateway.outbox[0]["authenticated"] is False
    assert seven_gateway.balance == 12.34


def test_the_deprecated_key_in_the_url_is_refused_and_masked(
    seven_gateway: GatewaySimulator,
) -> None:
    answer = requests.get(
        f"{seven_gateway.base_url}/balance",
        params={"p": SEVEN_TEST_API_KEY},
        headers=JSON_HEADERS,
        timeout=TIMEOUT,
    )
    assert answer.text == "900"
    [sent] = seven_gateway.outbox
    assert sent["api_key_in_url"] is True
    assert sent["parameters"] == {"p": "***"}


@pytest.mark.parametrize(
    ("parameters", "code"),
    [
        ({"to": ""}, "301"),
        ({"text": ""}, "305"),
        ({"text": "a" * 1521}, "401"),
        ({"to": "017612345678"}, "202"),
        ({"to": "+49 176 1234"}, "202"),
        ({"to": f"{NUMBER},hello"}, "202"),
        ({"from": "TwelveLetter"}, "201"),
        ({"from": "1" * 17}, "201"),
        ({"from": "Portal#"}, "201"),
    ],
    ids=["no-to", "no-text", "text-1521", "national", "spaces", "one-bad", "from-12",
         "from-17-digits", "from-bad-char"],
)
def test_a_malformed_sms_gets_the_documented_code(
    seven_gateway: GatewaySimulator, parameters: dict, code: str
) -> None:
    assert send_sms(seven_gateway, **parameters).text == code
    assert seven_gateway.balance == 12.34


@pytest.mark.parametrize(
    "parameters",
    [{"text": "a" * 1520}, {"from": "Portal Co.!"}, {"from": "+4917612345678"},
     {"from": "1" * 16}, {"to": f"{NUMBER},+4930123456"}],
    ids=["text-1520", "from-11-with-specials", "from-number", "from-16-digits", "two-to"],
)
def test_an_sms_at_the_limits_is_accepted(
    seven_gateway: GatewaySimulator, parameters: dict
) -> None:
    assert send_sms(seven_gateway, **parameters).json()["success"] == "100"


def test_a_voice_call_is_answered_like_an_sms(seven_gateway: GatewaySimulator) -> None:
    body = send_voice(seven_gateway, **{"from": "+4930123456"}).json()
    assert body["success"] == "100"
    assert body["total_price"] == 0.045
    assert body["messages"][0]["recipient"] == "4917612345678"
    [sent] = seven_gateway.outbox
    assert sent["path"] == "/api/voice"
    assert sent["parameters"]["text"] == "<speak>1 2 3</speak>"


@pytest.mark.parametrize(
    ("parameters", "code"),
    [({"text": "a" * 10001}, "401"), ({"from": "Portal"}, "201"), ({"to": ""}, "301"),
     ({"to": "12"}, "202")],
    ids=["text-10001", "alphanumeric-from", "no-to", "bad-to"],
)
def test_a_malformed_voice_call_gets_the_documented_code(
    seven_gateway: GatewaySimulator, parameters: dict, code: str
) -> None:
    assert send_voice(seven_gateway, **parameters).text == code


def test_a_voice_text_of_10000_characters_is_accepted(seven_gateway: GatewaySimulator) -> None:
    assert send_voice(seven_gateway, text="a" * 10000).json()["success"] == "100"


def test_a_json_body_as_the_official_client_sends_is_understood(
    seven_gateway: GatewaySimulator,
) -> None:
    answer = requests.post(
        f"{seven_gateway.base_url}/sms",
        json={"to": NUMBER, "text": "Code 1234", "flash": False},
        headers={**JSON_HEADERS, "SentWith": "js"},
        timeout=TIMEOUT,
    )
    assert answer.json()["success"] == "100"
    assert seven_gateway.outbox[0]["parameters"] == {"to": NUMBER, "text": "Code 1234",
                                                     "flash": "0"}


def test_the_balance_is_json_and_falls_with_each_send(seven_gateway: GatewaySimulator) -> None:
    send_sms(seven_gateway)
    answer = requests.get(f"{seven_gateway.base_url}/balance", headers=JSON_HEADERS,
                          timeout=TIMEOUT)
    assert answer.json() == {"amount": pytest.approx(12.265), "currency": "EUR"}


def test_without_json_the_answers_are_bare_text(seven_gateway: GatewaySimulator) -> None:
    key_only = {"X-Api-Key": SEVEN_TEST_API_KEY}
    sms = send_sms(seven_gateway, headers=key_only)
    balance = requests.get(f"{seven_gateway.base_url}/balance", headers=key_only,
                           timeout=TIMEOUT)
    code, message_id = sms.text.split("\n")
    assert (code, message_id.isdigit()) == ("100", True)
    assert balance.text == "12.265"


def test_not_enough_credit_is_500_and_charges_nothing(seven_gateway: GatewaySimulator) -> None:
    seven_gateway.balance = 0.05
    assert send_sms(seven_gateway).text == "500"
    assert seven_gateway.balance == 0.05


def test_the_same_sms_within_the_reload_lock_is_402() -> None:
    with GatewaySimulator({SEVEN_TEST_API_KEY}, reload_lock_seconds=180) as gateway:
        assert send_sms(gateway).json()["success"] == "100"
        assert send_sms(gateway).text == "402"
        assert send_sms(gateway, text="another code 654 321").json()["success"] == "100"


@pytest.mark.parametrize("code", sorted(set(RETURN_CODES) - {100}))
def test_any_return_code_can_be_injected_as_a_bare_number(
    seven_gateway: GatewaySimulator, code: int
) -> None:
    seven_gateway.fail_next(code)
    answer = send_sms(seven_gateway)
    assert (answer.status_code, answer.text) == (200, str(code))
    assert seven_gateway.outbox[0]["answer_code"] == code
    assert send_sms(seven_gateway).json()["success"] == "100"  # only the next request


def test_a_return_code_can_be_injected_as_json(seven_gateway: GatewaySimulator) -> None:
    seven_gateway.fail_next(202, as_json=True)
    assert send_sms(seven_gateway).json()["success"] == "202"


def test_a_dropped_connection_comes_after_the_request_was_recorded(
    seven_gateway: GatewaySimulator,
) -> None:
    seven_gateway.drop_next()
    with pytest.raises(requests.ConnectionError):
        send_sms(seven_gateway)
    [sent] = seven_gateway.outbox
    assert sent["parameters"]["text"] == "Your code: 123 456"
    assert (sent["dropped"], sent["answer_code"]) == (True, None)
    assert seven_gateway.balance == 12.34


def test_a_slow_answer_runs_into_the_read_timeout_with_one_request(
    seven_gateway: GatewaySimulator,
) -> None:
    seven_gateway.delay_next(600)  # stop() lets it go: the test does not wait for it
    with pytest.raises(requests.ReadTimeout):
        requests.post(f"{seven_gateway.base_url}/sms", data={"to": NUMBER, "text": "x"},
                      headers=JSON_HEADERS, timeout=(5, 0.2))
    assert len(seven_gateway.outbox) == 1


def test_a_held_answer_comes_when_released(seven_gateway: GatewaySimulator) -> None:
    seven_gateway.hold_next()
    answers = []
    sender = threading.Thread(target=lambda: answers.append(send_sms(seven_gateway)))
    sender.start()

    assert seven_gateway.wait_for_requests(1)
    assert answers == []  # held: the request arrived, the answer did not
    seven_gateway.release()
    sender.join(timeout=10)

    assert answers[0].json()["success"] == "100"


def test_stopping_lets_a_held_request_go() -> None:
    gateway = GatewaySimulator({SEVEN_TEST_API_KEY}).start()
    gateway.hold_next()
    errors = []

    def send() -> None:
        try:
            send_sms(gateway)
        except requests.RequestException as error:
            errors.append(error)

    sender = threading.Thread(target=send)
    sender.start()
    assert gateway.wait_for_requests(1)
    gateway.stop()
    sender.join(timeout=10)

    assert not sender.is_alive()
    assert len(errors) == 1


def test_the_http_control_api_plans_failures_and_clears_the_outbox(
    seven_gateway: GatewaySimulator,
) -> None:
    control = requests.post(seven_gateway.control_url, json={"fail_next": 900, "balance": 3},
                            timeout=TIMEOUT)
    assert control.json() == {"balance": 3.0, "planned": 1}
    assert send_sms(seven_gateway).text == "900"

    requests.post(seven_gateway.control_url, json={"drop_next": True}, timeout=TIMEOUT)
    with pytest.raises(requests.ConnectionError):
        send_sms(seven_gateway)

    cleared = requests.delete(seven_gateway.outbox_url, timeout=TIMEOUT)
    assert cleared.json() == []
    assert seven_gateway.outbox == []


@pytest.mark.parametrize(
    "body",
    [b"[]", b"{\"fail_nxt\": 1}", b"{\"delay_next\": -1}", b"{\"fail_next\": \"900\"}", b"{",
     b"{\"delay_next\": 1e308}", b"{\"balance\": 1e400}", b"{\"fail_next\": 900.5}",
     b"{\"fail_next\": 123456789}", b"{\"drop_next\": \"yes\"}", b"{\"fail_next_as_json\": true}",
     b"{\"balance\": 5, \"fail_next\": -3}"],
    ids=["not-object", "unknown-key", "negative", "text-code", "broken", "delay-for-ever",
         "infinite-balance", "fractional-code", "huge-code", "switch-as-text", "as-json-alone",
         "half-good"],
)
def test_a_bad_control_request_is_a_clear_400(
    seven_gateway: GatewaySimulator, body: bytes
) -> None:
    answer = requests.post(seven_gateway.control_url, data=body, timeout=TIMEOUT)
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error[0].isupper() and error.endswith(".")
    assert error.lower().count("the control request") == 1, error  # named once, not twice
    assert seven_gateway.balance == 12.34  # nothing of a refused request is applied
    assert send_sms(seven_gateway).status_code == 200  # and nothing is planned


def test_unknown_paths_and_methods_are_refused(seven_gateway: GatewaySimulator) -> None:
    assert requests.get(f"{seven_gateway.root_url}/other", timeout=TIMEOUT).status_code == 404
    assert requests.get(f"{seven_gateway.base_url}/sms", headers=JSON_HEADERS,
                        timeout=TIMEOUT).text == "700"


def test_the_gateway_writes_nothing_to_stdout_or_stderr(
    seven_gateway: GatewaySimulator, capfd: pytest.CaptureFixture[str]
) -> None:
    send_sms(seven_gateway)
    send_sms(seven_gateway, headers={"X-Api-Key": "wrong"})
    assert capfd.readouterr() == ("", "")


def _start_cli_gateway(*arguments: str, stdin: str = "",
                       ignore_ctrl_c: bool = False) -> tuple[subprocess.Popen, str]:
    # What a shell does to a background job (`make test &`): an ignored signal stays
    # ignored across exec. Set here, not in preexec_fn, which can deadlock the child
    # of a process with threads.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if ignore_ctrl_c else None
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "portal_manager", "gateway-sim", *arguments],
            cwd=Path(__file__).resolve().parent.parent,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    process.stdin.write(stdin)
    process.stdin.close()
    return process, process.stdout.readline()


def _interrupt(process: subprocess.Popen) -> tuple[str, str]:
    """Ctrl+C, then the rest of its output."""
    process.send_signal(signal.SIGINT)
    process.wait(timeout=20)
    return process.stdout.read(), process.stderr.read()


def test_the_gateway_sim_command_prints_the_url_to_export_and_stops_on_ctrl_c() -> None:
    process, first_line = _start_cli_gateway("--port", "0")
    try:
        export_line = process.stdout.readline() + process.stdout.readline()
        base_url = export_line.split(f"export {SEVEN_BASE_URL_ENV}=")[1].split()[0]
        answer = requests.post(f"{base_url}/sms", data={"to": NUMBER, "text": "Code 123 456"},
                               headers={"X-Api-Key": "any key", "Accept": "application/json"},
                               timeout=TIMEOUT)
        assert answer.json()["success"] == "100"
    finally:
        stdout, stderr = _interrupt(process)

    assert first_line.startswith("seven.io-compatible gateway simulator on http://127.0.0.1:")
    assert process.returncode == 0
    assert "POST /api/sms: answered 100" in stdout
    assert "123 456" not in stdout + stderr
    assert "any key" not in stdout + stderr
    assert stderr == ""


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_the_gateway_sim_command_stops_even_where_ctrl_c_was_ignored(stop_signal) -> None:
    process, first_line = _start_cli_gateway("--port", "0", ignore_ctrl_c=True)
    assert first_line.startswith("seven.io-compatible gateway simulator")
    process.send_signal(stop_signal)
    process.wait(timeout=20)
    assert process.returncode == 0
    assert "Stopped." in process.stdout.read()


def test_the_gateway_sim_command_can_accept_only_the_key_from_stdin() -> None:
    process, first_line = _start_cli_gateway("--key-stdin", stdin="the-only-key\n")
    try:
        base_url = first_line.split(" on ")[1].split()[0]
        wrong = requests.get(f"{base_url}/balance", headers={"X-Api-Key": "other"},
                             timeout=TIMEOUT)
        right = requests.get(f"{base_url}/balance", headers={"X-Api-Key": "the-only-key"},
                             timeout=TIMEOUT)
    finally:
        _interrupt(process)
    assert (wrong.text, right.text) == ("900", "12.34")


def test_a_port_in_use_is_a_clear_message() -> None:
    with GatewaySimulator() as taken:
        port = taken.port
        result = subprocess.run(
            [sys.executable, "-m", "portal_manager", "gateway-sim", "--port", str(port)],
            cwd=Path(__file__).resolve().parent.parent,
            capture_output=True, text=True, timeout=30,
        )
    assert result.returncode == 2
    assert result.stderr.startswith(f"portal-manager: Cannot listen on 127.0.0.1 port {port}")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("port", ["-1", "65536", "http"])
def test_a_bad_port_is_refused_before_starting(port: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "portal_manager", "gateway-sim", "--port", port],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True, text=True, timeout=30,
    )
    assert result.returncode == 2
    assert "expected a port number from 0 to 65535" in result.stderr


def _cut_short(gateway: GatewaySimulator, path: str, body: bytes, headers: str = "") -> bytes:
    """A request whose client announces more body than it sends, then stops writing."""
    with socket.create_connection(gateway.address, timeout=10) as connection:
        connection.sendall(f"POST {path} HTTP/1.1\r\nHost: x\r\n{headers}"
                           f"Content-Length: {len(body) + 40}\r\n\r\n".encode() + body)
        connection.shutdown(socket.SHUT_WR)
        answer = b""
        while chunk := connection.recv(4096):
            answer += chunk
    return answer


def test_a_request_cut_short_is_not_acted_on(seven_gateway: GatewaySimulator) -> None:
    """What arrived of a body before the client went away is not the body: a control
    request was applied, and an SMS recorded, from the part that came."""
    _cut_short(seven_gateway, "/__control", b'{"balance": 5}')
    _cut_short(seven_gateway, "/api/sms", b"to=%2B4917612345678&text=Your+code",
               f"X-Api-Key: {SEVEN_TEST_API_KEY}\r\n"
               "Content-Type: application/x-www-form-urlencoded\r\n")
    assert seven_gateway.balance == 12.34
    assert seven_gateway.outbox == []


def test_a_client_that_goes_away_leaves_no_traceback(
    seven_gateway: GatewaySimulator, capfd: pytest.CaptureFixture[str]
) -> None:
    """A client closing its connection before the answer is no error of the simulator; its
    console (portal-manager gateway) filled with a traceback for each."""
    for _ in range(5):
        with socket.create_connection(seven_gateway.address, timeout=10) as connection:
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\1\0\0\0\0\0\0\0")
            connection.sendall(b"POST /__control HTTP/1.1\r\nContent-Length: 3\r\n\r\n{x}")
        # closed at once with a reset: the answer finds no one to read it
    host, port = seven_gateway.address
    assert requests.post(f"http://{host}:{port}/__control", json={},
                         timeout=10).json() == {"balance": 12.34, "planned": 0}
    assert "Traceback" not in capfd.readouterr().err
