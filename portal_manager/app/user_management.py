"""Managing users, keeping the login information store sealed to exactly the administrators.

Every change opens the store before writing anything, so a broken store stops
it with nothing changed. Whom the store is sealed to is decided by
``app.store_access`` from what the store itself vouches for, never from users.json
alone. The order of writes across the two files fails safe:

* access is withdrawn (revoke, remove, a reset of an administrator's
  password) by re-keying the store first and writing users.json after;
* a new key pair (add, reset) is first recorded in the store, which from then
  on vouches for it, then written to users.json;
* access is granted by writing users.json first and sealing the store after.

A crash in between leaves someone without access, never with access they
should not have; running the same command again completes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from portal_manager.app.store_access import apply_plan, plan_sealing, proven_key
from portal_manager.errors import InvalidInputError
from portal_manager.messages import QT_TRANSLATE_NOOP
from portal_manager.users.directory import ADMINISTRATORS, Session
from portal_manager.vault.store import UnlockedStore

if TYPE_CHECKING:
    from portal_manager.app.portal import Portal

MANAGE_USERS = QT_TRANSLATE_NOOP("Users", "manage users")


def _unlock_store(portal: Portal, session: Session) -> UnlockedStore:
    """Open the store first, so that a broken store stops a change before anything is written."""
    return portal.store.unlock(session.user_name, session.private_key)


def add_user(portal: Portal, session: Session, name: str, password: str,
             *, admin: bool = False) -> None:
    portal.require_change(session, MANAGE_USERS)
    store = _unlock_store(portal, session)
    user, _ = portal.users.new_user(name, password, admin=admin)
    plan = plan_sealing(portal.users, store, session,
                        granting=frozenset({name}) if admin else frozenset(),
                        fresh={name: user.credentials.public_key})
    apply_plan(portal, store, session, plan, new_key=False)
    portal.users.save_user(user)
    portal.audit.record(session.user_name, "user.added", name=name, administrator=admin)


def remove_user(portal: Portal, session: Session, name: str) -> None:
    portal.require_change(session, MANAGE_USERS)
    user = portal.users.get(name)
    if name == session.user_name:
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Users", "You cannot remove yourself; ask another administrator."))
    portal.users.check_not_last_admin(user)
    store = _unlock_store(portal, session)
    plan = plan_sealing(portal.users, store, session, forgetting=frozenset({name}))
    apply_plan(portal, store, session, plan, new_key=user.is_admin)
    portal.users.remove(name)
    portal.audit.record(session.user_name, "user.removed", name=name)


def grant_admin(portal: Portal, session: Session, name: str) -> None:
    """Make ``name`` an administrator and seal the store to their proven key.

    Granting an administrator again seals the store to them again, which
    repairs a crash between writing users.json and the store.
    """
    portal.require_change(session, MANAGE_USERS)
    user = portal.users.get(name)
    store = _unlock_store(portal, session)
    key = proven_key(portal.users, store, session, name, {})
    if key is None:
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Users", "The public key of %1 in users.json is not the one Portal Manager created "
            "for %1: users.json was changed outside Portal Manager (or the store is an older "
            "copy). Nothing was changed. Reset %1's password first, which gives %1 a new key "
            "pair, then grant again.").fill(name))
    if user.is_admin and store.recipient_keys.get(name) == key:
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Users", "%1 is already a member of %2.").fill(name, ADMINISTRATORS))
    if not user.is_admin:
        portal.users.set_groups(name, user.groups | {ADMINISTRATORS})
    plan = plan_sealing(portal.users, store, session, granting=frozenset({name}))
    if apply_plan(portal, store, session, plan, new_key=False):
        portal.users.save_known_store_epoch()
    portal.audit.record(session.user_name, "user.granted_admin", name=name)


def revoke_admin(portal: Portal, session: Session, name: str) -> None:
    portal.require_change(session, MANAGE_USERS)
    user = portal.users.get(name)
    if not user.is_admin:
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Users", "%1 is not a member of %2.").fill(name, ADMINISTRATORS))
    portal.users.check_not_last_admin(user)
    store = _unlock_store(portal, session)
    plan = plan_sealing(portal.users, store, session, dropping=frozenset({name}))
    apply_plan(portal, store, session, plan, new_key=True)
    portal.users.set_groups(name, user.groups - {ADMINISTRATORS})
    portal.audit.record(session.user_name, "user.revoked_admin", name=name)


def change_password(portal: Portal, session: Session, name: str, new_password: str) -> None:
    """Your own password (re-seals only your private key), or, as administrator, anyone's.

    An administrator cannot unseal another user's private key, so resetting
    someone else's password gives them a new key pair, recorded in the store
    before users.json. If they are an administrator the store is re-keyed,
    too: a reset usually means the old password got out, and with it (and a
    copy of users.json) the old data key. Setting your own password also
    writes your true public key back, which repairs a record whose public key
    was changed outside Portal Manager.
    """
    if name == session.user_name:
        portal.require_change(session, None)
        portal.users.set_password(name, new_password, session.private_key)
    else:
        portal.require_change(
            session, QT_TRANSLATE_NOOP("Users", "change another user's password"))
        target_is_admin = portal.users.get(name).is_admin
        store = _unlock_store(portal, session)
        user, _ = portal.users.with_password(name, new_password, None)
        plan = plan_sealing(portal.users, store, session,
                            fresh={name: user.credentials.public_key})
        apply_plan(portal, store, session, plan, new_key=target_is_admin)
        portal.users.save_user(user)
    portal.audit.record(session.user_name, "user.password_changed", name=name)
