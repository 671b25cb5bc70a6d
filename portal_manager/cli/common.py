"""What every command shares: the --portal option, JSON output, exit codes."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from portal_manager.portal.location import default_portal_folder
from portal_manager.portal.portal import Portal

# Exit codes, part of the command line's contract.
EXIT_OK = 0
EXIT_NO = 1  # the command ran and the answer is "no": code refused, problems found
EXIT_ERROR = 2  # the command could not be carried out: bad input, broken file, locked portal


def add_portal_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--portal",
        metavar="DIR",
        type=Path,
        default=None,
        help="the portal folder (default: the default portal in your data folder)",
    )


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def portal_folder(args: argparse.Namespace) -> Path:
    return args.portal if args.portal is not None else default_portal_folder()


def open_portal(args: argparse.Namespace, *, writable: bool = False) -> Portal:
    return Portal.open(portal_folder(args), writable=writable)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
