"""Bad input never ends in a traceback, and strict means strict.

Damaged portal files (portal.json, security.json) and hostile `mfa import`
documents: every JSON value in every place gives a clear message, exit code 2,
and leaves the portal's files exactly as they were. Refused values are never
quoted back; messages count characters from 1, JSON `position` fields from 0.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from portal_manager.__main__ import main
from portal_manager.app.portal import GENERAL_FILE, SECURITY_FILE, Portal
from portal_manager.mfa.defaults import default_config
from portal_manager.mfa.document import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    config_from_json,
    config_to_json,
    export_document,
)
from portal_manager.mfa.settings import SETTINGS_TYPES, FieldKind, Service, field_specs
from portal_manager.mfa.templates import (
    MAX_REPORTED_CONTROL_CHARACTERS,
    Channel,
    find_problems,
)
from portal_manager.mfa.validation import FindingKind, validate_config
from portal_manager.portal.general import GeneralSettings
from portal_manager.portal.json_input import MAX_DOCUMENT_BYTES
from tests.conftest import ADMIN, ADMIN_PASSWORD

SECRET = "sk_live_4f9a8b7c6d5e"  # stands for a value pasted into the wrong field
GENERAL = GeneralSettings("Acme Portal", ("en", "de"), "en")


@pytest.fixture(autouse=True)
def _admin_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORTAL_MANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.delenv("PORTAL_MANAGER_USER", raising=False)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every portal file's bytes (the lock file comes and goes)."""
    return {
        path.name: path.read_bytes()
        for path in sorted(folder.iterdir())
        if path.is_file() and path.name != ".portal.lock"
    }


def assert_clear_refusal(code: int, out: str, err: str) -> None:
    assert code == 2, err
    assert out == ""
    assert err.startswith("portal-manager: ")
    assert "Traceback" not in err and "Error:" not in err
    assert SECRET not in err


def import_document(portal_folder: Path, tmp_path: Path, capsys, document: Any | bytes):
    """Run `mfa import` on ``document`` (JSON-encoded unless bytes); the files must not change."""
    file = tmp_path / "import.json"
    file.write_bytes(document if isinstance(document, bytes) else json.dumps(document).encode())
    before = snapshot(portal_folder)
    result = run(capsys, "mfa", "import", "--user", ADMIN, "--portal", str(portal_folder),
                 str(file))
    assert snapshot(portal_folder) == before
    return result


def exported(portal_folder: Path) -> dict[str, Any]:
    with Portal.open(portal_folder) as portal:
        return export_document(portal.security)


# -- a value of the wrong type in every field ---------------------------------------------

_WRONG_VALUES = {
    FieldKind.BOOL: ["yes", 1, None],
    FieldKind.INTEGER: ["6", True, 6.5, None, [6]],
    FieldKind.CHOICE: [[], {}, None, True],
    FieldKind.TEXT: [5, None, [["x"]], False],
    FieldKind.OPTIONAL_TEXT: [5, [], {"en": "x"}],
    FieldKind.LOCALIZED_TEXT: ["en", ["en"], None, {"en": [["x"]]}, {"en": 5}, {"en": None}],
}


def _wrong_field_values() -> list[tuple[str, str, Any]]:
    cases = []
    for service, settings_type in SETTINGS_TYPES.items():
        for name, spec in field_specs(settings_type).items():
            cases += [(service.value, name, value) for value in _WRONG_VALUES[spec.kind]]
    return cases


WRONG_FIELD_VALUES = _wrong_field_values()
WRONG_FIELD_IDS = [f"{service}.{name}={value!r}" for service, name, value in WRONG_FIELD_VALUES]


def with_field(body: dict[str, Any], service: str, name: str, value: Any) -> dict[str, Any]:
    changed = json.loads(json.dumps(body))
    changed["services"][service][name] = value
    return changed


# -- 1. portal.json and security.json: types checked, a CorruptFileError, exit 2 -----------


def _general_bodies() -> list[tuple[str, str]]:
    header = '{"format": "portal-general", "version": 1, '
    return [
        (header + '"name": 5, "languages": ["en"], "default_language": "en"}', '"name"'),
        (header + '"name": [["x"]], "languages": ["en"], "default_language": "en"}', '"name"'),
        (header + '"name": null, "languages": ["en"], "default_language": "en"}', '"name"'),
        (header + '"languages": ["en"], "default_language": "en"}', '"name" is missing'),
        (header + '"name": "P", "languages": "en", "default_language": "en"}', '"languages"'),
        (header + '"name": "P", "languages": [1], "default_language": "en"}', '"languages"'),
        (header + '"name": "P", "languages": [["en"]], "default_language": "en"}', '"languages"'),
        (header + '"name": "P", "languages": {"en": 1}, "default_language": "en"}', '"languages"'),
        (header + '"name": "P", "languages": ["en"], "default_language": 5}', '"default_language"'),
        (header + '"name": "P", "languages": ["en"]}', '"default_language" is missing'),
        (header + '"name": "P", "languages": ["en"], "default_language": ["en"]}',
         '"default_language"'),
        (header + '"name": ' + "9" * 5000 + ', "languages": ["en"], "default_language": "en"}',
         "more than 20 digits"),
        (header + '"name": "P", "languages": ["en", "' + SECRET + '"], "default_language": "en"}',
         "not a language code"),
        (header + '"name": "P", "languages": [], "default_language": "en"}', "at least one"),
        (header + '"name": "P\\u007f", "languages": ["en"], "default_language": "en"}',
         "control characters"),
        (header + '"name": "P\\u0085", "languages": ["en"], "default_language": "en"}',
         "control characters"),
        (header + '"name": "P", "languages": ["en"], "default_language": "' + SECRET + '"}',
         "not one of the portal languages"),
        ('["portal-general", 1]', "is not a Portal Manager"),
    ]


@pytest.mark.parametrize(("content", "message"), _general_bodies())
def test_a_malformed_portal_json_gives_a_message_naming_the_file(
    portal_folder: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    (portal_folder / GENERAL_FILE).write_text(content)
    before = snapshot(portal_folder)
    code, out, err = run(capsys, "mfa", "show", "--portal", str(portal_folder))
    assert_clear_refusal(code, out, err)
    assert GENERAL_FILE in err and message in err
    assert snapshot(portal_folder) == before


def _security_bodies(default_body: dict[str, Any]) -> list[tuple[Any, str]]:
    def changed(**top: Any) -> dict[str, Any]:
        return {**json.loads(json.dumps(default_body)), **top}

    services = default_body["services"]
    return [
        (changed(services=[]), '"services"'),
        (changed(services="sms"), '"services"'),
        (changed(services=None), '"services"'),
        ({}, '"services"'),
        (changed(services={**services, "sms": []}), '"sms"'),
        (changed(services={**services, "sms": None}), '"sms"'),
        (changed(services={**services, "sms": [["x"]]}), '"sms"'),
        (changed(services={**services, "fax": {}}), 'Unknown service "fax"'),
        (changed(services={"authenticator_app": services["authenticator_app"]}), "missing"),
        (changed(portal={"name": "x"}), '"portal"'),
        (changed(extra=1), '"extra"'),
    ]


@pytest.fixture
def default_security_body(portal_folder: Path) -> dict[str, Any]:
    document = json.loads((portal_folder / SECURITY_FILE).read_text())
    return {"services": document["services"]}


def write_security(portal_folder: Path, body: Any) -> None:
    document = {"format": "portal-security", "version": 1, **body}
    (portal_folder / SECURITY_FILE).write_text(json.dumps(document))


def test_a_malformed_security_json_gives_a_message_naming_the_file(
    portal_folder: Path, capsys: pytest.CaptureFixture[str], default_security_body
) -> None:
    for body, message in _security_bodies(default_security_body):
        write_security(portal_folder, body)
        before = snapshot(portal_folder)
        code, out, err = run(capsys, "mfa", "show", "--portal", str(portal_folder))
        assert_clear_refusal(code, out, err)
        assert SECURITY_FILE in err and message in err, (body, err)
        assert snapshot(portal_folder) == before


@pytest.mark.parametrize(("service", "name", "value"), WRONG_FIELD_VALUES, ids=WRONG_FIELD_IDS)
def test_a_wrong_type_in_any_security_field_gives_a_message_naming_file_and_field(
    portal_folder: Path, capsys: pytest.CaptureFixture[str], default_security_body,
    service: str, name: str, value: Any,
) -> None:
    write_security(portal_folder, with_field(default_security_body, service, name, value))
    before = snapshot(portal_folder)
    code, out, err = run(capsys, "mfa", "show", "--portal", str(portal_folder))
    assert_clear_refusal(code, out, err)
    assert SECURITY_FILE in err and f"{service}.{name}: " in err
    assert "expected" in err and "found" in err
    assert snapshot(portal_folder) == before


def test_a_key_written_twice_in_security_json_is_refused_not_silently_the_last(
    portal_folder: Path, capsys: pytest.CaptureFixture[str], default_security_body
) -> None:
    """A reader of the file may see the first api_key, Python would keep the last one."""
    text = json.dumps({"format": "portal-security", "version": 1, **default_security_body})
    text = text.replace('"api_key": ""', '"api_key": "", "api_key": "other\\u0007"', 1)
    (portal_folder / SECURITY_FILE).write_text(text)
    before = snapshot(portal_folder)
    code, out, err = run(capsys, "mfa", "show", "--portal", str(portal_folder))
    assert_clear_refusal(code, out, err)
    assert SECURITY_FILE in err and 'has the key "api_key" twice in one object' in err
    assert snapshot(portal_folder) == before


def test_a_key_written_twice_in_an_import_is_refused(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = b'{"format": "portal-mfa", "version": 1, "version": 2, "services": {}}'
    code, out, err = import_document(portal_folder, tmp_path, capsys, document)
    assert_clear_refusal(code, out, err)
    assert 'has the key "version" twice' in err


def test_a_5000_digit_number_in_security_json_is_refused_quickly(
    portal_folder: Path, capsys: pytest.CaptureFixture[str], default_security_body
) -> None:
    text = json.dumps({"format": "portal-security", "version": 1, **default_security_body})
    text = text.replace('"code_length": 6', '"code_length": ' + "7" * 5000, 1)
    (portal_folder / SECURITY_FILE).write_text(text)
    code, out, err = run(capsys, "mfa", "show", "--portal", str(portal_folder))
    assert_clear_refusal(code, out, err)
    assert "more than 20 digits" in err


def test_a_text_for_a_language_that_is_not_a_portal_language_is_a_finding(
    portal_folder: Path, capsys: pytest.CaptureFixture[str], default_security_body
) -> None:
    body = with_field(default_security_body, "sms", "message",
                      {"en": "Code ${OTPFMT}", "fr": "Code ${OTPFMT}", SECRET: "x"})
    write_security(portal_folder, body)
    code, out, err = run(capsys, "mfa", "show", "--portal", str(portal_folder))
    assert code == 0, err
    assert 'Message has a text for "fr", which is not a portal language (en, de)' in out
    assert "a key that is not a language code" in out
    assert SECRET not in out


# -- 2. mfa import: bounded reading, parse_json, strict top level ----------------------------


def _malformed_import_documents() -> list[tuple[Any, str]]:
    header = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION}
    return [
        (b"", "is empty"),
        (b"{not json", "not valid JSON at line 1"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[" * 100 + b"]" * 100, "nested more than 32 levels"),
        (b'{"format": "portal-manager-mfa", "version": 1, "services": NaN}', "NaN"),
        (b'{"format": "portal-manager-mfa", "version": ' + b"1" * 5000 + b"}", "20 digits"),
        ([], '"format" is "portal-manager-mfa"'),
        ("text", '"format" is "portal-manager-mfa"'),
        ({"format": "other", "version": 1}, '"format" is "portal-manager-mfa"'),
        ({"format": [EXPORT_FORMAT], "version": 1}, '"format" is "portal-manager-mfa"'),
        ({"format": EXPORT_FORMAT}, "has no format version"),
        ({**header, "version": None}, "has no format version"),
        ({**header, "version": "1"}, "has no format version"),
        ({**header, "version": True}, "has no format version"),
        ({**header, "version": 1.0}, "has no format version"),
        ({**header, "version": 2}, "newer Portal Manager"),
        ({**header, "version": 0}, "invalid format version"),
        (header, '"services"'),
        ({**header, "services": []}, '"services"'),
        ({**header, "services": "all"}, '"services"'),
        ({**header, "services": {}}, '"authenticator_app"; it is missing'),
        ({**header, "services": {"sms": [], "voice": None, "authenticator_app": 5}},
         '"sms"; found a list'),
    ]


@pytest.mark.parametrize(("document", "message"), _malformed_import_documents())
def test_a_malformed_import_document_is_refused_with_a_message(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    document: Any, message: str,
) -> None:
    code, out, err = import_document(portal_folder, tmp_path, capsys, document)
    assert_clear_refusal(code, out, err)
    assert message in err
    assert "othing was imported" in err
    assert "None" not in err and "True" not in err


@pytest.mark.parametrize(("service", "name", "value"), WRONG_FIELD_VALUES, ids=WRONG_FIELD_IDS)
def test_a_wrong_type_in_any_import_field_is_a_listed_problem(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    service: str, name: str, value: Any,
) -> None:
    document = with_field(exported(portal_folder), service, name, value)
    code, out, err = import_document(portal_folder, tmp_path, capsys, document)
    assert_clear_refusal(code, out, err)
    assert "nothing was imported" in err
    assert f"  - {service}.{name}: " in err
    assert "expected" in err and "found" in err


def test_unknown_top_level_fields_of_an_import_are_refused_by_name(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = exported(portal_folder)
    document["portal"] = {"name": "Other", "languages": ["en"], "default_language": "en"}
    document["colour"] = "blue"
    code, out, err = import_document(portal_folder, tmp_path, capsys, document)
    assert_clear_refusal(code, out, err)
    assert "nothing was imported" in err
    assert '"portal"' in err and '"colour"' in err
    assert 'Only "format", "version" and "services"' in err
    assert "\n  - Unknown field(s) at the top of the document: " in err


def test_unknown_field_names_are_shown_shortened_and_without_terminal_controls(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = exported(portal_folder)
    document["services"]["sms"]["\x1b[2J" + "k" * 5000] = 1
    document["services"]["x" * 5000] = {}
    code, out, err = import_document(portal_folder, tmp_path, capsys, document)
    assert_clear_refusal(code, out, err)
    assert "\x1b" not in err and "k" * 41 not in err and "x" * 41 not in err
    assert 'Unknown field "?[2J' in err and "…" in err


def test_an_import_without_a_version_says_so_in_words(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = exported(portal_folder)
    del document["version"]
    code, out, err = import_document(portal_folder, tmp_path, capsys, document)
    assert_clear_refusal(code, out, err)
    assert "has no format version" in err and "None" not in err


def test_a_lone_surrogate_in_an_import_is_refused_before_saving(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = exported(portal_folder)
    document["services"]["authenticator_app"]["issuer"] = "Acme"
    raw = json.dumps(document).replace('"Acme"', '"\\ud800"').encode()
    code, out, err = import_document(portal_folder, tmp_path, capsys, raw)
    assert_clear_refusal(code, out, err)
    assert "lone surrogate" in err and "Nothing was imported" in err


def test_importing_dev_zero_ends_quickly_with_a_size_message(
    portal_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    code, out, err = run(capsys, "mfa", "import", "--user", ADMIN, "--portal",
                         str(portal_folder), "/dev/zero")
    assert_clear_refusal(code, out, err)
    assert "larger than 1024 KiB" in err and "Nothing was imported" in err


def test_importing_a_300_mb_file_ends_quickly_with_a_size_message(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as stream:  # sparse: no 300 MB written to the test disk
        stream.truncate(300 * 1024 * 1024)
    code, out, err = import_document_file(portal_folder, capsys, huge)
    assert_clear_refusal(code, out, err)
    assert "larger than 1024 KiB" in err


def import_document_file(portal_folder: Path, capsys, file: Path):
    before = snapshot(portal_folder)
    result = run(capsys, "mfa", "import", "--user", ADMIN, "--portal", str(portal_folder),
                 str(file))
    assert snapshot(portal_folder) == before
    return result


class _EndlessZeros(io.RawIOBase):
    """Standard input that never ends, counting what was taken from it."""

    def __init__(self) -> None:
        self.taken = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        buffer[:] = bytes(len(buffer))
        self.taken += len(buffer)
        return len(buffer)


def test_importing_endless_stdin_reads_at_most_the_limit(
    portal_folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _EndlessZeros()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(source)))
    before = snapshot(portal_folder)
    code, out, err = run(capsys, "mfa", "import", "--user", ADMIN, "--portal",
                         str(portal_folder), "-")
    assert_clear_refusal(code, out, err)
    assert "larger than 1024 KiB" in err
    # Buffered reading may take one buffer more than it hands on, never the whole stream.
    assert source.taken <= MAX_DOCUMENT_BYTES + 1 + io.DEFAULT_BUFFER_SIZE
    assert snapshot(portal_folder) == before


def test_importing_dev_zero_from_stdin_in_a_real_process_ends_with_a_message(
    portal_folder: Path,
) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    with open("/dev/zero", "rb") as zeros:
        result = subprocess.run(
            [sys.executable, "-m", "portal_manager", "mfa", "import", "--user", ADMIN,
             "--portal", str(portal_folder), "-"],
            stdin=zeros, capture_output=True, text=True, check=False, timeout=60,
            env={**os.environ},
        )
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("portal-manager: ")
    assert "larger than 1024 KiB" in result.stderr and "Traceback" not in result.stderr


# -- 3. no Python reprs, no refused values quoted back ---------------------------------------


def test_wrong_types_are_named_in_words_not_as_python_values(default_security_body) -> None:
    body = with_field(default_security_body, "sms", "code_length", True)
    body["services"]["voice"]["api_key"] = [SECRET]
    body["services"]["authenticator_app"]["issuer"] = {"en": SECRET}
    config, findings = config_from_json(body)
    assert config is None
    messages = {f"{finding.service}.{finding.field}": finding.message for finding in findings}
    assert messages["sms.code_length"] == "Code length: expected a whole number, found true/false."
    assert messages["voice.api_key"] == "API key: expected text, found a list."
    assert messages["authenticator_app.issuer"] == "Issuer: expected text or null, found an object."
    assert not any(SECRET in message or "True" in message for message in messages.values())


def test_refused_choices_and_numbers_are_not_quoted_back() -> None:
    body = config_to_json(default_config(GENERAL))
    body["services"]["authenticator_app"]["algorithm"] = SECRET
    body["services"]["sms"]["provider"] = SECRET + "\n"
    body["services"]["sms"]["code_length"] = 12345678901234567890
    config, structural = config_from_json(body)
    assert structural == []
    findings = validate_config(config, GENERAL)
    text = "\n".join(str(finding) for finding in findings)
    assert "Algorithm must be one of SHA1, SHA256, SHA512." in text
    assert "The provider must be the name of an installed messaging provider plug-in" in text
    assert "Code length must be from 6 to 10." in text
    assert SECRET not in text and "12345678901234567890" not in text


def test_unknown_language_codes_in_general_settings_are_not_quoted_back() -> None:
    problems = " ".join(GeneralSettings("P", ("en", SECRET, "xx"), "en").problems())
    assert SECRET not in problems
    assert '"xx"' in problems and "a value that is not a language code" in problems


# -- 4. activated but not complete: the import names what is missing -------------------------


def test_importing_an_activated_but_incomplete_service_names_what_is_missing(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = exported(portal_folder)
    document["services"]["sms"].update(activated=True, api_key="", message={"en": "", "de": ""})
    document["services"]["voice"].update(activated=True, api_key="")
    code, out, err = import_document(portal_folder, tmp_path, capsys, document)
    assert_clear_refusal(code, out, err)
    assert "nothing was imported" in err
    assert (
        "sms.activated: SMS is activated but its API key is not set and its message in the "
        "default language (en) is empty." in err
    )
    assert "voice.activated: Voice call is activated but its API key is not set." in err


def test_show_names_what_an_activated_service_is_missing() -> None:
    config = default_config(GENERAL)
    config = config.with_service(Service.SMS, config.sms.__class__(activated=True))
    [finding] = [f for f in validate_config(config, GENERAL) if f.code == "cannot_activate"]
    assert finding.kind is FindingKind.INVALID
    assert "its API key is not set" in finding.message
    assert "its message in the default language (en) is empty" in finding.message


# -- 5. control characters in templates, sender names and the issuer -------------------------


@pytest.mark.parametrize("channel", list(Channel))
@pytest.mark.parametrize(
    ("template", "code_point", "index"),
    [
        ("Code ${OTP}\x00", "U+0000", 11),
        ("\x07Code ${OTP}", "U+0007", 0),
        ("Code\x1b[31m ${OTP}", "U+001B", 4),
        ("Code\t${OTP}", "U+0009", 4),
        ("Code ${OTP}\rnext", "U+000D", 11),
        ("Code ${OTP}\x7f", "U+007F", 11),
        ("Code ${OTP}\x85", "U+0085", 11),
        ("Code ${OTP}\x9f", "U+009F", 11),
    ],
)
def test_control_characters_in_a_message_are_invalid_with_code_point_and_position(
    channel: Channel, template: str, code_point: str, index: int
) -> None:
    [problem] = [p for p in find_problems(template, channel, 6) if p.code == "control_character"]
    assert problem.position == index and problem.length == 1
    assert code_point in problem.message
    assert f"at position {index + 1}." in problem.message


@pytest.mark.parametrize("channel", list(Channel))
def test_line_breaks_in_a_message_are_not_control_character_problems(channel: Channel) -> None:
    problems = find_problems("Your code:\n${OTP}\r\nThank you.\n", channel, 6)
    assert "control_character" not in {problem.code for problem in problems}


def test_an_otherwise_empty_message_lists_its_control_character_before_the_empty_problem(
) -> None:
    # Python's strip() removes U+001C..U+001F, so the message also counts as empty.
    problems = find_problems("\x1f", Channel.SMS, 6)
    assert [(p.code, p.position) for p in problems] == [("control_character", 0), ("empty", None)]


def test_a_message_full_of_control_characters_reports_the_first_ones() -> None:
    template = "${OTP}" + "\x00" * 500
    problems = [p for p in find_problems(template, Channel.SMS, 6) if p.code == "control_character"]
    assert len(problems) == MAX_REPORTED_CONTROL_CHARACTERS
    assert f"{500 - MAX_REPORTED_CONTROL_CHARACTERS} more control character(s)" in (
        problems[-1].message
    )


def test_control_characters_in_messages_and_sender_names_are_invalid_findings() -> None:
    config = default_config(GENERAL)
    sms = config.sms.__class__(
        api_key="sevenKey",
        message=config.sms.message.with_text("en", "Code ${OTPFMT}\x1b"),
        sender_name=config.sms.sender_name.with_text("de", "Acme\x00"),
    )
    app = config.authenticator_app.__class__(issuer="Acme\x07")
    config = config.with_service(Service.SMS, sms).with_service(Service.AUTHENTICATOR_APP, app)
    findings = [f for f in validate_config(config, GENERAL) if f.code == "control_character"]
    found = {(f.service, f.field, f.language, f.position) for f in findings}
    assert found == {
        (Service.SMS, "message", "en", 14),
        (Service.SMS, "sender_name", "de", 4),
        (Service.AUTHENTICATOR_APP, "issuer", None, 4),
    }
    assert all(f.kind is FindingKind.INVALID for f in findings)
    by_field = {f.field: f.message for f in findings}
    assert "U+001B at position 15" in by_field["message"]
    assert "U+0000 at position 5" in by_field["sender_name"]
    assert "U+0007 at position 5" in by_field["issuer"]


def test_a_line_break_in_a_sender_name_or_issuer_is_a_control_character() -> None:
    config = default_config(GENERAL)
    sms = config.sms.__class__(sender_name=config.sms.sender_name.with_text("en", "Acme\n"))
    app = config.authenticator_app.__class__(issuer="Ac\r\nme")
    config = config.with_service(Service.SMS, sms).with_service(Service.AUTHENTICATOR_APP, app)
    findings = [f for f in validate_config(config, GENERAL) if f.code == "control_character"]
    assert {(f.field, f.position) for f in findings} == {
        ("sender_name", 4), ("issuer", 2), ("issuer", 3)
    }
    assert all("only line breaks" not in f.message for f in findings)


def test_an_import_with_a_control_character_in_a_message_is_refused(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = exported(portal_folder)
    document["services"]["sms"]["message"] = {"en": "Code ${OTPFMT}\u001b[2J"}
    code, out, err = import_document(portal_folder, tmp_path, capsys, document)
    assert_clear_refusal(code, out, err)
    assert "sms.message.en: The message contains the control character U+001B at position 15" in (
        err
    )


# -- 6. messages count from 1, position fields from 0 ----------------------------------------


@pytest.mark.parametrize(
    "template",
    ["Code ${OTP} ${otp}", "Code ${OTP} ${OTPDIGIT[7]}", "Code ${OTP", "\x00${OTP}", "${}${OTP}"],
)
def test_messages_count_from_one_and_position_fields_from_zero(template: str) -> None:
    problems = [p for p in find_problems(template, Channel.SMS, 6) if p.position is not None]
    assert problems
    for problem in problems:
        assert f"position {problem.position + 1}" in problem.message
        assert f"position {problem.position}." not in problem.message


def test_json_findings_keep_the_0_based_position(
    portal_folder: Path, capsys: pytest.CaptureFixture[str], default_security_body
) -> None:
    body = with_field(default_security_body, "sms", "message", {"en": "\x1b${OTPFMT}"})
    write_security(portal_folder, body)
    code, out, err = run(capsys, "mfa", "show", "--portal", str(portal_folder), "--json")
    assert code == 0, err
    [finding] = [f for f in json.loads(out)["findings"] if f["code"] == "control_character"]
    assert finding["position"] == 0 and "at position 1." in finding["message"]
    assert finding["kind"] == "invalid"


@pytest.mark.parametrize("length", [10**19, 0, -3, 11])
def test_a_hand_edited_code_length_never_makes_a_preview_hang(
    portal_folder: Path, capsys: pytest.CaptureFixture[str], length: int
) -> None:
    path = portal_folder / "security.json"
    document = json.loads(path.read_text())
    document["services"]["sms"]["code_length"] = length
    path.write_text(json.dumps(document))
    for channel in ("sms", "voice"):
        document["services"]["voice"]["code_length"] = length
        path.write_text(json.dumps(document))
        code = main(["preview", channel, "--portal", str(portal_folder)])
        err = capsys.readouterr().err
        assert code == 2 and "code length" in err and "Traceback" not in err
