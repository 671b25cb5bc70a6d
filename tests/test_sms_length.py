"""SMS length: GSM-7 and UCS-2 units and parts (GSM 03.38)."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from portal_manager.mfa.sms_length import SmsEncoding, SmsLength, is_gsm7, measure_sms

# The GSM 03.38 default alphabet, typed row by row from the specification's table.
GSM7_DEFAULT_ALPHABET = [
    "@", "£", "$", "¥", "è", "é", "ù", "ì", "ò", "Ç", "\n", "Ø", "ø", "\r", "Å", "å",
    "Δ", "_", "Φ", "Γ", "Λ", "Ω", "Π", "Ψ", "Σ", "Θ", "Ξ", "Æ", "æ", "ß", "É",
    " ", "!", '"', "#", "¤", "%", "&", "'", "(", ")", "*", "+", ",", "-", ".", "/",
    *"0123456789", ":", ";", "<", "=", ">", "?",
    "¡", *"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Ä", "Ö", "Ñ", "Ü", "§",
    "¿", *"abcdefghijklmnopqrstuvwxyz", "ä", "ö", "ñ", "ü", "à",
]
GSM7_EXTENSION = ["^", "{", "}", "\\", "[", "~", "]", "|", "€", "\f"]
NOT_GSM7 = ["ç", "á", "í", "ó", "ú", "â", "ê", "À", "È", "`", "¢", "\t", "\u00a0", "ж", "😀", "œ"]


def test_default_alphabet_has_127_characters():
    # 128 table positions, one of which is the escape to the extension table.
    assert len(set(GSM7_DEFAULT_ALPHABET)) == 127


@pytest.mark.parametrize("char", GSM7_DEFAULT_ALPHABET)
def test_default_alphabet_character_costs_one_septet(char):
    assert is_gsm7(char)
    assert measure_sms(char) == SmsLength(SmsEncoding.GSM7, 1, 1, 1, (), 160, 159)


@pytest.mark.parametrize("char", GSM7_EXTENSION)
def test_extension_character_costs_two_septets(char):
    assert is_gsm7(char)
    assert measure_sms(char) == SmsLength(SmsEncoding.GSM7, 2, 1, 1, (), 160, 158)


@pytest.mark.parametrize("char", NOT_GSM7)
def test_character_outside_gsm7_switches_to_ucs2(char):
    assert not is_gsm7(char)
    length = measure_sms(f"Code {char}")
    assert length.encoding is SmsEncoding.UCS2
    assert length.unicode_characters == (char,)


def test_capital_c_cedilla_is_gsm7_but_small_is_not():
    assert measure_sms("Ça va").encoding is SmsEncoding.GSM7
    small = measure_sms("ça va")
    assert small.encoding is SmsEncoding.UCS2
    assert (small.units, small.units_per_part, small.units_left_in_part) == (5, 70, 65)


def test_empty_text_has_no_parts():
    assert measure_sms("") == SmsLength(SmsEncoding.GSM7, 0, 0, 0, (), 160, 160)


@pytest.mark.parametrize(
    ("length", "parts", "units_per_part", "units_left"),
    [
        (1, 1, 160, 159),
        (160, 1, 160, 0),
        (161, 2, 153, 145),
        (306, 2, 153, 0),
        (307, 3, 153, 152),
        (459, 3, 153, 0),
        (460, 4, 153, 152),
    ],
)
def test_gsm7_part_boundaries(length, parts, units_per_part, units_left):
    measured = measure_sms("a" * length)
    assert measured.encoding is SmsEncoding.GSM7
    assert (measured.units, measured.characters) == (length, length)
    assert (measured.parts, measured.units_per_part, measured.units_left_in_part) == (
        parts,
        units_per_part,
        units_left,
    )


@pytest.mark.parametrize(
    ("length", "parts", "units_per_part", "units_left"),
    [
        (70, 1, 70, 0),
        (71, 2, 67, 63),
        (134, 2, 67, 0),
        (135, 3, 67, 66),
    ],
)
def test_ucs2_part_boundaries(length, parts, units_per_part, units_left):
    measured = measure_sms("ж" * length)
    assert measured.encoding is SmsEncoding.UCS2
    assert measured.units == length
    assert (measured.parts, measured.units_per_part, measured.units_left_in_part) == (
        parts,
        units_per_part,
        units_left,
    )


@pytest.mark.parametrize(
    ("text", "units", "parts", "units_left"),
    [
        # 154 septets still fit in one SMS: the escape pair only matters once it is split.
        ("a" * 152 + "€", 154, 1, 6),
        ("a" * 158 + "€", 160, 1, 0),
        ("a" * 159 + "€", 161, 2, 145),
        # 306 septets would fill two parts exactly, but "€" cannot straddle septets 153/154:
        # part 1 holds 152 + padding, part 2 holds € + 151 a, the last "a" needs a third.
        ("a" * 152 + "€" + "a" * 152, 306, 3, 152),
        # The same septets with the escape pair starting part 2 fit in two.
        ("a" * 153 + "€" + "a" * 151, 306, 2, 0),
    ],
)
def test_escape_pair_is_never_split_between_parts(text, units, parts, units_left):
    measured = measure_sms(text)
    assert measured.encoding is SmsEncoding.GSM7
    assert (measured.units, measured.parts, measured.units_left_in_part) == (
        units,
        parts,
        units_left,
    )


@pytest.mark.parametrize(
    ("text", "units", "parts", "units_left"),
    [
        ("😀", 2, 1, 68),
        ("a" * 68 + "😀", 70, 1, 0),
        ("a" * 69 + "😀", 71, 2, 63),
        # 134 code units, but the surrogate pair cannot straddle units 67/68.
        ("a" * 66 + "😀" + "a" * 66, 134, 3, 66),
        ("a" * 67 + "😀" + "a" * 65, 134, 2, 0),
    ],
)
def test_emoji_counts_two_utf16_units_and_is_never_split(text, units, parts, units_left):
    measured = measure_sms(text)
    assert measured.encoding is SmsEncoding.UCS2
    assert measured.characters == len(text)
    assert (measured.units, measured.parts, measured.units_left_in_part) == (
        units,
        parts,
        units_left,
    )


def test_extension_characters_cost_one_unit_in_ucs2():
    assert measure_sms("ж€{").units == 3


def test_unicode_characters_are_distinct_in_order_of_first_appearance():
    assert measure_sms("ðaçðxç😀a").unicode_characters == ("ð", "ç", "😀")


def test_is_gsm7_wants_a_single_character():
    assert not is_gsm7("ab")
    assert not is_gsm7("")


@given(st.text())
def test_measure_sms_is_consistent_for_any_text(text):
    measured = measure_sms(text)
    assert measured.characters == len(text)
    assert 0 <= measured.units_left_in_part <= measured.units_per_part
    if measured.encoding is SmsEncoding.GSM7:
        assert measured.units >= measured.characters
        assert measured.unicode_characters == ()
    else:
        assert measured.units == len(text.encode("utf-16-le", "surrogatepass")) // 2
        assert measured.unicode_characters
    if text:
        # Never fewer parts than a plain division; at most one unit per part lost to pairs.
        lowest = math.ceil(measured.units / measured.units_per_part)
        assert lowest <= measured.parts <= max(1, math.ceil(
            measured.units / (measured.units_per_part - 1)))


@given(st.text(alphabet=st.sampled_from(GSM7_DEFAULT_ALPHABET + GSM7_EXTENSION)))
def test_gsm7_units_count_extension_characters_twice(text):
    measured = measure_sms(text)
    assert measured.encoding is SmsEncoding.GSM7
    assert measured.units == len(text) + sum(char in GSM7_EXTENSION for char in text)
