"""`portal-manager totp uri|check`: test enrolment of an authenticator app."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from portal_manager.cli.common import (
    EXIT_NO,
    EXIT_OK,
    add_json_option,
    add_portal_option,
    open_portal,
    parse_code_argument,
    print_json,
)
from portal_manager.cli.login import stdin_line
from portal_manager.errors import InvalidInputError
from portal_manager.mfa.totp import (
    MAX_ACCOUNT_LENGTH,
    TotpParameters,
    account_problem,
    group_secret,
    new_secret,
    normalize_secret,
    otpauth_uri,
    qr_png,
    verify_once,
)
from portal_manager.portal.files import write_output_file


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("totp", help="test enrolment of an authenticator app")
    commands = parser.add_subparsers(dest="totp_command", required=True, metavar="COMMAND")

    uri = commands.add_parser(
        "uri",
        help="the otpauth:// URI (and QR code) for a test account",
        description="Print the otpauth:// URI for a test account with the portal's issuer, "
        "digits, period and algorithm. Without --secret a fresh random secret is made.",
    )
    add_portal_option(uri)
    uri.add_argument(
        "--account",
        required=True,
        metavar="NAME",
        help=f"the test account name: at most {MAX_ACCOUNT_LENGTH} characters, no colon, "
        "no control characters",
    )
    uri.add_argument("--secret", metavar="BASE32", help="use this secret ('-': read from stdin)")
    uri.add_argument("--qr", metavar="FILE.png", type=Path, help="also write the QR code as PNG")
    add_json_option(uri)
    uri.set_defaults(handler=run_uri)

    check = commands.add_parser(
        "check",
        help="check a code (exit 0 if accepted now, 1 if not, 2 if it is not a code)",
        description="Check a code against a secret, accepting one time step either side. "
        "Exit 0 if the code is accepted, 1 if not, 2 if the input is malformed (not digits, "
        "wrong number of digits, a bad secret). The command has no replay memory: each run "
        "stands alone, so a code accepted once is accepted again while it is valid. The test "
        "enrolment in the desktop app refuses a code used before.",
    )
    add_portal_option(check)
    check.add_argument(
        "--secret", required=True, metavar="BASE32", help="the secret ('-': read from stdin)"
    )
    check.add_argument(
        "--code", required=True, metavar="DIGITS", help="the code the app shows (spaces allowed)"
    )
    check.set_defaults(handler=run_check)


def _secret_argument(value: str) -> str:
    # "-" keeps the secret out of the process list and the shell history.
    text = stdin_line("the secret") if value == "-" else value
    return normalize_secret(text)


def _parameters(portal) -> TotpParameters:
    app = portal.security.authenticator_app
    return TotpParameters(app.digits, app.period, app.algorithm)


def run_uri(args: argparse.Namespace) -> int:
    # Checked before the portal is opened or anything is read or written.
    if problem := account_problem(args.account):
        raise InvalidInputError(problem)
    with open_portal(args) as portal:
        parameters = _parameters(portal)
        issuer = portal.security.authenticator_app.effective_issuer(portal.general.name)
    secret = _secret_argument(args.secret) if args.secret else new_secret()
    uri = otpauth_uri(issuer, args.account, secret, parameters)
    if args.qr:
        # The QR code holds the secret: a new file is readable by the owner only.
        write_output_file(args.qr, qr_png(uri), private=True)
    if args.json:
        print_json({
            "uri": uri,
            "secret": secret,
            "secret_grouped": group_secret(secret),
            "issuer": issuer,
            "account": args.account,
            "digits": parameters.digits,
            "period": parameters.period,
            "algorithm": parameters.algorithm.value,
            "qr": str(args.qr) if args.qr else None,
        })
    else:
        print(uri)
        print(f"Secret: {group_secret(secret)}")
        if args.qr:
            print(f"QR code written to {args.qr}")
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    with open_portal(args) as portal:
        parameters = _parameters(portal)
    code = parse_code_argument(args.code, parameters.digits)
    secret = _secret_argument(args.secret)
    if verify_once(secret, code, parameters):
        print("accepted")
        return EXIT_OK
    print("not accepted", file=sys.stderr)
    return EXIT_NO
