"""SteadyLabelHost: the label it holds fills it, and the window makes room when the text
needs another size (the layout is only spared when it does not)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from portal_manager.ui.steady_label import SteadyLabelHost

LONG = "A summary long enough to wrap onto several lines in a narrow window. " * 4


def hosted_label(qtbot, text: str) -> tuple[QWidget, SteadyLabelHost, QLabel]:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel(text)
    label.setWordWrap(True)
    host = SteadyLabelHost(label)
    layout = QVBoxLayout(window)
    layout.addWidget(host)
    layout.addStretch()
    window.resize(220, 400)
    window.show()
    qtbot.waitExposed(window)
    return window, host, label


def test_a_text_needing_more_lines_gets_them_and_gives_them_back(qtbot) -> None:
    _, host, label = hosted_label(qtbot, "Short.")
    one_line = label.height()

    label.setText(LONG)
    qtbot.waitUntil(lambda: label.height() > 2 * one_line)
    assert label.geometry() == host.rect()
    assert label.height() >= label.heightForWidth(label.width())  # nothing cut off

    label.setText("Short again.")
    qtbot.waitUntil(lambda: label.height() == one_line)


def test_the_label_follows_the_window_width(qtbot) -> None:
    window, host, label = hosted_label(qtbot, LONG)
    narrow_height = label.height()

    window.resize(900, 400)
    qtbot.waitUntil(lambda: label.width() > 800)
    assert label.geometry() == host.rect()
    qtbot.waitUntil(lambda: label.height() < narrow_height)  # fewer lines when wider


def test_a_text_set_while_hidden_is_given_room_when_shown(qtbot) -> None:
    _, host, label = hosted_label(qtbot, "Short.")
    one_line = label.height()
    host.hide()
    label.setText(LONG)
    host.show()
    qtbot.waitUntil(lambda: label.height() > 2 * one_line)
