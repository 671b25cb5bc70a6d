"""The lock that keeps two running copies of Portal Manager from overwriting each other."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from portal_manager.errors import PortalManagerError
from portal_manager.messages import QT_TRANSLATE_NOOP

LOCK_FILE_NAME = ".portal.lock"


class PortalLockedError(PortalManagerError):
    """Another running Portal Manager holds the portal's lock."""


class PortalLock:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = FileLock(folder / LOCK_FILE_NAME, timeout=0)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout:
            raise PortalLockedError(QT_TRANSLATE_NOOP(
                "Portal", "The portal %1 is open for changes in another Portal Manager. "
                "Close it there first, or open this portal read-only.").fill(self.folder)
            ) from None

    def release(self) -> None:
        self._lock.release()

    @property
    def is_locked(self) -> bool:
        return self._lock.is_locked
