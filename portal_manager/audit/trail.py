"""The audit trail: every saved change, who made it and when, append-only.

``audit.log`` holds JSON lines. The first line names the format and version;
each further line is one record::

    {"time": "2026-11-27T23:45:01Z", "user": "alice", "action": "security.changed",
     "details": {"changes": [{"field": "sms.code_length", "old": 6, "new": 8}]}}

Records are appended with O_APPEND and fsynced, never rewritten. Secrets are
never passed in: callers record that a password or secret *changed*, not what
it is.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from portal_manager.portal.files import CorruptFileError, NewerFormatError

AUDIT_FILE = "audit.log"
FORMAT = "portal-audit"
VERSION = 1


@dataclass(frozen=True)
class AuditRecord:
    time: str
    user: str
    action: str
    details: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"time": self.time, "user": self.user, "action": self.action,
                "details": self.details}


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _jsonable(value: Any) -> Any:
    """Settings values as plain JSON (localized texts as objects)."""
    return value.to_json() if hasattr(value, "to_json") else str(value)


class AuditTrail:
    def __init__(self, folder: Path) -> None:
        self.path = folder / AUDIT_FILE

    def record(self, user: str, action: str, **details: Any) -> AuditRecord:
        entry = AuditRecord(utc_now(), user, action, json.loads(json.dumps(
            details, default=_jsonable, ensure_ascii=False)))
        lines = []
        if not self.path.exists():
            lines.append(json.dumps({"format": FORMAT, "version": VERSION}))
        lines.append(json.dumps(entry.to_json(), ensure_ascii=False))
        data = ("\n".join(lines) + "\n").encode("utf-8")
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        return entry

    def records(self) -> list[AuditRecord]:
        """Every record, oldest first. Raises CorruptFileError naming the line."""
        if not self.path.exists():
            return []
        lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        try:
            header = json.loads(lines[0]) if lines else {}
        except json.JSONDecodeError:
            header = {}
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            raise CorruptFileError(self.path, "is not a Portal Manager audit trail.")
        if not isinstance(header.get("version"), int) or header["version"] > VERSION:
            raise NewerFormatError(self.path, "was written by a newer Portal Manager.")
        records = []
        for number, line in enumerate(lines[1:], start=2):
            if not line.strip():
                continue
            try:
                values = json.loads(line)
                records.append(AuditRecord(values["time"], values["user"], values["action"],
                                           values.get("details", {})))
            except (json.JSONDecodeError, KeyError, TypeError):
                raise CorruptFileError(self.path, f"line {number} is damaged.") from None
        return records
