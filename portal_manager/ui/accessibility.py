"""Names for assistive technology that Qt does not derive by itself."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QWidget


def name_inputs_by_their_labels(root: QWidget) -> None:
    """Give combo and spin boxes their label's text as accessible name.

    Qt names a line edit after its buddy label, but a combo box after its
    current value: a screen reader would say "SHA1 (default)" without saying
    that it is the algorithm. Call at the end of a dialog's construction.
    """
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if isinstance(buddy, QComboBox | QAbstractSpinBox) and not buddy.accessibleName():
            buddy.setAccessibleName(label.text().replace("&", "").rstrip(":").strip())
