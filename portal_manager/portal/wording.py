"""Joining messages into lists and paragraphs without losing their translations.

``", ".join(messages)`` makes plain text that the UI can no longer translate.
These functions join with a translatable pattern instead (``"%1, %2"``), so
that every part stays a :class:`~portal_manager.messages.Message`; the English
text is the same as the plain join's.
"""

from __future__ import annotations

from collections.abc import Sequence

from portal_manager.messages import QT_TRANSLATE_NOOP, Message

MAX_SHOWN_KEY_LENGTH = 40


def shown_key(key: str) -> str:
    """A key from a file as a message shows it: shortened, non-printable characters as "?"."""
    short = key[:MAX_SHOWN_KEY_LENGTH] + ("…" if len(key) > MAX_SHOWN_KEY_LENGTH else "")
    return "".join(char if char.isprintable() else "?" for char in short)


def _joined(items: Sequence[object], pair: Message) -> object:
    # Split in halves, not one by one: a long list nests only log2(n) Messages deep,
    # which translating them (recursively) must walk.
    if len(items) == 1:
        return items[0]
    middle = len(items) // 2
    return pair.fill(_joined(items[:middle], pair), _joined(items[middle:], pair))


def comma_list(items: Sequence[object]) -> object:
    """``items`` as "a, b, c"; the one item itself, or "" for none."""
    return _joined(items, QT_TRANSLATE_NOOP("Lists", "%1, %2")) if items else ""


def and_list(items: Sequence[object]) -> object:
    """``items`` as "a and b and c"; the one item itself, or "" for none."""
    return _joined(items, QT_TRANSLATE_NOOP("Lists", "%1 and %2")) if items else ""


def semicolon_list(items: Sequence[object]) -> object:
    """``items`` as "a; b; c"; the one item itself, or "" for none."""
    return _joined(items, QT_TRANSLATE_NOOP("Lists", "%1; %2")) if items else ""


def sentences(items: Sequence[object]) -> object:
    """Sentences one after the other, separated by a space; "" for none."""
    return _joined(items, QT_TRANSLATE_NOOP("Lists", "%1 %2")) if items else ""


def bullet_lines(items: Sequence[object]) -> object:
    """Each item on a line of its own, as "  - item"; "" for none."""
    bullets = [QT_TRANSLATE_NOOP("Lists", "  - %1").fill(item) for item in items]
    return _joined(bullets, QT_TRANSLATE_NOOP("Lists", "%1\n%2")) if bullets else ""
