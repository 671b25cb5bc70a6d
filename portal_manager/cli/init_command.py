"""`portal-manager init`: create a portal."""

from __future__ import annotations

import argparse

from portal_manager.app.portal import Portal
from portal_manager.cli.common import (
    EXIT_OK,
    add_portal_option,
    language_argument,
    portal_folder,
)
from portal_manager.cli.login import PASSWORD_ENV, read_password
from portal_manager.portal.general import GeneralSettings, parse_language_list


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "init",
        help="create a new portal",
        description="Create a new portal folder with its General settings, the default "
        "Security settings (every MFA service deactivated), an empty login information store "
        f"and its first administrator, whose password comes from ${PASSWORD_ENV} or the first "
        "line of standard input with --password-stdin.",
    )
    add_portal_option(parser)
    parser.add_argument("--name", required=True, help="the portal name (default issuer)")
    parser.add_argument(
        "--languages",
        default="en",
        metavar="CODES",
        help="comma-separated ISO 639-1 codes of the portal languages (default: en)",
    )
    parser.add_argument(
        "--default-language",
        metavar="CODE",
        type=language_argument,
        help="the default language (default: the first of --languages)",
    )
    parser.add_argument(
        "--admin", required=True, metavar="USER", help="user name of the first administrator"
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the administrator's password from the first line of standard input",
    )
    parser.set_defaults(handler=run_init)


def run_init(args: argparse.Namespace) -> int:
    languages = parse_language_list(args.languages)
    default_language = args.default_language or (languages[0] if languages else "")
    general = GeneralSettings(args.name, languages, default_language)
    folder = portal_folder(args)
    general.check()
    password = read_password(args)
    with Portal.create(folder, general, args.admin, password):
        pass
    print(f'Created the portal "{general.name}" in {folder} with the administrator {args.admin}.')
    return EXIT_OK
