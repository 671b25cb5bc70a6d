"""The portal's users, the group "Administrators", logins and authorization.

Every operation that changes Security settings, touches the login information
store, sends a test message or manages users takes a :class:`Session` and
calls :meth:`UserDirectory.require_admin`, which looks at the *current*
membership: a session of someone removed from Administrators since loses its
rights at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from portal_manager.errors import InvalidInputError, PortalManagerError
from portal_manager.portal.files import CorruptFileError, VersionedJsonFile
from portal_manager.users.credentials import Credentials, burn_time_for_unknown_user

ADMINISTRATORS = "Administrators"
USER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
MIN_PASSWORD_LENGTH = 8


class AuthenticationError(PortalManagerError):
    """Wrong user name or password (the same message for both, on purpose)."""

    def __init__(self) -> None:
        super().__init__("Wrong user name or password.")


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
        raise InvalidInputError(
            f"{name!r} is not a valid user name: use 1 to 64 letters, digits, '.', '_', '@' "
            "or '-', starting with a letter or digit."
        )


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInputError(
            f"The password is too short: use at least {MIN_PASSWORD_LENGTH} characters."
        )


class UserDirectory:
    """The users of one portal, kept in ``users.json`` (owner-only)."""

    def __init__(self, file: VersionedJsonFile) -> None:
        self.file = file
        self._users: dict[str, User] = {}

    # -- reading ---------------------------------------------------------------------------

    def load(self) -> None:
        body = self.file.load()
        try:
            users = {}
            for record in body["users"]:
                groups = record["groups"]
                if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
                    raise ValueError("groups must be a list of names")
                user = User(
                    record["name"],
                    frozenset(groups),
                    Credentials.from_json(record["credentials"]),
                )
                users[user.name] = user
        except (KeyError, TypeError, ValueError) as error:
            raise CorruptFileError(
                self.file.path, f"has a malformed user record ({error}). Restore it from a backup."
            ) from None
        if not any(user.is_admin for user in users.values()):
            raise CorruptFileError(
                self.file.path,
                f"has no member of {ADMINISTRATORS}, which a portal always has. Restore it "
                "from a backup.",
            )
        self._users = users

    def users(self) -> list[User]:
        return sorted(self._users.values(), key=lambda user: user.name.casefold())

    def get(self, name: str) -> User:
        try:
            return self._users[name]
        except KeyError:
            raise InvalidInputError(f"There is no user {name!r}.") from None

    def administrators(self) -> list[User]:
        return [user for user in self.users() if user.is_admin]

    def is_admin(self, name: str) -> bool:
        user = self._users.get(name)
        return user is not None and user.is_admin

    # -- login and authorization --------------------------------------------------------------

    def login(self, name: str, password: str) -> Session:
        user = self._users.get(name)
        if user is None:
            burn_time_for_unknown_user(password)
            raise AuthenticationError()
        private_key = user.credentials.unlock(name, password)
        if private_key is None:
            raise AuthenticationError()
        return Session(name, private_key)

    def require_admin(self, session: Session | None, action: str) -> None:
        """Raise AuthorizationError unless the session's user is an administrator now.

        ``action`` completes "Only members of Administrators may …".
        """
        if session is None or not self.is_admin(session.user_name):
            who = "You are not logged in" if session is None else (
                f"{session.user_name} is not a member of {ADMINISTRATORS}"
            )
            raise AuthorizationError(
                f"Only members of {ADMINISTRATORS} may {action}. {who}; log in as an "
                "administrator or ask one."
            )

    def require_user(self, session: Session | None) -> None:
        if session is None or session.user_name not in self._users:
            raise AuthorizationError("You are not logged in as a user of this portal.")

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
        self.file.save({"users": records})
        self._users = users

    def create_first_administrator(self, name: str, password: str) -> Session:
        """For a new portal: the users file with its first administrator."""
        check_user_name(name)
        check_new_password(password)
        private_key = X25519PrivateKey.generate()
        credentials = Credentials.create(name, password, private_key)
        self._save({name: User(name, frozenset({ADMINISTRATORS}), credentials)})
        return Session(name, private_key)

    def add(self, name: str, password: str, *, admin: bool = False) -> User:
        check_user_name(name)
        check_new_password(password)
        if name in self._users:
            raise InvalidInputError(f"There is already a user {name!r}.")
        groups = frozenset({ADMINISTRATORS}) if admin else frozenset()
        user = User(name, groups, Credentials.create(name, password))
        self._save({**self._users, name: user})
        return user

    def remove(self, name: str) -> None:
        self.check_not_last_admin(self.get(name))
        self._save({key: value for key, value in self._users.items() if key != name})

    def set_groups(self, name: str, groups: frozenset[str]) -> None:
        user = self.get(name)
        if ADMINISTRATORS not in groups:
            self.check_not_last_admin(user)
        self._save({**self._users, name: replace(user, groups=groups)})

    def set_password(
        self, name: str, password: str, private_key: X25519PrivateKey | None
    ) -> User:
        """New password; with the user's own private key it is kept, otherwise a new pair."""
        check_new_password(password)
        user = replace(self.get(name), credentials=Credentials.create(name, password, private_key))
        self._save({**self._users, name: user})
        return user

    def check_not_last_admin(self, user: User) -> None:
        """Refuse to take the last member out of Administrators."""
        if user.is_admin and len(self.administrators()) == 1:
            raise InvalidInputError(
                f"{user.name} is the last member of {ADMINISTRATORS}, and the group must never "
                "be empty. Make another user an administrator first."
            )

    def user_json(self) -> list[dict[str, Any]]:
        """Names and groups only: what `user list --json` prints."""
        return [
            {"name": user.name, "groups": sorted(user.groups), "administrator": user.is_admin}
            for user in self.users()
        ]
