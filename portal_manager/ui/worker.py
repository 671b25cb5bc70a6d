"""One blocking call (a network request) on a thread, its result back on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from portal_manager.errors import PortalManagerError


class Worker(QObject):
    """Runs one call on a thread; ``finished(result, error)`` comes back on the GUI thread."""

    finished = Signal(object, object)

    def start(self, call: Callable[[], Any]) -> None:
        def run() -> None:
            try:
                result, error = call(), None
            except PortalManagerError as problem:
                result, error = None, problem
            self.finished.emit(result, error)

        threading.Thread(target=run, daemon=True).start()
