"""200 test sends through the app's real path, against 200 raw posts to the same gateway.

Both go to the local seven.io-compatible gateway (providers/gateway_sim.py) on
127.0.0.1. The real path is ``app.sending.send_test`` exactly as the Send test
dialog calls it (no provider passed in, so it loads the seven.io plug-in each
time): authorization, the audit trail check, the number normalised, the
per-minute limit (counted from the audit trail), the message rendered with a
fresh code, the API key read from the login information store, the HTTP request
and the audit record.

The limit of 5 test sends a minute is passed honestly, through send_test's
``clock`` parameter: the clock tells it that each send comes 61 s after the
previous one, so the limit's count of sends in the last minute finds none. The
count itself (reading the audit trail) still runs on every send.

Baseline: the same SMS form posted 200 times with one ``requests.Session``, as
the provider posts it (X-Api-Key header, JSON answer asked for).
"""

from __future__ import annotations

import dataclasses
import itertools
import os
import time

import requests

from bench.bench_portal import BenchPortal, bench_portal
from bench.rows import Row, row
from bench.timing import best_ms

SENDS = 200
GOAL_RATIO = 1.2
API_KEY = "bench-key-0b6c2f9e"
NUMBER = "+4917612345678"
MINUTE_AND_A_SECOND = 61.0


def configure_sms(bench: BenchPortal) -> None:
    from portal_manager.app.store_management import add_entry
    from portal_manager.mfa.settings import LocalizedText, Service
    from portal_manager.vault.store import Entry

    portal, session = bench.portal, bench.session
    add_entry(portal, session, Entry("sevenKey", API_KEY, "seven.io"))
    sms = dataclasses.replace(portal.security.sms, api_key="sevenKey",
                              sender_name=LocalizedText({"en": "Acme"}))
    portal.save_security(portal.security.with_service(Service.SMS, sms), session)


def minute_apart_clock():
    """A clock for send_test that moves on a minute and a second with every reading."""
    return itertools.count(time.time() + MINUTE_AND_A_SECOND, MINUTE_AND_A_SECOND).__next__


def raw_posts_ms(base_url: str, text: str) -> float:
    form = {"to": NUMBER, "text": text, "ttl": "5", "from": "Acme"}
    with requests.Session() as session:
        session.headers.update({"Accept": "application/json"})
        for _ in range(SENDS):
            answer = session.post(f"{base_url}/sms", data=form, headers={"X-Api-Key": API_KEY})
            answer.raise_for_status()
            answer.json()
    return 0.0


def run() -> list[Row]:
    from portal_manager.app.sending import send_test
    from portal_manager.mfa.templates import Channel
    from portal_manager.providers.gateway_sim import GatewaySimulator
    from portal_manager.providers.seven import BASE_URL_VARIABLE

    # Credit for every send: the simulator charges each SMS as seven.io does.
    with GatewaySimulator(api_keys={API_KEY}, balance=1e6) as gateway, \
            bench_portal() as bench:
        saved_url = os.environ.get(BASE_URL_VARIABLE)
        os.environ[BASE_URL_VARIABLE] = gateway.base_url
        try:
            configure_sms(bench)
            portal, session = bench.portal, bench.session
            text = send_test(portal, session, Channel.SMS, NUMBER,
                             clock=minute_apart_clock()).text  # warm-up, and the text's length
            clock = minute_apart_clock()
            baseline = best_ms(lambda: raw_posts_ms(gateway.base_url, text), 1, repeat=3)

            def sends() -> None:
                for _ in range(SENDS):
                    send_test(portal, session, Channel.SMS, NUMBER, clock=clock)

            measured = best_ms(sends, 1, repeat=1)
            if len(gateway.outbox) != 1 + 3 * SENDS + SENDS:  # warm-up, raw, real
                raise AssertionError("the gateway did not receive every request")
        finally:
            if saved_url is None:
                os.environ.pop(BASE_URL_VARIABLE, None)
            else:
                os.environ[BASE_URL_VARIABLE] = saved_url
    ratio = measured / baseline
    return [row(f"{SENDS} test SMS through send_test", measured,
                f"{SENDS} raw requests.Session posts", baseline,
                goal=f"≤ {GOAL_RATIO:g}×", met=ratio <= GOAL_RATIO,
                note=f"{measured / SENDS:.1f} ms against {baseline / SENDS:.1f} ms a send; "
                     "the audit trail grows to "
                     f"{SENDS + 1} test records on the way")]


if __name__ == "__main__":
    for result in run():
        print(result)
