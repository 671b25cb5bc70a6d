"""The worker that runs requests off the GUI thread: results arrive on the GUI thread, and a
dialog closed while its request runs does not take the process down."""

from __future__ import annotations

import gc
import threading

import pytest
import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget

from portal_manager.errors import PortalManagerError
from portal_manager.ui.worker import Worker


def test_the_result_arrives_on_the_gui_thread(qtbot) -> None:
    worker = Worker()
    ran_on = []
    received = []

    def call() -> int:
        ran_on.append(QThread.currentThread())
        return 42

    worker.finished.connect(lambda result, error: received.append(
        (result, error, QThread.currentThread())))
    worker.start(call)
    qtbot.waitUntil(lambda: bool(received))
    [(result, error, thread)] = received
    assert (result, error) == (42, None)
    assert thread is QApplication.instance().thread()
    assert ran_on[0] is not thread  # the call itself did not run on the GUI thread


def test_errors_arrive_as_errors_and_unexpected_ones_without_their_text(qtbot) -> None:
    worker = Worker()
    received = []
    worker.finished.connect(lambda result, error: received.append((result, error)))

    def refused() -> None:
        raise PortalManagerError("seven.io rejected the API key (900).")

    worker.start(refused)
    qtbot.waitUntil(lambda: bool(received))
    assert received[0][0] is None and str(received[0][1]) == "seven.io rejected the API key (900)."

    def buggy() -> None:
        raise KeyError("sk-secret-value")

    worker.start(buggy)
    qtbot.waitUntil(lambda: len(received) == 2)
    text = str(received[1][1])
    assert "KeyError" in text and "sk-secret-value" not in text


# The thread must not touch the deleted worker: an exception there fails the test.
@pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_dialog_deleted_while_its_request_runs_is_no_crash(qtbot) -> None:
    release = threading.Event()
    finished = threading.Event()
    dialog = QWidget()
    worker = Worker(dialog)
    answered = []
    worker.finished.connect(lambda *_: answered.append(True))

    def slow_request() -> str:
        release.wait(10)
        finished.set()
        return "answer"

    worker.start(slow_request)
    shiboken6.delete(dialog)  # closed by the person: the dialog and its worker are gone
    del worker, dialog
    release.set()
    assert finished.wait(10)
    gc.collect()
    qtbot.wait(100)  # the timer is gone with the worker: nothing is handed over, nothing breaks
    assert answered == []


def test_no_automatic_collection_while_a_call_runs_even_when_its_dialog_is_gone(qtbot) -> None:
    """A collection on the worker thread would destroy Qt objects of dialogs closed
    meanwhile on that thread (a segfault seen when the outbox's request imported
    requests): collection pauses until the GUI thread has seen every call end."""
    from portal_manager import collection_pause

    assert gc.isenabled() and collection_pause.paused() == 0
    release_first, release_second = threading.Event(), threading.Event()
    seen_in_calls: list[bool] = []

    def waiting_for(event: threading.Event):
        def call() -> None:
            seen_in_calls.append(gc.isenabled())
            event.wait(5)
        return call

    owner = QWidget()
    first = Worker(owner)
    first.start(waiting_for(release_first))
    second = Worker()
    received = []
    second.finished.connect(lambda result, error: received.append(error))
    second.start(waiting_for(release_second))
    qtbot.waitUntil(lambda: len(seen_in_calls) == 2)
    assert seen_in_calls == [False, False]

    owner.deleteLater()  # the first call's dialog closes while it runs
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))
    release_first.set()
    qtbot.wait(100)
    assert not gc.isenabled()  # the second call still runs

    release_second.set()
    qtbot.waitUntil(lambda: received == [None])
    qtbot.waitUntil(gc.isenabled)
    assert collection_pause.paused() == 0


def test_a_thread_that_cannot_start_is_an_error_and_collection_resumes(qtbot) -> None:
    """When the system refuses a new thread (out of memory, a thread limit), the request
    fails with a message and automatic collection resumes: the pause taken for the
    thread was left in force for the rest of the run, and the watcher ticked forever."""
    from portal_manager import collection_pause

    assert gc.isenabled() and collection_pause.paused() == 0
    worker = Worker()
    received = []
    worker.finished.connect(lambda result, error: received.append((result, error)))
    # A stack larger than any address space: the kernel really refuses the thread.
    old_stack_size = threading.stack_size(1 << 46)
    try:
        worker.start(lambda: "never run")
    finally:
        threading.stack_size(old_stack_size)
    qtbot.waitUntil(lambda: bool(received))
    [(result, error)] = received
    assert result is None and isinstance(error, PortalManagerError)
    assert "RuntimeError" in str(error)
    qtbot.waitUntil(gc.isenabled)
    assert collection_pause.paused() == 0


def test_collection_resumes_only_once_the_thread_itself_has_ended(qtbot) -> None:
    """The result is in before the thread has ended: it still runs Python code (the
    Future's done callbacks, threading's own clean-up), where a collection would
    destroy Qt objects on the wrong thread. Here a done callback keeps it running."""
    go, linger = threading.Event(), threading.Event()
    worker = Worker()
    received = []
    worker.finished.connect(lambda result, error: received.append(result))
    worker.start(lambda: go.wait(10) and "answer")
    worker._future.add_done_callback(lambda _: linger.wait(10))  # runs on the worker thread
    go.set()
    qtbot.waitUntil(lambda: received == ["answer"])
    qtbot.wait(100)
    assert not gc.isenabled()  # the thread is still in the callback
    linger.set()
    qtbot.waitUntil(gc.isenabled)
