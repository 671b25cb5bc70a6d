"""Every test runs offscreen, against a fresh portal in its own temporary folder."""

from __future__ import annotations

import os

# Set before Qt is imported anywhere: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from portal_manager.portal.general import GeneralSettings
from portal_manager.portal.location import DEFAULT_PORTAL_ENV
from portal_manager.portal.portal import Portal


@pytest.fixture(autouse=True)
def _isolated_default_portal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test may touch the real user's default portal or UI language."""
    folder = tmp_path / "default-portal"
    monkeypatch.setenv(DEFAULT_PORTAL_ENV, str(folder))
    monkeypatch.setenv("PORTAL_MANAGER_UI_LANGUAGE", "en")
    return folder


@pytest.fixture
def general() -> GeneralSettings:
    return GeneralSettings("Acme Portal", ("en", "de"), "en")


@pytest.fixture
def portal_folder(tmp_path: Path, general: GeneralSettings) -> Path:
    """A freshly created portal (closed again, so tests can open it as they like)."""
    folder = tmp_path / "portal"
    Portal.create(folder, general).close()
    return folder


@pytest.fixture
def portal(portal_folder: Path):
    with Portal.open(portal_folder, writable=True) as opened:
        yield opened
