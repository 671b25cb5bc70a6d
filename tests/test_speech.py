"""The words a voice call speaks, as the preview pane shows them beside the SSML."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from portal_manager.mfa.defaults import DEFAULT_VOICE_MESSAGES
from portal_manager.mfa.speech import PAUSE, spoken_text
from portal_manager.mfa.ssml import SSML_EXAMPLE
from portal_manager.mfa.templates import Channel, RenderContext, render_message

AT = datetime(2025, 2, 25, 17, 33, 30, tzinfo=UTC)


def rendered(template: str, code: str = "123456") -> str:
    return render_message(template, Channel.VOICE, RenderContext(code, AT))


def test_the_guides_example_speaks_the_code_digit_by_digit_after_a_pause() -> None:
    assert spoken_text(rendered(SSML_EXAMPLE)) == (
        f"Your verification code is: {PAUSE} 1 2 3 4 5 6"
    )


def test_a_ten_digit_code_in_the_default_message_is_read_digit_by_digit() -> None:
    assert spoken_text(rendered(DEFAULT_VOICE_MESSAGES["de"], "0987654321")) == (
        f"Ihr Bestätigungscode lautet: {PAUSE} 0 9 8 7 6 5 4 3 2 1"
    )


@pytest.mark.parametrize(
    ("message", "spoken"),
    [
        ("Your code is ${OTPFMT}.", "Your code is 1 2 3 4 5 6."),
        ("  Your code:\n\t${OTP}  ", "Your code: 123456"),
        ("Digits ${OTPDIGIT[0]}, ${OTPDIGIT[5]}", "Digits 1, 6"),
    ],
)
def test_plain_text_passes_through_with_whitespace_collapsed(message: str, spoken: str) -> None:
    assert spoken_text(rendered(message)) == spoken


@pytest.mark.parametrize(
    ("ssml", "spoken"),
    [
        ('<say-as interpret-as="number_digit">123456</say-as>', "1 2 3 4 5 6"),
        ('<say-as interpret-as="digits">1 2 3</say-as>', "1 2 3"),
        ('<say-as interpret-as="date">2025-02-25</say-as>', "2025-02-25"),
        ("<speak>A<break/>B</speak>", f"A {PAUSE} B"),
        ('<speak>Call <sub alias="World Wide Web">WWW</sub></speak>', "Call World Wide Web"),
        ("<speak>Tom &amp; Jerry &lt;3</speak>", "Tom & Jerry <3"),
        ('<speak xmlns="http://www.w3.org/2001/10/synthesis">One<break time="1s"/>'
         "Two</speak>", f"One {PAUSE} Two"),
        ("<speak>a <!-- not spoken -->b</speak>", "a b"),
    ],
)
def test_ssml_markup_becomes_what_is_spoken(ssml: str, spoken: str) -> None:
    assert spoken_text(ssml) == spoken


@pytest.mark.parametrize(
    ("broken", "spoken"),
    [
        ("<voice>Code <prosody>1 2 3</voice>", "Code 1 2 3"),
        ("<voice>Tom &amp; Jerry", "Tom & Jerry"),
        ("<voice>unfinished <break", "unfinished"),
        ("<a>\ud800</a>", "\ud800"),
    ],
)
def test_ssml_that_is_not_well_formed_gives_its_text_without_tags(broken: str,
                                                                  spoken: str) -> None:
    assert spoken_text(broken) == spoken


def test_a_doctype_is_never_expanded() -> None:
    # A hand-edited file may hold anything; the entity must not be resolved.
    spoken = spoken_text('<!DOCTYPE x [<!ENTITY a "expanded">]><x>&a;</x>')
    assert "expanded" not in spoken


def test_an_empty_message_speaks_nothing() -> None:
    assert spoken_text("") == ""
    assert spoken_text("<speak/>") == ""
