"""Warnings the core logs while it works, shown to the person at the computer.

The core reports what did not stop an operation but needs a person's attention
- users.json changed outside Portal Manager, a change saved whose audit record
could not be written - by logging a translatable Message. On the command line
these reach stderr; in the app this handler collects them and shows them in
one message box once the operation has returned (never in its middle, which
would run the event loop inside a half-done change).
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from portal_manager.messages import Message
from portal_manager.ui.text import translated

CORE_LOGGER = "portal_manager"


class CoreWarningNotifier(logging.Handler):
    """Collects the core's translatable warnings logged on the GUI thread and shows them."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.pending: list[str] = []
        # Shown through a timer owned by a QObject, so nothing outlives the application.
        self._owner = QObject(QCoreApplication.instance())

    def emit(self, record: logging.LogRecord) -> None:
        # Only the core's Messages are meant for people; a worker thread's log lines
        # (e.g. a connection retried) stay in the log.
        if not isinstance(record.msg, Message):
            return
        if threading.current_thread() is not threading.main_thread():
            return
        text = translated(record.msg)
        if text in self.pending:
            return
        self.pending.append(text)
        if len(self.pending) == 1:
            QTimer.singleShot(0, self._owner, self.show_pending)

    def show_pending(self) -> None:
        texts, self.pending = self.pending, []
        if not texts:
            return
        # Not at import: the Qt namespace costs the first window ~20 ms (its enums).
        from PySide6.QtCore import Qt

        # Plain text: a warning quotes file names and user names, which Qt would render
        # as HTML when they look like a tag.
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("CoreWarnings", "Portal Manager"),
                          "\n\n".join(texts), QMessageBox.StandardButton.Ok,
                          QApplication.activeWindow())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()


def install_core_warning_notifier() -> CoreWarningNotifier:
    """Show the core's warnings in the app; returns the handler (to remove it again)."""
    notifier = CoreWarningNotifier()
    logging.getLogger(CORE_LOGGER).addHandler(notifier)
    return notifier


def remove_core_warning_notifier(notifier: CoreWarningNotifier) -> None:
    logging.getLogger(CORE_LOGGER).removeHandler(notifier)
