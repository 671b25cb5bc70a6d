"""The command line: `portal-manager COMMAND …`; no command starts the GUI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn

from portal_manager import __version__
from portal_manager.cli import (
    audit_command,
    gateway_command,
    init_command,
    mfa_command,
    preview_command,
    send_command,
    totp_command,
    user_command,
    vault_command,
)
from portal_manager.cli.common import EXIT_ERROR
from portal_manager.errors import PortalManagerError
from portal_manager.ui_language import UI_LANGUAGE_ENV, UI_LANGUAGE_OPTION, UI_LANGUAGES

COMMAND_MODULES = (
    init_command,
    user_command,
    mfa_command,
    vault_command,
    preview_command,
    send_command,
    totp_command,
    audit_command,
    gateway_command,
)


class CommandLineParser(argparse.ArgumentParser):
    """argparse with two safety changes, inherited by every subcommand's parser.

    No abbreviations: "--password" must not silently mean "--password-stdin".
    Unknown arguments are not repeated in the error, as they may hold a secret
    (e.g. someone trying "--password SECRET").
    """

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        if message.startswith(("unrecognized arguments", "ignored explicit argument")):
            message = (
                "unrecognized arguments (not repeated here, in case they hold a secret). "
                "Passwords are never given as arguments; see --help."
            )
        super().error(message)


def build_parser() -> argparse.ArgumentParser:
    parser = CommandLineParser(
        prog="portal-manager",
        description="Configure multi-factor authentication for a web portal. "
        "Without a command the desktop application starts.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # Its own dest: a subcommand's default would overwrite a shared one.
    parser.add_argument(
        "--portal",
        metavar="DIR",
        type=Path,
        dest="portal_before_command",
        default=None,
        help="the portal folder, for the command that follows (the command's own --portal "
        "wins); alone, it starts the desktop app on that portal",
    )
    parser.add_argument(
        UI_LANGUAGE_OPTION,
        metavar="LANG",
        choices=UI_LANGUAGES,
        default=None,
        help=f"the desktop app's language ({', '.join(UI_LANGUAGES)}; default: "
        f"${UI_LANGUAGE_ENV}, else the system language); the command line speaks English",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def parse_command_line(argv: list[str]) -> argparse.Namespace:
    """The parsed arguments; a --portal before the command applies to it."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.error("no command given; see --help (only --portal DIR and --ui-language LANG "
                     "start the desktop app)")
    if args.ui_language is not None:
        parser.error(f"{UI_LANGUAGE_OPTION} sets the desktop app's language; the command "
                     "line's messages are always English")
    if getattr(args, "portal", None) is None:
        args.portal = args.portal_before_command
    return args


def run_command(argv: list[str]) -> int:
    """Run one command; errors go to stderr with a non-zero exit code, never a traceback.

    Unexpected exceptions are left to the entry point's last resort.
    """
    args = parse_command_line(argv)
    try:
        return args.handler(args)
    except PortalManagerError as error:
        print(f"portal-manager: {error}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        raise  # the reader of stdout went away: the entry point ends quietly
    except OSError as error:
        # A folder that does not exist, a full disk, no permission: say which file and why.
        where = f"{error.filename}: " if error.filename else ""
        print(f"portal-manager: {where}{error.strerror or error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
