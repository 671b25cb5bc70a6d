"""How commands learn who you are: --user and a password never taken from an argument.

The password comes from the environment variable PORTAL_MANAGER_PASSWORD or,
with --password-stdin, from the first line of standard input. A secret that
a command takes (a new password, a store entry's secret) is the next line of
standard input: the second line with --password-stdin, else the first.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from portal_manager.app.portal import Portal
from portal_manager.cli.common import is_utf8_text, open_portal
from portal_manager.errors import InvalidInputError
from portal_manager.users.directory import Session

PASSWORD_ENV = "PORTAL_MANAGER_PASSWORD"
USER_ENV = "PORTAL_MANAGER_USER"


def add_login_options(parser: argparse.ArgumentParser, *, user_option: str = "--user") -> None:
    parser.add_argument(
        user_option,
        dest="user",
        metavar="NAME",
        default=None,
        help=f"who you are (default: ${USER_ENV}); the password comes from ${PASSWORD_ENV} "
        "or --password-stdin",
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read your password from the first line of standard input",
    )


NOT_UTF8_STDIN = (
    "standard input is not UTF-8 text; save the file (or set the terminal) as UTF-8 and try again."
)


def stdin_line(what: str) -> str:
    """The next line of standard input, without its line break; ``what`` names it for messages."""
    try:
        line = sys.stdin.readline()
    except UnicodeDecodeError:
        raise InvalidInputError(NOT_UTF8_STDIN) from None
    if not line:
        raise InvalidInputError(f"Expected {what} on standard input, but it ended.")
    # In the C locale Python passes undecodable bytes on as lone surrogates instead.
    if not is_utf8_text(line):
        raise InvalidInputError(NOT_UTF8_STDIN)
    return line.rstrip("\r\n")


def environment_text(name: str) -> str | None:
    """The environment variable ``name``, refused if its bytes are not UTF-8."""
    value = os.environ.get(name)
    if value is not None and not is_utf8_text(value):
        raise InvalidInputError(f"{name} is not UTF-8 text; set it again as UTF-8.")
    return value


def read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return stdin_line("your password (first line)")
    password = environment_text(PASSWORD_ENV)
    if password is None:
        raise InvalidInputError(
            f"No password given: set {PASSWORD_ENV} or pass --password-stdin and write it "
            "as the first line of standard input."
        )
    return password


def read_secret(what: str) -> str:
    """The next line of standard input, after the password if that came from there too."""
    return stdin_line(what)


def user_name(args: argparse.Namespace) -> str:
    """Who you are: --user NAME, else $PORTAL_MANAGER_USER."""
    name = args.user if args.user is not None else environment_text(USER_ENV)
    if not name:
        raise InvalidInputError(f"Say who you are with --user NAME (or set {USER_ENV}).")
    return name


def login(portal: Portal, args: argparse.Namespace, *, repairing_key: bool = False) -> Session:
    return portal.login(user_name(args), read_password(args), repairing_key=repairing_key)


@contextmanager
def logged_in(args: argparse.Namespace, *, writable: bool = True,
              repairing_key: bool = False) -> Iterator[tuple[Portal, Session]]:
    """The portal of ``--portal``, and the session of ``--user`` with its password.

    ``repairing_key`` lets a user whose public key in users.json was changed
    log in to set their own password, which writes the true key back.
    """
    with open_portal(args, writable=writable) as portal:
        yield portal, login(portal, args, repairing_key=repairing_key)
