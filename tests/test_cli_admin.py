"""The command line's administrator commands: login, authorization, users, vault, audit, secrets.

Every command that needs an administrator takes ``--user NAME``; the password comes from
``PORTAL_MANAGER_PASSWORD`` or, with ``--password-stdin``, the first line of standard input,
never from an argument. A secret the command takes is the next line of standard input.
"""

from __future__ import annotations

import base64
import io
import json
import logging
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from portal_manager.__main__ import main
from portal_manager.app.portal import Portal
from portal_manager.vault.store import LoginInformationStore
from tests.conftest import ADMIN, ADMIN_PASSWORD

PASSWORD_ENV = "PORTAL_MANAGER_PASSWORD"
BOB = "bob"
BOB_PASSWORD = "bob-password-42"
AT = "2025-02-25T17:33:30Z"
TIME_FORMAT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
NOT_ADMIN = "Only members of Administrators"
WRONG_LOGIN = "Wrong user name or password."


@pytest.fixture(autouse=True)
def _admin_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, ADMIN_PASSWORD)
    monkeypatch.delenv("PORTAL_MANAGER_USER", raising=False)


class Cli:
    """Runs ``portal-manager`` in-process: argv, optional stdin and password, captured output."""

    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def __call__(self, *argv: str, stdin: str = "", password: str | None = ADMIN_PASSWORD
                 ) -> tuple[int, str, str]:
        if password is None:
            self.monkeypatch.delenv(PASSWORD_ENV, raising=False)
        else:
            self.monkeypatch.setenv(PASSWORD_ENV, password)
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        try:
            code = main(list(argv))
        except SystemExit as exit_:  # argparse's own usage errors and --help
            code = exit_.code
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    def ok(self, *argv: str, **kwargs) -> str:
        code, out, err = self(*argv, **kwargs)
        assert code == 0, f"{argv}: exit {code}: {err}"
        return out

    def json(self, *argv: str, **kwargs):
        return json.loads(self.ok(*argv, "--json", **kwargs))


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(capsys, monkeypatch)


@pytest.fixture
def portal_with_bob(portal_folder: Path, cli: Cli) -> Path:
    """The portal with the entry ``k1`` and the non-administrator ``bob``, added by the CLI."""
    cli.ok("vault", "add", "k1", "--description", "first key", "--user", ADMIN,
           "--portal", str(portal_folder), stdin="k1-secret-value\n")
    cli.ok("user", "add", BOB, "--user", ADMIN, "--portal", str(portal_folder),
           stdin=f"{BOB_PASSWORD}\n")
    return portal_folder


def stored_secrets(folder: Path, user: str = ADMIN, password: str = ADMIN_PASSWORD) -> dict:
    with Portal.open(folder) as portal:
        session = portal.login(user, password)
        entries = portal.store.unlock(session.user_name, session.private_key).entries
    return {name: entry.secret for name, entry in entries.items()}


def can_log_in(folder: Path, user: str, password: str) -> bool:
    with Portal.open(folder) as portal:
        try:
            portal.login(user, password)
        except Exception:
            return False
        return True


def exported_with(cli: Cli, folder: Path, target: Path, **sms_changes) -> Path:
    document = json.loads(cli.ok("mfa", "export", "--portal", str(folder)))
    document["services"]["sms"].update(sms_changes)
    target.write_text(json.dumps(document), encoding="utf-8")
    return target


def portal_files(folder: Path) -> dict[str, bytes]:
    return {
        path.name: path.read_bytes()
        for path in sorted(folder.iterdir())
        if path.is_file() and path.name != ".portal.lock"
    }


# -- 1. password sources -----------------------------------------------------------------------


def test_vault_add_with_the_password_from_the_environment(
    portal_folder: Path, cli: Cli
) -> None:
    out = cli.ok("vault", "add", "sevenKey", "--description", "seven.io", "--user", ADMIN,
                 "--portal", str(portal_folder), stdin="the-secret-from-stdin\n")
    assert "sevenKey" in out and "the-secret-from-stdin" not in out
    assert stored_secrets(portal_folder) == {"sevenKey": "the-secret-from-stdin"}


def test_vault_add_with_password_and_secret_from_stdin(portal_folder: Path, cli: Cli) -> None:
    cli.ok("vault", "add", "sevenKey", "--user", ADMIN, "--password-stdin",
           "--portal", str(portal_folder),
           stdin=f"{ADMIN_PASSWORD}\nsecond-line-secret\n", password=None)
    assert stored_secrets(portal_folder) == {"sevenKey": "second-line-secret"}


def test_password_stdin_wins_over_the_environment(portal_folder: Path, cli: Cli) -> None:
    cli.ok("vault", "add", "sevenKey", "--user", ADMIN, "--password-stdin",
           "--portal", str(portal_folder),
           stdin=f"{ADMIN_PASSWORD}\nline-two\n", password="not the password")
    assert stored_secrets(portal_folder) == {"sevenKey": "line-two"}


def test_user_add_with_the_password_from_the_environment(portal_folder: Path, cli: Cli) -> None:
    cli.ok("user", "add", "carol", "--user", ADMIN, "--portal", str(portal_folder),
           stdin="carol-password-1\n")
    assert can_log_in(portal_folder, "carol", "carol-password-1")
    assert not can_log_in(portal_folder, "carol", ADMIN_PASSWORD)


def test_user_add_with_both_passwords_from_stdin(portal_folder: Path, cli: Cli) -> None:
    cli.ok("user", "add", "carol", "--admin", "--user", ADMIN, "--password-stdin",
           "--portal", str(portal_folder), stdin=f"{ADMIN_PASSWORD}\ncarol-password-2\n",
           password=None)
    assert can_log_in(portal_folder, "carol", "carol-password-2")
    assert not can_log_in(portal_folder, "carol", ADMIN_PASSWORD)
    # Added as administrator: the store is sealed to her as well.
    assert stored_secrets(portal_folder, "carol", "carol-password-2") == {}


def test_init_with_password_stdin(tmp_path: Path, cli: Cli) -> None:
    folder = tmp_path / "new"
    cli.ok("init", "--portal", str(folder), "--name", "Acme", "--admin", "alice",
           "--password-stdin", stdin="alice-password\n", password="ignored password")
    assert can_log_in(folder, "alice", "alice-password")
    assert not can_log_in(folder, "alice", "ignored password")


@pytest.mark.parametrize(
    ("argv", "stdin"),
    [
        (["vault", "list"], ""),
        (["vault", "add", "k9"], "some-secret\n"),
        (["vault", "remove", "k1"], ""),
        (["vault", "change", "k1", "--description", "x"], ""),
        (["user", "list"], ""),
        (["user", "add", "carol"], "carol-password\n"),
        (["user", "passwd", ADMIN], "new-password-1\n"),
        (["user", "grant-admin", BOB], ""),
        (["mfa", "import", "-"], "{}\n"),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else None,
)
def test_without_a_password_source_the_command_names_the_variable(
    portal_with_bob: Path, cli: Cli, argv: list[str], stdin: str
) -> None:
    before = portal_files(portal_with_bob)
    code, out, err = cli(*argv, "--user", ADMIN, "--portal", str(portal_with_bob),
                         stdin=stdin, password=None)
    assert code == 2 and out == ""
    assert PASSWORD_ENV in err and "--password-stdin" in err
    assert portal_files(portal_with_bob) == before


def test_init_without_a_password_source(tmp_path: Path, cli: Cli) -> None:
    folder = tmp_path / "new"
    code, out, err = cli("init", "--portal", str(folder), "--name", "Acme", "--admin", "alice",
                         password=None)
    assert code == 2 and out == ""
    assert PASSWORD_ENV in err
    assert not (folder / "portal.json").exists()


def test_password_stdin_with_empty_stdin_is_a_clear_error(portal_folder: Path, cli: Cli) -> None:
    code, _, err = cli("vault", "list", "--user", ADMIN, "--password-stdin",
                       "--portal", str(portal_folder), stdin="", password=None)
    assert code == 2 and "standard input" in err


@pytest.mark.parametrize(
    "password_argument",
    [["--password", "hunter2-typed"], ["--password=hunter2-typed"], ["--pw", "hunter2-typed"]],
    ids=" ".join,
)
@pytest.mark.parametrize(
    "argv",
    [["vault", "list"], ["user", "list"], ["user", "add", "carol"], ["mfa", "import", "-"]],
    ids=" ".join,
)
def test_a_password_argument_is_refused(
    portal_folder: Path, cli: Cli, argv: list[str], password_argument: list[str]
) -> None:
    before = portal_files(portal_folder)
    code, out, err = cli(*argv, "--user", ADMIN, "--portal", str(portal_folder),
                         *password_argument, stdin="carol-password\n")
    assert code == 2 and out == ""
    assert "hunter2-typed" not in err  # the refused value is not repeated
    assert portal_files(portal_folder) == before


def test_a_bare_password_option_does_not_exist(portal_folder: Path, cli: Cli) -> None:
    # Not even as an abbreviation of --password-stdin.
    code, _, _ = cli("vault", "list", "--user", ADMIN, "--password",
                     "--portal", str(portal_folder), stdin=f"{ADMIN_PASSWORD}\n", password=None)
    assert code == 2


# -- 2. authorization --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "stdin"),
    [
        (["vault", "add", "k2"], "bob-tries-a-secret\n"),
        (["vault", "list"], ""),
        (["vault", "list", "--json"], ""),
        (["vault", "remove", "k1"], ""),
        (["vault", "change", "k1", "--description", "bob was here"], ""),
        (["vault", "change", "k1", "--secret"], "bob-tries-a-secret\n"),
        (["user", "add", "carol"], "carol-password\n"),
        (["user", "add", "mallory", "--admin"], "mallory-password\n"),
        (["user", "remove", ADMIN], ""),
        (["user", "grant-admin", BOB], ""),
        (["user", "revoke-admin", ADMIN], ""),
        (["user", "list"], ""),
        (["user", "list", "--json"], ""),
        (["user", "passwd", ADMIN], "taken-over-password\n"),
        (["mfa", "import", "IMPORT"], ""),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else None,
)
def test_a_non_administrator_is_refused(
    portal_with_bob: Path, tmp_path: Path, cli: Cli, argv: list[str], stdin: str
) -> None:
    document = exported_with(cli, portal_with_bob, tmp_path / "import.json", code_length=8)
    argv = [str(document) if arg == "IMPORT" else arg for arg in argv]
    before = portal_files(portal_with_bob)
    code, out, err = cli(*argv, "--user", BOB, "--portal", str(portal_with_bob),
                         stdin=stdin, password=BOB_PASSWORD)
    assert code == 2, out
    assert NOT_ADMIN in err
    assert "k1-secret-value" not in out + err and "bob-tries-a-secret" not in out + err
    assert portal_files(portal_with_bob) == before


def test_a_non_administrator_may_show_and_preview(portal_with_bob: Path, cli: Cli) -> None:
    assert "SMS" in cli.ok("mfa", "show", "--portal", str(portal_with_bob), password=None)
    shown = cli.json("mfa", "show", "--portal", str(portal_with_bob), password=None)
    assert shown["portal"]["name"] == "Acme Portal"
    preview = cli.json("preview", "sms", "--portal", str(portal_with_bob), "--code", "123456",
                       "--at", AT, password=None)
    assert preview["text"].startswith("123 456")


def test_a_non_administrator_changes_their_own_password(portal_with_bob: Path, cli: Cli) -> None:
    cli.ok("user", "passwd", BOB, "--user", BOB, "--portal", str(portal_with_bob),
           stdin="bob-new-password\n", password=BOB_PASSWORD)
    assert can_log_in(portal_with_bob, BOB, "bob-new-password")
    assert not can_log_in(portal_with_bob, BOB, BOB_PASSWORD)
    # ... and with both lines from stdin.
    cli.ok("user", "passwd", BOB, "--user", BOB, "--password-stdin",
           "--portal", str(portal_with_bob), stdin="bob-new-password\nbob-third-password\n",
           password=None)
    assert can_log_in(portal_with_bob, BOB, "bob-third-password")
    last = cli.json("audit", "list", "--portal", str(portal_with_bob))[-1]
    assert (last["user"], last["action"]) == (BOB, "user.password_changed")


def test_an_administrator_resets_another_users_password(portal_with_bob: Path, cli: Cli) -> None:
    cli.ok("user", "passwd", BOB, "--user", ADMIN, "--portal", str(portal_with_bob),
           stdin="reset-by-admin\n")
    assert can_log_in(portal_with_bob, BOB, "reset-by-admin")
    assert not can_log_in(portal_with_bob, BOB, BOB_PASSWORD)


# -- 3. wrong passwords ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [["vault", "list"], ["user", "list", "--json"], ["vault", "remove", "k1"],
     ["user", "grant-admin", BOB]],
    ids=" ".join,
)
def test_a_wrong_password_gets_the_same_answer_for_known_and_unknown_users(
    portal_with_bob: Path, cli: Cli, argv: list[str]
) -> None:
    before = portal_files(portal_with_bob)
    answers = []
    for user in (ADMIN, BOB, "ghost"):
        code, out, err = cli(*argv, "--user", user, "--portal", str(portal_with_bob),
                             password="wrong-password-typed")
        answers.append((code, out, err))
        assert code == 2 and out == "" and WRONG_LOGIN in err
        assert "wrong-password-typed" not in err
    code, out, err = cli(*argv, "--user", "ghost", "--password-stdin",
                         "--portal", str(portal_with_bob), stdin="wrong-password-typed\n",
                         password=None)
    answers.append((code, out, err))
    assert len(set(answers)) == 1
    assert portal_files(portal_with_bob) == before


def test_a_wrong_password_does_not_read_or_echo_the_secret(portal_folder: Path, cli: Cli) -> None:
    code, out, err = cli("vault", "add", "k5", "--user", ADMIN, "--portal", str(portal_folder),
                         stdin="never-used-secret\n", password="wrong-password-typed")
    assert code == 2 and WRONG_LOGIN in err
    assert "never-used-secret" not in out + err
    assert stored_secrets(portal_folder) == {}


# -- 4. the last administrator -----------------------------------------------------------------


def test_the_last_administrator_cannot_be_removed_or_revoked(
    portal_with_bob: Path, cli: Cli
) -> None:
    code, out, err = cli("user", "revoke-admin", ADMIN, "--user", ADMIN,
                         "--portal", str(portal_with_bob))
    assert code == 2 and out == ""
    assert "last member of Administrators" in err
    code, out, err = cli("user", "remove", ADMIN, "--user", ADMIN,
                         "--portal", str(portal_with_bob))
    assert code == 2 and out == ""
    assert "yourself" in err or "last member" in err
    users = cli.json("user", "list", "--user", ADMIN, "--portal", str(portal_with_bob))
    assert [u["name"] for u in users if u["administrator"]] == [ADMIN]
    assert stored_secrets(portal_with_bob) == {"k1": "k1-secret-value"}


def test_after_a_handover_the_revoked_administrator_is_shut_out(
    portal_with_bob: Path, cli: Cli
) -> None:
    folder = str(portal_with_bob)
    cli.ok("user", "grant-admin", BOB, "--user", ADMIN, "--portal", folder)
    cli.ok("user", "revoke-admin", ADMIN, "--user", BOB, "--portal", folder,
           password=BOB_PASSWORD)

    listed = cli.json("vault", "list", "--user", BOB, "--portal", folder, password=BOB_PASSWORD)
    assert [entry["name"] for entry in listed] == ["k1"]
    assert stored_secrets(portal_with_bob, BOB, BOB_PASSWORD) == {"k1": "k1-secret-value"}
    assert LoginInformationStore(portal_with_bob).recipients() == {BOB}

    for argv in (["vault", "list"], ["user", "list"], ["user", "grant-admin", ADMIN]):
        code, _, err = cli(*argv, "--user", ADMIN, "--portal", folder)
        assert code == 2 and NOT_ADMIN in err, argv
    # Now bob is the last administrator.
    code, _, err = cli("user", "revoke-admin", BOB, "--user", BOB, "--portal", folder,
                       password=BOB_PASSWORD)
    assert code == 2 and "last member of Administrators" in err


def test_an_administrator_removes_another_administrator(portal_with_bob: Path, cli: Cli) -> None:
    folder = str(portal_with_bob)
    cli.ok("user", "grant-admin", BOB, "--user", ADMIN, "--portal", folder)
    cli.ok("user", "remove", BOB, "--user", ADMIN, "--portal", folder)
    assert [u["name"] for u in cli.json("user", "list", "--user", ADMIN, "--portal", folder)] \
        == [ADMIN]
    assert LoginInformationStore(portal_with_bob).recipients() == {ADMIN}
    code, _, err = cli("vault", "list", "--user", BOB, "--portal", folder, password=BOB_PASSWORD)
    assert code == 2 and WRONG_LOGIN in err


# -- 5. JSON listings --------------------------------------------------------------------------


def test_user_list_json(portal_with_bob: Path, cli: Cli) -> None:
    users = cli.json("user", "list", "--user", ADMIN, "--portal", str(portal_with_bob))
    assert users == [
        {"name": ADMIN, "groups": ["Administrators"], "administrator": True},
        {"name": BOB, "groups": [], "administrator": False},
    ]
    text = cli.ok("user", "list", "--user", ADMIN, "--portal", str(portal_with_bob))
    assert ADMIN in text and BOB in text and "Administrators" in text


def test_vault_list_json_has_names_descriptions_and_users_but_no_secret(
    portal_with_bob: Path, tmp_path: Path, cli: Cli
) -> None:
    folder = str(portal_with_bob)
    cli.ok("vault", "add", "voiceKey", "--user", ADMIN, "--portal", folder,
           stdin="voice-secret-value\n")
    document = exported_with(cli, portal_with_bob, tmp_path / "i.json", api_key="k1")
    cli.ok("mfa", "import", str(document), "--user", ADMIN, "--portal", folder)

    code, out, err = cli("vault", "list", "--json", "--user", ADMIN, "--portal", folder)
    assert code == 0, err
    assert json.loads(out) == [
        {"name": "k1", "description": "first key", "used_by": ["sms"]},
        {"name": "voiceKey", "description": "", "used_by": []},
    ]
    text = cli.ok("vault", "list", "--user", ADMIN, "--portal", folder)
    assert "k1" in text and "first key" in text and "voiceKey" in text
    for shown in (out, text):
        assert "k1-secret-value" not in shown and "voice-secret-value" not in shown


# -- 6. audit ----------------------------------------------------------------------------------


def test_the_audit_trail_records_every_change(tmp_path: Path, cli: Cli) -> None:
    folder = str(tmp_path / "audited")
    login = ("--user", ADMIN, "--portal", folder)
    cli.ok("init", "--portal", folder, "--name", "Acme", "--admin", ADMIN)
    cli.ok("vault", "add", "k1", "--description", "old text", *login, stdin="audit-secret-1\n")
    cli.ok("vault", "change", "k1", "--secret", "--description", "new text", *login,
           stdin="audit-secret-2\n")
    cli.ok("user", "add", BOB, *login, stdin=f"{BOB_PASSWORD}\n")
    cli.ok("user", "grant-admin", BOB, *login)
    document = exported_with(cli, Path(folder), tmp_path / "i.json", code_length=8)
    cli.ok("mfa", "import", str(document), *login)
    cli.ok("vault", "remove", "k1", *login)
    cli.ok("user", "revoke-admin", BOB, *login)

    records = cli.json("audit", "list", "--portal", folder)
    assert [record["action"] for record in records] == [
        "portal.created", "store.entry_added", "store.entry_changed", "user.added",
        "user.granted_admin", "security.changed", "store.entry_removed", "user.revoked_admin",
    ]
    for record in records:
        assert set(record) == {"time", "user", "action", "details"}
        assert TIME_FORMAT.fullmatch(record["time"]), record["time"]
        assert record["user"] == ADMIN
    by_action = {record["action"]: record["details"] for record in records}
    assert by_action["security.changed"]["changes"] == [
        {"field": "sms.code_length", "old": 6, "new": 8}
    ]
    changed = by_action["store.entry_changed"]
    assert changed["name"] == "k1"
    assert changed["secret_changed"] is True
    assert changed["description"] == {"old": "old text", "new": "new text"}
    assert by_action["user.added"]["name"] == BOB
    assert by_action["user.granted_admin"]["name"] == BOB
    assert by_action["user.revoked_admin"]["name"] == BOB
    assert by_action["store.entry_removed"]["name"] == "k1"

    text = cli.ok("audit", "list", "--portal", folder)
    assert len(text.splitlines()) == len(records)
    for secret in ("audit-secret-1", "audit-secret-2", BOB_PASSWORD, ADMIN_PASSWORD):
        assert secret not in text
        assert secret not in (Path(folder) / "audit.log").read_text(encoding="utf-8")


def test_a_refused_command_adds_no_audit_record(portal_with_bob: Path, cli: Cli) -> None:
    folder = str(portal_with_bob)
    before = cli.json("audit", "list", "--portal", folder)
    cli("vault", "add", "k1", "--user", ADMIN, "--portal", folder, stdin="dup-secret\n")
    cli("vault", "list", "--user", BOB, "--portal", folder, password=BOB_PASSWORD)
    cli("user", "revoke-admin", ADMIN, "--user", ADMIN, "--portal", folder)
    assert cli.json("audit", "list", "--portal", folder) == before


# -- 7. the secret scan ------------------------------------------------------------------------

SECRET_CANARY = "sk-LEAK-CANARY-93e1f0"
PASSWORD_CANARY = "pw-LEAK-CANARY-5521"
CANARIES = (SECRET_CANARY, PASSWORD_CANARY)


def _encodings(canary: str) -> list[bytes]:
    """Byte patterns that betray ``canary``: plain, hex and base64 at each alignment."""
    raw = canary.encode("utf-8")
    patterns = [raw, raw.hex().encode(), raw.hex().upper().encode()]
    for prefix in (b"", b"x", b"xx"):
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            encoded = encode(prefix + raw)
            patterns.append(encoded[4:-4])  # independent of the neighbouring bytes
    return patterns


PATTERNS = {canary: _encodings(canary) for canary in CANARIES}


def leaks(data: str | bytes) -> list[str]:
    """The canaries found in ``data`` in any of their encodings."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    lowered = data.lower()
    found = []
    for canary, patterns in PATTERNS.items():
        if any(p in data or (_is_hex(p) and p.lower() in lowered) for p in patterns):
            found.append(canary)
    return found


def _is_hex(pattern: bytes) -> bool:
    return all(c in b"0123456789abcdefABCDEF" for c in pattern)


@pytest.mark.parametrize("canary", CANARIES)
@pytest.mark.parametrize("prefix", [b"", b"x", b"xx", b"xyz"])
def test_the_scanner_finds_every_encoding(canary: str, prefix: bytes) -> None:
    raw = canary.encode()
    for encoded in (raw, raw.hex().encode(), raw.hex().upper().encode(),
                    base64.b64encode(prefix + raw), base64.urlsafe_b64encode(prefix + raw)):
        assert leaks(b"{" + encoded + b"}") == [canary]
    assert leaks(b"sk-LEAK-CANARY-93e1f") == []


class ExceptionTexts:
    """Collects the text of every exception raised in Python code, even one caught later."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def _global(self, frame, event, arg):
        frame.f_trace_lines = False
        return self._local

    def _local(self, frame, event, arg):
        if event == "exception":
            exc_type, value, _ = arg
            try:
                self.texts.append(f"{exc_type.__name__}: {value!s} {value!r} {value.args!r}")
            except Exception:  # pragma: no cover - a broken __str__ is not our concern here
                self.texts.append(f"{exc_type.__name__}: <unprintable>")
        return self._local

    def __enter__(self) -> ExceptionTexts:
        self._previous = sys.gettrace()
        sys.settrace(self._global)
        return self

    def __exit__(self, *exc_info: object) -> None:
        sys.settrace(self._previous)


class ScanningCli(Cli):
    """Runs commands and keeps every output, log record and exception text to scan later."""

    def __init__(self, capsys, monkeypatch, caplog: pytest.LogCaptureFixture) -> None:
        super().__init__(capsys, monkeypatch)
        self.caplog = caplog
        self.transcript: list[tuple[tuple[str, ...], int, str, str]] = []
        self.exceptions = ExceptionTexts()

    def __call__(self, *argv: str, stdin: str = "", password: str | None = ADMIN_PASSWORD,
                 expect: int | None = 0) -> tuple[int, str, str]:
        if password is None:
            self.monkeypatch.delenv(PASSWORD_ENV, raising=False)
        else:
            self.monkeypatch.setenv(PASSWORD_ENV, password)
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        try:
            with self.exceptions:
                code = main(list(argv))
        except SystemExit as exit_:
            code = exit_.code
        except Exception as error:  # a traceback: reported below
            code = f"uncaught {type(error).__name__}: {error}"
        out, err = self.capsys.readouterr()
        self.transcript.append((argv, code, out, err))
        assert logging.getLogger().getEffectiveLevel() == logging.DEBUG
        if expect is not None:
            assert code == expect, f"{argv}: exit {code}: {err}"
        assert "Traceback" not in err
        return code, out, err

    def fails(self, *argv: str, **kwargs) -> str:
        code, _, err = self(*argv, expect=None, **kwargs)
        assert code in (1, 2), f"{argv}: exit {code}"
        return err


def _scan_all(tmp_path: Path, scanning: ScanningCli, caplog: pytest.LogCaptureFixture,
              extra_outputs: list[str]) -> list[str]:
    problems = []
    for argv, _, out, err in scanning.transcript:
        for stream, text in (("stdout", out), ("stderr", err)):
            if found := leaks(text):
                problems.append(f"{' '.join(argv)}: {stream} shows {found}: {text!r}")
    for text in extra_outputs:
        if found := leaks(text):
            problems.append(f"subprocess output shows {found}: {text!r}")
    for record in caplog.records:
        texts = [record.getMessage(), repr(record.args), record.exc_text or ""]
        if record.exc_info:
            texts.append(logging.Formatter().formatException(record.exc_info))
        if found := leaks("\n".join(texts)):
            problems.append(f"log record {record.name}:{record.levelname} shows {found}")
    for text in scanning.exceptions.texts:
        if found := leaks(text):
            problems.append(f"exception text shows {found}: {text}")
    for path in sorted(tmp_path.rglob("*")):
        if path.is_file() and (found := leaks(path.read_bytes())):
            problems.append(f"file {path.relative_to(tmp_path)} holds {found}")
    return problems


def _subprocess(argv: list[str], *, password: str, stdin: str) -> subprocess.CompletedProcess:
    env = {**os.environ, PASSWORD_ENV: password}
    env.pop("PORTAL_MANAGER_USER", None)
    return subprocess.run([sys.executable, "-m", "portal_manager", *argv], input=stdin,
                          capture_output=True, text=True, env=env, check=False, timeout=60)


def test_no_secret_or_password_leaks_anywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture, recwarn: pytest.WarningsRecorder,
) -> None:
    caplog.set_level(logging.DEBUG)
    cli = ScanningCli(capsys, monkeypatch, caplog)
    folder = str(tmp_path / "scanned")
    admin = ("--user", ADMIN, "--portal", folder)
    carol = ("--user", "carol", "--portal", folder)

    # Set-up and the successful commands.
    cli("init", "--portal", folder, "--name", "Acme", "--admin", ADMIN, "--languages", "en,de")
    cli("vault", "add", "sevenKey", "--description", "seven.io", *admin,
        stdin=f"{SECRET_CANARY}\n")
    cli("vault", "add", "otherKey", *admin, "--password-stdin",
        stdin=f"{ADMIN_PASSWORD}\nother-secret\n", password=None)
    cli("vault", "change", "otherKey", "--secret", "--description", "spare", *admin,
        stdin=f"{SECRET_CANARY}\n")
    cli("vault", "change", "sevenKey", "--secret", *admin, "--password-stdin",
        stdin=f"{ADMIN_PASSWORD}\n{SECRET_CANARY}\n", password=None)
    cli("vault", "change", "sevenKey", "--description", "seven.io key", *admin)
    cli("user", "add", "carol", *admin, stdin=f"{PASSWORD_CANARY}\n")
    cli("user", "add", "dave", "--admin", *admin, "--password-stdin",
        stdin=f"{ADMIN_PASSWORD}\n{PASSWORD_CANARY}\n", password=None)
    cli("user", "passwd", "carol", *carol, stdin=f"{PASSWORD_CANARY}\n", password=PASSWORD_CANARY)
    cli("user", "passwd", "carol", *carol, "--password-stdin",
        stdin=f"{PASSWORD_CANARY}\n{PASSWORD_CANARY}\n", password=None)
    cli("user", "passwd", "dave", *admin, stdin=f"{PASSWORD_CANARY}\n")
    cli("user", "grant-admin", "carol", *admin)
    cli("vault", "list", *carol, password=PASSWORD_CANARY)
    cli("vault", "list", "--json", "--user", "dave", "--portal", folder, password=PASSWORD_CANARY)
    cli("user", "revoke-admin", "carol", "--user", "dave", "--portal", folder,
        password=PASSWORD_CANARY)
    cli("user", "list", *admin)
    cli("user", "list", "--json", *admin)
    _, exported, _ = cli("mfa", "export", "--portal", folder)
    document = json.loads(exported)
    document["services"]["sms"].update(api_key="sevenKey", activated=True, code_length=8)
    document["services"]["voice"].update(api_key="otherKey")
    (tmp_path / "import.json").write_text(json.dumps(document), encoding="utf-8")
    cli("mfa", "import", str(tmp_path / "import.json"), *admin)
    cli("mfa", "import", "-", *admin, "--password-stdin",
        stdin=f"{ADMIN_PASSWORD}\n{json.dumps(document)}\n", password=None)
    cli("mfa", "export", "--portal", folder, str(tmp_path / "exported.json"))
    cli("mfa", "show", "--portal", folder)
    cli("mfa", "show", "--json", "--portal", folder)
    cli("preview", "sms", "--portal", folder, "--code", "12345678", "--at", AT, "--json")
    cli("preview", "voice", "--portal", folder, "--code", "123456", "--at", AT)
    cli("vault", "list", *admin)
    cli("vault", "list", "--json", *admin)
    cli("audit", "list", "--portal", folder)
    cli("audit", "list", "--json", "--portal", folder)

    # Failing commands, with the canaries on stdin or as the typed password.
    cli.fails("vault", "add", "sevenKey", *admin, stdin=f"{SECRET_CANARY}\n")  # duplicate
    cli.fails("vault", "add", "Bad-Name", *admin, stdin=f"{SECRET_CANARY}\n")
    cli.fails("vault", "add", "k3", "--description", "d" * 600, *admin, stdin=f"{SECRET_CANARY}\n")
    cli.fails("vault", "add", "k3", *admin, stdin="")  # stdin ended
    cli.fails("vault", "change", "missingKey", "--secret", *admin, stdin=f"{SECRET_CANARY}\n")
    cli.fails("vault", "remove", "sevenKey", *admin)  # used by SMS
    cli.fails("vault", "remove", "missingKey", *admin)
    cli.fails("vault", "add", "k4", *carol, stdin=f"{SECRET_CANARY}\n", password=PASSWORD_CANARY)
    cli.fails("vault", "change", "sevenKey", "--secret", *carol, stdin=f"{SECRET_CANARY}\n",
              password=PASSWORD_CANARY)
    cli.fails("vault", "list", *carol, password=PASSWORD_CANARY)
    cli.fails("vault", "list", "--user", "nobody", "--portal", folder, password=PASSWORD_CANARY)
    cli.fails("vault", "list", *admin, password=PASSWORD_CANARY)  # wrong password
    cli.fails("vault", "add", "k5", *admin, "--password-stdin",
              stdin=f"{SECRET_CANARY}\n{SECRET_CANARY}\n", password=None)  # wrong order
    cli.fails("user", "add", "carol", *admin, stdin=f"{PASSWORD_CANARY}\n")  # duplicate
    cli.fails("user", "add", "bad name!", *admin, stdin=f"{PASSWORD_CANARY}\n")
    cli.fails("user", "add", "erin", *admin, stdin="short\n")
    cli.fails("user", "passwd", "nobody", *admin, stdin=f"{PASSWORD_CANARY}\n")
    cli.fails("user", "passwd", ADMIN, *carol, stdin=f"{PASSWORD_CANARY}\n",
              password=PASSWORD_CANARY)
    cli.fails("user", "remove", ADMIN, *admin)
    cli.fails("user", "revoke-admin", "carol", *admin)  # not an administrator
    cli.fails("user", "grant-admin", "nobody", *admin)
    cli.fails("user", "list", *carol, password=PASSWORD_CANARY)
    cli.fails("mfa", "import", "-", *carol, "--password-stdin",
              stdin=f"{PASSWORD_CANARY}\n{json.dumps(document)}\n", password=None)
    broken = dict(document, services={**document["services"],
                                      "sms": {**document["services"]["sms"],
                                              "api_key": "missingKey"}})
    cli.fails("mfa", "import", "-", *admin, stdin=json.dumps(broken))
    cli.fails("mfa", "import", "-", *admin, stdin="{not json")
    cli.fails("vault", "list", *admin, "--password", PASSWORD_CANARY.replace("CANARY", "ARG"))

    # The canaries made it in: the scan below is not vacuous.
    assert stored_secrets(Path(folder)) == {"sevenKey": SECRET_CANARY, "otherKey": SECRET_CANARY}
    assert can_log_in(Path(folder), "carol", PASSWORD_CANARY)
    assert len(cli.transcript) > 50

    # A few real processes (production scrypt for new credentials; keep them few).
    outputs = []
    for argv, password, stdin in [
        (["vault", "change", "otherKey", "--secret", *admin], ADMIN_PASSWORD,
         f"{SECRET_CANARY}\n"),
        (["vault", "add", "sevenKey", *admin], ADMIN_PASSWORD, f"{SECRET_CANARY}\n"),
        (["user", "passwd", "carol", *carol, "--password-stdin"], "unused",
         f"{PASSWORD_CANARY}\n{PASSWORD_CANARY}\n"),
        (["vault", "list", "--json", "--user", "dave", "--portal", folder], PASSWORD_CANARY, ""),
        (["audit", "list", "--portal", folder], ADMIN_PASSWORD, ""),
    ]:
        result = _subprocess(argv, password=password, stdin=stdin)
        outputs += [result.stdout, result.stderr]
        assert "Traceback" not in result.stderr
        assert result.returncode in (0, 2), result.stderr
    assert can_log_in(Path(folder), "carol", PASSWORD_CANARY)

    problems = _scan_all(tmp_path, cli, caplog, outputs)
    problems += [f"warning shows {found}" for w in recwarn if (found := leaks(str(w.message)))]
    assert problems == []


def test_mfa_import_does_not_echo_a_pasted_secret(portal_folder: Path, cli: Cli) -> None:
    folder = str(portal_folder)
    cli.ok("vault", "add", "sevenKey", "--user", ADMIN, "--portal", folder,
           stdin=f"{SECRET_CANARY}\n")
    document = json.loads(cli.ok("mfa", "export", "--portal", folder))
    document["services"]["sms"]["api_key"] = SECRET_CANARY
    code, out, err = cli("mfa", "import", "-", "--user", ADMIN, "--portal", folder,
                         stdin=json.dumps(document))
    assert code == 2
    assert leaks(out + err) == []


# -- 8. help -----------------------------------------------------------------------------------

HELP_COMMANDS = [
    ["init"], ["user"], ["user", "add"], ["user", "remove"], ["user", "passwd"],
    ["user", "grant-admin"], ["user", "revoke-admin"], ["user", "list"],
    ["vault"], ["vault", "add"], ["vault", "change"], ["vault", "list"], ["vault", "remove"],
    ["audit"], ["audit", "list"], ["mfa", "import"],
]
LOGIN_COMMANDS = [command for command in HELP_COMMANDS
                  if len(command) == 2 and command[0] in ("user", "vault", "mfa")]


@pytest.fixture
def help_text(cli: Cli) -> Iterator:
    def show(command: list[str]) -> str:
        code, out, err = cli(*command, "--help")
        assert code == 0, err
        assert out.startswith(f"usage: portal-manager {' '.join(command)}")
        return out
    yield show


@pytest.mark.parametrize("command", HELP_COMMANDS, ids=" ".join)
def test_every_new_command_has_help(help_text, command: list[str]) -> None:
    help_text(command)


@pytest.mark.parametrize("command", LOGIN_COMMANDS, ids=" ".join)
def test_the_help_of_login_commands_says_where_the_password_comes_from(
    help_text, command: list[str]
) -> None:
    text = help_text(command)
    assert "--user" in text and "--password-stdin" in text
    assert PASSWORD_ENV in " ".join(text.split())


def test_help_in_a_real_process() -> None:
    result = subprocess.run([sys.executable, "-m", "portal_manager", "vault", "add", "--help"],
                            capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("usage: portal-manager vault add")
