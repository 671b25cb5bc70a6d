"""Finding provider plug-ins: installed distributions' entry points.

A plug-in declares, in its packaging metadata::

    [project.entry-points."portal_manager.providers"]
    "example" = "example_provider:ExampleProvider"

The name is what the portal stores and the dialogs show; the object is a
:class:`~portal_manager.providers.base.Provider` class (instantiated without
arguments) or an instance. seven.io is registered this way by Portal Manager
itself.
"""

from __future__ import annotations

import functools
import sys
from importlib.metadata import EntryPoint, entry_points

from portal_manager.errors import PortalManagerError
from portal_manager.messages import QT_TRANSLATE_NOOP
from portal_manager.mfa.validation import shown_key
from portal_manager.providers.base import Provider

ENTRY_POINT_GROUP = "portal_manager.providers"

_METHODS = ("send_sms", "start_voice_call", "check_credentials")
# Completes "choose one of the installed providers: …" when there is none.
NONE_INSTALLED = QT_TRANSLATE_NOOP("Providers", "none")


def _entry_points() -> dict[str, EntryPoint]:
    return dict(_entry_points_on(tuple(sys.path)))


@functools.lru_cache(maxsize=4)
def _entry_points_on(search_path: tuple[str, ...]) -> dict[str, EntryPoint]:
    """The plug-ins installed on ``search_path``, found once per path.

    Scanning every installed distribution's metadata took 4 ms, on each test send
    (bench/sending.py); a plug-in installed while the app runs is seen after a
    restart, as with any Python package.
    """
    # Two distributions may declare the same name; the first one found wins,
    # as importlib.metadata lists them in sys.path order.
    found: dict[str, EntryPoint] = {}
    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        found.setdefault(entry_point.name, entry_point)
    return found


def _describe(error: Exception) -> str:
    # Loading happens before any API key is at hand, so the plug-in's own text
    # holds no secret; it is shortened because a plug-in can say anything.
    text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return text if len(text) <= 200 else text[:199] + "…"


def available_providers() -> list[str]:
    """The names of the installed providers, sorted."""
    return sorted(_entry_points())


def load_provider(name: str) -> Provider:
    """The provider registered as ``name``; a clear error if it is missing or broken."""
    entry_point = _entry_points().get(name)
    # The name may come from a portal folder anyone could write: shown shortened and
    # without control characters, so it cannot forge lines or colour a terminal.
    shown = shown_key(name)
    if entry_point is None:
        raise PortalManagerError(QT_TRANSLATE_NOOP(
            "Providers",
            "The messaging provider \"%1\" is not installed. Install its plug-in or "
            "choose one of the installed providers: %2.").fill(
                shown, ", ".join(available_providers()) or NONE_INSTALLED))
    try:
        loaded = entry_point.load()
        provider = loaded() if isinstance(loaded, type) else loaded
    except Exception as error:  # a plug-in's import or constructor can fail in any way
        raise PortalManagerError(QT_TRANSLATE_NOOP(
            "Providers",
            "The messaging provider plug-in \"%1\" could not be loaded (%2). Reinstall or "
            "update the plug-in.").fill(shown, _describe(error))) from None
    missing = [method for method in _METHODS if not callable(getattr(provider, method, None))]
    if missing:
        raise PortalManagerError(QT_TRANSLATE_NOOP(
            "Providers",
            "The messaging provider plug-in \"%1\" is broken: it lacks %2. Reinstall or "
            "update the plug-in.").fill(shown, ", ".join(missing)))
    if not isinstance(getattr(provider, "name", None), str):
        raise PortalManagerError(QT_TRANSLATE_NOOP(
            "Providers",
            "The messaging provider plug-in \"%1\" is broken: it has no name. Reinstall or "
            "update the plug-in.").fill(shown))
    return provider
