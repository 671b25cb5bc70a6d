"""The words a voice call speaks: a rendered voice message without its SSML markup.

Support staff read this beside the SSML to hear the message in their head. It
follows what the text-to-speech engine does with the markup that matters for a
verification code: ``<break>`` is a pause, ``<say-as interpret-as="number_digit">``
reads digits one by one (so ``1:2:3:4:5:6`` is "1 2 3 4 5 6"), ``<sub alias="…">``
speaks its alias. Other elements contribute their text in document order.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

from portal_manager.mfa.ssml import check_ssml, is_ssml

PAUSE = "…"
# say-as values that make the engine read each character on its own.
_DIGIT_BY_DIGIT = frozenset({"number_digit", "digits", "characters", "spell-out"})
_WHITESPACE = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]*>?")
# Separators between the digits of a code that are not spoken, e.g. ${OTPFMTSSML}'s colons.
_DIGIT_SEPARATORS = re.compile(r"(?<=\d)[:\s]+(?=\d)")


def spoken_text(rendered: str) -> str:
    """The words a voice call speaks for ``rendered`` (a message with its placeholders filled).

    Plain text comes back with its whitespace collapsed. SSML gives its text
    content; text that is not well-formed SSML gives its text with the tags
    stripped. Never raises.
    """
    if not is_ssml(rendered):
        return _collapse(rendered)
    # check_ssml refuses a DOCTYPE, so ElementTree never sees an entity declaration.
    if check_ssml(rendered) is not None:
        return _without_tags(rendered)
    try:
        root = ElementTree.fromstring(rendered)
    except (ElementTree.ParseError, ValueError):
        return _without_tags(rendered)
    return _collapse(" ".join(_words(root)))


def _words(element: ElementTree.Element) -> list[str]:
    """The spoken pieces of ``element`` and its children, without its tail."""
    name = _local_name(element.tag)
    if name == "break":
        return [PAUSE]
    if name == "sub" and element.get("alias") is not None:
        return [element.get("alias", "")]
    pieces = [element.text or ""]
    for child in element:
        pieces.extend(_words(child))
        pieces.append(child.tail or "")
    if name == "say-as" and element.get("interpret-as") in _DIGIT_BY_DIGIT:
        return [_digit_by_digit(" ".join(pieces))]
    return pieces


def _local_name(tag: object) -> str:
    # "{http://www.w3.org/2001/10/synthesis}break" is a break too.
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _digit_by_digit(text: str) -> str:
    """Digits as single words: "1:2:3", "1 2 3" and "123" all become "1 2 3"."""
    separated = _DIGIT_SEPARATORS.sub(" ", text)
    return re.sub(r"(?<=\d)(?=\d)", " ", separated)


def _without_tags(text: str) -> str:
    # Imported here: xml.sax.saxutils imports urllib.request, and with it http.client,
    # ssl and email (~40 ms), which opening the SMS dialog does not need.
    from xml.sax.saxutils import unescape

    stripped = _TAG.sub(" ", text)
    return _collapse(unescape(stripped, {"&quot;": '"', "&apos;": "'"}))


def _collapse(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()
