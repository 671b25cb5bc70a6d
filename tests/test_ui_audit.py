"""The audit trail viewer, on a real portal's audit.log."""

from __future__ import annotations

import dataclasses
import json
import os
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from portal_manager.app import user_management as management
from portal_manager.app.portal import Portal
from portal_manager.mfa.settings import Service
from portal_manager.ui.audit_viewer import AuditViewer, Column
from portal_manager.users.directory import Session

# Central European time without needing the tz database: UTC+1, UTC+2 in summer.
CENTRAL_EUROPE = "CET-1CEST,M3.5.0,M10.5.0/3"


@pytest.fixture
def central_european_time() -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = CENTRAL_EUROPE
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def write_trail(portal: Portal, *records: dict) -> None:
    """Replace the portal's audit.log by these records, as the trail writes them."""
    lines = [json.dumps({"format": "portal-audit", "version": 1})]
    lines += [json.dumps(record) for record in records]
    (portal.folder / "audit.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


def record(time_text: str, action: str = "user.added", user: str = "admin", **details) -> dict:
    return {"time": time_text, "user": user, "action": action, "details": details}


def open_viewer(qtbot, portal: Portal) -> AuditViewer:
    viewer = AuditViewer(portal)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    return viewer


def shown_column(viewer: AuditViewer, column: Column) -> list[str]:
    model = viewer.recordsTable.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def cell(viewer: AuditViewer, row: int, column: Column, role=Qt.ItemDataRole.DisplayRole):
    model = viewer.recordsTable.model()
    return model.index(row, column).data(role)


def test_times_are_shown_in_local_time_with_utc_in_the_tooltip(
    qtbot, portal: Portal, central_european_time: None
) -> None:
    write_trail(portal, record("2026-01-15T12:00:00Z", name="winter"),
                record("2026-07-15T23:30:05Z", name="summer"))
    viewer = open_viewer(qtbot, portal)
    assert shown_column(viewer, Column.TIME) == ["2026-07-16 01:30:05", "2026-01-15 13:00:00"]
    assert cell(viewer, 0, Column.TIME, Qt.ItemDataRole.ToolTipRole) == (
        "2026-07-15T23:30:05Z (UTC)")


def test_the_newest_change_comes_first(qtbot, portal: Portal, admin: Session) -> None:
    management.add_user(portal, admin, "carol", "carol's password")
    management.grant_admin(portal, admin, "carol")
    management.remove_user(portal, admin, "carol")
    viewer = open_viewer(qtbot, portal)
    actions = shown_column(viewer, Column.ACTION)
    assert actions[0] == "User removed"
    assert actions.index("User removed") < actions.index("Made administrator") < actions.index(
        "User added") < actions.index("Portal created")
    assert actions[-1] == "Portal created"
    assert set(shown_column(viewer, Column.USER)) == {"admin"}


def test_the_filter_matches_any_column_ignoring_case(
    qtbot, portal: Portal, admin: Session
) -> None:
    management.add_user(portal, admin, "carol", "carol's password")
    management.add_user(portal, admin, "dave", "dave's password")
    management.change_password(portal, admin, "carol", "carol's new password")
    viewer = open_viewer(qtbot, portal)
    assert viewer.countLabel.text() == "Records shown: 4 of 4"

    qtbot.keyClicks(viewer.filterEdit, "CAROL")
    assert shown_column(viewer, Column.ACTION) == ["Password changed", "User added"]
    assert viewer.countLabel.text() == "Records shown: 2 of 4"

    viewer.filterEdit.clear()
    qtbot.keyClicks(viewer.filterEdit, "password ch")  # an action text, not a name
    assert shown_column(viewer, Column.DETAILS) == ["name: carol"]


@pytest.mark.parametrize(
    ("action", "details", "shown_action", "shown_details"),
    [
        ("user.added", {"name": "bob", "administrator": True}, "User added",
         "name: bob; administrator: yes"),
        ("security.changed",
         {"changes": [{"field": "sms.code_length", "old": 6, "new": 8},
                      {"field": "sms.sender_name", "old": {"en": "Acme"}, "new": {}}]},
         "Security settings changed", "sms.code_length: 6 → 8; sms.sender_name: {en: Acme} → {}"),
        ("general.changed",
         {"old": {"name": "Acme", "languages": ["en"], "default_language": "en"},
          "new": {"name": "Acme Intranet", "languages": ["en", "de"],
                  "default_language": "en"}},
         "General settings changed", "name: Acme → Acme Intranet; languages: en → en, de"),
        ("store.entry_changed",
         {"name": "sevenKey", "password_changed": False,
          "description": {"old": "", "new": "seven.io"}},
         "Login information changed",
         "name: sevenKey; password_changed: no; description: (empty) → seven.io"),
        ("future.action", {"note": None}, "future.action", "note: (none)"),
    ],
)
def test_actions_and_details_are_readable(
    qtbot, portal: Portal, action: str, details: dict, shown_action: str, shown_details: str
) -> None:
    write_trail(portal, record("2026-01-15T12:00:00Z", action, **details))
    viewer = open_viewer(qtbot, portal)
    assert cell(viewer, 0, Column.ACTION) == shown_action
    assert cell(viewer, 0, Column.DETAILS) == shown_details
    assert json.loads(cell(viewer, 0, Column.DETAILS, Qt.ItemDataRole.ToolTipRole)) == details


def test_a_saved_security_change_shows_old_and_new_value(
    qtbot, portal: Portal, admin: Session
) -> None:
    sms = dataclasses.replace(portal.security.sms, code_length=8)
    portal.save_security(portal.security.with_service(Service.SMS, sms), admin)
    viewer = open_viewer(qtbot, portal)
    assert cell(viewer, 0, Column.ACTION) == "Security settings changed"
    assert cell(viewer, 0, Column.DETAILS) == "sms.code_length: 6 → 8"


def test_a_long_value_is_cut_in_the_table_and_whole_in_the_tooltip(
    qtbot, portal: Portal
) -> None:
    message = "Your code is ${OTPFMT}. " * 20
    write_trail(portal, record("2026-01-15T12:00:00Z", "security.changed", changes=[
        {"field": "sms.message", "old": {"en": ""}, "new": {"en": message}}]))
    viewer = open_viewer(qtbot, portal)
    assert len(cell(viewer, 0, Column.DETAILS)) < 120
    assert message in cell(viewer, 0, Column.DETAILS, Qt.ItemDataRole.ToolTipRole)


def test_refresh_shows_changes_saved_since(qtbot, portal: Portal, admin: Session) -> None:
    viewer = open_viewer(qtbot, portal)
    management.add_user(portal, admin, "carol", "carol's password")
    assert "User added" not in shown_column(viewer, Column.ACTION)
    qtbot.mouseClick(viewer.refreshButton, Qt.MouseButton.LeftButton)
    assert shown_column(viewer, Column.ACTION)[0] == "User added"


def test_a_trail_that_cannot_be_read_is_said_so_not_raised(qtbot, portal: Portal) -> None:
    (portal.folder / "audit.log").write_text('{"format": "something-else"}\n')
    viewer = open_viewer(qtbot, portal)
    assert "audit.log" in viewer.problemLabel.text()
    assert not viewer.problemLabel.isHidden()
    assert viewer.recordsTable.model().rowCount() == 0

    write_trail(portal, record("2026-01-15T12:00:00Z"))
    qtbot.mouseClick(viewer.refreshButton, Qt.MouseButton.LeftButton)
    assert viewer.problemLabel.isHidden()
    assert viewer.recordsTable.model().rowCount() == 1


def test_the_viewer_is_read_only_and_closes(qtbot, portal: Portal) -> None:
    viewer = open_viewer(qtbot, portal)
    index = viewer.recordsTable.model().index(0, Column.DETAILS)
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    filter_labels = [label for label in viewer.findChildren(QLabel)
                     if label.buddy() is viewer.filterEdit]
    assert [label.text() for label in filter_labels] == ["&Filter:"]
    qtbot.mouseClick(viewer.buttons.button(QDialogButtonBox.StandardButton.Close),
                     Qt.MouseButton.LeftButton)
    assert not viewer.isVisible()
