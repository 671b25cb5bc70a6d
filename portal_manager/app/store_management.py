"""Administrators' operations on the login information store, with authorization and audit.

Before an entry is written with the store's data key, ``app.store_access`` checks
that the store is sealed to exactly the proven administrators and is not an
older copy; if not, it is re-keyed first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from portal_manager.app.store_access import make_ready_for_writing
from portal_manager.errors import InvalidInputError
from portal_manager.messages import QT_TRANSLATE_NOOP
from portal_manager.mfa.settings import Service
from portal_manager.portal.wording import and_list
from portal_manager.users.directory import Session
from portal_manager.vault.store import Entry, StoreSnapshot, UnlockedStore

if TYPE_CHECKING:
    from portal_manager.app.portal import Portal

OPEN_STORE = QT_TRANSLATE_NOOP("Store", "open the login information store")
CHANGE_STORE = QT_TRANSLATE_NOOP("Store", "change the login information store")


def open_store(portal: Portal, session: Session | None) -> StoreSnapshot:
    """The entries, for reading: a snapshot without any way to change the store."""
    return StoreSnapshot(_unlock(portal, session).entries)


def _unlock(portal: Portal, session: Session | None) -> UnlockedStore:
    portal.users.require_admin(session, OPEN_STORE)
    return portal.store.unlock(session.user_name, session.private_key)


def _open_for_writing(portal: Portal, session: Session | None) -> UnlockedStore:
    portal.require_change(session, CHANGE_STORE)
    store = _unlock(portal, session)
    make_ready_for_writing(portal, store, session)
    return store


def services_using(portal: Portal, name: str) -> list[Service]:
    return [
        service
        for service in (Service.SMS, Service.VOICE)
        if portal.security.service(service).api_key == name
    ]


def add_entry(portal: Portal, session: Session | None, entry: Entry) -> None:
    _open_for_writing(portal, session).add(entry)
    portal.audit.record(session.user_name, "store.entry_added", name=entry.name,
                        description=entry.description)


def change_entry(portal: Portal, session: Session | None, name: str,
                 secret: str | None = None, description: str | None = None) -> bool:
    """Change an entry; False (and nothing written or recorded) when nothing differs."""
    store = _open_for_writing(portal, session)
    old = store.get(name)
    new = store.change(name, secret, description)
    if new == old:
        return False
    portal.audit.record(
        session.user_name, "store.entry_changed", name=name,
        secret_changed=new.secret != old.secret,
        description={"old": old.description, "new": new.description},
    )
    return True


def remove_entry(portal: Portal, session: Session | None, name: str) -> None:
    store = _open_for_writing(portal, session)
    store.get(name)
    users = services_using(portal, name)
    if users:
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Store", 'The entry "%1" is the API key of %2 and cannot be deleted. '
            "Choose another entry there first."
        ).fill(name, and_list([service.label for service in users])))
    store.remove(name)
    portal.audit.record(session.user_name, "store.entry_removed", name=name)
