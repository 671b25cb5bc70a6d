"""The MFA configuration as JSON: the Security settings file and `mfa export`/`import`.

The body is the same in both::

    {"services": {"authenticator_app": {...}, "sms": {...}, "voice": {...}}}

Reading is strict: every field must be present with the right type and no
unknown field may appear, so a typo in a hand-edited import never passes as
"use the default". Each structural problem becomes an invalid Finding, so
the caller can list them all at once.
"""

from __future__ import annotations

import dataclasses
from typing import Any

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
    validate_config,
)
from portal_manager.portal.general import GeneralSettings

EXPORT_FORMAT = "portal-manager-mfa"
EXPORT_VERSION = 1


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


def _structure_problem(service: Service | None, field: str, message: str) -> Finding:
    return Finding(service, field, None, FindingKind.INVALID, "structure", message)


def config_from_json(
    body: Any, *, allow_unknown: bool = False
) -> tuple[MfaConfig | None, list[Finding]]:
    """Read a configuration body; returns (config or None, structural findings).

    ``allow_unknown`` ignores fields this version does not know, for files
    written by a newer version (opened read-only).
    """
    parsed, findings = _parse_services(body, allow_unknown)
    if findings:
        return None, findings
    return MfaConfig(**{service.value: settings for service, settings in parsed.items()}), []


def read_import_document(
    body: Any, general: GeneralSettings
) -> tuple[MfaConfig, list[Finding]]:
    """Read an import: a configuration and every problem in it.

    Problems are the structural ones and the invalid values of every service
    that could be read; a service that could not be read is taken at its
    defaults in the returned configuration, which is only for further checks.
    """
    parsed, findings = _parse_services(body, allow_unknown=False)
    config = MfaConfig(**{
        service.value: parsed.get(service, SETTINGS_TYPES[service]()) for service in Service
    })
    findings += [
        finding
        for finding in invalid_findings(validate_config(config, general))
        if finding.service in parsed
    ]
    return config, findings


def _parse_services(body: Any, allow_unknown: bool) -> tuple[dict[Service, Any], list[Finding]]:
    """The services that could be read, and every structural problem."""
    if not isinstance(body, dict) or not isinstance(body.get("services"), dict):
        return {}, [_structure_problem(None, "services", 'Expected an object "services".')]
    services = body["services"]
    findings: list[Finding] = []
    for key in services:
        if key not in Service.__members__.values() and not allow_unknown:
            findings.append(_structure_problem(
                None, key, f'Unknown service "{key}". Known: {", ".join(Service)}.'
            ))
    parsed = {}
    for service in Service:
        values = services.get(service.value)
        if not isinstance(values, dict):
            findings.append(_structure_problem(
                service, "", f'The service "{service.value}" is missing or not an object.'
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
            _structure_problem(service, key, f'Unknown field "{key}" in {service.value}.')
            for key in values
            if key not in specs
        ]
    arguments = {}
    for name, spec in specs.items():
        if name not in values:
            if allow_unknown:
                continue
            findings.append(_structure_problem(service, name, f'The field "{name}" is missing.'))
            continue
        value, problem = _field_from_json(spec, values[name])
        if problem:
            findings.append(_structure_problem(service, name, f"{spec.label}: {problem}"))
        else:
            arguments[name] = value
    if findings:
        return None, findings
    return settings_type(**arguments), []


def _field_from_json(spec: FieldSpec, value: Any) -> tuple[Any, str | None]:
    """Convert one JSON value by its declaration; returns (value, problem)."""
    kind = spec.kind
    if kind is FieldKind.BOOL:
        return (value, None) if isinstance(value, bool) else (None, "expected true or false.")
    if kind is FieldKind.INTEGER or (kind is FieldKind.CHOICE and isinstance(spec.choices[0], int)):
        if isinstance(value, int) and not isinstance(value, bool):
            return value, None
        return None, f"expected a whole number, not {value!r}."
    if kind is FieldKind.CHOICE:
        # Enum choices keep their type so that comparisons elsewhere stay exact.
        for choice in spec.choices:
            if value == choice:
                return choice, None
        return value, None if isinstance(value, str) else "expected text."
    if kind is FieldKind.TEXT:
        return (value, None) if isinstance(value, str) else (None, "expected text.")
    if kind is FieldKind.OPTIONAL_TEXT:
        if value is None or isinstance(value, str):
            return value, None
        return None, "expected text or null."
    if kind is FieldKind.LOCALIZED_TEXT:
        if isinstance(value, dict) and all(
            isinstance(key, str) and isinstance(text, str) for key, text in value.items()
        ):
            return LocalizedText(value), None
        return None, 'expected an object of language code to text, e.g. {"en": "…"}.'
    raise AssertionError(f"unhandled field kind {kind}")


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
