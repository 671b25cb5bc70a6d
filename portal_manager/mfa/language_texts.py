"""The per-language texts of a configuration, across its services and fields."""

from __future__ import annotations

import dataclasses

from portal_manager.mfa.settings import FieldKind, LocalizedText, MfaConfig, Service, field_specs


def languages_with_texts(config: MfaConfig) -> set[str]:
    """Every language some service holds a non-empty text for."""
    languages = set()
    for service in Service:
        settings = config.service(service)
        for name, spec in field_specs(type(settings)).items():
            if spec.kind is FieldKind.LOCALIZED_TEXT:
                texts: LocalizedText = getattr(settings, name)
                languages |= {code for code, text in texts.texts.items() if text.strip()}
    return languages


def drop_language_texts(config: MfaConfig, removed: set[str]) -> MfaConfig:
    """``config`` without any text of the ``removed`` languages."""
    for service in Service:
        settings = config.service(service)
        changes = {
            name: LocalizedText({code: text for code, text in getattr(settings, name).texts.items()
                                 if code not in removed})
            for name, spec in field_specs(type(settings)).items()
            if spec.kind is FieldKind.LOCALIZED_TEXT
        }
        if changes:
            config = config.with_service(service, dataclasses.replace(settings, **changes))
    return config
