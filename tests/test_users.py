"""Users, the group Administrators, logins and authorization in the core API."""

from __future__ import annotations

import dataclasses
import gc
import json
import os
import threading
import time
from pathlib import Path

import pytest

from portal_manager.app import user_management as management
from portal_manager.app.portal import USERS_FILE, Portal
from portal_manager.app.store_management import open_store
from portal_manager.errors import InvalidInputError
from portal_manager.mfa.settings import Service
from portal_manager.portal.files import CorruptFileError
from portal_manager.portal.general import GeneralSettings
from portal_manager.users import credentials
from portal_manager.users.credentials import PRODUCTION_KDF, Credentials
from portal_manager.users.directory import (
    ADMINISTRATORS,
    AuthenticationError,
    AuthorizationError,
    Session,
)
from portal_manager.vault import container
from portal_manager.vault.store import StoreAccessError
from tests.conftest import ADMIN, ADMIN_PASSWORD, FAST_KDF


@pytest.fixture
def bob(portal: Portal, admin: Session) -> Session:
    management.add_user(portal, admin, "bob", "bob's password")
    return portal.login("bob", "bob's password")


def test_the_first_administrator_is_created_with_the_portal(portal: Portal) -> None:
    [user] = portal.users.users()
    assert (user.name, user.is_admin) == (ADMIN, True)
    assert portal.login(ADMIN, ADMIN_PASSWORD).user_name == ADMIN


def test_passwords_are_stored_only_as_a_salted_slow_hash(portal: Portal) -> None:
    raw = (portal.folder / USERS_FILE).read_text()
    assert ADMIN_PASSWORD not in raw
    record = json.loads(raw)["users"][0]["credentials"]
    assert record["kdf"] == {"name": "scrypt", **FAST_KDF.to_json()}
    assert set(record) == {"kdf", "salt", "verifier", "public_key", "sealed_private_key"}


def test_two_users_with_the_same_password_get_different_hashes(
    portal: Portal, admin: Session
) -> None:
    management.add_user(portal, admin, "bob", ADMIN_PASSWORD)
    first, second = (user.credentials for user in portal.users.users())
    assert first.salt != second.salt and first.verifier != second.verifier


def test_the_users_file_is_owner_only(portal: Portal) -> None:
    assert (portal.folder / USERS_FILE).stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("name", [ADMIN, "nobody"])
def test_a_wrong_password_gets_the_same_message_whether_the_user_exists_or_not(
    portal: Portal, name: str
) -> None:
    with pytest.raises(AuthenticationError) as caught:
        portal.login(name, "not the password")
    assert str(caught.value) == "Wrong user name or password."


@pytest.mark.parametrize(("name", "password", "logs_in"), [
    (ADMIN, ADMIN_PASSWORD, True), (ADMIN, "not the password", False),
    ("nobody", "not the password", False),
])
def test_what_a_login_is_given_to_do_meanwhile_runs_once_on_the_callers_thread(
    portal: Portal, name: str, password: str, logs_in: bool
) -> None:
    # Every outcome does the same work beside the derivation: an unknown name must not
    # answer sooner than a wrong password.
    callers: list[threading.Thread] = []
    threads_before = threading.active_count()
    if logs_in:
        assert portal.login(name, password, meanwhile=lambda: callers.append(
            threading.current_thread())).user_name == name
    else:
        with pytest.raises(AuthenticationError):
            portal.login(name, password,
                         meanwhile=lambda: callers.append(threading.current_thread()))
    assert callers == [threading.current_thread()]
    assert threading.active_count() == threads_before  # the derivation's thread has ended


def test_no_garbage_is_collected_while_the_derivation_thread_lives(portal: Portal) -> None:
    # A collection on the derivation's thread would destroy Qt objects there; the app
    # builds its main window meanwhile. Collection is back on after the login.
    collecting: list[bool] = []
    portal.login(ADMIN, ADMIN_PASSWORD, meanwhile=lambda: collecting.append(gc.isenabled()))
    assert collecting == [False] and gc.isenabled()


def test_an_error_of_what_runs_meanwhile_comes_after_the_derivation(portal: Portal) -> None:
    def fails() -> None:
        raise LookupError("from meanwhile")

    threads_before = threading.active_count()
    with pytest.raises(LookupError, match="from meanwhile"):
        portal.login(ADMIN, ADMIN_PASSWORD, meanwhile=fails)
    assert threading.active_count() == threads_before and gc.isenabled()


@pytest.mark.slow
def test_the_production_derivation_runs_beside_what_runs_meanwhile(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # scrypt with the production cost takes about half a second and releases the GIL:
    # what the caller runs meanwhile (the app loads its main window) runs during it.
    monkeypatch.setattr(credentials, "current_kdf", PRODUCTION_KDF)
    stored = Credentials.create("alice", "production password")
    deriving: list[bool] = []
    assert stored.unlock("alice", "production password", lambda: deriving.append(
        any(thread.name == "scrypt" and thread.is_alive() for thread in threading.enumerate())
    )) is not None
    assert deriving == [True]


def test_kdf_parameters_are_stored_with_the_hash_and_can_be_raised(
    portal: Portal, admin: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    stronger = dataclasses.replace(FAST_KDF, n=FAST_KDF.n * 2)
    monkeypatch.setattr(credentials, "current_kdf", stronger)
    management.add_user(portal, admin, "newer", "newer password")
    # The old user still logs in with the parameters stored with their hash.
    assert portal.login(ADMIN, ADMIN_PASSWORD)
    assert portal.users.get("newer").credentials.kdf == stronger
    assert portal.users.get(ADMIN).credentials.kdf == FAST_KDF
    # A password change re-derives with the current, raised parameters.
    management.change_password(portal, admin, ADMIN, "a brand new password")
    assert portal.users.get(ADMIN).credentials.kdf == stronger


@pytest.mark.slow
def test_production_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(credentials, "current_kdf", PRODUCTION_KDF)
    started = time.perf_counter()
    stored = Credentials.create("alice", "production password")
    assert stored.kdf == PRODUCTION_KDF and stored.kdf.n >= 2**15
    assert stored.unlock("alice", "production password") is not None
    assert stored.unlock("alice", "production passworD") is None
    # Not a timing assertion, only a sanity check that the work factor is real.
    assert time.perf_counter() - started > 0


def test_a_record_derived_with_cryptographys_scrypt_still_logs_in() -> None:
    # Records written before the derivation moved to hashlib used cryptography's Scrypt:
    # both are RFC 7914 scrypt, so the same password must unseal the same key.
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    salt, nonce, key = os.urandom(16), os.urandom(12), X25519PrivateKey.generate()
    derived = Scrypt(salt=salt, length=64, n=FAST_KDF.n, r=FAST_KDF.r,
                     p=FAST_KDF.p).derive(b"old password")
    sealed = nonce + AESGCM(derived[32:]).encrypt(
        nonce, key.private_bytes_raw(), b"portal-manager user key\0alice")
    old = Credentials(FAST_KDF, salt, derived[:32], key.public_key().public_bytes_raw(), sealed)
    unlocked = old.unlock("alice", "old password")
    assert unlocked is not None and old.matches(unlocked)
    assert unlocked.private_bytes_raw() == key.private_bytes_raw()
    assert old.unlock("alice", "old passwort") is None


def test_a_private_key_is_bound_to_its_user(portal: Portal) -> None:
    stored = portal.users.get(ADMIN).credentials
    assert stored.unlock("someone-else", ADMIN_PASSWORD) is None


# -- authorization in the core -------------------------------------------------------------------


def test_a_non_administrator_cannot_change_security_settings(
    portal: Portal, bob: Session
) -> None:
    before = (portal.folder / "security.json").read_bytes()
    config = portal.security.with_service(
        Service.SMS, dataclasses.replace(portal.security.sms, code_length=8)
    )
    with pytest.raises(AuthorizationError, match="Only members of Administrators"):
        portal.save_security(config, bob)
    with pytest.raises(AuthorizationError):
        portal.save_security(config, None)
    with pytest.raises(AuthorizationError):
        portal.save_general(GeneralSettings("Renamed", ("en", "de"), "en"), bob)
    assert (portal.folder / "security.json").read_bytes() == before


def test_a_non_administrator_can_read_the_security_settings(portal: Portal, bob: Session) -> None:
    with Portal.open(portal.folder) as reader:
        assert reader.security == portal.security
        assert "api_key_missing" in {finding.code for finding in reader.findings()}


@pytest.mark.parametrize(
    "operation",
    [
        lambda portal, s: management.add_user(portal, s, "carol", "carol password"),
        lambda portal, s: management.remove_user(portal, s, ADMIN),
        lambda portal, s: management.grant_admin(portal, s, "bob"),
        lambda portal, s: management.revoke_admin(portal, s, ADMIN),
        lambda portal, s: management.change_password(portal, s, ADMIN, "taken over!"),
        lambda portal, s: open_store(portal, s),
    ],
    ids=["add", "remove", "grant", "revoke", "passwd-other", "open-store"],
)
def test_a_non_administrator_cannot_manage_users_or_the_store(
    portal: Portal, bob: Session, operation
) -> None:
    before = (portal.folder / USERS_FILE).read_bytes()
    with pytest.raises(AuthorizationError, match="bob is not a member of Administrators"):
        operation(portal, bob)
    assert (portal.folder / USERS_FILE).read_bytes() == before


def test_anyone_can_change_their_own_password(portal: Portal, bob: Session) -> None:
    management.change_password(portal, bob, "bob", "bob's new password")
    with pytest.raises(AuthenticationError):
        portal.login("bob", "bob's password")
    assert portal.login("bob", "bob's new password").user_name == "bob"


def test_a_session_loses_its_rights_when_its_user_leaves_administrators(
    portal: Portal, admin: Session, bob: Session
) -> None:
    management.grant_admin(portal, admin, "bob")
    management.revoke_admin(portal, bob, ADMIN)
    with pytest.raises(AuthorizationError):
        portal.save_security(portal.security, admin)


def test_the_last_administrator_is_never_removed(portal: Portal, admin: Session) -> None:
    management.add_user(portal, admin, "bob", "bob's password")
    with pytest.raises(InvalidInputError, match="last member of Administrators"):
        management.revoke_admin(portal, admin, ADMIN)
    with pytest.raises(InvalidInputError, match="cannot remove yourself"):
        management.remove_user(portal, admin, ADMIN)
    # Not even through the directory directly.
    with pytest.raises(InvalidInputError, match="last member"):
        portal.users.remove(ADMIN)
    assert portal.users.administrators()[0].name == ADMIN


@pytest.mark.parametrize(
    ("name", "password", "message"),
    [("bob smith", "long enough", "not a valid user name"),
     ("", "long enough", "not a valid user name"),
     ("bob", "short", "too short")],
)
def test_new_users_are_checked(
    portal: Portal, admin: Session, name: str, password: str, message: str
) -> None:
    with pytest.raises(InvalidInputError, match=message):
        management.add_user(portal, admin, name, password)


def test_a_user_name_is_unique(portal: Portal, admin: Session) -> None:
    with pytest.raises(InvalidInputError, match="already a user"):
        management.add_user(portal, admin, ADMIN, "another password")


def test_group_membership_round_trips(portal: Portal, admin: Session, bob: Session) -> None:
    management.grant_admin(portal, admin, "bob")
    with Portal.open(portal.folder) as reopened:
        assert reopened.users.get("bob").groups == frozenset({ADMINISTRATORS})


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],
        lambda text: text.replace('"verifier"', '"verifyer"'),
        lambda text: text.replace('"kdf": {', '"kdf": {"name": "md5", "x": '),
        lambda text: "",
    ],
    ids=["truncated", "missing-field", "unknown-kdf", "empty"],
)
def test_a_broken_users_file_is_a_clear_error(portal_folder: Path, damage) -> None:
    path = portal_folder / USERS_FILE
    broken = damage(path.read_text())
    path.write_text(broken)
    with pytest.raises(CorruptFileError, match=r"users\.json"):
        Portal.open(portal_folder)
    assert path.read_text() == broken


# -- users.json and the store stay in step ----------------------------------------------


def test_a_broken_store_stops_adding_an_administrator_before_anything_is_written(
    portal: Portal, admin: Session
) -> None:
    store_path = portal.store.path
    damaged = bytearray(store_path.read_bytes())
    damaged[-1] ^= 0xFF
    store_path.write_bytes(bytes(damaged))
    users_before = (portal.folder / USERS_FILE).read_bytes()
    with pytest.raises(CorruptFileError):
        management.add_user(portal, admin, "bob", "bob's password", admin=True)
    assert (portal.folder / USERS_FILE).read_bytes() == users_before
    assert store_path.read_bytes() == bytes(damaged)


def test_granting_again_repairs_an_administrator_the_store_was_not_sealed_to(
    portal: Portal, admin: Session, bob: Session
) -> None:
    # As after a crash between writing users.json and sealing the store.
    portal.users.set_groups("bob", frozenset({ADMINISTRATORS}))
    with pytest.raises(StoreAccessError, match="grant-admin"):
        open_store(portal, bob)
    management.grant_admin(portal, admin, "bob")
    assert open_store(portal, bob).entries == {}
    with pytest.raises(InvalidInputError, match="already a member"):
        management.grant_admin(portal, admin, "bob")


def test_resetting_another_administrators_password_re_keys_the_store(
    portal: Portal, admin: Session, bob: Session
) -> None:
    management.grant_admin(portal, admin, "bob")
    old_bob = portal.login("bob", "bob's password")
    key_id = container.decode(portal.store.path.read_bytes()).header["key_id"]
    management.change_password(portal, admin, "bob", "bob's reset password")
    assert container.decode(portal.store.path.read_bytes()).header["key_id"] != key_id
    with pytest.raises(StoreAccessError):
        portal.store.unlock("bob", old_bob.private_key)
    assert open_store(portal, portal.login("bob", "bob's reset password")).entries == {}


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: d["users"][0]["credentials"]["kdf"].update(n=3), "power of two"),
        (lambda d: d["users"][0]["credentials"]["kdf"].update(n=2**30), "beyond"),
        (lambda d: d["users"][0]["credentials"]["kdf"].update(r="8"),
         '"r" in user record 1 .*expected a whole number'),
        (lambda d: d["users"][0].update(groups="Administrators"),
         '"groups" in user record 1: expected a list'),
        (lambda d: d["users"][0].update(groups=[]), "no member of Administrators"),
    ],
    ids=["n-not-power-of-two", "n-huge", "r-text", "groups-text", "no-admin"],
)
def test_damaged_user_records_are_refused_on_opening(
    portal_folder: Path, damage, message: str
) -> None:
    path = portal_folder / USERS_FILE
    document = json.loads(path.read_text())
    damage(document)
    path.write_text(json.dumps(document))
    with pytest.raises(CorruptFileError, match=message):
        Portal.open(portal_folder)


def test_credentials_repr_shows_no_key_material(portal: Portal) -> None:
    user = portal.users.get(ADMIN)
    text = repr(user) + repr(user.credentials)
    for secret in (user.credentials.verifier, user.credentials.sealed_private_key,
                   user.credentials.salt):
        assert secret.hex() not in text and repr(secret) not in text


def _exchange_succeeds(raw: bytes) -> bool:
    """What cryptography says of ``raw`` as a peer's X25519 public key."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )

    try:
        X25519PrivateKey.generate().exchange(X25519PublicKey.from_public_bytes(raw))
    except ValueError:
        return False
    return True


def _key_candidates() -> list[bytes]:
    """Every small-order encoding (canonical or not, top bit set or not), the values
    around 0 and p, and random keys."""
    p = 2**255 - 19
    values = [*range(64), *range(p - 64, 2**255)]
    values += [u + p for u in credentials._SMALL_ORDER_U if u + p < 2**255]
    values += credentials._SMALL_ORDER_U
    values += [value | 1 << 255 for value in values]
    return [value.to_bytes(32, "little") for value in values] + [
        os.urandom(32) for _ in range(500)
    ]


def test_the_usable_key_check_agrees_with_an_exchange() -> None:
    # is_usable_public_key decides without cryptography (opening a portal does not load
    # it); every answer must be the one a real exchange gives.
    candidates = _key_candidates()
    unusable = [raw for raw in candidates if not _exchange_succeeds(raw)]
    assert len(unusable) > 5  # the check below must be able to fail
    assert [raw.hex() for raw in candidates if credentials.is_usable_public_key(raw)
            != _exchange_succeeds(raw)] == []
    assert not credentials.is_usable_public_key(bytes(31))
