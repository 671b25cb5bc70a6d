"""The portal's users, the group "Administrators", logins and authorization.

Every operation that changes Security settings, touches the login information
store, sends a test message or manages users takes a :class:`Session` and
calls :meth:`UserDirectory.require_admin`, which looks at the *current*
membership: a session of someone removed from Administrators since loses its
rights at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from portal_manager.errors import InvalidInputError, PortalManagerError
from portal_manager.messages import QT_TRANSLATE_NOOP
from portal_manager.portal.files import CorruptFileError, VersionedJsonFile
from portal_manager.portal.json_input import (
    JsonInputError,
    expect_int,
    expect_list,
    expect_object,
    expect_str,
    expect_str_list,
)
from portal_manager.users.credentials import (
    Credentials,
    burn_time_for_unknown_user,
    new_private_key,
)

if TYPE_CHECKING:  # imported at the login, not with this module (start-up time)
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

ADMINISTRATORS = "Administrators"
USER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
GROUP_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._@-]{0,63}")
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 1024
MAX_EPOCH = 2**53


class AuthenticationError(PortalManagerError):
    """Wrong user name or password (the same message for both, on purpose)."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Users", "Wrong user name or password."))


class UsersFileChangedError(PortalManagerError):
    """users.json holds something the app did not write, such as another user's key."""


class AuthorizationError(PortalManagerError):
    """The session's user is not allowed to do this."""


@dataclass(frozen=True)
class User:
    name: str
    groups: frozenset[str]
    credentials: Credentials = field(repr=False)

    @property
    def is_admin(self) -> bool:
        return ADMINISTRATORS in self.groups


@dataclass(frozen=True)
class Session:
    """A logged-in user; holds their unlocked private key for the store."""

    user_name: str
    private_key: X25519PrivateKey = field(repr=False, compare=False)


def check_user_name(name: str) -> None:
    if not USER_NAME.fullmatch(name):
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            # Not quoted back: a password typed into the wrong field must not be shown.
            "Users", "That is not a valid user name: use 1 to 64 letters, digits, '.', '_', "
            "'@' or '-', starting with a letter or digit."
        ))


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Users", "The password is too short: use at least %1 characters."
        ).fill(MIN_PASSWORD_LENGTH))
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Users", "The password is too long: use at most %1 characters."
        ).fill(MAX_PASSWORD_LENGTH))
    if any(ord(char) < 32 or ord(char) == 127 for char in password):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Users", "The password must not contain control characters."))


class UserDirectory:
    """The users of one portal, kept in ``users.json`` (owner-only)."""

    def __init__(self, file: VersionedJsonFile) -> None:
        self.file = file
        self._users: dict[str, User] = {}
        # The store's key epoch as of its last re-key that this file recorded: an older
        # store is a restored copy and is re-keyed before anything is written to it.
        self.known_store_epoch = 0

    # -- reading ---------------------------------------------------------------------------

    def load(self) -> None:
        body = self.file.load()
        try:
            users = self._users_from_json(body)
            epoch = expect_int(body, "store_epoch", minimum=0, maximum=MAX_EPOCH) if (
                "store_epoch" in body) else 0
        except JsonInputError as error:
            raise CorruptFileError(self.file.path, QT_TRANSLATE_NOOP(
                "Users", "is damaged: %1 Restore it from a backup.").fill(error.args[0])
            ) from None
        if not any(user.is_admin for user in users.values()):
            raise CorruptFileError(self.file.path, QT_TRANSLATE_NOOP(
                "Users", "has no member of %1, which a portal always has. Restore it "
                "from a backup.").fill(ADMINISTRATORS))
        self._users = users
        self.known_store_epoch = epoch

    @staticmethod
    def _users_from_json(body: dict[str, Any]) -> dict[str, User]:
        users: dict[str, User] = {}
        for number, record in enumerate(expect_list(body, "users"), start=1):
            where = QT_TRANSLATE_NOOP("Users", "user record %1").fill(number)
            record = expect_object(record, where)
            name = expect_str(record, "name", where)
            if not USER_NAME.fullmatch(name):
                raise JsonInputError(
                    QT_TRANSLATE_NOOP("Users", "%1: the user name is not valid.").fill(where))
            if name in users:
                raise JsonInputError(QT_TRANSLATE_NOOP(
                    "Users", "%1: the user %2 is listed twice.").fill(where, name))
            groups = expect_str_list(record, "groups", where)
            if groups and not all(GROUP_NAME.fullmatch(group) for group in groups):
                raise JsonInputError(
                    QT_TRANSLATE_NOOP("Users", "%1: a group name is not valid.").fill(where))
            credentials = Credentials.from_json(
                record.get("credentials"),
                QT_TRANSLATE_NOOP("Users", "user record %1 (%2)").fill(number, name))
            users[name] = User(name, frozenset(groups), credentials)
        return users

    def users(self) -> list[User]:
        return sorted(self._users.values(), key=lambda user: user.name.casefold())

    def get(self, name: str) -> User:
        try:
            return self._users[name]
        except KeyError:
            if USER_NAME.fullmatch(name):
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Users", "There is no user %1.").fill(name)) from None
            # Not quoted back: it may be a password typed into the wrong field.
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Users", "There is no user with that name.")) from None

    def administrators(self) -> list[User]:
        return [user for user in self.users() if user.is_admin]

    def is_admin(self, name: str) -> bool:
        user = self._users.get(name)
        return user is not None and user.is_admin

    # -- login and authorization --------------------------------------------------------------

    def login(self, name: str, password: str, *, repairing_key: bool = False,
              meanwhile: Callable[[], object] = lambda: None) -> Session:
        """Check the password and unseal the user's private key.

        ``meanwhile`` runs on this thread while the password's key is derived on
        another, for a known user or not (see users/key_derivation.py).

        The stored public key must belong to the unsealed private key: if not,
        users.json was changed outside Portal Manager, and the login is refused
        unless the user is ``repairing_key`` (setting their own password again,
        which writes their true public key back).
        """
        user = self._users.get(name)
        if user is None:
            burn_time_for_unknown_user(password, meanwhile)
            raise AuthenticationError()
        private_key = user.credentials.unlock(name, password, meanwhile)
        if private_key is None:
            raise AuthenticationError()
        if not repairing_key and not user.credentials.matches(private_key):
            raise UsersFileChangedError(QT_TRANSLATE_NOOP(
                "Users", "%1 was changed outside Portal Manager: the public key stored for %2 "
                "does not belong to %2's key pair, so the login was refused and nothing was "
                "changed. %2 can repair it by setting their password again ('portal-manager "
                "user passwd %2 --user %2'), or an administrator can reset it."
            ).fill(self.file.path.name, name))
        return Session(name, private_key)

    def require_admin(self, session: Session | None, action: str) -> None:
        """Raise AuthorizationError unless the session's user is an administrator now.

        ``action`` completes "Only members of Administrators may …".
        """
        if session is None:
            raise AuthorizationError(QT_TRANSLATE_NOOP(
                "Users", "Only members of %1 may %2. You are not logged in; log in as an "
                "administrator or ask one.").fill(ADMINISTRATORS, action))
        if not self.is_admin(session.user_name):
            raise AuthorizationError(QT_TRANSLATE_NOOP(
                "Users", "Only members of %1 may %2. %3 is not a member of %1; log in as an "
                "administrator or ask one.").fill(ADMINISTRATORS, action, session.user_name))

    def require_user(self, session: Session | None) -> None:
        if session is None or session.user_name not in self._users:
            raise AuthorizationError(QT_TRANSLATE_NOOP(
                "Users", "You are not logged in as a user of this portal."))

    # -- changing (callers check authorization and keep the store in step) ------------------

    def _save(self, users: dict[str, User]) -> None:
        records = [
            {
                "name": user.name,
                "groups": sorted(user.groups),
                "credentials": user.credentials.to_json(),
            }
            for user in sorted(users.values(), key=lambda user: user.name)
        ]
        self.file.save({"store_epoch": self.known_store_epoch, "users": records})
        self._users = users

    def save_known_store_epoch(self) -> None:
        """Write ``known_store_epoch`` after a re-key that changed no user."""
        self._save(self._users)

    def create_first_administrator(self, name: str, password: str) -> Session:
        """For a new portal: the users file with its first administrator."""
        check_user_name(name)
        check_new_password(password)
        private_key = new_private_key()
        credentials = Credentials.create(name, password, private_key)
        self._save({name: User(name, frozenset({ADMINISTRATORS}), credentials)})
        return Session(name, private_key)

    def new_user(self, name: str, password: str, *, admin: bool = False) -> tuple[
        User, X25519PrivateKey
    ]:
        """A new user with a fresh key pair, not saved yet (see :meth:`save_user`)."""
        check_user_name(name)
        check_new_password(password)
        if name in self._users:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Users", "There is already a user %1.").fill(name))
        groups = frozenset({ADMINISTRATORS}) if admin else frozenset()
        private_key = new_private_key()
        return User(name, groups, Credentials.create(name, password, private_key)), private_key

    def save_user(self, user: User) -> None:
        """Add or replace ``user``'s record."""
        self._save({**self._users, user.name: user})

    def add(self, name: str, password: str, *, admin: bool = False) -> User:
        user, _ = self.new_user(name, password, admin=admin)
        self.save_user(user)
        return user

    def remove(self, name: str) -> None:
        self.check_not_last_admin(self.get(name))
        self._save({key: value for key, value in self._users.items() if key != name})

    def set_groups(self, name: str, groups: frozenset[str]) -> None:
        user = self.get(name)
        if ADMINISTRATORS not in groups:
            self.check_not_last_admin(user)
        self._save({**self._users, name: replace(user, groups=groups)})

    def with_password(
        self, name: str, password: str, private_key: X25519PrivateKey | None
    ) -> tuple[User, X25519PrivateKey]:
        """``name`` with a new password, not saved yet: with the user's own private key
        it is kept, otherwise a new key pair is made."""
        check_new_password(password)
        private_key = private_key or new_private_key()
        user = replace(self.get(name), credentials=Credentials.create(name, password,
                                                                      private_key))
        return user, private_key

    def set_password(
        self, name: str, password: str, private_key: X25519PrivateKey | None
    ) -> User:
        user, _ = self.with_password(name, password, private_key)
        self.save_user(user)
        return user

    def check_not_last_admin(self, user: User) -> None:
        """Refuse to take the last member out of Administrators."""
        if user.is_admin and len(self.administrators()) == 1:
            raise InvalidInputError(QT_TRANSLATE_NOOP(
                "Users", "%1 is the last member of %2, and the group must never be empty. "
                "Make another user an administrator first.").fill(user.name, ADMINISTRATORS))

    def user_json(self) -> list[dict[str, Any]]:
        """Names and groups only: what `user list --json` prints."""
        return [
            {"name": user.name, "groups": sorted(user.groups), "administrator": user.is_admin}
            for user in self.users()
        ]
