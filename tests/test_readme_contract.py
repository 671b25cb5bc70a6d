"""The command line's public contract, as README.md states it, checked against the code.

Commands and options come from the argparse parsers themselves, so a new option fails
here until the README's command table names it; JSON fields come from running each
command for real on a fresh portal (send-test and provider check against gateway-sim).
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from portal_manager.__main__ import main
from portal_manager.cli.main import build_parser
from portal_manager.providers.gateway_sim import GatewaySimulator
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.gateway import SEVEN_TEST_API_KEY
from tests.readme_reading import (
    HELP_OPTIONS,
    README,
    CommandPath,
    all_commands,
    all_mentions,
    command_rows,
    differences,
    documented_shape,
    option_spans,
    options_of,
    shown,
    subcommands,
)

ROOT = build_parser()
COMMANDS = all_commands(ROOT)
TEXT = README.read_text(encoding="utf-8")
NUMBER = "+4917612345678"


def leaf_commands() -> list[CommandPath]:
    """The commands one runs: `portal-manager` itself and every command without subcommands."""
    return [path for path, parser in COMMANDS.items() if not path or not subcommands(parser)]


# -- commands and options ----------------------------------------------------------------------


def test_every_command_has_a_row_in_the_command_table() -> None:
    rows = command_rows(TEXT, ROOT)
    documented = {mention.path for row in rows for mention in row.mentions}
    missing = [shown(path) for path in leaf_commands() if path not in documented]
    assert not missing, "README's command table has no row for: " + ", ".join(missing)


@pytest.mark.parametrize("path", leaf_commands(), ids=shown)
def test_every_option_is_in_its_commands_row(path: CommandPath) -> None:
    rows = [row for row in command_rows(TEXT, ROOT)
            if any(mention.path == path for mention in row.mentions)]
    if not rows:
        pytest.skip("no row at all (test_every_command_has_a_row_in_the_command_table)")
    written = {option for row in rows for mention in row.mentions if mention.path == path
               for option in mention.options}
    synopses = " ".join(row.synopsis.replace("\\|", "|") for row in rows)
    problems = []
    for name, action in options_of(COMMANDS[path]).items():
        if name in HELP_OPTIONS or not name.startswith("--"):
            continue
        if name not in written:
            problems.append(f"option {name} is missing")
        elif action.choices is not None:
            problems += [f"{name}: its value {choice} is missing"
                         for choice in action.choices if choice not in synopses]
    lines = ", ".join(str(row.line) for row in rows)
    assert not problems, (f"README line {lines}, the row of `{shown(path)}`: "
                          + "; ".join(problems))


def test_the_readme_says_every_command_has_help() -> None:
    assert all("--help" in options_of(parser) for parser in COMMANDS.values())
    assert "Every command has `--help`" in TEXT


def test_every_command_line_in_the_readme_exists() -> None:
    problems = [problem for mention in all_mentions(TEXT, ROOT) for problem in mention.problems]
    assert not problems, "\n".join(problems)


def test_every_option_named_alone_exists() -> None:
    """`--secret` in a row's description belongs to that row's command; elsewhere to any."""
    everywhere = {name for parser in COMMANDS.values() for name in options_of(parser)}
    row_of_line = {row.line: row for row in command_rows(TEXT, ROOT)}
    problems = []
    for span in option_spans(TEXT):
        name = span.text.split()[0].split("=", 1)[0]
        row = row_of_line.get(span.line)
        if row is not None:
            owners = {mention.path for mention in row.mentions}
            if not any(name in options_of(COMMANDS[path]) for path in owners):
                problems.append(f"README line {span.line}: `{span.text}`: "
                                f"{' / '.join(map(shown, owners))} has no option {name}")
        elif name not in everywhere:
            problems.append(f"README line {span.line}: `{span.text}`: no command has {name}")
    assert not problems, "\n".join(problems)


# -- JSON output -------------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> tuple[int, str]:
    previous, sys.stdin = sys.stdin, io.StringIO(stdin)
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    finally:
        sys.stdin = previous
    out, err = capsys.readouterr()
    assert code == 0, f"portal-manager {' '.join(argv)} exited {code}: {err}"
    return code, out


@pytest.fixture
def configured(portal_folder: Path, tmp_path: Path, capsys, monkeypatch,
               seven_gateway: GatewaySimulator) -> Path:
    """A portal as an administrator sets it up from the README: the seven.io key in the store,
    chosen for SMS and voice through mfa export / import."""
    monkeypatch.setenv("PORTAL_MANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("PORTAL_MANAGER_USER", ADMIN)
    portal = str(portal_folder)
    run(capsys, "vault", "add", "sevenKey", "--portal", portal, "--description", "seven.io",
        stdin=SEVEN_TEST_API_KEY + "\n")
    _, exported = run(capsys, "mfa", "export", "--portal", portal)
    document = json.loads(exported)
    document["services"]["sms"]["api_key"] = "sevenKey"
    document["services"]["voice"]["api_key"] = "sevenKey"
    settings = tmp_path / "security.json"
    settings.write_text(json.dumps(document), encoding="utf-8")
    run(capsys, "mfa", "import", "--portal", portal, str(settings))
    return portal_folder


# How to run each command with --json; which commands have --json comes from the parsers.
RUNS: dict[CommandPath, list[tuple[str, ...]]] = {
    ("user", "list"): [()],
    ("vault", "list"): [()],
    ("audit", "list"): [()],
    ("mfa", "show"): [()],
    ("preview",): [("sms", "--lang", "de"), ("voice",)],
    ("totp", "uri"): [("--account", "alice@example.com")],
    ("send-test",): [("sms", "--to", NUMBER), ("voice", "--to", NUMBER)],
    ("provider", "check"): [(), ("--service", "voice")],
    ("provider", "list"): [()],
}
JSON_COMMANDS = [path for path, parser in COMMANDS.items() if "--json" in options_of(parser)]


def test_every_command_with_json_is_run_here() -> None:
    assert sorted(JSON_COMMANDS) == sorted(RUNS), "add the new --json command to RUNS"


@pytest.mark.parametrize("path", JSON_COMMANDS, ids=shown)
def test_json_fields_are_those_the_readme_documents(
    path: CommandPath, configured: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shape = documented_shape(TEXT, ROOT, path)
    assert shape is not None, f"README documents no JSON fields for `{shown(path)} --json`"
    problems = []
    for arguments in RUNS[path]:
        argv = [*path, *arguments, "--portal", str(configured), "--json"]
        _, out = run(capsys, *argv)
        problems += differences(shape, json.loads(out), f"`portal-manager {' '.join(argv[:-3])} "
                                f"--json`")
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_the_export_document_is_the_one_in_the_readme(
    portal_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every field of `mfa export`, nested ones included, as the README's example shows them
    (a portal in en and de, as the example)."""
    shape = documented_shape(TEXT, ROOT, ("mfa", "export"))
    assert shape is not None, "README shows no `mfa export` document"
    _, out = run(capsys, "mfa", "export", "--portal", str(portal_folder))
    problems = differences(shape, json.loads(out), "`portal-manager mfa export`")
    assert not problems, "\n".join(problems)
