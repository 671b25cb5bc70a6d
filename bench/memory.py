"""Resident memory after opening every dialog, against a bare window.

Each number comes from a fresh process, so nothing imported or cached by
another benchmark counts:

* bare: a QApplication and an empty QWidget, shown (as a bare PySide6 window
  starts);
* app: the main window on a real portal with the administrator logged in, then
  every dialog opened and closed once: Portal properties, the authenticator app,
  SMS and voice dialogs, Send test, users, the login information store and the
  audit trail.

Resident memory is read from /proc/self/statm after the last dialog is closed
and Qt has deleted it (ru_maxrss, the peak, where /proc is missing).
"""

from __future__ import annotations

import json
import os
import resource
import sys

from bench.fresh_process import outputs_of
from bench.rows import Row, row


def resident_mib() -> float:
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10


def bare_window() -> float:
    from PySide6.QtWidgets import QWidget

    from bench.qt_app import application, settle, shown

    application()
    window = shown(QWidget())
    settle()
    window.close()
    return resident_mib()


def every_dialog() -> list[float]:
    from bench.bench_portal import bench_portal
    from bench.qt_app import application, dispose, settle, shown
    from portal_manager.mfa.settings import Service
    from portal_manager.mfa.templates import Channel

    application()
    from portal_manager.ui.audit_viewer import AuditViewer
    from portal_manager.ui.authenticator_dialog import AuthenticatorAppDialog
    from portal_manager.ui.main_window import MainWindow
    from portal_manager.ui.message_dialogs import configure_dialog
    from portal_manager.ui.portal_properties import PortalPropertiesDialog
    from portal_manager.ui.send_test_dialog import SendTestDialog
    from portal_manager.ui.store_dialog import StoreDialog
    from portal_manager.ui.users_dialog import UsersDialog

    with bench_portal() as bench:
        portal, session = bench.portal, bench.session
        config, general = portal.security, portal.general
        window = shown(MainWindow(portal, session))
        settle()
        main_window = resident_mib()
        dialogs = [
            lambda: PortalPropertiesDialog(portal, session, window),
            lambda: AuthenticatorAppDialog(config.authenticator_app, general.name,
                                           read_only=False, parent=window),
            lambda: configure_dialog(Service.SMS, portal, session, config, general,
                                     read_only=False, parent=window),
            lambda: configure_dialog(Service.VOICE, portal, session, config, general,
                                     read_only=False, parent=window),
            lambda: SendTestDialog(portal, session, Channel.SMS, config, window),
            lambda: UsersDialog(portal, session, window),
            lambda: StoreDialog(portal, session, parent=window),
            lambda: AuditViewer(portal, window),
        ]
        for make in dialogs:
            dispose(shown(make()))
        settle()
        every = resident_mib()
        dispose(window)
    return [main_window, every]


MODES = {"--bare": bare_window, "--every-dialog": every_dialog}


def measured_in_fresh_process(mode: str):
    [output] = outputs_of("bench.memory", mode)
    return json.loads(output)


def run() -> list[Row]:
    bare = measured_in_fresh_process("--bare")
    main_window, app = measured_in_fresh_process("--every-dialog")
    return [row("resident memory after opening every dialog", app, "bare PySide6 window", bare,
                goal="—", met=None, unit="MiB",
                note=f"{app - bare:.0f} MiB above the bare window; the main window alone "
                     f"{main_window:.0f} MiB; a fresh process each")]


if __name__ == "__main__":
    if sys.argv[1:2] and sys.argv[1] in MODES:
        print(json.dumps(MODES[sys.argv[1]]()))
    else:
        for result in run():
            print(result)
