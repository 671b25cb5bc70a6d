"""A service's state for people: ready, incomplete or invalid — computed in one place."""

from __future__ import annotations

from enum import StrEnum

from portal_manager.mfa.settings import Service
from portal_manager.mfa.validation import Finding, FindingKind, findings_for


class ServiceState(StrEnum):
    READY = "ready"  # complete and valid: may be activated
    INCOMPLETE = "incomplete"  # something is missing: blocks activation only
    INVALID = "invalid"  # a value is wrong: blocks saving


def service_state(findings: list[Finding], service: Service) -> ServiceState:
    """The state of ``service`` given every finding of a configuration."""
    kinds = {finding.kind for finding in findings_for(findings, service)}
    if FindingKind.INVALID in kinds:
        return ServiceState.INVALID
    if FindingKind.INCOMPLETE in kinds:
        return ServiceState.INCOMPLETE
    return ServiceState.READY
