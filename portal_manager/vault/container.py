"""The encrypted file of the login information store.

Layout (all integers big-endian)::

    magic            8 bytes  b"PMVAULT\\n"
    format version   2 bytes
    header length    4 bytes
    header           JSON: {"key_id": …, "epoch": N, "recipients": {user: sealed data key},
                           "user_keys": {user: public key}}
    nonce           12 bytes
    ciphertext       AES-256-GCM of the JSON body, with its 16-byte tag

Everything before the nonce is the associated data of the body's encryption,
so a change to any byte of the file — header or body — fails authentication.
The data key is sealed to each administrator's X25519 public key: an
ephemeral key pair, X25519, HKDF-SHA256 and AES-256-GCM (an ECIES scheme),
bound to the recipient's name.
"""

from __future__ import annotations

import base64
import json
import os
import struct
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from portal_manager.messages import QT_TRANSLATE_NOOP
from portal_manager.portal.json_input import (
    JsonInputError,
    expect_dict,
    expect_int,
    expect_object,
    expect_str,
    parse_json,
)
from portal_manager.users.credentials import is_usable_public_key, new_private_key, public_bytes

# cryptography is imported by the functions that seal and open: reading the header
# (opening a portal, up to the login dialog) needs none of it, and it costs start-up time.
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

MAGIC = b"PMVAULT\n"
FORMAT_VERSION = 1
NONCE_BYTES = 12
KEY_BYTES = 32
_PREFIX = struct.Struct(">8sHI")
MAX_HEADER_BYTES = 1 << 20
MAX_EPOCH = 2**53


class ContainerError(Exception):
    """The bytes are not a readable store file; the text says why, for a person."""


class NewerContainerError(ContainerError):
    pass


class NotSealedForUserError(Exception):
    """The store's data key is not sealed to this user (not, or no longer, an administrator)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _malformed_key_record() -> ContainerError:
    return ContainerError(QT_TRANSLATE_NOOP("Store", "a key record is malformed"))


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise _malformed_key_record()
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except ValueError:
        raise _malformed_key_record() from None


def _wrapping_key(shared_secret: bytes, ephemeral: bytes, recipient: bytes, name: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    info = b"portal-manager store key\0" + ephemeral + recipient + name.encode()
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info).derive(
        shared_secret
    )


@dataclass(frozen=True)
class SealedKey:
    """The data key sealed to one user's public key."""

    public_key: bytes  # the recipient's: which key pair of the user it is sealed to
    ephemeral_public_key: bytes
    sealed_key: bytes  # nonce + AES-GCM ciphertext of the data key

    def to_json(self) -> dict[str, str]:
        return {
            # Tells "sealed to an older key pair of this user" (e.g. before a password
            # reset) apart from a damaged record.
            "recipient_public_key": _b64(self.public_key),
            "ephemeral_public_key": _b64(self.ephemeral_public_key),
            "sealed_key": _b64(self.sealed_key),
        }

    @classmethod
    def from_json(cls, value: Any) -> SealedKey:
        where = QT_TRANSLATE_NOOP("Store", "a key record")
        record = expect_object(value, where)
        return cls(*(_unb64(expect_str(record, key, where, max_length=200))
                     for key in ("recipient_public_key", "ephemeral_public_key", "sealed_key")))


@dataclass(frozen=True)
class StoreHeader:
    """The store's plain-text header; authenticated once the body decrypts."""

    key_id: str = ""
    epoch: int = 0
    recipients: dict[str, SealedKey] = field(default_factory=dict)
    # The public keys of users as Portal Manager created them, vouched for by the
    # administrators who wrote this file (users.json is not authenticated).
    user_keys: dict[str, bytes] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "key_id": self.key_id,
            "epoch": self.epoch,
            "recipients": {name: record.to_json() for name, record in self.recipients.items()},
            "user_keys": {name: _b64(key) for name, key in sorted(self.user_keys.items())},
        }

    @classmethod
    def from_json(cls, header: dict[str, Any]) -> StoreHeader:
        """Read a header. Raises JsonInputError; ContainerError for a damaged key record."""
        where = QT_TRANSLATE_NOOP("Store", "the header")
        recipients = {
            name: SealedKey.from_json(record)
            for name, record in expect_dict(header, "recipients", where).items()
        }
        if "user_keys" in header:
            user_keys = {
                name: _unb64(value if isinstance(value, str) else None)
                for name, value in expect_dict(header, "user_keys", where).items()
            }
        else:
            # Written before the store vouched for keys: its recipients are what it knows.
            user_keys = {name: record.public_key for name, record in recipients.items()}
        if not all(is_usable_public_key(key) for key in user_keys.values()):
            raise JsonInputError(QT_TRANSLATE_NOOP(
                "Store", "the header holds a public key that is not usable."))
        epoch = (expect_int(header, "epoch", where, minimum=0, maximum=MAX_EPOCH)
                 if "epoch" in header else 0)
        return cls(expect_str(header, "key_id", where, max_length=64), epoch,
                   recipients, user_keys)


def seal_data_key(data_key: bytes, user_name: str, public_key: X25519PublicKey) -> SealedKey:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral = new_private_key()
    ephemeral_public = public_bytes(ephemeral.public_key())
    recipient = public_bytes(public_key)
    key = _wrapping_key(ephemeral.exchange(public_key), ephemeral_public, recipient, user_name)
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, data_key, user_name.encode())
    return SealedKey(recipient, ephemeral_public, nonce + sealed)


def unseal_data_key(
    recipients: dict[str, Any], user_name: str, private_key: X25519PrivateKey
) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    record = recipients.get(user_name)
    if not isinstance(record, dict):
        raise NotSealedForUserError()
    recipient = public_bytes(private_key.public_key())
    if _unb64(record.get("recipient_public_key")) != recipient:
        raise NotSealedForUserError()
    ephemeral_public = _unb64(record.get("ephemeral_public_key"))
    sealed = _unb64(record.get("sealed_key"))
    try:
        ephemeral = X25519PublicKey.from_public_bytes(ephemeral_public)
    except ValueError:
        raise _malformed_key_record() from None
    key = _wrapping_key(private_key.exchange(ephemeral), ephemeral_public, recipient, user_name)
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], user_name.encode())
    except InvalidTag:
        raise ContainerError(QT_TRANSLATE_NOOP(
            "Store", "has a damaged key record (failed authentication)")) from None


@dataclass(frozen=True)
class Container:
    header: dict[str, Any]
    prefix_and_header: bytes  # the associated data
    nonce: bytes
    ciphertext: bytes

    @property
    def recipients(self) -> dict[str, Any]:
        recipients = self.header.get("recipients")
        return recipients if isinstance(recipients, dict) else {}

    def decrypt(self, data_key: bytes) -> dict[str, Any]:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            plain = AESGCM(data_key).decrypt(self.nonce, self.ciphertext, self.prefix_and_header)
        except InvalidTag:
            raise ContainerError(QT_TRANSLATE_NOOP(
                "Store", "failed authentication: it was changed outside Portal Manager or damaged"
            )) from None
        try:
            # Authenticated, so written with this store's data key: no size or depth
            # limits needed beyond not crashing.
            body = json.loads(plain.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise _unreadable_content() from None
        if not isinstance(body, dict):
            raise _unreadable_content()
        return body


def _unreadable_content() -> ContainerError:
    return ContainerError(QT_TRANSLATE_NOOP("Store", "its decrypted content is not readable"))


def encode(header: dict[str, Any], body: dict[str, Any], data_key: bytes) -> bytes:
    """The file's bytes, with a fresh nonce every time."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
    associated = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes
    nonce = os.urandom(NONCE_BYTES)
    plain = json.dumps(body, ensure_ascii=False).encode("utf-8")
    return associated + nonce + AESGCM(data_key).encrypt(nonce, plain, associated)


def _damaged_header() -> ContainerError:
    return ContainerError(QT_TRANSLATE_NOOP("Store", "has a damaged header"))


def decode(raw: bytes) -> Container:
    """Parse the file's bytes (without decrypting). Raises ContainerError."""
    if len(raw) < _PREFIX.size:
        if raw:
            raise ContainerError(QT_TRANSLATE_NOOP("Store", "is empty or truncated"))
        raise ContainerError(QT_TRANSLATE_NOOP("Store", "is empty"))
    magic, version, header_length = _PREFIX.unpack_from(raw)
    if magic != MAGIC:
        raise ContainerError(QT_TRANSLATE_NOOP("Store", "is not a login information store file"))
    if version > FORMAT_VERSION:
        raise NewerContainerError(QT_TRANSLATE_NOOP(
            "Store", "was written by a newer Portal Manager (format version %1; this version "
            "reads up to %2). Update Portal Manager to open it").fill(version, FORMAT_VERSION))
    if version < 1:
        raise ContainerError(
            QT_TRANSLATE_NOOP("Store", "has an invalid format version %1").fill(version))
    header_end = _PREFIX.size + header_length
    if header_length > MAX_HEADER_BYTES or len(raw) < header_end + NONCE_BYTES + 16:
        raise ContainerError(QT_TRANSLATE_NOOP("Store", "is truncated"))
    try:
        header = parse_json(raw[_PREFIX.size:header_end], max_bytes=MAX_HEADER_BYTES)
    except JsonInputError:
        raise _damaged_header() from None
    if not isinstance(header, dict):
        raise _damaged_header()
    return Container(
        header=header,
        prefix_and_header=raw[:header_end],
        nonce=raw[header_end:header_end + NONCE_BYTES],
        ciphertext=raw[header_end + NONCE_BYTES:],
    )
