"""The audit trail, read-only: who changed what and when, newest first, filterable."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from enum import IntEnum
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from portal_manager.app.portal import Portal
from portal_manager.audit.trail import AuditRecord
from portal_manager.errors import PortalManagerError
from portal_manager.ui.feedback import FeedbackLevel, apply_state_colour
from portal_manager.ui.text import error_text, fill

RECORD_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
SHOWN_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
# A value longer than this is cut in the Details column; the tooltip shows all of it.
MAX_VALUE_CHARACTERS = 60
MAX_TOOLTIP_CHARACTERS = 4000
SEPARATOR = "; "
_TOP = QModelIndex()  # the parent of a table's rows


class Column(IntEnum):
    TIME = 0
    USER = 1
    ACTION = 2
    DETAILS = 3


def local_time_text(utc_time: str) -> str | None:
    """A record's UTC time in the computer's time zone, or None if it is not a record time."""
    try:
        moment = datetime.strptime(utc_time, RECORD_TIME_FORMAT).replace(tzinfo=UTC)
    except (TypeError, ValueError):
        return None
    return moment.astimezone().strftime(SHOWN_TIME_FORMAT)


def _shortened(text: str) -> str:
    if len(text) <= MAX_VALUE_CHARACTERS:
        return text
    return text[: MAX_VALUE_CHARACTERS - 1] + "…"


def _is_change(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"old", "new"}


class AuditTableModel(QAbstractTableModel):
    """Audit records as rows, newest first; texts are made once per load."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []
        self._tooltips: list[tuple[str, ...]] = []

    def set_records(self, records: list[AuditRecord]) -> None:
        """``records`` oldest first, as the trail appends them."""
        self.beginResetModel()
        newest_first = list(reversed(records))
        self._rows = [self._row(record) for record in newest_first]
        self._tooltips = [self._tooltip_row(record) for record in newest_first]
        self.endResetModel()

    # -- the Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _TOP) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _TOP) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Details"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips[index.row()][index.column()] or None
        return None

    # -- texts -------------------------------------------------------------------------------

    def _row(self, record: AuditRecord) -> tuple[str, ...]:
        return (local_time_text(record.time) or str(record.time), str(record.user),
                self._action_text(str(record.action)), self._details_text(record.details))

    def _tooltip_row(self, record: AuditRecord) -> tuple[str, ...]:
        details = json.dumps(record.details, ensure_ascii=False, indent=2)
        return (fill(self.tr("%1 (UTC)"), record.time), "", str(record.action),
                _shortened_tooltip(details))

    def _action_text(self, action: str) -> str:
        texts = {
            "portal.created": self.tr("Portal created"),
            "general.changed": self.tr("General settings changed"),
            "security.changed": self.tr("Security settings changed"),
            "properties.changed": self.tr("Portal properties changed"),
            "user.added": self.tr("User added"),
            "user.removed": self.tr("User removed"),
            "user.granted_admin": self.tr("Made administrator"),
            "user.revoked_admin": self.tr("Removed from Administrators"),
            "user.password_changed": self.tr("Password changed"),
            "store.rekeyed": self.tr("Login information store re-keyed"),
            "store.entry_added": self.tr("Login information added"),
            "store.entry_changed": self.tr("Login information changed"),
            "store.entry_removed": self.tr("Login information deleted"),
        }
        return texts.get(action, action)

    def _details_text(self, details: Any) -> str:
        """E.g. "sms.code_length: 6 → 8; sms.validity_minutes: 5 → 3"."""
        if not isinstance(details, dict):
            return self._value_text(details)
        if _is_change(details):  # general.changed: the old and new General settings
            return SEPARATOR.join(self._change_texts("", details))
        parts: list[str] = []
        for key, value in details.items():
            if key == "changes" and isinstance(value, list):
                parts += [self._listed_change_text(change) for change in value]
            elif _is_change(value):
                parts += self._change_texts(key, value)
            else:
                parts.append(fill(self.tr("%1: %2"), key, self._value_text(value)))
        return SEPARATOR.join(parts)

    def _listed_change_text(self, change: Any) -> str:
        """One entry of "changes": {"field": …, "old": …, "new": …}."""
        if isinstance(change, dict) and {"field", "old", "new"} <= set(change):
            return self._change_text(str(change["field"]), change["old"], change["new"])
        return self._value_text(change)

    def _change_texts(self, name: str, change: dict[str, Any]) -> list[str]:
        """One text per differing field when old and new are both objects, else one."""
        old, new = change["old"], change["new"]
        if not (isinstance(old, dict) and isinstance(new, dict)):
            return [self._change_text(name, old, new)]
        keys = [*old, *(key for key in new if key not in old)]
        return [
            self._change_text(f"{name}.{key}" if name else str(key), old.get(key), new.get(key))
            for key in keys
            if old.get(key) != new.get(key)
        ]

    def _change_text(self, name: str, old: Any, new: Any) -> str:
        return fill(self.tr("%1: %2 → %3"), name, self._value_text(old), self._value_text(new))

    def _value_text(self, value: Any) -> str:
        if value is None:
            return self.tr("(none)")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, str):
            return _shortened(value) if value else self.tr("(empty)")
        if isinstance(value, list):
            return ", ".join(self._value_text(item) for item in value) or self.tr("(none)")
        if isinstance(value, dict):
            pairs = (fill(self.tr("%1: %2"), key, self._value_text(item))
                     for key, item in value.items())
            return "{" + ", ".join(pairs) + "}"
        return _shortened(str(value))


def _shortened_tooltip(text: str) -> str:
    if len(text) <= MAX_TOOLTIP_CHARACTERS:
        return text
    return text[: MAX_TOOLTIP_CHARACTERS - 1] + "…"


class AuditViewer(QDialog):
    """Every saved change of the portal; nothing here changes anything."""

    def __init__(self, portal: Portal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.portal = portal
        self.setObjectName("auditViewer")
        self.setWindowTitle(self.tr("Audit trail"))

        self.model = AuditTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # every column
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filterEdit = QLineEdit(objectName="filterEdit")
        self.filterEdit.setClearButtonEnabled(True)
        self.filterEdit.setPlaceholderText(self.tr("user, action, field or value"))
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filterEdit)
        self.refreshButton = QPushButton(self.tr("&Refresh"), objectName="refreshButton")
        self.recordsTable = self._records_table()
        self.countLabel = QLabel(objectName="countLabel")
        self.problemLabel = QLabel(objectName="problemLabel")
        self.problemLabel.setWordWrap(True)
        apply_state_colour(self.problemLabel, FeedbackLevel.ERROR)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        self._lay_out(filter_label)
        self.filterEdit.textChanged.connect(self._filter)
        self.refreshButton.clicked.connect(self.refresh)
        self.resize(900, 480)
        self.refresh()

    def _records_table(self) -> QTableView:
        table = QTableView(objectName="recordsTable")
        table.setAccessibleName(self.tr("Saved changes, newest first"))
        table.setModel(self.proxy)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)  # Tab moves on to Close
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.DETAILS, QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self, filter_label: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filterEdit, stretch=1)
        top.addWidget(self.refreshButton)
        bottom = QHBoxLayout()
        bottom.addWidget(self.countLabel, stretch=1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problemLabel)
        layout.addWidget(self.recordsTable, stretch=1)
        layout.addLayout(bottom)

        order = [self.filterEdit, self.refreshButton, self.recordsTable,
                 self.buttons.button(QDialogButtonBox.StandardButton.Close)]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def refresh(self) -> None:
        """Read the trail again; a trail that cannot be read is said so, not raised."""
        try:
            records = self.portal.audit.records()
        except PortalManagerError as error:
            self.problemLabel.setText(error_text(error))
            self.problemLabel.show()
            records = []
        else:
            self.problemLabel.clear()
            self.problemLabel.hide()
        self.model.set_records(records)
        self._show_count()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._show_count()

    def _show_count(self) -> None:
        self.countLabel.setText(fill(self.tr("Records shown: %1 of %2"),
                                     self.proxy.rowCount(), self.model.rowCount()))
