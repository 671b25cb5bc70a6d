"""The QApplication every bench module shares: offscreen, with the app's translations.

Window geometry (QSettings) goes to a temporary folder, so a benchmark never
touches the user's configuration.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile


def application():
    """The running QApplication, created offscreen on first use."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(["portal-manager-bench"])
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        settings = tempfile.mkdtemp(prefix="portal-manager-bench-settings-")
        atexit.register(shutil.rmtree, settings, True)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
        from portal_manager.ui.translations import install_translators

        install_translators(app)
    return app


def settle() -> None:
    """Let Qt finish what is pending: events, painting, and deleteLater()'d widgets."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def shown(widget):
    """``widget``, shown, laid out and painted (offscreen, into its backing store)."""
    from PySide6.QtWidgets import QApplication

    widget.show()
    QApplication.processEvents()
    return widget


def dispose(widget) -> None:
    widget.close()
    widget.deleteLater()
    settle()


def quiet_offscreen_warnings() -> None:
    """Drop the offscreen platform's note that it cannot resize windows to fit (said for
    every dialog shown); every other Qt message still goes to stderr."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)
