"""The command line never ends in a traceback and does what the README says.

One regression test (or a few) per problem a tester found: the last-resort
handler, bytes that are not UTF-8, no display, a closed pipe, --portal before
the command, an empty --lang, malformed codes, account-name limits, output
files that are symlinks, FIFOs or devices, an empty `vault change`, and
messages without Python reprs. Items 1–4 run real processes.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from portal_manager.__main__ import display_missing, main, traceback_without_values
from portal_manager.app.portal import Portal
from portal_manager.errors import InvalidInputError
from portal_manager.mfa.totp import (
    MAX_ACCOUNT_LENGTH,
    QR_MAX_BYTES,
    new_secret,
    otpauth_uri,
    qr_png,
)
from portal_manager.portal.files import PortalFileError, write_output_file
from tests.conftest import ADMIN, ADMIN_PASSWORD

REPO = Path(__file__).resolve().parents[1]
PASSWORD_ENV = "PORTAL_MANAGER_PASSWORD"
UNEXPECTED = "an unexpected error occurred"
CANARY = "CANARY-s3cr3t-in-an-exception-message"
on_linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux behaviour")


@pytest.fixture(autouse=True)
def _admin_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, ADMIN_PASSWORD)
    monkeypatch.delenv("PORTAL_MANAGER_USER", raising=False)
    monkeypatch.delenv("PORTAL_MANAGER_DEBUG", raising=False)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse's own usage errors
        code = exit_.code
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def process(
    argv: list[str | bytes],
    *,
    stdin: bytes = b"",
    env: dict | None = None,
    **kwargs,
) -> subprocess.CompletedProcess:
    """``python -m portal_manager ARGV`` as a real process; output as bytes."""
    return subprocess.run(
        [sys.executable, "-m", "portal_manager", *argv],
        input=stdin,
        capture_output="stdout" not in kwargs,
        env=os.environ.copy() if env is None else env,
        cwd=REPO,
        check=False,
        timeout=60,
        **kwargs,
    )


def script(code: str, *, env: dict | None = None) -> subprocess.CompletedProcess:
    """A Python script in a real process, as text."""
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False,
        env=os.environ.copy() if env is None else env, timeout=60,
    )


# -- 1. the last resort --------------------------------------------------------------------------

# stdout breaks with an exception nobody planned for; its message holds a "secret".
EXPLODING_STDOUT = """
import io, sys
from portal_manager.__main__ import main

class ExplodingStdout(io.TextIOBase):
    def write(self, text):
        raise {exception}("{canary}")

sys.stdout = ExplodingStdout()
sys.exit(main(["mfa", "show", "--portal", {folder!r}]))
"""


def _exploding_stdout(folder: Path, exception: str, **env: str) -> subprocess.CompletedProcess:
    code = EXPLODING_STDOUT.format(exception=exception, canary=CANARY, folder=str(folder))
    return script(code, env={**os.environ, **env})


def test_an_unexpected_exception_ends_in_a_message_and_exit_2(portal_folder: Path) -> None:
    result = _exploding_stdout(portal_folder, "RuntimeError")
    assert result.returncode == 2
    assert result.stderr.startswith(f"portal-manager: {UNEXPECTED} (RuntimeError).")
    assert "PORTAL_MANAGER_DEBUG=1" in result.stderr
    assert "Traceback" not in result.stderr and CANARY not in result.stderr


def test_the_debug_traceback_has_frames_and_types_but_no_messages(portal_folder: Path) -> None:
    result = _exploding_stdout(portal_folder, "RuntimeError", PORTAL_MANAGER_DEBUG="1")
    assert result.returncode == 2
    assert ("portal-manager: debug: Traceback (most recent call last; values left out):"
            in result.stderr)
    assert "in run_show" in result.stderr and "line " in result.stderr
    assert "\nRuntimeError\n" in result.stderr
    assert CANARY not in result.stderr


def test_keyboard_interrupt_still_exits_130(portal_folder: Path) -> None:
    result = _exploding_stdout(portal_folder, "KeyboardInterrupt")
    assert result.returncode == 130
    assert UNEXPECTED not in result.stderr and "Traceback" not in result.stderr


def test_argparse_usage_errors_stay_as_they_are() -> None:
    result = process(["mfa", "no-such-command"])
    assert result.returncode == 2
    assert result.stderr.startswith(b"usage: portal-manager mfa")
    assert UNEXPECTED.encode() not in result.stderr


def test_the_value_free_traceback_keeps_chained_types_and_drops_every_message() -> None:
    def inner() -> None:
        raise KeyError(CANARY)

    def outer() -> None:
        try:
            inner()
        except KeyError as error:
            raise ValueError(CANARY) from error

    with pytest.raises(ValueError) as caught:
        outer()
    text = traceback_without_values(caught.value)
    assert CANARY not in text
    assert text.index("KeyError") < text.index("direct cause") < text.index("ValueError")
    assert "<locals>.inner" in text and "<locals>.outer" in text


# -- 2. bytes that are not UTF-8 ----------------------------------------------------------------


def test_an_argument_that_is_not_utf8_is_refused_by_position(portal_folder: Path) -> None:
    result = process(["mfa", "show", "--portal", b"/tmp/\xff\xfe-folder"])
    assert result.returncode == 2
    assert result.stderr.startswith(b"portal-manager: argument 4 is not valid UTF-8 text")
    assert b"\xff" not in result.stderr and b"Traceback" not in result.stderr


@pytest.mark.parametrize("locale", ["C.UTF-8", "C"])
@pytest.mark.parametrize(
    "argv",
    [
        ["vault", "list", "--user", ADMIN, "--password-stdin"],
        ["totp", "check", "--secret", "-", "--code", "123456"],
        ["totp", "uri", "--account", "alice", "--secret", "-"],
    ],
    ids=["password", "totp check secret", "totp uri secret"],
)
def test_standard_input_that_is_not_utf8_is_refused(
    portal_folder: Path, argv: list[str], locale: str
) -> None:
    env = {**os.environ, "LC_ALL": locale}
    result = process([*argv, "--portal", str(portal_folder)], stdin=b"\xff\xfe\n", env=env)
    assert result.returncode == 2
    assert result.stderr == b"portal-manager: standard input is not UTF-8 text; save the file " \
        b"(or set the terminal) as UTF-8 and try again.\n"


@pytest.mark.parametrize("variable", ["PORTAL_MANAGER_PASSWORD", "PORTAL_MANAGER_USER"])
def test_login_variables_that_are_not_utf8_are_refused(portal_folder: Path, variable: str) -> None:
    env = {**os.environ, "PORTAL_MANAGER_USER": ADMIN, variable: b"\xffadmin"}
    result = process(["vault", "list", "--portal", str(portal_folder)], env=env)
    assert result.returncode == 2
    assert result.stderr.startswith(f"portal-manager: {variable} is not UTF-8 text".encode())
    assert b"\xff" not in result.stderr


# -- 3. no display ------------------------------------------------------------------------------


def _without_display() -> dict[str, str]:
    env = os.environ.copy()
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


@on_linux
def test_without_a_display_the_app_says_so_before_qt_is_loaded(portal_folder: Path) -> None:
    result = script(
        "import sys\n"
        "from portal_manager.__main__ import main\n"
        "code = main([])\n"
        "assert 'PySide6' not in sys.modules, 'Qt was loaded'\n"
        "sys.exit(code)\n",
        env=_without_display(),
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("portal-manager: No display found: the desktop app needs")
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr


def test_an_explicit_qt_platform_needs_no_display() -> None:
    assert display_missing({}, "linux")
    assert not display_missing({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not display_missing({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not display_missing({}, "win32")


# -- 4. a reader that goes away -----------------------------------------------------------------


@pytest.mark.parametrize(
    "argv", [["mfa", "export", "--portal", "{portal}"], ["--help"]], ids=["export", "help"]
)
def test_a_closed_pipe_ends_quietly_with_exit_0(portal_folder: Path, argv: list[str]) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # like "| head -1" having read its line: every write fails with EPIPE
    try:
        argv = [part.replace("{portal}", str(portal_folder)) for part in argv]
        result = process(argv, stdout=write_end, stderr=subprocess.PIPE)
    finally:
        os.close(write_end)
    assert result.returncode == 0
    assert result.stderr == b""


# -- 5. --portal before the command -------------------------------------------------------------


def test_portal_before_the_command_applies_to_it(
    portal_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--portal", str(portal_folder), "mfa", "show")
    assert code == 0, err
    assert out.startswith("Portal: Acme Portal")


def test_the_commands_own_portal_wins(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--portal", str(tmp_path / "elsewhere"), "mfa", "show",
                         "--portal", str(portal_folder))
    assert code == 0, err
    assert out.startswith("Portal: Acme Portal")


@on_linux
def test_portal_alone_still_starts_the_desktop_app(portal_folder: Path) -> None:
    # Without a display the desktop start says so: proof that it was chosen.
    result = process(["--portal", str(portal_folder)], env=_without_display())
    assert result.returncode == 2
    assert b"No display found" in result.stderr


# -- 6. an empty --lang -------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_lang_is_refused_not_taken_as_the_default(
    portal_folder: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    code, out, err = run(capsys, "preview", "sms", "--portal", str(portal_folder), "--lang", value)
    assert code == 2 and out == ""
    assert "--lang: must not be empty" in err


def test_an_empty_default_language_is_refused_by_init(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "init", "--portal", str(tmp_path / "new"), "--name", "Acme",
                       "--admin", ADMIN, "--default-language", "")
    assert code == 2 and "--default-language: must not be empty" in err
    assert not (tmp_path / "new").exists()


# -- 7. malformed codes -------------------------------------------------------------------------


@pytest.mark.parametrize("bad_code", ["12a456", "12345", "1234567", "١٢٣٤٥٦"])
def test_a_malformed_code_is_exit_2_for_totp_check_and_preview_alike(
    portal_folder: Path, capsys: pytest.CaptureFixture[str], bad_code: str
) -> None:
    check = run(capsys, "totp", "check", "--portal", str(portal_folder),
                "--secret", new_secret(), "--code", bad_code)
    preview = run(capsys, "preview", "sms", "--portal", str(portal_folder), "--code", bad_code)
    assert check[0] == preview[0] == 2
    assert check[2] == preview[2] and check[2].startswith("portal-manager: --code must")
    assert bad_code not in check[2]


def test_a_spaced_code_as_apps_show_it_is_still_checked(
    portal_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Six digits, only not the right ones: the answer is "no", not "malformed".
    code, _, err = run(capsys, "totp", "check", "--portal", str(portal_folder),
                       "--secret", "JBSWY3DPEHPK3PXP", "--code", "000 000")
    assert code in (0, 1), err


def test_totp_check_help_says_it_has_no_replay_memory() -> None:
    result = process(["totp", "check", "--help"])
    assert b"no replay memory" in result.stdout


# -- 8. account names and QR capacity -----------------------------------------------------------


@pytest.mark.parametrize(
    ("account", "message"),
    [
        ("a" * 3000, f"at most {MAX_ACCOUNT_LENGTH} are allowed"),
        ("alice:admin", "must not contain a colon"),
        ("alice\nadmin", "control or invisible characters"),
        ("alice\u202eadmin", "control or invisible characters"),
    ],
    ids=["too long", "colon", "line break", "right-to-left override"],
)
def test_totp_uri_refuses_an_account_name_before_building_the_qr_code(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    account: str, message: str,
) -> None:
    qr = tmp_path / "qr.png"
    code, out, err = run(capsys, "totp", "uri", "--portal", str(portal_folder),
                         "--account", account, "--qr", str(qr))
    assert code == 2 and out == ""
    assert message in err and account not in err
    assert not qr.exists()


def test_an_account_name_of_the_longest_allowed_length_makes_a_qr_code() -> None:
    uri = otpauth_uri("Acme Portal", "a" * MAX_ACCOUNT_LENGTH, new_secret())
    assert qr_png(uri).startswith(b"\x89PNG")


def test_a_uri_too_long_for_a_qr_code_is_refused_with_a_clear_error() -> None:
    # Within the account-name limit, but each of these characters takes 12 bytes in the URI.
    with pytest.raises(InvalidInputError, match=f"holds at most {QR_MAX_BYTES}"):
        otpauth_uri("Acme Portal", "😀" * 200, new_secret())


def test_qr_png_refuses_too_long_data_with_an_input_error() -> None:
    with pytest.raises(InvalidInputError, match="QR code holds at most"):
        qr_png("otpauth://totp/" + "a" * QR_MAX_BYTES)


# -- 9. output files: symlinks, FIFOs, devices, modes -------------------------------------------


def test_a_symlinked_export_target_is_written_through(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "real.json"
    link = tmp_path / "link.json"
    link.symlink_to(target)
    code, _, err = run(capsys, "mfa", "export", "--portal", str(portal_folder), str(link))
    assert code == 0, err
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "portal-manager-mfa"


def test_a_symlinked_qr_target_is_written_through(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "real.png"
    target.write_bytes(b"old")
    link = tmp_path / "link.png"
    link.symlink_to(target)
    code, _, err = run(capsys, "totp", "uri", "--portal", str(portal_folder),
                       "--account", "alice", "--qr", str(link))
    assert code == 0, err
    assert link.is_symlink() and target.read_bytes().startswith(b"\x89PNG")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_an_export_to_a_fifo_is_written_into_it_not_replaced(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "export.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    code, _, err = run(capsys, "mfa", "export", "--portal", str(portal_folder), str(fifo))
    reader.join(timeout=30)
    assert code == 0, err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert json.loads(received[0])["format"] == "portal-manager-mfa"


# Devices are reached through a symlink in tmp_path, as /dev/stdout is one: should the
# code ever replace its target again, only that symlink is lost, never a system file.


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="needs /dev/full")
def test_a_full_device_is_an_error_naming_the_given_path(tmp_path: Path) -> None:
    full = tmp_path / "full"
    full.symlink_to("/dev/full")
    with pytest.raises(PortalFileError) as caught:
        write_output_file(full, b"data")
    assert str(caught.value) == f"{full}: cannot be written (No space left on device)."
    assert full.is_symlink() and full.is_char_device()


@on_linux
def test_an_export_to_stdout_by_its_file_name_reaches_the_pipe(
    portal_folder: Path, tmp_path: Path
) -> None:
    stdout = tmp_path / "stdout"
    stdout.symlink_to("/proc/self/fd/1")  # what /dev/stdout is
    result = process(["mfa", "export", "--portal", str(portal_folder), str(stdout)])
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["format"] == "portal-manager-mfa"
    assert stdout.is_symlink()


def test_an_overwritten_file_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "shared.json"
    path.write_bytes(b"old")
    path.chmod(0o664)
    write_output_file(path, b"new")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o664


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_new_output_file_respects_the_umask_and_private_files_are_owner_only(
    tmp_path: Path,
) -> None:
    old_umask = os.umask(0o027)
    try:
        write_output_file(tmp_path / "export.json", b"{}")
        write_output_file(tmp_path / "qr.png", b"png", private=True)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE((tmp_path / "export.json").stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "qr.png").stat().st_mode) == 0o600


def test_an_output_error_names_the_given_path_not_a_temporary_file(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "missing-folder" / "real.json")
    with pytest.raises(PortalFileError) as caught:
        write_output_file(link, b"{}")
    assert str(caught.value) == f"{link}: cannot be written (No such file or directory)."
    assert list(tmp_path.iterdir()) == [link]


def test_an_output_folder_is_refused_with_a_message(tmp_path: Path) -> None:
    with pytest.raises(PortalFileError, match="is a folder"):
        write_output_file(tmp_path, b"{}")


# -- 10. vault change with nothing to change ----------------------------------------------------


def test_vault_change_without_changes_is_refused_before_logging_in(
    portal_folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSWORD_ENV)  # refused before a password is even looked for
    before = {path.name: path.read_bytes() for path in portal_folder.iterdir() if path.is_file()}
    code, out, err = run(capsys, "vault", "change", "k1", "--user", ADMIN,
                         "--portal", str(portal_folder))
    assert code == 2 and out == ""
    assert "Nothing to change" in err and "--description" in err and "--secret" in err
    after = {path.name: path.read_bytes() for path in portal_folder.iterdir() if path.is_file()}
    assert after == before


# -- 11. messages without Python reprs; the README's positions rule ------------------------------


def test_init_names_the_portal_without_a_python_repr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "init", "--portal", str(tmp_path / "new"), "--name", "Acme's",
                       "--admin", ADMIN)
    assert code == 0
    assert out.startswith('Created the portal "Acme\'s" in ')
    with Portal.open(tmp_path / "new") as portal:
        assert portal.general.name == "Acme's"


def test_a_refused_time_is_not_echoed(
    portal_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "preview", "sms", "--portal", str(portal_folder),
                       "--at", "'hunter2'")
    assert code == 2 and "hunter2" not in err and "expected a UTC time" in err


def test_the_readme_states_how_positions_count() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Command line"):readme.index("## Message templates")]
    command_line = " ".join(section.split())
    assert "count characters from 1" in command_line
    assert "`position` fields are 0-based" in command_line
