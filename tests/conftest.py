"""Every test runs offscreen, against a fresh portal in its own temporary folder."""

from __future__ import annotations

import os

# Set before Qt is imported anywhere: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from portal_manager.app.portal import Portal
from portal_manager.portal.general import GeneralSettings
from portal_manager.portal.location import DEFAULT_PORTAL_ENV
from portal_manager.users import credentials
from portal_manager.users.credentials import KdfParameters
from tests.gateway import seven_gateway  # noqa: F401 (the seven.io gateway simulator fixture)

ADMIN = "admin"
ADMIN_PASSWORD = "correct horse battery"
# Cheap scrypt for tests; tests/test_users.py has one test with the production parameters.
FAST_KDF = KdfParameters(n=2**4, r=8, p=1)


@pytest.fixture(autouse=True)
def _isolated_default_portal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test may touch the real user's default portal or UI language."""
    folder = tmp_path / "default-portal"
    monkeypatch.setenv(DEFAULT_PORTAL_ENV, str(folder))
    monkeypatch.setenv("PORTAL_MANAGER_UI_LANGUAGE", "en")
    return folder


@pytest.fixture(autouse=True)
def _isolated_qt_settings(tmp_path: Path) -> None:
    """Window geometry and the like go to the test's folder, not the user's configuration."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qt-settings"))


@pytest.fixture(autouse=True)
def _no_translator_outlives_its_test():
    """A test that starts the app in a language leaves the next test in English."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    app = QCoreApplication.instance()
    before = set(app.findChildren(QTranslator)) if app is not None else set()
    yield
    app = QCoreApplication.instance()
    if app is not None:
        for translator in set(app.findChildren(QTranslator)) - before:
            app.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _fast_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(credentials, "current_kdf", FAST_KDF)


@pytest.fixture
def general() -> GeneralSettings:
    return GeneralSettings("Acme Portal", ("en", "de"), "en")


@pytest.fixture
def portal_folder(tmp_path: Path, general: GeneralSettings) -> Path:
    """A freshly created portal (closed again, so tests can open it as they like)."""
    folder = tmp_path / "portal"
    Portal.create(folder, general, ADMIN, ADMIN_PASSWORD).close()
    return folder


@pytest.fixture
def portal(portal_folder: Path):
    with Portal.open(portal_folder, writable=True) as opened:
        yield opened


@pytest.fixture
def admin(portal: Portal):
    """The first administrator's session on the open ``portal``."""
    return portal.login(ADMIN, ADMIN_PASSWORD)


@pytest.fixture
def announcements(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """What the app asks screen readers to announce: (text, urgent), in order.

    Qt hands announcement events to the platform's accessibility bridge, which the
    offscreen platform has none of; the events are recorded where the app posts them.
    Every other accessibility update still reaches Qt.
    """
    from PySide6.QtGui import QAccessible

    post = QAccessible.updateAccessibility
    heard: list[tuple[str, bool]] = []

    def record(event) -> None:
        if event.type() is QAccessible.Event.Announcement:
            heard.append((event.message(),
                          event.politeness() is QAccessible.AnnouncementPoliteness.Assertive))
        else:
            post(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return heard
