"""Keyboard-only users: Tab walks every window in the order it reads, Escape cancels,
Enter presses the button a user expects, and every action has a key.

Driven with real key events (QTest), as a person without a mouse drives the app.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QPushButton,
    QWidget,
)

from portal_manager.app.portal import Portal
from tests.test_ui_mnemonics import every_window

WINDOWS = ["sms", "voice", "globe", "store", "store entry", "main window",
           "portal properties", "authentication app", "users and groups", "add user",
           "reset password", "audit trail", "gateway outbox", "portal properties, Security",
           "authentication app, advanced settings shown", "login", "first-start setup",
           "send test SMS", "start test call"]


def shown(qtbot, portal: Portal, admin, name: str) -> QWidget:
    windows = every_window(portal, admin)
    for window in windows.values():
        qtbot.addWidget(window)
    window = windows[name]
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def focused() -> QWidget | None:
    widget = QApplication.focusWidget()
    # The line edit inside a combo or spin box stands for the box.
    if widget is not None and isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
        return widget.parent()
    return widget


def walk(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier, limit: int = 80) -> list[QWidget]:
    """The widgets Tab (or Shift+Tab) focuses, from the focused one round to it again."""
    seen: list[QWidget] = []
    while (widget := focused()) is not None and widget not in seen and len(seen) < limit:
        seen.append(widget)
        QTest.keyClick(QApplication.focusWidget(), key, modifier)
    return seen


def rect_in(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def reads_before(window: QWidget, a: QWidget, b: QWidget) -> bool:
    """Whether ``a`` is read before ``b``: left of it in one row, or above it in one column.

    Widgets in neither the same row nor the same column (the preview column beside the
    form) have no order to keep.
    """
    ra, rb = rect_in(window, a), rect_in(window, b)
    same_row = ra.top() < rb.bottom() and rb.top() < ra.bottom()
    same_column = ra.left() < rb.right() and rb.left() < ra.right()
    if ra.contains(rb) or rb.contains(ra):
        return ra.contains(rb)  # a container (a list, a scroll area) before what it holds
    if same_row and ra.center().y() != rb.center().y() and same_column:
        return ra.top() < rb.top()
    if same_row:
        return ra.left() < rb.left()
    if same_column:
        return ra.top() < rb.top()
    return True


def out_of_order(window: QWidget, order: list[QWidget]) -> list[str]:
    def name(widget: QWidget) -> str:
        return widget.objectName() or getattr(widget, "text", lambda: "")() or type(
            widget).__name__
    return [f"{name(a)} before {name(b)}"
            for i, a in enumerate(order) for b in order[i + 1:]
            if reads_before(window, b, a) and not reads_before(window, a, b)]


def tab_stops(window: QWidget) -> set[QWidget]:
    """Every enabled, visible widget that Tab should reach."""
    return {widget for widget in window.findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(window) and widget.isEnabled()
            and widget.focusProxy() is None
            and not isinstance(widget.parent(), QComboBox | QAbstractSpinBox)}


@pytest.mark.parametrize("name", WINDOWS)
def test_tab_follows_the_visual_order_and_reaches_every_input(
    qtbot, portal: Portal, admin, name: str
) -> None:
    window = shown(qtbot, portal, admin, name)
    order = walk(Qt.Key.Key_Tab)
    assert out_of_order(window, order) == []
    assert tab_stops(window) - set(order) == set(), "not reached by Tab"


@pytest.mark.parametrize("name", WINDOWS)
def test_shift_tab_goes_back_the_same_way(qtbot, portal: Portal, admin, name: str) -> None:
    shown(qtbot, portal, admin, name)
    forwards = walk(Qt.Key.Key_Tab)
    backwards = walk(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert backwards[:1] + backwards[1:][::-1] == forwards


def test_the_order_check_finds_buttons_out_of_order(qtbot) -> None:
    from PySide6.QtWidgets import QHBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    ok, cancel = QPushButton("OK"), QPushButton("Cancel")
    row.addWidget(ok)
    row.addWidget(cancel)
    window.show()
    assert out_of_order(window, [cancel, ok]) == ["Cancel before OK"]
    assert out_of_order(window, [ok, cancel]) == []


# -- Escape and Enter ---------------------------------------------------------------------------

DIALOGS = [name for name in WINDOWS if name != "main window"]

# The button Enter presses where it is safe; the dialogs that only show (the store, users,
# the audit trail, the outbox) press their one action, which opens or refreshes, never saves.
DEFAULT_BUTTONS = {
    "sms": "OK", "voice": "OK", "globe": "OK", "store entry": "OK", "portal properties": "OK",
    "portal properties, Security": "OK", "authentication app": "OK",
    "authentication app, advanced settings shown": "OK", "add user": "Add user",
    "reset password": "Reset password", "login": "Log in", "first-start setup": "Create portal",
    "send test SMS": "Send", "start test call": "Call", "store": "Add login information…",
    "users and groups": "Add user…", "audit trail": "Refresh", "gateway outbox": "Refresh",
}


def files_of(folder) -> dict[str, bytes]:
    return {str(path): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.mark.parametrize("name", DIALOGS)
def test_escape_cancels(qtbot, portal: Portal, admin, name: str) -> None:
    dialog = shown(qtbot, portal, admin, name)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_escape_after_typing_saves_nothing(qtbot, portal: Portal, admin) -> None:
    dialog = shown(qtbot, portal, admin, "portal properties")
    before = files_of(portal.folder)
    QTest.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # "Portal &name:"
    assert focused().objectName() == "portalNameEdit"
    qtbot.keyClicks(focused(), " renamed")
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert files_of(portal.folder) == before
    assert portal.general.name == "Acme Portal"


@pytest.mark.parametrize("name", DIALOGS)
def test_enter_presses_the_expected_button(qtbot, portal: Portal, admin, name: str) -> None:
    dialog = shown(qtbot, portal, admin, name)
    defaults = [button.text().replace("&", "") for button in dialog.findChildren(QPushButton)
                if button.isDefault()]
    assert defaults == [DEFAULT_BUTTONS[name]]


@pytest.mark.parametrize(("name", "editor"), [("sms", "messageEdit"), ("voice", "messageEdit"),
                                              ("globe", "enMessageEdit"),
                                              ("globe", "deMessageEdit")])
def test_enter_in_a_message_is_a_new_line(qtbot, portal: Portal, admin, name: str,
                                          editor: str) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    dialog = shown(qtbot, portal, admin, name)
    edit = dialog.findChild(QPlainTextEdit, editor)
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, "one")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    QTest.keyClick(edit, Qt.Key.Key_Enter)  # the keypad's
    qtbot.keyClicks(edit, "two")
    assert dialog.isVisible()
    assert edit.toPlainText() == "one\n\ntwo"


def test_enter_in_a_line_presses_the_default_button(qtbot, portal: Portal, admin) -> None:
    dialog = shown(qtbot, portal, admin, "portal properties")
    QTest.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(focused(), Qt.Key.Key_End)  # Alt+N selected the name
    qtbot.keyClicks(focused(), " renamed")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert portal.general.name == "Acme Portal renamed"


# -- focus on opening; the main window's actions ------------------------------------------------

def first_in_reading_order(window: QWidget, widget: QWidget) -> bool:
    return not any(reads_before(window, stop, widget) and not reads_before(window, widget, stop)
                   for stop in tab_stops(window) if stop is not widget)


@pytest.mark.parametrize("name", DIALOGS)
def test_a_dialog_opens_with_the_focus_on_its_first_input(qtbot, portal: Portal, admin,
                                                           name: str) -> None:
    dialog = shown(qtbot, portal, admin, name)
    assert focused() in tab_stops(dialog)
    assert first_in_reading_order(dialog, focused()), focused().objectName()


def key_target(window: QWidget) -> QWidget:
    """Where a key pressed in ``window`` goes: its focused widget, or the window itself."""
    widget = QApplication.focusWidget()
    return widget if widget is not None and widget.window() is window else window


def modal_dialog_opened_by(qtbot, press) -> tuple[str, QWidget, bool]:
    """Press keys that open a modal dialog; return its title, its focused widget and whether
    that is its first input, then close it with Escape."""
    seen = {}

    def look(tries: int = 50) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if tries:
                QTimer.singleShot(100, lambda: look(tries - 1))
            return
        # The dialog's own focus widget: the one focused once the window manager activates
        # the dialog (offscreen, an earlier test's window may still be the active one).
        widget = dialog.focusWidget()
        if isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            widget = widget.parent()
        seen.update(title=dialog.windowTitle(), widget=widget,
                    first=widget in tab_stops(dialog) and first_in_reading_order(dialog, widget))
        QTest.keyClick(key_target(dialog), Qt.Key.Key_Escape)
        if dialog.isVisible():
            dialog.done(0)  # so that a failing test fails instead of waiting for ever

    QTimer.singleShot(100, look)
    press()
    qtbot.waitUntil(lambda: bool(seen))
    return seen["title"], seen["widget"], seen["first"]


def alt(widget: QWidget, letter: Qt.Key) -> None:
    QTest.keyClick(widget, letter, Qt.KeyboardModifier.AltModifier)


@pytest.fixture
def main_window(qtbot, portal: Portal, admin, seven_gateway):
    """The main window, with the outbox entry shown (the gateway simulator runs)."""
    from portal_manager.ui.main_window import MainWindow

    window = MainWindow(portal, admin)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # where Alt+letter goes
    return window


def test_every_action_of_the_main_window_is_in_a_menu_or_has_a_shortcut(main_window) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QToolBar

    in_menus = {action for menu in main_window.findChildren(QMenu) for action in menu.actions()}
    toolbar = main_window.findChild(QToolBar)
    # Showing or hiding the toolbar (its context menu) changes nothing a keyboard needs: the
    # toolbar only repeats menu entries.
    actions = {action for action in main_window.findChildren(QAction)
               if action.text() and action.isVisible() and action.menu() is None
               and action is not toolbar.toggleViewAction()}
    assert actions
    assert {a.text() for a in actions - in_menus if a.shortcut().isEmpty()} == set()
    assert set(toolbar.actions()) <= in_menus  # the toolbar repeats menu entries only


@pytest.mark.parametrize(("menu", "entry", "title"), [
    (Qt.Key.Key_P, Qt.Key.Key_P, "Portal properties"),
    (Qt.Key.Key_P, Qt.Key.Key_L, "Login information store"),
    (Qt.Key.Key_A, Qt.Key.Key_U, "Users and groups"),
    (Qt.Key.Key_A, Qt.Key.Key_A, "Audit trail"),
    (Qt.Key.Key_A, Qt.Key.Key_O, "Gateway simulator outbox"),
    (Qt.Key.Key_H, Qt.Key.Key_A, "About Portal Manager"),
])
def test_alt_and_two_letters_open_each_dialog_with_the_focus_on_its_first_input(
    qtbot, main_window, menu: Qt.Key, entry: Qt.Key, title: str
) -> None:
    alt(main_window, menu)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    opened, widget, first = modal_dialog_opened_by(
        qtbot, lambda: QTest.keyClick(QApplication.activePopupWidget(), entry))
    assert title in opened
    assert first, widget.objectName()


def test_ctrl_p_opens_portal_properties(qtbot, main_window) -> None:
    opened, _, first = modal_dialog_opened_by(
        qtbot, lambda: QTest.keyClick(main_window, Qt.Key.Key_P,
                                      Qt.KeyboardModifier.ControlModifier))
    assert "Portal properties" in opened
    assert first


# -- the SMS dialog ---------------------------------------------------------------------------

@pytest.fixture
def sms_dialog(qtbot, portal: Portal, admin):
    from portal_manager.ui.message_dialogs import SmsDialog

    dialog = SmsDialog(portal, admin, portal.security.sms, portal.general, read_only=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    return dialog


def in_popup(keys: list[Qt.Key]) -> None:
    """Press ``keys`` in the menu that is about to open (it runs its own event loop)."""
    def press(tries: int = 50) -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            if tries:
                QTimer.singleShot(50, lambda: press(tries - 1))
            return
        for key in keys:
            QTest.keyClick(popup, key)
    QTimer.singleShot(50, press)


@pytest.mark.parametrize(("keys", "placeholder"), [
    ([Qt.Key.Key_Return], "${OTPFMT}"),  # the recommended one is where the menu opens
    ([Qt.Key.Key_Down, Qt.Key.Key_Return], "${OTP}"),
])
def test_alt_p_opens_the_placeholder_menu_and_inserts_at_the_cursor(
    qtbot, sms_dialog, keys: list[Qt.Key], placeholder: str
) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    edit = sms_dialog.findChild(QPlainTextEdit, "messageEdit")
    alt(sms_dialog, Qt.Key.Key_M)  # "&Message:"
    assert focused() is edit
    edit.selectAll()
    qtbot.keyClicks(edit, "Your code: .")
    QTest.keyClick(edit, Qt.Key.Key_Left)
    in_popup(keys)
    alt(edit, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: placeholder in edit.toPlainText())
    assert edit.toPlainText() == f"Your code: {placeholder}."
    qtbot.waitUntil(lambda: focused() is edit)  # back to typing, after the placeholder
    qtbot.keyClicks(edit, "!")
    assert edit.toPlainText() == f"Your code: {placeholder}!."


def in_modal_dialog(keys: list[Qt.Key]) -> list[str]:
    """Press ``keys`` in the modal dialog about to open; the returned list gets its title."""
    seen: list[str] = []

    def press(tries: int = 50) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            if tries:
                QTimer.singleShot(50, lambda: press(tries - 1))
            return
        seen.append(dialog.windowTitle())
        for key in keys:
            QTest.keyClick(key_target(dialog), key)
        if dialog.isVisible():
            dialog.done(0)  # so that a failing test fails instead of waiting for ever
    QTimer.singleShot(50, press)
    return seen


def back_to(qtbot, window: QWidget) -> None:
    """Activate ``window`` again, as the window manager does when a dialog above it closes
    (the offscreen platform leaves no window active); Qt then restores its focus widget."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() in (None, window))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@pytest.mark.parametrize("globe", ["senderGlobeButton", "messageGlobeButton"])
@pytest.mark.parametrize("closing", [Qt.Key.Key_Escape, Qt.Key.Key_Return])
def test_the_globe_dialog_gives_the_focus_back(qtbot, sms_dialog, globe: str,
                                               closing: Qt.Key) -> None:
    from PySide6.QtWidgets import QToolButton

    button = sms_dialog.findChild(QToolButton, globe)
    button.setFocus()
    assert focused() is button
    # Return in a message is a new line: Tab to the buttons, which Return presses.
    keys = [closing] if closing == Qt.Key.Key_Escape or globe == "senderGlobeButton" else [
        Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab, closing]
    seen = in_modal_dialog(keys)
    QTest.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(seen))
    back_to(qtbot, sms_dialog)
    assert focused() is button


def test_the_store_selection_gives_the_focus_to_the_api_key(qtbot, sms_dialog) -> None:
    alt(sms_dialog, Qt.Key.Key_I)  # "Select login &information…"
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() not in (None, sms_dialog))
    store = QApplication.activeModalWidget()
    # To the store's own focus widget: offscreen, another test's window may still be the
    # active one, and the application's focus widget with it.
    QTest.keyClick(store.focusWidget() or store, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not store.isVisible())
    back_to(qtbot, sms_dialog)
    assert focused() is sms_dialog.findChild(QComboBox, "apiKeyCombo")
