"""In a German UI, every message of the core that the UI shows is German.

The command line keeps the core's English; the UI translates each core Message by its
context and source text with the compiled .qm (ui.text.translated). Two walks:

* every text the core marks with QT_TRANSLATE_NOOP is in the compiled German
  translation (and reads differently from the English);
* every finding code the core can produce, triggered through the real portal, shown as
  the UI shows it (ui.service_texts.finding_text, ui.text.error_text): each Message in it
  is found in the .qm, and no plain English text was put in on the way (an f-string, a
  join) where the UI cannot translate it.
"""

from __future__ import annotations

import ast
import dataclasses
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from portal_manager.app.portal import Portal, PortalDraft
from portal_manager.errors import PortalManagerError
from portal_manager.messages import Message
from portal_manager.mfa.settings import LocalizedText, MfaConfig, Service
from portal_manager.mfa.templates import Channel, find_problems
from portal_manager.mfa.validation import Finding
from portal_manager.portal.general import GeneralSettings
from portal_manager.ui.service_texts import finding_text
from portal_manager.ui.text import error_text
from portal_manager.ui.translations import install_translators

# The translation sources (the app loads the .qm compiled from them into the package).
I18N_FOLDER = Path(__file__).resolve().parents[1] / "i18n"

PACKAGE = Path(__file__).resolve().parents[1] / "portal_manager"
CORE_FILES = sorted(path for path in PACKAGE.rglob("*.py") if "ui" not in path.parts[-2:-1])
MARKERS = re.compile(r"%(?:\d|n)")
# Core texts that German writes as English does.
SAME_IN_GERMAN = {("Settings", "SMS"), ("Files", "null")}


# -- what the core marks for translation ------------------------------------------------------


def marked_texts() -> Iterator[tuple[Path, str, str]]:
    """(file, context, source) of every QT_TRANSLATE_NOOP call in the core."""
    for path in CORE_FILES:
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "QT_TRANSLATE_NOOP"):
                arguments = [arg.value if isinstance(arg, ast.Constant) else None
                             for arg in node.args]
                yield path, *arguments[:2]


def has_words(text: str) -> bool:
    return any(char.isalpha() for char in MARKERS.sub("", text))


@pytest.fixture
def german(qapp) -> Iterator[QTranslator]:
    """The German UI; yields our translator (the compiled .qm), to look texts up in."""
    translators = install_translators(qapp, "de")
    assert translators, "run 'make i18n/portal_manager_de.qm'"
    yield translators[0]
    for translator in translators:
        qapp.removeTranslator(translator)


def lookup(translator: QTranslator, message: Message | tuple[str, str]) -> str:
    """The German text the .qm holds ("" when none); a plural's form for two."""
    context, source = (message.context, message.source) if isinstance(message, Message) \
        else message
    return translator.translate(context, source, None, 2 if "%n" in source else -1)


def test_every_core_text_is_in_the_compiled_german_translation(german) -> None:
    marked = list(marked_texts())
    assert len(marked) > 150  # the walk finds them
    # lupdate reads only literal texts: a variable here would never be translated.
    computed = [f"{path.name}: {context!r}, {source!r}" for path, context, source in marked
                if context is None or source is None]
    assert computed == []
    missing = [f"{context}: {source!r}" for _path, context, source in marked
               if not lookup(german, (context, source))]
    assert missing == [], "run 'make translations', translate, 'make i18n/portal_manager_de.qm'"
    english = [f"{context}: {source!r}" for _path, context, source in marked
               if has_words(source) and lookup(german, (context, source)) == source
               and (context, source) not in SAME_IN_GERMAN]
    assert english == []


# -- what the UI shows: every finding code --------------------------------------------------


def english_only_words() -> set[str]:
    """Words of the English sources that no German translation uses ("SMS" is in both)."""
    def words(texts: Iterator[str]) -> set[str]:
        return {word.lower() for text in texts for word in re.findall(r"[A-Za-z]{3,}", text)}

    tree = ET.parse(I18N_FOLDER / "portal_manager_de.ts")
    german = words(form.text or "" for message in tree.iter("message")
                   for form in [message.find("translation"),
                                *message.find("translation").iter("numerusform")])
    return words(message.findtext("source") for message in tree.iter("message")) - german


ENGLISH_ONLY = english_only_words()


def untranslated_parts(message: object, translator: QTranslator) -> list[str]:
    """Every piece of ``message`` that would reach a German UI in English."""
    found = []
    if isinstance(message, Message):
        if has_words(message.source) and not lookup(translator, message):
            found.append(f"no German for {message.context}: {message.source!r}")
        for argument in message.args:
            found += untranslated_parts(argument, translator)
    elif isinstance(message, str) and len(message.split()) > 1:
        # One word is a value (a name, a code, a file's key such as "activated", a path
        # such as "sms.sender_name.de"); English words in a phrase are English text.
        english = [word for word in message.split()
                   if word.strip('.,:;()"“”').isalpha()
                   and word.strip('.,:;()"“”').lower() in ENGLISH_ONLY]
        if english:
            found.append(f"plain English text {message!r} ({english})")
    return found


GENERAL = GeneralSettings("Acme Portal", ("en", "de"), "en")


def replaced(config: MfaConfig, service: Service, **changes: object) -> MfaConfig:
    return config.with_service(service, dataclasses.replace(config.service(service), **changes))


def sms_message(text: str) -> dict[str, object]:
    return {"message": LocalizedText({"en": text, "de": text})}


# Each finding code with drafts that trigger it: (General settings or None, a change to the
# default Security settings). Checked through Portal.check, as Portal properties does.
DRAFTS: dict[str, list[tuple[GeneralSettings | None, Callable[[MfaConfig], MfaConfig]]]] = {
    "general_invalid": [
        (GeneralSettings("", ("en",), "en"), lambda c: c),
        (GeneralSettings("x" * 500, ("en",), "en"), lambda c: c),
        (GeneralSettings("Acme\x07", ("en",), "en"), lambda c: c),
        (GeneralSettings("Acme", (), "en"), lambda c: c),
        (GeneralSettings("Acme", ("en", "xx"), "en"), lambda c: c),
        (GeneralSettings("Acme", ("en", "en"), "en"), lambda c: c),
        (GeneralSettings("Acme", ("en", "de"), "fr"), lambda c: c),
    ],
    "api_key_missing": [(None, lambda c: replaced(c, Service.SMS, api_key=""))],
    "api_key_name": [(None, lambda c: replaced(c, Service.VOICE, api_key="sk 123"))],
    "api_key_unknown": [(None, lambda c: replaced(c, Service.SMS, api_key="noentry"))],
    "provider_name": [
        (None, lambda c: replaced(c, Service.SMS, provider="-bad\x07")),
        (None, lambda c: c.with_provider("seven.io\x07")),
    ],
    "provider_missing": [
        (None, lambda c: c.with_provider("notinstalled")),
        (None, lambda c: c.with_provider("elsewhere")),
    ],
    "cannot_activate": [
        (None, lambda c: replaced(c, Service.SMS, activated=True, api_key="",
                                  message=LocalizedText({}))),
        (None, lambda c: replaced(c, Service.VOICE, activated=True, code_length=3)),
        (GeneralSettings("Acme: Portal", ("en",), "en"),
         lambda c: replaced(c, Service.AUTHENTICATOR_APP, activated=True, issuer=None)),
    ],
    "message_missing": [(None, lambda c: replaced(c, Service.VOICE, message=LocalizedText({})))],
    "too_long": [
        (None, lambda c: replaced(c, Service.AUTHENTICATOR_APP, issuer="x" * 101)),
        (None, lambda c: replaced(c, Service.SMS, **sms_message("${OTP} " + "x" * 1600))),
        (None, lambda c: replaced(c, Service.SMS, **sms_message("${OTP} " + "x" * 1514))),
        (None, lambda c: replaced(c, Service.VOICE, message=LocalizedText(
            {"en": "<speak>${OTPFMTSSML}" + "x" * 10000 + "</speak>"}))),
    ],
    "out_of_range": [
        (None, lambda c: replaced(c, Service.SMS, code_validity_minutes=11)),
        (None, lambda c: replaced(c, Service.AUTHENTICATOR_APP, digits=7)),
        (None, lambda c: replaced(c, Service.SMS, message=LocalizedText(
            {"en": "${OTP}", "fr": "${OTP}"}))),
        (None, lambda c: replaced(c, Service.SMS, message=LocalizedText(
            {"en": "${OTP}", "not a code": "${OTP}"}))),
    ],
    "issuer_colon": [
        (GeneralSettings("Acme: Portal", ("en",), "en"),
         lambda c: replaced(c, Service.AUTHENTICATOR_APP, issuer=None)),
        (None, lambda c: replaced(c, Service.AUTHENTICATOR_APP, issuer="Acme: Portal")),
    ],
    "issuer_empty": [(None, lambda c: replaced(c, Service.AUTHENTICATOR_APP, issuer=" "))],
    "control_character": [
        (None, lambda c: replaced(c, Service.AUTHENTICATOR_APP, issuer="Ac\x07me")),
        (None, lambda c: replaced(c, Service.SMS, sender_name=LocalizedText({"en": "Ac\tme"}))),
        (None, lambda c: replaced(c, Service.SMS, **sms_message("${OTP}" + "\x07" * 30))),
    ],
    "sender_name": [
        (None, lambda c, s=s: replaced(c, Service.SMS, sender_name=LocalizedText({"en": s})))
        for s in ("Acme Portal #1", "+12345678901234567", "Ac#me")
    ],
    "missing_code": [
        (None, lambda c: replaced(c, Service.SMS, **sms_message("Kein Code"))),
        (None, lambda c: replaced(c, Service.SMS, **sms_message("${OTPDIGIT[0]}"))),
    ],
    "digit_index_out_of_range": [
        (None, lambda c: replaced(c, Service.SMS, **sms_message("${OTP} ${OTPDIGIT[7]}")))],
    "placeholder_not_available": [
        (None, lambda c: replaced(c, Service.VOICE, message=LocalizedText(
            {"en": "${OTP} ${from}"})))],
    "malformed_placeholder": [
        (None, lambda c, text=text: replaced(c, Service.SMS, **sms_message(f"${{OTP}} {text}")))
        for text in ("${OTP", "${OTPDIGIT[ 1]}", "${}")
    ],
    "unknown_placeholder": [
        (None, lambda c, text=text: replaced(c, Service.SMS, **sms_message(f"${{OTP}} {text}")))
        for text in ("${OTPP}", "${CODE}")
    ],
    "ssml_not_well_formed": [
        (None, lambda c, text=text: replaced(c, Service.VOICE, message=LocalizedText({"en": text})))
        for text in ("<speak>${OTPFMTSSML}</speek>", "<speak>${OTPFMTSSML}", "<a/><b/>",
                     "<a>&foo;</a>", "<a b='<'/>", "<a x='1' x='2'/>", "<a>&#0;</a>",
                     "<a><?xml version='1.0'?></a>", "<a><![CDATA[x</a>", "<?xml x?><a/>",
                     "<!DOCTYPE a><a/>")
    ],
}
# Codes that the check of a draft cannot produce, with where they come from instead.
ELSEWHERE = {
    "empty": "find_problems of an empty message (the message dialogs' own check)",
    "structure": "reading a Security settings file (Portal.open, import)",
}


def codes_in_the_core() -> set[str]:
    """Every literal finding code: Finding(…, code, …), TemplateProblem(code, …),
    problem(code, …) and the ("code", QT_TRANSLATE_NOOP(…)) pairs of mfa/validation.py."""
    codes = set()
    for path in CORE_FILES:
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            literal = None
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                position = {"Finding": 4, "TemplateProblem": 0, "problem": 0}.get(node.func.id)
                if position is not None and len(node.args) > position:
                    literal = node.args[position]
            elif (path.name == "validation.py" and isinstance(node, ast.Tuple)
                  and len(node.elts) == 2 and isinstance(node.elts[1], ast.Call)
                  and getattr(node.elts[1].func, "id", "") == "QT_TRANSLATE_NOOP"):
                literal = node.elts[0]
            if isinstance(literal, ast.Constant) and isinstance(literal.value, str):
                codes.add(literal.value)
    return codes


def test_the_walk_covers_every_code_the_core_has() -> None:
    assert codes_in_the_core() == set(DRAFTS) | set(ELSEWHERE)


def findings_of(portal: Portal, session, code: str) -> list[Finding]:
    found = []
    for general, change in DRAFTS[code]:
        draft = PortalDraft(general or GENERAL, change(portal.security))
        found += [finding for finding in portal.check(draft, session) if finding.code == code]
    return found


@pytest.mark.parametrize("code", sorted(DRAFTS))
def test_every_finding_reaches_a_german_ui_in_german(german, portal: Portal, admin,
                                                      code: str) -> None:
    findings = findings_of(portal, admin, code)
    assert len(findings) >= len(DRAFTS[code]), f"a draft does not trigger {code}"
    for finding in findings:
        assert untranslated_parts(finding.message, german) == [], finding.message
        shown = finding_text(finding)
        assert shown != str(finding.message) and shown.strip(), shown


def test_the_message_dialogs_own_check_in_german(german) -> None:
    problems = find_problems("", Channel.SMS, 6) + find_problems("\x07", Channel.VOICE, 6)
    assert {"empty", "control_character"} <= {problem.code for problem in problems}
    for problem in problems:
        assert untranslated_parts(problem.message, german) == []


@pytest.mark.parametrize("services", [
    "not an object",
    {"sms": {}},
    {"sms": {f"unknown{number}": 1 for number in range(7)}},  # "… and 2 more"
    {"sms": {"activated": "yes", "code_length": "6", "message": ["x"], "unknown": 1},
     "voice": {"message": {"en": 5}}, "authenticator_app": {"issuer": 5}, "extra": {}},
])
def test_an_unreadable_security_file_is_reported_in_german(german, portal_folder: Path,
                                                            services) -> None:
    """The structure findings reach the UI inside the error that opening the portal raises."""
    path = portal_folder / "security.json"
    document = json.loads(path.read_text())
    document["services"] = services
    path.write_text(json.dumps(document))
    with pytest.raises(PortalManagerError) as raised:
        Portal.open(portal_folder).close()
    message = raised.value.args[0]
    assert untranslated_parts(message, german) == []
    assert error_text(raised.value) != str(message)


def test_no_provider_installed_is_said_in_german(german) -> None:
    from portal_manager.app.providers import missing_provider_findings
    from portal_manager.mfa.defaults import default_config

    config = default_config(GeneralSettings("Acme", ("en", "de"), "de"))
    findings = missing_provider_findings(config.with_provider("elsewhere"), installed=[])
    texts = {finding_text(finding) for finding in findings}
    assert len(texts) == 1
    (text,) = texts
    assert text.endswith(": keiner."), text
    assert untranslated_parts(findings[0].message, german) == []
