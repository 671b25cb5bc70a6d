"""The languages a portal can offer, by ISO 639-1 code, with their native names."""

from __future__ import annotations

# Native names, as a speaker of each language would look for it in a list.
NATIVE_NAMES: dict[str, str] = {
    "bg": "Български",
    "cs": "Čeština",
    "da": "Dansk",
    "de": "Deutsch",
    "el": "Ελληνικά",
    "en": "English",
    "es": "Español",
    "et": "Eesti",
    "fi": "Suomi",
    "fr": "Français",
    "hr": "Hrvatski",
    "hu": "Magyar",
    "it": "Italiano",
    "ja": "日本語",
    "lt": "Lietuvių",
    "lv": "Latviešu",
    "nb": "Norsk bokmål",
    "nl": "Nederlands",
    "pl": "Polski",
    "pt": "Português",
    "ro": "Română",
    "ru": "Русский",
    "sk": "Slovenčina",
    "sl": "Slovenščina",
    "sv": "Svenska",
    "tr": "Türkçe",
    "uk": "Українська",
    "zh": "中文",
}


def native_name(code: str) -> str:
    """The language's name in itself, or the code when the language is not known."""
    return NATIVE_NAMES.get(code, code)


def is_known_language(code: str) -> bool:
    return code in NATIVE_NAMES
