"""The provider interface: what a messaging provider plug-in offers and raises.

A provider is any object with a ``name`` and the three methods of
:class:`Provider`; it is registered under the entry point group
``portal_manager.providers`` (see :mod:`portal_manager.providers.registry`).
seven.io is registered the same way a third party's plug-in would be.

Contract for every method:

- the API key is passed in on each call and never kept, logged or put into an
  exception text; neither is the message text (it carries the code);
- a refusal by the provider (a return code) raises :class:`ProviderError`;
- a failure before anything was written to the provider (no connection)
  raises :class:`ProviderUnreachableError`: nothing was sent;
- a failure after the request may have reached the provider (read timeout,
  dropped connection, server error) raises :class:`MaybeSentError` and is
  never retried, so a person never pays for or receives a message twice.

Exception texts are translatable :class:`~portal_manager.messages.Message` s.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from portal_manager.errors import PortalManagerError


@dataclass(frozen=True)
class SendResult:
    """The provider's answer to an accepted SMS or call; ``None`` where it gave none."""

    message_id: str | None
    parts: int | None
    price: float | None  # total price of the request
    balance: float | None  # the account's balance after it

    def as_json(self) -> dict[str, object]:
        """The fields as `send-test --json` prints them."""
        return {"message_id": self.message_id, "parts": self.parts,
                "price": self.price, "balance": self.balance}


@dataclass(frozen=True)
class Balance:
    """The account's credit, as "Check API key" shows it."""

    amount: float
    currency: str

    def as_json(self) -> dict[str, object]:
        return {"amount": self.amount, "currency": self.currency}


class ProviderError(PortalManagerError):
    """The provider answered and said no; ``code`` is its return code (e.g. "900")."""

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code


class ProviderUnreachableError(PortalManagerError):
    """The provider could not be reached; nothing was sent."""


class MaybeSentError(PortalManagerError):
    """The request failed after it was written: the message may have been sent."""


@runtime_checkable
class Provider(Protocol):
    """What a messaging provider plug-in implements."""

    name: str  # shown read-only in the dialogs, e.g. "seven.io"

    def send_sms(self, api_key: str, to: str, text: str, sender: str | None,
                 ttl_minutes: int) -> SendResult:
        """Send ``text`` to ``to`` (E.164) from ``sender`` (omitted when empty or None);
        the network keeps trying for ``ttl_minutes``."""
        ...

    def start_voice_call(self, api_key: str, to: str, text: str) -> SendResult:
        """Call ``to`` (E.164) and speak ``text`` (plain text or SSML)."""
        ...

    def check_credentials(self, api_key: str) -> Balance:
        """The account's balance; proves the key works without sending anything."""
        ...
