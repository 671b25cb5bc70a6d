"""Pausing automatic garbage collection while helper threads run (collection_pause)."""

from __future__ import annotations

import gc

import pytest

from portal_manager import collection_pause


def test_pauses_nest_and_collection_resumes_after_the_last() -> None:
    assert gc.isenabled()
    collection_pause.pause()
    collection_pause.pause()
    assert not gc.isenabled()
    collection_pause.resume()
    assert not gc.isenabled()
    collection_pause.resume()
    assert gc.isenabled() and collection_pause.paused() == 0


def test_collection_switched_off_before_stays_off() -> None:
    gc.disable()
    try:
        collection_pause.pause()
        collection_pause.resume()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_resume_without_a_pause_is_a_bug_said_at_once() -> None:
    with pytest.raises(RuntimeError):
        collection_pause.resume()
    assert gc.isenabled()
