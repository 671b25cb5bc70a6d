"""Opening the dialogs an administrator opens most, against opening an empty QDialog.

"Opening" is what the person waits for: the dialog built from the portal's
settings, shown, laid out and painted (offscreen). Two numbers per dialog:

* again: the best of several openings in this process, everything imported;
* first: the first opening in a fresh process that shows the main window, so
  it includes importing the dialog's modules (what the person sees once per run);
  the best of three such processes.

The portal is a real one in a temporary folder (bench/bench_portal.py) with
the administrator logged in and a few entries in the login information store.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable

from bench.bench_portal import BenchPortal, bench_portal
from bench.fresh_process import outputs_of
from bench.qt_app import application, dispose, settle, shown
from bench.rows import Row, row
from bench.timing import best_ms_with_setup

GOAL_MS = 100.0
RUNS = 10
FIRST_OPEN_RUNS = 3  # fresh processes; the best counts
STORE_ENTRIES = 12  # a store as a portal keeps it: a few API keys


def empty_dialog(_: BenchPortal):
    from PySide6.QtWidgets import QDialog

    return QDialog()


def properties_at_security(bench: BenchPortal):
    from portal_manager.ui.portal_properties import Page, PortalPropertiesDialog

    return PortalPropertiesDialog(bench.portal, bench.session, page=Page.SECURITY)


def sms_dialog(bench: BenchPortal):
    from portal_manager.mfa.settings import Service
    from portal_manager.ui.message_dialogs import configure_dialog

    portal = bench.portal
    return configure_dialog(Service.SMS, portal, bench.session, portal.security, portal.general,
                            read_only=False)


def store_dialog(bench: BenchPortal):
    from portal_manager.ui.store_dialog import StoreDialog

    return StoreDialog(bench.portal, bench.session)


BASELINE = ("empty QDialog", empty_dialog)
OPENINGS: dict[str, Callable[[BenchPortal], object]] = {
    "Portal properties → Security": properties_at_security,
    "SMS dialog": sms_dialog,
    "Login information store dialog": store_dialog,
}


def fill_store(bench: BenchPortal, count: int = STORE_ENTRIES) -> None:
    from portal_manager.app.store_management import add_entry
    from portal_manager.vault.store import Entry

    for number in range(count):
        add_entry(bench.portal, bench.session,
                  Entry(f"apiKey{number}", f"secret-{number:04d}", f"provider key {number}"))


def opening_ms(bench: BenchPortal, factory: Callable[[BenchPortal], object], runs: int) -> float:
    """The best of ``runs`` openings, in milliseconds; closing is not timed."""
    return best_ms_with_setup(lambda: bench, lambda b: shown(factory(b)), dispose, runs)


def first_openings() -> dict[str, float]:
    """Run in a fresh process: the main window shown, then each dialog opened once."""
    from portal_manager.ui.main_window import MainWindow

    application()
    with bench_portal() as bench:
        fill_store(bench)
        window = shown(MainWindow(bench.portal, bench.session))
        settle()
        times = {}
        for name, factory in (BASELINE, *OPENINGS.items()):
            start = time.perf_counter()
            dialog = shown(factory(bench))
            times[name] = (time.perf_counter() - start) * 1e3
            dispose(dialog)
        dispose(window)
    return times


def run() -> list[Row]:
    runs = [json.loads(line) for line in outputs_of("bench.dialogs", "--first-open",
                                                    runs=FIRST_OPEN_RUNS)]
    first = {name: min(run[name] for run in runs) for name in runs[0]}
    application()
    rows = []
    with bench_portal() as bench:
        fill_store(bench)
        baseline_name, _ = BASELINE
        again = dict.fromkeys([baseline_name, *OPENINGS], float("inf"))
        for _ in range(RUNS):  # taking turns, so that the machine's load moves all alike
            for name, factory in (BASELINE, *OPENINGS.items()):
                again[name] = min(again[name], opening_ms(bench, factory, 1))
        baseline_ms = again[baseline_name]
        for name in OPENINGS:
            again_ms = again[name]
            rows.append(row(f"open {name}", again_ms, baseline_name, baseline_ms,
                            goal=f"< {GOAL_MS:g} ms", met=again_ms < GOAL_MS,
                            note=f"best of {RUNS}, modules already imported"))
            rows.append(row(f"open {name}, first time", first[name], baseline_name,
                            first[baseline_name], goal=f"< {GOAL_MS:g} ms",
                            met=first[name] < GOAL_MS,
                            note=f"best of {FIRST_OPEN_RUNS} fresh processes after the main "
                                 "window: includes imports"))
    return rows


if __name__ == "__main__":
    if sys.argv[1:] == ["--first-open"]:
        print(json.dumps(first_openings()))
    else:
        for result in run():
            print(result)
