"""scrypt, the login's slow step, and what the caller may do in the meantime.

A login derives 64 bytes from the password with scrypt (see credentials.py);
with the production parameters that takes about half a second, on purpose.
hashlib's scrypt releases the GIL while it works, so the calling thread is
free for that half second: :func:`derive` runs scrypt on a thread of its own
and, meanwhile, whatever the caller has to do next anyway and that needs no
secret — loading cryptography for the unsealing, the desktop app's main
window. On a machine with two cores that loading no longer adds to the wait
after "Log in"; on one core it costs what it cost before.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from portal_manager import collection_pause

if TYPE_CHECKING:
    from portal_manager.users.credentials import KdfParameters


def _nothing() -> None:
    pass


def scrypt(password: str, salt: bytes, kdf: KdfParameters) -> bytes:
    """64 bytes of scrypt(password, salt) with ``kdf``'s cost.

    hashlib's scrypt is OpenSSL's, as cryptography's is (RFC 7914: the same
    output for the same input), and needs no import of cryptography. maxmem is
    what OpenSSL's check counts, V (128·r·(n + 2)) and B (128·r·p); its default
    of 32 MiB is below the production cost.
    """
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=kdf.n, r=kdf.r, p=kdf.p,
                          maxmem=128 * kdf.r * (kdf.n + kdf.p + 2), dklen=64)


def derive(password: str, salt: bytes, kdf: KdfParameters,
           meanwhile: Callable[[], object] = _nothing) -> tuple[bytes, bytes]:
    """scrypt's output as two 32-byte halves; ``meanwhile`` runs on this thread during it.

    ``meanwhile`` gets nothing of the password or the result. Whatever it
    raises is raised once the derivation has ended (the derivation thread
    never outlives this call), and so is an error of the derivation.
    """
    outcome: list[bytes | BaseException] = []

    def run() -> None:
        try:
            outcome.append(scrypt(password, salt, kdf))
        except BaseException as error:  # handed to the caller below
            outcome.append(error)

    # No automatic garbage collection while the thread lives (see collection_pause): a
    # collection on it would destroy objects that must die on the thread that made them
    # (Qt widgets: the desktop app builds its main window meanwhile).
    collection_pause.pause()
    try:
        worker = threading.Thread(target=run, name="scrypt")
        worker.start()
        try:
            meanwhile()
        finally:
            worker.join()
    finally:
        collection_pause.resume()
    [output] = outcome
    if isinstance(output, BaseException):
        raise output
    return output[:32], output[32:]
