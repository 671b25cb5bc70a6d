"""No automatic garbage collection while a helper thread runs.

Python's cyclic garbage collector runs on whichever thread happens to allocate
when a threshold is crossed. A helper thread (scrypt at the login, a request in
the desktop app) that collects would also destroy unreachable objects that must
die on the thread that made them: Qt widgets of a dialog closed a moment ago,
whose destructors then run on the wrong thread and crash the process. So
automatic collection is paused from before a helper thread starts until the
main thread has seen it end; reference counting still frees everything that is
not in a cycle, and cycles are collected on the main thread afterwards.

Pauses nest and may overlap (two requests at once): collection resumes when
the last one ends, and only if it was enabled before the first.
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


def pause() -> None:
    """Stop automatic collection until the matching :func:`resume`."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1


def resume() -> None:
    """End one :func:`pause`; call it on the thread that called :func:`pause`."""
    global _pauses
    with _lock:
        if _pauses == 0:
            raise RuntimeError("resume() without a pause()")
        _pauses -= 1
        if _pauses == 0 and _was_enabled:
            gc.enable()


def paused() -> int:
    """How many pauses are in force (for tests and diagnostics)."""
    with _lock:
        return _pauses
