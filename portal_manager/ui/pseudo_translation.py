"""A pseudo-translation: every UI text 40 % longer and accented, e.g. "[Šéţţîñĝš ~~~]".

German runs about a third longer than English; a layout that holds the pseudo-translation
holds German and its kin, and the brackets show where a text is cut off or where a text
never went through tr() (it stays plain). Selected like a language: ``pseudo``
(Vorta's TRANS_SCALE does the same for the same reason).

What the program or Qt reads back stays as it is: ``%1``/``%n`` markers, ``&`` mnemonics
(and the letter after them, so Alt+letter still works), HTML tags and entities,
``${OTP}``-style placeholders and format specifiers.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication, QTranslator

from portal_manager.ui_language import PSEUDO_LANGUAGE  # noqa: F401 (selects this translator)

GROWTH = 1.4
_LONGEST_PADDING_WORD = 7  # a wrapped label can still break the padding into lines

_ACCENTED = str.maketrans(
    "AaBbCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåƁƀÇçĎďÉéĜĝĤĥÎîĴĵĶķĻļÑñÖöŘřŠšŢţÜüŴŵÝýŽž",
)

# Pieces copied unchanged, tried in this order at each position.
_KEPT = re.compile(
    r"""
      <[^<>]*>                                 # an HTML tag
    | &(?:\#\d+|\#x[0-9a-f]+|[a-z]+);          # an HTML entity
    | &&                                       # a literal ampersand
    | &\S                                      # a mnemonic with its letter
    | %L?\d | %n                               # Qt's markers
    | %(?:\([^)]*\))?[-+\#0]*\d*(?:\.\d+)?[sdifgxr]   # printf-style specifiers
    | \$\{[^}]*\}                              # message placeholders, ${OTP}
    | \{\w*(?:![rsa])?(?::[^{}\s]*)?\}          # str.format fields, {name:>4}
    """,
    re.VERBOSE | re.IGNORECASE,
)
_LEADING_TAGS = re.compile(r"^(?:\s|<[^<>]*>)*")
_TRAILING_TAGS = re.compile(r"(?:\s|<[^<>]*>)*$")

# Texts Qt reads back rather than shows: the layout direction, and the key names that
# key sequences are parsed from.
_UNTOUCHED_CONTEXTS = frozenset({"QShortcut", "QKeySequence"})
_UNTOUCHED_SOURCES = frozenset({"QT_LAYOUT_DIRECTION"})


def pseudo_translated(text: str) -> str:
    """``text`` accented and padded to 40 % more visible characters, in brackets.

    Texts without letters of their own ("%1: %2", "—") only join other texts and stay.
    """
    pieces: list[tuple[str, bool]] = []  # (piece, is visible text to accent)
    position = 0
    for kept in _KEPT.finditer(text):
        pieces += [(text[position:kept.start()], True), (kept.group(), False)]
        position = kept.end()
    pieces.append((text[position:], True))
    visible = "".join(piece for piece, shown in pieces if shown)
    if not any(char.isalpha() for char in visible):
        return text
    accented = "".join(piece.translate(_ACCENTED) if shown else piece for piece, shown in pieces)
    # A kept piece shows as about one character (a mnemonic: its letter), a tag as none.
    length = len(visible) + sum(1 for piece, shown in pieces
                                if not shown and not piece.startswith("<"))
    start = _LEADING_TAGS.match(accented).end()
    end = max(start, _TRAILING_TAGS.search(accented).start())
    padding = _padding(math.ceil(length * GROWTH) - length - len("[ ]"))
    return f"{accented[:start]}[{accented[start:end]} {padding}]{accented[end:]}"


def _padding(length: int) -> str:
    """At least one "~", in words short enough for a word-wrapped label to break."""
    length = max(1, length)
    padding = (("~" * _LONGEST_PADDING_WORD + " ") * length)[:length]
    return padding[:-1] + "~"  # never ending in a space, which would not show


class PseudoTranslator(QTranslator):
    """Answers every context, Qt's own too ("OK", "Cancel" of standard buttons)."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if context in _UNTOUCHED_CONTEXTS or source_text in _UNTOUCHED_SOURCES:
            return source_text
        return pseudo_translated(source_text)

    def isEmpty(self) -> bool:
        return False


def install_pseudo_translation(app: QCoreApplication) -> list[QTranslator]:
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    return [translator]
