"""Whom the login information store may be sealed to, and when it must be re-keyed first.

users.json is not authenticated: someone who can write the portal folder can
add themselves to Administrators there, or put their own public key into an
administrator's record. The store's header, on the other hand, is
authenticated by the data key, and says whom the administrators sealed it to
(``recipient_keys``) and which public keys Portal Manager created for which
user (``user_keys``). So the store is sealed only to

* administrators it is already sealed to (and users.json still lists), or
  that an administrator is granting right now, and
* their *proven* public key: the one the store vouches for, the one a login
  just proved, or one created in this very operation (a new user, a reset).

Anyone else users.json lists as an administrator is reported, never sealed to.
Before anything is written with the existing data key, the store must be in
order: sealed to exactly these keys and not older than the last re-key
users.json recorded. Otherwise — an older copy put back, a change made
outside Portal Manager — it is re-keyed first (a new data key, sealed to the
proven administrators only), and the re-key is recorded in the audit trail.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from portal_manager.errors import InvalidInputError
from portal_manager.messages import QT_TRANSLATE_NOOP, Message
from portal_manager.portal.wording import comma_list, semicolon_list
from portal_manager.users.directory import ADMINISTRATORS, Session, UserDirectory
from portal_manager.vault.store import UnlockedStore

if TYPE_CHECKING:
    from portal_manager.app.portal import Portal

log = logging.getLogger("portal_manager.vault")


@dataclass(frozen=True)
class SealingPlan:
    """What sealing the store to the administrators needs now."""

    recipients: dict[str, bytes]  # name -> proven public key
    user_keys: dict[str, bytes]  # what the store will vouch for afterwards
    rekey_reasons: list[Message] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)

    @property
    def needs_rekey(self) -> bool:
        return bool(self.rekey_reasons)


def is_stale(users: UserDirectory, store: UnlockedStore) -> bool:
    """Whether the store is older than the last key change users.json recorded."""
    return store.epoch < users.known_store_epoch


def proven_key(
    users: UserDirectory, store: UnlockedStore, session: Session, name: str,
    fresh: Mapping[str, bytes],
) -> bytes | None:
    """``name``'s public key as far as it is proven, else None.

    Proven are: a key created in this operation, the key the session's own
    login proved, and the key the store vouches for — unless the store is an
    older copy, whose keys may be the ones a password reset replaced since.
    When users.json names another key than the store vouches for, the
    store's is the true one: users.json was changed outside Portal Manager.
    """
    if name in fresh:
        return fresh[name]
    listed = users.get(name).credentials.public_key
    if name == session.user_name:
        return listed  # the login proved it belongs to the unsealed private key
    vouched = store.user_keys.get(name)
    if vouched == listed or (vouched is not None and not is_stale(users, store)):
        return vouched
    return None


def plan_sealing(
    users: UserDirectory,
    store: UnlockedStore,
    session: Session,
    *,
    granting: frozenset[str] = frozenset(),
    dropping: frozenset[str] = frozenset(),
    forgetting: frozenset[str] = frozenset(),
    fresh: Mapping[str, bytes] | None = None,
) -> SealingPlan:
    """Whom to seal to after this change, and whether the store must be re-keyed first.

    ``granting`` become administrators now, ``dropping`` stop being ones,
    ``forgetting`` are users being removed; ``fresh`` are public keys created
    in this operation.
    """
    dropping = dropping | forgetting
    fresh = dict(fresh or {})
    listed_admins = {user.name for user in users.administrators()} | granting
    members = ((set(store.recipient_keys) & listed_admins) | granting) - dropping
    recipients: dict[str, bytes] = {}
    warnings: list[Message] = []
    for name in sorted(members):
        key = proven_key(users, store, session, name, fresh)
        if key is None:
            warnings.append(QT_TRANSLATE_NOOP(
                "Store", "The public key of %1 in users.json is not one the store vouches for "
                "(users.json was changed outside Portal Manager, or the store is an older "
                "copy), so the store is not sealed to %1. Reset %1's password to give them a "
                "new key pair.").fill(name))
            continue
        if name not in fresh and key != users.get(name).credentials.public_key:
            warnings.append(QT_TRANSLATE_NOOP(
                "Store", "users.json was changed outside Portal Manager: the public key of %1 "
                "is not the one Portal Manager created for %1. The store stays sealed to the "
                "key Portal Manager created; %1 repairs users.json by setting their password "
                "again.").fill(name))
        recipients[name] = key
    for name in sorted(listed_admins - members - dropping):
        warnings.append(QT_TRANSLATE_NOOP(
            "Store", "users.json lists %1 as a member of %2, but the store was not sealed to "
            "%1 by an administrator (users.json was changed outside Portal Manager, or a grant "
            "was interrupted). If %1 should be one, grant %2 again; otherwise revoke it."
        ).fill(name, ADMINISTRATORS))
    user_keys = {
        name: key for name, key in store.user_keys.items()
        if name not in fresh and name not in forgetting and _still_a_user(users, name)
    }
    user_keys.update(fresh)
    reasons = _rekey_reasons(users, store, recipients, changing=granting | dropping | set(fresh))
    return SealingPlan(recipients, user_keys, reasons, warnings)


def _still_a_user(users: UserDirectory, name: str) -> bool:
    try:
        users.get(name)
    except InvalidInputError:
        return False
    return True


def _rekey_reasons(users: UserDirectory, store: UnlockedStore, recipients: dict[str, bytes],
                   *, changing: frozenset[str]) -> list[Message]:
    """Why the store is out of order, apart from what this operation changes."""
    reasons = []
    if is_stale(users, store):
        reasons.append(QT_TRANSLATE_NOOP(
            "Store", "it is older than the last key change this portal recorded (an older "
            "copy was put back?)"
        ))
    sealed = store.recipient_keys
    expected = {name: key for name, key in recipients.items() if name not in changing}
    extra = sorted(name for name, key in sealed.items()
                   if name not in changing and expected.get(name) != key)
    if extra:
        reasons.append(QT_TRANSLATE_NOOP(
            "Store", "it is sealed to keys that are not the current administrators' (%1)"
        ).fill(comma_list(extra)))
    return reasons


def apply_plan(portal: Portal, store: UnlockedStore, session: Session, plan: SealingPlan, *,
               new_key: bool) -> bool:
    """Seal the store as planned, re-keying if asked or if it is out of order.

    Returns whether the store's epoch changed (a re-key, or other keys vouched
    for); the new epoch is then in ``portal.users.known_store_epoch``, for the
    caller's next users.json write.
    """
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    for warning in plan.warnings:
        log.warning(warning)
    rekey = new_key or plan.needs_rekey
    store.reseal(
        {name: X25519PublicKey.from_public_bytes(key) for name, key in plan.recipients.items()},
        new_key=rekey,
        user_keys=plan.user_keys,
        minimum_epoch=portal.users.known_store_epoch,
    )
    if plan.needs_rekey:
        portal.audit.record(session.user_name, "store.rekeyed", reasons=plan.rekey_reasons,
                            sealed_to=sorted(plan.recipients))
    changed = store.epoch != portal.users.known_store_epoch
    portal.users.known_store_epoch = store.epoch
    return changed


def make_ready_for_writing(portal: Portal, store: UnlockedStore, session: Session) -> None:
    """Before entries are written with the existing data key: re-key if out of order.

    Records the new epoch in users.json, so that putting this copy back later
    is noticed too.
    """
    plan = plan_sealing(portal.users, store, session)
    if not plan.needs_rekey:
        for warning in plan.warnings:
            log.warning(warning)
        return
    log.warning(QT_TRANSLATE_NOOP(
        "Store", "The login information store was re-keyed before saving, because %1."
    ).fill(semicolon_list(plan.rekey_reasons)))
    apply_plan(portal, store, session, plan, new_key=True)
    portal.users.save_known_store_epoch()
