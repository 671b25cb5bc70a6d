"""What assistive technology needs that Qt does not derive by itself: names, announcements."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def name_inputs_by_their_labels(root: QWidget) -> None:
    """Give combo and spin boxes and text areas their label's text as accessible name.

    Qt names a line edit after its buddy label, but a combo box after its
    current value: a screen reader would say "SHA1 (default)" without saying
    that it is the algorithm. A text area gets no name from its buddy at all. Call at
    the end of a dialog's construction.
    """
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if (isinstance(buddy, QComboBox | QAbstractSpinBox | QPlainTextEdit | QTextEdit)
                and not buddy.accessibleName()):
            # "&Message*:" is said "Message": the mark of a mandatory field is not a name.
            buddy.setAccessibleName(label.text().replace("&", "").rstrip(":*").strip())


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have a screen reader say ``text``, the outcome of something ``widget`` started.

    The outcome of a request (Check API key, a test send) or of a typed code appears
    in a label; the focus stays where it was, so a screen reader would not read the
    label by itself. Polite announcements wait until the reader has finished speaking;
    ``urgent`` ones (failures) interrupt it.
    """
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if urgent
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
