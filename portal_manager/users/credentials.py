"""A user's password hash and key pair, both from one slow key derivation.

One scrypt run per login turns the password into 64 bytes:

* the first 32 are stored as the *verifier* (compared in constant time);
* the last 32 are the *sealing key* that encrypts the user's X25519 private
  key with AES-256-GCM. They are never stored.

The halves of one scrypt output are independent, so the stored verifier says
nothing about the sealing key. The scrypt parameters are stored with each
user, so they can be raised later: the next password change derives with the
current ones.
"""

from __future__ import annotations

import base64
import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from portal_manager.messages import QT_TRANSLATE_NOOP
from portal_manager.portal.json_input import (
    JsonInputError,
    expect_dict,
    expect_int,
    expect_object,
    expect_str,
)
from portal_manager.users.key_derivation import derive

# cryptography is imported where keys are made or used, not here: reading users.json
# (opening a portal, up to the login dialog) needs none of it, and it costs start-up time.
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )


@dataclass(frozen=True)
class KdfParameters:
    """scrypt cost: n (CPU/memory, a power of two), r (block size), p (parallelism)."""

    n: int
    r: int
    p: int

    def to_json(self) -> dict[str, int]:
        return {"n": self.n, "r": self.r, "p": self.p}

    @property
    def memory_bytes(self) -> int:
        return 128 * self.n * self.r

    @property
    def work(self) -> int:
        """Proportional to the time one derivation takes."""
        return self.n * self.r * self.p

    def check(self) -> None:
        """Raise ValueError for parameters outside what a login may cost.

        The parameters come from users.json, which someone who can write the
        portal folder controls: unbounded, they make one login take minutes or
        allocate gigabytes. Memory and work are capped at a small multiple of
        the production cost.
        """
        for value in (self.n, self.r, self.p):
            if type(value) is not int or value < 1:
                raise ValueError(QT_TRANSLATE_NOOP(
                    "Users", "the scrypt parameters must be positive whole numbers"))
        if self.n < 2 or self.n & (self.n - 1):
            raise ValueError(
                QT_TRANSLATE_NOOP("Users", "the scrypt parameter n must be a power of two"))
        if (self.r > MAX_KDF_R or self.p > MAX_KDF_P or self.memory_bytes > MAX_KDF_MEMORY
                or self.work > MAX_KDF_WORK):
            raise ValueError(QT_TRANSLATE_NOOP(
                "Users", "the scrypt parameters are beyond what a login may cost "
                "(at most %1 MiB and %2× the production work)"
            ).fill(MAX_KDF_MEMORY >> 20, MAX_KDF_WORK // PRODUCTION_KDF.work))


# OWASP's scrypt minimum (N=2^17, r=8, p=1): 128 MiB, about 0.3–0.6 s on a current machine.
PRODUCTION_KDF = KdfParameters(n=2**17, r=8, p=1)
# Tests swap this for cheap parameters (see tests/conftest.py).
current_kdf = PRODUCTION_KDF

# What a record in users.json may ask of a login: twice the production memory and
# four times its work. Anything beyond is refused as a damaged record.
MAX_KDF_MEMORY = 2 * PRODUCTION_KDF.memory_bytes
MAX_KDF_WORK = 4 * PRODUCTION_KDF.work
MAX_KDF_R = 32
MAX_KDF_P = 4
SALT_BYTES = 16
NONCE_BYTES = 12


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    """Raises ValueError for anything but strict base64 (binascii.Error is one)."""
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except UnicodeEncodeError:
        raise ValueError("not base64") from None


def _load_unsealing_then(meanwhile: Callable[[], object]) -> Callable[[], None]:
    """What a login's thread does while scrypt runs: load what unsealing the private key
    needs, then the caller's ``meanwhile``.

    That is cryptography's modules (~10 ms) and OpenSSL's X25519 and AES-GCM, which
    OpenSSL looks up on their first use (~4 ms): a throw-away key pair and cipher do that
    here. Neither touches the password or the user's key.
    """

    def load() -> None:
        import cryptography.exceptions  # noqa: F401 (unlock imports InvalidTag from it)
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        AESGCM(bytes(32))
        X25519PrivateKey.generate()
        meanwhile()

    return load


def new_private_key() -> X25519PrivateKey:
    """A new X25519 key pair (a user's, or one to seal the store with)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return X25519PrivateKey.generate()


def public_bytes(key: X25519PublicKey) -> bytes:
    # The *_bytes_raw methods, not public_bytes(Encoding.Raw, …): the serialization module
    # imports every other key type and SSH's format (~20 ms at the login).
    return key.public_bytes_raw()


@dataclass(frozen=True)
class Credentials:
    """What is stored of a user's password and key pair (nothing that reveals either)."""

    kdf: KdfParameters
    salt: bytes = field(repr=False)
    verifier: bytes = field(repr=False)
    public_key: bytes = field(repr=False)
    # nonce + AES-GCM ciphertext of the raw private key
    sealed_private_key: bytes = field(repr=False)

    @classmethod
    def create(
        cls, user_name: str, password: str, private_key: X25519PrivateKey | None = None
    ) -> Credentials:
        """New credentials for ``password``; a new key pair unless one is given to re-seal."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        private_key = private_key or new_private_key()
        salt = os.urandom(SALT_BYTES)
        verifier, sealing_key = derive(password, salt, current_kdf)
        nonce = os.urandom(NONCE_BYTES)
        sealed = nonce + AESGCM(sealing_key).encrypt(
            nonce, private_key.private_bytes_raw(), _associated_data(user_name)
        )
        return cls(current_kdf, salt, verifier, public_bytes(private_key.public_key()), sealed)

    def unlock(self, user_name: str, password: str,
               meanwhile: Callable[[], object] = lambda: None) -> X25519PrivateKey | None:
        """The private key if ``password`` is right, otherwise None.

        While scrypt runs, this thread loads what the unsealing needs and then
        runs ``meanwhile`` (see key_derivation.derive).
        """
        verifier, sealing_key = derive(password, self.salt, self.kdf,
                                       _load_unsealing_then(meanwhile))
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if not hmac.compare_digest(verifier, self.verifier):
            return None
        nonce, ciphertext = self.sealed_private_key[:NONCE_BYTES], self.sealed_private_key[
            NONCE_BYTES:]
        try:
            raw = AESGCM(sealing_key).decrypt(nonce, ciphertext, _associated_data(user_name))
        except InvalidTag:
            return None
        return X25519PrivateKey.from_private_bytes(raw)

    def matches(self, private_key: X25519PrivateKey) -> bool:
        """Whether the stored public key belongs to ``private_key``.

        A login checks this: users.json is not signed, so someone who can
        write it could put their own public key into another user's record.
        """
        return hmac.compare_digest(public_bytes(private_key.public_key()), self.public_key)

    @property
    def public(self) -> X25519PublicKey:
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

        return X25519PublicKey.from_public_bytes(self.public_key)

    def to_json(self) -> dict[str, Any]:
        return {
            "kdf": {"name": "scrypt", **self.kdf.to_json()},
            "salt": _b64(self.salt),
            "verifier": _b64(self.verifier),
            "public_key": _b64(self.public_key),
            "sealed_private_key": _b64(self.sealed_private_key),
        }

    @classmethod
    def from_json(cls, body: Any, where: str) -> Credentials:
        """Read a record of users.json. Raises JsonInputError saying what is wrong."""
        body = expect_object(body, where)
        kdf = expect_dict(body, "kdf", where)
        if expect_str(kdf, "name", where) != "scrypt":
            raise JsonInputError(QT_TRANSLATE_NOOP(
                "Users", '%1: the key derivation must be "scrypt".').fill(where))
        parameters = KdfParameters(
            *(expect_int(kdf, name, where, minimum=1, maximum=1 << 40) for name in "nrp")
        )
        try:
            parameters.check()
        except ValueError as error:
            raise JsonInputError(
                QT_TRANSLATE_NOOP("Users", "%1: %2.").fill(where, error.args[0])) from None
        credentials = cls(
            parameters,
            _b64_field(body, "salt", where, minimum=SALT_BYTES, maximum=64),
            _b64_field(body, "verifier", where, minimum=32, maximum=32),
            _b64_field(body, "public_key", where, minimum=32, maximum=32),
            _b64_field(body, "sealed_private_key", where, minimum=SEALED_KEY_BYTES,
                       maximum=SEALED_KEY_BYTES),
        )
        if not is_usable_public_key(credentials.public_key):
            raise JsonInputError(QT_TRANSLATE_NOOP(
                "Users", '%1: "public_key" is not a usable X25519 key.').fill(where))
        return credentials


# nonce + 32-byte private key + 16-byte AES-GCM tag
SEALED_KEY_BYTES = NONCE_BYTES + 32 + 16


def _b64_field(body: dict[str, Any], key: str, where: str, *, minimum: int,
               maximum: int) -> bytes:
    text = expect_str(body, key, where, max_length=4 * maximum)
    try:
        data = _unb64(text)
    except ValueError:
        raise JsonInputError(
            QT_TRANSLATE_NOOP("Users", '%1: "%2" is not base64.').fill(where, key)) from None
    if not minimum <= len(data) <= maximum:
        raise JsonInputError(
            QT_TRANSLATE_NOOP("Users", '%1: "%2" has the wrong length.').fill(where, key))
    return data


# X25519's field prime, and the u-coordinates of the points of small order (dividing 8)
# on the curve and its twist: 0, 1, p - 1 and the two of order 8 (libsodium's list).
_P25519 = 2**255 - 19
_SMALL_ORDER_U = frozenset({
    0,
    1,
    _P25519 - 1,
    325606250916557431795983626356110631294008115727848805560023387167927233504,
    39382357235489614581723060781553021112529911719440698176882885853963445705823,
})


def is_usable_public_key(raw: bytes) -> bool:
    """False for bytes that are no X25519 key, or a low-order point (all zeros, say).

    Such a key makes every exchange fail, so sealing the store to it would
    end in an error instead of a clear message.

    Decided without cryptography (RFC 7748 §5: the top bit is ignored, the rest is
    taken modulo p), so that opening a portal does not load it; tests/test_users.py
    checks that the answer is the same as an exchange gives.
    """
    if len(raw) != 32:
        return False
    u = int.from_bytes(raw, "little") & ((1 << 255) - 1)
    return u % _P25519 not in _SMALL_ORDER_U


def _associated_data(user_name: str) -> bytes:
    # Binds a sealed private key to its user: it cannot be moved to another record.
    return f"portal-manager user key\0{user_name}".encode()


def burn_time_for_unknown_user(password: str,
                               meanwhile: Callable[[], object] = lambda: None) -> None:
    """Spend a login's worth of work, so an unknown name takes as long as a wrong password:
    the same derivation, and the same work beside it."""
    derive(password, b"\0" * SALT_BYTES, current_kdf, _load_unsealing_then(meanwhile))
