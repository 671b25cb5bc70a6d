"""`portal-manager preview sms|voice`: a message as it will be sent."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from portal_manager.cli.common import (
    EXIT_NO,
    EXIT_OK,
    add_json_option,
    add_portal_option,
    language_argument,
    open_portal,
    parse_code_argument,
    print_json,
)
from portal_manager.mfa.preview import preview_message
from portal_manager.mfa.templates import Channel


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "preview",
        help="render the SMS or voice message with its length and problems",
        description="Render the configured message. Exit code 1 when the message has problems.",
    )
    parser.add_argument("channel", choices=[channel.value for channel in Channel])
    add_portal_option(parser)
    parser.add_argument(
        "--lang",
        metavar="L",
        type=language_argument,
        help="portal language (default: the default one)",
    )
    parser.add_argument(
        "--code", metavar="DIGITS", help="the code to fill in (default: a random one)"
    )
    parser.add_argument(
        "--at",
        metavar="YYYY-MM-DDTHH:MM:SSZ",
        type=parse_utc_time,
        help="the creation time to fill in (default: now)",
    )
    add_json_option(parser)
    parser.set_defaults(handler=run_preview)


def parse_utc_time(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(
            "expected a UTC time like 2025-02-25T17:33:30Z (date, T, time, Z)"
        ) from None


def _code_length(portal, channel: Channel) -> int:
    settings = portal.security.sms if channel is Channel.SMS else portal.security.voice
    return settings.code_length


def run_preview(args: argparse.Namespace) -> int:
    channel = Channel(args.channel)
    with open_portal(args) as portal:
        language = args.lang or portal.general.default_language
        code = None if args.code is None else parse_code_argument(
            args.code, _code_length(portal, channel)
        )
        preview = preview_message(portal.security, portal.general, channel, language, code, args.at)
    result = preview.to_json()
    if args.json:
        print_json(result)
    else:
        print(preview.text if preview.text is not None else "(the message cannot be rendered)")
        print()
        if channel is Channel.SMS and preview.sms_length:
            length = preview.sms_length
            print(
                f"{length.characters} characters, {length.units} units, "
                f"{length.encoding.value}, {length.parts} SMS part(s)"
            )
            if length.unicode_characters:
                print("Characters forcing UCS-2: " + " ".join(length.unicode_characters))
        else:
            print(f"{result['characters']} characters")
        if preview.uses_fallback:
            print(f"({language} has no text of its own: the default language's text is used)")
        for problem in preview.problems:
            print(f"Problem: {problem.message}")
    return EXIT_NO if preview.problems else EXIT_OK
