"""No dialog cuts off a text, in German or in the pseudo-translation (every text 40 % longer).

Each dialog is the one scripts/screenshots.py renders, built the same way and shown at its
own size; a label, button, check box, group box or tab smaller than its text needs fails.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from portal_manager.ui.clipping import clipped_texts
from portal_manager.ui.translations import install_translators
from portal_manager.users import credentials
from scripts.screenshots import SHOTS, sample_portal, show_shot


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The screenshots' sample portal, made once for all dialogs (they do not change it)."""
    with pytest.MonkeyPatch.context() as patch:
        # sample_portal sets the cheap key derivation; put back what was there.
        patch.setattr(credentials, "current_kdf", credentials.current_kdf)
        portal, session = sample_portal(tmp_path_factory.mktemp("sample") / "portal")
        yield portal, session
        portal.close()


@pytest.fixture(params=["de", "pseudo"])
def language(request, qapp):
    translators = install_translators(qapp, request.param)
    assert translators, "run 'make i18n/portal_manager_de.qm'"
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("name", sorted(SHOTS))
def test_no_dialog_clips_a_text(qtbot, sample, language: str, name: str) -> None:
    portal, session = sample
    widget = show_shot(QApplication.instance(), name, portal, session)
    qtbot.addWidget(widget)
    clipped = [str(text) for text in clipped_texts(widget)]
    assert clipped == [], f"{name} in {language} cuts off: {clipped}"


def test_the_dialogs_cover_login_setup_and_every_configure_dialog() -> None:
    assert {"login", "first-start-setup", "portal-properties-general",
            "portal-properties-security", "authenticator-app", "sms", "voice",
            "multilingual-sms-message", "login-information-store", "users-and-groups",
            "audit-trail", "send-test-sms"} <= set(SHOTS)


# -- the check itself finds what it should --------------------------------------------------


def test_a_label_narrower_than_its_text_is_found(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("A text much wider than the label", window, objectName="narrowLabel")
    label.setFixedWidth(40)
    QPushButton("Fine", window).move(0, 40)
    window.show()
    found = clipped_texts(window)
    assert [text.widget for text in found] == ["narrowLabel"]
    assert "A text much wider" in str(found[0])


def test_a_wrapped_label_lower_than_its_lines_is_found(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("word " * 60, objectName="wrappedLabel")
    label.setWordWrap(True)
    QVBoxLayout(window).addWidget(label)
    window.show()
    window.resize(300, 400)
    assert clipped_texts(window) == []
    label.setFixedHeight(label.heightForWidth(label.width()) - 10)
    assert [text.widget for text in clipped_texts(window)] == ["wrappedLabel"]


def test_showing_the_qr_code_in_an_open_dialog_clips_nothing(qtbot, sample, language) -> None:
    """The enrolment grows the open window: it must grow enough for its wrapped labels."""
    from portal_manager.ui.authenticator_dialog import AuthenticatorAppDialog

    portal, _session = sample
    dialog = AuthenticatorAppDialog(portal.security.authenticator_app, portal.general.name,
                                    read_only=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.enrolment.showButton, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert dialog.enrolment.is_secret_shown
    assert [str(text) for text in clipped_texts(dialog)] == []
