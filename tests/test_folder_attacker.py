"""Someone who can write the portal folder but is no administrator must not get secrets back.

Each test plays one attack that worked before (issue 6): an older store put back, a public
key swapped in users.json, membership added by hand, a reset interrupted between the two
files, hostile key-derivation parameters, a leftover temporary copy of the store. Real
files, real cryptography; only scrypt is cheap (tests/conftest.py).
"""

from __future__ import annotations

import base64
import io
import json
import logging
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from portal_manager.__main__ import main
from portal_manager.app import user_management as management
from portal_manager.app.portal import USERS_FILE, Portal
from portal_manager.app.store_management import add_entry, open_store
from portal_manager.errors import InvalidInputError
from portal_manager.portal.files import CorruptFileError, PortalFileError, VersionedJsonFile
from portal_manager.users.credentials import (
    MAX_KDF_MEMORY,
    PRODUCTION_KDF,
    KdfParameters,
    public_bytes,
)
from portal_manager.users.directory import UsersFileChangedError
from portal_manager.vault import container
from portal_manager.vault.container import ContainerError, NotSealedForUserError
from portal_manager.vault.store import STORE_FILE, Entry, StoreAccessError
from tests.conftest import ADMIN, ADMIN_PASSWORD

MALLORY_PASSWORD = "mallory's password"
ALICE_PASSWORD = "alice's password"
NEW_SECRET = "sk-NEW-after-the-rollback-91c2"


def store_path(portal: Portal) -> Path:
    return portal.folder / STORE_FILE


def data_key_for(raw: bytes, user: str, private_key: X25519PrivateKey) -> bytes:
    return container.unseal_data_key(container.decode(raw).recipients, user, private_key)


def can_read_with(raw: bytes, user: str, private_key: X25519PrivateKey) -> bool:
    try:
        container.decode(raw).decrypt(data_key_for(raw, user, private_key))
    except (NotSealedForUserError, ContainerError):
        return False
    return True


def can_decrypt_with_data_key(raw: bytes, data_key: bytes) -> bool:
    try:
        container.decode(raw).decrypt(data_key)
    except ContainerError:
        return False
    return True


def reopen(portal: Portal) -> Portal:
    """The portal as a new run of the program sees it (files read again)."""
    portal.close()
    return Portal.open(portal.folder, writable=True)


def users_document(portal: Portal) -> dict:
    return json.loads((portal.folder / USERS_FILE).read_text())


def write_users_document(portal: Portal, document: dict) -> None:
    (portal.folder / USERS_FILE).write_text(json.dumps(document))


def record_of(document: dict, name: str) -> dict:
    return next(record for record in document["users"] if record["name"] == name)


def actions(portal: Portal) -> list[str]:
    return [record.action for record in portal.audit.records()]


# -- 1. an older store put back ----------------------------------------------------------------


def test_a_restored_store_still_sealed_to_a_revoked_administrator_is_re_keyed_before_writing(
    portal: Portal, admin
) -> None:
    management.add_user(portal, admin, "mallory", MALLORY_PASSWORD, admin=True)
    mallory_key = portal.login("mallory", MALLORY_PASSWORD).private_key
    old_store = store_path(portal).read_bytes()
    old_data_key = data_key_for(old_store, "mallory", mallory_key)
    management.revoke_admin(portal, admin, "mallory")

    store_path(portal).write_bytes(old_store)  # "restore it from a backup"
    portal = reopen(portal)
    admin = portal.login(ADMIN, ADMIN_PASSWORD)
    add_entry(portal, admin, Entry("newKey", NEW_SECRET))

    raw = store_path(portal).read_bytes()
    assert not can_read_with(raw, "mallory", mallory_key)
    assert not can_decrypt_with_data_key(raw, old_data_key)
    assert container.decode(raw).recipients.keys() == {ADMIN}
    assert open_store(portal, admin).get("newKey").secret == NEW_SECRET
    assert "store.rekeyed" in actions(portal)


def test_a_restored_store_older_than_the_last_re_key_is_re_keyed_even_with_the_same_members(
    portal: Portal, admin
) -> None:
    management.add_user(portal, admin, "alice", ALICE_PASSWORD, admin=True)
    alice_old_key = portal.login("alice", ALICE_PASSWORD).private_key
    old_store = store_path(portal).read_bytes()
    old_data_key = data_key_for(old_store, "alice", alice_old_key)
    # A reset because alice's password got out: re-keys, and alice gets a new key pair.
    management.change_password(portal, admin, "alice", "alice's new password")

    store_path(portal).write_bytes(old_store)
    portal = reopen(portal)
    admin = portal.login(ADMIN, ADMIN_PASSWORD)
    add_entry(portal, admin, Entry("newKey", NEW_SECRET))

    raw = store_path(portal).read_bytes()
    assert not can_decrypt_with_data_key(raw, old_data_key)
    assert not can_read_with(raw, "alice", alice_old_key)
    assert container.decode(raw).header["epoch"] > container.decode(old_store).header["epoch"]


def test_a_restored_store_is_only_read_not_changed_by_opening_it(portal: Portal, admin) -> None:
    add_entry(portal, admin, Entry("firstKey", "sk-first"))
    old_store = store_path(portal).read_bytes()
    management.add_user(portal, admin, "mallory", MALLORY_PASSWORD, admin=True)
    management.revoke_admin(portal, admin, "mallory")
    store_path(portal).write_bytes(old_store)
    portal = reopen(portal)
    admin = portal.login(ADMIN, ADMIN_PASSWORD)
    assert open_store(portal, admin).get("firstKey").secret == "sk-first"
    assert store_path(portal).read_bytes() == old_store


def test_a_re_key_is_recorded_in_users_json_so_a_later_rollback_is_noticed(
    portal: Portal, admin
) -> None:
    management.add_user(portal, admin, "bob", "bob's password", admin=True)
    management.revoke_admin(portal, admin, "bob")
    epoch = container.decode(store_path(portal).read_bytes()).header["epoch"]
    assert users_document(portal)["store_epoch"] == epoch


# -- 2. a public key swapped in users.json -----------------------------------------------------


@pytest.fixture
def alice(portal: Portal, admin) -> X25519PrivateKey:
    """alice, an administrator; returns her real private key."""
    management.add_user(portal, admin, "alice", ALICE_PASSWORD, admin=True)
    return portal.login("alice", ALICE_PASSWORD).private_key


def swap_in_attacker_key(portal: Portal, name: str) -> X25519PrivateKey:
    attacker = X25519PrivateKey.generate()
    document = users_document(portal)
    record_of(document, name)["credentials"]["public_key"] = base64.b64encode(
        public_bytes(attacker.public_key())).decode()
    write_users_document(portal, document)
    return attacker


def test_a_login_proves_the_stored_public_key(portal: Portal, alice) -> None:
    swap_in_attacker_key(portal, "alice")
    portal = reopen(portal)
    with pytest.raises(UsersFileChangedError, match="changed outside Portal Manager") as refused:
        portal.login("alice", ALICE_PASSWORD)
    assert "user passwd alice --user alice" in str(refused.value)


def test_an_unrelated_re_key_never_seals_to_a_swapped_public_key(
    portal: Portal, admin, alice, caplog: pytest.LogCaptureFixture
) -> None:
    management.add_user(portal, admin, "bob", "bob's password", admin=True)
    attacker = swap_in_attacker_key(portal, "alice")
    portal = reopen(portal)
    admin = portal.login(ADMIN, ADMIN_PASSWORD)
    with caplog.at_level(logging.WARNING):
        management.revoke_admin(portal, admin, "bob")  # re-keys the store

    raw = store_path(portal).read_bytes()
    assert not can_read_with(raw, "alice", attacker)
    assert can_read_with(raw, "alice", alice), "alice keeps her access with her real key"
    assert "public key of alice" in caplog.text


def test_granting_seals_to_the_key_the_store_vouches_for_not_a_swapped_one(
    portal: Portal, admin
) -> None:
    management.add_user(portal, admin, "bob", "bob's password")
    bob = portal.login("bob", "bob's password").private_key
    attacker = swap_in_attacker_key(portal, "bob")
    portal = reopen(portal)
    admin = portal.login(ADMIN, ADMIN_PASSWORD)
    management.grant_admin(portal, admin, "bob")
    raw = store_path(portal).read_bytes()
    assert can_read_with(raw, "bob", bob)
    assert not can_read_with(raw, "bob", attacker)


def test_granting_is_refused_when_no_key_of_the_user_is_proven(portal: Portal, admin) -> None:
    """A reset since the store copy was made: the copy vouches for bob's old key pair."""
    management.add_user(portal, admin, "bob", "bob's password")
    old_store = store_path(portal).read_bytes()
    management.change_password(portal, admin, "bob", "bob's reset password")
    store_path(portal).write_bytes(old_store)
    portal = reopen(portal)
    admin = portal.login(ADMIN, ADMIN_PASSWORD)
    users_before = (portal.folder / USERS_FILE).read_bytes()
    with pytest.raises(InvalidInputError, match="Reset bob's password first"):
        management.grant_admin(portal, admin, "bob")
    assert (portal.folder / USERS_FILE).read_bytes() == users_before
    assert store_path(portal).read_bytes() == old_store


def test_a_user_repairs_a_swapped_key_by_setting_their_own_password(portal: Portal, alice) -> None:
    swap_in_attacker_key(portal, "alice")
    portal = reopen(portal)
    session = portal.login("alice", ALICE_PASSWORD, repairing_key=True)
    management.change_password(portal, session, "alice", "alice's next password")
    portal = reopen(portal)
    session = portal.login("alice", "alice's next password")
    assert open_store(portal, session).entries == {}


def test_an_administrator_repairs_a_swapped_key_by_resetting_the_password(
    portal: Portal, admin, alice
) -> None:
    attacker = swap_in_attacker_key(portal, "alice")
    portal = reopen(portal)
    admin = portal.login(ADMIN, ADMIN_PASSWORD)
    management.change_password(portal, admin, "alice", "alice's reset password")
    session = portal.login("alice", "alice's reset password")
    assert open_store(portal, session).entries == {}
    assert not can_read_with(store_path(portal).read_bytes(), "alice", attacker)


def test_membership_added_by_hand_in_users_json_is_never_sealed_to(
    portal: Portal, admin, caplog: pytest.LogCaptureFixture
) -> None:
    management.add_user(portal, admin, "mallory", MALLORY_PASSWORD)
    management.add_user(portal, admin, "bob", "bob's password", admin=True)
    document = users_document(portal)
    record_of(document, "mallory")["groups"] = ["Administrators"]
    write_users_document(portal, document)
    portal = reopen(portal)
    admin = portal.login(ADMIN, ADMIN_PASSWORD)
    with caplog.at_level(logging.WARNING):
        management.revoke_admin(portal, admin, "bob")
        add_entry(portal, admin, Entry("newKey", NEW_SECRET))

    mallory = portal.login("mallory", MALLORY_PASSWORD)
    with pytest.raises(StoreAccessError):
        open_store(portal, mallory)
    assert "lists mallory as a member of Administrators" in caplog.text


# -- 3. a reset interrupted between the two files ----------------------------------------------


def fail_users_json_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    original = VersionedJsonFile.save

    def save(self: VersionedJsonFile, body: dict) -> None:
        if self.path.name == USERS_FILE:
            raise OSError(28, "No space left on device")
        original(self, body)

    monkeypatch.setattr(VersionedJsonFile, "save", save)


def test_a_reset_whose_users_json_write_fails_leaves_no_old_access_and_can_be_run_again(
    portal: Portal, admin, alice, monkeypatch: pytest.MonkeyPatch
) -> None:
    users_before = (portal.folder / USERS_FILE).read_bytes()
    old_data_key = data_key_for(store_path(portal).read_bytes(), "alice", alice)
    fail_users_json_writes(monkeypatch)
    with pytest.raises(OSError, match="No space left"):
        management.change_password(portal, admin, "alice", "alice's reset password")
    monkeypatch.undo()

    # The store was re-keyed first: the old password and key no longer open it.
    assert (portal.folder / USERS_FILE).read_bytes() == users_before
    raw = store_path(portal).read_bytes()
    assert not can_decrypt_with_data_key(raw, old_data_key)
    assert not can_read_with(raw, "alice", alice)

    portal = reopen(portal)
    admin = portal.login(ADMIN, ADMIN_PASSWORD)
    management.change_password(portal, admin, "alice", "alice's reset password")
    assert open_store(portal, portal.login("alice", "alice's reset password")).entries == {}


def test_a_reset_whose_store_write_fails_changes_nothing(
    portal: Portal, admin, alice, monkeypatch: pytest.MonkeyPatch
) -> None:
    from portal_manager.vault import store as store_module

    before = {path.name: path.read_bytes() for path in portal.folder.iterdir() if path.is_file()}

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module, "atomic_write_bytes", fail)
    with pytest.raises(OSError):
        management.change_password(portal, admin, "alice", "alice's reset password")
    after = {path.name: path.read_bytes() for path in portal.folder.iterdir() if path.is_file()}
    assert after == before
    assert portal.login("alice", ALICE_PASSWORD)


# -- 4. key-derivation parameters from users.json ----------------------------------------------


@pytest.mark.parametrize(
    ("n", "r", "p"),
    [(2**20, 8, 16), (2**4, 2**22, 1), (2**14, 2**10, 16), (2**19, 8, 1), (2**17, 8, 5),
     (2**40, 1, 1), (2**4, 8, 2**30)],
    ids=["50-seconds", "3-GiB", "memory-error", "4x-memory", "p-too-large", "huge-n", "huge-p"],
)
def test_hostile_key_derivation_parameters_are_refused_before_any_work(
    portal_folder: Path, n: int, r: int, p: int
) -> None:
    path = portal_folder / USERS_FILE
    document = json.loads(path.read_text())
    document["users"][0]["credentials"]["kdf"].update(n=n, r=r, p=p)
    path.write_text(json.dumps(document))
    # Refused on opening, before any login could derive a key with them.
    with pytest.raises(CorruptFileError, match=r"beyond what a login may cost|whole number"):
        Portal.open(portal_folder)


def test_production_parameters_are_at_least_owasps_scrypt_minimum() -> None:
    assert PRODUCTION_KDF.n >= 2**17 and PRODUCTION_KDF.r >= 8 and PRODUCTION_KDF.p >= 1
    PRODUCTION_KDF.check()
    assert PRODUCTION_KDF.memory_bytes <= MAX_KDF_MEMORY
    with pytest.raises(ValueError, match="beyond"):
        KdfParameters(2 * PRODUCTION_KDF.n * 2, PRODUCTION_KDF.r, 1).check()


# -- 5. a leftover temporary copy of the store -------------------------------------------------


def test_a_stale_temporary_copy_of_the_store_is_removed_when_opened_for_writing(
    portal_folder: Path,
) -> None:
    stale = portal_folder / f".{STORE_FILE}.k1ll3d.tmp"
    stale.write_bytes((portal_folder / STORE_FILE).read_bytes())
    unrelated = portal_folder / ".notes.tmp"
    unrelated.write_text("someone's notes")

    with Portal.open(portal_folder):  # read-only: leaves files alone
        assert stale.exists()
    with Portal.open(portal_folder, writable=True):
        assert not stale.exists()
    assert unrelated.exists()


def test_a_link_named_like_a_temporary_is_not_followed_or_removed(
    portal_folder: Path, tmp_path: Path
) -> None:
    target = tmp_path / "precious"
    target.write_text("keep me")
    link = portal_folder / f".{USERS_FILE}.abc.tmp"
    link.symlink_to(target)
    with Portal.open(portal_folder, writable=True):
        pass
    assert link.is_symlink() and target.read_text() == "keep me"


# -- damaged users.json records: a message, never a traceback ----------------------------------


def _credentials(document: dict) -> dict:
    return document["users"][0]["credentials"]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: _credentials(d).update(salt=5), '"salt".*expected text'),
        (lambda d: _credentials(d).update(public_key=[1, 2]), '"public_key".*expected text'),
        (lambda d: d["users"][0].update(name=7), '"name".*expected text'),
        (lambda d: d["users"][0].update(groups="Administrators"), '"groups".*expected a list'),
        (lambda d: d.update(users={"admin": {}}), '"users".*expected a list'),
        (lambda d: _credentials(d).update(sealed_private_key=""), "wrong length"),
        (lambda d: _credentials(d).update(sealed_private_key="AAAA"), "wrong length"),
        (lambda d: _credentials(d).update(public_key=base64.b64encode(bytes(32)).decode()),
         "not a usable X25519 key"),
        (lambda d: _credentials(d).update(verifier="not base64!"), "not base64"),
        (lambda d: _credentials(d).update(kdf="scrypt"), '"kdf".*expected an object'),
        (lambda d: d["users"].append(dict(d["users"][0])), "listed twice"),
        (lambda d: d.update(store_epoch="5"), '"store_epoch".*whole number'),
    ],
    ids=["salt-number", "key-list", "numeric-name", "groups-text", "users-object",
         "empty-sealed-key", "short-sealed-key", "zero-public-key", "verifier-not-base64",
         "kdf-text", "duplicate-user", "epoch-text"],
)
def test_a_damaged_user_record_is_a_clear_error(portal_folder: Path, damage, message: str) -> None:
    path = portal_folder / USERS_FILE
    document = json.loads(path.read_text())
    damage(document)
    path.write_text(json.dumps(document))
    before = path.read_bytes()
    with pytest.raises(CorruptFileError, match=message):
        Portal.open(portal_folder, writable=True)
    assert path.read_bytes() == before


# -- the repair paths from the command line ----------------------------------------------------


def test_the_command_line_names_and_performs_the_repair_of_a_swapped_key(
    portal: Portal, alice, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    swap_in_attacker_key(portal, "alice")
    portal.close()
    folder = str(portal.folder)
    monkeypatch.setenv("PORTAL_MANAGER_PASSWORD", ALICE_PASSWORD)

    assert main(["vault", "list", "--user", "alice", "--portal", folder]) == 2
    assert "user passwd alice --user alice" in capsys.readouterr().err

    monkeypatch.setattr("sys.stdin", io.StringIO("alice's repaired pw\n"))
    assert main(["user", "passwd", "alice", "--user", "alice", "--portal", folder]) == 0
    capsys.readouterr()
    monkeypatch.setenv("PORTAL_MANAGER_PASSWORD", "alice's repaired pw")
    assert main(["vault", "list", "--user", "alice", "--portal", folder, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


# -- what stands where a portal file belongs ---------------------------------------------------


def test_a_link_in_place_of_a_portal_file_is_not_followed(portal_folder: Path) -> None:
    real = portal_folder / "security.json"
    moved = portal_folder.parent / "elsewhere.json"
    real.rename(moved)
    real.symlink_to(moved)
    with pytest.raises(PortalFileError, match="is a link"):
        Portal.open(portal_folder)


def test_a_fifo_in_place_of_a_portal_file_is_refused_without_blocking(portal_folder: Path) -> None:
    real = portal_folder / "portal.json"
    real.unlink()
    os.mkfifo(real)
    with pytest.raises(PortalFileError, match="not a regular file"):
        Portal.open(portal_folder)


# -- a change the audit trail could not record is not made -------------------------------------


def test_a_change_is_refused_before_writing_when_the_audit_trail_cannot_record_it(
    portal: Portal, admin, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere.log"
    elsewhere.write_text("")
    (portal.folder / "audit.log").unlink()
    (portal.folder / "audit.log").symlink_to(elsewhere)
    before = {name: (portal.folder / name).read_bytes() for name in (USERS_FILE, STORE_FILE)}
    with pytest.raises(PortalFileError, match=r"audit\.log"):
        management.add_user(portal, admin, "carol", "carol's password")
    with pytest.raises(PortalFileError, match=r"audit\.log"):
        add_entry(portal, admin, Entry("newKey", NEW_SECRET))
    assert {name: (portal.folder / name).read_bytes() for name in before} == before
    assert elsewhere.read_text() == ""
