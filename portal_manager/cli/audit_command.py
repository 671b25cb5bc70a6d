"""`portal-manager audit list`: the audit trail.

Damage in the trail does not stop the listing: the readable records are
printed (exit 0) and what was skipped is a warning on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys

from portal_manager.cli.common import (
    EXIT_OK,
    add_json_option,
    add_portal_option,
    open_portal,
    print_json,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("audit", help="show the audit trail")
    commands = parser.add_subparsers(dest="audit_command", required=True, metavar="COMMAND")
    listing = commands.add_parser("list", help="every saved change, oldest first")
    add_portal_option(listing)
    add_json_option(listing)
    listing.set_defaults(handler=run_list)


def run_list(args: argparse.Namespace) -> int:
    with open_portal(args) as portal:
        reading = portal.audit.read()
        file_name = portal.audit.path.name
    records = [record.to_json() for record in reading.records]
    if args.json:
        print_json(records)
    else:
        for record in records:
            details = json.dumps(record["details"], ensure_ascii=False)
            print(f"{record['time']}  {record['user']}  {record['action']}  {details}")
    for problem in reading.problems():
        print(f"portal-manager: warning: {file_name}: {problem}", file=sys.stderr)
    return EXIT_OK
