"""English is the source language, but "%n request(s)" is no way to talk: the English UI loads
the plural forms of i18n/portal_manager_en.ts, which `make translations` keeps to exactly the
texts with a count (lupdate -pluralonly)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from portal_manager.messages import QT_TRANSLATE_NOOP
from portal_manager.ui.text import translated
from portal_manager.ui.translations import install_translators

I18N_FOLDER = Path(__file__).resolve().parents[1] / "i18n"


def plural_sources(path: Path, *, finished_only: bool = False) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(path).iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") != "yes":
                continue
            translation = message.find("translation")
            forms = [form.text for form in translation.iter("numerusform")]
            if finished_only and (translation.get("type") or not all(forms)):
                continue
            found.add((context.findtext("name"), message.findtext("source")))
    return found


def test_every_text_with_a_count_has_its_english_forms() -> None:
    german = plural_sources(I18N_FOLDER / "portal_manager_de.ts")
    english = plural_sources(I18N_FOLDER / "portal_manager_en.ts", finished_only=True)
    assert german, "no plural found: has lupdate stopped marking them?"
    assert german == english, f"run 'make translations' and fill: {sorted(german - english)}"


@pytest.fixture
def english(qapp):
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize(("count", "expected"), [
    (1, "1 request received."), (2, "2 requests received."), (0, "0 requests received.")])
def test_the_english_ui_counts_in_english(english, count: int, expected: str) -> None:
    text = QCoreApplication.translate("OutboxDialog", "%n request(s) received.", "", count)
    assert text == expected


def test_a_core_message_with_a_count_reads_right_in_english(english) -> None:
    source = QT_TRANSLATE_NOOP("Templates", "%1 %n more control character(s) follow.", None, 1)
    one, four = source.fill("Tab at 3.", count=1), source.fill("Tab at 3.", count=4)
    assert translated(one) == "Tab at 3. 1 more control character follows."
    assert translated(four) == "Tab at 3. 4 more control characters follow."
    assert four == "Tab at 3. 4 more control character(s) follow."  # the command line's
