"""The portal's messaging provider is chosen among the installed plug-ins, and used.

A throwaway distribution with an entry point (tests/test_provider_plugins.py's
``install_distribution``) stands for a third party's plug-in: it is listed,
chosen on the command line and in Portal properties, and it is what sends.
"""

from __future__ import annotations

import dataclasses
import json

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from portal_manager.app.portal import Portal
from portal_manager.app.providers import choose_provider, missing_provider_findings
from portal_manager.app.user_management import add_user
from portal_manager.errors import PortalManagerError
from portal_manager.mfa.settings import Service
from portal_manager.mfa.validation import FindingKind
from portal_manager.ui.portal_properties import PortalPropertiesDialog
from portal_manager.users.directory import AuthorizationError
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.test_provider_plugins import (  # noqa: F401 - a fixture
    EXAMPLE_MODULE,
    _forget_plug_in_modules,
    install_distribution,
)
from tests.test_send_test import NUMBER, configure_sending, run
from tests.test_send_test import seven as seven  # the fixture: FakeSeven at the base URL


@pytest.fixture
def ready(portal: Portal, admin) -> Portal:
    return configure_sending(portal, admin)


@pytest.fixture
def example(tmp_path, monkeypatch) -> None:
    install_distribution(tmp_path / "site", monkeypatch, "example-provider",
                         {"example": "example_provider:ExampleProvider"},
                         {"example_provider": EXAMPLE_MODULE})


def test_installed_providers_are_listed_with_the_portal_s_choice(
    example, portal: Portal, capsys, monkeypatch
) -> None:
    portal.close()
    code, out, err = run(capsys, monkeypatch, "provider", "list", "--portal",
                         str(portal.folder), "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert {"name": "example", "chosen": False} in shown["providers"]
    assert {"name": "seven.io", "chosen": True} in shown["providers"]
    assert shown["chosen"] == "seven.io" and shown["chosen_installed"] is True

    code, out, _ = run(capsys, monkeypatch, "provider", "list", "--portal", str(portal.folder))
    assert "* seven.io" in out.splitlines() and "  example" in out.splitlines()


def test_a_plug_in_is_chosen_for_sms_and_voice_and_then_sends(
    example, seven, ready: Portal, capsys, monkeypatch
) -> None:
    ready.close()
    folder = str(ready.folder)
    code, out, err = run(capsys, monkeypatch, "provider", "set", "example", "--portal", folder,
                         "--user", ADMIN)
    assert code == 0, err
    assert out == "The portal's messaging provider is now example.\n"
    with Portal.open(ready.folder) as reopened:
        assert reopened.security.sms.provider == reopened.security.voice.provider == "example"
        [record] = [r for r in reopened.audit.records() if r.action == "security.changed"][-1:]
        assert {"field": "sms.provider", "old": "seven.io", "new": "example"} in \
            record.details["changes"]

    code, out, err = run(capsys, monkeypatch, "send-test", "sms", "--portal", folder, "--to",
                         NUMBER, "--user", ADMIN, "--json")
    assert code == 0, err
    assert json.loads(out)["message_id"] == "example-1"  # the plug-in's answer
    assert seven.requests == []  # and nothing went to seven.io
    code, out, err = run(capsys, monkeypatch, "provider", "check", "--portal", folder,
                         "--user", ADMIN, "--json")
    assert (code, json.loads(out)) == (0, {"amount": 9.99, "currency": "CHF"})


def test_choosing_a_missing_or_broken_plug_in_is_refused_and_changes_nothing(
    tmp_path, monkeypatch, portal: Portal, admin
) -> None:
    install_distribution(tmp_path / "site", monkeypatch, "broken-provider",
                         {"broken": "broken_provider:Provider"},
                         {"broken_provider": "import module_that_is_not_installed\n"})
    before = (portal.folder / "security.json").read_bytes()
    with pytest.raises(PortalManagerError, match='"twilio" is not installed'):
        choose_provider(portal, admin, "twilio")
    with pytest.raises(PortalManagerError, match='"broken" could not be loaded'):
        choose_provider(portal, admin, "broken")
    assert (portal.folder / "security.json").read_bytes() == before
    assert choose_provider(portal, admin, "seven.io") is False  # already the one


def test_only_administrators_choose_the_provider(example, portal: Portal, admin) -> None:
    assert choose_provider(portal, admin, "example") is True
    with pytest.raises(AuthorizationError):
        choose_provider(portal, None, "seven.io")


def test_a_portal_whose_provider_is_not_installed_here_can_be_opened_but_not_activated(
    ready: Portal, admin, capsys, monkeypatch
) -> None:
    portal = ready
    portal.save_security(portal.security.with_provider("elsewhere"), admin)

    findings = missing_provider_findings(portal.security)
    assert {(f.service, f.code, f.kind) for f in findings} == {
        (Service.SMS, "provider_missing", FindingKind.INCOMPLETE),
        (Service.VOICE, "provider_missing", FindingKind.INCOMPLETE)}
    assert "seven.io" in findings[0].message  # what can be chosen instead
    assert all(f in portal.findings() for f in findings)
    portal.close()
    code, _, err = run(capsys, monkeypatch, "send-test", "sms", "--portal", str(portal.folder),
                       "--to", NUMBER, "--user", ADMIN)
    assert code == 2
    assert 'provider "elsewhere" is not installed' in err


def test_portal_properties_offer_the_installed_providers_and_save_the_choice(
    example, qtbot, portal: Portal, admin
) -> None:
    dialog = PortalPropertiesDialog(portal, admin)
    qtbot.addWidget(dialog)
    combo = dialog.securityPage.providerCombo
    names = [combo.itemText(row) for row in range(combo.count())]
    assert names == ["example", "seven.io"]
    assert combo.currentText() == "seven.io"
    assert combo.accessibleName() == "Messaging provider"

    combo.setCurrentIndex(names.index("example"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert portal.security.provider == "example"
    assert portal.security.voice.provider == "example"


def test_portal_properties_show_a_provider_that_is_not_installed_as_such(
    qtbot, portal: Portal, admin
) -> None:
    voice = dataclasses.replace(portal.security.voice, provider="elsewhere")
    sms = dataclasses.replace(portal.security.sms, provider="elsewhere")
    portal.save_security(portal.security.with_service(Service.SMS, sms)
                         .with_service(Service.VOICE, voice), admin)
    dialog = PortalPropertiesDialog(portal, admin)
    qtbot.addWidget(dialog)
    combo = dialog.securityPage.providerCombo
    assert combo.currentText() == "elsewhere (not installed)"
    state = dialog.securityPage.rows[Service.SMS].stateLabel.text()
    assert "messaging provider is not installed on this computer" in state


def test_a_reader_sees_the_provider_but_cannot_change_it(qtbot, portal: Portal, admin) -> None:
    add_user(portal, admin, "bob", "bob's password")
    dialog = PortalPropertiesDialog(portal, portal.login("bob", "bob's password"))
    qtbot.addWidget(dialog)
    assert not dialog.securityPage.providerCombo.isEnabled()


# A provider name as someone who can write the portal folder puts it in security.json:
# a terminal escape that would colour (or hide) what follows, a line break that would
# forge a second message line, a right-to-left override, and a name far too long.
HOSTILE_PROVIDER = "seven.io\x1b[31m\nportal-manager: all fine\u202e" + "p" * 500


def _with_hostile_provider(portal: Portal) -> None:
    path = portal.folder / "security.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    for service in ("sms", "voice"):
        document["services"][service]["provider"] = HOSTILE_PROVIDER
    path.write_text(json.dumps(document), encoding="utf-8")


def _harmless(text: str) -> bool:
    return all(char.isprintable() or char == "\n" for char in text) and len(text) < 400


def test_a_hostile_provider_name_from_the_folder_is_shown_shortened_and_printable(
    ready: Portal, capsys, monkeypatch
) -> None:
    ready.close()
    _with_hostile_provider(ready)
    folder = str(ready.folder)
    for argv in (("provider", "check", "--user", ADMIN),
                 ("send-test", "sms", "--to", NUMBER, "--user", ADMIN),
                 ("provider", "list")):
        code, _, err = run(capsys, monkeypatch, *argv, "--portal", folder)
        assert err.count("\n") == 1, (argv, err)  # one message line, none forged
        assert _harmless(err) and "\x1b" not in err and "\u202e" not in err, (argv, err)
        assert code in (0, 2)


def test_portal_properties_show_a_hostile_provider_name_shortened_and_printable(
    qtbot, ready: Portal, admin
) -> None:
    _with_hostile_provider(ready)
    with Portal.open(ready.folder) as reopened:
        dialog = PortalPropertiesDialog(reopened, reopened.login(ADMIN, ADMIN_PASSWORD))
        qtbot.addWidget(dialog)
        shown = dialog.securityPage.providerCombo.currentText()
    assert shown.endswith("(not installed)")
    assert _harmless(shown) and "\n" not in shown


def test_mfa_show_says_the_portal_s_provider_is_not_installed_here(
    ready: Portal, admin, capsys, monkeypatch
) -> None:
    """As the Security page does: not "ready" when nothing here could send."""
    ready.save_security(ready.security.with_provider("elsewhere"), admin)
    ready.close()
    code, out, err = run(capsys, monkeypatch, "mfa", "show", "--portal", str(ready.folder),
                         "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["state"]["sms"] == shown["state"]["voice"] == "incomplete"
    assert {(f["service"], f["code"]) for f in shown["findings"]} >= {
        ("sms", "provider_missing"), ("voice", "provider_missing")}
    code, out, _ = run(capsys, monkeypatch, "mfa", "show", "--portal", str(ready.folder))
    assert "SMS: deactivated, incomplete" in out
    assert "not installed on this computer" in out
