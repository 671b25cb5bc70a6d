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

from portal_manager.cli.common import open_portal
from portal_manager.errors import InvalidInputError
from portal_manager.portal.portal import Portal
from portal_manager.users.directory import Session

PASSWORD_ENV = "PORTAL_MANAGER_PASSWORD"
USER_ENV = "PORTAL_MANAGER_USER"


def add_login_options(parser: argparse.ArgumentParser, *, user_option: str = "--user") -> None:
    parser.add_argument(
        user_option,
        dest="user",
        metavar="NAME",
        default=os.environ.get(USER_ENV),
        help=f"who you are (default: ${USER_ENV}); the password comes from ${PASSWORD_ENV} "
        "or --password-stdin",
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read your password from the first line of standard input",
    )


def _stdin_line(what: str) -> str:
    line = sys.stdin.readline()
    if not line:
        raise InvalidInputError(f"Expected {what} on standard input, but it ended.")
    return line.rstrip("\r\n")


def read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return _stdin_line("your password (first line)")
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        raise InvalidInputError(
            f"No password given: set {PASSWORD_ENV} or pass --password-stdin and write it "
            "as the first line of standard input."
        )
    return password


def read_secret(what: str) -> str:
    """The next line of standard input, after the password if that came from there too."""
    return _stdin_line(what)


def login(portal: Portal, args: argparse.Namespace, *, repairing_key: bool = False) -> Session:
    if not args.user:
        raise InvalidInputError(f"Say who you are with --user NAME (or set {USER_ENV}).")
    return portal.login(args.user, read_password(args), repairing_key=repairing_key)


@contextmanager
def logged_in(args: argparse.Namespace, *, writable: bool = True,
              repairing_key: bool = False) -> Iterator[tuple[Portal, Session]]:
    """The portal of ``--portal``, and the session of ``--user`` with its password.

    ``repairing_key`` lets a user whose public key in users.json was changed
    log in to set their own password, which writes the true key back.
    """
    with open_portal(args, writable=writable) as portal:
        yield portal, login(portal, args, repairing_key=repairing_key)
