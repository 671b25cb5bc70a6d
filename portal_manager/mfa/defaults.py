"""The configuration a new portal starts with: everything off, good default messages."""

from __future__ import annotations

from portal_manager.mfa.settings import (
    LocalizedText,
    MfaConfig,
    SmsSettings,
    VoiceSettings,
)
from portal_manager.portal.general import GeneralSettings

# The code comes first so that it shows in the phone's notification preview.
DEFAULT_SMS_MESSAGES = {
    "en": "${OTPFMT} is your verification code. Do not share it with anyone.",
    "de": "${OTPFMT} ist Ihr Bestätigungscode. Geben Sie ihn nicht weiter.",
}

# SSML so that the code is read digit by digit, slowly, twice.
DEFAULT_VOICE_MESSAGES = {
    "en": (
        '<voice name="en-us-female" loop="2" loop-info="I repeat">\n'
        '   Your verification code is: <break strength="medium" />\n'
        '   <prosody rate="x-slow">\n'
        '      <say-as interpret-as="number_digit">${OTPFMTSSML}</say-as>\n'
        "   </prosody>\n"
        "</voice>"
    ),
    "de": (
        '<voice name="de-de-female" loop="2" loop-info="Ich wiederhole">\n'
        '   Ihr Bestätigungscode lautet: <break strength="medium" />\n'
        '   <prosody rate="x-slow">\n'
        '      <say-as interpret-as="number_digit">${OTPFMTSSML}</say-as>\n'
        "   </prosody>\n"
        "</voice>"
    ),
}


def _default_texts(builtin: dict[str, str], general: GeneralSettings) -> LocalizedText:
    """Built-in texts for the portal's languages; a default language without one gets English.

    Other languages stay empty and so fall back to the default language.
    """
    texts = {code: builtin[code] for code in general.languages if code in builtin}
    texts.setdefault(general.default_language, builtin["en"])
    return LocalizedText(texts)


def default_config(general: GeneralSettings) -> MfaConfig:
    return MfaConfig(
        sms=SmsSettings(message=_default_texts(DEFAULT_SMS_MESSAGES, general)),
        voice=VoiceSettings(message=_default_texts(DEFAULT_VOICE_MESSAGES, general)),
    )
