"""Filling ``%1``-style markers of translated texts in one pass, and translating core messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from portal_manager.messages import Message, fill_markers


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1``… replaced by ``values`` in one pass.

    Chained ``.replace("%1", a).replace("%2", b)`` would also rewrite a ``%2``
    inside ``a``; here a value is never looked at again.
    """
    return fill_markers(text, values)


def translated(text: object) -> str:
    """A core :class:`Message` in the UI's language (its arguments too); other text as is."""
    if not isinstance(text, Message):
        return str(text)
    source = QCoreApplication.translate(text.context, text.source, None,
                                        -1 if text.plural_count is None else text.plural_count)
    return fill_markers(source, tuple(translated(arg) for arg in text.args),
                        text.plural_count)


def error_text(error: BaseException) -> str:
    """An exception's message for people, in the UI's language when the core marked it."""
    if error.args and isinstance(error.args[0], Message):
        return translated(error.args[0])
    return str(error)
