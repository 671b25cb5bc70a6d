"""The audit trail: every saved change, who made it and when, append-only.

``audit.log`` holds JSON lines. The first line names the format and version;
each further line is one record::

    {"format": "portal-audit", "version": 1}
    {"time": "2026-11-27T23:45:01Z", "user": "alice", "action": "security.changed",
     "details": {"changes": [{"field": "sms.code_length", "old": 6, "new": 8}]}}

Records are appended with O_APPEND and fsynced, never rewritten. Secrets are
never passed in: callers record that a password or secret *changed*, not what
it is.

The trail survives damage instead of failing for good:

- an append that was cut off (a crash, a full disk) leaves a last line
  without its newline; the next record starts on a fresh line, so only the
  torn line is lost;
- an empty file gets its header with the next record;
- reading skips and reports damaged lines and keeps every other record;
- the file is never followed through a symbolic link and must be a regular
  file; a trail of a newer format version is listed but never appended to.

Callers check :meth:`AuditTrail.check_appendable` before they save a change;
:meth:`AuditTrail.record` after the save never raises, it warns.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import json
import logging
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any, BinaryIO

from portal_manager.messages import QT_TRANSLATE_NOOP, Message
from portal_manager.portal.files import CorruptFileError, NewerFormatError, PortalFileError
from portal_manager.portal.json_input import (
    JsonInputError,
    expect_dict,
    expect_object,
    expect_str,
    parse_json,
)

AUDIT_FILE = "audit.log"
FORMAT = "portal-audit"
VERSION = 1
HEADER_LINE = json.dumps({"format": FORMAT, "version": VERSION})
MAX_LINE_BYTES = 1 << 20  # a record is a few hundred bytes; a longer line is damage
MAX_LISTED_LINE_NUMBERS = 20
_READ_CHUNK = 64 * 1024

logger = logging.getLogger("portal_manager.audit")

# Never follow a link, never block on a FIFO, never take a terminal, never translate
# newlines (Windows). Flags a platform lacks are simply left out.
_SAFE_OPEN_FLAGS = 0
for _flag in ("O_NOFOLLOW", "O_NONBLOCK", "O_NOCTTY", "O_BINARY"):
    _SAFE_OPEN_FLAGS |= getattr(os, _flag, 0)

_MOVE_ASIDE = QT_TRANSLATE_NOOP(
    "Audit", "Move it aside; Portal Manager then starts a new audit trail.")
_SYMLINK = QT_TRANSLATE_NOOP(
    "Audit", "is a symbolic link; the audit trail is never followed through a link. Replace "
    "the link with a regular file (or move it aside to start a new trail)."
)


def _printable(values: dict[str, Any], name: str) -> str:
    """A field shown as is in a listing: a control or invisible character (a terminal
    escape, a line break forging a second record, a right-to-left override) makes the
    line damage, as the app never writes one."""
    text = expect_str(values, name)
    if not text.isprintable():
        raise JsonInputError(QT_TRANSLATE_NOOP(
            "Audit", "The record's field \"%1\" holds control or invisible characters."
        ).fill(name))
    return text


@dataclass(frozen=True)
class AuditRecord:
    time: str
    user: str
    action: str
    details: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"time": self.time, "user": self.user, "action": self.action,
                "details": self.details}

    @classmethod
    def from_line(cls, line: bytes) -> AuditRecord:
        """One record line, bounded and typed. Raises JsonInputError.

        Unknown fields are ignored, so that records of a newer version still list.
        """
        values = expect_object(parse_json(line, max_bytes=MAX_LINE_BYTES),
                               QT_TRANSLATE_NOOP("Audit", "the record"))
        details = expect_dict(values, "details") if "details" in values else {}
        return cls(_printable(values, "time"), _printable(values, "user"),
                   _printable(values, "action"), details)


@dataclass(frozen=True)
class AuditReading:
    """What :meth:`AuditTrail.read` found.

    ``records`` oldest first; ``damaged_lines`` the 1-based numbers of the lines
    that were skipped; ``header_missing`` when the first line is not the format
    header (its records are listed anyway); ``newer_version`` when the header
    names a newer format version: the records this version can read are listed,
    any others count as damaged lines.
    """

    records: list[AuditRecord]
    damaged_lines: list[int] = field(default_factory=list)
    header_missing: bool = False
    newer_version: bool = False

    def problems(self) -> list[Message]:
        """Each problem as a sentence completing "audit.log: …"; empty when all is well."""
        problems = []
        if self.newer_version:
            problems.append(QT_TRANSLATE_NOOP(
                "Audit", "was written by a newer Portal Manager; only the records this version "
                "understands are listed. Update Portal Manager to see them all."
            ))
        if self.header_missing:
            problems.append(QT_TRANSLATE_NOOP(
                "Audit", "does not start with its header line %1; its records are listed anyway."
            ).fill(HEADER_LINE))
        if self.damaged_lines:
            problems.append(_damaged_lines_sentence(self.damaged_lines))
        return problems


def _damaged_lines_sentence(numbers: list[int]) -> Message:
    if len(numbers) == 1:
        return QT_TRANSLATE_NOOP("Audit", "line %1 is damaged and was skipped.").fill(numbers[0])
    listed = ", ".join(str(number) for number in numbers[:MAX_LISTED_LINE_NUMBERS])
    more = len(numbers) - MAX_LISTED_LINE_NUMBERS
    if more > 0:
        return QT_TRANSLATE_NOOP(
            "Audit", "lines %1 and %2 more are damaged and were skipped.").fill(listed, more)
    return QT_TRANSLATE_NOOP("Audit", "lines %1 are damaged and were skipped.").fill(listed)


class _Header(Enum):
    """What the first line of a trail says about the file."""

    CURRENT = "current"  # our header, a version this program writes
    NEWER = "newer"  # our header, a newer version: read what we can, never append
    BAD_VERSION = "bad version"  # our format, but no usable version number
    MISSING = "missing"  # no header: a record, a torn or garbled line, or an empty file
    FOREIGN = "foreign"  # some other kind of file: neither read nor appended to


def _header_of(first_line: bytes) -> _Header:
    text = first_line.strip()
    if not text:
        return _Header.MISSING
    if not text.startswith(b"{"):
        return _Header.FOREIGN  # not JSON lines at all: a text or binary file of another kind
    try:
        values = parse_json(text, max_bytes=MAX_LINE_BYTES)
    except JsonInputError:
        return _Header.MISSING  # a torn or garbled line; the reader reports it as damaged
    if not isinstance(values, dict) or "format" not in values:
        return _Header.MISSING
    if values["format"] != FORMAT:
        return _Header.FOREIGN
    version = values.get("version")
    if type(version) is not int or version < 1:
        return _Header.BAD_VERSION
    return _Header.NEWER if version > VERSION else _Header.CURRENT


def _lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """Each line without its newline; None for a line over MAX_LINE_BYTES, skipped in chunks."""
    while line := stream.readline(MAX_LINE_BYTES + 1):
        if len(line) <= MAX_LINE_BYTES or line.endswith(b"\n"):
            yield line.rstrip(b"\n")
            continue
        while (rest := stream.readline(_READ_CHUNK)) and not rest.endswith(b"\n"):
            pass
        yield None


def _parse_records(
    numbered: Iterator[tuple[int, bytes | None]],
) -> tuple[list[AuditRecord], list[int]]:
    """The records of the numbered lines, and the numbers of the damaged ones."""
    records: list[AuditRecord] = []
    damaged: list[int] = []
    for number, line in numbered:
        if line is None:  # longer than any record
            damaged.append(number)
        elif line.strip():  # blank lines are no damage
            try:
                records.append(AuditRecord.from_line(line))
            except JsonInputError:
                damaged.append(number)
    return records, damaged


def _records_backwards(stream: BinaryIO) -> Iterator[AuditRecord]:
    """The readable records from the end of the file to its start, chunk by chunk.

    The header, blank and damaged lines are passed over; a line longer than
    MAX_LINE_BYTES is dropped in pieces (no piece of it reads as a record).
    """
    position = stream.seek(0, os.SEEK_END)
    rest = b""  # the start of a line whose beginning lies in the chunk before
    while position > 0:
        start = max(0, position - _READ_CHUNK)
        stream.seek(start)
        lines = (stream.read(position - start) + rest).split(b"\n")
        position = start
        rest = lines.pop(0) if position > 0 else b""
        if len(rest) > MAX_LINE_BYTES:
            rest = b""
        for line in reversed(lines):
            if not line.strip():
                continue
            try:
                yield AuditRecord.from_line(line)
            except JsonInputError:
                continue


def _first_line(fd: int) -> bytes:
    """The file's first line (at most MAX_LINE_BYTES + 1 bytes): all that decides its kind."""
    os.lseek(fd, 0, os.SEEK_SET)
    data = b""
    while b"\n" not in data and len(data) <= MAX_LINE_BYTES:
        chunk = os.read(fd, _READ_CHUNK)
        if not chunk:
            break
        data += chunk
    return data.split(b"\n", 1)[0][: MAX_LINE_BYTES + 1]


def _last_byte(fd: int, size: int) -> bytes:
    os.lseek(fd, size - 1, os.SEEK_SET)
    return os.read(fd, 1)


def _write_all(fd: int, data: bytes, size_before: int) -> None:
    """Write and fsync ``data``; on failure cut the file back, so no torn line stays behind."""
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except OSError:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, size_before)
        raise


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _jsonable(value: Any) -> Any:
    """Settings values as plain JSON (localized texts as objects)."""
    return value.to_json() if hasattr(value, "to_json") else str(value)


class AuditTrail:
    def __init__(self, folder: Path) -> None:
        self.path = folder / AUDIT_FILE

    # -- appending ---------------------------------------------------------------------------

    def check_appendable(self) -> None:
        """Raise PortalFileError, naming the file, if a record could not be appended.

        Call it before a change is saved, so that a change is not saved without
        its record. A missing or empty trail is fine. Refused: a symbolic link or
        anything but a regular file, no permission to write, a file that is no
        audit trail (CorruptFileError) and a trail of a newer format version
        (NewerFormatError). Reads only the first line.
        """
        try:
            # Opening for writing (without writing) is the one exact test of permission.
            fd = self._open(os.O_RDWR)
        except FileNotFoundError:
            return
        try:
            self._check_header(_first_line(fd))
        finally:
            os.close(fd)

    def record(self, user: str, action: str, **details: Any) -> AuditRecord | None:
        """Append one record of a change that was saved; None if it could not be written.

        The change is already saved, so a failure (a full disk, a file replaced
        since :meth:`check_appendable`) does not raise: it is logged as a warning
        on the "portal_manager.audit" logger.
        """
        entry = AuditRecord(utc_now(), user, action, json.loads(json.dumps(
            details, default=_jsonable, ensure_ascii=False)))
        line = json.dumps(entry.to_json(), ensure_ascii=False) + "\n"
        try:
            # "replace": a stray lone surrogate must not cost the whole record.
            self._append(line.encode("utf-8", errors="replace"))
        except PortalFileError as error:
            # The problem is a sentence, with its full stop.
            self._warn_not_recorded(QT_TRANSLATE_NOOP(
                "Audit", "The change was saved, but its audit record could not be written to "
                "%1: the file %2").fill(self.path, error.problem))
            return None
        except OSError as error:
            self._warn_not_recorded(QT_TRANSLATE_NOOP(
                "Audit", "The change was saved, but its audit record could not be written to "
                "%1: %2.").fill(self.path, error.strerror or str(error)))
            return None
        return entry

    @staticmethod
    def _warn_not_recorded(message: Message) -> None:
        # The Message itself, without logging's %-arguments: a GUI can translate it.
        logger.warning(message)

    def _append(self, line: bytes) -> None:
        fd = self._open(os.O_RDWR | os.O_APPEND | os.O_CREAT)
        try:
            size = os.fstat(fd).st_size
            if size == 0:
                start = (HEADER_LINE + "\n").encode("ascii")
            else:
                self._check_header(_first_line(fd))
                # A line cut off by a crash stays alone; the new record must not be glued on.
                start = b"" if _last_byte(fd, size) == b"\n" else b"\n"
            _write_all(fd, start + line, size)
        finally:
            os.close(fd)

    def _check_header(self, first_line: bytes) -> None:
        header = _header_of(first_line)
        if header is _Header.FOREIGN:
            raise CorruptFileError(self.path, QT_TRANSLATE_NOOP(
                "Audit", "is not a Portal Manager audit trail. %1").fill(_MOVE_ASIDE))
        if header is _Header.BAD_VERSION:
            raise CorruptFileError(self.path, QT_TRANSLATE_NOOP(
                "Audit", "has a header without a valid format version. %1").fill(_MOVE_ASIDE))
        if header is _Header.NEWER:
            raise NewerFormatError(self.path, QT_TRANSLATE_NOOP(
                "Audit", "was written by a newer Portal Manager (this version writes format "
                "version %1), so no record can be added to it. Update Portal Manager to "
                "change this portal.").fill(VERSION))

    # -- reading -----------------------------------------------------------------------------

    def records(self) -> list[AuditRecord]:
        """Every readable record, oldest first (see :meth:`read` for what was skipped)."""
        return self.read().records

    def read(self) -> AuditReading:
        """Every record, oldest first, with the damage found on the way.

        Damaged lines (not JSON, missing or ill-typed fields, longer than
        MAX_LINE_BYTES) are skipped and listed; a missing header is noted. A
        trail of a newer format version is read all the same, keeping the
        records whose fields this version knows, with ``newer_version`` set.
        Raises PortalFileError for a link, anything but a regular file or a
        file that cannot be read, and CorruptFileError for a file that is no
        audit trail. Lines are read one by one, never the whole file at once.
        """
        try:
            fd = self._open(os.O_RDONLY)
        except FileNotFoundError:
            return AuditReading([])
        with os.fdopen(fd, "rb") as stream:
            try:
                if os.fstat(fd).st_size == 0:
                    return AuditReading([])  # gets its header with the next record
                return self._read_lines(_lines(stream))
            except OSError as error:
                raise PortalFileError(self.path, QT_TRANSLATE_NOOP(
                    "Audit", "cannot be read (%1).").fill(error.strerror or error)) from None

    def recent_records(self, since: str) -> list[AuditRecord]:
        """The records at the end of the trail whose time is ``since`` or later, oldest first.

        Read backwards from the end, stopping at the first record older than ``since``:
        what is counted on every test send must not grow with the trail (reading it all
        took 17 ms a send after a few hundred records, bench/sending.py). Damaged lines
        are skipped; :meth:`read` is the one that reports them.
        """
        try:
            fd = self._open(os.O_RDONLY)
        except FileNotFoundError:
            return []
        with os.fdopen(fd, "rb") as stream:
            try:
                return list(reversed(list(
                    itertools.takewhile(lambda record: record.time >= since,
                                        _records_backwards(stream)))))
            except OSError as error:
                raise PortalFileError(self.path, QT_TRANSLATE_NOOP(
                    "Audit", "cannot be read (%1).").fill(error.strerror or error)) from None

    def _read_lines(self, lines: Iterator[bytes | None]) -> AuditReading:
        first = next(lines, b"")
        header = _header_of(first or b"")
        if header is _Header.FOREIGN:
            self._check_header(first or b"")  # raises: another kind of file is not listed
        numbered: Iterator[tuple[int, bytes | None]] = enumerate(lines, start=2)
        if header is _Header.MISSING:
            numbered = itertools.chain([(1, first)], numbered)  # the first line is a record
        records, damaged = _parse_records(numbered)
        if header is _Header.BAD_VERSION:
            damaged.insert(0, 1)
        return AuditReading(
            records,
            damaged,
            header_missing=header is _Header.MISSING,
            newer_version=header is _Header.NEWER,
        )

    # -- opening -----------------------------------------------------------------------------

    def _open(self, flags: int) -> int:
        """A descriptor of the trail, a regular file reached without a link.

        Raises FileNotFoundError when it is missing (and not created), else PortalFileError.
        """
        try:
            self._refuse_unless_regular(os.lstat(self.path))
        except FileNotFoundError:
            if not flags & os.O_CREAT:
                raise
        except OSError as error:
            raise self._open_error(error, flags) from None
        try:
            fd = os.open(self.path, flags | _SAFE_OPEN_FLAGS, 0o600)
        except FileNotFoundError:
            raise
        except OSError as error:
            raise self._open_error(error, flags) from None
        try:
            # Checked again on what was opened: the path may have changed since lstat.
            self._refuse_unless_regular(os.fstat(fd))
        except BaseException:
            os.close(fd)
            raise
        return fd

    def _refuse_unless_regular(self, status: os.stat_result) -> None:
        if stat.S_ISLNK(status.st_mode):
            raise PortalFileError(self.path, _SYMLINK)
        if stat.S_ISDIR(status.st_mode):
            raise PortalFileError(self.path, _is_folder())
        if not stat.S_ISREG(status.st_mode):
            raise PortalFileError(self.path, QT_TRANSLATE_NOOP(
                "Audit", "is not a regular file (a pipe, socket or device). %1"
            ).fill(_MOVE_ASIDE))

    def _open_error(self, error: OSError, flags: int) -> PortalFileError:
        if error.errno == errno.ELOOP:
            return PortalFileError(self.path, _SYMLINK)  # linked after the lstat check
        if error.errno == errno.EISDIR:
            return PortalFileError(self.path, _is_folder())
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return PortalFileError(self.path, _not_permitted(flags).fill(error.strerror))
        return PortalFileError(self.path, QT_TRANSLATE_NOOP(
            "Audit", "cannot be opened (%1).").fill(error.strerror or error))


def _is_folder() -> Message:
    return QT_TRANSLATE_NOOP("Audit", "is a folder, not a file. %1").fill(_MOVE_ASIDE)


def _not_permitted(flags: int) -> Message:
    """What opening with ``flags`` needs, with a marker for the system's reason."""
    writing, creating = bool(flags & os.O_RDWR), bool(flags & os.O_CREAT)
    if writing and creating:
        return QT_TRANSLATE_NOOP(
            "Audit", "cannot be opened (%1). Give your user permission to read and write it "
            "and to write in its folder.")
    if writing:
        return QT_TRANSLATE_NOOP(
            "Audit", "cannot be opened (%1). Give your user permission to read and write it.")
    if creating:
        return QT_TRANSLATE_NOOP(
            "Audit", "cannot be opened (%1). Give your user permission to read it and to "
            "write in its folder.")
    return QT_TRANSLATE_NOOP(
        "Audit", "cannot be opened (%1). Give your user permission to read it.")
