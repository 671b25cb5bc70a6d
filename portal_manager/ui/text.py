"""Filling ``%1``-style markers of translated texts, in one pass."""

from __future__ import annotations

import re

_MARKER = re.compile(r"%(\d)")


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1``… replaced by ``values`` in one pass.

    Chained ``.replace("%1", a).replace("%2", b)`` would also rewrite a ``%2``
    inside ``a``; here a value is never looked at again.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _MARKER.sub(value, text)
