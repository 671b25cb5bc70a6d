"""The command line: `portal-manager COMMAND …`; no command starts the GUI."""

from __future__ import annotations

import argparse
import logging
import sys

from portal_manager import __version__
from portal_manager.cli import (
    audit_command,
    init_command,
    mfa_command,
    preview_command,
    totp_command,
    user_command,
    vault_command,
)
from portal_manager.cli.common import EXIT_ERROR
from portal_manager.errors import PortalManagerError

COMMAND_MODULES = (
    init_command,
    user_command,
    mfa_command,
    vault_command,
    preview_command,
    totp_command,
    audit_command,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="portal-manager",
        description="Configure multi-factor authentication for a web portal. "
        "Without a command the desktop application starts.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def run_command(argv: list[str]) -> int:
    """Run one command; errors go to stderr with a non-zero exit code, never a traceback."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except PortalManagerError as error:
        print(f"portal-manager: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
