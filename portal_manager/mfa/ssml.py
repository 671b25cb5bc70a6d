"""SSML voice messages: recognising them and checking that they are well-formed XML.

Positions are 1-based lines and columns as a person counts them: lines end at LF,
CR or CRLF (the XML rules) and columns count characters (code points). expat's
own column counts differ for characters outside the BMP (e.g. emoji), so the
position is worked out from the byte offset of the error instead.
"""

import re
from dataclasses import dataclass
from xml.parsers import expat
from xml.parsers.expat import errors as expat_errors

from portal_manager.messages import QT_TRANSLATE_NOOP, Message

SSML_EXAMPLE = """\
<voice name="de-de-female" loop="2" loop-info="I repeat">
   Your verification code is: <break strength="medium" />
   <prosody rate="x-slow">
      <say-as interpret-as="number_digit"> ${OTPFMTSSML}</say-as>
   </prosody>
</voice>"""

# Only the XML whitespace characters: a no-break space before "<" is text, not SSML.
_XML_WHITESPACE = " \t\r\n"
_LINE_BREAK = re.compile(r"\r\n?|\n")

# Clearer wording and a fix for the mistakes people make most; expat's own text otherwise.
_EXPLANATIONS = {
    expat_errors.codes[expat_errors.XML_ERROR_TAG_MISMATCH]: (
        QT_TRANSLATE_NOOP("Ssml", "mismatched tag"),
        QT_TRANSLATE_NOOP(
            "Ssml", "Every opening tag needs a matching closing tag, e.g. <prosody>…</prosody>."
        ),
    ),
    expat_errors.codes[expat_errors.XML_ERROR_NO_ELEMENTS]: (
        QT_TRANSLATE_NOOP("Ssml", "the text ends before every element is closed"),
        QT_TRANSLATE_NOOP("Ssml", "Close them, e.g. with </voice>."),
    ),
    expat_errors.codes[expat_errors.XML_ERROR_UNCLOSED_TOKEN]: (
        QT_TRANSLATE_NOOP("Ssml", "unfinished tag"),
        QT_TRANSLATE_NOOP("Ssml", 'Finish the tag with ">".'),
    ),
    expat_errors.codes[expat_errors.XML_ERROR_INVALID_TOKEN]: (
        QT_TRANSLATE_NOOP("Ssml", "a character or markup that is not allowed here"),
        QT_TRANSLATE_NOOP("Ssml", 'Write "&lt;" for a literal "<" and "&amp;" for a literal "&".'),
    ),
    expat_errors.codes[expat_errors.XML_ERROR_UNDEFINED_ENTITY]: (
        QT_TRANSLATE_NOOP("Ssml", "unknown entity"),
        QT_TRANSLATE_NOOP("Ssml", 'Write "&amp;" for a literal "&".'),
    ),
    # The other errors a message can make (doctypes are refused before expat sees them).
    expat_errors.codes[expat_errors.XML_ERROR_DUPLICATE_ATTRIBUTE]: (
        QT_TRANSLATE_NOOP("Ssml", "an attribute given twice in one tag"),
        QT_TRANSLATE_NOOP("Ssml", "Keep only one of them."),
    ),
    expat_errors.codes[expat_errors.XML_ERROR_BAD_CHAR_REF]: (
        QT_TRANSLATE_NOOP("Ssml", "a character reference to a character XML does not allow"),
        QT_TRANSLATE_NOOP("Ssml", "Remove it."),
    ),
    expat_errors.codes[expat_errors.XML_ERROR_MISPLACED_XML_PI]: (
        QT_TRANSLATE_NOOP("Ssml", "an XML declaration that is not at the very start"),
        QT_TRANSLATE_NOOP("Ssml", 'Remove the "<?xml …?>" declaration.'),
    ),
    expat_errors.codes[expat_errors.XML_ERROR_UNCLOSED_CDATA_SECTION]: (
        QT_TRANSLATE_NOOP("Ssml", "a CDATA section that is not closed"),
        QT_TRANSLATE_NOOP("Ssml", 'Close it with "]]>".'),
    ),
    expat_errors.codes[expat_errors.XML_ERROR_XML_DECL]: (
        QT_TRANSLATE_NOOP("Ssml", "a malformed XML declaration"),
        QT_TRANSLATE_NOOP("Ssml", 'Remove the "<?xml …?>" declaration.'),
    ),
}
_JUNK_AFTER_ROOT = expat_errors.codes[expat_errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT]


@dataclass(frozen=True)
class SsmlProblem:
    """Why an SSML text cannot be sent, and where (1-based line and column)."""

    line: int
    column: int
    reason: str  # Messages here, so that the UI can translate them
    hint: str = ""

    @property
    def message(self) -> Message:
        if self.hint:
            return QT_TRANSLATE_NOOP("Ssml", "%1 at line %2, column %3. %4").fill(
                self.reason, self.line, self.column, self.hint
            )
        return QT_TRANSLATE_NOOP("Ssml", "%1 at line %2, column %3.").fill(
            self.reason, self.line, self.column
        )


def is_ssml(text: str) -> bool:
    """Whether the text is meant as SSML: it starts with "<" after leading whitespace."""
    return text.lstrip(_XML_WHITESPACE).startswith("<")


def check_ssml(text: str) -> SsmlProblem | None:
    """The first reason the text is not a single well-formed XML element, or None."""
    # The encoding is forced so that an XML declaration cannot make expat misread the text.
    parser = expat.ParserCreate(encoding="utf-8")
    parser.StartDoctypeDeclHandler = _refuse_doctype
    # "surrogatepass" lets a lone surrogate through as bytes expat rejects as invalid.
    encoded = text.encode("utf-8", "surrogatepass")
    try:
        parser.Parse(encoded, True)
    except _DoctypeFound:
        return _doctype_problem(text, parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)
    except expat.ExpatError as error:
        line, column = _error_position(text, encoded, parser.ErrorByteIndex, error)
        if error.code == _JUNK_AFTER_ROOT:
            return SsmlProblem(
                line,
                column,
                QT_TRANSLATE_NOOP("Ssml", "SSML must be a single element, but more follows"),
                QT_TRANSLATE_NOOP(
                    "Ssml", "Put everything inside one element, e.g. <voice>…</voice>."
                ),
            )
        # expat's own wording (English only) for errors no text is known to cause.
        what, hint = _EXPLANATIONS.get(error.code, (expat.ErrorString(error.code), ""))
        reason = QT_TRANSLATE_NOOP("Ssml", "SSML is not well-formed: %1").fill(what)
        return SsmlProblem(line, column, reason, hint)
    return None


def _error_position(
    text: str, encoded: bytes, byte_index: int, error: expat.ExpatError
) -> tuple[int, int]:
    """Line and column in characters of the byte where expat stopped."""
    if byte_index < 0:
        return error.lineno, error.offset + 1
    offset = len(encoded[:byte_index].decode("utf-8", "ignore"))
    return line_and_column(text, offset)


def text_offset(text: str, line: int, column: int) -> int:
    """The 0-based offset in text of a 1-based line and column."""
    offset = 0
    for _ in range(line - 1):
        line_break = _LINE_BREAK.search(text, offset)
        if line_break is None:
            break
        offset = line_break.end()
    return min(offset + column - 1, len(text))


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of a 0-based offset in text."""
    line_breaks = list(_LINE_BREAK.finditer(text, 0, offset))
    line_start = line_breaks[-1].end() if line_breaks else 0
    return len(line_breaks) + 1, offset - line_start + 1


class _DoctypeFound(Exception):
    """Stops parsing at a document type declaration, before any entity is declared."""


def _refuse_doctype(*_declaration: object) -> None:
    # SSML needs no DTD, and refusing it rules out entity expansion attacks altogether.
    raise _DoctypeFound


def _doctype_problem(text: str, line: int, column: int) -> SsmlProblem:
    # expat calls the handler after reading the name; point at "<!DOCTYPE" itself instead.
    start = text.rfind("<!DOCTYPE", 0, text_offset(text, line, column))
    if start >= 0:
        line, column = line_and_column(text, start)
    return SsmlProblem(
        line,
        column,
        QT_TRANSLATE_NOOP("Ssml", "SSML must not contain a document type declaration"),
        QT_TRANSLATE_NOOP("Ssml", "Remove the <!DOCTYPE …> part; SSML needs none."),
    )
