"""The MFA configuration as JSON: the Security settings file and `mfa export`/`import`.

The body is the same in both::

    {"services": {"authenticator_app": {...}, "sms": {...}, "voice": {...}}}

Reading is strict: every field must be present with the right type and no
unknown field may appear (at the top either), so a typo in a hand-edited
import never passes as "use the default". Each structural problem becomes an
invalid Finding, so the caller can list them all at once. The body has passed
``json_input.parse_json`` (size, depth, numbers, surrogates); this module
checks every type, and never quotes a refused value: it may be a pasted secret.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from portal_manager.messages import QT_TRANSLATE_NOOP, Message
from portal_manager.mfa.settings import (
    SETTINGS_TYPES,
    FieldKind,
    FieldSpec,
    LocalizedText,
    MfaConfig,
    Service,
    field_specs,
)
from portal_manager.mfa.validation import (
    Finding,
    FindingKind,
    invalid_findings,
    shown_key,
    validate_config,
)
from portal_manager.portal.general import GeneralSettings
from portal_manager.portal.json_input import _type_name as json_type_name

EXPORT_FORMAT = "portal-manager-mfa"
EXPORT_VERSION = 1
SERVICES_FIELD = "services"
BODY_FIELDS = (SERVICES_FIELD,)
IMPORT_FIELDS = ("format", "version", SERVICES_FIELD)
# Unknown field names are listed in a message, but only so many of them.
MAX_SHOWN_NAMES = 5


def config_to_json(config: MfaConfig) -> dict[str, Any]:
    services = {}
    for service in Service:
        settings = config.service(service)
        values = {}
        for name, spec in field_specs(type(settings)).items():
            value = getattr(settings, name)
            values[name] = value.to_json() if spec.kind is FieldKind.LOCALIZED_TEXT else value
        services[service.value] = values
    return {"services": services}


def export_document(config: MfaConfig) -> dict[str, Any]:
    return {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, **config_to_json(config)}


def _structure_problem(service: Service | None, field: str, message: Message) -> Finding:
    return Finding(service, field, None, FindingKind.INVALID, "structure", message)


def shown_name(name: str) -> str:
    """A field name from a file, quoted as :func:`shown_key` shortens it."""
    return f'"{shown_key(name)}"'


def _listed(names: list[str]) -> str:
    quoted = [f'"{name}"' for name in names]
    if len(quoted) == 1:
        return quoted[0]
    return QT_TRANSLATE_NOOP("Import", "%1 and %2").fill(", ".join(quoted[:-1]), quoted[-1])


def config_from_json(
    body: Any, *, allow_unknown: bool = False
) -> tuple[MfaConfig | None, list[Finding]]:
    """Read a configuration body; returns (config or None, structural findings).

    ``allow_unknown`` ignores fields this version does not know, for files
    written by a newer version (opened read-only).
    """
    parsed, findings = _parse_body(body, BODY_FIELDS, allow_unknown)
    if findings:
        return None, findings
    return MfaConfig(**{service.value: settings for service, settings in parsed.items()}), []


def import_header_problem(document: Any) -> Message | None:
    """Why ``document`` is not an export this version reads, or None.

    The text completes "The file …"; checked before anything else is read.
    """
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        return QT_TRANSLATE_NOOP(
            "Import",
            'is not a document of "portal-manager mfa export" (it must be a JSON object '
            'whose "format" is "%1").',
        ).fill(EXPORT_FORMAT)
    version = document.get("version")
    if type(version) is not int:
        return QT_TRANSLATE_NOOP(
            "Import",
            'has no format version (a whole number in "version"; this version of Portal '
            "Manager reads version %1).",
        ).fill(EXPORT_VERSION)
    if version > EXPORT_VERSION:
        return QT_TRANSLATE_NOOP(
            "Import",
            "was written by a newer Portal Manager (format version %1; this version "
            "reads version %2). Update Portal Manager to import it.",
        ).fill(version, EXPORT_VERSION)
    if version != EXPORT_VERSION:
        return QT_TRANSLATE_NOOP(
            "Import", "has an invalid format version (this version reads version %1)."
        ).fill(EXPORT_VERSION)
    return None


def read_import_document(
    document: Any, general: GeneralSettings
) -> tuple[MfaConfig, list[Finding]]:
    """Read a whole import document (``format``, ``version``, ``services``).

    Returns a configuration and every problem in it: the structural ones and
    the invalid values of every service that could be read, including an
    activated service that is not complete. A service that could not be read
    is taken at its defaults in the returned configuration, which is only for
    further checks. Check :func:`import_header_problem` first.
    """
    parsed, findings = _parse_body(document, IMPORT_FIELDS, allow_unknown=False)
    config = MfaConfig(**{
        service.value: parsed.get(service, SETTINGS_TYPES[service]()) for service in Service
    })
    findings += [
        finding
        for finding in invalid_findings(validate_config(config, general))
        if finding.service in parsed
    ]
    return config, findings


def _parse_body(
    body: Any, known_fields: tuple[str, ...], allow_unknown: bool
) -> tuple[dict[Service, Any], list[Finding]]:
    """The services that could be read, and every structural problem."""
    if not isinstance(body, dict):
        return {}, [_structure_problem(
            None, "",
            QT_TRANSLATE_NOOP("Import", "Expected a JSON object, found %1.").fill(
                json_type_name(body)
            ),
        )]
    findings: list[Finding] = []
    unknown = [key for key in body if key not in known_fields]
    if unknown and not allow_unknown:
        findings.append(_structure_problem(
            None, "",
            QT_TRANSLATE_NOOP(
                "Import",
                "Unknown field(s) at the top of the document: %1. "
                "Only %2 belong there; remove the others.",
            ).fill(_shown_names(unknown), _listed(list(known_fields))),
        ))
    services = body.get(SERVICES_FIELD)
    if not isinstance(services, dict):
        findings.append(_structure_problem(
            None, SERVICES_FIELD,
            QT_TRANSLATE_NOOP(
                "Import", 'Expected an object "%1" with one object per service (%2); %3.'
            ).fill(SERVICES_FIELD, ", ".join(Service), _found(services, SERVICES_FIELD in body)),
        ))
        return {}, findings
    parsed, service_findings = _parse_services(services, allow_unknown)
    return parsed, findings + service_findings


def _shown_names(names: list[str]) -> str:
    """The first MAX_SHOWN_NAMES names from a file, and how many more there are."""
    shown = ", ".join(shown_name(name) for name in names[:MAX_SHOWN_NAMES])
    if len(names) <= MAX_SHOWN_NAMES:
        return shown
    return QT_TRANSLATE_NOOP("Import", "%1 and %n more", None, 1).fill(
        shown, count=len(names) - MAX_SHOWN_NAMES
    )


def _found(value: Any, present: bool) -> Message:
    """What stands where an object was expected, completing "Expected …; "."""
    if not present:
        return QT_TRANSLATE_NOOP("Import", "it is missing")
    return QT_TRANSLATE_NOOP("Import", "found %1").fill(json_type_name(value))


def _parse_services(
    services: dict[str, Any], allow_unknown: bool
) -> tuple[dict[Service, Any], list[Finding]]:
    findings: list[Finding] = []
    for key in services:
        if key not in Service.__members__.values() and not allow_unknown:
            findings.append(_structure_problem(
                None, key,
                QT_TRANSLATE_NOOP("Import", "Unknown service %1. Known: %2.").fill(
                    shown_name(key), ", ".join(Service)
                ),
            ))
    parsed = {}
    for service in Service:
        values = services.get(service.value)
        if not isinstance(values, dict):
            findings.append(_structure_problem(
                service, "",
                QT_TRANSLATE_NOOP("Import", 'Expected an object for the service "%1"; %2.').fill(
                    service.value, _found(values, service.value in services)
                ),
            ))
            continue
        settings, service_findings = _settings_from_json(service, values, allow_unknown)
        findings += service_findings
        if settings is not None:
            parsed[service] = settings
    return parsed, findings


def _settings_from_json(
    service: Service, values: dict[str, Any], allow_unknown: bool
) -> tuple[Any, list[Finding]]:
    settings_type = SETTINGS_TYPES[service]
    specs = field_specs(settings_type)
    findings = []
    if not allow_unknown:
        findings += [
            _structure_problem(
                service, key,
                QT_TRANSLATE_NOOP("Import", "Unknown field %1 in %2.").fill(
                    shown_name(key), service.value
                ),
            )
            for key in values
            if key not in specs
        ]
    arguments = {}
    for name, spec in specs.items():
        if name not in values:
            if allow_unknown:
                continue
            findings.append(_structure_problem(
                service, name, QT_TRANSLATE_NOOP("Import", 'The field "%1" is missing.').fill(name)
            ))
            continue
        value, problem = _field_from_json(spec, values[name])
        if problem:
            findings.append(_structure_problem(
                service, name, QT_TRANSLATE_NOOP("Import", "%1: %2").fill(spec.label, problem)
            ))
        else:
            arguments[name] = value
    if findings:
        return None, findings
    return settings_type(**arguments), []


def _field_from_json(spec: FieldSpec, value: Any) -> tuple[Any, Message | None]:
    """Convert one JSON value by its declaration; returns (value, problem).

    Ranges and choices are validation's business (its findings say what is
    allowed); here only the JSON type is checked.
    """
    kind = spec.kind
    found = json_type_name(value)
    expected_text = QT_TRANSLATE_NOOP("Import", "expected text, found %1.")
    if kind is FieldKind.BOOL:
        if isinstance(value, bool):
            return value, None
        return None, QT_TRANSLATE_NOOP("Import", "expected true or false, found %1.").fill(found)
    if kind is FieldKind.INTEGER or (kind is FieldKind.CHOICE and isinstance(spec.choices[0], int)):
        if type(value) is int:
            return value, None
        return None, QT_TRANSLATE_NOOP("Import", "expected a whole number, found %1.").fill(found)
    if kind is FieldKind.CHOICE:
        if not isinstance(value, str):
            return None, expected_text.fill(found)
        # Enum choices keep their type so that comparisons elsewhere stay exact.
        return next((choice for choice in spec.choices if value == choice), value), None
    if kind is FieldKind.TEXT:
        return (value, None) if isinstance(value, str) else (None, expected_text.fill(found))
    if kind is FieldKind.OPTIONAL_TEXT:
        if value is None or isinstance(value, str):
            return value, None
        return None, QT_TRANSLATE_NOOP("Import", "expected text or null, found %1.").fill(found)
    if kind is FieldKind.LOCALIZED_TEXT:
        return _localized_text_from_json(value)
    raise AssertionError(f"unhandled field kind {kind}")


def _localized_text_from_json(value: Any) -> tuple[LocalizedText | None, Message | None]:
    if not isinstance(value, dict):
        return None, QT_TRANSLATE_NOOP(
            "Import", 'expected an object of language code to text, e.g. {"en": "…"}, found %1.'
        ).fill(json_type_name(value))
    for text in value.values():
        if not isinstance(text, str):
            return None, QT_TRANSLATE_NOOP(
                "Import",
                'expected an object of language code to text, e.g. {"en": "…"}; '
                "found %1 for a language.",
            ).fill(json_type_name(text))
    return LocalizedText(value), None


def settings_changes(old: MfaConfig, new: MfaConfig) -> list[tuple[str, Any, Any]]:
    """(service.field, old value, new value) for every field that differs."""
    changes = []
    for service in Service:
        before, after = old.service(service), new.service(service)
        for item in dataclasses.fields(before):
            old_value, new_value = getattr(before, item.name), getattr(after, item.name)
            if old_value != new_value:
                changes.append((f"{service.value}.{item.name}", old_value, new_value))
    return changes
