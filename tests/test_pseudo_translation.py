"""The pseudo-translation: longer, accented, and everything the program reads back intact."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox

from portal_manager.ui.pseudo_translation import GROWTH, PseudoTranslator, pseudo_translated
from portal_manager.ui.translations import UI_LANGUAGE_ENV, install_translators

# The translation sources (the app loads the .qm compiled from them into the package).
I18N_FOLDER = Path(__file__).resolve().parents[1] / "i18n"

TAG = re.compile(r"<[^<>]*>")
# What must come through unchanged, in order.
READ_BACK = re.compile(r"<[^<>]*>|&[a-z]+;|&&|&\S|%L?\d|%n|\$\{[^}]*\}", re.IGNORECASE)


def every_source_text() -> list[str]:
    return sorted({message.findtext("source") for message in
                   ET.parse(I18N_FOLDER / "portal_manager_de.ts").iter("message")})


def shown_length(text: str) -> int:
    """Characters on screen, roughly: a tag none, a marker or mnemonic one."""
    return len(READ_BACK.sub(lambda kept: "" if kept.group().startswith("<") else "x", text))


@pytest.mark.parametrize("source", every_source_text())
def test_every_text_grows_by_40_percent_and_keeps_what_is_read_back(source: str) -> None:
    pseudo = pseudo_translated(source)
    assert READ_BACK.findall(pseudo) == READ_BACK.findall(source)
    if any(char.isalpha() for char in TAG.sub("", READ_BACK.sub("", source))):
        assert shown_length(pseudo) >= math.ceil(GROWTH * shown_length(source))
        assert pseudo != source


@pytest.mark.parametrize(
    ("source", "pseudo"),
    [
        ("Settings", "[Šéţţîñĝš ~]"),
        ("&Save && close", "[&Såvé && çļöšé ~~]"),
        ("<b>%1</b> is activated", "<b>[%1</b> îš åçţîvåţéď ~~~]"),
        ("Add %1 (or %2).", "[Åďď %1 (öř %2). ~~~]"),
        ("e.g. ${OTPFMT}", "[é.ĝ. ${OTPFMT} ~]"),
        ("%1: %2", "%1: %2"),  # only joins other texts
        ('e.g. {"en": "…"}', '[é.ĝ. {"éñ": "…"} ~~~~]'),  # JSON, not a format field
        ("{count:>4} left", "[{count:>4} ļéfţ ~]"),
    ],
)
def test_examples(source: str, pseudo: str) -> None:
    assert pseudo_translated(source) == pseudo


def test_long_texts_pad_in_words_a_wrapped_label_can_break() -> None:
    padding = pseudo_translated("word " * 40).rsplit("]", 1)[0].split()
    assert max(len(word) for word in padding) <= 7


def test_the_ui_language_pseudo_installs_it_for_our_texts_and_qts(qapp, monkeypatch) -> None:
    monkeypatch.setenv(UI_LANGUAGE_ENV, "pseudo")
    translators = install_translators(qapp)
    try:
        assert [type(translator) for translator in translators] == [PseudoTranslator]
        assert QCoreApplication.translate("LoginDialog", "Log in") == "[Ļöĝ îñ ~]"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.buttons()[0].text().startswith("[")  # Qt's own "Cancel"
        # What Qt reads back, not shows, stays as it is.
        assert QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == (
            "QT_LAYOUT_DIRECTION")
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
