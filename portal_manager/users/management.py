"""Managing users, keeping the login information store sealed to exactly the administrators.

Every change opens the store before writing anything, so a broken store stops
it with nothing changed. The order of writes across the two files fails safe:
access is granted by writing the users file first and sealing the store after
(granting again repairs a crash in between); it is withdrawn by re-keying the
store first and writing the users file after. A crash in between leaves
someone without access, never someone with access they should not have.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from portal_manager.errors import InvalidInputError
from portal_manager.users.directory import ADMINISTRATORS, Session
from portal_manager.vault.store import UnlockedStore

if TYPE_CHECKING:
    from portal_manager.portal.portal import Portal


def _unlock_store(portal: Portal, session: Session) -> UnlockedStore:
    """Open the store first, so that a broken store stops a change before anything is written."""
    return portal.store.unlock(session.user_name, session.private_key)


def _reseal(portal: Portal, store: UnlockedStore, *, new_key: bool,
            without: str | None = None) -> None:
    """Seal the store to the current administrators (less ``without``)."""
    recipients = {
        user.name: user.credentials.public
        for user in portal.users.administrators()
        if user.name != without
    }
    store.reseal(recipients, new_key=new_key)


def add_user(portal: Portal, session: Session, name: str, password: str,
             *, admin: bool = False) -> None:
    portal.users.require_admin(session, "manage users")
    store = _unlock_store(portal, session) if admin else None
    portal.users.add(name, password, admin=admin)
    if store is not None:
        _reseal(portal, store, new_key=False)
    portal.audit.record(session.user_name, "user.added", name=name, administrator=admin)


def remove_user(portal: Portal, session: Session, name: str) -> None:
    portal.users.require_admin(session, "manage users")
    user = portal.users.get(name)
    if name == session.user_name:
        raise InvalidInputError("You cannot remove yourself; ask another administrator.")
    if user.is_admin:
        portal.users.check_not_last_admin(user)
        _reseal(portal, _unlock_store(portal, session), new_key=True, without=name)
    portal.users.remove(name)
    portal.audit.record(session.user_name, "user.removed", name=name)


def grant_admin(portal: Portal, session: Session, name: str) -> None:
    """Make ``name`` an administrator and seal the store to them.

    Granting an administrator again seals the store to them again, which
    repairs a crash between writing users.json and the store.
    """
    portal.users.require_admin(session, "manage users")
    user = portal.users.get(name)
    store = _unlock_store(portal, session)
    if user.is_admin and name in store.recipients:
        raise InvalidInputError(f"{name} is already a member of {ADMINISTRATORS}.")
    if not user.is_admin:
        portal.users.set_groups(name, user.groups | {ADMINISTRATORS})
    _reseal(portal, store, new_key=False)
    portal.audit.record(session.user_name, "user.granted_admin", name=name)


def revoke_admin(portal: Portal, session: Session, name: str) -> None:
    portal.users.require_admin(session, "manage users")
    user = portal.users.get(name)
    if not user.is_admin:
        raise InvalidInputError(f"{name} is not a member of {ADMINISTRATORS}.")
    portal.users.check_not_last_admin(user)
    _reseal(portal, _unlock_store(portal, session), new_key=True, without=name)
    portal.users.set_groups(name, user.groups - {ADMINISTRATORS})
    portal.audit.record(session.user_name, "user.revoked_admin", name=name)


def change_password(portal: Portal, session: Session, name: str, new_password: str) -> None:
    """Your own password (re-seals only your private key), or, as administrator, anyone's.

    An administrator cannot unseal another user's private key, so resetting
    someone else's password gives them a new key pair. If they are an
    administrator the store is re-keyed, too: a reset usually means the old
    password got out, and with it (and a copy of users.json) the old data key.
    """
    portal.users.require_user(session)
    if name == session.user_name:
        portal.users.set_password(name, new_password, session.private_key)
    else:
        portal.users.require_admin(session, "change another user's password")
        target_is_admin = portal.users.get(name).is_admin
        store = _unlock_store(portal, session) if target_is_admin else None
        portal.users.set_password(name, new_password, None)
        if store is not None:
            _reseal(portal, store, new_key=True)
    portal.audit.record(session.user_name, "user.password_changed", name=name)
