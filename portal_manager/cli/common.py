"""What every command shares: the --portal option, JSON output, exit codes, argument checks."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from portal_manager.app.portal import Portal
from portal_manager.errors import InvalidInputError
from portal_manager.portal.location import default_portal_folder

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


def is_utf8_text(value: str) -> bool:
    """Whether ``value`` came from UTF-8 bytes.

    Python hands undecodable bytes of arguments, environment variables and
    (in some locales) standard input over as lone surrogates ("surrogateescape").
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def language_argument(text: str) -> str:
    """argparse type of a language option: an empty value must not quietly mean the default."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            "must not be empty; give a language code such as en, or leave the option out "
            "for the default language"
        )
    return text.strip()


def parse_code_argument(text: str, length: int, option: str = "--code") -> str:
    """The digits of a verification code given as ``option``; spaces between groups are fine.

    Raises InvalidInputError saying what is wrong, without repeating the value
    (someone may have pasted a secret there). Characters count from 1.
    """
    if not text.strip():
        raise InvalidInputError(f"{option} is empty; give the {length} digits of a code.")
    for position, char in enumerate(text, start=1):
        if not char.isspace() and char not in "0123456789":
            raise InvalidInputError(
                f"{option} must contain only the digits 0–9 (character {position} is "
                f"something else); give the {length} digits of a code."
            )
    digits = "".join(text.split())
    if len(digits) != length:
        raise InvalidInputError(
            f"{option} must have exactly {length} digits (the configured code length); "
            f"it has {len(digits)}."
        )
    return digits
