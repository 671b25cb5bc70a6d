"""The open portal as the window sees it: one signal for "something was saved"."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from portal_manager.app.portal import Portal
from portal_manager.users.directory import Session


class OpenPortal(QObject):
    """The portal and the logged-in session; ``changed`` after anything is saved.

    Every view that shows portal state connects to ``changed`` instead of
    being refreshed by hand from each dialog.
    """

    changed = Signal()

    def __init__(self, portal: Portal, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.portal = portal
        self.session = session

    @property
    def is_admin(self) -> bool:
        return self.portal.users.is_admin(self.session.user_name)
