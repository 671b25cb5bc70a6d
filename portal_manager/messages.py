"""Messages for people that the UI can translate, without the core importing Qt.

A message is written in the core as::

    QT_TRANSLATE_NOOP("Findings", "The code length must be %1 to %2.").fill(6, 10)

``pyside6-lupdate`` finds the ``QT_TRANSLATE_NOOP("Context", "source")`` call
and extracts the source text into the .ts files; at run time the call returns
a :class:`Message`. A Message *is* a ``str`` — the English text with its
markers filled in — so the command line, logs and JSON use it as they use any
text, while the UI looks up its context and source text and fills the
translation with the same arguments (``ui.text.translated``).
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"%(\d|n)")


def fill_markers(text: str, args: tuple[object, ...], count: int | None = None) -> str:
    """``text`` with ``%1``… replaced by ``args`` (and ``%n`` by ``count``) in one pass."""

    def value(match: re.Match[str]) -> str:
        marker = match.group(1)
        if marker == "n":
            return str(count) if count is not None else match.group(0)
        index = int(marker) - 1
        return str(args[index]) if 0 <= index < len(args) else match.group(0)

    return _MARKER.sub(value, text)


class Message(str):
    """English text that remembers its translation context, source text and arguments."""

    context: str
    source: str
    args: tuple[object, ...]
    plural_count: int | None  # not "count": that would hide str.count

    def __new__(cls, context: str, source: str, args: tuple[object, ...] = (),
                count: int | None = None) -> Message:
        message = super().__new__(cls, fill_markers(source, args, count))
        message.context = context
        message.source = source
        message.args = args
        message.plural_count = count
        return message

    def fill(self, *args: object, count: int | None = None) -> Message:
        """This message's source text with ``args`` for ``%1``…, ``count`` for ``%n``."""
        return Message(self.context, self.source, args, count)

    def __reduce__(self):  # copies and pickles keep what makes it translatable
        return (Message, (self.context, self.source, self.args, self.plural_count))


def QT_TRANSLATE_NOOP(context: str, source: str, disambiguation: None = None,
                      plural: int = 0) -> Message:
    """Mark ``source`` for translation in ``context``; see the module's docstring.

    A text with ``%n`` is marked ``QT_TRANSLATE_NOOP("Context", "%n files", None, 1)``:
    pyside6-lupdate makes a call whose fourth argument is a number literal a plural, with
    one translation per grammatical number (a name such as PLURAL is not recognised).
    Without it, German would find its translation for a count of 1 only, and show English
    otherwise.
    """
    return Message(context, source)
