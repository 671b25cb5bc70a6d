"""`portal-manager vault …`: the login information store. Secrets come from standard input."""

from __future__ import annotations

import argparse

from portal_manager.app import store_management as management
from portal_manager.cli.common import (
    EXIT_OK,
    add_json_option,
    add_portal_option,
    print_json,
)
from portal_manager.cli.login import add_login_options, logged_in, read_secret
from portal_manager.errors import InvalidInputError
from portal_manager.vault.store import Entry


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "vault",
        help="manage the login information store (administrators only)",
        description="Manage the encrypted login information store. Secrets are read from "
        "standard input (the line after your password when both come from there), never from "
        "arguments, and never printed.",
    )
    commands = parser.add_subparsers(dest="vault_command", required=True, metavar="COMMAND")

    add = commands.add_parser("add", help="add an entry; its secret is read from stdin")
    add.add_argument("name", help="unique name: a lowercase letter, then letters and digits")
    add.add_argument("--description", default="", metavar="TEXT")
    add.set_defaults(handler=run_add)

    change = commands.add_parser(
        "change",
        help="change an entry's description or secret",
        description="Change an entry's description (--description), its secret (--secret, "
        "read from standard input), or both; at least one of them is needed.",
    )
    change.add_argument("name")
    change.add_argument("--description", metavar="TEXT")
    change.add_argument("--secret", action="store_true",
                        help="read a new secret from standard input")
    change.set_defaults(handler=run_change)

    listing = commands.add_parser("list", help="list names and descriptions (never secrets)")
    add_json_option(listing)
    listing.set_defaults(handler=run_list)

    remove = commands.add_parser("remove", help="remove an entry no service uses")
    remove.add_argument("name")
    remove.set_defaults(handler=run_remove)

    for sub in (add, change, listing, remove):
        add_portal_option(sub)
        add_login_options(sub)


def run_add(args: argparse.Namespace) -> int:
    with logged_in(args) as (portal, session):
        management.open_store(portal, session)  # refuse before asking for the secret
        secret = read_secret("the entry's secret")
        management.add_entry(portal, session, Entry(args.name, secret, args.description))
    print(f"Added the entry {args.name}.")
    return EXIT_OK


def run_change(args: argparse.Namespace) -> int:
    # Refused before logging in, so nothing is read and no audit record is written.
    if args.description is None and not args.secret:
        raise InvalidInputError(
            f"Nothing to change for the entry {args.name}: give --description TEXT, or --secret "
            "to read a new secret from standard input, or both."
        )
    with logged_in(args) as (portal, session):
        management.open_store(portal, session)  # refuse before asking for the secret
        secret = read_secret("the entry's new secret") if args.secret else None
        management.change_entry(portal, session, args.name, secret, args.description)
    print(f"Changed the entry {args.name}.")
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    with logged_in(args, writable=False) as (portal, session):
        store = management.open_store(portal, session)
        entries = [
            {"name": entry.name, "description": entry.description,
             "used_by": [service.value for service in management.services_using(portal,
                                                                                 entry.name)]}
            for entry in store.sorted_entries()
        ]
    if args.json:
        print_json(entries)
    else:
        for entry in entries:
            print(f"{entry['name']}\t{entry['description']}")
    return EXIT_OK


def run_remove(args: argparse.Namespace) -> int:
    with logged_in(args) as (portal, session):
        management.remove_entry(portal, session, args.name)
    print(f"Removed the entry {args.name}.")
    return EXIT_OK
