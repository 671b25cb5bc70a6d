"""The portal's messaging provider: which plug-ins are installed, which one the portal uses.

The provider is chosen once per portal (SMS and voice calls go through the
same account) among the installed plug-ins. A portal may name a provider that
is not installed on this computer - it was configured elsewhere - so that is
not an error in the file: the services just cannot be activated or tested
here until the plug-in is installed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from portal_manager.messages import QT_TRANSLATE_NOOP
from portal_manager.mfa.settings import DEFAULT_PROVIDER, MfaConfig, Service
from portal_manager.mfa.validation import PROVIDER_NAME, Finding, FindingKind

if TYPE_CHECKING:
    from portal_manager.app.portal import Portal
    from portal_manager.users.directory import Session

MESSAGING_SERVICES = (Service.SMS, Service.VOICE)
BUILT_IN_PROVIDER = DEFAULT_PROVIDER  # registered by Portal Manager's own package
CHOOSE_PROVIDER = QT_TRANSLATE_NOOP("Providers", "choose the messaging provider")
NONE_INSTALLED = QT_TRANSLATE_NOOP("Providers", "none")  # "… the installed providers: none."


def installed_providers() -> list[str]:
    """The names of the installed provider plug-ins, sorted."""
    # Imported here: reading every distribution's metadata is only needed when asked.
    from portal_manager.providers.registry import available_providers

    return available_providers()



def provider_choices(config: MfaConfig) -> list[str]:
    """What can be chosen: the installed providers, and the portal's own even if missing."""
    installed = installed_providers()
    if config.provider not in installed and PROVIDER_NAME.fullmatch(config.provider):
        return [*installed, config.provider]
    return installed


def missing_provider_findings(config: MfaConfig,
                              installed: list[str] | None = None) -> list[Finding]:
    """A finding for each messaging service whose provider is not installed here.

    INCOMPLETE, not INVALID: the portal can still be saved, the service not activated.
    """
    names = {config.service(service).provider for service in MESSAGING_SERVICES}
    if installed is None and names == {BUILT_IN_PROVIDER}:
        # seven.io comes with Portal Manager itself: no need to read every installed
        # package's entry points (importlib.metadata) to open the main window.
        return []
    installed = installed_providers() if installed is None else installed
    findings = []
    for service in MESSAGING_SERVICES:
        name = config.service(service).provider
        if name in installed or not PROVIDER_NAME.fullmatch(name):
            continue  # an impossible name is an INVALID finding of its own
        # The name is not quoted, like every value read from a file: the file may hold
        # anything there. Portal properties and `mfa show` show it.
        findings.append(Finding(
            service, "provider", None, FindingKind.INCOMPLETE, "provider_missing",
            QT_TRANSLATE_NOOP(
                "Providers",
                "The portal's messaging provider is not installed on this computer. Install "
                "its plug-in, or choose one of the installed providers: %1.").fill(
                    ", ".join(installed) or NONE_INSTALLED)))
    return findings


def choose_provider(portal: Portal, session: Session | None, name: str) -> bool:
    """Make ``name`` the portal's messaging provider for SMS and voice; False if it was.

    Only an installed plug-in that loads can be chosen: a missing or broken one is
    refused with the registry's message, before anything is written.
    """
    from portal_manager.providers.registry import load_provider

    portal.require_change(session, CHOOSE_PROVIDER)
    load_provider(name)  # raises a clear PortalManagerError for a missing or broken plug-in
    config = portal.security.with_provider(name)
    if config == portal.security:
        return False
    portal.save_security(config, session)
    return True
