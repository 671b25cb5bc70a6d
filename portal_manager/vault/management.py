"""Administrators' operations on the login information store, with authorization and audit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from portal_manager.errors import InvalidInputError
from portal_manager.mfa.settings import Service
from portal_manager.users.directory import Session
from portal_manager.vault.store import Entry, UnlockedStore

if TYPE_CHECKING:
    from portal_manager.portal.portal import Portal


def open_store(portal: Portal, session: Session | None) -> UnlockedStore:
    portal.users.require_admin(session, "open the login information store")
    return portal.store.unlock(session.user_name, session.private_key)


def services_using(portal: Portal, name: str) -> list[Service]:
    return [
        service
        for service in (Service.SMS, Service.VOICE)
        if portal.security.service(service).api_key == name
    ]


def add_entry(portal: Portal, session: Session | None, entry: Entry) -> None:
    open_store(portal, session).add(entry)
    portal.audit.record(session.user_name, "store.entry_added", name=entry.name,
                        description=entry.description)


def change_entry(portal: Portal, session: Session | None, name: str,
                 password: str | None = None, description: str | None = None) -> None:
    store = open_store(portal, session)
    old = store.get(name)
    new = store.change(name, password, description)
    portal.audit.record(
        session.user_name, "store.entry_changed", name=name,
        password_changed=new.password != old.password,
        description={"old": old.description, "new": new.description},
    )


def remove_entry(portal: Portal, session: Session | None, name: str) -> None:
    store = open_store(portal, session)
    users = services_using(portal, name)
    if users:
        labels = " and ".join(service.label for service in users)
        raise InvalidInputError(
            f'The entry "{name}" is the API key of {labels} and cannot be deleted. '
            "Choose another entry there first."
        )
    store.remove(name)
    portal.audit.record(session.user_name, "store.entry_removed", name=name)
