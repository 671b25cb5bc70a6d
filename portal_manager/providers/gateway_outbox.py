"""Reading the outbox of a local gateway simulator (`portal-manager gateway-sim`).

When ``PORTAL_MANAGER_SEVEN_BASE_URL`` points at a gateway on this computer,
the app offers its outbox: what the test sends really carried. Only a
loopback address is ever asked - never a company proxy or seven.io, which
have no outbox and must not be sent anything but API requests.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from portal_manager.errors import PortalManagerError
from portal_manager.messages import QT_TRANSLATE_NOOP
from portal_manager.portal.json_input import JsonInputError, parse_json
from portal_manager.providers.endpoints import API_PATH, BASE_URL_VARIABLE, OUTBOX_PATH

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
TIMEOUT_SECONDS = 3.0
MAX_OUTBOX_BYTES = 16 << 20  # the simulator keeps every request; 16 MiB is thousands


@dataclass(frozen=True)
class OutboxEntry:
    """One request the simulator received, as the outbox dialog shows it."""

    time: datetime | None
    endpoint: str  # "sms", "voice", "balance", …
    to: str
    sender: str
    text: str
    answer_code: int | None
    dropped: bool


def simulator_root(environ: Mapping[str, str] = os.environ) -> str | None:
    """``http://127.0.0.1:PORT`` when the seven.io base URL is a local simulator, else None."""
    base = environ.get(BASE_URL_VARIABLE, "").strip().rstrip("/")
    if not base:
        return None
    try:
        url = urlsplit(base)
        port = url.port
    except ValueError:
        return None
    if url.scheme != "http" or url.hostname not in LOOPBACK_HOSTS or url.path != API_PATH:
        return None
    host = f"[{url.hostname}]" if ":" in url.hostname else url.hostname
    return f"http://{host}:{port}" if port else f"http://{host}"


def fetch_outbox(root: str) -> list[OutboxEntry]:
    """The simulator's outbox, oldest first; a clear error when it does not answer."""
    import requests  # only when asked: the first window does not need it

    try:
        with requests.get(root + OUTBOX_PATH, timeout=TIMEOUT_SECONDS, stream=True) as answer:
            body = answer.raw.read(MAX_OUTBOX_BYTES + 1, decode_content=True)
            status = answer.status_code
    except requests.RequestException:
        raise PortalManagerError(QT_TRANSLATE_NOOP(
            "Outbox", "The local gateway at %1 does not answer. Start it with "
            "\"portal-manager gateway-sim\", or remove the environment variable %2 to send "
            "through seven.io.").fill(root, BASE_URL_VARIABLE)) from None
    if status != 200 or len(body) > MAX_OUTBOX_BYTES:
        raise _not_an_outbox(root)
    try:
        entries = parse_json(body, max_bytes=MAX_OUTBOX_BYTES)
    except JsonInputError:
        raise _not_an_outbox(root) from None
    if not isinstance(entries, list):
        raise _not_an_outbox(root)
    return [_entry(item) for item in entries if isinstance(item, dict)]


def _not_an_outbox(root: str) -> PortalManagerError:
    return PortalManagerError(QT_TRANSLATE_NOOP(
        "Outbox", "%1 answered, but not with a gateway simulator's outbox. Is another program "
        "listening on that port?").fill(root))


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _entry(item: dict[str, Any]) -> OutboxEntry:
    parameters = item.get("parameters")
    parameters = parameters if isinstance(parameters, dict) else {}
    moment = item.get("time")
    when = (datetime.fromtimestamp(moment, UTC)
            if isinstance(moment, int | float) and 0 <= moment < 1e11 else None)
    code = item.get("answer_code")
    return OutboxEntry(
        time=when,
        endpoint=_text(item.get("endpoint")),
        to=_text(parameters.get("to")),
        sender=_text(parameters.get("from")),
        text=_text(parameters.get("text")),
        answer_code=code if isinstance(code, int) and not isinstance(code, bool) else None,
        dropped=item.get("dropped") is True,
    )
