"""docs/security.md describes the code as it is: the facts it states are checked here."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from portal_manager.app.portal import USERS_FILE, Portal
from portal_manager.users.credentials import NONCE_BYTES, PRODUCTION_KDF, SALT_BYTES
from portal_manager.users.directory import MIN_PASSWORD_LENGTH, AuthenticationError
from portal_manager.vault import container
from portal_manager.vault.store import STORE_FILE

RAW_DOC = (Path(__file__).resolve().parents[1] / "docs" / "security.md").read_text()
DOC = " ".join(RAW_DOC.split())  # line breaks in prose do not matter


def test_the_documented_scrypt_parameters_are_the_production_ones() -> None:
    n = re.search(r"n = 2\^(\d+), r = (\d+), p = (\d+)", DOC)
    assert n, "docs/security.md no longer states the scrypt parameters"
    assert (2 ** int(n[1]), int(n[2]), int(n[3])) == (
        PRODUCTION_KDF.n, PRODUCTION_KDF.r, PRODUCTION_KDF.p)
    assert f"{SALT_BYTES} random bytes" in DOC


def test_the_documented_user_record_fields_are_the_stored_ones(portal: Portal) -> None:
    documented = set(re.findall(r"^\| `(\w+)` \|", RAW_DOC, re.MULTILINE))
    stored = set(json.loads((portal.folder / USERS_FILE).read_text())["users"][0]["credentials"])
    assert stored <= documented


def test_the_documented_store_layout_is_the_files(portal: Portal) -> None:
    assert f"(`{STORE_FILE}`)" in DOC
    magic = container.MAGIC.decode().replace("\n", "\\n")
    assert f'magic "{magic}"' in DOC
    assert f"nonce ({container.NONCE_BYTES})" in DOC and NONCE_BYTES == container.NONCE_BYTES
    assert portal.store.path.read_bytes().startswith(container.MAGIC)
    header = container.decode(portal.store.path.read_bytes()).header
    [record] = header["recipients"].values()
    for field in record:
        assert f"`{field}`" in DOC


def test_the_documented_minimum_password_length_and_message() -> None:
    assert f"minimum length of {MIN_PASSWORD_LENGTH}" in DOC
    assert f'("{AuthenticationError()}")' in DOC


@pytest.mark.parametrize(
    "module",
    ["users/credentials.py", "users/directory.py", "app/user_management.py",
     "app/store_access.py", "vault/container.py", "vault/store.py", "portal/json_input.py"],
)
def test_the_modules_the_document_names_exist(module: str) -> None:
    assert f"portal_manager/{module}" in DOC
    assert (Path(__file__).resolve().parents[1] / "portal_manager" / module).exists()
