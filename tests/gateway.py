"""The `seven_gateway` fixture: a running seven.io-compatible gateway on 127.0.0.1.

The lead imports it from conftest (`from tests.gateway import seven_gateway`). The fixture points
PORTAL_MANAGER_SEVEN_BASE_URL at the simulator, so the seven.io provider talks to it and to
nothing else, and accepts exactly one API key, SEVEN_TEST_API_KEY.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from portal_manager.providers.gateway_sim import GatewaySimulator

SEVEN_BASE_URL_ENV = "PORTAL_MANAGER_SEVEN_BASE_URL"
SEVEN_TEST_API_KEY = "sim-key-7f3a9c51e2d84b60"


@pytest.fixture
def seven_gateway(monkeypatch: pytest.MonkeyPatch) -> Iterator[GatewaySimulator]:
    simulator = GatewaySimulator(api_keys={SEVEN_TEST_API_KEY}, port=0)
    simulator.start()
    monkeypatch.setenv(SEVEN_BASE_URL_ENV, simulator.base_url)
    try:
        yield simulator
    finally:
        simulator.stop()
