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
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt


@dataclass(frozen=True)
class KdfParameters:
    """scrypt cost: n (CPU/memory, a power of two), r (block size), p (parallelism)."""

    n: int
    r: int
    p: int

    def to_json(self) -> dict[str, int]:
        return {"n": self.n, "r": self.r, "p": self.p}

    def check(self) -> None:
        """Raise ValueError for parameters scrypt refuses or that would exhaust memory."""
        for value in (self.n, self.r, self.p):
            if type(value) is not int or value < 1:
                raise ValueError("scrypt parameters must be positive whole numbers")
        if self.n < 2 or self.n & (self.n - 1):
            raise ValueError("scrypt n must be a power of two")
        if 128 * self.n * self.r > MAX_KDF_MEMORY or self.p > 16:
            raise ValueError("scrypt parameters are beyond what this program accepts")


# About 0.2–0.5 s and 64 MiB on a current machine: slow for guessing, fine for a login.
PRODUCTION_KDF = KdfParameters(n=2**16, r=8, p=1)
# Tests swap this for cheap parameters (see tests/conftest.py).
current_kdf = PRODUCTION_KDF

MAX_KDF_MEMORY = 1 << 30  # a damaged file must not make a login allocate more
SALT_BYTES = 16
NONCE_BYTES = 12


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(password: str, salt: bytes, kdf: KdfParameters) -> tuple[bytes, bytes]:
    output = Scrypt(salt=salt, length=64, n=kdf.n, r=kdf.r, p=kdf.p).derive(
        password.encode("utf-8")
    )
    return output[:32], output[32:]


def _private_bytes(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


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
        private_key = private_key or X25519PrivateKey.generate()
        salt = os.urandom(SALT_BYTES)
        verifier, sealing_key = _derive(password, salt, current_kdf)
        nonce = os.urandom(NONCE_BYTES)
        sealed = nonce + AESGCM(sealing_key).encrypt(
            nonce, _private_bytes(private_key), _associated_data(user_name)
        )
        return cls(current_kdf, salt, verifier, public_bytes(private_key.public_key()), sealed)

    def unlock(self, user_name: str, password: str) -> X25519PrivateKey | None:
        """The private key if ``password`` is right, otherwise None."""
        verifier, sealing_key = _derive(password, self.salt, self.kdf)
        if not hmac.compare_digest(verifier, self.verifier):
            return None
        nonce, ciphertext = self.sealed_private_key[:NONCE_BYTES], self.sealed_private_key[
            NONCE_BYTES:]
        try:
            raw = AESGCM(sealing_key).decrypt(nonce, ciphertext, _associated_data(user_name))
        except InvalidTag:
            return None
        return X25519PrivateKey.from_private_bytes(raw)

    @property
    def public(self) -> X25519PublicKey:
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
    def from_json(cls, body: dict[str, Any]) -> Credentials:
        """Raises ValueError, KeyError or TypeError when the record is malformed."""
        kdf = body["kdf"]
        if kdf["name"] != "scrypt":
            raise ValueError(f"unknown key derivation {kdf['name']!r}")
        parameters = KdfParameters(kdf["n"], kdf["r"], kdf["p"])
        parameters.check()
        credentials = cls(
            parameters,
            _unb64(body["salt"]),
            _unb64(body["verifier"]),
            _unb64(body["public_key"]),
            _unb64(body["sealed_private_key"]),
        )
        if (len(credentials.salt) < SALT_BYTES or len(credentials.verifier) != 32
                or len(credentials.public_key) != 32):
            raise ValueError("wrong salt or key length")
        return credentials


def _associated_data(user_name: str) -> bytes:
    # Binds a sealed private key to its user: it cannot be moved to another record.
    return f"portal-manager user key\0{user_name}".encode()


def burn_time_for_unknown_user(password: str) -> None:
    """Spend a login's worth of work, so an unknown name takes as long as a wrong password."""
    _derive(password, b"\0" * SALT_BYTES, current_kdf)
