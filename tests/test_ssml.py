"""SSML voice messages: recognition, well-formedness, positions."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from portal_manager.mfa.ssml import (
    SSML_EXAMPLE,
    SsmlProblem,
    check_ssml,
    is_ssml,
    line_and_column,
    text_offset,
)

GUIDE_EXAMPLE = (
    '<voice name="de-de-female" loop="2" loop-info="I repeat">\n'
    '   Your verification code is: <break strength="medium" />\n'
    '   <prosody rate="x-slow">\n'
    '      <say-as interpret-as="number_digit"> ${OTPFMTSSML}</say-as>\n'
    "   </prosody>\n"
    "</voice>"
)


def test_example_is_exactly_the_guides_best_practice_example():
    assert SSML_EXAMPLE == GUIDE_EXAMPLE


def test_guides_example_is_well_formed():
    assert check_ssml(SSML_EXAMPLE) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<voice/>", True),
        ("  \n\t<voice/>", True),
        ("\r\n<speak>", True),
        ("<", True),
        ("Your code is ${OTP}", False),
        ("", False),
        ("   ", False),
        ("Code < 5", False),
        # Only XML whitespace may come first: a no-break space is text.
        ("\u00a0<voice/>", False),
    ],
)
def test_is_ssml(text, expected):
    assert is_ssml(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "<voice/>",
        "  \n<voice>Code</voice>\n  ",
        '<?xml version="1.0"?><voice>Code</voice>',
        "<voice>1 &lt; 2 &amp; 3 &#65;</voice>",
        "<voice>ü😀 <!-- comment --> <![CDATA[ < & ]]></voice>",
    ],
)
def test_well_formed_texts_pass(text):
    assert check_ssml(text) is None


@pytest.mark.parametrize(
    ("text", "line", "column", "message_start"),
    [
        ("<voice>\n  <prosody>\n    x</voice>", 3, 8, "SSML is not well-formed: mismatched tag"),
        ("<voice>Code", 1, 12, "SSML is not well-formed: the text ends before"),
        ("<voice>1 < 2</voice>", 1, 11, "SSML is not well-formed: a character or markup"),
        ("<voice>&nbsp;</voice>", 1, 8, "SSML is not well-formed: unknown entity"),
        ("<voice", 1, 1, "SSML is not well-formed: unfinished tag"),
        ('<voice a="1" a="2"/>', 1, 14, "SSML is not well-formed: an attribute given twice"),
        ("<a/><b/>", 1, 5, "SSML must be a single element"),
        ("<a/>\n\n  more text", 3, 3, "SSML must be a single element"),
        # CR, LF and CRLF each end a line; columns count characters, not bytes.
        ("<a>x\r\n\ry</b>", 3, 4, "SSML is not well-formed: mismatched tag"),
        ("<a>ü😀ü</b>", 1, 9, "SSML is not well-formed: mismatched tag"),
    ],
)
def test_problems_name_line_and_column(text, line, column, message_start):
    problem = check_ssml(text)
    assert problem is not None
    assert (problem.line, problem.column) == (line, column)
    assert problem.message.startswith(message_start)
    assert f" at line {line}, column {column}." in problem.message


def test_message_says_what_is_wrong_where_and_how_to_fix_it():
    problem = check_ssml("<voice>\n  <prosody>\n    x</voice>")
    assert problem.message == (
        "SSML is not well-formed: mismatched tag at line 3, column 8. "
        "Every opening tag needs a matching closing tag, e.g. <prosody>…</prosody>."
    )


def test_message_without_hint_ends_after_position():
    assert SsmlProblem(2, 5, "SSML is not well-formed: oops").message == (
        "SSML is not well-formed: oops at line 2, column 5."
    )


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("<!DOCTYPE voice><voice/>", 1, 1),
        ('\n  <!DOCTYPE voice [<!ENTITY a "aaaa">]><voice>&a;</voice>', 2, 3),
        # A DOCTYPE mentioned in a comment before the real one does not mislead the position.
        ("<!-- <!DOCTYPE x> --><!DOCTYPE voice><voice/>", 1, 22),
    ],
)
def test_doctype_is_refused(text, line, column):
    problem = check_ssml(text)
    assert problem is not None
    assert (problem.line, problem.column) == (line, column)
    assert "document type declaration" in problem.message


def test_entity_expansion_attack_is_refused_before_expanding():
    laughs = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    text = f"<!DOCTYPE voice [{''.join(laughs)}]><voice>&lol9;</voice>"
    problem = check_ssml(text)
    assert problem is not None
    assert "document type declaration" in problem.reason


def test_xml_declaration_cannot_change_the_encoding():
    assert check_ssml('<?xml version="1.0" encoding="latin-1"?><voice>ü</voice>') is None


def test_lone_surrogate_is_a_problem_not_a_crash():
    problem = check_ssml("<voice>\ud800</voice>")
    assert problem is not None
    assert (problem.line, problem.column) == (1, 8)


@pytest.mark.parametrize(
    ("text", "offset", "line", "column"),
    [
        ("abc", 0, 1, 1),
        ("abc", 3, 1, 4),
        ("ab\ncd", 3, 2, 1),
        ("ab\r\ncd", 5, 2, 2),
        ("ab\rcd\nef", 7, 3, 2),
        ("😀x\ny", 1, 1, 2),
    ],
)
def test_offsets_convert_to_lines_and_columns_and_back(text, offset, line, column):
    assert line_and_column(text, offset) == (line, column)
    assert text_offset(text, line, column) == offset


@given(st.text())
def test_check_ssml_never_raises(text):
    problem = check_ssml(text)
    if problem is not None:
        assert problem.line >= 1
        assert problem.column >= 1


@given(st.text(alphabet="<>/a= \"'&;\n\r!-?x[]"))
def test_check_ssml_never_raises_on_markup_fragments(text):
    problem = check_ssml(text)
    assert problem is None or 0 <= text_offset(text, problem.line, problem.column) <= len(text)


def test_columns_count_characters_even_outside_the_bmp() -> None:
    # An emoji is one character for a person, two UTF-16 units for expat.
    plain, emoji = check_ssml("<a>xx</b>"), check_ssml("<a>😀😀</b>")
    assert (emoji.line, emoji.column) == (plain.line, plain.column) == (1, 8)
