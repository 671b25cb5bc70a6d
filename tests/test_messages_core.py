"""The core's messages are translatable Messages whose English text is unchanged.

Each module of the core (portal files, users, store, audit trail, application
layer) raises or returns :class:`~portal_manager.messages.Message` objects with
a translation context, and every ``QT_TRANSLATE_NOOP`` call holds literals that
``pyside6-lupdate`` can extract.
"""

from __future__ import annotations

import ast
import dataclasses
import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from portal_manager.app import store_management, user_management
from portal_manager.app.portal import ConfigurationInvalidError, Portal
from portal_manager.audit.trail import AUDIT_FILE, AuditReading, AuditTrail
from portal_manager.errors import InvalidInputError, PortalManagerError
from portal_manager.messages import Message
from portal_manager.mfa.settings import Service
from portal_manager.portal.files import CorruptFileError, PortalFileError, VersionedJsonFile
from portal_manager.portal.general import GeneralSettings, shown_language_code
from portal_manager.portal.json_input import JsonInputError, expect_int, parse_json
from portal_manager.portal.lock import PortalLock, PortalLockedError
from portal_manager.portal.wording import bullet_lines, comma_list
from portal_manager.users.credentials import KdfParameters
from portal_manager.users.directory import (
    AuthenticationError,
    AuthorizationError,
    check_new_password,
    check_user_name,
)
from portal_manager.vault import container
from portal_manager.vault.container import ContainerError
from portal_manager.vault.store import Entry, check_entry_name, check_entry_values
from tests.conftest import ADMIN

ROOT = Path(__file__).resolve().parent.parent
CORE_FILES = sorted(
    [ROOT / "portal_manager" / "errors.py"]
    + [path for package in ("portal", "users", "vault", "audit", "app")
       for path in (ROOT / "portal_manager" / package).glob("*.py")]
)
CONTEXTS = {"Files", "Portal", "Lists", "Users", "Store", "Audit", "Sending", "Providers"}


def message_of(error: BaseException) -> Message:
    """What an exception carries for the UI: its first argument, which must be a Message."""
    text = error.args[0]
    assert isinstance(text, Message), f"{type(error).__name__} carries plain text: {text!r}"
    return text


def assert_message(text: object, context: str, english: str) -> None:
    assert isinstance(text, Message), f"plain text: {text!r}"
    assert text.context == context
    assert text == english


def translate_calls(path: Path) -> list[ast.Call]:
    return [
        node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
    ]


# -- what lupdate extracts ------------------------------------------------------------------


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_every_translate_call_in_the_core_holds_a_literal_context_and_source(path: Path) -> None:
    for call in translate_calls(path):
        where = f"{path.name}:{call.lineno}"
        assert len(call.args) == 2 and not call.keywords, where
        for argument in call.args:
            assert isinstance(argument, ast.Constant) and isinstance(argument.value, str), where
        assert call.args[0].value in CONTEXTS, where


def test_the_core_marks_its_messages_for_translation() -> None:
    marked = {path.name for path in CORE_FILES if translate_calls(path)}
    assert {"files.py", "general.py", "json_input.py", "lock.py", "credentials.py",
            "directory.py", "container.py", "store.py", "trail.py", "portal.py",
            "store_access.py", "store_management.py", "user_management.py"} <= marked


def test_the_core_still_does_not_import_qt() -> None:
    code = (
        "import sys\n"
        "import portal_manager.app.portal, portal_manager.app.store_management\n"
        "import portal_manager.app.user_management, portal_manager.portal.wording\n"
        "assert not [name for name in sys.modules if name.startswith('PySide6')]\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


# -- portal files and the JSON reader ----------------------------------------------------------


def test_json_reader_problems_are_messages_that_complete_the_file() -> None:
    with pytest.raises(JsonInputError) as raised:
        parse_json(b"  ")
    assert_message(message_of(raised.value), "Files", "is empty.")
    with pytest.raises(JsonInputError) as raised:
        parse_json(b'{"a": ')
    assert_message(message_of(raised.value), "Files",
                   "is corrupt or truncated (not valid JSON at line 1, column 7).")


def test_a_json_field_problem_keeps_its_place_translatable() -> None:
    where = Message("Users", "user record %1").fill(2)
    with pytest.raises(JsonInputError) as raised:
        expect_int({"n": "x"}, "n", where, minimum=1, maximum=9)
    message = message_of(raised.value)
    assert_message(message, "Files", '"n" in user record 2: expected a whole number, found text.')
    place, expected, found = message.args
    assert place.args == ("n", where)
    assert all(isinstance(part, Message) for part in (place, expected, found))


def test_a_portal_file_error_is_a_message_naming_the_file(tmp_path: Path) -> None:
    file = VersionedJsonFile(tmp_path / "portal.json", "portal-general", 1)
    with pytest.raises(PortalFileError) as raised:
        file.load()
    message = message_of(raised.value)
    assert_message(message, "Files", f"{tmp_path / 'portal.json'}: is missing. Restore it "
                   "from a backup.")
    assert_message(raised.value.problem, "Files", "is missing. Restore it from a backup.")


def test_a_corrupt_file_keeps_the_readers_problem_translatable(tmp_path: Path) -> None:
    (tmp_path / "portal.json").write_text("[1, 2")
    with pytest.raises(CorruptFileError) as raised:
        VersionedJsonFile(tmp_path / "portal.json", "portal-general", 1).load()
    problem = raised.value.problem
    assert_message(problem, "Files", "is corrupt or truncated (not valid JSON at line 1, "
                   "column 6). Restore it from a backup.")
    assert isinstance(problem.args[0], Message)


def test_a_newer_files_read_only_reason_is_a_message(tmp_path: Path) -> None:
    path = tmp_path / "portal.json"
    path.write_text(json.dumps({"format": "portal-general", "version": 7}))
    file = VersionedJsonFile(path, "portal-general", 1)
    file.load()
    assert_message(file.read_only_reason, "Files",
                   "was written by a newer Portal Manager (format version 7; this version "
                   "understands up to 1). It is opened read-only; update Portal Manager to "
                   "change it.")


def test_general_settings_problems_are_messages() -> None:
    settings = GeneralSettings("", ("en", "xx", "not a code!"), "en")
    problems = settings.problems()
    assert_message(problems[0], "Portal", "The portal name must not be empty.")
    assert_message(problems[1], "Portal",
                   'Unknown language code(s): "xx", a value that is not a language code. '
                   "Use ISO 639-1 codes such as bg, cs, da, de, el, en, …")
    with pytest.raises(InvalidInputError) as raised:
        settings.check()
    assert message_of(raised.value) == " ".join(problems)


def test_a_refused_language_value_is_described_in_a_translatable_message() -> None:
    assert_message(shown_language_code("de"), "Portal", '"de"')
    assert_message(shown_language_code("sk-live-123"), "Portal",
                   "a value that is not a language code")


def test_the_lock_message_is_a_message(tmp_path: Path) -> None:
    first, second = PortalLock(tmp_path), PortalLock(tmp_path)
    first.acquire()
    try:
        with pytest.raises(PortalLockedError) as raised:
            second.acquire()
    finally:
        first.release()
    assert_message(message_of(raised.value), "Portal",
                   f"The portal {tmp_path} is open for changes in another Portal Manager. "
                   "Close it there first, or open this portal read-only.")


# -- lists ------------------------------------------------------------------------------------


def test_joined_lists_read_as_plain_joins_and_keep_every_part() -> None:
    parts = [Message("Files", "text"), "b", Message("Files", "a list")]
    joined = comma_list(parts)
    assert joined == "text, b, a list"
    assert_message(joined, "Lists", "text, b, a list")
    assert comma_list(["only"]) == "only" and comma_list([]) == ""
    assert bullet_lines(["x", "y"]) == "  - x\n  - y"


def test_a_long_list_nests_only_a_few_messages_deep() -> None:
    joined = comma_list([str(number) for number in range(1000)])
    assert joined == ", ".join(str(number) for number in range(1000))
    depth, level = 0, [joined]
    while level:
        depth += 1
        level = [arg for message in level if isinstance(message, Message)
                 for arg in message.args]
    assert depth <= 12


# -- users --------------------------------------------------------------------------------------


def test_user_input_checks_are_messages() -> None:
    with pytest.raises(InvalidInputError) as raised:
        check_new_password("short")
    assert_message(message_of(raised.value), "Users",
                   "The password is too short: use at least 8 characters.")
    with pytest.raises(InvalidInputError) as raised:
        check_user_name("not a name")
    assert_message(message_of(raised.value), "Users",
                   "That is not a valid user name: use 1 to 64 letters, digits, '.', '_', '@' "
                   "or '-', starting with a letter or digit.")


def test_kdf_limits_are_messages() -> None:
    with pytest.raises(ValueError) as raised:
        KdfParameters(n=3, r=8, p=1).check()
    assert_message(message_of(raised.value), "Users",
                   "the scrypt parameter n must be a power of two")


def test_login_and_authorization_refusals_are_messages(portal: Portal) -> None:
    with pytest.raises(AuthenticationError) as raised:
        portal.login(ADMIN, "wrong password")
    assert_message(message_of(raised.value), "Users", "Wrong user name or password.")
    with pytest.raises(AuthorizationError) as raised:
        portal.users.require_admin(None, user_management.MANAGE_USERS)
    message = message_of(raised.value)
    assert_message(message, "Users", "Only members of Administrators may manage users. You are "
                   "not logged in; log in as an administrator or ask one.")
    assert_message(message.args[1], "Users", "manage users")
    with pytest.raises(InvalidInputError) as raised:
        portal.users.get("nobody")
    assert_message(message_of(raised.value), "Users", "There is no user nobody.")


def test_a_damaged_user_record_names_its_place_in_a_message(portal_folder: Path) -> None:
    path = portal_folder / "users.json"
    document = json.loads(path.read_text())
    document["users"][0]["groups"] = "Administrators"
    path.write_text(json.dumps(document))
    with pytest.raises(CorruptFileError) as raised:
        Portal.open(portal_folder)
    assert_message(raised.value.problem, "Users",
                   'is damaged: "groups" in user record 1: expected a list, found text. '
                   "Restore it from a backup.")


def test_user_management_refusals_are_messages(portal: Portal, admin) -> None:
    with pytest.raises(InvalidInputError) as raised:
        user_management.remove_user(portal, admin, ADMIN)
    assert_message(message_of(raised.value), "Users",
                   "You cannot remove yourself; ask another administrator.")
    user_management.add_user(portal, admin, "bob", "bob's password")
    with pytest.raises(InvalidInputError) as raised:
        user_management.revoke_admin(portal, admin, "bob")
    assert_message(message_of(raised.value), "Users", "bob is not a member of Administrators.")


# -- the store ----------------------------------------------------------------------------------


def test_entry_checks_are_messages() -> None:
    with pytest.raises(InvalidInputError) as raised:
        check_entry_name("Sk-live-secret")
    assert_message(message_of(raised.value), "Store",
                   "That is not a valid entry name: start with a lowercase letter, then letters "
                   "and digits only (e.g. sevenApiKey).")
    with pytest.raises(InvalidInputError) as raised:
        check_entry_values("a\nb", "")
    assert_message(message_of(raised.value), "Store", "The secret must be a single line.")


def test_container_problems_are_messages() -> None:
    with pytest.raises(ContainerError) as raised:
        container.decode(b"")
    assert_message(message_of(raised.value), "Store", "is empty")
    with pytest.raises(ContainerError) as raised:
        container.decode(b"NOTAVAULT" * 4)
    assert_message(message_of(raised.value), "Store", "is not a login information store file")


def test_a_damaged_store_file_is_a_message(portal: Portal, admin) -> None:
    portal.store.path.write_bytes(b"garbage" * 10)
    with pytest.raises(CorruptFileError) as raised:
        store_management.open_store(portal, admin)
    assert_message(raised.value.problem, "Store",
                   "is not a login information store file. Restore it from a backup.")


def test_store_management_refusals_are_messages(portal: Portal, admin) -> None:
    store_management.add_entry(portal, admin, Entry("sevenApiKey", "s3cret"))
    with pytest.raises(InvalidInputError) as raised:
        store_management.open_store(portal, admin).get("missing")
    assert_message(message_of(raised.value), "Store", "There is no entry missing in the store.")
    with pytest.raises(InvalidInputError) as raised:
        store_management.add_entry(portal, admin, Entry("sevenApiKey", "other"))
    assert_message(message_of(raised.value), "Store",
                   "There is already an entry sevenApiKey; names are unique. Change that entry "
                   "instead.")


def test_a_re_key_before_saving_is_logged_as_a_message(
    portal: Portal, admin, caplog: pytest.LogCaptureFixture
) -> None:
    portal.users.known_store_epoch = 10**6  # the store looks like an older copy put back
    with caplog.at_level(logging.WARNING, logger="portal_manager.vault"):
        store_management.add_entry(portal, admin, Entry("sevenApiKey", "s3cret"))
    [record] = [record for record in caplog.records if record.name == "portal_manager.vault"]
    assert_message(record.msg, "Store",
                   "The login information store was re-keyed before saving, because it is "
                   "older than the last key change this portal recorded (an older copy was put "
                   "back?).")
    assert record.getMessage() == record.msg


# -- the audit trail ----------------------------------------------------------------------------


def test_audit_reading_problems_are_messages() -> None:
    problems = AuditReading([], [3, 4], header_missing=True).problems()
    assert_message(problems[1], "Audit", "lines 3, 4 are damaged and were skipped.")
    assert problems[0].context == "Audit"
    many = AuditReading([], list(range(2, 30))).problems()
    assert_message(many[0], "Audit", "lines " + ", ".join(str(n) for n in range(2, 22))
                   + " and 8 more are damaged and were skipped.")


def test_an_audit_trail_that_is_a_folder_is_a_message(tmp_path: Path) -> None:
    (tmp_path / AUDIT_FILE).mkdir()
    with pytest.raises(PortalFileError) as raised:
        AuditTrail(tmp_path).check_appendable()
    assert_message(raised.value.problem, "Audit", "is a folder, not a file. Move it aside; "
                   "Portal Manager then starts a new audit trail.")


def test_an_unrecorded_change_is_warned_about_in_a_message(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / AUDIT_FILE).write_text("not an audit trail\n")
    with caplog.at_level(logging.WARNING, logger="portal_manager.audit"):
        assert AuditTrail(tmp_path).record("alice", "test.done") is None
    [record] = caplog.records
    assert_message(record.msg, "Audit",
                   f"The change was saved, but its audit record could not be written to "
                   f"{tmp_path / AUDIT_FILE}: the file is not a Portal Manager audit trail. "
                   "Move it aside; Portal Manager then starts a new audit trail.")


# -- the application layer ----------------------------------------------------------------------


def test_opening_what_is_no_portal_is_a_message(tmp_path: Path) -> None:
    with pytest.raises(PortalManagerError) as raised:
        Portal.open(tmp_path)
    assert_message(message_of(raised.value), "Portal",
                   f"{tmp_path} is not a portal folder (it has no portal.json). Create one with "
                   "'portal-manager init'.")


def test_a_read_only_portal_says_so_in_a_message(portal_folder: Path) -> None:
    with Portal.open(portal_folder) as portal:
        assert_message(portal.read_only_reason, "Portal", "The portal was opened read-only.")


def test_refused_portal_settings_list_their_findings_in_a_message(portal: Portal, admin) -> None:
    draft = portal.draft()
    bad = type(draft)(GeneralSettings("", ("en", "de"), "en"), draft.security)
    with pytest.raises(ConfigurationInvalidError) as raised:
        portal.save_properties(bad, admin)
    message = message_of(raised.value)
    assert_message(message, "Portal", "The portal settings were not saved:\n"
                   "  - general.name: The portal name must not be empty.")
    assert_message(message.args[0], "Portal", "The portal settings were not saved:")


# -- the UI can translate a whole nested message ---------------------------------------------


def test_every_part_of_a_nested_core_message_is_translated(qapp, portal_folder: Path) -> None:
    from PySide6.QtCore import QTranslator

    from portal_manager.ui.text import translated

    german = {
        ("Files", "%1: %2"): "%1: %2",
        ("Users", "is damaged: %1 Restore it from a backup."):
            "ist beschädigt: %1 Stellen Sie die Datei aus einer Sicherung wieder her.",
        ("Files", "%1: expected %2, found %3."): "%1: %2 erwartet, %3 gefunden.",
        ("Files", '"%1" in %2'): "„%1“ in %2",
        ("Users", "user record %1"): "Benutzerdatensatz %1",
        ("Files", "a list"): "eine Liste",
        ("Files", "text"): "Text",
    }

    class German(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return german.get((context, source), "")

    path = portal_folder / "users.json"
    document = json.loads(path.read_text())
    document["users"][0]["groups"] = "Administrators"
    path.write_text(json.dumps(document))
    with pytest.raises(CorruptFileError) as raised:
        Portal.open(portal_folder)
    translator = German()
    qapp.installTranslator(translator)
    try:
        shown = translated(raised.value.args[0])
    finally:
        qapp.removeTranslator(translator)
    assert shown == (f"{path}: ist beschädigt: „groups“ in Benutzerdatensatz 1: eine Liste "
                     "erwartet, Text gefunden. Stellen Sie die Datei aus einer Sicherung wieder "
                     "her.")


def test_no_secret_reaches_a_message(portal: Portal, admin) -> None:
    secret = "sk_live/0123+abc="
    for attempt in (lambda: check_entry_name(secret),
                    lambda: store_management.open_store(portal, admin).get(secret),
                    lambda: portal.users.get(secret)):
        with pytest.raises(InvalidInputError) as raised:
            attempt()
        message = message_of(raised.value)
        assert secret not in message and secret not in repr(message.args)


def test_an_entry_in_use_names_the_services_in_a_translatable_list(portal: Portal, admin) -> None:
    store_management.add_entry(portal, admin, Entry("sevenApiKey", "s3cret"))
    security = portal.security
    security = dataclasses.replace(
        security, sms=dataclasses.replace(security.sms, api_key="sevenApiKey"),
        voice=dataclasses.replace(security.voice, api_key="sevenApiKey"))
    portal.save_security(security, admin)
    with pytest.raises(InvalidInputError) as raised:
        store_management.remove_entry(portal, admin, "sevenApiKey")
    message = message_of(raised.value)
    labels = " and ".join(service.label for service in (Service.SMS, Service.VOICE))
    assert_message(message, "Store", f'The entry "sevenApiKey" is the API key of {labels} and '
                   "cannot be deleted. Choose another entry there first.")
    assert_message(message.args[1], "Lists", labels)
