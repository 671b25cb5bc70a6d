"""The authentication app dialog, its test enrolment and its QR code, driven as a person would."""

from __future__ import annotations

import hashlib

import pyotp
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from portal_manager.mfa.settings import AuthenticatorAppSettings, Service
from portal_manager.mfa.totp import TotpAlgorithm, TotpParameters, otpauth_uri
from portal_manager.mfa.validation import Finding, FindingKind
from portal_manager.ui.authenticator_dialog import AuthenticatorAppDialog
from portal_manager.ui.qr_pixmap import (
    QUIET_ZONE_MODULES,
    QrCodeTooLongError,
    qr_matrix,
    qr_pixmap,
)

PORTAL = "Acme Portal"
DIGESTS = {TotpAlgorithm.SHA1: hashlib.sha1, TotpAlgorithm.SHA256: hashlib.sha256,
           TotpAlgorithm.SHA512: hashlib.sha512}


class FakeClock:
    """Wall and monotonic time in one, moved on by the test."""

    def __init__(self) -> None:
        # The middle of a 30 and of a 60 second step, so no code changes on its own.
        self.now = 1_800_000_000.0 + 20

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def open_dialog(qtbot, clock: FakeClock, settings: AuthenticatorAppSettings | None = None,
                *, read_only: bool = False) -> AuthenticatorAppDialog:
    dialog = AuthenticatorAppDialog(
        settings or AuthenticatorAppSettings(), PORTAL, read_only=read_only,
        wall_clock=clock, monotonic_clock=clock,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


@pytest.fixture
def dialog(qtbot, clock: FakeClock) -> AuthenticatorAppDialog:
    return open_dialog(qtbot, clock)


def child(dialog: QWidget, kind: type, name: str):
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def click(qtbot, dialog: QWidget, name: str) -> None:
    qtbot.mouseClick(child(dialog, QPushButton, name), Qt.MouseButton.LeftButton)


def text_of(dialog: QWidget, name: str) -> str:
    return child(dialog, QLabel, name).text()


def shown(dialog: QWidget, name: str) -> bool:
    return child(dialog, QWidget, name).isVisible()


def choose(qtbot, dialog: QWidget, combo_name: str, value: object) -> None:
    """Pick ``value`` in a combo box with the keyboard, as a person would."""
    combo = child(dialog, QComboBox, combo_name)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != value:
        index = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != index, f"{value} is not offered"


def open_advanced(qtbot, dialog: QWidget) -> None:
    button = child(dialog, QToolButton, "advancedButton")
    if not button.isChecked():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown_secret(dialog: QWidget) -> str:
    return child(dialog, QLineEdit, "secretEdit").text().replace(" ", "")


def app_code(secret: str, parameters: TotpParameters, at: float) -> str:
    """The code an authenticator app shows, computed independently of our code (pyotp)."""
    return pyotp.TOTP(secret, digits=parameters.digits, digest=DIGESTS[parameters.algorithm],
                      interval=parameters.period).at(at)


def type_code(qtbot, dialog: QWidget, code: str) -> None:
    edit = child(dialog, QLineEdit, "codeEdit")
    edit.setFocus()
    qtbot.keyClicks(edit, code)


def result(dialog: QWidget) -> str:
    return text_of(dialog, "codeResultLabel")


# --- issuer ----------------------------------------------------------------------------

def test_the_issuer_follows_the_portal_name_until_edited(qtbot, dialog) -> None:
    issuer = child(dialog, QLineEdit, "issuerEdit")
    assert issuer.text() == PORTAL
    assert dialog.value().issuer is None and dialog.issuer_follows_portal_name
    assert not child(dialog, QPushButton, "useNameButton").isEnabled()

    issuer.setFocus()
    qtbot.keyClicks(issuer, " MFA")
    assert dialog.value().issuer == "Acme Portal MFA"
    assert "no longer follows" in text_of(dialog, "issuerSourceLabel")

    click(qtbot, dialog, "useNameButton")
    assert issuer.text() == PORTAL
    assert dialog.value().issuer is None
    assert "Follows the portal name" in text_of(dialog, "issuerSourceLabel")


def test_an_edited_issuer_that_equals_the_portal_name_stays_fixed(qtbot, dialog) -> None:
    issuer = child(dialog, QLineEdit, "issuerEdit")
    issuer.setFocus()
    qtbot.keyClick(issuer, Qt.Key.Key_Backspace)
    qtbot.keyClicks(issuer, "l")
    assert dialog.value().issuer == PORTAL


def test_a_saved_issuer_is_shown_and_kept(qtbot, clock) -> None:
    dialog = open_dialog(qtbot, clock, AuthenticatorAppSettings(issuer="Acme Login"))
    assert child(dialog, QLineEdit, "issuerEdit").text() == "Acme Login"
    assert dialog.value().issuer == "Acme Login"
    assert child(dialog, QPushButton, "useNameButton").isEnabled()


def test_settings_go_through_the_dialog_unchanged(qtbot, clock) -> None:
    settings = AuthenticatorAppSettings(activated=True, issuer="Acme", digits=8, period=60,
                                        algorithm=TotpAlgorithm.SHA512)
    dialog = open_dialog(qtbot, clock, settings)
    assert dialog.value() == settings
    assert shown(dialog, "advancedArea"), "non-default settings are not hidden away"


@pytest.mark.parametrize(
    ("typed", "message"),
    [("Acme:Login", "must not contain a colon"),
     ("", "must not be empty"),
     ("A" * 101, "longer than 100 characters")],
)
def test_a_wrong_issuer_is_shown_at_the_field_once_it_was_left(
    qtbot, dialog, typed: str, message: str
) -> None:
    issuer = child(dialog, QLineEdit, "issuerEdit")
    problem = child(issuer, QAction, "issuerEditProblemAction")
    issuer.setFocus()
    qtbot.waitUntil(issuer.hasFocus)
    issuer.selectAll()
    qtbot.keyClick(issuer, Qt.Key.Key_Delete)
    qtbot.keyClicks(issuer, typed)
    assert not problem.isVisible(), "no complaint while the person is still typing"

    qtbot.keyClick(issuer, Qt.Key.Key_Tab)
    assert problem.isVisible()
    assert message in problem.toolTip()
    assert message in issuer.accessibleDescription()

    # From now on the check follows every keystroke.
    issuer.setFocus()
    issuer.selectAll()
    qtbot.keyClicks(issuer, "Acme")
    assert not problem.isVisible()


def test_ok_with_a_colon_in_the_issuer_keeps_the_dialog_open(qtbot, dialog) -> None:
    issuer = child(dialog, QLineEdit, "issuerEdit")
    issuer.setFocus()
    qtbot.keyClicks(issuer, ":")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    assert child(issuer, QAction, "issuerEditProblemAction").isVisible()


def test_ok_accepts_valid_settings(qtbot, dialog) -> None:
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_a_portal_name_with_a_colon_is_reported_when_the_dialog_opens(qtbot) -> None:
    dialog = AuthenticatorAppDialog(AuthenticatorAppSettings(), "Acme: Portal", read_only=False)
    qtbot.addWidget(dialog)
    issuer = child(dialog, QLineEdit, "issuerEdit")
    assert "portal name contains a colon" in issuer.accessibleDescription()


def test_findings_from_the_core_appear_at_their_fields(qtbot, dialog) -> None:
    digits = Finding(Service.AUTHENTICATOR_APP, "digits", None, FindingKind.INVALID,
                     "out_of_range", "Digits must be one of 6, 8, not 7.")
    activated = Finding(Service.AUTHENTICATOR_APP, "activated", None, FindingKind.INVALID,
                        "cannot_activate", "Authentication app cannot be activated.")
    other_service = Finding(Service.SMS, "api_key", None, FindingKind.INCOMPLETE,
                            "api_key_missing", "No API key is chosen.")
    dialog.show_findings([digits, activated, other_service])
    open_advanced(qtbot, dialog)
    indicator = child(dialog, QLabel, "digitsComboProblemIndicator")
    assert indicator.isVisible() and indicator.toolTip() == digits.message
    assert text_of(dialog, "problemLabel") == activated.message
    assert "API key" not in text_of(dialog, "problemLabel")


# --- advanced settings -----------------------------------------------------------------

def test_advanced_settings_are_collapsed_while_they_are_the_defaults(qtbot, dialog) -> None:
    assert not shown(dialog, "advancedArea")
    open_advanced(qtbot, dialog)
    assert shown(dialog, "advancedArea")
    assert not shown(dialog, "advancedWarningLabel")


@pytest.mark.parametrize(
    ("combo", "value"),
    [("digitsCombo", 8), ("periodCombo", 60), ("algorithmCombo", TotpAlgorithm.SHA256),
     ("algorithmCombo", TotpAlgorithm.SHA512)],
)
def test_a_non_default_advanced_setting_shows_the_warning(
    qtbot, dialog, combo: str, value: object
) -> None:
    open_advanced(qtbot, dialog)
    choose(qtbot, dialog, combo, value)
    assert shown(dialog, "advancedWarningLabel")
    assert "Google Authenticator" in text_of(dialog, "advancedWarningLabel")
    assert getattr(dialog.value(), combo.removesuffix("Combo")) == value

    choose(qtbot, dialog, combo, getattr(AuthenticatorAppSettings(), combo.removesuffix("Combo")))
    assert not shown(dialog, "advancedWarningLabel")


def test_the_choices_come_from_the_settings_declaration(qtbot, dialog) -> None:
    combos = {name: child(dialog, QComboBox, f"{name}Combo")
              for name in ("digits", "period", "algorithm")}
    values = {name: [combo.itemData(i) for i in range(combo.count())]
              for name, combo in combos.items()}
    assert values == {"digits": [6, 8], "period": [30, 60], "algorithm": list(TotpAlgorithm)}
    assert combos["digits"].itemText(0) == "6 digits (default)"
    assert combos["period"].itemText(1) == "60 seconds"


# --- shown in the app as ---------------------------------------------------------------

def test_shown_in_the_app_as_follows_issuer_and_test_account(qtbot, dialog) -> None:
    assert text_of(dialog, "shownAsLabel") == "Shown in the app as: Acme Portal (user@example.com)"
    account = child(dialog, QLineEdit, "accountEdit")
    account.setFocus()
    qtbot.keyClicks(account, "alice@acme.test")
    assert text_of(dialog, "shownAsLabel") == "Shown in the app as: Acme Portal (alice@acme.test)"
    issuer = child(dialog, QLineEdit, "issuerEdit")
    issuer.setFocus()
    qtbot.keyClicks(issuer, " %1")
    assert text_of(dialog, "shownAsLabel") == (
        "Shown in the app as: Acme Portal %1 (alice@acme.test)"
    )


# --- test enrolment --------------------------------------------------------------------

NON_DEFAULT = TotpParameters(8, 60, TotpAlgorithm.SHA256)


@pytest.mark.parametrize("parameters", [TotpParameters(), NON_DEFAULT], ids=["default", "8-60-256"])
def test_enrolment_accepts_the_apps_code_once(qtbot, dialog, clock, parameters) -> None:
    if not parameters.is_default():
        open_advanced(qtbot, dialog)
        choose(qtbot, dialog, "digitsCombo", parameters.digits)
        choose(qtbot, dialog, "periodCombo", parameters.period)
        choose(qtbot, dialog, "algorithmCombo", parameters.algorithm)
    click(qtbot, dialog, "showQrButton")
    secret = shown_secret(dialog)
    assert len(secret) == 32  # 160 bits in base32
    code = app_code(secret, parameters, clock())

    type_code(qtbot, dialog, code)
    assert result(dialog) == "Accepted"
    type_code(qtbot, dialog, code)
    assert result(dialog) == "Already used — wait for the next code"

    clock.advance(parameters.period)
    type_code(qtbot, dialog, app_code(secret, parameters, clock()))
    assert result(dialog) == "Accepted"


def test_enter_does_not_check_a_code_twice(qtbot, dialog, clock) -> None:
    click(qtbot, dialog, "showQrButton")
    type_code(qtbot, dialog, app_code(shown_secret(dialog), TotpParameters(), clock()))
    qtbot.keyClick(child(dialog, QLineEdit, "codeEdit"), Qt.Key.Key_Return)
    assert result(dialog) == "Accepted"


def test_enter_checks_a_code_that_is_too_short(qtbot, dialog) -> None:
    click(qtbot, dialog, "showQrButton")
    type_code(qtbot, dialog, "123")
    qtbot.keyClick(child(dialog, QLineEdit, "codeEdit"), Qt.Key.Key_Return)
    assert result(dialog) == "Enter the 6 digits the app shows."


def wrong_code(secret: str, clock: FakeClock) -> str:
    near = {app_code(secret, TotpParameters(), clock() + step * 30) for step in (-1, 0, 1)}
    return next(code for code in ("000000", "111111", "222222", "333333") if code not in near)


def test_five_wrong_codes_pause_checking_with_a_countdown(qtbot, dialog, clock,
                                                          announcements) -> None:
    click(qtbot, dialog, "showQrButton")
    secret = shown_secret(dialog)
    for _ in range(4):
        type_code(qtbot, dialog, wrong_code(secret, clock))
        assert result(dialog) == "Wrong code"
    type_code(qtbot, dialog, wrong_code(secret, clock))
    assert result(dialog) == "Paused for 30 s after five wrong codes"

    clock.advance(10)
    dialog.enrolment.tick()
    assert result(dialog) == "Paused for 20 s after five wrong codes"
    type_code(qtbot, dialog, app_code(secret, TotpParameters(), clock()))
    assert result(dialog) == "Paused for 20 s after five wrong codes", "right code while paused"

    clock.advance(20)
    dialog.enrolment.tick()
    assert result(dialog) == "You can enter a code again."
    type_code(qtbot, dialog, app_code(secret, TotpParameters(), clock()))
    assert result(dialog) == "Accepted"
    # Spoken: each verdict and the pause once, not every tick of its countdown.
    spoken = [text for text, _ in announcements]
    assert spoken.count("Paused for 30 s after five wrong codes") == 1
    assert not any(text.startswith("Paused for 20") for text in spoken)
    assert spoken[-2:] == ["You can enter a code again.", "Accepted"]


def qr_visible(dialog: QWidget) -> bool:
    label = child(dialog, QLabel, "qrLabel")
    return label.isVisible() and not label.pixmap().isNull()


def test_qr_and_secret_hide_after_two_minutes_and_show_again_makes_a_new_secret(
    qtbot, dialog, clock
) -> None:
    click(qtbot, dialog, "showQrButton")
    first = shown_secret(dialog)
    assert qr_visible(dialog)
    assert text_of(dialog, "enrolmentStatusLabel") == "Hides in 2:00"
    clock.advance(1)
    dialog.enrolment.tick()
    assert text_of(dialog, "enrolmentStatusLabel") == "Hides in 1:59"

    clock.advance(119)
    dialog.enrolment.tick()
    assert not qr_visible(dialog) and shown_secret(dialog) == ""
    assert child(dialog, QLabel, "qrLabel").pixmap().isNull()
    assert not child(dialog, QLineEdit, "codeEdit").isEnabled()
    assert "hidden" in text_of(dialog, "enrolmentStatusLabel")

    again = child(dialog, QPushButton, "showQrButton")
    assert again.text() == "Show &again"
    click(qtbot, dialog, "showQrButton")
    second = shown_secret(dialog)
    assert qr_visible(dialog) and second and second != first
    type_code(qtbot, dialog, app_code(second, TotpParameters(), clock()))
    assert result(dialog) == "Accepted"


def test_the_running_timer_hides_the_secret(qtbot, dialog, clock) -> None:
    click(qtbot, dialog, "showQrButton")
    clock.advance(120)
    qtbot.waitUntil(lambda: not qr_visible(dialog))
    assert shown_secret(dialog) == ""


def test_changing_the_settings_takes_a_shown_qr_code_away(qtbot, dialog) -> None:
    click(qtbot, dialog, "showQrButton")
    issuer = child(dialog, QLineEdit, "issuerEdit")
    issuer.setFocus()
    qtbot.keyClicks(issuer, "!")
    assert not qr_visible(dialog) and shown_secret(dialog) == ""
    assert "settings changed" in text_of(dialog, "enrolmentStatusLabel")


def test_an_issuer_with_a_colon_gives_no_qr_code_but_a_message(qtbot, dialog) -> None:
    issuer = child(dialog, QLineEdit, "issuerEdit")
    issuer.setFocus()
    qtbot.keyClicks(issuer, ":")
    click(qtbot, dialog, "showQrButton")
    assert not qr_visible(dialog) and shown_secret(dialog) == ""
    assert "must not contain a colon" in text_of(dialog, "enrolmentStatusLabel")


def test_the_secret_leaves_widgets_and_clipboard_when_the_dialog_closes(qtbot, dialog) -> None:
    click(qtbot, dialog, "showQrButton")
    secret = shown_secret(dialog)
    click(qtbot, dialog, "copySecretButton")
    assert QGuiApplication.clipboard().text() == secret

    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert shown_secret(dialog) == ""
    assert child(dialog, QLabel, "qrLabel").pixmap().isNull()
    assert QGuiApplication.clipboard().text() != secret


def test_the_secret_is_shown_in_groups_of_four(qtbot, dialog) -> None:
    click(qtbot, dialog, "showQrButton")
    groups = child(dialog, QLineEdit, "secretEdit").text().split(" ")
    assert [len(group) for group in groups] == [4] * 8
    assert child(dialog, QLineEdit, "secretEdit").isReadOnly()


# --- the QR code -----------------------------------------------------------------------

def decode(pixmap: QPixmap) -> str:
    """The text a scanner reads from ``pixmap`` (zxing-cpp, independent of our code)."""
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    picture = Image.frombytes("L", (image.width(), image.height()), bytes(image.constBits()),
                              "raw", "L", image.bytesPerLine())
    found = zxingcpp.read_barcode(picture)
    assert found is not None, "no QR code found"
    return found.text


def test_the_qr_code_on_screen_holds_the_exact_key_uri(qtbot, dialog, clock) -> None:
    open_advanced(qtbot, dialog)
    choose(qtbot, dialog, "digitsCombo", 8)
    account = child(dialog, QLineEdit, "accountEdit")
    account.setFocus()
    qtbot.keyClicks(account, "alice@acme.test")
    click(qtbot, dialog, "showQrButton")
    secret = shown_secret(dialog)

    uri = decode(child(dialog, QLabel, "qrLabel").pixmap())
    assert uri == (f"otpauth://totp/Acme%20Portal:alice%40acme.test?secret={secret}"
                   "&issuer=Acme%20Portal&digits=8")
    assert uri == otpauth_uri(PORTAL, "alice@acme.test", secret, TotpParameters(digits=8))


@pytest.mark.parametrize("module_pixels", [1, 3, 7])
def test_qr_modules_are_whole_pixels_inside_a_quiet_zone(qapp, module_pixels: int) -> None:
    uri = "otpauth://totp/Acme:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Acme"
    pixmap = qr_pixmap(uri, module_pixels)
    image = pixmap.toImage()
    side = image.width()
    assert image.height() == side and side % module_pixels == 0
    modules = side // module_pixels
    assert (modules - 2 * QUIET_ZONE_MODULES - 17) % 4 == 0  # a QR version's size: 17 + 4v
    quiet = QUIET_ZONE_MODULES * module_pixels
    assert all(image.pixelColor(x, y).lightness() == 255
               for x in range(side) for y in (*range(quiet), *range(side - quiet, side)))
    # The finder pattern's dark corner starts right after the quiet zone.
    assert image.pixelColor(quiet, quiet).lightness() == 0
    # Every pixel is its module's colour: no smoothing at the module edges.
    matrix = qr_matrix(uri)
    assert all(image.pixelColor(x, y).lightness()
               == (0 if matrix[y // module_pixels][x // module_pixels] else 255)
               for y in range(side) for x in range(side))
    assert decode(pixmap) == uri


def test_a_uri_too_long_for_a_qr_code_is_refused_without_repeating_it(qapp) -> None:
    uri = "otpauth://totp/" + "A" * 5000
    with pytest.raises(QrCodeTooLongError) as raised:
        qr_pixmap(uri, 2)
    assert "A" * 20 not in str(raised.value)
    assert "too long" in str(raised.value)


def test_a_qr_module_needs_a_pixel(qapp) -> None:
    with pytest.raises(ValueError, match="at least one pixel"):
        qr_pixmap("otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP", 0)


# --- read-only -------------------------------------------------------------------------

def test_read_only_disables_every_setting_but_keeps_the_test_enrolment(qtbot, clock) -> None:
    dialog = open_dialog(qtbot, clock, read_only=True)
    open_advanced(qtbot, dialog)
    for kind, name in [(QLineEdit, "issuerEdit"), (QPushButton, "useNameButton"),
                       (QComboBox, "digitsCombo"), (QComboBox, "periodCombo"),
                       (QComboBox, "algorithmCombo")]:
        assert not child(dialog, kind, name).isEnabled(), name
    # Testers need not be administrators: they enrol from the QR code all the same.
    for kind, name in [(QLineEdit, "accountEdit"), (QPushButton, "showQrButton")]:
        assert child(dialog, kind, name).isEnabled(), name
    assert shown(dialog, "readOnlyLabel")
    assert "read-only" in text_of(dialog, "readOnlyLabel")
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Ok) is None
    assert buttons.button(QDialogButtonBox.StandardButton.Close) is not None


def test_every_input_has_a_label_with_a_mnemonic(qtbot, dialog) -> None:
    open_advanced(qtbot, dialog)
    buddies = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)
               if label.buddy() is not None}
    for name in ("issuerEdit", "digitsCombo", "periodCombo", "algorithmCombo", "accountEdit",
                 "secretEdit", "codeEdit"):
        widget = dialog.findChild(QWidget, name)
        assert widget in buddies, name
        assert "&" in buddies[widget], name


def test_a_screen_reader_hears_each_verdict_while_the_focus_stays_in_the_code_field(
    qtbot, dialog, clock, announcements
) -> None:
    click(qtbot, dialog, "showQrButton")
    secret = shown_secret(dialog)
    type_code(qtbot, dialog, app_code(secret, TotpParameters(), clock()))
    assert child(dialog, QLineEdit, "codeEdit").hasFocus()
    type_code(qtbot, dialog, wrong_code(secret, clock))
    assert announcements[0] == ("Accepted", False)
    assert announcements[-1] == (result(dialog), True)  # a wrong code interrupts
    assert result(dialog) != "Accepted"
