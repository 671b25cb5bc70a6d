"""The lock that keeps two running copies of Portal Manager from overwriting each other.

An exclusive advisory lock on ``.portal.lock``, held while the portal is open
for writing: ``flock`` on Unix, a one-byte ``msvcrt.locking`` region on Windows.
The operating system drops it when the process ends, however it ends, so a
crash never leaves a portal locked. The file itself stays; only the lock on it
counts.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from portal_manager.errors import PortalManagerError
from portal_manager.messages import QT_TRANSLATE_NOOP
from portal_manager.portal.files import PortalFileError

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

LOCK_FILE_NAME = ".portal.lock"
# What a lock held by someone else looks like (EACCES: some file systems, and Windows;
# EDEADLOCK: Windows once its retries are used up).
_HELD_ELSEWHERE = frozenset({errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES,
                             getattr(errno, "EDEADLOCK", errno.EDEADLK)})


class PortalLockedError(PortalManagerError):
    """Another running Portal Manager holds the portal's lock."""


class PortalLock:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock, or raise PortalLockedError at once (never waits)."""
        if self._fd is not None:
            return
        # Never through a link planted in the folder: the lock file is ours alone.
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        path = self.folder / LOCK_FILE_NAME
        try:
            fd = os.open(path, flags, 0o644)
        except OSError as error:
            raise _open_error(path, error) from None
        try:
            _lock(fd)
        except OSError as error:
            os.close(fd)
            if error.errno not in _HELD_ELSEWHERE:
                raise
            raise PortalLockedError(QT_TRANSLATE_NOOP(
                "Portal", "The portal %1 is open for changes in another Portal Manager. "
                "Close it there first, or open this portal read-only.").fill(self.folder)
            ) from None
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    @property
    def is_locked(self) -> bool:
        return self._fd is not None


def _open_error(path: Path, error: OSError) -> PortalFileError:
    """Why the lock file cannot be opened, for a person: a bare OSError reached the
    desktop app as "an unexpected error" with no window."""
    if error.errno == errno.ELOOP:
        return PortalFileError(path, QT_TRANSLATE_NOOP(
            "Files", "is a link, which Portal Manager does not follow. Remove it: Portal "
            "Manager creates this file itself."))
    return PortalFileError(path, QT_TRANSLATE_NOOP(
        "Files", "cannot be opened (%1). Portal Manager creates this file itself: remove "
        "what is there, or give your user permission to write the portal folder."
    ).fill(error.strerror or error))


def _lock(fd: int) -> None:
    if sys.platform == "win32":
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
