"""Message templates: placeholder rendering and every validation rule (PRODUCT §3.2, §3.3, §4)."""

import contextlib
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from portal_manager.errors import InvalidInputError, PortalManagerError
from portal_manager.mfa.ssml import SSML_EXAMPLE
from portal_manager.mfa.templates import (
    MAX_RENDERED_LENGTH,
    RECOMMENDED_PLACEHOLDER,
    SYNTAX_PROBLEM_CODES,
    Channel,
    RenderContext,
    TemplateError,
    TemplateProblem,
    find_problems,
    format_code,
    placeholders_for,
    render_message,
    sample_context,
)

SMS, VOICE = Channel.SMS, Channel.VOICE
WHEN = datetime(2025, 2, 25, 17, 33, 30, tzinfo=UTC)
CODES = {n: "1234567890"[:n] for n in range(6, 11)}


def context(n: int = 6, sender_name: str = "ACME") -> RenderContext:
    return RenderContext(CODES[n], WHEN, sender_name)


def codes_of(problems: list[TemplateProblem]) -> list[str]:
    return [problem.code for problem in problems]


# ---- rendering: every row of the placeholder table -------------------------------------

PLACEHOLDER_TABLE = [
    # (placeholder, n, SMS, voice); None means the channel does not offer it.
    *[("${OTP}", n, CODES[n], CODES[n]) for n in range(6, 11)],
    ("${OTPFMT}", 6, "123 456", "1 2 3 4 5 6"),
    ("${OTPFMT}", 7, "123 4567", "1 2 3 4 5 6 7"),
    ("${OTPFMT}", 8, "1234 5678", "1 2 3 4 5 6 7 8"),
    ("${OTPFMT}", 9, "123 456 789", "1 2 3 4 5 6 7 8 9"),
    ("${OTPFMT}", 10, "123 456 7890", "1 2 3 4 5 6 7 8 9 0"),
    ("${OTPFMTSSML}", 6, "1:2:3:4:5:6", "1:2:3:4:5:6"),
    ("${OTPFMTSSML}", 7, "1:2:3:4:5:6:7", "1:2:3:4:5:6:7"),
    ("${OTPFMTSSML}", 8, "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"),
    ("${OTPFMTSSML}", 9, "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:8:9"),
    ("${OTPFMTSSML}", 10, "1:2:3:4:5:6:7:8:9:0", "1:2:3:4:5:6:7:8:9:0"),
    ("${from}", 6, "ACME", None),
    ("${timestamp}", 6, "2025-02-25T17:33:30Z", "2025-02-25T17:33:30Z"),
    ("${timestamp}", 10, "2025-02-25T17:33:30Z", "2025-02-25T17:33:30Z"),
]


@pytest.mark.parametrize(("placeholder", "n", "sms", "voice"), PLACEHOLDER_TABLE)
@pytest.mark.parametrize("channel", [SMS, VOICE])
def test_placeholder_table(placeholder, n, sms, voice, channel):
    expected = sms if channel is SMS else voice
    template = f"<{placeholder}>"
    if expected is None:
        with pytest.raises(TemplateError):
            render_message(template, channel, context(n))
    else:
        assert render_message(template, channel, context(n)) == f"<{expected}>"


@pytest.mark.parametrize("n", range(6, 11))
@pytest.mark.parametrize("channel", [SMS, VOICE])
def test_every_digit_placeholder(n, channel):
    code = "9081726354"[:n]
    template = "".join(f"${{OTPDIGIT[{i}]}}-" for i in range(n))
    rendered = render_message(template, channel, RenderContext(code, WHEN))
    assert rendered == "".join(f"{digit}-" for digit in code)


def test_digits_follow_the_given_code_not_the_sample():
    rendered = render_message("${OTPDIGIT[0]}${OTPDIGIT[5]}", SMS, RenderContext("703519", WHEN))
    assert rendered == "79"


def test_sender_name_may_be_empty():
    assert render_message("From ${from}.", SMS, context(sender_name="")) == "From ."


def test_timestamp_is_converted_to_utc():
    berlin = datetime(2025, 2, 25, 18, 33, 30, 999_999, tzinfo=timezone(timedelta(hours=1)))
    rendered = render_message("${timestamp}", SMS, RenderContext("123456", berlin))
    assert rendered == "2025-02-25T17:33:30Z"


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("$$", "$"),
        ("$$$$", "$$"),
        ("Price: 5$$ ${OTP}", "Price: 5$ 123456"),
        ("$${OTP}", "${OTP}"),
        ("$$${OTP}", "$123456"),
        ("$$$${OTP}", "$${OTP}"),
        # A "$" followed by anything but "{" or "$" is literal text.
        ("5 $ or $5 or US$", "5 $ or $5 or US$"),
        ("ends with $", "ends with $"),
        ("} ] [ { plain", "} ] [ { plain"),
        ("", ""),
    ],
)
def test_dollar_signs(template, expected):
    assert render_message(template, SMS, context()) == expected


def test_render_works_without_the_code_so_the_preview_can_show_it():
    assert render_message("Hello", SMS, context()) == "Hello"


def test_render_works_when_too_long():
    template = "x" * 2000
    assert render_message(template, SMS, context()) == template


# ---- placeholders offered, helpers --------------------------------------------------------


def test_placeholders_offered_recommended_first():
    assert placeholders_for(SMS) == (
        "${OTPFMT}", "${OTP}", "${OTPFMTSSML}", "${from}", "${timestamp}"
    )
    assert placeholders_for(VOICE) == ("${OTPFMTSSML}", "${OTPFMT}", "${OTP}", "${timestamp}")
    assert placeholders_for("sms")[0] == RECOMMENDED_PLACEHOLDER[SMS]


@pytest.mark.parametrize("channel", [SMS, VOICE])
def test_offered_placeholders_render(channel):
    for placeholder in placeholders_for(channel):
        assert "$" not in render_message(placeholder, channel, context())


def test_limits():
    assert MAX_RENDERED_LENGTH == {SMS: 1520, VOICE: 10000}


def test_format_code_refuses_other_placeholders():
    assert format_code("1234567", SMS, "${OTPFMT}") == "123 4567"
    with pytest.raises(ValueError):
        format_code("123456", SMS, "${from}")


@pytest.mark.parametrize("n", range(6, 11))
def test_sample_context(n):
    sample = sample_context(n, "ACME")
    assert sample.code == "1234567890"[:n]
    assert sample.timestamp == WHEN
    assert sample.sender_name == "ACME"


@pytest.mark.parametrize("n", [0, 5, 11])
def test_sample_context_refuses_code_lengths_outside_6_to_10(n):
    with pytest.raises(InvalidInputError):
        sample_context(n)
    with pytest.raises(InvalidInputError):
        find_problems("${OTP}", SMS, n)


@pytest.mark.parametrize("code", ["12345", "12345678901", "12345a", "١٢٣٤٥٦", "123 456", ""])
def test_render_refuses_a_code_that_is_not_6_to_10_ascii_digits(code):
    with pytest.raises(InvalidInputError) as raised:
        render_message("${OTP}", SMS, RenderContext(code, WHEN))
    if code:
        # The code is a secret: the error must not repeat it.
        assert code not in str(raised.value)


def test_render_refuses_a_timestamp_without_time_zone():
    with pytest.raises(InvalidInputError):
        render_message("${OTP}", SMS, RenderContext("123456", datetime(2025, 2, 25)))


# ---- syntax problems ------------------------------------------------------------------------


def test_unknown_placeholder_names_itself_and_its_position():
    template = "Your code: ${OTPX} ${OTP}"
    [problem] = find_problems(template, SMS, 6)
    assert problem.code == "unknown_placeholder"
    assert (problem.position, problem.length) == (11, 7)
    assert template[problem.position:problem.position + problem.length] == "${OTPX}"
    assert problem.message.startswith('Unknown placeholder "${OTPX}" at position 12.')
    assert "${OTPFMT}" in problem.message


@pytest.mark.parametrize(
    ("placeholder", "suggestion"),
    [
        ("${otp}", "${OTP}"),
        ("${Otp}", "${OTP}"),
        ("${otpfmt}", "${OTPFMT}"),
        ("${OTPFMTssml}", "${OTPFMTSSML}"),
        ("${FROM}", "${from}"),
        ("${TimeStamp}", "${timestamp}"),
        ("${ OTP }", "${OTP}"),
    ],
)
def test_placeholders_are_case_sensitive(placeholder, suggestion):
    template = f"${{OTP}} {placeholder}"
    [problem] = find_problems(template, SMS, 6)
    assert problem.code == "unknown_placeholder"
    assert problem.position == 7
    assert f'Did you mean "{suggestion}"?' in problem.message
    with pytest.raises(TemplateError):
        render_message(template, SMS, context())


@pytest.mark.parametrize(
    ("malformed", "length"),
    [
        ("${OTP", 5),
        ("${OTPFMT ", 9),
        ("${", 2),
        ("${}", 3),
        ("${OTPDIGIT}", 11),
        ("${OTPDIGIT[x]}", 14),
        ("${OTPDIGIT[]}", 13),
        ("${OTPDIGIT[3}", 13),
        ("${OTPDIGIT[3]", 13),
        ("${OTPDIGIT[01]}", 15),
        ("${OTPDIGIT[-1]}", 15),
        ("${OTPDIGIT[+1]}", 15),
        ("${OTPDIGIT[ 1]}", 15),
        ("${OTPDIGIT[1.0]}", 16),
        ("${OTPDIGIT[٣]}", 14),
    ],
)
def test_malformed_placeholders(malformed, length):
    template = f"${{OTP}} {malformed}"
    [problem] = find_problems(template, SMS, 6)
    assert problem.code == "malformed_placeholder"
    assert (problem.position, problem.length) == (7, length)
    assert f'"{malformed.rstrip()}' in problem.message
    assert "at position 8" in problem.message


def test_unclosed_placeholder_ends_before_the_next_dollar_or_line_break():
    template = "Code ${OTP $$ ${OTPFMT} ${from\nbye"
    problems = find_problems(template, SMS, 6)
    assert [(p.code, p.position, p.length) for p in problems] == [
        ("malformed_placeholder", 5, 6),
        ("malformed_placeholder", 24, 6),
    ]
    assert "is not closed" in problems[0].message


@pytest.mark.parametrize("n", range(6, 11))
def test_digit_index_must_be_below_code_length(n):
    assert find_problems(f"${{OTP}} ${{OTPDIGIT[{n - 1}]}}", SMS, n) == []
    [problem] = find_problems(f"${{OTP}} ${{OTPDIGIT[{n}]}}", SMS, n)
    assert problem.code == "digit_index_out_of_range"
    assert (problem.position, problem.length) == (7, 14 if n < 10 else 15)
    assert f"${{OTPDIGIT[{n - 1}]}}" in problem.message


def test_huge_digit_index_is_out_of_range_not_a_crash():
    template = "${OTP} ${OTPDIGIT[" + "9" * 5000 + "]}"
    assert codes_of(find_problems(template, VOICE, 6)) == ["digit_index_out_of_range"]
    with pytest.raises(TemplateError):
        render_message(template, VOICE, context())


def test_sender_name_is_not_available_in_voice():
    template = "${OTPFMTSSML} from ${from}"
    [problem] = find_problems(template, VOICE, 6)
    assert problem.code == "placeholder_not_available"
    assert (problem.position, problem.length) == (19, 7)
    assert '"${from}" at position 20' in problem.message
    assert find_problems(template, SMS, 6) == []


def test_template_error_lists_every_syntax_problem():
    template = "${otp} ${OTP ${OTPDIGIT[7]}"
    with pytest.raises(TemplateError) as raised:
        render_message(template, SMS, context())
    error = raised.value
    assert isinstance(error, PortalManagerError)
    assert codes_of(list(error.problems)) == [
        "unknown_placeholder",
        "malformed_placeholder",
        "digit_index_out_of_range",
    ]
    assert str(error).splitlines() == [problem.message for problem in error.problems]


# ---- whole-message rules --------------------------------------------------------------------


@pytest.mark.parametrize("whole_code", ["${OTP}", "${OTPFMT}", "${OTPFMTSSML}"])
@pytest.mark.parametrize("channel", [SMS, VOICE])
def test_one_whole_code_placeholder_is_enough(whole_code, channel):
    assert find_problems(f"Your code: {whole_code}", channel, 6) == []


@pytest.mark.parametrize(
    "template", ["Your code is ready", "${timestamp}", "$${OTP}", "${OTPDIGIT[0]}", "${otp}"]
)
@pytest.mark.parametrize("channel", [SMS, VOICE])
def test_message_without_the_code_is_refused(template, channel):
    problems = find_problems(template, channel, 6)
    assert codes_of(problems)[-1] == "missing_code"
    assert problems[-1].position is None
    assert RECOMMENDED_PLACEHOLDER[channel] in problems[-1].message


@pytest.mark.parametrize("n", range(6, 11))
def test_every_digit_placeholder_together_contain_the_whole_code(n):
    digits = [f"${{OTPDIGIT[{i}]}}" for i in reversed(range(n))]
    assert find_problems(" ".join(digits), VOICE, n) == []


@pytest.mark.parametrize("n", range(6, 11))
@pytest.mark.parametrize("left_out", [0, 3, -1])
def test_one_missing_digit_placeholder_is_refused(n, left_out):
    indices = list(range(n))
    missing = indices.pop(left_out)
    template = " ".join(f"${{OTPDIGIT[{i}]}}" for i in indices)
    [problem] = find_problems(template, SMS, n)
    assert problem.code == "missing_code"
    assert f"${{OTPDIGIT[{missing}]}} missing" in problem.message


@pytest.mark.parametrize("template", ["", " ", "\n \r\n "])
@pytest.mark.parametrize("channel", [SMS, VOICE])
def test_empty_message_is_refused(template, channel):
    assert codes_of(find_problems(template, channel, 6)) == ["empty"]


@pytest.mark.parametrize(
    ("channel", "head", "n", "sender", "filled_head"),
    [
        (SMS, "${OTP}", 6, "", 6),
        (SMS, "${OTPFMT}", 10, "", 12),
        (SMS, "${OTPFMT}${from}${timestamp}", 9, "ACME", 11 + 4 + 20),
        # Code points, not bytes or UTF-16 units: each emoji counts one.
        (SMS, "${OTP}😀", 6, "", 7),
        (VOICE, "${OTPFMT}", 10, "", 19),
        (VOICE, "${OTPDIGIT[0]}${OTPFMTSSML}$$", 8, "", 1 + 15 + 1),
    ],
)
def test_length_limit_after_filling_in(channel, head, n, sender, filled_head):
    limit = MAX_RENDERED_LENGTH[channel]
    at_limit = head + "x" * (limit - filled_head)
    assert find_problems(at_limit, channel, n, sender) == []
    assert len(render_message(at_limit, channel, sample_context(n, sender))) == limit

    [problem] = find_problems(at_limit + "x", channel, n, sender)
    assert problem.code == "too_long"
    assert problem.position is None
    assert f"{limit + 1} characters" in problem.message
    assert f"at most {limit}" in problem.message
    assert "Remove 1 character." in problem.message


def test_problems_are_ordered_by_position_whole_message_last():
    template = "${OTPX} " * 1300 + "${from} ${OTPDIGIT[8]} ${OTPDIGIT[0]}"
    problems = find_problems(template, VOICE, 6)
    positions = [p.position for p in problems if p.position is not None]
    assert positions == sorted(positions)
    assert codes_of(problems)[-5:] == [
        "unknown_placeholder",
        "placeholder_not_available",
        "digit_index_out_of_range",
        "missing_code",
        "too_long",
    ]


# ---- SSML voice messages --------------------------------------------------------------------


@pytest.mark.parametrize("n", range(6, 11))
def test_guides_ssml_example_passes(n):
    assert find_problems(SSML_EXAMPLE, VOICE, n) == []


def test_ssml_problem_is_reported_where_it_was_typed():
    template = "<voice>\n  Code: ${OTPFMTSSML} </prosody>\n</voice>"
    [problem] = find_problems(template, VOICE, 10)
    assert problem.code == "ssml_not_well_formed"
    # The filled-in code is longer than the placeholder; the column is the template's.
    assert problem.position == template.index("prosody")
    assert problem.length == 1
    assert "mismatched tag at line 2, column 25" in problem.message


def test_ssml_problem_inside_a_placeholder_points_at_the_placeholder():
    template = "<voice ${OTP}='x'/>"
    [problem] = find_problems(template, VOICE, 6)
    assert problem.code == "ssml_not_well_formed"
    assert (problem.position, problem.length) == (7, 6)
    assert "line 1, column 8" in problem.message


def test_placeholders_are_filled_in_before_the_xml_check():
    # "a${OTP}" is not an XML name as typed, but "a123456" is.
    assert find_problems("<voice a${OTP}='1'>${OTPFMTSSML}</voice>", VOICE, 6) == []


def test_ssml_doctype_is_refused():
    template = '<!DOCTYPE voice [<!ENTITY a "${OTP}">]><voice>&a;</voice>'
    [problem] = find_problems(template, VOICE, 6)
    assert problem.code == "ssml_not_well_formed"
    assert problem.position == 0
    assert "document type declaration" in problem.message


def test_ssml_with_two_top_level_elements_is_refused():
    [problem] = find_problems("<voice>${OTP}</voice><voice/>", VOICE, 6)
    assert problem.code == "ssml_not_well_formed"
    assert problem.position == 21


def test_ssml_is_only_checked_for_voice_messages_starting_with_a_tag():
    assert find_problems("<voice>${OTP}", SMS, 6) == []
    assert find_problems("Code ${OTP} <", VOICE, 6) == []
    assert codes_of(find_problems("  <voice>${OTP}", VOICE, 6)) == ["ssml_not_well_formed"]


# ---- properties --------------------------------------------------------------------------

FRAGMENTS = st.sampled_from([
    "${", "}", "$", "$$", "OTP", "FMT", "SSML", "DIGIT", "[", "]", "0", "5", "9", "12",
    "from", "timestamp", "otp", " ", "\n", "<", ">", "/", "voice", "x", "ü", "😀",
    "${OTP}", "${OTPFMT}", "${OTPFMTSSML}", "${from}", "${timestamp}", "${OTPDIGIT[",
    "${OTPDIGIT[3]}", "${OTPDIGIT[9]}", "]}", "<voice>", "</voice>",
])
TEMPLATES = st.lists(st.one_of(FRAGMENTS, st.text(max_size=3)), max_size=30).map("".join)
CHANNELS = st.sampled_from([SMS, VOICE])
CODE_LENGTHS = st.integers(6, 10)


@given(TEMPLATES, CHANNELS, CODE_LENGTHS)
def test_render_raises_only_template_errors(template, channel, n):
    try:
        rendered = render_message(template, channel, context(n))
    except TemplateError as error:
        assert error.problems
    else:
        assert isinstance(rendered, str)


@given(st.text(), CHANNELS, CODE_LENGTHS)
def test_render_raises_only_template_errors_for_any_text(template, channel, n):
    with contextlib.suppress(TemplateError):
        render_message(template, channel, context(n))


@given(TEMPLATES, CHANNELS, CODE_LENGTHS)
def test_render_and_find_problems_agree(template, channel, n):
    problems = find_problems(template, channel, n, "ACME")
    syntax_problems = [p for p in problems if p.code in SYNTAX_PROBLEM_CODES]
    try:
        rendered = render_message(template, channel, sample_context(n, "ACME"))
    except TemplateError as error:
        assert list(error.problems) == syntax_problems
    else:
        assert syntax_problems == []
        too_long = len(rendered) > MAX_RENDERED_LENGTH[channel]
        assert ("too_long" in codes_of(problems)) == too_long


@given(TEMPLATES, CHANNELS, CODE_LENGTHS)
def test_problem_positions_lie_in_the_template_and_are_ordered(template, channel, n):
    problems = find_problems(template, channel, n)
    located = [p for p in problems if p.position is not None]
    assert [p.position for p in located] == sorted(p.position for p in located)
    assert all(p.position is not None for p in problems[:len(located)])
    for problem in located:
        assert 0 <= problem.position <= problem.position + problem.length <= len(template)
        assert problem.message
