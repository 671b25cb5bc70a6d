"""The local gateway simulator's outbox: what the test sends really carried.

Shown when ``PORTAL_MANAGER_SEVEN_BASE_URL`` points at `portal-manager gateway-sim`
on this computer, so a tester sees the SMS text, sender and number exactly as
the gateway received them - newest first - without a phone or an account.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from portal_manager.errors import PortalManagerError
from portal_manager.providers.gateway_outbox import OutboxEntry, fetch_outbox
from portal_manager.ui.feedback import FeedbackLevel, apply_state_colour
from portal_manager.ui.tab_order import tab_through_buttons_as_shown
from portal_manager.ui.text import error_text, fill
from portal_manager.ui.worker import Worker

SHOWN_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
ACCEPTED = 100  # seven.io's return code for "sent"


class OutboxDialog(QDialog):
    """A read-only table of the simulator's requests, with Refresh."""

    def __init__(self, root: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxDialog")
        self.setWindowTitle(self.tr("Gateway simulator outbox"))
        self._root = root
        self._worker: Worker | None = None

        intro = QLabel(fill(self.tr(
            "Test messages go to the local gateway simulator at %1, not to seven.io. This is "
            "what it received, newest first."), root), objectName="outboxIntro")
        intro.setWordWrap(True)
        self.statusLabel = QLabel(objectName="outboxStatus")
        self.statusLabel.setWordWrap(True)
        headers = [self.tr("Time"), self.tr("Request"), self.tr("To"), self.tr("From"),
                   self.tr("Text"), self.tr("Answer")]
        self.table = QTableWidget(0, len(headers), objectName="outboxTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("Requests received by the gateway simulator"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.refreshButton = QPushButton(self.tr("&Refresh"), objectName="refreshButton")
        self.buttons.addButton(self.refreshButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.refreshButton.clicked.connect(self.refresh)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.statusLabel)
        layout.addWidget(self.buttons)
        tab_through_buttons_as_shown(self.buttons)  # else Tab went Close → Refresh, right to left
        self.resize(860, 420)
        self.refresh()

    def refresh(self) -> None:
        """Ask the simulator again, off the GUI thread (it may be stopped or slow)."""
        if self._worker is not None:
            return
        self.refreshButton.setEnabled(False)
        self._show_status(self.tr("Reading the outbox…"), None)
        self._worker = Worker(self)
        self._worker.finished.connect(self._loaded)
        root = self._root
        self._worker.start(lambda: fetch_outbox(root))

    def _loaded(self, entries: list[OutboxEntry] | None,
                error: PortalManagerError | None) -> None:
        self._worker = None
        self.refreshButton.setEnabled(True)
        if error is not None:
            self._show_status(error_text(error), FeedbackLevel.ERROR)
            return
        self._fill(list(reversed(entries or [])))
        self._show_status(self.tr("%n request(s) received.", "", len(entries or [])),
                          None)

    def _fill(self, entries: list[OutboxEntry]) -> None:
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            when = entry.time.astimezone().strftime(SHOWN_TIME_FORMAT) if entry.time else ""
            values = [when, self._request_name(entry.endpoint), entry.to, entry.sender,
                      entry.text.replace("\n", " ⏎ "), self._answer_text(entry)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(entry.text if column == 4 else value)
                self.table.setItem(row, column, item)

    def _request_name(self, endpoint: str) -> str:
        names = {"sms": self.tr("SMS"), "voice": self.tr("Voice call"),
                 "balance": self.tr("Balance")}
        return names.get(endpoint, endpoint)

    def _answer_text(self, entry: OutboxEntry) -> str:
        if entry.dropped:
            return self.tr("connection dropped, no answer")
        if entry.answer_code == ACCEPTED:
            return self.tr("100 accepted")
        if entry.answer_code is None:
            return self.tr("answered")
        return fill(self.tr("%1 refused"), entry.answer_code)

    def _show_status(self, text: str, level: FeedbackLevel | None) -> None:
        self.statusLabel.setText(text)
        apply_state_colour(self.statusLabel, level)
