"""Every dialog, for keyboard and screen-reader users: each input has a label that names it.

An input is named when a visible QLabel has it as buddy (which gives it its accessible name
and a mnemonic), or, for inputs that carry their own text (check boxes, buttons) or sit in a
row whose label names another widget, an explicit accessible name.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from portal_manager.app import user_management as management
from portal_manager.app.portal import Portal

INPUTS = (QLineEdit, QComboBox, QSpinBox, QPlainTextEdit, QAbstractItemView)


def dialogs(portal: Portal, session) -> dict[str, QWidget]:
    """Every dialog (kept alive by the returned dict while a test looks at them)."""
    from portal_manager.mfa.templates import Channel
    from portal_manager.ui.audit_viewer import AuditViewer
    from portal_manager.ui.authenticator_dialog import AuthenticatorAppDialog
    from portal_manager.ui.main_window import MainWindow
    from portal_manager.ui.message_dialogs import SmsDialog, VoiceDialog
    from portal_manager.ui.multilingual_dialog import MultilingualDialog
    from portal_manager.ui.outbox_dialog import OutboxDialog
    from portal_manager.ui.portal_properties import PortalPropertiesDialog
    from portal_manager.ui.store_dialog import EntryDialog, StoreDialog
    from portal_manager.ui.users_dialog import AddUserDialog, ResetPasswordDialog, UsersDialog

    management.add_user(portal, session, "bob", "bob's password")
    return {
        "sms": SmsDialog(portal, session, portal.security.sms, portal.general, read_only=False),
        "voice": VoiceDialog(portal, session, portal.security.voice, portal.general,
                             read_only=False),
        "globe": MultilingualDialog("SMS", ["en", "de"], "en", {"en": "${OTP}"},
                                    multiline=True, channel=Channel.SMS),
        "store": StoreDialog(portal, session),
        "store entry": EntryDialog(portal, session),
        "main window": MainWindow(portal, session),
        "portal properties": PortalPropertiesDialog(portal, session),
        "authentication app": AuthenticatorAppDialog(
            portal.security.authenticator_app, portal.general.name, read_only=False),
        "users and groups": UsersDialog(portal, session),
        "add user": AddUserDialog(portal, session),
        "reset password": ResetPasswordDialog(portal, session, "bob"),
        "audit trail": AuditViewer(portal),
        # Nothing listens there: the table stays empty and the status says so.
        "gateway outbox": OutboxDialog("http://127.0.0.1:9"),
    }


def is_named(widget: QWidget, buddies: set[int]) -> bool:
    return id(widget) in buddies or bool(widget.accessibleName())


@pytest.mark.parametrize("name", ["main window", "portal properties", "authentication app",
                                  "users and groups", "add user", "reset password",
                                  "audit trail", "sms", "voice", "globe", "store",
                                  "store entry"])
def test_every_input_is_named_by_a_label(qtbot, portal: Portal, admin, name: str) -> None:
    widget = dialogs(portal, admin)[name]
    qtbot.addWidget(widget)
    widget.show()
    labels = widget.findChildren(QLabel)
    buddies = {id(label.buddy()) for label in labels if label.buddy() is not None}
    unnamed = [
        child.objectName() or type(child).__name__
        for child in widget.findChildren(QWidget)
        if isinstance(child, INPUTS) and not isinstance(child, QHeaderView)
        and child.isVisibleTo(widget)
        # The line edit inside an editable combo or spin box is named by that box.
        and not isinstance(child.parent(), QComboBox | QSpinBox)
        and not is_named(child, buddies)
    ]
    assert unnamed == [], f"{name}: inputs without a label: {unnamed}"


@pytest.mark.parametrize("name", ["portal properties", "authentication app", "add user",
                                  "sms", "voice", "globe", "store entry"])
def test_every_label_of_an_input_has_a_mnemonic(qtbot, portal: Portal, admin, name: str) -> None:
    widget = dialogs(portal, admin)[name]
    qtbot.addWidget(widget)
    widget.show()
    without = [label.text() for label in widget.findChildren(QLabel)
               if label.buddy() is not None and label.isVisibleTo(widget)
               and "&" not in label.text()]
    assert without == []


def test_buttons_and_checkboxes_have_text_or_a_name(qtbot, portal: Portal, admin) -> None:
    for name, widget in dialogs(portal, admin).items():
        qtbot.addWidget(widget)
        silent = [child.objectName() for child in widget.findChildren(QAbstractButton)
                  if child.isVisibleTo(widget) and not child.text().strip("&")
                  and not child.objectName().startswith("qt_")  # Qt's own, e.g. table corners
                  and not child.accessibleName() and not child.toolTip()]
        assert silent == [], name


def test_dialogs_are_dialogs_with_titles(qtbot, portal: Portal, admin) -> None:
    for name, widget in dialogs(portal, admin).items():
        qtbot.addWidget(widget)
        if isinstance(widget, QDialog):
            assert widget.windowTitle(), name


def test_a_combo_box_is_named_by_its_label_not_by_its_value(qtbot, portal: Portal, admin) -> None:
    """Qt would name a combo box after its current text ("SHA1 (default)")."""
    from portal_manager.ui.authenticator_dialog import AuthenticatorAppDialog

    dialog = AuthenticatorAppDialog(portal.security.authenticator_app, "Acme", read_only=False)
    qtbot.addWidget(dialog)
    names = {combo.objectName(): combo.accessibleName() for combo in dialog.findChildren(QComboBox)}
    assert names == {"digitsCombo": "Digits", "periodCombo": "Period",
                     "algorithmCombo": "Algorithm"}


def labelled_by_a_relation(box: QWidget) -> bool:
    """Whether Qt's accessibility bridge tells a screen reader which label names ``box``."""
    interface = QAccessible.queryAccessibleInterface(box)
    return bool(interface.relations(QAccessible.Relation.Label))


@pytest.mark.parametrize("name", ["portal properties", "authentication app", "sms", "voice",
                                  "globe", "store", "users and groups", "audit trail"])
def test_every_combo_and_spin_box_is_labelled_by_a_relation(
    qtbot, portal: Portal, admin, name: str
) -> None:
    """On Linux, Qt's AT-SPI bridge names a combo or spin box by its value and ignores
    its accessible name (scripts/atspi_walk.py shows it): a screen reader learns what the
    value is for only from the labelled-by relation."""
    widget = dialogs(portal, admin)[name]
    qtbot.addWidget(widget)
    widget.show()
    unlabelled = [f"{box.objectName()} ({box.accessibleName()!r})"
                  for box in [*widget.findChildren(QComboBox), *widget.findChildren(QSpinBox)]
                  if box.isVisibleTo(widget) and not labelled_by_a_relation(box)]
    assert unlabelled == [], f"{name}: named only by their value on Linux: {unlabelled}"


@pytest.mark.parametrize("name", ["sms", "voice"])
def test_the_message_field_says_its_name_not_only_through_its_label(
        qtbot, portal: Portal, admin, name: str) -> None:
    """Qt names a text area by its accessible name only, never by its buddy label (a
    line edit gets the label's text): over AT-SPI the message field was an unnamed text."""
    widget = dialogs(portal, admin)[name]
    qtbot.addWidget(widget)
    widget.show()
    field = widget.messageEditor.textEdit
    assert QAccessible.queryAccessibleInterface(field).text(QAccessible.Text.Name) != ""
