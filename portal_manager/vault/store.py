"""The login information store: named credentials such as a provider's API key.

The entries live in one encrypted file (see :mod:`container`). Its data key is
sealed to every member of Administrators, so each opens it with their own
login; :meth:`UnlockedStore.reseal` follows changes of the group.
"""

from __future__ import annotations

import os
import re
import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from portal_manager.errors import InvalidInputError, PortalManagerError
from portal_manager.messages import QT_TRANSLATE_NOOP, Message
from portal_manager.portal.files import (
    ChangedOnDiskError,
    CorruptFileError,
    FileStamp,
    NewerFormatError,
    atomic_write_bytes,
    read_bytes,
)
from portal_manager.portal.json_input import (
    JsonInputError,
    expect_dict,
    expect_object,
    expect_str,
)
from portal_manager.users.credentials import public_bytes
from portal_manager.vault import STORE_FILE as STORE_FILE  # its name, re-exported
from portal_manager.vault import container
from portal_manager.vault.container import (
    ContainerError,
    NewerContainerError,
    NotSealedForUserError,
    StoreHeader,
)

if TYPE_CHECKING:  # imported where keys are used, not with this module (start-up time)
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

ENTRY_NAME = re.compile(r"[a-z][A-Za-z0-9]*")
MAX_DESCRIPTION_LENGTH = 500
MAX_SECRET_LENGTH = 4096


class StoreAccessError(PortalManagerError):
    """The store is not sealed for this user."""


@dataclass(frozen=True)
class Entry:
    """One credential. The dialog calls the secret "Password", as the guide does."""

    name: str
    secret: str = field(repr=False)
    description: str = ""


class StoreSnapshot:
    """The entries as they were when the store was opened: for reading only.

    Dialogs and commands hold a snapshot; every change goes through the
    authorized, audited functions of ``app.store_management``.
    """

    def __init__(self, entries: dict[str, Entry]) -> None:
        self.entries: Mapping[str, Entry] = MappingProxyType(dict(entries))

    def __repr__(self) -> str:
        return f"StoreSnapshot({len(self.entries)} entries)"

    def get(self, name: str) -> Entry:
        try:
            return self.entries[name]
        except KeyError:
            raise _no_entry(name) from None

    def sorted_entries(self) -> list[Entry]:
        return sorted(self.entries.values(), key=lambda entry: entry.name)


def _no_entry(name: str) -> InvalidInputError:
    if ENTRY_NAME.fullmatch(name):
        return InvalidInputError(
            QT_TRANSLATE_NOOP("Store", "There is no entry %1 in the store.").fill(name))
    # Not quoted back: it may be a secret pasted into the wrong field.
    return InvalidInputError(
        QT_TRANSLATE_NOOP("Store", "There is no entry with that name in the store."))


def check_entry_name(name: str) -> None:
    if not ENTRY_NAME.fullmatch(name):
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            # Not quoted back: a secret pasted into the wrong field must not be shown.
            "Store", "That is not a valid entry name: start with a lowercase letter, then "
            "letters and digits only (e.g. sevenApiKey)."
        ))


def check_entry_values(secret: str, description: str) -> None:
    if not secret:
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Store", "The password (secret) of an entry must not be empty."))
    if len(secret) > MAX_SECRET_LENGTH:
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Store", "The secret is longer than %1 characters.").fill(MAX_SECRET_LENGTH))
    if "\n" in secret or "\r" in secret:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Store", "The secret must be a single line."))
    if any(unicodedata.category(char) == "Cc" for char in secret):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Store", "The secret must not contain control characters."))
    if any(unicodedata.category(char) == "Cc" for char in description):
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Store", "The description must be one line of text, without line breaks or "
            "control characters."
        ))
    if len(description) > MAX_DESCRIPTION_LENGTH:
        raise InvalidInputError(QT_TRANSLATE_NOOP(
            "Store", "The description is longer than %1 characters."
        ).fill(MAX_DESCRIPTION_LENGTH))


class LoginInformationStore:
    """The store file of one portal; :meth:`unlock` opens it for an administrator."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / STORE_FILE

    def exists(self) -> bool:
        return self.path.exists()

    def create(self, recipients: dict[str, X25519PublicKey]) -> None:
        if self.exists():
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Store", "%1 exists already.").fill(self.path))
        UnlockedStore(self.path, os.urandom(container.KEY_BYTES), {}, FileStamp(None)).reseal(
            recipients, new_key=False,
            user_keys={name: public_bytes(key) for name, key in recipients.items()},
        )

    def _read(self) -> tuple[bytes, container.Container]:
        raw = read_bytes(self.path)
        if raw is None:
            raise CorruptFileError(self.path, QT_TRANSLATE_NOOP(
                "Store", "is missing. Restore it from a backup; without it the stored "
                "credentials are lost."
            ))
        try:
            return raw, container.decode(raw)
        except NewerContainerError as error:
            raise NewerFormatError(self.path, _sentence(error)) from None
        except ContainerError as error:
            raise self._damaged(error) from None

    def _damaged(self, error: ContainerError) -> CorruptFileError:
        return CorruptFileError(self.path, QT_TRANSLATE_NOOP(
            "Store", "%1. Restore it from a backup.").fill(error.args[0]))

    def recipients(self) -> set[str]:
        """The users the data key is sealed to (readable without unlocking)."""
        return set(self._read()[1].recipients)

    def newer_format_reason(self) -> str | None:
        """Why the file must not be written by this version, or None.

        Only the newer-format case: a damaged file is reported when it is opened.
        """
        try:
            container.decode(read_bytes(self.path) or b"")
        except NewerContainerError as error:
            return _sentence(error)
        except ContainerError:
            return None
        return None

    def unlock(self, user_name: str, private_key: X25519PrivateKey) -> UnlockedStore:
        raw, sealed = self._read()
        try:
            data_key = container.unseal_data_key(sealed.recipients, user_name, private_key)
            body = sealed.decrypt(data_key)
        except NotSealedForUserError:
            raise StoreAccessError(QT_TRANSLATE_NOOP(
                "Store", "The login information store is not sealed for %1. Only current "
                "members of Administrators can open it; if you are one, ask another "
                "administrator to run 'grant-admin' for you again, which seals it to you."
            ).fill(user_name)) from None
        except ContainerError as error:
            raise self._damaged(error) from None
        try:
            header = StoreHeader.from_json(sealed.header)
            entries = _entries_from_json(body)
        except JsonInputError as error:  # a sentence, with its full stop
            raise CorruptFileError(self.path, QT_TRANSLATE_NOOP(
                "Store", "is damaged: %1 Restore it from a backup.").fill(error.args[0])
            ) from None
        except ContainerError as error:  # a phrase, without one
            raise CorruptFileError(self.path, QT_TRANSLATE_NOOP(
                "Store", "is damaged: %1. Restore it from a backup.").fill(error.args[0])
            ) from None
        return UnlockedStore(self.path, data_key, entries, FileStamp.of_bytes(raw), header)


def _sentence(error: ContainerError) -> Message:
    """A ContainerError's phrase as a sentence, to follow the file's name."""
    return QT_TRANSLATE_NOOP("Store", "%1.").fill(error.args[0])


def _entries_from_json(body: dict) -> dict[str, Entry]:
    entries = {}
    for name, values in expect_dict(body, "entries").items():
        where = QT_TRANSLATE_NOOP("Store", "an entry")
        values = expect_object(values, where)
        if not ENTRY_NAME.fullmatch(name):
            raise JsonInputError(QT_TRANSLATE_NOOP("Store", "an entry's name is not valid."))
        # Files written before the secret was called "secret" everywhere say "password".
        secret_key = "secret" if "secret" in values or "password" not in values else "password"
        entries[name] = Entry(
            name,
            expect_str(values, secret_key, where, max_length=MAX_SECRET_LENGTH),
            expect_str(values, "description", where, max_length=MAX_DESCRIPTION_LENGTH)
            if "description" in values else "",
        )
    return entries


class UnlockedStore:
    """The entries in memory, with the data key to save them again.

    Besides the entries, the store keeps what the administrators vouch for,
    in its authenticated header: ``recipient_keys`` (who the data key is
    sealed to, and with which public key), ``user_keys`` (every user's public
    key as created by Portal Manager) and ``epoch`` (counts re-keys). Whom to
    seal to is decided from these, not from users.json (see ``app.store_access``).
    """

    def __init__(
        self,
        path: Path,
        data_key: bytes,
        entries: dict[str, Entry],
        stamp: FileStamp,
        header: StoreHeader | None = None,
    ) -> None:
        self.path = path
        self._data_key = data_key
        self.entries = entries
        self._stamp = stamp
        header = header or StoreHeader()
        self._recipients = dict(header.recipients)
        self._key_id = header.key_id
        self.epoch = header.epoch
        self.user_keys = dict(header.user_keys)

    def __repr__(self) -> str:
        return f"UnlockedStore({self.path}, {len(self.entries)} entries)"

    @property
    def recipients(self) -> set[str]:
        """The users the data key is sealed to."""
        return set(self._recipients)

    @property
    def recipient_keys(self) -> dict[str, bytes]:
        """Who the data key is sealed to, and the public key it is sealed to."""
        return {name: record.public_key for name, record in self._recipients.items()}

    def sorted_entries(self) -> list[Entry]:
        return sorted(self.entries.values(), key=lambda entry: entry.name)

    # -- entries -------------------------------------------------------------------------------

    def add(self, entry: Entry) -> None:
        check_entry_name(entry.name)
        check_entry_values(entry.secret, entry.description)
        if entry.name in self.entries:
            raise InvalidInputError(QT_TRANSLATE_NOOP(
                "Store", "There is already an entry %1; names are unique. Change that "
                "entry instead.").fill(entry.name))
        self.entries = {**self.entries, entry.name: entry}
        self.save()

    def change(self, name: str, secret: str | None, description: str | None) -> Entry:
        old = self.get(name)
        entry = Entry(
            name,
            old.secret if secret is None else secret,
            old.description if description is None else description,
        )
        check_entry_values(entry.secret, entry.description)
        if entry != old:
            self.entries = {**self.entries, name: entry}
            self.save()
        return entry

    def remove(self, name: str) -> None:
        self.get(name)
        self.entries = {key: value for key, value in self.entries.items() if key != name}
        self.save()

    def get(self, name: str) -> Entry:
        try:
            return self.entries[name]
        except KeyError:
            raise _no_entry(name) from None

    # -- keys ----------------------------------------------------------------------------------

    def reseal(
        self,
        recipients: dict[str, X25519PublicKey],
        *,
        new_key: bool,
        user_keys: dict[str, bytes] | None = None,
        minimum_epoch: int = 0,
    ) -> None:
        """Seal the data key to exactly ``recipients``; ``new_key`` re-keys the store first.

        Re-keying is what shuts out a removed administrator: their old private
        key may still open the old data key, but the file no longer uses it.
        ``user_keys`` replaces the public keys the store vouches for. A re-key
        or a change of those keys moves the epoch above both the store's and
        ``minimum_epoch`` (the last one users.json recorded), so a copy from
        before is always seen as older.
        """
        if not recipients:
            raise InvalidInputError(QT_TRANSLATE_NOOP(
                "Store", "The store must stay sealed to at least one administrator."))
        keys_change = user_keys is not None and user_keys != self.user_keys
        first_seal = not self._key_id
        if new_key or first_seal:
            if new_key:
                self._data_key = os.urandom(container.KEY_BYTES)
            self._key_id = secrets.token_hex(8)
        if new_key or keys_change or first_seal:
            # Counts every change of keys, so that a copy from before one is seen as older.
            self.epoch = max(self.epoch, minimum_epoch) + 1
        if user_keys is not None:
            self.user_keys = dict(user_keys)
        self._recipients = {
            name: container.seal_data_key(self._data_key, name, public_key)
            for name, public_key in sorted(recipients.items())
        }
        self.save()

    def save(self) -> None:
        current = FileStamp.of_bytes(read_bytes(self.path))
        if current != self._stamp:
            raise ChangedOnDiskError(self.path, QT_TRANSLATE_NOOP(
                "Store", "was changed on disk since it was opened. Nothing was saved; "
                "open it again."))
        header = StoreHeader(self._key_id, self.epoch, self._recipients, self.user_keys)
        body = {
            "entries": {
                entry.name: {"secret": entry.secret, "description": entry.description}
                for entry in self.sorted_entries()
            }
        }
        data = container.encode(header.to_json(), body, self._data_key)
        atomic_write_bytes(self.path, data, private=True)
        self._stamp = FileStamp.of_bytes(data)
