"""How long an SMS text is on the network: encoding, units and parts (GSM 03.38).

It runs on every keystroke in the message editor, so the alphabets are
precomputed sets and the text is walked once per measure.
"""

import re
from dataclasses import dataclass
from enum import StrEnum

# The GSM 03.38 default alphabet, in table order (0x1B, the escape, is not a character).
_GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅå"
    "Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Reached through the escape character, so each costs two septets.
_GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")
_GSM7 = _GSM7_BASIC | _GSM7_EXTENSION

_GSM7_SINGLE, _GSM7_PART = 160, 153
_UCS2_SINGLE, _UCS2_PART = 70, 67
# What costs two units: a GSM-7 escape pair, a UTF-16 surrogate pair.
_GSM7_ESCAPED = re.compile("[" + re.escape("".join(sorted(_GSM7_EXTENSION))) + "]")
_BEYOND_BMP = re.compile("[\U00010000-\U0010FFFF]")


class SmsEncoding(StrEnum):
    GSM7 = "gsm7"
    UCS2 = "ucs2"


@dataclass(frozen=True)
class SmsLength:
    """The size of an SMS text; units are GSM-7 septets or UTF-16 code units."""

    encoding: SmsEncoding
    units: int
    parts: int
    characters: int
    unicode_characters: tuple[str, ...]
    units_per_part: int
    units_left_in_part: int


def is_gsm7(char: str) -> bool:
    """Whether a single character can be sent in GSM-7 (default or extension table)."""
    return char in _GSM7


def measure_sms(text: str) -> SmsLength:
    """Encoding, units and parts of an SMS text.

    Runs on every keystroke of the SMS dialog, so the common work is done by C-speed
    string operations; characters are walked one by one only to split a long text
    that holds double-cost characters (escape pairs, surrogate pairs) into parts.
    """
    # dict.fromkeys keeps the order in which characters first appear.
    unicode_characters = tuple(char for char in dict.fromkeys(text) if char not in _GSM7)
    if unicode_characters:
        encoding, single, per_part = SmsEncoding.UCS2, _UCS2_SINGLE, _UCS2_PART
        units = len(text.encode("utf-16-le", "surrogatepass")) // 2
        double_cost = _BEYOND_BMP
    else:
        encoding, single, per_part = SmsEncoding.GSM7, _GSM7_SINGLE, _GSM7_PART
        units = len(text) + sum(text.count(char) for char in _GSM7_EXTENSION)
        double_cost = _GSM7_ESCAPED

    if units <= single:
        parts, units_per_part, units_in_last_part = (1 if text else 0), single, units
    elif units == len(text):  # every character costs one unit: nothing to keep together
        parts = -(-units // per_part)
        units_per_part, units_in_last_part = per_part, units - (parts - 1) * per_part
    else:
        parts, units_in_last_part = _fill_parts(text, double_cost, per_part)
        units_per_part = per_part
    return SmsLength(
        encoding=encoding,
        units=units,
        parts=parts,
        characters=len(text),
        unicode_characters=unicode_characters,
        units_per_part=units_per_part,
        units_left_in_part=units_per_part - units_in_last_part,
    )


def _fill_parts(text: str, double_cost: re.Pattern[str], per_part: int) -> tuple[int, int]:
    """Parts needed and units in the last one, never splitting a character.

    An escape pair (GSM-7) or a surrogate pair (UCS-2) that does not fit moves whole
    to the next part, so a plain ceil(units / per_part) can be one too few. Only the
    double-cost characters are visited (found by ``double_cost`` in C); the runs of
    single-cost characters between them are added in one step each.
    """
    parts, used, start = 1, 0, 0
    for found in double_cost.finditer(text):
        parts, used = _add_single_units(parts, used, found.start() - start, per_part)
        if used + 2 > per_part:
            parts, used = parts + 1, 0
        used += 2
        start = found.end()
    return _add_single_units(parts, used, len(text) - start, per_part)


def _add_single_units(parts: int, used: int, count: int, per_part: int) -> tuple[int, int]:
    """``count`` one-unit characters appended to a last part holding ``used`` units."""
    if count <= per_part - used:
        return parts, used + count
    beyond = count - (per_part - used)  # what does not fit into the current part
    new_parts = -(-beyond // per_part)
    return parts + new_parts, beyond - (new_parts - 1) * per_part
