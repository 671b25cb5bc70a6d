"""`portal-manager gateway-sim [--port N]`: a seven.io-compatible gateway on 127.0.0.1.

For trying sending without a seven.io account: it prints the base URL to export as
PORTAL_MANAGER_SEVEN_BASE_URL, one line per request it answers (never the text or the key),
and runs until Ctrl+C.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from typing import Any

from portal_manager.cli.common import EXIT_OK
from portal_manager.cli.login import stdin_line
from portal_manager.errors import InvalidInputError
from portal_manager.providers.gateway_sim import (
    HOST,
    RELOAD_LOCK_SECONDS,
    GatewaySimulator,
)

SEVEN_BASE_URL_ENV = "PORTAL_MANAGER_SEVEN_BASE_URL"
DEFAULT_BALANCE = 12.34


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "gateway-sim",
        help="run a local seven.io-compatible gateway for trying sends without an account",
        description="Run a seven.io-compatible gateway on 127.0.0.1 until Ctrl+C. Export the "
        f"base URL it prints as {SEVEN_BASE_URL_ENV} and the app sends to it instead of "
        "seven.io. It accepts any API key unless --key-stdin is given. GET /__outbox lists "
        "what was sent; POST /__control with e.g. {\"fail_next\": 900}, {\"delay_next\": 30} "
        "or {\"drop_next\": true} makes the next request fail, answer slowly or go unanswered.",
    )
    parser.add_argument(
        "--port",
        type=_port,
        default=0,
        metavar="N",
        help="the port on 127.0.0.1 (default: 0, any free port)",
    )
    parser.add_argument(
        "--key-stdin",
        action="store_true",
        help="accept only the API key read from standard input (one line)",
    )
    parser.add_argument(
        "--balance",
        type=_balance,
        default=DEFAULT_BALANCE,
        metavar="AMOUNT",
        help=f"the account's starting credit in EUR (default: {DEFAULT_BALANCE})",
    )
    parser.set_defaults(handler=run_gateway_sim)


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError("expected a port number from 0 to 65535")
    return int(text)


def _balance(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value < 1e9:
        raise argparse.ArgumentTypeError("expected an amount of at least 0, e.g. 12.34")
    return value


def run_gateway_sim(args: argparse.Namespace) -> int:
    api_keys = _accepted_keys(args.key_stdin)
    simulator = GatewaySimulator(
        api_keys=api_keys,
        port=args.port,
        balance=args.balance,
        reload_lock_seconds=RELOAD_LOCK_SECONDS,
        on_request_done=_print_request,
    )
    try:
        simulator.start()
    except OSError as error:
        raise InvalidInputError(
            f"Cannot listen on {HOST} port {args.port}: {error.strerror or error}. "
            "Choose another port with --port, or --port 0 for any free one."
        ) from None
    stop = threading.Event()
    # Set explicitly: a shell starts background jobs with Ctrl+C ignored, and Python
    # then never raises KeyboardInterrupt; a service manager stops with SIGTERM.
    previous = {number: signal.signal(number, lambda *_: stop.set())
                for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        _print_banner(simulator, keys_limited=api_keys is not None)
        while not stop.wait(0.5):  # a timed wait: signal handlers run between waits
            pass
        print("Stopped.", flush=True)
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        simulator.stop()
    return EXIT_OK


def _accepted_keys(from_stdin: bool) -> set[str] | None:
    if not from_stdin:
        return None
    key = stdin_line("the API key to accept").strip()
    if not key:
        raise InvalidInputError("The API key on standard input is empty; give one line with it.")
    return {key}


def _print_banner(simulator: GatewaySimulator, *, keys_limited: bool) -> None:
    keys = "the API key from standard input" if keys_limited else "any API key"
    print(
        f"seven.io-compatible gateway simulator on {simulator.base_url} (accepts {keys})\n"
        f"To send to it, run in the shell that starts the app:\n"
        f"  export {SEVEN_BASE_URL_ENV}={simulator.base_url}\n"
        f"Outbox: {simulator.outbox_url}   Control: POST {simulator.control_url}\n"
        "Press Ctrl+C to stop.",
        flush=True,
    )


def _print_request(entry: dict[str, Any]) -> None:
    """One line per request: what it was and the answer, never its text, number or key."""
    answer = "connection dropped" if entry["dropped"] else f"answered {entry['answer_code']}"
    print(f"{entry['method']} {entry['path']}: {answer}", file=sys.stdout, flush=True)
