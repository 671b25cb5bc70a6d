"""A real portal in a temporary folder with a logged-in administrator, for the benchmarks.

The key derivation is set to the tests' cheap parameters (tests/conftest.py's
FAST_KDF): logging in is not what these benchmarks measure, and production
scrypt would cost seconds per portal.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from portal_manager.app.portal import Portal
from portal_manager.portal.general import GeneralSettings
from portal_manager.users import credentials
from portal_manager.users.credentials import KdfParameters
from portal_manager.users.directory import Session

ADMIN = "admin"
ADMIN_PASSWORD = "bench password"
LANGUAGES = ("en", "de", "fr")
FAST_KDF = KdfParameters(n=2**4, r=8, p=1)


@dataclass
class BenchPortal:
    portal: Portal
    session: Session


@contextlib.contextmanager
def bench_portal() -> Iterator[BenchPortal]:
    """An open, writable portal with three languages and the administrator logged in;
    removed again afterwards."""
    credentials.current_kdf = FAST_KDF
    folder = Path(tempfile.mkdtemp(prefix="portal-manager-bench-"))
    try:
        Portal.create(folder / "portal", GeneralSettings("Bench", LANGUAGES, "en"), ADMIN,
                      ADMIN_PASSWORD).close()
        with Portal.open(folder / "portal", writable=True) as portal:
            yield BenchPortal(portal, portal.login(ADMIN, ADMIN_PASSWORD))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
