"""Safe reading and writing of the portal's versioned JSON files.

Every file is a JSON object ``{"format": KIND, "version": N, ...}``. Writes go
to a temporary file in the same folder, are flushed and fsynced, replace the
old file with ``os.replace`` and finally fsync the folder, so a crash at any
moment leaves either the old or the new file, never a mix. A file changed on
disk since it was read is never silently overwritten.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import secrets
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from portal_manager.errors import PortalManagerError
from portal_manager.messages import QT_TRANSLATE_NOOP
from portal_manager.portal.json_input import JsonInputError, parse_json


class PortalFileError(PortalManagerError):
    """A portal file cannot be read or written; the message names the file."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Files", "%1: %2").fill(path, problem))
        self.path = path
        self.problem = problem


class CorruptFileError(PortalFileError):
    """The file is not what it should be: truncated, garbled or of another kind."""


class NewerFormatError(PortalFileError):
    """The file was written by a newer Portal Manager; it may be read but not written."""


class ChangedOnDiskError(PortalFileError):
    """The file changed on disk since it was read; saving would lose that change."""


@dataclass(frozen=True)
class FileStamp:
    """What a file looked like when it was read, to notice changes before writing."""

    digest: str | None  # sha256 of the content; None when the file did not exist

    @classmethod
    def of_bytes(cls, data: bytes | None) -> FileStamp:
        return cls(None if data is None else hashlib.sha256(data).hexdigest())


def _fsync_folder(folder: Path) -> None:
    # On POSIX the rename itself is only durable once the folder entry is synced.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_synced(fd: int, data: bytes) -> None:
    """Write ``data`` to the open file ``fd``, flush it to disk and close it."""
    with os.fdopen(fd, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())


def atomic_write_bytes(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old or the new file.

    ``private`` files (secrets, hashes) are created readable by the owner only.
    """
    folder = path.parent
    mode = 0o600 if private else 0o644
    fd, temp_name = tempfile.mkstemp(prefix=temporary_prefix(path.name), suffix=".tmp",
                                     dir=folder)
    temp_path = Path(temp_name)
    try:
        # chmod by path: os.fchmod does not exist on Windows.
        os.chmod(temp_path, mode)
        _write_synced(fd, data)
        os.replace(temp_path, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp_path.unlink()
        raise
    _fsync_folder(folder)


def temporary_prefix(name: str) -> str:
    """How the temporary files of ``atomic_write_bytes`` for a file ``name`` begin."""
    return f".{name}."


def remove_stale_temporaries(folder: Path, names: tuple[str, ...]) -> list[Path]:
    """Remove leftover temporaries of ``names`` (from a save that was killed); returns them.

    Only regular files named exactly as ``atomic_write_bytes`` names them are
    touched, never a link or anything else someone put there.
    """
    removed = []
    for name in names:
        for path in folder.glob(f"{temporary_prefix(name)}*.tmp"):
            if path.is_symlink() or not path.is_file():
                continue
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(path)
    return removed


def write_output_file(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write a file the user named (an export, a QR code) as the user expects.

    A regular file or a new path is replaced atomically, as ``atomic_write_bytes``
    does, but an existing file keeps its mode and a new one gets the umask's
    (``0o666 & ~umask``, or ``0o600`` if ``private``). A symlink is written through
    to its target. A FIFO or device (``/dev/stdout``, ``/dev/full``) is written
    directly: replacing it with a regular file would break what the user meant.
    Raises PortalFileError naming ``path``, never a temporary file.
    """
    try:
        target = os.stat(path)
    except FileNotFoundError:
        target = None
    except OSError as error:
        raise _output_error(path, error) from None
    if target is None:
        _replace_regular_file(path, _final_path(path), data, mode=None, private=private)
    elif stat.S_ISDIR(target.st_mode):
        raise PortalFileError(path, QT_TRANSLATE_NOOP(
            "Files", "is a folder; give the name of a file in it."))
    elif stat.S_ISREG(target.st_mode):
        if not os.access(path, os.W_OK):
            raise PortalFileError(path, QT_TRANSLATE_NOOP(
                "Files", "cannot be written (it is read-only)."))
        mode = stat.S_IMODE(target.st_mode)
        _replace_regular_file(path, _final_path(path), data, mode=mode, private=private)
    else:
        _write_in_place(path, data)


def _final_path(path: Path) -> Path:
    """Where the data ends up: the target of a symlink (even a dangling one), else ``path``."""
    return Path(os.path.realpath(path)) if os.path.islink(path) else path


def _output_error(path: Path, error: OSError) -> PortalFileError:
    # strerror only: the error's own text may name our temporary file.
    reason = error.strerror or QT_TRANSLATE_NOOP("Files", "unknown error")
    return PortalFileError(path, QT_TRANSLATE_NOOP("Files", "cannot be written (%1).").fill(reason))


def _replace_regular_file(
    given: Path, final: Path, data: bytes, *, mode: int | None, private: bool
) -> None:
    """Write ``data`` to a temporary file next to ``final`` and move it over ``final``.

    ``mode`` is the existing file's; for a new file the kernel applies the umask
    to the mode given to ``os.open``.
    """
    temp_path: Path | None = None
    try:
        fd, temp_path = _create_temporary_file(final, 0o600 if private else 0o666)
        if mode is not None:
            os.chmod(temp_path, mode)
        _write_synced(fd, data)
        os.replace(temp_path, final)
        temp_path = None
        _fsync_folder(final.parent)
    except OSError as error:
        raise _output_error(given, error) from None
    finally:
        if temp_path is not None:
            with contextlib.suppress(OSError):
                temp_path.unlink()


def _create_temporary_file(final: Path, mode: int) -> tuple[int, Path]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        candidate = final.parent / f"{temporary_prefix(final.name)}{secrets.token_hex(4)}.tmp"
        try:
            return os.open(candidate, flags, mode), candidate
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST,
                          QT_TRANSLATE_NOOP("Files", "no free temporary file name"))


def _write_in_place(path: Path, data: bytes) -> None:
    """Write to a FIFO or device as a shell redirection would: no temporary file, no replace."""
    try:
        with open(path, "wb", buffering=0) as stream:
            view = memoryview(data)
            while view:
                view = view[stream.write(view):]
    except OSError as error:
        raise _output_error(path, error) from None


# The largest portal file read (the store with thousands of entries); JSON files are
# held to a smaller limit by json_input.
MAX_FILE_BYTES = 64 << 20
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NON_BLOCKING = getattr(os, "O_NONBLOCK", 0)


def read_bytes(path: Path, max_bytes: int = MAX_FILE_BYTES) -> bytes | None:
    """The file's content, or None if it does not exist.

    Only a regular file is read, never through a link, and never more than
    ``max_bytes``: someone who can write the folder could put a link to
    another file, a FIFO that blocks forever, or a device in its place.
    """
    try:
        fd = os.open(path, os.O_RDONLY | _NO_FOLLOW | _NON_BLOCKING)
    except FileNotFoundError:
        return None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise PortalFileError(path, QT_TRANSLATE_NOOP(
                "Files", "is a link, which Portal Manager does not follow. "
                "Put the file itself there.")) from None
        raise _read_error(path, error) from None
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise PortalFileError(path, QT_TRANSLATE_NOOP(
                "Files", "is not a regular file. Put the file itself there."))
        if status.st_size > max_bytes:
            raise PortalFileError(path, QT_TRANSLATE_NOOP(
                "Files", "is larger than %1 MiB, far more than Portal Manager writes. "
                "Restore it from a backup.").fill(max_bytes >> 20))
        with os.fdopen(fd, "rb", closefd=False) as stream:
            data = stream.read(max_bytes + 1)
    except OSError as error:
        raise _read_error(path, error) from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise PortalFileError(
            path, QT_TRANSLATE_NOOP("Files", "is larger than %1 MiB.").fill(max_bytes >> 20))
    return data


def _read_error(path: Path, error: OSError) -> PortalFileError:
    return PortalFileError(
        path, QT_TRANSLATE_NOOP("Files", "cannot be read (%1).").fill(error.strerror))


class VersionedJsonFile:
    """One JSON file of a known kind and format version.

    ``load`` remembers a stamp of what it read; ``save`` refuses to write when
    the file on disk no longer matches it, and when the file is of a newer
    format than this program writes.
    """

    def __init__(self, path: Path, kind: str, version: int, *, private: bool = False) -> None:
        self.path = path
        self.kind = kind
        self.version = version
        self.private = private
        self._stamp: FileStamp | None = None
        self.read_only_reason: str | None = None

    def exists(self) -> bool:
        return self.path.exists()

    def load(self) -> dict[str, Any]:
        """The file's body (without the format header). Raises PortalFileError."""
        raw = read_bytes(self.path)
        if raw is None:
            # Read only in a folder that holds portal.json (Portal.open checks): a portal file
            # gone from a portal, not a folder that is no portal.
            raise PortalFileError(
                self.path, QT_TRANSLATE_NOOP("Files", "is missing. Restore it from a backup."))
        body = self._parse(raw)
        self._stamp = FileStamp.of_bytes(raw)
        return body

    def _parse(self, raw: bytes) -> dict[str, Any]:
        try:
            document = parse_json(raw)
        except JsonInputError as error:
            raise CorruptFileError(self.path, QT_TRANSLATE_NOOP(
                "Files", "%1 Restore it from a backup.").fill(error.args[0])) from None
        if not isinstance(document, dict) or document.get("format") != self.kind:
            raise CorruptFileError(self.path, QT_TRANSLATE_NOOP(
                "Files", 'is not a Portal Manager "%1" file.').fill(self.kind))
        version = document.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise CorruptFileError(
                self.path, QT_TRANSLATE_NOOP("Files", "has no valid format version."))
        # Of the file as read now: an earlier read may have found a newer one, since replaced.
        self.read_only_reason = None if version <= self.version else QT_TRANSLATE_NOOP(
            "Files", "was written by a newer Portal Manager (format version %1; "
            "this version understands up to %2). It is opened read-only; "
            "update Portal Manager to change it.").fill(version, self.version)
        return {key: value for key, value in document.items() if key not in ("format", "version")}

    def save(self, body: dict[str, Any]) -> None:
        """Write ``body`` with the format header, refusing to lose changes made on disk."""
        if self.read_only_reason:
            raise NewerFormatError(self.path, self.read_only_reason)
        current = FileStamp.of_bytes(read_bytes(self.path))
        expected = self._stamp if self._stamp is not None else FileStamp(None)
        if current != expected:
            raise ChangedOnDiskError(self.path, QT_TRANSLATE_NOOP(
                "Files", "was changed on disk since it was loaded (by another program or "
                "person). Nothing was saved; reopen the portal to see the change, then make "
                "yours again."))
        document = {"format": self.kind, "version": self.version, **body}
        data = (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        atomic_write_bytes(self.path, data, private=self.private)
        self._stamp = FileStamp.of_bytes(data)
