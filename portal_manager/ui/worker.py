"""One blocking call (a network request) on a thread, its result back on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from portal_manager import collection_pause
from portal_manager.errors import PortalManagerError
from portal_manager.messages import QT_TRANSLATE_NOOP

POLL_MILLISECONDS = 20  # well below what a person notices, a few wake-ups a request


class Worker(QObject):
    """Runs one call on a plain thread; ``finished(result, error)`` comes on the GUI thread.

    The thread touches no Qt object, not even this one: it only fills a Future,
    and a timer on the GUI thread hands the result over. A dialog closed and
    deleted while the call runs simply never hears of it; a thread that emitted
    a signal or dropped the last reference to a Qt object itself would crash the
    process once that object is gone.
    """

    finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._future: Future | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MILLISECONDS)
        self._timer.timeout.connect(self._hand_over)

    def start(self, call: Callable[[], Any]) -> None:
        future: Future = Future()

        def run() -> None:
            try:
                future.set_result(call())
            except PortalManagerError as problem:
                future.set_exception(problem)
            except Exception as unexpected:  # a bug: say so without its text, which may hold data
                future.set_exception(_unexpected(unexpected))

        self._future = future
        thread = threading.Thread(target=run, daemon=True)
        _pause_collection_until_ended(thread)
        try:
            thread.start()
        except RuntimeError as refused:  # no thread to be had (memory, a limit)
            # A failed request; the pause above ends, the thread never having lived.
            future.set_exception(_unexpected(refused))
        self._timer.start()

    def _hand_over(self) -> None:
        if self._future is None or not self._future.done():
            return
        self._timer.stop()
        future, self._future = self._future, None
        error = future.exception()
        self.finished.emit(None if error else future.result(), error)


def _unexpected(error: Exception) -> PortalManagerError:
    """A bug or a refusal of the system, named without its text, which may hold data."""
    return PortalManagerError(QT_TRANSLATE_NOOP(
        "Worker", "The request failed unexpectedly (%1). Try again; if it "
        "keeps failing, report it.").fill(type(error).__name__))


# Threads of calls, each holding one collection pause; a timer owned by the application
# (not by a Worker, which may be deleted first) resumes collection on the GUI thread once
# each has ended.
_running: set[threading.Thread] = set()
_watcher: QTimer | None = None


def _pause_collection_until_ended(thread: threading.Thread) -> None:
    """No automatic garbage collection until ``thread`` has ended and the GUI thread saw it.

    Called before the thread starts. The worker thread allocates (an import, a
    response); a collection there would destroy Qt objects of dialogs closed
    meanwhile on the wrong thread (a crash seen when the outbox's request imported
    ``requests``). Its result being in is not enough: the thread still runs Python
    code after it (the Future's done callbacks, threading's clean-up). See
    portal_manager.collection_pause.
    """
    global _watcher
    collection_pause.pause()
    _running.add(thread)
    if _watcher is None or not shiboken6.isValid(_watcher):  # a new QApplication (tests)
        _watcher = QTimer(QCoreApplication.instance())
        _watcher.setInterval(POLL_MILLISECONDS)
        _watcher.timeout.connect(_resume_for_ended_threads)
    _watcher.start()


def _resume_for_ended_threads() -> None:
    # Never started (refused) or ended: either way no longer alive. The watcher first
    # ticks after start() has returned, so a thread about to start is never counted.
    for thread in [thread for thread in _running if not thread.is_alive()]:
        _running.discard(thread)
        collection_pause.resume()
    if not _running and _watcher is not None:
        _watcher.stop()
