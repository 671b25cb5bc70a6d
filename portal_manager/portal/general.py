"""The portal's "General" settings: name, languages and default language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from portal_manager.errors import InvalidInputError
from portal_manager.portal.languages import NATIVE_NAMES, is_known_language

MAX_NAME_LENGTH = 100


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
        elif any(ord(char) < 32 for char in self.name):
            problems.append("The portal name must not contain control characters.")
        if not self.languages:
            problems.append("A portal needs at least one language.")
        unknown = [code for code in self.languages if not is_known_language(code)]
        if unknown:
            problems.append(
                f"Unknown language code(s): {', '.join(unknown)}. "
                f"Use ISO 639-1 codes such as {', '.join(sorted(NATIVE_NAMES)[:6])}, …"
            )
        if len(set(self.languages)) != len(self.languages):
            problems.append("A language is listed twice.")
        if self.languages and self.default_language not in self.languages:
            problems.append(
                f'The default language "{self.default_language}" is not one of the portal '
                f"languages ({', '.join(self.languages)})."
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
    def from_json(cls, body: dict[str, Any]) -> GeneralSettings:
        """Read settings from a file body; raises InvalidInputError when malformed."""
        name = body.get("name")
        languages = body.get("languages")
        default_language = body.get("default_language")
        if (
            not isinstance(name, str)
            or not isinstance(languages, list)
            or not all(isinstance(code, str) for code in languages)
            or not isinstance(default_language, str)
        ):
            raise InvalidInputError(
                'needs "name" (text), "languages" (list of codes) and "default_language".'
            )
        settings = cls(name, tuple(languages), default_language)
        settings.check()
        return settings


def parse_language_list(text: str) -> tuple[str, ...]:
    """Split a comma-separated list such as ``"en, de"`` into codes."""
    return tuple(code.strip().lower() for code in text.split(",") if code.strip())
