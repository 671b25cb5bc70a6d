"""The login information store with 10,000 entries: open, filter, save.

* open: what every store operation starts with (app.store_management.open_store):
  the data key unsealed with the administrator's private key, the file decrypted,
  its JSON checked and turned into entries. The key derivation is not included: it
  happened once, at login, and the session holds the private key.
* filter: what the store dialog does on each character typed into its filter
  field, with the dialog holding all entries (the proxy model filtering every
  column, the table laid out and painted again).
* save: the entries written again (UnlockedStore.save: changed-on-disk check,
  JSON, encryption, an atomic, fsynced write).

Baseline: ``json.loads(json.dumps(...))`` of the same entries, what a plain,
unencrypted file would at least cost (without the disk).
"""

from __future__ import annotations

import json
import time

from bench.bench_portal import BenchPortal, bench_portal
from bench.qt_app import application, dispose, shown
from bench.rows import Row, row
from bench.timing import best_ms

ENTRIES = 10_000
GOAL_MS = 200.0
BASELINE = "JSON round trip of the entries"
NARROW = "entry12"  # 111 of the entries match


def fill(bench: BenchPortal, count: int = ENTRIES) -> dict[str, dict[str, str]]:
    """``count`` entries written into the portal's store; returns them as plain JSON."""
    from portal_manager.vault.store import Entry

    store = bench.portal.store.unlock(bench.session.user_name, bench.session.private_key)
    store.entries = {
        f"entry{number}": Entry(f"entry{number}", f"secret-{number:06d}-" + "x" * 40,
                                f"API key of provider account {number}")
        for number in range(count)
    }
    store.save()
    return {name: {"secret": entry.secret, "description": entry.description}
            for name, entry in store.entries.items()}


def filter_ms(dialog, text: str) -> float:
    from PySide6.QtWidgets import QApplication

    start = time.perf_counter()
    dialog.filterEdit.setText(text)
    QApplication.processEvents()  # the table laid out and painted with what is left
    return (time.perf_counter() - start) * 1e3


def run() -> list[Row]:
    from portal_manager.app.store_management import open_store
    from portal_manager.ui.store_dialog import StoreDialog

    application()
    rows = []
    with bench_portal() as bench:
        plain = fill(bench)
        portal, session = bench.portal, bench.session
        baseline = best_ms(lambda: json.loads(json.dumps(plain)), 3)
        goal = f"< {GOAL_MS:g} ms"

        def add(name: str, measured: float, note: str = "") -> None:
            rows.append(row(name, measured, BASELINE, baseline, goal=goal,
                            met=measured < GOAL_MS, note=note))

        add(f"store, {ENTRIES:,} entries: open", best_ms(lambda: open_store(portal, session), 1),
            "unseal, decrypt, check; key derivation excluded")
        store = portal.store.unlock(session.user_name, session.private_key)
        add(f"store, {ENTRIES:,} entries: save", best_ms(store.save, 1),
            "encrypt, atomic write with fsync")

        start = time.perf_counter()
        dialog = shown(StoreDialog(portal, session))
        opened_ms = (time.perf_counter() - start) * 1e3
        narrowing, widening = [], []
        for _ in range(3):  # alternating: setting the same text again would do nothing
            narrowing.append(filter_ms(dialog, NARROW))
            widening.append(filter_ms(dialog, ""))
        narrow, widen = min(narrowing), min(widening)
        add(f"store, {ENTRIES:,} entries: filter in the dialog", max(narrow, widen),
            f"the slower of: all → 111 rows {narrow:.1f} ms, back to all {widen:.1f} ms")
        rows.append(row(f"store dialog opened with {ENTRIES:,} entries", opened_ms, BASELINE,
                        baseline, goal="—", met=None, note="once; for orientation"))
        dispose(dialog)
    return rows


if __name__ == "__main__":
    for result in run():
        print(result)
