"""The portal's "General" settings: name, languages and default language."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from portal_manager.errors import InvalidInputError
from portal_manager.messages import QT_TRANSLATE_NOOP, Message
from portal_manager.portal.json_input import (
    JsonInputError,
    expect_object,
    expect_str,
    expect_str_list,
)
from portal_manager.portal.languages import NATIVE_NAMES, is_known_language
from portal_manager.portal.wording import comma_list, sentences

MAX_NAME_LENGTH = 100


def is_control_character(char: str) -> bool:
    """C0 and C1 controls and DEL (Unicode category Cc)."""
    return unicodedata.category(char) == "Cc"


def looks_like_language_code(code: str) -> bool:
    """A known code, or two or three ASCII letters: safe to quote in a message."""
    return is_known_language(code) or (2 <= len(code) <= 3 and code.isascii() and code.isalpha())


def shown_language_code(code: str) -> Message:
    """A language code quoted for a message; anything else is described, never echoed.

    A refused value may be a pasted secret, and a code-like one is all a reader needs.
    """
    if looks_like_language_code(code):
        return QT_TRANSLATE_NOOP("Portal", '"%1"').fill(code)
    return QT_TRANSLATE_NOOP("Portal", "a value that is not a language code")


@dataclass(frozen=True)
class GeneralSettings:
    name: str
    languages: tuple[str, ...] = ("en",)
    default_language: str = "en"

    def problems(self) -> list[Message]:
        """Every reason these settings cannot be saved, as sentences."""
        return [problem for _, problem in self.problems_by_field()]

    def problems_by_field(self) -> list[tuple[str, Message]]:
        """(field, reason) for every reason: "name", "languages" or "default_language"."""
        problems: list[tuple[str, Message]] = []
        if not self.name.strip():
            problems.append(("name", QT_TRANSLATE_NOOP(
                "Portal", "The portal name must not be empty.")))
        elif len(self.name) > MAX_NAME_LENGTH:
            problems.append(("name", QT_TRANSLATE_NOOP(
                "Portal", "The portal name is longer than %1 characters.").fill(MAX_NAME_LENGTH)))
        elif any(is_control_character(char) for char in self.name):
            problems.append(("name", QT_TRANSLATE_NOOP(
                "Portal", "The portal name must not contain control characters.")))
        if not self.languages:
            problems.append(("languages", QT_TRANSLATE_NOOP(
                "Portal", "A portal needs at least one language.")))
        unknown = [code for code in self.languages if not is_known_language(code)]
        if unknown:
            problems.append(("languages", QT_TRANSLATE_NOOP(
                "Portal", "Unknown language code(s): %1. Use ISO 639-1 codes such as %2, …"
            ).fill(_shown_codes(unknown), ", ".join(sorted(NATIVE_NAMES)[:6]))))
        if len(set(self.languages)) != len(self.languages):
            problems.append(("languages", QT_TRANSLATE_NOOP(
                "Portal", "A language is listed twice.")))
        if self.languages and not unknown and self.default_language not in self.languages:
            problems.append(("default_language", QT_TRANSLATE_NOOP(
                "Portal", "The default language %1 is not one of the portal languages (%2)."
            ).fill(shown_language_code(self.default_language), ", ".join(self.languages))))
        return problems

    def check(self) -> None:
        problems = self.problems()
        if problems:
            raise InvalidInputError(sentences(problems))

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "languages": list(self.languages),
            "default_language": self.default_language,
        }

    @classmethod
    def from_json(cls, body: Any) -> GeneralSettings:
        """Read settings from a file body; raises InvalidInputError when malformed.

        Fields this version does not know are left alone: a newer Portal Manager
        may have written them, and such a file is opened read-only.
        """
        try:
            body = expect_object(body, QT_TRANSLATE_NOOP("Portal", "The General settings"))
            name = expect_str(body, "name")
            languages = expect_str_list(body, "languages")
            default_language = expect_str(body, "default_language")
        except JsonInputError as error:
            raise InvalidInputError(QT_TRANSLATE_NOOP(
                "Portal", "%1 Restore it from a backup or correct it by hand."
            ).fill(error.args[0])) from None
        settings = cls(name, tuple(languages), default_language)
        settings.check()
        return settings


def _shown_codes(codes: list[str]) -> object:
    """The codes quoted, sorted, each once; values that are no code described once, last."""
    shown = sorted({shown_language_code(code) for code in codes})
    return comma_list(shown)


def parse_language_list(text: str) -> tuple[str, ...]:
    """Split a comma-separated list such as ``"en, de"`` into codes."""
    return tuple(code.strip().lower() for code in text.split(",") if code.strip())
