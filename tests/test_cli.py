"""The command line: commands, JSON fields and exit codes as documented in the README."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pyotp
import pytest

from portal_manager.__main__ import main
from portal_manager.app.portal import SECURITY_FILE, Portal
from portal_manager.mfa.settings import LocalizedText, Service
from portal_manager.mfa.totp import TotpParameters, generate_code, new_secret
from tests.conftest import ADMIN, ADMIN_PASSWORD

AT = "2025-02-25T17:33:30Z"


@pytest.fixture(autouse=True)
def _admin_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORTAL_MANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.delenv("PORTAL_MANAGER_USER", raising=False)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse's own usage errors
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def run_with_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, stdin: str, *argv: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return run(capsys, *argv)


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code, out, err = run(capsys, *argv, "--json")
    assert code in (0, 1), err
    return json.loads(out)


# -- init --------------------------------------------------------------------------------------


def test_init_creates_a_portal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "new"
    code, out, _ = run(capsys, "init", "--portal", str(folder), "--name", "Acme", "--admin", ADMIN,
                       "--languages", "en,de,fr", "--default-language", "de")
    assert code == 0 and "Created" in out
    with Portal.open(folder) as portal:
        assert portal.general.languages == ("en", "de", "fr")
        assert portal.general.default_language == "de"


def test_init_without_portal_uses_the_default_portal(
    capsys: pytest.CaptureFixture[str], _isolated_default_portal: Path
) -> None:
    assert run(capsys, "init", "--name", "Acme", "--admin", ADMIN)[0] == 0
    assert (_isolated_default_portal / "portal.json").exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--name", "Acme", "--languages", "en,xx"), "Unknown language"),
        (("--name", "Acme", "--languages", "en", "--default-language", "de"), "default language"),
        (("--name", " "), "must not be empty"),
    ],
)
def test_init_refuses_bad_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: tuple, message: str
) -> None:
    code, out, err = run(capsys, "init", "--portal", str(tmp_path / "p"), "--admin", ADMIN,
                         *arguments)
    assert code == 2
    assert message in err and out == ""
    assert not (tmp_path / "p" / "portal.json").exists()


def test_init_refuses_an_existing_portal(
    portal_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "init", "--portal", str(portal_folder), "--name", "X",
                       "--admin", ADMIN)
    assert code == 2 and "already holds a portal" in err


# -- mfa show / export / import ------------------------------------------------------------------


def test_mfa_show_json(portal_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shown = run_json(capsys, "mfa", "show", "--portal", str(portal_folder))
    assert shown["portal"]["name"] == "Acme Portal"
    assert shown["state"] == {
        "authenticator_app": "ready", "sms": "incomplete", "voice": "incomplete"
    }
    assert {f["code"] for f in shown["findings"]} == {"api_key_missing"}
    assert shown["services"]["sms"]["activated"] is False


def test_mfa_show_text(portal_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "mfa", "show", "--portal", str(portal_folder))
    assert code == 0
    assert "SMS: deactivated, incomplete" in out
    assert "No API key is chosen" in out


def test_export_then_import_round_trips(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert run_with_stdin(capsys, monkeypatch, "the-api-key\n", "vault", "add", "sevenKey",
                          "--user", ADMIN, "--portal", str(portal_folder))[0] == 0
    exported = tmp_path / "mfa.json"
    assert run(capsys, "mfa", "export", "--portal", str(portal_folder), str(exported))[0] == 0
    document = json.loads(exported.read_text())
    assert document["format"] == "portal-manager-mfa" and document["version"] == 1
    document["services"]["sms"]["api_key"] = "sevenKey"
    document["services"]["sms"]["code_length"] = 8
    document["services"]["sms"]["activated"] = True
    exported.write_text(json.dumps(document))

    code, _, err = run(capsys, "mfa", "import", "--user", ADMIN, "--portal", str(portal_folder),
                       str(exported))
    assert code == 0, err
    with Portal.open(portal_folder) as portal:
        assert portal.security.sms.activated and portal.security.sms.code_length == 8


def test_export_to_stdout(portal_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "mfa", "export", "--portal", str(portal_folder))
    assert code == 0
    assert set(json.loads(out)["services"]) == {"authenticator_app", "sms", "voice"}


def test_import_lists_every_problem_and_changes_nothing(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "mfa", "export", "--portal", str(portal_folder), str(tmp_path / "e.json"))
    document = json.loads((tmp_path / "e.json").read_text())
    document["services"]["sms"]["code_length"] = 5
    document["services"]["sms"]["sender_name"] = {"en": "A much too long name"}
    document["services"]["voice"]["message"] = {"en": "Your code is ${OTPDIGIT[9]}"}
    (tmp_path / "bad.json").write_text(json.dumps(document))
    before = (portal_folder / SECURITY_FILE).read_bytes()

    code, out, err = run(capsys, "mfa", "import", "--user", ADMIN, "--portal", str(portal_folder),
                         str(tmp_path / "bad.json"))
    assert code == 2 and out == ""
    assert "nothing was imported" in err
    assert "Code length must be from 6 to 10" in err
    assert "at most 11 are allowed" in err
    assert "OTPDIGIT[9]" in err
    assert (portal_folder / SECURITY_FILE).read_bytes() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON at line 1"),
        ('{"format": "other", "version": 1}', '"format" is "portal-manager-mfa"'),
        ('{"format": "portal-manager-mfa", "version": 2, "services": {}}', "newer Portal Manager"),
        ('{"format": "portal-manager-mfa", "version": 1, "services": {}}', "is missing"),
    ],
)
def test_import_refuses_broken_documents(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    content: str, message: str,
) -> None:
    (tmp_path / "x.json").write_text(content)
    before = (portal_folder / SECURITY_FILE).read_bytes()
    code, _, err = run(capsys, "mfa", "import", "--user", ADMIN, "--portal", str(portal_folder),
                       str(tmp_path / "x.json"))
    assert code == 2 and message in err
    assert (portal_folder / SECURITY_FILE).read_bytes() == before


def test_import_while_the_portal_is_open_elsewhere_is_refused(
    portal: Portal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "mfa", "export", "--portal", str(portal.folder), str(tmp_path / "e.json"))
    code, _, err = run(capsys, "mfa", "import", "--user", ADMIN, "--portal", str(portal.folder),
                       str(tmp_path / "e.json"))
    assert code == 2 and "another Portal Manager" in err


def test_a_corrupt_portal_is_a_clear_error_without_traceback(
    portal_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (portal_folder / SECURITY_FILE).write_text('{"format": "portal-security", "vers')
    code, _, err = run(capsys, "mfa", "show", "--portal", str(portal_folder))
    assert code == 2
    assert "security.json" in err and "corrupt or truncated" in err
    assert "Traceback" not in err


# -- preview -----------------------------------------------------------------------------------


def test_preview_sms_is_exact_with_code_and_time(
    portal_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_json(capsys, "preview", "sms", "--portal", str(portal_folder),
                      "--lang", "de", "--code", "12345678"[:6], "--at", AT)
    assert result["text"] == "123 456 ist Ihr Bestätigungscode. Geben Sie ihn nicht weiter."
    assert (result["length"], result["encoding"], result["parts"]) == (61, "gsm7", 1)
    assert result["problems"] == []


def test_preview_fields_follow_the_template(
    portal: Portal, admin, capsys: pytest.CaptureFixture[str]
) -> None:
    sms = dataclasses.replace(
        portal.security.sms,
        code_length=8,
        sender_name=LocalizedText({"en": "Acme"}),
        message=LocalizedText({"en": "${from}: ${OTPFMT} at ${timestamp} 😀"}),
    )
    portal.save_security(portal.security.with_service(Service.SMS, sms), admin)
    portal.close()
    result = run_json(capsys, "preview", "sms", "--portal", str(portal.folder),
                      "--code", "12345678", "--at", AT)
    assert result["text"] == f"Acme: 1234 5678 at {AT} 😀"
    assert result["encoding"] == "ucs2"
    assert result["length"] == len(f"Acme: 1234 5678 at {AT} ") + 2
    assert result["unicode_characters"] == ["😀"]
    # German has no text of its own and falls back to English.
    result = run_json(capsys, "preview", "sms", "--portal", str(portal.folder),
                      "--lang", "de", "--code", "12345678", "--at", AT)
    assert result["uses_fallback"] is True and result["text"].startswith("Acme: 1234 5678")


def test_preview_without_code_uses_a_random_code_and_now(
    portal_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = run_json(capsys, "preview", "sms", "--portal", str(portal_folder))
    assert first["text"][:7].replace(" ", "").isdigit()
    assert first["problems"] == []


def test_preview_voice(portal_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_json(capsys, "preview", "voice", "--portal", str(portal_folder),
                      "--code", "123456", "--at", AT)
    assert "1:2:3:4:5:6" in result["text"] and result["text"].startswith("<voice")
    assert result["encoding"] is None and result["parts"] is None
    assert result["length"] == len(result["text"])


def test_preview_with_problems_exits_1_and_lists_them(
    portal: Portal, capsys: pytest.CaptureFixture[str]
) -> None:
    # Saved through the file, as a hand edit would, since saving refuses invalid texts.
    sms = dataclasses.replace(portal.security.sms, message=LocalizedText({"en": "Code: ${OTP"}))
    path = portal.folder / SECURITY_FILE
    document = json.loads(path.read_text())
    document["services"]["sms"]["message"] = sms.message.to_json()
    path.write_text(json.dumps(document))
    portal.close()
    code, out, _ = run(capsys, "preview", "sms", "--portal", str(portal.folder), "--json")
    result = json.loads(out)
    assert code == 1
    assert result["text"] is None
    assert {p["code"] for p in result["problems"]} >= {"malformed_placeholder"}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--code", "12345"), "exactly 6 digits"),
        (("--code", "12345a"), "only the digits 0–9 (character 6"),
        (("--code", ""), "--code is empty"),
        (("--lang", "fr"), "not a portal language"),
        (("--at", "yesterday"), "expected a UTC time"),
    ],
)
def test_preview_refuses_bad_arguments(
    portal_folder: Path, capsys: pytest.CaptureFixture[str], arguments: tuple, message: str
) -> None:
    code, out, err = run(capsys, "preview", "sms", "--portal", str(portal_folder), *arguments)
    assert code == 2 and out == ""
    assert message in err


# -- totp --------------------------------------------------------------------------------------


def test_totp_uri_uses_the_portal_issuer_and_writes_a_qr(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = new_secret()
    qr = tmp_path / "qr.png"
    result = run_json(capsys, "totp", "uri", "--portal", str(portal_folder), "--account",
                      "alice@example.com", "--secret", secret, "--qr", str(qr))
    assert result["uri"] == (
        f"otpauth://totp/Acme%20Portal:alice%40example.com?secret={secret}&issuer=Acme%20Portal"
    )
    assert result["secret"] == secret and result["issuer"] == "Acme Portal"
    assert qr.read_bytes().startswith(b"\x89PNG")
    assert pyotp.parse_uri(result["uri"]).secret == secret


def test_totp_uri_makes_a_fresh_secret(
    portal_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = run_json(capsys, "totp", "uri", "--portal", str(portal_folder), "--account", "a")
    second = run_json(capsys, "totp", "uri", "--portal", str(portal_folder), "--account", "a")
    assert first["secret"] != second["secret"] and len(first["secret"]) >= 32


def test_totp_check_exit_codes(portal_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    secret = new_secret()
    right = generate_code(secret, _default_parameters(), time.time())
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    assert run(capsys, "totp", "check", "--portal", str(portal_folder), "--secret", secret,
               "--code", right)[0] == 0
    assert run(capsys, "totp", "check", "--portal", str(portal_folder), "--secret", secret,
               "--code", wrong)[0] == 1


def test_totp_check_reads_the_secret_from_stdin(
    portal_folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = new_secret()
    monkeypatch.setattr(sys, "stdin", io.StringIO(secret + "\n"))
    right = generate_code(secret, _default_parameters(), time.time())
    assert run(capsys, "totp", "check", "--portal", str(portal_folder), "--secret", "-",
               "--code", right)[0] == 0


def test_totp_check_refuses_a_bad_secret_without_echoing_it(
    portal_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "totp", "check", "--portal", str(portal_folder),
                         "--secret", "NOT!BASE32", "--code", "123456")
    assert code == 2 and "NOT!BASE32" not in err + out


def _default_parameters() -> TotpParameters:
    return TotpParameters()


# -- the installed entry point -------------------------------------------------------------------

COMMANDS = [
    ["init"], ["mfa"], ["mfa", "show"], ["mfa", "export"], ["mfa", "import"],
    ["preview"], ["totp"], ["totp", "uri"], ["totp", "check"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help(command: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "portal_manager", *command, "--help"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("usage: portal-manager")


def test_the_command_line_does_not_load_qt(portal_folder: Path) -> None:
    script = (
        "import sys\n"
        "from portal_manager.__main__ import main\n"
        f"main(['mfa', 'show', '--portal', {str(portal_folder)!r}])\n"
        "assert 'PySide6' not in sys.modules, 'Qt was loaded'\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=False, env={**os.environ})
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["mfa", "export", "--portal", "{portal}", "/nonexistent-folder/x.json"],
        ["totp", "uri", "--portal", "{portal}", "--account", "a", "--qr", "/nonexistent/x.png"],
    ],
    ids=["export", "qr"],
)
def test_file_system_errors_are_messages_not_tracebacks(
    portal_folder: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    argv = [part.replace("{portal}", str(portal_folder)) for part in argv]
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert "No such file or directory" in err and "Traceback" not in err


def test_general_settings_saved_unchanged_add_no_audit_record(portal: Portal, admin) -> None:
    before = len(portal.audit.records())
    portal.save_general(portal.general, admin)
    assert len(portal.audit.records()) == before


def test_import_refuses_a_boolean_version(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "mfa", "export", "--portal", str(portal_folder), str(tmp_path / "e.json"))
    document = json.loads((tmp_path / "e.json").read_text())
    document["version"] = True
    (tmp_path / "e.json").write_text(json.dumps(document))
    code, _, err = run(capsys, "mfa", "import", "--user", ADMIN, "--portal", str(portal_folder),
                       str(tmp_path / "e.json"))
    assert code == 2 and "has no format version" in err and "True" not in err


def test_import_lists_structural_and_value_problems_together(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "mfa", "export", "--portal", str(portal_folder), str(tmp_path / "e.json"))
    document = json.loads((tmp_path / "e.json").read_text())
    document["services"]["sms"]["colour"] = "blue"  # structural: the SMS cannot be read
    document["services"]["voice"]["message"] = {"en": "Your code is ${OTPDIGIT[9]}"}
    document["services"]["voice"]["api_key"] = "missingEntry"
    (tmp_path / "bad.json").write_text(json.dumps(document))
    code, _, err = run(capsys, "mfa", "import", "--user", ADMIN, "--portal", str(portal_folder),
                       str(tmp_path / "bad.json"))
    assert code == 2
    assert 'Unknown field "colour"' in err
    assert "OTPDIGIT[9]" in err
    assert "names no entry of the login information store" in err
