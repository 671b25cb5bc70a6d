"""`portal-manager mfa show|export|import`: the Security settings."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from portal_manager.app.portal import ConfigurationInvalidError
from portal_manager.cli.common import (
    EXIT_OK,
    add_json_option,
    add_portal_option,
    open_portal,
    print_json,
)
from portal_manager.cli.login import add_login_options, logged_in
from portal_manager.errors import InvalidInputError
from portal_manager.mfa.document import (
    export_document,
    import_header_problem,
    read_import_document,
)
from portal_manager.mfa.settings import Service
from portal_manager.mfa.state import service_state
from portal_manager.mfa.validation import FindingKind, findings_for
from portal_manager.portal.files import write_output_file
from portal_manager.portal.json_input import MAX_DOCUMENT_BYTES, JsonInputError, parse_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("mfa", help="show, export or import the MFA configuration")
    commands = parser.add_subparsers(dest="mfa_command", required=True, metavar="COMMAND")

    show = commands.add_parser(
        "show", help="show the services, their settings and what blocks activation"
    )
    add_portal_option(show)
    add_json_option(show)
    show.set_defaults(handler=run_show)

    export = commands.add_parser(
        "export", help="write the Security settings as one JSON document"
    )
    add_portal_option(export)
    export.add_argument(
        "file",
        nargs="?",
        type=Path,
        help="output file (default: stdout); a symlink is written through, a FIFO or device "
        "such as /dev/stdout is written to directly",
    )
    export.set_defaults(handler=run_export)

    import_ = commands.add_parser(
        "import",
        help="replace the Security settings with a JSON document",
        description="Validate the whole document and replace the Security settings with it. "
        "On any problem nothing is changed and every problem is listed.",
    )
    add_portal_option(import_)
    add_login_options(import_)
    import_.add_argument("file", type=Path, help="a document written by 'mfa export' ('-': stdin)")
    import_.set_defaults(handler=run_import)




def run_show(args: argparse.Namespace) -> int:
    with open_portal(args) as portal:
        # With a provider not installed here, as the Security page shows it.
        findings = portal.findings()
        if args.json:
            document = export_document(portal.security)
            document["portal"] = portal.general.to_json()
            document["state"] = {
                service.value: service_state(findings, service).value
                for service in Service
            }
            document["findings"] = [finding.to_json() for finding in findings]
            print_json(document)
            return EXIT_OK
        general = portal.general
        print(f"Portal: {general.name}")
        print(f"Languages: {', '.join(general.languages)} (default {general.default_language})")
        for service in Service:
            settings = portal.security.service(service)
            service_findings = findings_for(findings, service)
            activated = "activated" if settings.activated else "deactivated"
            print(f"\n{service.label}: {activated}, {service_state(findings, service).value}")
            for finding in service_findings:
                marker = "!" if finding.kind is FindingKind.INVALID else "-"
                print(f"  {marker} {finding}")
        return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    with open_portal(args) as portal:
        text = json.dumps(export_document(portal.security), indent=2, ensure_ascii=False) + "\n"
    if args.file is None:
        sys.stdout.write(text)
    else:
        write_output_file(args.file, text.encode("utf-8"))
        print(f"Exported the Security settings to {args.file}.", file=sys.stderr)
    return EXIT_OK


def _read_import_document(file: Path) -> dict:
    """The document in ``file``, parsed within the limits and of the export format."""
    try:
        # One byte more than allowed, so parse_json can tell "too large" from "just fits".
        raw = _read_at_most(file, MAX_DOCUMENT_BYTES + 1)
    except OSError as error:
        reason = error.strerror or "an input/output error"
        raise InvalidInputError(
            f"{file}: cannot be read ({reason}). Nothing was imported."
        ) from None
    try:
        document = parse_json(raw)
    except JsonInputError as error:
        raise InvalidInputError(f"{file}: {error} Nothing was imported.") from None
    problem = import_header_problem(document)
    if problem:
        raise InvalidInputError(f"{file}: {problem} Nothing was imported.")
    return document


def _read_at_most(file: Path, limit: int) -> bytes:
    """At most ``limit`` bytes of the file ('-': stdin), so /dev/zero or a huge file ends fast."""
    if str(file) == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # a text stream without bytes underneath: count characters
            return sys.stdin.read(limit).encode("utf-8", "surrogatepass")
        return stream.read(limit)
    with open(file, "rb") as stream:
        return stream.read(limit)


def run_import(args: argparse.Namespace) -> int:
    with logged_in(args) as (portal, session):
        portal.users.require_admin(session, "change the Security settings")
        document = _read_import_document(args.file)
        config, findings = read_import_document(document, portal.general)
        findings += portal.unknown_api_keys(config, session)
        if findings:
            raise ConfigurationInvalidError(
                f"{args.file}: nothing was imported; the document has these problems:", findings
            )
        portal.save_security(config, session)
    print(f"Imported the Security settings from {args.file}.")
    return EXIT_OK
