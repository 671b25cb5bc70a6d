"""Run in a fresh interpreter: start a window and report each stage as it is shown.

``python bench/startup_probe.py bare`` shows a bare PySide6 dialog and, once it
is accepted, a bare main window: the baseline. ``python bench/startup_probe.py
app [--portal DIR]`` starts Portal Manager through its real entry point
(``portal_manager.__main__.main``) on that portal, or on the default portal
(the setup dialog when it does not exist yet).

For every first window and main window shown, one JSON line goes to stdout:
the stage (the window's object name), the wall-clock time, the process's CPU
time, resident memory, whether the Qt namespace has been made and, with
``--modules``, every module imported by then. With ``--login USER`` (the
password is read from stdin, never from the command line) the probe logs in at
the login dialog and reports the main window with the time its key derivation took
(scrypt, timed where it runs), which start-up reports apart. Without it, the first
window is cancelled and the app ends.

The app's modules are loaded the way its entry point loads them
(``load_desktop_app``) before the probe touches Qt, because the order matters:
PySide6 reads the source of every module imported after it. Only then does the
probe make the application (which ``run_application`` takes over) and look for
shown windows, found by their object names, not by importing their classes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

FIRST_WINDOWS = {"loginDialog", "setupDialog", "bareDialog"}
MAIN_WINDOW = "mainWindow"


def resident_kib() -> dict[str, int]:
    """VmRSS (now) and VmHWM (peak) in KiB; ru_maxrss for both where /proc is missing."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            fields = dict(line.split(":", 1) for line in status if ":" in line)
        return {name: int(fields[key].split()[0])
                for name, key in (("rss_kib", "VmRSS"), ("peak_kib", "VmHWM"))}
    except (OSError, KeyError, ValueError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        # Kilobytes on Linux, bytes on macOS.
        peak = peak // 1024 if sys.platform == "darwin" else peak
        return {"rss_kib": peak, "peak_kib": peak}


def report(stage: str, with_modules: bool, **extra: object) -> None:
    from PySide6 import QtCore

    line: dict[str, object] = {
        "stage": stage, "time": time.time(), "cpu_seconds": time.process_time(),
        **resident_kib(),
        # PySide6 makes the Qt namespace (a hundred Python enums, ~20 ms) on first use.
        "qt_namespace": "Qt" in vars(QtCore), **extra,
    }
    if with_modules:
        line["modules"] = sorted(sys.modules)
    print(json.dumps(line), flush=True)


def watch_shown_windows(options: argparse.Namespace, password: str,
                        derivations: list[tuple[float, float]] | None = None) -> None:
    """Make the application and report each watched window once it is shown, then act
    on it: log in, accept the bare dialog, or close.

    A timer looks for the windows every millisecond of the event loop, rather than an
    event filter: a filter written in Python makes PySide6 wrap every event, creating
    the Python types of each kind of event the first time, which costs the app (many
    kinds of events) more than the bare window (few) and would skew the comparison.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QWidget

    reported: set[str] = set()

    def shown(window: QWidget) -> None:
        stage = window.objectName()
        derived = {}
        if stage == MAIN_WINDOW and derivations is not None:
            derived = {"derived_seconds": sum(wall for wall, _ in derivations),
                       "derived_cpu_seconds": sum(cpu for _, cpu in derivations)}
        report(stage, options.modules, **derived)
        if stage == MAIN_WINDOW:
            window.close()  # the last window closed ends the event loop
        elif options.login is None:
            window.reject()
        elif stage == "bareDialog":
            window.accept()
        else:
            window.findChild(QLineEdit, "userNameEdit").setText(options.login)
            window.findChild(QLineEdit, "passwordEdit").setText(password)
            buttons = window.findChild(QDialogButtonBox)
            buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def look() -> None:
        for window in QApplication.topLevelWidgets():
            name = window.objectName()
            if name in FIRST_WINDOWS | {MAIN_WINDOW} and name not in reported \
                    and window.isVisible():
                reported.add(name)
                shown(window)
                return

    # As run_application makes it; it takes the application that exists.
    app = QApplication([sys.argv[0]])
    app.stage_timer = QTimer(interval=1, timeout=look)  # kept as long as the application
    app.stage_timer.start()


def run_bare(login: bool) -> int:
    from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

    dialog = QDialog(objectName="bareDialog")
    if dialog.exec() != QDialog.DialogCode.Accepted or not login:
        return 0
    window = QMainWindow(objectName=MAIN_WINDOW)
    window.show()
    return QApplication.instance().exec()


def time_the_derivations() -> list[tuple[float, float]]:
    """Wall and CPU seconds of every key derivation from now on, timed where scrypt runs.

    The login derives its key on a thread of its own while the GUI thread loads what
    comes next (users/key_derivation.py); the derivation, slow on purpose, is taken out
    of the time to the main window and reported apart. Timed in the start itself, not in
    a second login: the first derivation in a process (fresh memory to fault in) is not
    what a second one costs.
    """
    from portal_manager.users import key_derivation

    timed: list[tuple[float, float]] = []
    scrypt = key_derivation.scrypt

    def timed_scrypt(*arguments):
        started, started_cpu = time.perf_counter(), time.thread_time()
        try:
            return scrypt(*arguments)
        finally:
            timed.append((time.perf_counter() - started, time.thread_time() - started_cpu))

    key_derivation.scrypt = timed_scrypt
    return timed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["bare", "app"])
    parser.add_argument("--portal")
    parser.add_argument("--login", metavar="USER")
    parser.add_argument("--modules", action="store_true")
    options = parser.parse_args()
    password = sys.stdin.readline().rstrip("\n") if options.login else ""

    if options.what == "bare":
        watch_shown_windows(options, password)
        return run_bare(options.login is not None)

    from portal_manager.__main__ import load_desktop_app
    from portal_manager.__main__ import main as portal_manager_main

    load_desktop_app()
    watch_shown_windows(options, password, time_the_derivations())
    return portal_manager_main(["--portal", options.portal] if options.portal else [])


if __name__ == "__main__":
    sys.exit(main())
