"""The login information store: entries, authenticated encryption, keys that follow the group
Administrators, broken files and secrets that never appear in plain text.

Everything runs against real files and real cryptography (AES-256-GCM, X25519); only scrypt
is made cheap by ``tests/conftest.py``.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import stat
import struct
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from portal_manager.app.portal import USERS_FILE, Portal
from portal_manager.app.store_management import add_entry, change_entry, open_store, remove_entry
from portal_manager.app.user_management import (
    add_user,
    change_password,
    grant_admin,
    remove_user,
    revoke_admin,
)
from portal_manager.errors import InvalidInputError
from portal_manager.mfa.settings import Service
from portal_manager.portal.files import CorruptFileError, NewerFormatError
from portal_manager.portal.general import GeneralSettings
from portal_manager.users.directory import (
    ADMINISTRATORS,
    AuthenticationError,
    AuthorizationError,
    Session,
)
from portal_manager.vault import container
from portal_manager.vault.container import Container, ContainerError, NotSealedForUserError
from portal_manager.vault.store import STORE_FILE, Entry, StoreAccessError
from tests.conftest import ADMIN, ADMIN_PASSWORD

SECRET = "sk-TEST-7f3a9c1e5b"
OTHER_SECRET = "sk-TEST-2d8e6b4a90"
BOB_PASSWORD = "bob password"
CAROL_PASSWORD = "carol password"

# The documented layout: magic (8), format version (2), header length (4), header, nonce (12),
# ciphertext with its 16-byte tag.
PREFIX = struct.Struct(">8sHI")
NONCE = 12
TAG = 16


# -- helpers ---------------------------------------------------------------------------------


def store_path(portal: Portal) -> Path:
    return portal.folder / STORE_FILE


def store_bytes(portal: Portal) -> bytes:
    return store_path(portal).read_bytes()


@dataclasses.dataclass(frozen=True)
class Layout:
    """Byte ranges of a store file, computed from the documented layout (not the product)."""

    header_end: int
    size: int

    @classmethod
    def of(cls, raw: bytes) -> Layout:
        magic, version, header_length = PREFIX.unpack_from(raw)
        assert (magic, version) == (b"PMVAULT\n", 1)
        return cls(PREFIX.size + header_length, len(raw))

    @property
    def nonce(self) -> range:
        return range(self.header_end, self.header_end + NONCE)

    @property
    def ciphertext(self) -> range:
        return range(self.header_end + NONCE, self.size - TAG)

    @property
    def tag(self) -> range:
        return range(self.size - TAG, self.size)

    def region(self, offset: int) -> str:
        if offset < 8:
            return "magic"
        if offset < 10:
            return "version"
        if offset < PREFIX.size:
            return "header length"
        if offset < self.header_end:
            return "header"
        if offset in self.nonce:
            return "nonce"
        if offset in self.ciphertext:
            return "ciphertext"
        return "tag"


def flipped(raw: bytes, offset: int, mask: int = 0xFF) -> bytes:
    return raw[:offset] + bytes([raw[offset] ^ mask]) + raw[offset + 1:]


def open_error(portal: Portal, session: Session) -> Exception | None:
    """What opening the store raises (None when it opens)."""
    try:
        open_store(portal, session)
    except Exception as error:
        return error
    return None


def assert_clear_file_error(error: Exception | None, portal: Portal) -> None:
    assert isinstance(error, (CorruptFileError, NewerFormatError)), repr(error)
    assert str(store_path(portal)) in str(error)


def assert_broken_file_is_refused_and_kept(portal: Portal, session: Session,
                                           broken: bytes) -> None:
    """Opening (and trying to add an entry to) ``broken`` fails clearly and leaves it as it is."""
    path = store_path(portal)
    path.write_bytes(broken)
    assert_clear_file_error(open_error(portal, session), portal)
    with pytest.raises((CorruptFileError, NewerFormatError)):
        add_entry(portal, session, Entry("anotherKey", OTHER_SECRET))
    assert path.read_bytes() == broken


def data_key_of(raw: bytes, user: str, private_key: X25519PrivateKey) -> bytes:
    return container.unseal_data_key(container.decode(raw).recipients, user, private_key)


def entries_seen_by(portal: Portal, session: Session) -> dict[str, tuple[str, str]]:
    return {
        entry.name: (entry.secret, entry.description)
        for entry in open_store(portal, session).sorted_entries()
    }


def add_admin(portal: Portal, admin: Session, name: str = "carol",
              password: str = CAROL_PASSWORD) -> Session:
    add_user(portal, admin, name, password, admin=True)
    return portal.login(name, password)


def with_api_key(portal: Portal, services: tuple[Service, ...], name: str):
    config = portal.security
    for service in services:
        config = config.with_service(
            service, dataclasses.replace(config.service(service), api_key=name)
        )
    return config


@pytest.fixture
def bob(portal: Portal, admin: Session) -> Session:
    """A user who is not an administrator."""
    add_user(portal, admin, "bob", BOB_PASSWORD)
    return portal.login("bob", BOB_PASSWORD)


@pytest.fixture
def stocked(portal: Portal, admin: Session) -> Portal:
    """The portal with one entry in its store."""
    add_entry(portal, admin, Entry("sevenApiKey", SECRET, "seven.io account"))
    return portal


# -- entries ---------------------------------------------------------------------------------


def test_entries_are_added_changed_and_removed_and_persist_in_the_file(
    portal: Portal, admin: Session, portal_folder: Path
) -> None:
    add_entry(portal, admin, Entry("sevenApiKey", SECRET, "seven.io account"))
    add_entry(portal, admin, Entry("backupKey", OTHER_SECRET))

    def on_disk() -> dict[str, tuple[str, str]]:
        # A second, independent opening of the portal folder reads what was written.
        with Portal.open(portal_folder) as fresh:
            return entries_seen_by(fresh, fresh.login(ADMIN, ADMIN_PASSWORD))

    assert on_disk() == {
        "backupKey": (OTHER_SECRET, ""),
        "sevenApiKey": (SECRET, "seven.io account"),
    }
    change_entry(portal, admin, "sevenApiKey", secret="sk-new-value")
    change_entry(portal, admin, "backupKey", description="kept for emergencies")
    assert on_disk() == {
        "backupKey": (OTHER_SECRET, "kept for emergencies"),
        "sevenApiKey": ("sk-new-value", "seven.io account"),
    }
    remove_entry(portal, admin, "backupKey")
    assert on_disk() == {"sevenApiKey": ("sk-new-value", "seven.io account")}


@pytest.mark.parametrize("name", ["a", "sevenApiKey", "key2", "aB3c"])
def test_valid_entry_names_are_accepted(portal: Portal, admin: Session, name: str) -> None:
    add_entry(portal, admin, Entry(name, SECRET))
    assert list(entries_seen_by(portal, admin)) == [name]


@pytest.mark.parametrize(
    "name", ["", "Seven", "7up", "seven-key", "sevenäpi", "seven key", "seven_key", "seven\n"]
)
def test_invalid_entry_names_are_refused_with_a_clear_message(
    portal: Portal, admin: Session, name: str
) -> None:
    before = store_bytes(portal)
    with pytest.raises(InvalidInputError) as refused:
        add_entry(portal, admin, Entry(name, SECRET))
    message = str(refused.value)
    # Never quoted back: what was typed as a name may be a pasted secret.
    assert f"'{name}'" not in message
    assert "not a valid entry name" in message
    assert "lowercase letter" in message
    assert SECRET not in message
    assert store_bytes(portal) == before
    assert entries_seen_by(portal, admin) == {}


def test_a_duplicate_name_is_refused_and_the_entry_kept(stocked: Portal, admin: Session) -> None:
    before = store_bytes(stocked)
    with pytest.raises(InvalidInputError, match="already an entry sevenApiKey;") as refused:
        add_entry(stocked, admin, Entry("sevenApiKey", OTHER_SECRET, "other"))
    assert SECRET not in str(refused.value)
    assert OTHER_SECRET not in str(refused.value)
    assert store_bytes(stocked) == before
    assert entries_seen_by(stocked, admin) == {"sevenApiKey": (SECRET, "seven.io account")}


def test_an_empty_secret_is_refused(stocked: Portal, admin: Session) -> None:
    before = store_bytes(stocked)
    with pytest.raises(InvalidInputError, match="must not be empty"):
        add_entry(stocked, admin, Entry("emptyKey", ""))
    with pytest.raises(InvalidInputError, match="must not be empty"):
        change_entry(stocked, admin, "sevenApiKey", secret="")
    assert store_bytes(stocked) == before
    assert entries_seen_by(stocked, admin) == {"sevenApiKey": (SECRET, "seven.io account")}


def test_unknown_entries_cannot_be_changed_or_removed(stocked: Portal, admin: Session) -> None:
    before = store_bytes(stocked)
    with pytest.raises(InvalidInputError, match="no entry missingKey in"):
        change_entry(stocked, admin, "missingKey", secret=OTHER_SECRET)
    with pytest.raises(InvalidInputError, match="no entry missingKey in"):
        remove_entry(stocked, admin, "missingKey")
    assert store_bytes(stocked) == before


@pytest.mark.parametrize(
    ("services", "named", "not_named"),
    [
        ((Service.SMS,), ["SMS"], "Voice call"),
        ((Service.VOICE,), ["Voice call"], "SMS"),
        ((Service.SMS, Service.VOICE), ["SMS", "Voice call"], None),
    ],
)
def test_an_entry_used_by_a_service_cannot_be_deleted(
    stocked: Portal, admin: Session, services, named, not_named
) -> None:
    stocked.save_security(with_api_key(stocked, services, "sevenApiKey"), admin)
    before = store_bytes(stocked)
    with pytest.raises(InvalidInputError) as refused:
        remove_entry(stocked, admin, "sevenApiKey")
    message = str(refused.value)
    assert "sevenApiKey" in message
    for label in named:
        assert label in message
    if not_named:
        assert not_named not in message
    assert SECRET not in message
    assert store_bytes(stocked) == before
    assert "sevenApiKey" in entries_seen_by(stocked, admin)

    # Once no service uses it any more, it can go.
    stocked.save_security(with_api_key(stocked, services, ""), admin)
    remove_entry(stocked, admin, "sevenApiKey")
    assert entries_seen_by(stocked, admin) == {}


# -- authenticated encryption ----------------------------------------------------------------


def test_the_file_is_aes_gcm_over_the_documented_layout(stocked: Portal, admin: Session) -> None:
    raw = store_bytes(stocked)
    layout = Layout.of(raw)
    header = json.loads(raw[PREFIX.size:layout.header_end])
    assert set(header["recipients"]) == {ADMIN}
    data_key = data_key_of(raw, ADMIN, admin.private_key)
    assert len(data_key) == 32
    nonce = raw[layout.header_end:layout.header_end + NONCE]
    sealed_body = raw[layout.header_end + NONCE:]
    # Decrypted here with AESGCM directly: everything before the nonce is associated data.
    plain = AESGCM(data_key).decrypt(nonce, sealed_body, raw[:layout.header_end])
    assert len(sealed_body) == len(plain) + TAG
    assert json.loads(plain) == {
        "entries": {"sevenApiKey": {"secret": SECRET, "description": "seven.io account"}}
    }
    # The body is not readable without the associated data, nor under another key.
    with pytest.raises(ContainerError, match="failed authentication"):
        container.decode(raw).decrypt(os.urandom(32))


def test_every_save_has_a_fresh_nonce_and_different_bytes(
    stocked: Portal, admin: Session
) -> None:
    # The unlocked store itself (internal to the vault package): saves the same content.
    store = stocked.store.unlock(ADMIN, admin.private_key)
    files = [store_bytes(stocked)]
    for _ in range(8):
        store.save()  # the same content every time
        files.append(store_bytes(stocked))
    assert len(set(files)) == len(files)
    nonces = [file[Layout.of(file).nonce.start:Layout.of(file).nonce.stop] for file in files]
    assert len(set(nonces)) == len(nonces)
    assert all(len(nonce) == NONCE for nonce in nonces)
    data_key = data_key_of(files[0], ADMIN, admin.private_key)
    bodies = [container.decode(file).decrypt(data_key) for file in files]
    assert all(body == bodies[0] for body in bodies)


def test_what_open_store_hands_out_cannot_change_the_store(stocked: Portal, admin: Session) -> None:
    snapshot = open_store(stocked, admin)
    before = store_bytes(stocked)
    for change in ("add", "change", "remove", "save", "reseal"):
        assert not hasattr(snapshot, change)
    with pytest.raises(TypeError):
        snapshot.entries["sneaky"] = Entry("sneaky", "sk-x")  # type: ignore[index]
    assert store_bytes(stocked) == before


def test_container_encode_uses_a_fresh_nonce_for_identical_input() -> None:
    data_key = os.urandom(32)
    header = {"key_id": "00", "recipients": {}}
    first = container.encode(header, {"entries": {}}, data_key)
    second = container.encode(header, {"entries": {}}, data_key)
    assert first != second
    assert container.decode(first).nonce != container.decode(second).nonce
    assert container.decode(first).decrypt(data_key) == container.decode(second).decrypt(data_key)


# -- only current administrators -------------------------------------------------------------


def test_a_non_administrator_cannot_open_or_change_the_store(
    stocked: Portal, admin: Session, bob: Session
) -> None:
    before = store_bytes(stocked)
    with pytest.raises(AuthorizationError, match=f"bob is not a member of {ADMINISTRATORS}"):
        open_store(stocked, bob)
    with pytest.raises(AuthorizationError, match="not logged in"):
        open_store(stocked, None)
    with pytest.raises(AuthorizationError):
        add_entry(stocked, bob, Entry("bobsKey", OTHER_SECRET))
    with pytest.raises(AuthorizationError):
        change_entry(stocked, bob, "sevenApiKey", secret=OTHER_SECRET)
    with pytest.raises(AuthorizationError):
        remove_entry(stocked, bob, "sevenApiKey")
    assert store_bytes(stocked) == before
    assert stocked.store.recipients() == {ADMIN}


def test_bypassing_the_authorization_check_does_not_open_the_store(
    stocked: Portal, bob: Session
) -> None:
    with pytest.raises(StoreAccessError, match="not sealed for bob"):
        stocked.store.unlock("bob", bob.private_key)
    # Nor does bob's key open the administrator's sealed data key.
    with pytest.raises(StoreAccessError):
        stocked.store.unlock(ADMIN, bob.private_key)
    with pytest.raises(StoreAccessError):
        stocked.store.unlock(ADMIN, X25519PrivateKey.generate())


def test_granting_admin_lets_the_new_administrator_open_the_store_with_their_login(
    stocked: Portal, admin: Session, bob: Session
) -> None:
    grant_admin(stocked, admin, "bob")
    assert stocked.store.recipients() == {ADMIN, "bob"}
    bob_again = stocked.login("bob", BOB_PASSWORD)
    assert entries_seen_by(stocked, bob_again) == {"sevenApiKey": (SECRET, "seven.io account")}
    # A store opened by bob can be changed, and the first administrator sees the change.
    add_entry(stocked, bob_again, Entry("bobsKey", OTHER_SECRET))
    assert set(entries_seen_by(stocked, admin)) == {"sevenApiKey", "bobsKey"}


def test_a_user_added_as_administrator_can_open_the_store(
    stocked: Portal, admin: Session
) -> None:
    carol = add_admin(stocked, admin)
    assert stocked.store.recipients() == {ADMIN, "carol"}
    assert entries_seen_by(stocked, carol) == {"sevenApiKey": (SECRET, "seven.io account")}


@pytest.mark.parametrize("withdraw", ["revoke", "remove"])
def test_withdrawing_an_administrator_re_keys_the_store(
    stocked: Portal, admin: Session, withdraw: str
) -> None:
    carol = add_admin(stocked, admin)
    old_key = carol.private_key
    old_file = store_bytes(stocked)
    old_data_key = data_key_of(old_file, "carol", old_key)
    # Before: carol's key material opens the file.
    assert container.decode(old_file).decrypt(old_data_key)["entries"]["sevenApiKey"]

    if withdraw == "revoke":
        revoke_admin(stocked, admin, "carol")
    else:
        remove_user(stocked, admin, "carol")

    new_file = store_bytes(stocked)
    new = container.decode(new_file)
    assert set(new.recipients) == {ADMIN}
    assert new.header["key_id"] != container.decode(old_file).header["key_id"]
    with pytest.raises(NotSealedForUserError):
        container.unseal_data_key(new.recipients, "carol", old_key)
    # Even the sealed record of the old file grafted onto the new one yields only the old key.
    with pytest.raises(ContainerError, match="failed authentication"):
        new.decrypt(old_data_key)
    # The remaining administrator still has every entry.
    assert entries_seen_by(stocked, admin) == {"sevenApiKey": (SECRET, "seven.io account")}

    # Carol's stale session and a fresh login (when she still exists) are both shut out.
    with pytest.raises(AuthorizationError):
        open_store(stocked, carol)
    with pytest.raises(StoreAccessError):
        stocked.store.unlock("carol", old_key)
    if withdraw == "revoke":
        carol_again = stocked.login("carol", CAROL_PASSWORD)
        with pytest.raises(AuthorizationError):
            open_store(stocked, carol_again)
        with pytest.raises(StoreAccessError):
            stocked.store.unlock("carol", carol_again.private_key)
    else:
        with pytest.raises(AuthenticationError):
            stocked.login("carol", CAROL_PASSWORD)


def test_a_revoked_administrator_granted_again_can_open_the_store(
    stocked: Portal, admin: Session
) -> None:
    add_admin(stocked, admin)
    revoke_admin(stocked, admin, "carol")
    grant_admin(stocked, admin, "carol")
    carol = stocked.login("carol", CAROL_PASSWORD)
    assert entries_seen_by(stocked, carol) == {"sevenApiKey": (SECRET, "seven.io account")}


def test_an_administrator_s_own_password_change_re_seals_only_their_private_key(
    stocked: Portal, admin: Session
) -> None:
    store_before = store_bytes(stocked)
    users_before = (stocked.folder / USERS_FILE).read_bytes()
    change_password(stocked, admin, ADMIN, "a brand new password")
    assert (stocked.folder / USERS_FILE).read_bytes() != users_before
    assert store_bytes(stocked) == store_before  # the store is not touched at all
    with pytest.raises(AuthenticationError):
        stocked.login(ADMIN, ADMIN_PASSWORD)
    renewed = stocked.login(ADMIN, "a brand new password")
    assert renewed.private_key.public_key().public_bytes_raw() == (
        admin.private_key.public_key().public_bytes_raw()
    )
    assert entries_seen_by(stocked, renewed) == {"sevenApiKey": (SECRET, "seven.io account")}


def test_an_administrator_resetting_another_administrator_s_password(
    stocked: Portal, admin: Session
) -> None:
    carol = add_admin(stocked, admin)
    change_password(stocked, admin, "carol", "carol's new password")
    with pytest.raises(AuthenticationError):
        stocked.login("carol", CAROL_PASSWORD)
    carol_again = stocked.login("carol", "carol's new password")
    assert entries_seen_by(stocked, carol_again) == {"sevenApiKey": (SECRET, "seven.io account")}
    # Her old key pair is not the one the store is sealed to any more.
    with pytest.raises(NotSealedForUserError):
        data_key_of(store_bytes(stocked), "carol", carol.private_key)


def test_the_last_administrator_can_be_neither_revoked_nor_removed(
    stocked: Portal, admin: Session, bob: Session
) -> None:
    users_file = stocked.folder / USERS_FILE
    before = (store_bytes(stocked), users_file.read_bytes())
    with pytest.raises(InvalidInputError, match="last member of Administrators"):
        revoke_admin(stocked, admin, ADMIN)
    with pytest.raises(InvalidInputError):
        remove_user(stocked, admin, ADMIN)
    # The directory itself refuses too, whoever calls it.
    with pytest.raises(InvalidInputError, match="last member of Administrators"):
        stocked.users.remove(ADMIN)
    with pytest.raises(InvalidInputError, match="last member of Administrators"):
        stocked.users.set_groups(ADMIN, frozenset())
    assert (store_bytes(stocked), users_file.read_bytes()) == before
    assert stocked.users.is_admin(ADMIN)
    assert entries_seen_by(stocked, admin) == {"sevenApiKey": (SECRET, "seven.io account")}


def test_an_administrator_who_became_the_last_one_stays(stocked: Portal, admin: Session) -> None:
    carol = add_admin(stocked, admin)
    revoke_admin(stocked, carol, ADMIN)  # allowed: carol remains
    users_file = stocked.folder / USERS_FILE
    before = (store_bytes(stocked), users_file.read_bytes())
    with pytest.raises(InvalidInputError, match="carol is the last member of Administrators"):
        revoke_admin(stocked, carol, "carol")
    assert (store_bytes(stocked), users_file.read_bytes()) == before
    assert stocked.store.recipients() == {"carol"}


# -- broken files ----------------------------------------------------------------------------


def test_every_flipped_byte_is_a_clear_error_and_the_file_is_kept(
    stocked: Portal, admin: Session
) -> None:
    raw = store_bytes(stocked)
    layout = Layout.of(raw)
    assert len(layout.ciphertext) > 0
    wrong = []
    for offset in range(len(raw)):
        broken = flipped(raw, offset)
        store_path(stocked).write_bytes(broken)
        error = open_error(stocked, admin)
        if not (
            isinstance(error, (CorruptFileError, NewerFormatError))
            and str(store_path(stocked)) in str(error)
        ):
            wrong.append((offset, layout.region(offset), repr(error)))
        assert store_bytes(stocked) == broken
    assert wrong == []


def _offsets(raw: bytes) -> dict[str, list[int]]:
    layout = Layout.of(raw)
    header = raw[PREFIX.size:layout.header_end]
    key_id_value = PREFIX.size + header.index(b'"key_id": "') + len(b'"key_id": "')
    return {
        "magic": [0, 3, 7],
        "version": [8, 9],
        "header length": [10, 12, 13],
        "header": [PREFIX.size, key_id_value, key_id_value + 5, layout.header_end - 1],
        "nonce": [layout.nonce.start, layout.nonce.stop - 1],
        "ciphertext": [layout.ciphertext.start, layout.ciphertext.stop - 1],
        "tag": [layout.tag.start, layout.tag.start + 7, layout.size - 1],
    }


@pytest.mark.parametrize("mask", [0xFF, 0x01, 0x80])
@pytest.mark.parametrize(
    "region", ["magic", "version", "header length", "header", "nonce", "ciphertext", "tag"]
)
def test_a_changed_byte_in_each_region_is_a_clear_error(
    stocked: Portal, admin: Session, region: str, mask: int
) -> None:
    raw = store_bytes(stocked)
    for offset in _offsets(raw)[region]:
        assert_broken_file_is_refused_and_kept(stocked, admin, flipped(raw, offset, mask))


def _sealed_key_offset(raw: bytes, user: str) -> int:
    start = raw.index(f'"{user}": {{'.encode())
    return raw.index(b'"sealed_key": "', start) + len(b'"sealed_key": "') + 10


def _base64_neighbour(byte: int) -> int:
    """Another base64 character, so that the header stays valid JSON and valid base64."""
    return ord("B") if byte != ord("B") else ord("C")


def test_a_changed_sealed_key_record_is_reported_as_a_damaged_file(
    stocked: Portal, admin: Session
) -> None:
    raw = store_bytes(stocked)
    offset = _sealed_key_offset(raw, ADMIN)
    broken = raw[:offset] + bytes([_base64_neighbour(raw[offset])]) + raw[offset + 1:]
    assert_broken_file_is_refused_and_kept(stocked, admin, broken)


def test_a_changed_sealed_key_record_is_refused_and_the_file_kept(
    stocked: Portal, admin: Session
) -> None:
    """A changed key record is an error, not garbage, and the file stays as it is."""
    raw = store_bytes(stocked)
    offset = _sealed_key_offset(raw, ADMIN)
    broken = raw[:offset] + bytes([_base64_neighbour(raw[offset])]) + raw[offset + 1:]
    store_path(stocked).write_bytes(broken)
    with pytest.raises((StoreAccessError, CorruptFileError)):
        open_store(stocked, admin)
    assert store_bytes(stocked) == broken
    # Another administrator, whose record is intact, sees that the file was changed.
    store_path(stocked).write_bytes(raw)
    carol = add_admin(stocked, admin)
    raw = store_bytes(stocked)
    offset = _sealed_key_offset(raw, ADMIN)
    broken = raw[:offset] + bytes([_base64_neighbour(raw[offset])]) + raw[offset + 1:]
    store_path(stocked).write_bytes(broken)
    assert_clear_file_error(open_error(stocked, carol), stocked)
    assert store_bytes(stocked) == broken


@pytest.mark.parametrize(
    "cut", ["0", "1", "10", "header middle", "after header", "before tag", "len-1"]
)
def test_a_truncated_file_is_a_clear_error_and_kept(
    stocked: Portal, admin: Session, cut: str
) -> None:
    raw = store_bytes(stocked)
    layout = Layout.of(raw)
    length = {
        "0": 0,
        "1": 1,
        "10": 10,
        "header middle": (PREFIX.size + layout.header_end) // 2,
        "after header": layout.header_end,
        "before tag": layout.tag.start,
        "len-1": len(raw) - 1,
    }[cut]
    assert_broken_file_is_refused_and_kept(stocked, admin, raw[:length])


@pytest.mark.parametrize(("version", "error_type"), [
    (2, NewerFormatError),
    (65535, NewerFormatError),
    (0, CorruptFileError),
])
def test_a_wrong_format_version_is_a_clear_error_and_kept(
    stocked: Portal, admin: Session, version: int, error_type: type
) -> None:
    raw = store_bytes(stocked)
    broken = raw[:8] + struct.pack(">H", version) + raw[10:]
    store_path(stocked).write_bytes(broken)
    with pytest.raises(error_type) as refused:
        open_store(stocked, admin)
    assert str(store_path(stocked)) in str(refused.value)
    if error_type is NewerFormatError:
        assert "newer" in str(refused.value)
    else:
        assert f"invalid format version {version}" in str(refused.value)
    assert_broken_file_is_refused_and_kept(stocked, admin, broken)


def test_an_empty_file_is_a_clear_error_and_kept(stocked: Portal, admin: Session) -> None:
    assert_broken_file_is_refused_and_kept(stocked, admin, b"")
    with pytest.raises(CorruptFileError, match="is empty"):
        open_store(stocked, admin)


def test_a_missing_file_is_a_clear_error_and_not_recreated(
    stocked: Portal, admin: Session
) -> None:
    store_path(stocked).unlink()
    with pytest.raises(CorruptFileError, match="is missing") as refused:
        open_store(stocked, admin)
    assert str(store_path(stocked)) in str(refused.value)
    with pytest.raises(CorruptFileError):
        add_entry(stocked, admin, Entry("anotherKey", OTHER_SECRET))
    assert not store_path(stocked).exists()


def _reencrypted(raw: bytes, data_key: bytes, header: bytes, plain: bytes) -> bytes:
    """A file authenticated with the real data key but with the given header and body."""
    associated = PREFIX.pack(b"PMVAULT\n", 1, len(header)) + header
    nonce = os.urandom(NONCE)
    return associated + nonce + AESGCM(data_key).encrypt(nonce, plain, associated)


@pytest.mark.parametrize("plain", [
    b"not json",
    b"\xff\xfe",
    b"[]",
    b'{"no entries": {}}',
    b'{"entries": []}',
    b'{"entries": {"sevenApiKey": {"description": "no password"}}}',
])
def test_a_well_authenticated_but_malformed_body_is_a_clear_error(
    stocked: Portal, admin: Session, plain: bytes
) -> None:
    raw = store_bytes(stocked)
    header = raw[PREFIX.size:Layout.of(raw).header_end]
    broken = _reencrypted(raw, data_key_of(raw, ADMIN, admin.private_key), header, plain)
    assert_broken_file_is_refused_and_kept(stocked, admin, broken)


@pytest.mark.parametrize("header", [b"[]", b'"text"', b"{", b"\xff{}"])
def test_a_malformed_header_is_a_clear_error(
    stocked: Portal, admin: Session, header: bytes
) -> None:
    raw = store_bytes(stocked)
    rest = raw[Layout.of(raw).header_end:]
    broken = PREFIX.pack(b"PMVAULT\n", 1, len(header)) + header + rest
    assert_broken_file_is_refused_and_kept(stocked, admin, broken)


@pytest.mark.parametrize("content", [
    b'{"format": "portal-users", "version": 1}\n',
    b"PMVAULX\n" + bytes(200),
    b"\x00" * 300,
])
def test_a_file_of_another_kind_is_named_as_such(
    stocked: Portal, admin: Session, content: bytes
) -> None:
    store_path(stocked).write_bytes(content)
    with pytest.raises(CorruptFileError, match="is not a login information store file"):
        open_store(stocked, admin)
    assert_broken_file_is_refused_and_kept(stocked, admin, content)


def test_a_huge_header_length_is_a_clear_error(stocked: Portal, admin: Session) -> None:
    raw = store_bytes(stocked)
    broken = raw[:10] + struct.pack(">I", 0xFFFFFFFF) + raw[14:]
    assert_broken_file_is_refused_and_kept(stocked, admin, broken)


# -- secrets never in plain text -------------------------------------------------------------


def _middle(text: str) -> str:
    """The part of a base64 text that depends only on the secret, not on its neighbours."""
    return text[4:-4]


def secret_forms(secret: str) -> dict[str, bytes]:
    data = secret.encode("utf-8")
    forms = {
        "text": data,
        "utf-16": secret.encode("utf-16-le"),
        "hex": data.hex().encode(),
        "HEX": data.hex().upper().encode(),
    }
    for prefix in ("", "x", "xx"):
        padded = prefix.encode() + data
        forms[f"base64/{len(prefix)}"] = _middle(base64.b64encode(padded).decode()).encode()
        forms[f"urlsafe/{len(prefix)}"] = _middle(
            base64.urlsafe_b64encode(padded).decode()
        ).encode()
    return forms


def leaks(data: bytes, secret: str) -> list[str]:
    return [name for name, form in secret_forms(secret).items() if form in data]


@pytest.mark.parametrize("prefix", ["", "a", "ab", "abc"])
def test_the_leak_scan_finds_every_encoding_of_a_secret(prefix: str) -> None:
    data = (prefix + SECRET).encode()
    planted = {
        "text": data,
        "hex": data.hex().encode(),
        "base64": base64.b64encode(data),
        "urlsafe": base64.urlsafe_b64encode(data),
        "json": json.dumps({"api_key": base64.b64encode(data).decode()}).encode(),
    }
    for name, blob in planted.items():
        assert leaks(b"noise " + blob + b" noise", SECRET), name
    assert leaks(os.urandom(4096), SECRET) == []


def test_a_secret_never_appears_in_any_portal_file(
    portal: Portal, admin: Session, portal_folder: Path
) -> None:
    add_entry(portal, admin, Entry("sevenApiKey", SECRET, "seven.io account"))
    change_entry(portal, admin, "sevenApiKey", description="the main account")
    add_entry(portal, admin, Entry("backupKey", OTHER_SECRET))
    change_entry(portal, admin, "backupKey", secret=SECRET + "-rotated")
    portal.save_security(with_api_key(portal, (Service.SMS, Service.VOICE), "sevenApiKey"), admin)
    with pytest.raises(InvalidInputError) as refused:
        remove_entry(portal, admin, "sevenApiKey")
    assert SECRET not in str(refused.value)
    # Key changes rewrite the store and the users file.
    add_admin(portal, admin)
    revoke_admin(portal, admin, "carol")

    files = [path for path in portal_folder.rglob("*") if path.is_file()]
    assert {path.name for path in files} >= {STORE_FILE, USERS_FILE, "audit.log"}
    found = {
        str(path.relative_to(portal_folder)): leaks(path.read_bytes(), secret)
        for path in files
        for secret in (SECRET, OTHER_SECRET, SECRET + "-rotated")
        if leaks(path.read_bytes(), secret)
    }
    assert found == {}
    # Yet the store does hold them.
    assert entries_seen_by(portal, admin)["backupKey"][0] == SECRET + "-rotated"


def test_a_secret_does_not_appear_in_reprs_or_the_audit_trail(
    stocked: Portal, admin: Session
) -> None:
    store = open_store(stocked, admin)
    entry = store.get("sevenApiKey")
    assert entry.secret == SECRET
    for text in (repr(entry), str(entry), repr(store), str(store), repr(store.entries),
                 repr(store.sorted_entries()), repr(admin)):
        assert SECRET not in text
    change_entry(stocked, admin, "sevenApiKey", secret=OTHER_SECRET)
    audit = json.dumps([record.to_json() for record in stocked.audit.records()])
    assert "store.entry_changed" in audit
    assert SECRET not in audit
    assert OTHER_SECRET not in audit


def test_a_refused_secret_is_not_echoed_in_the_error(stocked: Portal, admin: Session) -> None:
    multi_line = SECRET + "\nsecond line"
    with pytest.raises(InvalidInputError) as refused:
        add_entry(stocked, admin, Entry("otherKey", multi_line))
    assert SECRET not in str(refused.value)
    too_long = SECRET * 300
    with pytest.raises(InvalidInputError) as refused:
        change_entry(stocked, admin, "sevenApiKey", secret=too_long)
    assert SECRET not in str(refused.value)


# -- file permissions ------------------------------------------------------------------------


def test_the_store_file_is_owner_only_even_with_a_permissive_umask(
    tmp_path: Path, general: GeneralSettings
) -> None:
    previous = os.umask(0)
    try:
        folder = tmp_path / "open-portal"
        with Portal.create(folder, general, ADMIN, ADMIN_PASSWORD) as portal:
            path = store_path(portal)
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            admin = portal.login(ADMIN, ADMIN_PASSWORD)
            add_entry(portal, admin, Entry("sevenApiKey", SECRET))
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            add_admin(portal, admin)
            revoke_admin(portal, admin, "carol")  # re-keyed: a new file
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            # No temporary file is left behind.
            assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []
    finally:
        os.umask(previous)


def test_a_container_decodes_what_it_encodes() -> None:
    """A sanity check of the helpers above: the layout they assume is the product's."""
    data_key = os.urandom(32)
    raw = container.encode({"key_id": "ab", "recipients": {}}, {"entries": {}}, data_key)
    layout = Layout.of(raw)
    decoded = container.decode(raw)
    assert isinstance(decoded, Container)
    assert decoded.nonce == raw[layout.nonce.start:layout.nonce.stop]
    assert decoded.prefix_and_header == raw[:layout.header_end]


@pytest.mark.parametrize("description", ["first line\nsecond line", "tab\there", "bell\a"])
def test_a_description_with_a_line_break_or_control_character_is_refused(
    stocked: Portal, admin: Session, description: str
) -> None:
    """A newline in a description used to break `vault list`, one line per entry."""
    before = store_bytes(stocked)
    with pytest.raises(InvalidInputError, match="one line of text"):
        add_entry(stocked, admin, Entry("otherKey", OTHER_SECRET, description))
    with pytest.raises(InvalidInputError, match="one line of text"):
        change_entry(stocked, admin, "sevenApiKey", description=description)
    assert store_bytes(stocked) == before


def test_changing_an_entry_to_what_it_is_writes_nothing(stocked: Portal, admin: Session) -> None:
    before = store_bytes(stocked)
    records = len(stocked.audit.records())
    entry = open_store(stocked, admin).get("sevenApiKey")
    assert change_entry(stocked, admin, "sevenApiKey", entry.secret, entry.description) is False
    assert store_bytes(stocked) == before
    assert len(stocked.audit.records()) == records
