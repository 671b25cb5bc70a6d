"""The portal's "General" settings: name, languages and default language."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from portal_manager.errors import InvalidInputError
from portal_manager.portal.json_input import (
    JsonInputError,
    expect_object,
    expect_str,
    expect_str_list,
)
from portal_manager.portal.languages import NATIVE_NAMES, is_known_language

MAX_NAME_LENGTH = 100


def is_control_character(char: str) -> bool:
    """C0 and C1 controls and DEL (Unicode category Cc)."""
    return unicodedata.category(char) == "Cc"


def looks_like_language_code(code: str) -> bool:
    """A known code, or two or three ASCII letters: safe to quote in a message."""
    return is_known_language(code) or (2 <= len(code) <= 3 and code.isascii() and code.isalpha())


def shown_language_code(code: str) -> str:
    """A language code quoted for a message; anything else is described, never echoed.

    A refused value may be a pasted secret, and a code-like one is all a reader needs.
    """
    if looks_like_language_code(code):
        return f'"{code}"'
    return "a value that is not a language code"


@dataclass(frozen=True)
class GeneralSettings:
    name: str
    languages: tuple[str, ...] = ("en",)
    default_language: str = "en"

    def problems(self) -> list[str]:
        """Every reason these settings cannot be saved, as sentences."""
        problems = []
        if not self.name.strip():
            problems.append("The portal name must not be empty.")
        elif len(self.name) > MAX_NAME_LENGTH:
            problems.append(f"The portal name is longer than {MAX_NAME_LENGTH} characters.")
        elif any(is_control_character(char) for char in self.name):
            problems.append("The portal name must not contain control characters.")
        if not self.languages:
            problems.append("A portal needs at least one language.")
        unknown = [code for code in self.languages if not is_known_language(code)]
        if unknown:
            shown = sorted({shown_language_code(code) for code in unknown})
            problems.append(
                f"Unknown language code(s): {', '.join(shown)}. "
                f"Use ISO 639-1 codes such as {', '.join(sorted(NATIVE_NAMES)[:6])}, …"
            )
        if len(set(self.languages)) != len(self.languages):
            problems.append("A language is listed twice.")
        if self.languages and not unknown and self.default_language not in self.languages:
            problems.append(
                f"The default language {shown_language_code(self.default_language)} is not "
                f"one of the portal languages ({', '.join(self.languages)})."
            )
        return problems

    def check(self) -> None:
        problems = self.problems()
        if problems:
            raise InvalidInputError(" ".join(problems))

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
            body = expect_object(body, "The General settings")
            name = expect_str(body, "name")
            languages = expect_str_list(body, "languages")
            default_language = expect_str(body, "default_language")
        except JsonInputError as error:
            raise InvalidInputError(
                f"{error} Restore it from a backup or correct it by hand."
            ) from None
        settings = cls(name, tuple(languages), default_language)
        settings.check()
        return settings


def parse_language_list(text: str) -> tuple[str, ...]:
    """Split a comma-separated list such as ``"en, de"`` into codes."""
    return tuple(code.strip().lower() for code in text.split(",") if code.strip())
