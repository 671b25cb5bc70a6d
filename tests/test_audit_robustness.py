"""The audit trail survives damage: torn appends, empty and header-less logs, newer
versions, links and non-files in its place, failing writes, garbage lines."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from portal_manager.__main__ import main
from portal_manager.audit.trail import HEADER_LINE, MAX_LINE_BYTES, AuditTrail
from portal_manager.portal.files import CorruptFileError, NewerFormatError, PortalFileError
from tests.conftest import ADMIN

HEADER = HEADER_LINE + "\n"
WORKTREE = Path(__file__).resolve().parent.parent
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_posix = pytest.mark.skipif(os.name != "posix", reason="POSIX file types and signals")
needs_permissions = pytest.mark.skipif(
    IS_ROOT or os.name != "posix", reason="root ignores file permissions"
)


def record_line(action: str, user: str = ADMIN) -> str:
    return json.dumps({"time": "2026-01-02T03:04:05Z", "user": user, "action": action,
                       "details": {}}) + "\n"


def write_log(folder: Path, text: str | bytes) -> Path:
    path = folder / "audit.log"
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return path


def actions(trail: AuditTrail) -> list[str]:
    return [record.action for record in trail.records()]


class Blocked(Exception):  # not an OSError on purpose: the trail must not swallow it
    """An open or read waited for a FIFO's other end."""


@pytest.fixture
def never_blocks() -> Iterator[None]:
    """Turn a hang on a FIFO into a failure instead of a stuck test run."""

    def interrupt(signum, frame) -> None:
        raise Blocked

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.alarm(5)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [entry.getMessage() for entry in caplog.records
            if entry.name == "portal_manager.audit" and entry.levelno == logging.WARNING]


# -- 1. a torn last line ---------------------------------------------------------------------


def test_a_record_after_a_torn_last_line_starts_on_a_fresh_line(tmp_path: Path) -> None:
    torn = record_line("user.added")[:30]  # a crash in the middle of an append
    write_log(tmp_path, HEADER + record_line("portal.created") + torn)
    trail = AuditTrail(tmp_path)

    assert trail.record(ADMIN, "user.removed", name="bob") is not None

    reading = trail.read()
    assert [record.action for record in reading.records] == ["portal.created", "user.removed"]
    assert reading.damaged_lines == [3]
    assert trail.path.read_text().splitlines()[2] == torn


def test_records_keep_being_added_after_a_torn_line(tmp_path: Path) -> None:
    write_log(tmp_path, HEADER + record_line("portal.created")[:-10])
    trail = AuditTrail(tmp_path)
    for action in ("a.one", "a.two", "a.three"):
        trail.record(ADMIN, action)
    assert actions(trail) == ["a.one", "a.two", "a.three"]
    assert trail.read().damaged_lines == [2]


@pytest.mark.parametrize(("user", "action"), [
    ("mallory\x1b[31m", "user.added"),              # a terminal escape
    (ADMIN, "user.added\nforged  line"),             # a second, forged line
    ("\u202enimda", "user.added"),                   # right-to-left override: reads "admin"
])
def test_a_record_with_control_characters_is_damage_not_printed(
    tmp_path: Path, user: str, action: str
) -> None:
    """Someone who can write the folder must not forge lines or steer the terminal."""
    write_log(tmp_path, HEADER + record_line("portal.created")
              + json.dumps({"time": "2026-01-02T03:04:05Z", "user": user, "action": action,
                            "details": {}}) + "\n")
    reading = AuditTrail(tmp_path).read()
    assert [record.action for record in reading.records] == ["portal.created"]
    assert reading.damaged_lines == [3]


# -- 2. empty and header-less logs -----------------------------------------------------------


def test_an_empty_log_lists_nothing_and_gets_its_header_with_the_next_record(
    tmp_path: Path,
) -> None:
    trail = AuditTrail(tmp_path)
    write_log(tmp_path, b"")
    assert trail.read().records == [] and trail.read().problems() == []
    trail.check_appendable()

    trail.record(ADMIN, "portal.created")

    assert trail.path.read_text().splitlines()[0] == HEADER_LINE
    reading = trail.read()
    assert [record.action for record in reading.records] == ["portal.created"]
    assert reading.problems() == []


def test_a_new_log_is_created_private_with_its_header(tmp_path: Path) -> None:
    trail = AuditTrail(tmp_path)
    assert trail.read().records == []
    trail.check_appendable()
    trail.record(ADMIN, "portal.created")
    assert trail.path.read_text().splitlines()[0] == HEADER_LINE
    if os.name == "posix":
        assert trail.path.stat().st_mode & 0o777 == 0o600


def test_a_header_less_log_is_listed_and_appended_to(tmp_path: Path) -> None:
    write_log(tmp_path, record_line("portal.created") + record_line("user.added"))
    trail = AuditTrail(tmp_path)
    trail.check_appendable()

    trail.record(ADMIN, "user.removed")

    reading = trail.read()
    assert [record.action for record in reading.records] == [
        "portal.created", "user.added", "user.removed"]
    assert reading.header_missing and reading.damaged_lines == []
    assert any("header" in problem for problem in reading.problems())


def test_a_log_whose_first_line_is_garbage_keeps_its_other_records(tmp_path: Path) -> None:
    write_log(tmp_path, '{"format": "portal-au\n' + record_line("user.added"))
    trail = AuditTrail(tmp_path)
    trail.check_appendable()
    reading = trail.read()
    assert [record.action for record in reading.records] == ["user.added"]
    assert reading.damaged_lines == [1] and reading.header_missing


# -- 3. a newer format version ---------------------------------------------------------------


def newer_log(folder: Path) -> Path:
    newer = json.loads(record_line("user.added"))
    newer["origin"] = "a field of version 2"
    return write_log(folder, '{"format": "portal-audit", "version": 2}\n'
                     + record_line("portal.created") + json.dumps(newer) + "\n"
                     + '{"when": 1700000000, "what": "something new"}\n')


def test_a_newer_version_log_is_listed_with_a_notice(tmp_path: Path) -> None:
    newer_log(tmp_path)
    reading = AuditTrail(tmp_path).read()
    assert [record.action for record in reading.records] == ["portal.created", "user.added"]
    assert reading.newer_version
    assert reading.damaged_lines == [4]
    assert any("newer Portal Manager" in problem for problem in reading.problems())


def test_a_newer_version_log_is_not_appended_to(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = newer_log(tmp_path)
    before = path.read_bytes()
    trail = AuditTrail(tmp_path)

    with pytest.raises(NewerFormatError, match="newer Portal Manager") as raised:
        trail.check_appendable()
    assert str(path) in str(raised.value)
    assert trail.record(ADMIN, "user.removed") is None

    assert path.read_bytes() == before
    [warning] = warnings_of(caplog)
    assert warning.startswith(
        f"The change was saved, but its audit record could not be written to {path}: ")


# -- 4. links and things that are not files --------------------------------------------------


def test_a_symlinked_log_is_never_followed(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "portal"
    folder.mkdir()
    target = tmp_path / "elsewhere.txt"
    target.write_text(HEADER + record_line("planted"))
    before = target.read_bytes()
    (folder / "audit.log").symlink_to(target)
    trail = AuditTrail(folder)

    for attempt in (trail.read, trail.check_appendable):
        with pytest.raises(PortalFileError, match="symbolic link") as raised:
            attempt()
        assert str(trail.path) in str(raised.value)
    assert trail.record(ADMIN, "user.added") is None

    assert target.read_bytes() == before
    [warning] = warnings_of(caplog)
    assert str(trail.path) in warning and "symbolic link" in warning


def test_a_dangling_symlink_is_not_followed_to_create_its_target(tmp_path: Path) -> None:
    target = tmp_path / "created-through-the-link.log"
    (tmp_path / "audit.log").symlink_to(target)
    trail = AuditTrail(tmp_path)
    with pytest.raises(PortalFileError, match="symbolic link"):
        trail.check_appendable()
    assert trail.record(ADMIN, "user.added") is None
    assert not target.exists()


@needs_posix
def test_a_fifo_in_place_of_the_log_is_refused_without_waiting(
    tmp_path: Path, never_blocks: None
) -> None:
    os.mkfifo(tmp_path / "audit.log")
    trail = AuditTrail(tmp_path)
    for attempt in (trail.read, trail.check_appendable):
        with pytest.raises(PortalFileError, match="not a regular file"):
            attempt()
    assert trail.record(ADMIN, "user.added") is None


def test_a_folder_in_place_of_the_log_is_refused(tmp_path: Path) -> None:
    (tmp_path / "audit.log").mkdir()
    trail = AuditTrail(tmp_path)
    for attempt in (trail.read, trail.check_appendable):
        with pytest.raises(PortalFileError, match="is a folder"):
            attempt()
    assert trail.record(ADMIN, "user.added") is None
    assert list((tmp_path / "audit.log").iterdir()) == []


# -- 5. check_appendable before a change, record() after it ----------------------------------


def make_symlink(folder: Path) -> None:
    (folder / "elsewhere.log").write_text(HEADER)
    (folder / "audit.log").symlink_to(folder / "elsewhere.log")


def make_fifo(folder: Path) -> None:
    os.mkfifo(folder / "audit.log")


def make_folder(folder: Path) -> None:
    (folder / "audit.log").mkdir()


def make_foreign(folder: Path) -> None:
    write_log(folder, '{"format": "portal-general", "version": 1}\n')


def make_text_file(folder: Path) -> None:
    write_log(folder, "Dear diary,\nthis is not an audit trail.\n")


def make_newer(folder: Path) -> None:
    newer_log(folder)


def make_bad_version(folder: Path) -> None:
    write_log(folder, '{"format": "portal-audit", "version": "one"}\n')


REFUSED: list[tuple[Callable[[Path], None], type[PortalFileError], str]] = [
    (make_symlink, PortalFileError, "symbolic link"),
    pytest.param(make_fifo, PortalFileError, "not a regular file", marks=needs_posix),
    (make_folder, PortalFileError, "is a folder"),
    (make_foreign, CorruptFileError, "not a Portal Manager audit trail"),
    (make_text_file, CorruptFileError, "not a Portal Manager audit trail"),
    (make_newer, NewerFormatError, "newer Portal Manager"),
    (make_bad_version, CorruptFileError, "valid format version"),
]


@pytest.mark.parametrize(("make", "error", "message"), REFUSED)
def test_check_appendable_refuses_what_could_not_be_appended_to(
    tmp_path: Path, make, error: type[PortalFileError], message: str
) -> None:
    make(tmp_path)
    with pytest.raises(error, match=message) as raised:
        AuditTrail(tmp_path).check_appendable()
    assert raised.value.path == tmp_path / "audit.log"
    assert str(tmp_path / "audit.log") in str(raised.value)


@pytest.mark.parametrize(("make", "error", "message"), REFUSED)
def test_record_never_raises_after_the_change_was_saved(
    tmp_path: Path, make, error: type[PortalFileError], message: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    make(tmp_path)
    assert AuditTrail(tmp_path).record(ADMIN, "user.added", name="bob") is None
    [warning] = warnings_of(caplog)
    assert message in warning and warning.endswith(".") and not warning.endswith("..")


@pytest.mark.parametrize("content", [
    b"", HEADER.encode(), (HEADER + record_line("a")).encode(), record_line("a").encode(),
    (HEADER + record_line("a")[:20]).encode(),
])
def test_check_appendable_accepts_every_trail_an_append_can_heal(
    tmp_path: Path, content: bytes
) -> None:
    write_log(tmp_path, content)
    trail = AuditTrail(tmp_path)
    trail.check_appendable()
    assert trail.record(ADMIN, "user.added") is not None


def test_check_appendable_accepts_a_missing_log_and_writes_nothing(tmp_path: Path) -> None:
    AuditTrail(tmp_path).check_appendable()
    assert not (tmp_path / "audit.log").exists()


@needs_permissions
def test_check_appendable_refuses_an_unwritable_log(tmp_path: Path) -> None:
    path = write_log(tmp_path, HEADER)
    path.chmod(0o400)
    with pytest.raises(PortalFileError, match="permission") as raised:
        AuditTrail(tmp_path).check_appendable()
    assert str(path) in str(raised.value)


@needs_permissions
def test_record_on_an_unwritable_log_warns_and_returns_none(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write_log(tmp_path, HEADER)
    path.chmod(0o400)
    assert AuditTrail(tmp_path).record(ADMIN, "user.added") is None
    assert path.read_text() == HEADER
    [warning] = warnings_of(caplog)
    assert warning.startswith(
        f"The change was saved, but its audit record could not be written to {path}: ")


@needs_permissions
def test_record_in_a_read_only_folder_warns_and_returns_none(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "portal"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert AuditTrail(folder).record(ADMIN, "user.added") is None
    finally:
        folder.chmod(0o700)
    assert not (folder / "audit.log").exists()
    [warning] = warnings_of(caplog)
    assert str(folder / "audit.log") in warning


FULL_DISK = """
import logging, resource, signal, sys
from pathlib import Path
from portal_manager.audit.trail import AuditTrail

logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
trail = AuditTrail(Path(sys.argv[1]))
size = trail.path.stat().st_size
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
# Room for a few bytes only: the append starts, then fails like on a full disk.
resource.setrlimit(resource.RLIMIT_FSIZE, (size + 10, hard))
print(trail.record("admin", "user.added", name="bob"))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE and SIGXFSZ")
def test_a_failing_append_warns_returns_none_and_leaves_no_torn_line(tmp_path: Path) -> None:
    path = write_log(tmp_path, HEADER + record_line("portal.created"))
    before = path.read_bytes()

    done = subprocess.run([sys.executable, "-c", FULL_DISK, str(tmp_path)], cwd=WORKTREE,
                          capture_output=True, text=True, timeout=60)

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "None"
    assert "Traceback" not in done.stderr
    assert (f"WARNING: The change was saved, but its audit record could not be written to "
            f"{path}: File too large.") in done.stderr
    assert path.read_bytes() == before


# -- 6. reading a damaged trail --------------------------------------------------------------


@pytest.mark.parametrize("damage", [
    b"this is garbage\n",
    b"{not json\n",
    b"[1, 2, 3]\n",
    b'{"time": "2026-01-02T03:04:05Z", "user": "admin"}\n',
    b'{"time": 5, "user": "admin", "action": "x", "details": {}}\n',
    b'{"time": "t", "user": "admin", "action": "x", "details": "not an object"}\n',
    b'{"time": "t", "user": "\xff\xfe", "action": "x"}\n',
    b'{"time": "t", "user": "' + b"a" * MAX_LINE_BYTES + b'", "action": "x"}\n',
])
def test_a_damaged_line_in_the_middle_is_skipped_and_the_others_kept(
    tmp_path: Path, damage: bytes
) -> None:
    write_log(tmp_path, HEADER.encode() + record_line("portal.created").encode() + damage
              + record_line("user.added").encode())
    reading = AuditTrail(tmp_path).read()
    assert [record.action for record in reading.records] == ["portal.created", "user.added"]
    assert reading.damaged_lines == [3]
    assert reading.problems() == ["line 3 is damaged and was skipped."]


def test_blank_lines_are_not_damage(tmp_path: Path) -> None:
    write_log(tmp_path, HEADER + "\n" + record_line("a") + "  \n" + record_line("b"))
    reading = AuditTrail(tmp_path).read()
    assert [record.action for record in reading.records] == ["a", "b"]
    assert reading.problems() == []


def test_many_damaged_lines_are_summed_up(tmp_path: Path) -> None:
    write_log(tmp_path, HEADER + "garbage\n" * 25 + record_line("kept"))
    reading = AuditTrail(tmp_path).read()
    assert actions(AuditTrail(tmp_path)) == ["kept"]
    assert reading.damaged_lines == list(range(2, 27))
    [problem] = reading.problems()
    assert problem.startswith("lines 2, 3, 4, ") and "21 and 5 more are damaged" in problem


def test_a_header_without_a_valid_version_is_reported_and_the_records_kept(
    tmp_path: Path,
) -> None:
    write_log(tmp_path, '{"format": "portal-audit", "version": "one"}\n' + record_line("a"))
    reading = AuditTrail(tmp_path).read()
    assert [record.action for record in reading.records] == ["a"]
    assert reading.damaged_lines == [1]


def test_a_file_of_another_kind_is_not_listed(tmp_path: Path) -> None:
    make_text_file(tmp_path)
    with pytest.raises(CorruptFileError, match="not a Portal Manager audit trail"):
        AuditTrail(tmp_path).read()


# -- 7. the command line ---------------------------------------------------------------------


def audit_list(capsys: pytest.CaptureFixture[str], folder: Path, *options: str
               ) -> tuple[int, str, str]:
    code = main(["audit", "list", "--portal", str(folder), *options])
    out, err = capsys.readouterr()
    return code, out, err


def test_audit_list_warns_about_damaged_lines_and_exits_0(
    portal_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    garbage = "pasted-secret-sk-0451"
    with (portal_folder / "audit.log").open("a", encoding="utf-8") as stream:
        stream.write(garbage + "\n" + record_line("user.added") + "{torn\n")

    code, out, err = audit_list(capsys, portal_folder, "--json")

    assert code == 0
    assert [record["action"] for record in json.loads(out)] == ["portal.created", "user.added"]
    assert all(set(record) == {"time", "user", "action", "details"}
               for record in json.loads(out))
    assert err == "portal-manager: warning: audit.log: lines 3, 5 are damaged and were skipped.\n"
    assert garbage not in err

    code, out, err = audit_list(capsys, portal_folder)
    assert code == 0 and len(out.splitlines()) == 2
    assert "lines 3, 5 are damaged" in err


def test_audit_list_of_a_newer_log_says_so_and_exits_0(
    portal_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer_log(portal_folder)
    code, out, err = audit_list(capsys, portal_folder, "--json")
    assert code == 0
    assert [record["action"] for record in json.loads(out)] == ["portal.created", "user.added"]
    assert "portal-manager: warning: audit.log: was written by a newer Portal Manager" in err


def test_audit_list_of_a_symlinked_log_fails_with_a_message(
    portal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = portal_folder / "audit.log"
    target = tmp_path / "moved.log"
    log.rename(target)
    log.symlink_to(target)
    code, out, err = audit_list(capsys, portal_folder)
    assert code == 2 and out == ""
    assert err.startswith(f"portal-manager: {log}: is a symbolic link")
    assert "Traceback" not in err
