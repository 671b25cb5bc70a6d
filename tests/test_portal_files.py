"""The portal on disk: safe writes, broken files, versions, changes on disk and the lock."""

from __future__ import annotations

import dataclasses
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from portal_manager.app.portal import GENERAL_FILE, SECURITY_FILE, Portal
from portal_manager.errors import InvalidInputError, PortalManagerError
from portal_manager.mfa.settings import Service
from portal_manager.portal.files import (
    ChangedOnDiskError,
    CorruptFileError,
    NewerFormatError,
    PortalFileError,
    VersionedJsonFile,
    atomic_write_bytes,
)
from portal_manager.portal.general import GeneralSettings
from portal_manager.portal.lock import LOCK_FILE_NAME, PortalLockedError
from tests.conftest import ADMIN, ADMIN_PASSWORD


def test_create_then_open_round_trips(portal_folder: Path, general: GeneralSettings) -> None:
    with Portal.open(portal_folder) as portal:
        assert portal.general == general
        assert not portal.security.sms.activated
        assert portal.security.sms.message.text("de").startswith("${OTPFMT}")


def test_every_file_carries_its_format_and_version(portal_folder: Path) -> None:
    for name, kind in ((GENERAL_FILE, "portal-general"), (SECURITY_FILE, "portal-security")):
        document = json.loads((portal_folder / name).read_text())
        assert document["format"] == kind
        assert document["version"] == 1


def test_create_refuses_an_existing_portal(portal_folder: Path, general: GeneralSettings) -> None:
    with pytest.raises(InvalidInputError, match="already holds a portal"):
        Portal.create(portal_folder, general, ADMIN, ADMIN_PASSWORD)


def test_opening_a_folder_that_is_no_portal_says_so(tmp_path: Path) -> None:
    with pytest.raises(PortalManagerError, match="is not a portal folder"):
        Portal.open(tmp_path)


def test_private_files_are_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "secret.json"
    atomic_write_bytes(target, b"{}", private=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_save_leaves_no_temporary_files(portal: Portal, admin) -> None:
    portal.save_security(portal.security, admin)
    leftovers = [path.name for path in portal.folder.iterdir() if path.name.endswith(".tmp")]
    assert leftovers == []


@pytest.mark.parametrize("failing_call", ["fsync", "replace"])
def test_crash_in_the_middle_of_a_save_keeps_the_old_file(
    portal: Portal, admin, monkeypatch: pytest.MonkeyPatch, failing_call: str
) -> None:
    security_path = portal.folder / SECURITY_FILE
    before = security_path.read_bytes()
    changed = portal.security.with_service(
        Service.SMS, dataclasses.replace(portal.security.sms, code_length=8)
    )

    def crash(*args: object) -> None:
        raise OSError(5, "simulated power loss")

    monkeypatch.setattr(os, failing_call, crash)
    with pytest.raises(OSError, match="simulated power loss"):
        portal.save_security(changed, admin)
    monkeypatch.undo()

    assert security_path.read_bytes() == before
    assert [path for path in portal.folder.iterdir() if path.name.endswith(".tmp")] == []
    # The model did not take the change either.
    assert portal.security.sms.code_length == 6


def test_crash_in_a_separate_process_while_writing_keeps_the_old_file(tmp_path: Path) -> None:
    """A process killed between writing the temp file and replacing leaves the old file."""
    target = tmp_path / "file.json"
    target.write_bytes(b"old")
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from portal_manager.portal import files\n"
        "def die(*a):\n"
        "    os._exit(9)\n"
        "os.replace = die\n"
        f"files.atomic_write_bytes(Path({str(target)!r}), b'new' * 1000)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], check=False)
    assert result.returncode == 9
    assert target.read_bytes() == b"old"


BROKEN_CONTENTS = {
    "empty": b"",
    "whitespace": b"   \n",
    "truncated": b'{"format": "portal-security", "version": 1, "services": {"sms": {',
    "not json": b"this is not json",
    "not utf-8": b"\xff\xfe\x00garbage",
    "a list": b"[1, 2, 3]",
    "other kind": b'{"format": "something-else", "version": 1}',
    "no version": b'{"format": "portal-security"}',
    "version as text": b'{"format": "portal-security", "version": "1"}',
    "missing services": b'{"format": "portal-security", "version": 1}',
    "wrong field type": None,  # built below from a real file
}


@pytest.mark.parametrize("case", sorted(BROKEN_CONTENTS))
def test_a_broken_security_file_is_a_clear_error_and_stays_untouched(
    portal_folder: Path, case: str
) -> None:
    path = portal_folder / SECURITY_FILE
    content = BROKEN_CONTENTS[case]
    if content is None:
        document = json.loads(path.read_text())
        document["services"]["sms"]["code_length"] = "six"
        content = json.dumps(document).encode()
    path.write_bytes(content)

    with pytest.raises(CorruptFileError) as caught:
        Portal.open(portal_folder, writable=True)

    assert str(path) in str(caught.value)
    assert path.read_bytes() == content  # never replaced by defaults


def test_security_read_later_is_the_same_check_at_first_use(portal_folder: Path) -> None:
    """Portal.open(security_later=True), as the desktop app opens a portal for its login:
    everything but security.json is read and checked; that file is read at load_security
    (or at the first use of the settings) with the same clear error, and never replaced."""
    path = portal_folder / SECURITY_FILE
    path.write_bytes(b'{"format": "portal-security", "version": 1, "services": 7}')
    with Portal.open(portal_folder, writable=True, security_later=True) as portal:
        assert portal.general.name  # the rest is there
        session = portal.login(ADMIN, ADMIN_PASSWORD)
        for use in (portal.load_security, lambda: portal.security,
                    lambda: portal.read_only_reason,
                    lambda: portal.save_general(portal.general, session)):
            with pytest.raises(CorruptFileError, match="unreadable Security settings"):
                use()
    assert path.read_bytes() == b'{"format": "portal-security", "version": 1, "services": 7}'
    with pytest.raises(CorruptFileError):
        Portal.open(portal_folder)  # without security_later, as the command line opens it


def test_security_read_later_knows_a_newer_format_before_any_change(
    portal_folder: Path,
) -> None:
    path = portal_folder / SECURITY_FILE
    document = json.loads(path.read_text())
    document["version"] = 7
    path.write_text(json.dumps(document))
    with Portal.open(portal_folder, writable=True, security_later=True) as portal:
        session = portal.login(ADMIN, ADMIN_PASSWORD)
        assert "newer Portal Manager" in portal.read_only_reason
        with pytest.raises(NewerFormatError, match="format version 7"):
            portal.save_general(portal.general, session)


def test_a_newer_file_read_once_leaves_no_read_only_reason_after_it_was_replaced(
    portal_folder: Path,
) -> None:
    """The desktop app reads security.json twice when the first read fails (during the
    login, and after it). A newer, unreadable file replaced by a good one in between
    left the portal read-only, "written by a newer Portal Manager", for a file that was not."""
    path = portal_folder / SECURITY_FILE
    good = path.read_bytes()
    path.write_text('{"format": "portal-security", "version": 9, "services": 7}')
    with Portal.open(portal_folder, writable=True, security_later=True) as portal:
        session = portal.login(ADMIN, ADMIN_PASSWORD)
        with pytest.raises(CorruptFileError):
            portal.load_security()
        path.write_bytes(good)  # restored from a backup
        portal.load_security()
        assert portal.read_only_reason is None
        portal.require_change(session, "change the portal settings")


def test_truncation_at_every_tenth_byte_is_an_error(portal_folder: Path) -> None:
    path = portal_folder / SECURITY_FILE
    whole = path.read_bytes()
    for cut in range(0, len(whole) - 2, 10):
        path.write_bytes(whole[:cut])
        with pytest.raises(CorruptFileError):
            Portal.open(portal_folder)
        assert path.read_bytes() == whole[:cut]


def test_a_broken_general_file_names_the_file(portal_folder: Path) -> None:
    path = portal_folder / GENERAL_FILE
    path.write_text('{"format": "portal-general", "version": 1, "name": "", "languages": []}')
    with pytest.raises(CorruptFileError, match=GENERAL_FILE):
        Portal.open(portal_folder)


def test_a_newer_file_opens_read_only_with_a_clear_message(portal_folder: Path) -> None:
    path = portal_folder / SECURITY_FILE
    document = json.loads(path.read_text())
    document["version"] = 7
    document["services"]["sms"]["future_field"] = True
    path.write_text(json.dumps(document))
    before = path.read_bytes()

    with Portal.open(portal_folder, writable=True) as portal:
        assert "newer Portal Manager" in portal.read_only_reason
        with pytest.raises(NewerFormatError, match="format version 7"):
            portal.save_security(portal.security, portal.login(ADMIN, ADMIN_PASSWORD))
    assert path.read_bytes() == before


def test_a_file_changed_on_disk_is_not_overwritten(portal: Portal, admin) -> None:
    path = portal.folder / SECURITY_FILE
    document = json.loads(path.read_text())
    document["services"]["sms"]["code_length"] = 9
    path.write_text(json.dumps(document))
    edited = path.read_bytes()

    changed = portal.security.with_service(
        Service.SMS, dataclasses.replace(portal.security.sms, code_length=8))
    with pytest.raises(ChangedOnDiskError, match="changed on disk"):
        portal.save_security(changed, admin)
    assert path.read_bytes() == edited


def test_a_file_deleted_on_disk_is_not_silently_recreated(tmp_path: Path) -> None:
    file = VersionedJsonFile(tmp_path / "x.json", "x", 1)
    file.save({"a": 1})
    file.load()
    (tmp_path / "x.json").unlink()
    with pytest.raises(ChangedOnDiskError):
        file.save({"a": 2})


def test_a_second_copy_cannot_open_the_portal_for_writing(portal: Portal) -> None:
    with pytest.raises(PortalLockedError, match="another Portal Manager"):
        Portal.open(portal.folder, writable=True)
    # Reading is still possible.
    with Portal.open(portal.folder) as reader:
        assert reader.general.name == portal.general.name


def test_the_lock_is_released_on_close(portal_folder: Path) -> None:
    Portal.open(portal_folder, writable=True).close()
    with Portal.open(portal_folder, writable=True) as again:
        assert again.read_only_reason is None


def test_a_copy_in_another_process_holds_the_lock_until_it_ends(portal_folder: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys\n"
         "from portal_manager.app.portal import Portal\n"
         "portal = Portal.open(sys.argv[1], writable=True)\n"
         "print('open', flush=True)\n"
         "sys.stdin.readline()\n", str(portal_folder)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "open\n"
        with pytest.raises(PortalLockedError):
            Portal.open(portal_folder, writable=True)
    finally:
        holder.communicate("\n", timeout=30)  # it ends without closing: the system unlocks
    with Portal.open(portal_folder, writable=True) as again:
        assert again.read_only_reason is None


@pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="no O_NOFOLLOW on this system")
def test_a_link_in_place_of_the_lock_file_is_not_followed(
    portal_folder: Path, tmp_path: Path
) -> None:
    target = tmp_path / "elsewhere"
    (portal_folder / LOCK_FILE_NAME).unlink(missing_ok=True)
    (portal_folder / LOCK_FILE_NAME).symlink_to(target)
    # A message naming the file and the fix: a bare OSError reached the desktop app as
    # "an unexpected error occurred" on stderr, and no window at all.
    with pytest.raises(PortalFileError, match=r"\.portal\.lock: is a link.*Remove it"):
        Portal.open(portal_folder, writable=True)
    assert not target.exists()


def test_a_folder_in_place_of_the_lock_file_is_a_clear_error(portal_folder: Path) -> None:
    (portal_folder / LOCK_FILE_NAME).unlink(missing_ok=True)
    (portal_folder / LOCK_FILE_NAME).mkdir()
    with pytest.raises(PortalFileError, match=r"\.portal\.lock: cannot be opened"):
        Portal.open(portal_folder, writable=True)


def test_a_read_only_portal_refuses_to_save(portal_folder: Path) -> None:
    with Portal.open(portal_folder) as portal, pytest.raises(PortalManagerError, match="read-only"):
        portal.save_security(portal.security, portal.login(ADMIN, ADMIN_PASSWORD))


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (GeneralSettings("", ("en",), "en"), "must not be empty"),
        (GeneralSettings("P", (), "en"), "at least one language"),
        (GeneralSettings("P", ("en", "xx"), "en"), "Unknown language"),
        (GeneralSettings("P", ("en", "en"), "en"), "listed twice"),
        (GeneralSettings("P", ("en",), "de"), "not one of the portal languages"),
        (GeneralSettings("P" * 101, ("en",), "en"), "longer than 100"),
    ],
)
def test_general_settings_are_checked(
    tmp_path: Path, settings: GeneralSettings, message: str
) -> None:
    with pytest.raises(InvalidInputError, match=message):
        Portal.create(tmp_path / "p", settings, ADMIN, ADMIN_PASSWORD)
    assert not (tmp_path / "p" / GENERAL_FILE).exists()


def test_create_refuses_a_folder_with_other_files(tmp_path: Path, general: GeneralSettings) -> None:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "notes.txt").write_text("mine")
    with pytest.raises(InvalidInputError, match="not empty"):
        Portal.create(tmp_path / "p", general, ADMIN, ADMIN_PASSWORD)
    assert [path.name for path in (tmp_path / "p").iterdir()] == ["notes.txt"]


def test_a_failed_create_leaves_the_folder_clean_for_another_try(
    tmp_path: Path, general: GeneralSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from portal_manager.vault.store import LoginInformationStore

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(LoginInformationStore, "create", fail)
    with pytest.raises(OSError, match="No space left"):
        Portal.create(tmp_path / "p", general, ADMIN, ADMIN_PASSWORD)
    assert not (tmp_path / "p").exists(), "the folder the failed create made is removed"
    monkeypatch.undo()
    Portal.create(tmp_path / "p", general, ADMIN, ADMIN_PASSWORD).close()


def test_a_failed_create_keeps_an_empty_folder_that_was_there_before(
    tmp_path: Path, general: GeneralSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from portal_manager.vault.store import LoginInformationStore

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    (tmp_path / "p").mkdir()
    monkeypatch.setattr(LoginInformationStore, "create", fail)
    with pytest.raises(OSError, match="No space left"):
        Portal.create(tmp_path / "p", general, ADMIN, ADMIN_PASSWORD)
    assert list((tmp_path / "p").iterdir()) == []


def test_a_newer_store_makes_the_portal_read_only(portal_folder: Path) -> None:
    path = portal_folder / "login-information.pmv"
    raw = bytearray(path.read_bytes())
    raw[8:10] = (9).to_bytes(2, "big")  # the format version after the magic
    path.write_bytes(bytes(raw))
    with Portal.open(portal_folder, writable=True) as portal:
        assert "login-information.pmv" in portal.read_only_reason
        assert "newer Portal Manager" in portal.read_only_reason
        with pytest.raises(NewerFormatError):
            portal.save_security(portal.security, portal.login(ADMIN, ADMIN_PASSWORD))
