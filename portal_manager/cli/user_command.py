"""`portal-manager user …`: users and the group Administrators."""

from __future__ import annotations

import argparse

from portal_manager.app import user_management as management
from portal_manager.cli.common import (
    EXIT_OK,
    add_json_option,
    add_portal_option,
    print_json,
)
from portal_manager.cli.login import add_login_options, logged_in, read_secret, user_name


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "user",
        help="manage users and administrators",
        description="Manage users. Every command needs an administrator's login (--user); "
        "passwd also works on your own account.",
    )
    commands = parser.add_subparsers(dest="user_command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str, handler, *, takes_name: bool = True):
        sub = commands.add_parser(name, help=help_text, description=help_text)
        add_portal_option(sub)
        add_login_options(sub)
        if takes_name:
            sub.add_argument("name", metavar="NAME", help="the user to act on")
        sub.set_defaults(handler=handler)
        return sub

    add = command("add", "add a user; the new password is the next line of standard input",
                  run_add)
    add.add_argument("--admin", action="store_true", help="make the user an administrator")
    command("remove", "remove a user (never the last administrator)", run_remove)
    command("passwd", "set a user's password to the next line of standard input", run_passwd)
    command("grant-admin", "make a user a member of Administrators", run_grant)
    command("revoke-admin", "take a user out of Administrators (re-keys the store)", run_revoke)
    add_json_option(command("list", "list the users and their groups", run_list,
                            takes_name=False))


def run_add(args: argparse.Namespace) -> int:
    with logged_in(args) as (portal, session):
        portal.users.require_admin(session, "manage users")  # before asking for the password
        password = read_secret("the new user's password")
        management.add_user(portal, session, args.name, password, admin=args.admin)
    print(f"Added the user {args.name}{' as an administrator' if args.admin else ''}.")
    return EXIT_OK


def run_remove(args: argparse.Namespace) -> int:
    with logged_in(args) as (portal, session):
        management.remove_user(portal, session, args.name)
    print(f"Removed the user {args.name}.")
    return EXIT_OK


def run_passwd(args: argparse.Namespace) -> int:
    with logged_in(args, repairing_key=args.name == user_name(args)) as (portal, session):
        if args.name != session.user_name:
            portal.users.require_admin(session, "change another user's password")
        password = read_secret("the new password")
        management.change_password(portal, session, args.name, password)
    print(f"Changed the password of {args.name}.")
    return EXIT_OK


def run_grant(args: argparse.Namespace) -> int:
    with logged_in(args) as (portal, session):
        management.grant_admin(portal, session, args.name)
    print(f"{args.name} is now a member of Administrators.")
    return EXIT_OK


def run_revoke(args: argparse.Namespace) -> int:
    with logged_in(args) as (portal, session):
        management.revoke_admin(portal, session, args.name)
    print(f"{args.name} is no longer a member of Administrators; the store was re-keyed.")
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    with logged_in(args, writable=False) as (portal, session):
        portal.users.require_admin(session, "manage users")
        users = portal.users.user_json()
    if args.json:
        print_json(users)
    else:
        for user in users:
            print(f"{user['name']}\t{', '.join(user['groups'])}")
    return EXIT_OK
