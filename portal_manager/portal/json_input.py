"""The one way JSON from outside is read: bounded in size, depth and numbers, then typed.

Everything a portal file, an import document or a store header holds passes
through :func:`parse_json` before any other code looks at it, so a damaged or
hostile file cannot exhaust memory, overflow the stack (100,000 nested
brackets), stall on a 5,000-digit number, or smuggle a lone surrogate that
only fails later when it is written out again. The ``expect_*`` functions then
check each value's type and range where it is used, raising
:class:`JsonInputError` with the field's place and what was expected. Values
are never quoted back: a refused value may be a pasted secret.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from portal_manager.messages import QT_TRANSLATE_NOOP, Message
from portal_manager.portal.wording import shown_key

MAX_DOCUMENT_BYTES = 1 << 20  # 1 MiB: far more than any portal file or import needs
MAX_DEPTH = 32
MAX_INTEGER_DIGITS = 20
MAX_STRING_LENGTH = 100_000


class JsonInputError(ValueError):
    """The JSON is not acceptable; the text says where and why, for a person."""


# A string literal (skipped whole) or one bracket.
_STRING_OR_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _check_depth(text: str, max_depth: int) -> None:
    """Refuse deep nesting before json.loads recurses into it (a RecursionError)."""
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > max_depth:
                raise _too_deep(max_depth)
        elif token in "]}":
            depth -= 1


def _too_deep(max_depth: int) -> JsonInputError:
    return JsonInputError(
        QT_TRANSLATE_NOOP("Files", "is nested more than %1 levels deep.").fill(max_depth))


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise JsonInputError(QT_TRANSLATE_NOOP(
            "Files", "holds a number with more than %1 digits.").fill(MAX_INTEGER_DIGITS))
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > 40:
        raise JsonInputError(QT_TRANSLATE_NOOP("Files", "holds a number that is too long."))
    value = float(text)
    if not math.isfinite(value):
        raise JsonInputError(QT_TRANSLATE_NOOP("Files", "holds a number too large to use."))
    return value


def _refuse_constant(name: str) -> Any:
    raise JsonInputError(
        QT_TRANSLATE_NOOP("Files", "holds %1, which is not a JSON number.").fill(name))


def _check_strings(value: Any) -> None:
    """Every string (keys too) must be encodable text: no lone surrogates, not huge."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            items = (item,)
        elif isinstance(item, dict):
            items = tuple(item)
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
            continue
        else:
            continue
        for text in items:
            if len(text) > MAX_STRING_LENGTH:
                raise JsonInputError(QT_TRANSLATE_NOOP(
                    "Files", "holds a text longer than %1 characters.").fill(MAX_STRING_LENGTH))
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raise JsonInputError(QT_TRANSLATE_NOOP(
                    "Files", "holds a text with an invalid character (a lone surrogate such as "
                    "\\ud800); use real characters.")) from None


def _object_without_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Python keeps the last of a repeated key silently; someone reading the file (or a
    # reviewer of a change to it) may see the first. A file saying two things is refused.
    value = dict(pairs)
    if len(value) != len(pairs):
        seen: set[str] = set()
        repeated = next(key for key, _ in pairs if key in seen or seen.add(key))
        raise JsonInputError(QT_TRANSLATE_NOOP(
            "Files", "has the key \"%1\" twice in one object; remove one of them.").fill(
                shown_key(repeated)))
    return value


def parse_json(
    raw: bytes | str, *, max_bytes: int = MAX_DOCUMENT_BYTES, max_depth: int = MAX_DEPTH
) -> Any:
    """Parse ``raw`` within the limits. Raises JsonInputError (its text completes "The file …")."""
    if len(raw) > max_bytes:
        raise JsonInputError(
            QT_TRANSLATE_NOOP("Files", "is larger than %1 KiB.").fill(max_bytes // 1024))
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise JsonInputError(
                QT_TRANSLATE_NOOP("Files", "is corrupt (not UTF-8 text).")) from None
    else:
        text = raw
    if not text.strip():
        raise JsonInputError(QT_TRANSLATE_NOOP("Files", "is empty."))
    _check_depth(text, max_depth)
    try:
        value = json.loads(
            text,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_refuse_constant,
            object_pairs_hook=_object_without_repeated_keys,
        )
    except json.JSONDecodeError as error:
        raise JsonInputError(QT_TRANSLATE_NOOP(
            "Files", "is corrupt or truncated (not valid JSON at line %1, column %2).",
        ).fill(error.lineno, error.colno)) from None
    except RecursionError:  # the depth check should make this impossible; never a traceback
        raise _too_deep(max_depth) from None
    _check_strings(value)
    return value


# -- typed access --------------------------------------------------------------------------
#
# The messages name the field's place: "the key" alone, or "the key" in a ``where`` such
# as "user record 3" (a Message, so that it is translated with the rest).


def _type_name(value: Any) -> Message:
    if value is None:
        return QT_TRANSLATE_NOOP("Files", "null")
    if isinstance(value, bool):
        return QT_TRANSLATE_NOOP("Files", "true/false")
    if isinstance(value, int | float):
        return QT_TRANSLATE_NOOP("Files", "a number")
    if isinstance(value, str):
        return QT_TRANSLATE_NOOP("Files", "text")
    if isinstance(value, list):
        return QT_TRANSLATE_NOOP("Files", "a list")
    if isinstance(value, dict):
        return QT_TRANSLATE_NOOP("Files", "an object")
    return QT_TRANSLATE_NOOP("Files", "something else")


def _place(where: str, key: str) -> Message:
    if not where:
        return QT_TRANSLATE_NOOP("Files", '"%1"').fill(key)
    return QT_TRANSLATE_NOOP("Files", '"%1" in %2').fill(key, where)


def _expected(place: Message, expected: Message, value: Any) -> JsonInputError:
    return JsonInputError(
        QT_TRANSLATE_NOOP("Files", "%1: expected %2, found %3.").fill(
            place, expected, _type_name(value))
    )


def expect_object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _expected(where, QT_TRANSLATE_NOOP("Files", "an object"), value)
    return value


def _get(obj: dict[str, Any], key: str, where: str) -> Any:
    if key not in obj:
        raise JsonInputError(
            QT_TRANSLATE_NOOP("Files", "%1 is missing.").fill(_place(where, key)))
    return obj[key]


def expect_str(
    obj: dict[str, Any], key: str, where: str = "", *, max_length: int | None = None,
    non_empty: bool = False,
) -> str:
    value = _get(obj, key, where)
    if not isinstance(value, str):
        raise _expected(_place(where, key), QT_TRANSLATE_NOOP("Files", "text"), value)
    if non_empty and not value:
        raise JsonInputError(
            QT_TRANSLATE_NOOP("Files", "%1 must not be empty.").fill(_place(where, key)))
    if max_length is not None and len(value) > max_length:
        raise JsonInputError(QT_TRANSLATE_NOOP(
            "Files", "%1 is longer than %2 characters.").fill(_place(where, key), max_length))
    return value


def expect_int(
    obj: dict[str, Any], key: str, where: str = "", *, minimum: int, maximum: int
) -> int:
    value = _get(obj, key, where)
    if type(value) is not int:
        raise _expected(_place(where, key), QT_TRANSLATE_NOOP("Files", "a whole number"), value)
    if not minimum <= value <= maximum:
        raise JsonInputError(QT_TRANSLATE_NOOP(
            "Files", "%1 must be between %2 and %3.").fill(_place(where, key), minimum, maximum))
    return value


def expect_list(obj: dict[str, Any], key: str, where: str = "") -> list[Any]:
    value = _get(obj, key, where)
    if not isinstance(value, list):
        raise _expected(_place(where, key), QT_TRANSLATE_NOOP("Files", "a list"), value)
    return value


def expect_str_list(obj: dict[str, Any], key: str, where: str = "") -> list[str]:
    values = expect_list(obj, key, where)
    if not all(isinstance(value, str) for value in values):
        raise JsonInputError(QT_TRANSLATE_NOOP(
            "Files", "%1: expected a list of texts.").fill(_place(where, key)))
    return values


def expect_dict(obj: dict[str, Any], key: str, where: str = "") -> dict[str, Any]:
    value = _get(obj, key, where)
    if not isinstance(value, dict):
        raise _expected(_place(where, key), QT_TRANSLATE_NOOP("Files", "an object"), value)
    return value


def refuse_unknown_keys(obj: dict[str, Any], known: set[str] | tuple[str, ...],
                        where: str = "") -> None:
    unknown = sorted(key for key in obj if key not in known)
    if unknown:
        names = ", ".join(f'"{key[:40]}"' for key in unknown[:5])
        if where:
            message = QT_TRANSLATE_NOOP("Files", "unknown field(s) in %1: %2.").fill(where, names)
        else:
            message = QT_TRANSLATE_NOOP("Files", "unknown field(s): %1.").fill(names)
        raise JsonInputError(message)
