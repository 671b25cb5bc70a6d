"""The desktop app started on a portal whose security.json is damaged or odd.

The app reads security.json while the login derives its key (Portal.open's
security_later) and says a damaged file after the login. Whatever sits there,
driven through run_application and the real login dialog: a plain-text message
naming the file, exit code 2, no main window, nothing written, the lock released.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from portal_manager.app.portal import Portal
from portal_manager.ui import application
from portal_manager.ui.login_dialog import LoginDialog
from portal_manager.ui.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PASSWORD


def _replace_with(make: Callable[[Path], object]) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        path.unlink()
        make(path)
    return damage


def _huge_file(path: Path) -> None:
    with open(path, "wb") as stream:
        stream.truncate(65 << 20)  # sparse: one MiB above the limit, no disk used


DAMAGES = {
    # In a portal folder ("Is this a portal folder?" was asked): what to do.
    "missing": (_replace_with(lambda path: None), "is missing. Restore it from a backup."),
    "empty": (_replace_with(lambda path: path.write_bytes(b"")), "is empty"),
    "a folder": (_replace_with(Path.mkdir), "is not a regular file"),
    "a link to /dev/zero": (_replace_with(lambda path: path.symlink_to("/dev/zero")),
                            "is a link"),
    "a FIFO": (_replace_with(os.mkfifo), "is not a regular file"),
    "huge": (_replace_with(_huge_file), "is larger than 64 MiB"),
    "not UTF-8": (_replace_with(lambda path: path.write_bytes(
        b'{"format": "portal-security", "version": 1, "x": "\xff"}')), "not UTF-8"),
    "a newer format, unreadable": (_replace_with(lambda path: path.write_text(
        '{"format": "portal-security", "version": 9, "services": []}')),
        "unreadable Security settings"),
}


def _folder_state(folder: Path) -> dict[str, object]:
    """Every entry's kind and content (a FIFO or link is never opened)."""
    state: dict[str, object] = {}
    for path in sorted(folder.iterdir()):
        if path.is_symlink() or not path.is_file():
            state[path.name] = os.lstat(path).st_mode
        elif path.stat().st_size > 1 << 20:
            state[path.name] = path.stat().st_size
        else:
            state[path.name] = path.read_bytes()
    return state


def _run_and_log_in(qtbot, folder: Path,
                    before_login: Callable[[], None] = lambda: None) -> tuple[int, list]:
    """run_application on ``folder``, logging in as ADMIN; the message boxes it showed."""
    boxes: list[tuple[str, object]] = []
    running = [True]

    def answer_boxes() -> None:
        if not running[0]:
            return  # the next test's boxes are its own
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox):
            boxes.append((widget.text(), widget.textFormat()))
            widget.accept()
        elif isinstance(widget, LoginDialog):
            before_login()
            qtbot.keyClicks(widget.userNameEdit, ADMIN)
            qtbot.keyClicks(widget.passwordEdit, ADMIN_PASSWORD)
            widget.buttons.accepted.emit()
        else:
            for window in QApplication.topLevelWidgets():
                if isinstance(window, MainWindow) and window.isVisible():
                    boxes.append(("main window", window.readOnlyLabel.text()))
                    window.close()
                    return
        QTimer.singleShot(20, answer_boxes)

    QTimer.singleShot(0, answer_boxes)
    try:
        code = application.run_application(folder)
    finally:
        running[0] = False
    QApplication.removePostedEvents(None, QEvent.Type.Quit)
    return code, boxes


@pytest.mark.parametrize("damage", DAMAGES, ids=list(DAMAGES))
def test_a_damaged_security_file_is_said_after_the_login(
    qtbot, portal_folder: Path, damage: str, capsys
) -> None:
    make_damage, said = DAMAGES[damage]
    make_damage(portal_folder / "security.json")
    before = _folder_state(portal_folder)

    code, boxes = _run_and_log_in(qtbot, portal_folder)

    assert code == 2
    [(text, text_format)] = boxes
    assert str(portal_folder / "security.json") in text and said in text
    assert text_format is Qt.TextFormat.PlainText
    assert "Traceback" not in capsys.readouterr().err
    assert _folder_state(portal_folder) == before
    Portal.open(portal_folder, writable=True, security_later=True).close()  # lock released


def test_security_file_damaged_while_the_login_dialog_shows(qtbot, portal_folder: Path) -> None:
    path = portal_folder / "security.json"

    code, boxes = _run_and_log_in(qtbot, portal_folder,
                                  before_login=lambda: path.write_text("{"))

    assert code == 2
    [(text, _)] = boxes
    assert str(path) in text and "Restore it from a backup" in text


def test_a_locked_portal_with_a_damaged_security_file(qtbot, portal_folder: Path) -> None:
    """Opened read-only (another copy holds the lock): said, and that copy's lock kept."""
    (portal_folder / "security.json").write_text("[]", encoding="utf-8")
    with Portal.open(portal_folder, writable=True, security_later=True) as other_copy:
        code, boxes = _run_and_log_in(qtbot, portal_folder)
        assert other_copy._lock.is_locked
    assert code == 2
    [(locked, _), (damaged, _)] = boxes
    assert "open for changes in another Portal Manager" in locked
    assert "security.json" in damaged and "portal-security" in damaged


def test_a_newer_security_file_opens_read_only_and_is_never_written(
    qtbot, portal_folder: Path
) -> None:
    path = portal_folder / "security.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document.update(version=7, from_the_future={"kept": True})
    path.write_text(json.dumps(document), encoding="utf-8")
    before = _folder_state(portal_folder)

    code, boxes = _run_and_log_in(qtbot, portal_folder)

    assert code == 0
    [(shown, notice)] = boxes
    assert shown == "main window" and "security.json was written by a newer" in notice
    after = _folder_state(portal_folder)
    assert after.pop("audit.jsonl", None) == before.pop("audit.jsonl", None)
    assert after == before
