"""The SMS length of a template as it will be sent, before any code exists."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from portal_manager.mfa.preview import measure_sms_template
from portal_manager.mfa.sms_length import SmsEncoding, measure_sms
from portal_manager.mfa.templates import Channel, RenderContext, render_message

TEMPLATE = "${from}: ${OTPFMT} (${OTP}, ${OTPFMTSSML}, ${OTPDIGIT[0]}) ${timestamp} $$"


@pytest.mark.parametrize(
    ("code_length", "sender", "units"),
    [
        # from + ": " + fmt + " (" + otp + ", " + ssml + ", " + digit + ") " + timestamp + " $"
        (6, "", 0 + 2 + 7 + 2 + 6 + 2 + 11 + 2 + 1 + 2 + 20 + 2),
        (8, "Acme", 4 + 2 + 9 + 2 + 8 + 2 + 15 + 2 + 1 + 2 + 20 + 2),
        (10, "A" * 11, 11 + 2 + 12 + 2 + 10 + 2 + 19 + 2 + 1 + 2 + 20 + 2),
    ],
)
def test_each_placeholder_counts_at_its_rendered_length(
    code_length: int, sender: str, units: int
) -> None:
    length = measure_sms_template(TEMPLATE, code_length, sender)
    assert (length.units, length.encoding, length.parts) == (units, SmsEncoding.GSM7, 1)


def test_the_template_text_decides_the_encoding() -> None:
    assert measure_sms_template("${OTP} ist dein Code ✓", 6).encoding is SmsEncoding.UCS2
    assert measure_sms_template("${OTP} {code}", 6).units == 6 + 1 + 6 + 2  # { } count two


def test_a_wrongly_written_placeholder_counts_as_typed() -> None:
    # "{" and "}" are GSM-7 extension characters: two units each.
    assert measure_sms_template("${OTP} ${OTPX}", 6).units == 6 + 1 + len("${OTPX}") + 2


@given(
    code=st.text(alphabet="0123456789", min_size=6, max_size=10),
    sender=st.text(alphabet="ABCxyz019 .-", max_size=11),
    text=st.text(alphabet=st.sampled_from("abc €{}\nçé😀"), max_size=200),
)
def test_the_estimate_equals_every_real_message(code: str, sender: str, text: str) -> None:
    template = f"{text}${{OTPFMT}}${{from}}${{timestamp}}{text}"
    real = render_message(template, Channel.SMS, RenderContext(
        code, datetime(2031, 12, 31, 23, 59, 59, tzinfo=UTC), sender))
    # Only the digits differ, and they never change a length.
    assert measure_sms_template(template, len(code), sender) == measure_sms(real)
