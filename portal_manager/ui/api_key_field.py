"""The "API key*" field of the SMS and voice call dialogs: the name of a store entry.

The configuration holds only the entry's name; the secret stays in the login
information store. The field lists the store's entries and opens the store
dialog through "Select login information…".
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from portal_manager.app.portal import Portal
from portal_manager.app.store_management import open_store
from portal_manager.errors import PortalManagerError
from portal_manager.ui.store_dialog import StoreDialog
from portal_manager.ui.text import fill
from portal_manager.users.directory import Session


class ApiKeyField(QWidget):
    """A combo of the store's entry names plus "Select login information…".

    :meth:`value` is the chosen entry's NAME ("" for none), never a secret.
    When the store cannot be opened (e.g. by a non-administrator), the combo
    shows just the configured name. Put it in a form with its label
    (``form.addRow(label, field)``): the label's mnemonic focuses the combo.
    """

    valueChanged = Signal(str)

    def __init__(self, portal: Portal, session: Session, read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.portal = portal
        self.session = session
        self.setObjectName("apiKeyField")
        self._read_only = read_only
        self._entries: dict[str, str] = {}  # name → description
        self._value = ""
        self._store_dialog: StoreDialog | None = None

        self.combo = QComboBox(objectName="apiKeyCombo")
        # The name, for platforms that use it; on Linux Qt's bridge names a combo box by
        # its value, so the form's label must have the combo itself as buddy.
        self.combo.setAccessibleName(self.tr("API key"))
        self.combo.currentIndexChanged.connect(self._chosen)
        self.selectButton = QPushButton(self.tr("Select login &information…"),
                                        objectName="selectLoginInformationButton")
        self.selectButton.clicked.connect(self.open_store_dialog)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, stretch=1)
        layout.addWidget(self.selectButton)
        self.setFocusProxy(self.combo)
        self.combo.setEnabled(not read_only)
        self.selectButton.setEnabled(not read_only)
        self.reload()

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def store_dialog(self) -> StoreDialog | None:
        """The store dialog opened by "Select login information…", while it exists."""
        return self._store_dialog

    def value(self) -> str:
        return self._value

    def setValue(self, name: str) -> None:
        if name != self._value:
            self._value = name
            self._fill()
            self.valueChanged.emit(name)

    def set_entries(self, names_and_descriptions: Iterable[tuple[str, str]]) -> None:
        """The entries to offer; the current value stays, even if the store lacks it."""
        self._entries = dict(names_and_descriptions)
        self._fill()

    def reload(self) -> None:
        """Offer the entries as stored now; none when this session may not open the store."""
        try:
            snapshot = open_store(self.portal, self.session)
        except PortalManagerError:
            self.set_entries([])
            return
        self.set_entries((entry.name, entry.description)
                         for entry in snapshot.sorted_entries())

    def _fill(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("(none chosen)"), "")
        for name, description in sorted(self._entries.items()):
            shown = fill(self.tr("%1 — %2"), name, description) if description else name
            self.combo.addItem(shown, name)
        if self._value and self._value not in self._entries:
            self.combo.addItem(self._value, self._value)
        self.combo.setCurrentIndex(self.combo.findData(self._value))
        self.combo.blockSignals(False)

    def _chosen(self) -> None:
        name = self.combo.currentData()
        if name is not None and name != self._value:
            self._value = name
            self.valueChanged.emit(name)

    def open_store_dialog(self) -> None:
        """Open the store dialog to pick an entry; OK there chooses it here."""
        dialog = StoreDialog(self.portal, self.session, select=True,
                             current=self._value or None, parent=self)
        dialog.accepted.connect(lambda: self._picked(dialog.selected_name))
        # Entries added or deleted there show here, whether OK or Cancel closed it.
        dialog.finished.connect(self.reload)
        # Back in the field the entry was chosen for (a screen reader reads the new value),
        # not wherever the focus was when Alt+I opened the store.
        dialog.finished.connect(lambda: self.combo.setFocus(Qt.FocusReason.OtherFocusReason))
        if self._store_dialog is not None:
            self._store_dialog.setParent(None)
        self._store_dialog = dialog
        dialog.open()

    def _picked(self, name: str | None) -> None:
        self.reload()
        if name:
            self.setValue(name)
