"""Property-based: damaged portal files, hostile imports and random command lines.

Whatever is on disk or on the command line, `portal-manager` ends with exit 0, 1 or 2, a
message and never a traceback (nor the last-resort "unexpected error", which would be a bug
caught late), and a refused change leaves every portal file as it was.

`make test` runs a small number of examples; `make fuzz` runs many more
(PORTAL_MANAGER_FUZZ_EXAMPLES).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portal_manager.__main__ import main
from portal_manager.app import user_management as management
from portal_manager.app.portal import Portal
from portal_manager.app.store_management import add_entry
from portal_manager.mfa.document import export_document
from portal_manager.vault.store import Entry
from tests.conftest import ADMIN, ADMIN_PASSWORD

PORTAL_FILES = ("portal.json", "security.json", "users.json", "login-information.pmv",
                "audit.log")
JSON_FILES = ("portal.json", "security.json", "users.json")
# A small budget in `make test`; `make fuzz` raises it.
FUZZ_SETTINGS = settings(
    max_examples=int(os.environ.get("PORTAL_MANAGER_FUZZ_EXAMPLES", "40")),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    deadline=None,
)

# (argv, stdin, changes the portal)
COMMANDS: list[tuple[list[str], str, bool]] = [
    (["mfa", "show", "--json"], "", False),
    (["mfa", "show"], "", False),
    (["mfa", "export"], "", False),
    (["preview", "sms", "--code", "123456", "--json"], "", False),
    (["preview", "voice", "--lang", "de"], "", False),
    (["audit", "list", "--json"], "", False),
    (["totp", "uri", "--account", "tester"], "", False),
    (["user", "list", "--user", ADMIN], "", False),
    (["vault", "list", "--user", ADMIN, "--json"], "", False),
    (["vault", "add", "fuzzKey", "--user", ADMIN], "sk-fuzz-secret\n", True),
    (["user", "add", "carol", "--user", ADMIN], "carol's password\n", True),
    (["user", "revoke-admin", "bob", "--user", ADMIN], "", True),
    (["user", "passwd", "bob", "--user", ADMIN], "bob's new password\n", True),
]


@pytest.fixture(scope="module")
def template_portal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A portal with an entry, a second administrator and audit records, made once."""
    from portal_manager.portal.general import GeneralSettings
    from portal_manager.users import credentials
    from tests.conftest import FAST_KDF

    saved, credentials.current_kdf = credentials.current_kdf, FAST_KDF
    try:
        folder = tmp_path_factory.mktemp("template") / "portal"
        Portal.create(folder, GeneralSettings("Acme", ("en", "de"), "en"), ADMIN,
                      ADMIN_PASSWORD).close()
        with Portal.open(folder, writable=True) as portal:
            session = portal.login(ADMIN, ADMIN_PASSWORD)
            add_entry(portal, session, Entry("sevenKey", "sk-template-secret", "seven.io"))
            management.add_user(portal, session, "bob", "bob's password", admin=True)
    finally:
        credentials.current_kdf = saved
    return folder


def fresh_copy(template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "fuzzed"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(template, folder)
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in PORTAL_FILES
            if (folder / name).is_file()}


def run_cli(argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch,
            capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    monkeypatch.setenv("PORTAL_MANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse's usage errors and --help
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def assert_handled(code: int, err: str) -> None:
    assert code in (0, 1, 2), f"exit {code}: {err}"
    assert "Traceback" not in err, err
    assert "unexpected error" not in err, err


# -- values ------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**30), 10**30)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
hostile_texts = st.sampled_from([
    "[" * 100_000, "1" + "0" * 5000, '"\\ud800"', "\x00\x01", "", "{}", "[]", "null",
    '{"format": "portal-users", "version": 1}', '{"format": 1}', "\ufeff{}",
])


def replace_somewhere(document, path_choices: list[int], value):
    """``document`` with the value at a path picked by ``path_choices`` replaced."""
    node = document
    for choice in path_choices:
        children = (list(node) if isinstance(node, dict)
                    else list(range(len(node))) if isinstance(node, list) else [])
        if not children:
            break
        key = children[choice % len(children)]
        child = node[key]
        if not isinstance(child, dict | list) or choice % 3 == 0:
            node[key] = value
            return document
        node = child
    if isinstance(node, dict):
        node[f"extra{len(path_choices)}"] = value
    elif isinstance(node, list):
        node.append(value)
    return document


DAMAGES = ("flip", "truncate", "insert", "structure", "hostile", "delete")


def apply_damage(folder: Path, name: str, kind: str, data) -> None:
    """Damage one file in the way ``kind`` names, drawing the details from ``data``."""
    path = folder / name
    raw = path.read_bytes()
    if kind == "flip":
        position = data.draw(st.integers(0, len(raw) - 1))
        bit = data.draw(st.integers(0, 7))
        raw = raw[:position] + bytes([raw[position] ^ (1 << bit)]) + raw[position + 1:]
    elif kind == "truncate":
        raw = raw[:data.draw(st.integers(0, max(0, len(raw) - 1)))]
    elif kind == "insert":
        position = data.draw(st.integers(0, len(raw)))
        raw = raw[:position] + data.draw(st.binary(min_size=1, max_size=20)) + raw[position:]
    elif kind == "structure" and name in JSON_FILES:
        document = json.loads(raw)
        path_choices = data.draw(st.lists(st.integers(0, 50), min_size=1, max_size=6))
        document = replace_somewhere(document, path_choices, data.draw(json_values))
        raw = json.dumps(document).encode()
    elif kind == "hostile":
        raw = data.draw(hostile_texts).encode("utf-8", "surrogatepass")
    elif kind == "delete":
        path.unlink()
        return
    path.write_bytes(raw)


# -- the properties ----------------------------------------------------------------------------


@FUZZ_SETTINGS
@given(name=st.sampled_from(PORTAL_FILES), kind=st.sampled_from(DAMAGES),
       command=st.sampled_from(COMMANDS), data=st.data())
def test_any_damaged_portal_file_ends_in_a_message_and_nothing_changed_on_refusal(
    template_portal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], name: str, kind: str, command, data,
) -> None:
    folder = fresh_copy(template_portal, tmp_path)
    apply_damage(folder, name, kind, data)
    before = snapshot(folder)
    argv, stdin, changes = command
    code, _, err = run_cli([*argv, "--portal", str(folder)], stdin, monkeypatch, capsys)
    assert_handled(code, err)
    after = snapshot(folder)
    if code != 0 or not changes:
        if code == 0:  # a read: only a self-healing audit append may differ
            before.pop("audit.log", None), after.pop("audit.log", None)
        assert after == before, f"{argv} exit {code} changed files: {err}"


@st.composite
def import_documents(draw, template: dict) -> str:
    kind = draw(st.sampled_from(["structure", "hostile", "extra-top", "raw"]))
    if kind == "hostile":
        return draw(hostile_texts)
    if kind == "raw":
        return draw(st.text(max_size=200))
    document = json.loads(json.dumps(template))
    if kind == "extra-top":
        document[draw(st.text(min_size=1, max_size=8))] = draw(json_values)
    else:
        path_choices = draw(st.lists(st.integers(0, 50), min_size=1, max_size=6))
        document = replace_somewhere(document, path_choices, draw(json_values))
    return json.dumps(document)


@FUZZ_SETTINGS
@given(data=st.data())
def test_any_import_document_is_imported_whole_or_refused_with_nothing_changed(
    template_portal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], data,
) -> None:
    folder = fresh_copy(template_portal, tmp_path)
    with Portal.open(folder) as portal:
        template = export_document(portal.security)
    text = data.draw(import_documents(template))
    before = snapshot(folder)
    code, _, err = run_cli(["mfa", "import", "--user", ADMIN, "--portal", str(folder), "-"],
                           text, monkeypatch, capsys)
    assert_handled(code, err)
    if code != 0:
        assert snapshot(folder) == before


COMMAND_WORDS = ["init", "user", "mfa", "vault", "preview", "totp", "audit", "add", "remove",
                 "list", "show", "export", "import", "sms", "voice", "uri", "check", "passwd",
                 "grant-admin", "revoke-admin", "change"]
OPTION_WORDS = ["--portal", "--user", "--json", "--lang", "--code", "--at", "--account",
                "--secret", "--qr", "--name", "--languages", "--default-language", "--admin",
                "--description", "--password-stdin", "--help", "-"]


@FUZZ_SETTINGS
@given(argv=st.lists(
    st.sampled_from(COMMAND_WORDS) | st.sampled_from(OPTION_WORDS)
    | st.text(max_size=12) | st.sampled_from(["\udcff", "\ud800x", "a" * 3000, "--portal=x"]),
    max_size=8,
), stdin=st.text(max_size=40))
def test_any_command_line_ends_in_exit_0_1_or_2_without_a_traceback(
    template_portal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], argv: list[str], stdin: str,
) -> None:
    folder = fresh_copy(template_portal, tmp_path)
    monkeypatch.setenv("PORTAL_MANAGER_DEFAULT_PORTAL", str(folder))
    monkeypatch.chdir(tmp_path)  # relative output files land in the test's folder
    if not argv or argv[0].startswith("--portal"):
        argv = ["mfa", *argv]  # no command (or only --portal) would start the desktop app
    code, _, err = run_cli(argv, stdin, monkeypatch, capsys)
    assert_handled(code, err)
