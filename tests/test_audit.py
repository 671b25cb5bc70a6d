"""The audit trail: every saved change with time, user, old and new values; never a secret."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from portal_manager.app import store_management
from portal_manager.app import user_management as management
from portal_manager.app.portal import Portal
from portal_manager.audit import trail
from portal_manager.audit.trail import HEADER_LINE, AuditTrail
from portal_manager.mfa.settings import LocalizedText, Service
from portal_manager.portal.files import CorruptFileError
from portal_manager.portal.general import GeneralSettings
from portal_manager.vault.store import Entry
from tests.conftest import ADMIN

SECRET = "sk-audit-secret-0451"


def actions(portal: Portal) -> list[str]:
    return [record.action for record in portal.audit.records()]


def test_creating_a_portal_is_recorded(portal: Portal) -> None:
    [record] = portal.audit.records()
    assert (record.user, record.action) == (ADMIN, "portal.created")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", record.time)


def test_security_changes_record_old_and_new_values(portal: Portal, admin) -> None:
    sms = dataclasses.replace(
        portal.security.sms, code_length=8, sender_name=LocalizedText({"en": "Acme"})
    )
    portal.save_security(portal.security.with_service(Service.SMS, sms), admin)
    record = portal.audit.records()[-1]
    assert record.action == "security.changed"
    assert record.details["changes"] == [
        {"field": "sms.sender_name", "old": {}, "new": {"en": "Acme"}},
        {"field": "sms.code_length", "old": 6, "new": 8},
    ]


def test_saving_without_a_change_records_nothing(portal: Portal, admin) -> None:
    portal.save_security(portal.security, admin)
    assert actions(portal) == ["portal.created"]


def test_general_changes_are_recorded(portal: Portal, admin) -> None:
    portal.save_general(GeneralSettings("Renamed", ("en", "de"), "de"), admin)
    record = portal.audit.records()[-1]
    assert record.action == "general.changed"
    assert (record.details["old"]["name"], record.details["new"]["name"]) == (
        "Acme Portal", "Renamed")


def test_user_and_store_changes_are_recorded_without_secrets(portal: Portal, admin) -> None:
    management.add_user(portal, admin, "bob", "bob's password")
    management.grant_admin(portal, admin, "bob")
    management.change_password(portal, admin, "bob", "bob's next password")
    management.revoke_admin(portal, admin, "bob")
    management.remove_user(portal, admin, "bob")
    store_management.add_entry(portal, admin, Entry("sevenKey", SECRET, "seven.io"))
    store_management.change_entry(portal, admin, "sevenKey", SECRET + "2", "new description")
    store_management.remove_entry(portal, admin, "sevenKey")

    assert actions(portal)[1:] == [
        "user.added", "user.granted_admin", "user.password_changed", "user.revoked_admin",
        "user.removed", "store.entry_added", "store.entry_changed", "store.entry_removed",
    ]
    changed = portal.audit.records()[-2]
    assert changed.details["secret_changed"] is True
    assert changed.details["description"] == {"old": "seven.io", "new": "new description"}
    text = portal.audit.path.read_text()
    for secret in (SECRET, "bob's password", "bob's next password"):
        assert secret not in text


def test_the_trail_is_append_only(portal: Portal, admin) -> None:
    before = portal.audit.path.read_bytes()
    management.add_user(portal, admin, "bob", "bob's password")
    after = portal.audit.path.read_bytes()
    assert after.startswith(before) and len(after) > len(before)
    assert portal.audit.path.stat().st_mode & 0o777 == 0o600


def test_a_damaged_line_is_skipped_and_named(portal: Portal, admin) -> None:
    with portal.audit.path.open("a") as stream:
        stream.write("{not json\n")
    management.add_user(portal, admin, "bob", "bob's password")
    reading = portal.audit.read()
    assert [record.action for record in reading.records] == ["portal.created", "user.added"]
    assert reading.damaged_lines == [3]
    assert reading.problems() == ["line 3 is damaged and was skipped."]


def test_a_file_that_is_no_trail_is_refused(tmp_path) -> None:
    (tmp_path / "audit.log").write_text('{"format": "something"}\n')
    with pytest.raises(CorruptFileError, match="not a Portal Manager audit trail"):
        AuditTrail(tmp_path).records()


def _trail_with_records(tmp_path, times: list[str], *, damaged_after: int | None = None):
    lines = [HEADER_LINE]
    for number, time in enumerate(times):
        lines.append(json.dumps({"time": time, "user": ADMIN, "action": "test.sent",
                                 "details": {"number": number}}))
        if number == damaged_after:
            lines.append('{"time": "2030-01-01T00:00:00Z", "user": ')  # torn by a crash
    (tmp_path / "audit.log").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return AuditTrail(tmp_path)


@pytest.mark.parametrize("chunk_bytes", [7, 100, 64 * 1024])
def test_recent_records_are_read_from_the_end_until_an_older_one(
    tmp_path, monkeypatch: pytest.MonkeyPatch, chunk_bytes: int
) -> None:
    monkeypatch.setattr(trail, "_READ_CHUNK", chunk_bytes)  # lines across chunk boundaries
    times = [f"2025-03-01T12:{minute:02d}:00Z" for minute in range(30)]
    audit = _trail_with_records(tmp_path, times, damaged_after=27)

    recent = audit.recent_records("2025-03-01T12:25:00Z")

    assert [record.details["number"] for record in recent] == [25, 26, 27, 28, 29]
    assert audit.recent_records("2025-03-01T13:00:00Z") == []
    assert [record.time for record in audit.recent_records("")] == times  # header skipped


def test_recent_records_of_a_missing_trail_are_none(tmp_path) -> None:
    assert AuditTrail(tmp_path).recent_records("2025-03-01T12:00:00Z") == []
