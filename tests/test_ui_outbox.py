"""The gateway simulator's outbox in the app: shown only when the simulator is in use,
and showing what the test sends really carried."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from portal_manager.app.portal import Portal
from portal_manager.errors import PortalManagerError
from portal_manager.providers.gateway_outbox import fetch_outbox, simulator_root
from portal_manager.providers.gateway_sim import GatewaySimulator
from portal_manager.providers.seven import BASE_URL_VARIABLE, SevenProvider
from portal_manager.ui.main_window import MainWindow
from portal_manager.ui.outbox_dialog import OutboxDialog
from portal_manager.ui.translations import install_translators
from tests.gateway import SEVEN_TEST_API_KEY

NUMBER = "+4917612345678"


@pytest.mark.parametrize(("base_url", "root"), [
    ("http://127.0.0.1:8765/api", "http://127.0.0.1:8765"),
    ("http://localhost:8765/api/", "http://localhost:8765"),
    ("http://[::1]:8765/api", "http://[::1]:8765"),
    ("", None),
    ("https://gateway.seven.io/api", None),  # seven.io itself has no outbox
    ("http://proxy.example.com:8765/api", None),  # never ask a host elsewhere
    ("http://127.0.0.1:8765/other", None),  # not the simulator's layout
    ("http://127.0.0.1:notaport/api", None),
    ("https://127.0.0.1:8765/api", None),  # the simulator speaks plain HTTP
])
def test_the_simulator_is_recognised_only_on_this_computer(base_url: str, root) -> None:
    assert simulator_root({BASE_URL_VARIABLE: base_url}) == root


def test_the_outbox_shows_what_the_gateway_received(qtbot, qapp, seven_gateway: GatewaySimulator,
                                                    portal: Portal, admin) -> None:
    install_translators(qapp, "en")  # as the app starts: English plural forms
    provider = SevenProvider()
    provider.send_sms(SEVEN_TEST_API_KEY, NUMBER, "Your code: 123 456", "Acme", 5)
    seven_gateway.fail_next(500)
    with pytest.raises(PortalManagerError):
        provider.start_voice_call(SEVEN_TEST_API_KEY, NUMBER, "<speak>1 2 3</speak>")

    window = MainWindow(portal, admin)
    qtbot.addWidget(window)
    assert window.outboxAction.isVisible()
    assert seven_gateway.root_url in window.simulatorLabel.text()
    assert not window.simulatorLabel.isHidden()

    dialog = OutboxDialog(window.simulator_root, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    rows = [[dialog.table.item(row, column).text() for column in range(6)][1:]
            for row in range(2)]
    assert rows == [  # newest first
        ["Voice call", NUMBER, "", "<speak>1 2 3</speak>", "500 refused"],
        ["SMS", NUMBER, "Acme", "Your code: 123 456", "100 accepted"],
    ]
    assert dialog.statusLabel.text() == "2 requests received."
    assert SEVEN_TEST_API_KEY not in "".join("".join(row) for row in rows)

    provider.check_credentials(SEVEN_TEST_API_KEY)
    dialog.refreshButton.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3)
    assert dialog.table.item(0, 1).text() == "Balance"


def test_without_the_simulator_there_is_no_outbox(qtbot, monkeypatch, portal: Portal,
                                                  admin) -> None:
    monkeypatch.delenv(BASE_URL_VARIABLE, raising=False)
    window = MainWindow(portal, admin)
    qtbot.addWidget(window)
    assert not window.outboxAction.isVisible()
    assert window.simulatorLabel.isHidden()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_stopped_simulator_is_a_clear_message(qtbot) -> None:
    root = f"http://127.0.0.1:{_free_port()}"
    dialog = OutboxDialog(root)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "does not answer" in dialog.statusLabel.text())
    assert "portal-manager gateway-sim" in dialog.statusLabel.text()
    assert dialog.refreshButton.isEnabled()
    assert dialog.table.rowCount() == 0


class _NotASimulator(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"<html>some other program</html>"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def test_another_program_on_the_port_is_a_clear_message() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _NotASimulator)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(PortalManagerError, match="not with a gateway simulator's outbox"):
            fetch_outbox(f"http://127.0.0.1:{server.server_port}")
    finally:
        server.shutdown()
        server.server_close()
