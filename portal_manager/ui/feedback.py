"""How every dialog shows problems: state colours and the core's findings at their fields.

Colours come from one place (:mod:`state_colours`) and follow the theme. They
are never the only carrier of information: an icon shape, a tooltip, an
accessible description or the text itself says the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAction,
    QFont,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from portal_manager.mfa.validation import Finding, FindingKind
from portal_manager.ui.state_colours import FeedbackLevel, apply_state_colour, state_colour
from portal_manager.ui.text import translated


def level_of(finding: Finding) -> FeedbackLevel:
    """Invalid values are errors; a merely incomplete configuration is a warning."""
    return FeedbackLevel.ERROR if finding.kind is FindingKind.INVALID else FeedbackLevel.WARNING


def state_icon(level: FeedbackLevel, palette: QPalette, size: int = 16) -> QIcon:
    """A small icon for ``level``: shape and colour, so it reads without colour too.

    Errors are a round sign, warnings a triangle, both with "!"; success is a
    round sign with a check mark.
    """
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(state_colour(level, palette))
    if level is FeedbackLevel.WARNING:
        painter.drawPolygon(QPolygonF([
            QPointF(size / 2, 0.5), QPointF(size - 0.5, size - 0.5), QPointF(0.5, size - 0.5)
        ]))
    else:
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    # The glyph in the window colour stands out from the sign in either theme.
    painter.setPen(palette.color(QPalette.ColorRole.Window))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.75))
    painter.setFont(font)
    glyph = "✓" if level is FeedbackLevel.SUCCESS else "!"
    text_area = QRectF(0, size * 0.12 if level is FeedbackLevel.WARNING else 0, size, size)
    painter.drawText(text_area, Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return QIcon(pixmap)


def feedback_label(object_name: str, level: FeedbackLevel = FeedbackLevel.WARNING) -> QLabel:
    """A word-wrapped label for a warning or result text, in the state colour.

    The text must say what it means on its own: colour only adds emphasis.
    """
    label = QLabel(objectName=object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setProperty("feedbackLevel", level.value)
    apply_state_colour(label, level)
    return label


class FieldFeedback(QObject):
    """The core's findings for one input widget, shown at the widget.

    In a QLineEdit the icon sits inside the field (trailing); for any other
    widget :attr:`indicator` is a label to place beside it. The messages are
    the icon's tooltip and the widget's tooltip and accessible description.

    Findings appear only after the person first leaves the field, and then
    follow every change live; :meth:`reveal` shows them at once (e.g. after
    OK was pressed or when a problem existed before the dialog opened).
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._findings: list[Finding] = []
        self._revealed = False
        self._plain_tooltip = widget.toolTip()
        self._plain_description = widget.accessibleDescription()
        name = widget.objectName()
        self._action: QAction | None = None
        self._indicator: QLabel | None = None
        if isinstance(widget, QLineEdit):
            self._action = QAction(widget)
            self._action.setObjectName(f"{name}ProblemAction")
            self._action.setVisible(False)
            self._action.setText(self.tr("No problem"))
            widget.addAction(self._action, QLineEdit.ActionPosition.TrailingPosition)
        else:
            self._indicator = QLabel(objectName=f"{name}ProblemIndicator")
            self._indicator.setFixedSize(16, 16)
            # Keep the place, so the layout does not jump when a problem appears.
            policy = self._indicator.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            self._indicator.setSizePolicy(policy)
            self._indicator.setVisible(False)
        widget.installEventFilter(self)

    @property
    def indicator(self) -> QLabel | None:
        """The label to place beside a widget that is not a QLineEdit (None for a QLineEdit)."""
        return self._indicator

    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    @property
    def is_shown(self) -> bool:
        """Whether a problem is currently shown at the field."""
        return self._revealed and bool(self._findings)

    @property
    def message(self) -> str:
        """The text shown for the current findings ('' when nothing is shown)."""
        if not self.is_shown:
            return ""
        return "\n".join(translated(finding.message) for finding in self._findings)

    def show(self, findings: Sequence[Finding]) -> None:
        """Show ``findings`` (all for this field); shown once the field was left."""
        self._findings = list(findings)
        self._update()

    def clear(self) -> None:
        self.show([])

    def reveal(self) -> None:
        """Show the findings from now on, even if the field was never left."""
        self._revealed = True
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget:
            if event.type() == QEvent.Type.FocusOut and not self._revealed:
                self.reveal()
            elif event.type() == QEvent.Type.PaletteChange:
                self._update()
        return False

    def _update(self) -> None:
        shown = self.is_shown
        message = self.message
        icon = QIcon()
        if shown:
            worst = min((level_of(finding) for finding in self._findings),
                        key=list(FeedbackLevel).index)
            icon = state_icon(worst, self._widget.palette())
        self._widget.setToolTip(message if shown else self._plain_tooltip)
        self._widget.setAccessibleDescription(message if shown else self._plain_description)
        if self._action is not None:
            self._action.setIcon(icon)
            # What a screen reader says for the icon (it lists the button even when hidden).
            self._action.setText(message if shown else self.tr("No problem"))
            self._action.setToolTip(message)
            self._action.setVisible(shown)
        if self._indicator is not None:
            self._indicator.setPixmap(icon.pixmap(16, 16) if shown else QPixmap())
            self._indicator.setToolTip(message)
            self._indicator.setAccessibleName(message)
            self._indicator.setAccessibleName(message)
            self._indicator.setVisible(shown)
