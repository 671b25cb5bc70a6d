"""`portal-manager send-test sms|voice` and `portal-manager provider check`."""

from __future__ import annotations

import argparse
import sys

from portal_manager.cli.common import (
    EXIT_NO,
    EXIT_OK,
    add_json_option,
    add_portal_option,
    language_argument,
    open_portal,
    print_json,
)
from portal_manager.cli.login import add_login_options, logged_in
from portal_manager.mfa.settings import Service
from portal_manager.mfa.templates import Channel
from portal_manager.mfa.validation import shown_key


def register(subparsers: argparse._SubParsersAction) -> None:
    send = subparsers.add_parser(
        "send-test",
        help="send the configured SMS or voice message to one number (administrators)",
        description="Render the configured message with a fresh random code and send it "
        "through the portal's provider. Exit 0: accepted; 1: the provider refused (the "
        "reason on stderr); 2: not carried out (bad number, no API key, no connection, or "
        "it may have been sent: check the phone before trying again). At most 5 test "
        "messages a minute per portal.",
    )
    send.add_argument("channel", choices=[channel.value for channel in Channel])
    add_portal_option(send)
    send.add_argument("--to", required=True, metavar="NUMBER",
                      help="the phone number, best with its country code (+49…)")
    send.add_argument("--lang", metavar="L", type=language_argument,
                      help="portal language of the message (default: the default one)")
    add_login_options(send)
    add_json_option(send)
    send.set_defaults(handler=run_send)

    provider = subparsers.add_parser("provider", help="the messaging provider")
    commands = provider.add_subparsers(dest="provider_command", required=True,
                                       metavar="COMMAND")
    check = commands.add_parser(
        "check", help="check the API key by asking for the account balance (administrators)")
    check.add_argument("--service", choices=["sms", "voice"], default="sms",
                       help="whose API key to check (default: sms)")
    add_portal_option(check)
    add_login_options(check)
    add_json_option(check)
    check.set_defaults(handler=run_check)

    listing = commands.add_parser(
        "list", help="the installed provider plug-ins, and which one the portal uses")
    add_portal_option(listing)
    add_json_option(listing)
    listing.set_defaults(handler=run_list)

    choose = commands.add_parser(
        "set", help="choose the portal's messaging provider for SMS and voice (administrators)",
        description="Choose, among the installed provider plug-ins, the one that sends the "
        "portal's SMS and voice calls. A provider that is not installed or does not load is "
        "refused and nothing is changed.")
    choose.add_argument("name", help="an installed provider, as 'provider list' shows it")
    add_portal_option(choose)
    add_login_options(choose)
    choose.set_defaults(handler=run_set)


def run_send(args: argparse.Namespace) -> int:
    from portal_manager.app.sending import send_test
    from portal_manager.providers.base import ProviderError

    with logged_in(args) as (portal, session):
        try:
            sent = send_test(portal, session, Channel(args.channel), args.to, args.lang)
        except ProviderError as error:
            print(f"portal-manager: {error}", file=sys.stderr)
            return EXIT_NO
    result = sent.result
    if args.json:
        print_json({"channel": sent.channel.value, "to": sent.to, "language": sent.language,
                    **result.as_json()})
    else:
        shown = {key: "-" if value is None else value for key, value in result.as_json().items()}
        print(f"Sent to {sent.to}: message id {shown['message_id']}, {shown['parts']} part(s), "
              f"price {shown['price']}, balance {shown['balance']}.")
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    from portal_manager.app.sending import check_api_key
    from portal_manager.providers.base import ProviderError

    with logged_in(args, writable=False) as (portal, session):
        try:
            balance = check_api_key(portal, session, Service(args.service))
        except ProviderError as error:
            print(f"portal-manager: {error}", file=sys.stderr)
            return EXIT_NO
    if args.json:
        print_json(balance.as_json())
    else:
        print(f"The API key works. Balance: {balance.amount} {balance.currency}.")
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    from portal_manager.app.providers import installed_providers

    with open_portal(args) as portal:
        chosen = portal.security.provider
    installed = installed_providers()
    if args.json:
        print_json({"providers": [{"name": name, "chosen": name == chosen}
                                  for name in installed],
                    "chosen": chosen, "chosen_installed": chosen in installed})
        return EXIT_OK
    for name in installed:
        print(f"{'*' if name == chosen else ' '} {name}")
    if chosen not in installed:
        # Shortened and printable: the name comes from a file anyone with the folder can edit.
        print(f"The portal's provider \"{shown_key(chosen)}\" is not installed on this "
              "computer.",
              file=sys.stderr)
    return EXIT_OK


def run_set(args: argparse.Namespace) -> int:
    from portal_manager.app.providers import choose_provider

    with logged_in(args) as (portal, session):
        changed = choose_provider(portal, session, args.name)
    print(f"The portal's messaging provider is {'now' if changed else 'already'} {args.name}.")
    return EXIT_OK
