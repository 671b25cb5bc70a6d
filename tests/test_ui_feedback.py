"""Findings at their fields and the state colours, as every dialog shows them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from portal_manager.mfa.settings import Service
from portal_manager.mfa.validation import Finding, FindingKind
from portal_manager.ui.feedback import (
    FeedbackLevel,
    FieldFeedback,
    apply_state_colour,
    feedback_label,
    state_colour,
    state_icon,
)

COLON = Finding(Service.AUTHENTICATOR_APP, "issuer", None, FindingKind.INVALID, "issuer_colon",
                "The issuer must not contain a colon (Key URI format). Remove it.")
INCOMPLETE = Finding(Service.SMS, "api_key", None, FindingKind.INCOMPLETE, "api_key_missing",
                     "No API key is chosen.")


class Form(QWidget):
    """Two line edits and a combo box, as a dialog page would have them."""

    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit(objectName="issuerEdit")
        self.edit.setToolTip("The name shown in the app.")
        self.other = QLineEdit(objectName="otherEdit")
        self.combo = QComboBox(objectName="digitsCombo")
        self.combo.addItems(["6", "8"])
        layout = QFormLayout(self)
        layout.addRow("&Issuer:", self.edit)
        layout.addRow("&Other:", self.other)
        layout.addRow("&Digits:", self.combo)


@pytest.fixture
def form(qtbot) -> Form:
    widget = Form()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def problem_action(edit: QLineEdit) -> QAction:
    return edit.findChild(QAction, f"{edit.objectName()}ProblemAction")


def leave(qtbot, form: Form, edit: QWidget) -> None:
    """Put the focus into ``edit`` and move on to another field, as a person would."""
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.mouseClick(form.other, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.other.hasFocus)


def test_a_finding_appears_only_after_the_field_was_left(qtbot, form: Form) -> None:
    feedback = FieldFeedback(form.edit)
    form.edit.setFocus()
    qtbot.waitUntil(form.edit.hasFocus)
    feedback.show([COLON])
    assert not feedback.is_shown
    assert not problem_action(form.edit).isVisible()
    assert form.edit.toolTip() == "The name shown in the app."

    qtbot.mouseClick(form.other, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.other.hasFocus)
    assert feedback.is_shown
    assert problem_action(form.edit).isVisible()
    assert "must not contain a colon" in form.edit.toolTip()
    assert form.edit.accessibleDescription() == COLON.message
    assert problem_action(form.edit).toolTip() == COLON.message


def test_after_leaving_the_field_findings_follow_live_and_clear_restores_it(
    qtbot, form: Form
) -> None:
    feedback = FieldFeedback(form.edit)
    leave(qtbot, form, form.edit)
    feedback.show([COLON])
    assert problem_action(form.edit).isVisible()
    feedback.show([COLON, INCOMPLETE])
    assert feedback.message == f"{COLON.message}\n{INCOMPLETE.message}"
    feedback.clear()
    assert not feedback.is_shown and feedback.message == ""
    assert not problem_action(form.edit).isVisible()
    assert form.edit.toolTip() == "The name shown in the app."
    assert form.edit.accessibleDescription() == ""


def test_reveal_shows_a_finding_before_the_field_was_left(form: Form) -> None:
    feedback = FieldFeedback(form.edit)
    feedback.show([COLON])
    feedback.reveal()
    assert problem_action(form.edit).isVisible()


def test_a_widget_other_than_a_line_edit_gets_an_indicator_beside_it(
    qtbot, form: Form
) -> None:
    feedback = FieldFeedback(form.combo)
    assert isinstance(feedback.indicator, QLabel)
    assert feedback.indicator.objectName() == "digitsComboProblemIndicator"
    form.layout().addRow("", feedback.indicator)
    leave(qtbot, form, form.combo)
    feedback.show([INCOMPLETE])
    assert feedback.indicator.isVisible()
    assert not feedback.indicator.pixmap().isNull()
    assert feedback.indicator.toolTip() == INCOMPLETE.message
    assert feedback.indicator.accessibleName() == INCOMPLETE.message
    assert form.combo.accessibleDescription() == INCOMPLETE.message
    feedback.clear()
    assert not feedback.indicator.isVisible()


def _relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(part) for part in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((_relative_luminance(first), _relative_luminance(second)),
                             reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def palette_with_window(colour: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colour))
    return palette


@pytest.mark.parametrize("window", ["#ffffff", "#efefef", "#2b2b2b", "#1e1e1e", "#000000"])
@pytest.mark.parametrize("level", list(FeedbackLevel))
def test_state_colours_are_readable_in_light_and_dark_themes(
    qapp, window: str, level: FeedbackLevel
) -> None:
    palette = palette_with_window(window)
    assert contrast(state_colour(level, palette), palette.color(QPalette.ColorRole.Window)) >= 4.5


def test_errors_and_warnings_have_icons_of_different_shapes(qapp) -> None:
    palette = palette_with_window("#ffffff")
    error = state_icon(FeedbackLevel.ERROR, palette).pixmap(16, 16).toImage()
    warning = state_icon(FeedbackLevel.WARNING, palette).pixmap(16, 16).toImage()
    # A round sign covers the upper corners' neighbourhood; a triangle leaves it empty.
    assert error.pixelColor(3, 4).alpha() > 0
    assert warning.pixelColor(3, 4).alpha() == 0


def test_a_feedback_label_is_coloured_and_says_its_message_in_words(qtbot) -> None:
    parent = QWidget()
    parent.setPalette(palette_with_window("#1e1e1e"))
    qtbot.addWidget(parent)
    label = feedback_label("warningLabel", FeedbackLevel.WARNING)
    label.setParent(parent)
    label.setText("Some apps ignore these settings.")
    # Colours follow the palette of the window the label sits in.
    apply_state_colour(label, FeedbackLevel.WARNING)
    assert label.palette().color(QPalette.ColorRole.WindowText) == state_colour(
        FeedbackLevel.WARNING, parent.palette()
    )
    assert label.wordWrap() and label.textFormat() is Qt.TextFormat.PlainText
