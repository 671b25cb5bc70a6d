"""Run in a fresh interpreter: start a window and report each stage as it is shown.

``python bench/startup_probe.py bare`` shows a bare PySide6 dialog and, once it
is accepted, a bare main window: the baseline. ``python bench/startup_probe.py
app [--portal DIR]`` starts Portal Manager through its real entry point
(``portal_manager.__main__.main``) on that portal, or on the default portal
(the setup dialog when it does not exist yet).

For every first window and main window shown, one JSON line goes to stdout:
the stage (the window's object name), the wall-clock time, resident memory
and, with ``--modules``, every module imported by then. With ``--login USER``
(the password is read from stdin, never from the command line) the probe logs
in at the login dialog, reports the main window, and then times one login
alone: the key derivation, reported apart from start-up. Without it, the first
window is cancelled and the app ends.

Only Qt and the standard library are imported before the app is started, so
what the app imports is what ``sys.modules`` shows; the probe finds the windows
by their object names, not by importing their classes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QWidget,
)

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
    line: dict[str, object] = {"stage": stage, "time": time.time(), **resident_kib(), **extra}
    if with_modules:
        line["modules"] = sorted(sys.modules)
    print(json.dumps(line), flush=True)


class StageWatcher(QObject):
    """Reports a watched window once it is shown, then acts on it (log in, close)."""

    def __init__(self, options: argparse.Namespace, password: str) -> None:
        super().__init__()
        self.options = options
        self.password = password

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and watched.objectName() in FIRST_WINDOWS | {MAIN_WINDOW}):
            # Shown, not yet painted: report once the event loop turns.
            QTimer.singleShot(0, lambda window=watched: self.shown(window))
        return False

    def shown(self, window: QWidget) -> None:
        stage = window.objectName()
        report(stage, self.options.modules)
        if stage == MAIN_WINDOW:
            window.close()  # the last window closed ends the event loop
        elif self.options.login is None:
            window.reject()
        elif stage == "bareDialog":
            window.accept()
        else:
            window.findChild(QLineEdit, "userNameEdit").setText(self.options.login)
            window.findChild(QLineEdit, "passwordEdit").setText(self.password)
            buttons = window.findChild(QDialogButtonBox)
            buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def run_bare(login: bool) -> int:
    dialog = QDialog(objectName="bareDialog")
    if dialog.exec() != QDialog.DialogCode.Accepted or not login:
        return 0
    window = QMainWindow(objectName=MAIN_WINDOW)
    window.show()
    return QApplication.instance().exec()


def time_one_login(folder: str, user: str, password: str) -> float:
    """Seconds for a login alone (key derivation and unsealing), cryptography loaded."""
    from portal_manager.app.portal import Portal

    with Portal.open(folder) as portal:
        started = time.perf_counter()
        portal.login(user, password)
        return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["bare", "app"])
    parser.add_argument("--portal")
    parser.add_argument("--login", metavar="USER")
    parser.add_argument("--modules", action="store_true")
    options = parser.parse_args()
    password = sys.stdin.readline().rstrip("\n") if options.login else ""

    # As run_application makes it; it takes the application that exists.
    app = QApplication([sys.argv[0]])
    watcher = StageWatcher(options, password)
    app.installEventFilter(watcher)
    if options.what == "bare":
        return run_bare(options.login is not None)

    from portal_manager.__main__ import main as portal_manager_main

    status = portal_manager_main(["--portal", options.portal] if options.portal else [])
    if options.login is not None and options.portal:
        report("login", False, seconds=time_one_login(options.portal, options.login, password))
    return status


if __name__ == "__main__":
    sys.exit(main())
