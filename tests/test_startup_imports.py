"""The first window loads only what it shows: nothing heavy by the time it is on screen.

Each test starts a fresh interpreter (bench/startup_probe.py) that runs the real
entry point, ``portal_manager.__main__.main``, and reports ``sys.modules`` the
moment the login dialog (or, on a first start, the setup dialog) is shown.
What the first window does not need is imported when it is needed: QR codes
and imaging with the authenticator dialog, cryptography at the login,
``requests`` and phone numbers with a test send, each dialog when it opens.
How long the start takes is measured by bench/startup.py, not here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ADMIN, ADMIN_PASSWORD

PROBE = Path(__file__).resolve().parents[1] / "bench" / "startup_probe.py"

# Third-party packages, with what first needs them.
HEAVY_PACKAGES = {
    "qrcode": "the authenticator dialog's QR code",
    "PIL": "QR code images",
    "cryptography": "the login (keys) and the store",
    "requests": "a test send",
    "urllib3": "a test send",
    "phonenumbers": "a test send",
    "pyotp": "TOTP checks",
}
HEAVY_MODULES = {
    "importlib.metadata": "loading a messaging provider (entry points)",
    "portal_manager.providers.registry": "loading a messaging provider",
    "portal_manager.app.sending": "a test send",
    # Portal.open(security_later=True): security.json is read while the login derives its key.
    "portal_manager.mfa.settings": "the Security settings (read during the login)",
    "portal_manager.mfa.validation": "the Security settings (read during the login)",
    "xml.parsers.expat": "SSML checks of the voice message",
    # Loaded on first use (Portal.store, Portal.audit): during the login, not before it.
    "portal_manager.vault.store": "the login information store (loaded during the login)",
    "portal_manager.audit.trail": "the audit trail (loaded during the login)",
    # Package files are found beside the modules (ui/package_data.py).
    "importlib.resources": "nothing: package files are plain files beside the modules",
}
# The windows and pages that open later, each when it is opened.
LATER_UI_MODULES = [
    "main_window", "portal_properties", "general_page", "security_page", "message_dialogs",
    "message_editor", "multilingual_dialog", "preview_pane", "sms_counter", "placeholder_menu",
    "authenticator_dialog", "test_enrolment", "qr_pixmap", "send_test_dialog", "store_dialog",
    "users_dialog", "audit_viewer", "child_dialogs", "password_fields", "api_key_field",
    "portal_model", "service_texts", "feedback", "pseudo_translation",
]


def start(arguments: list[str], environment: dict[str, str], stdin: str = "") -> dict[str, dict]:
    """Run the probe; each reported stage (window object name) with what it saw."""
    finished = subprocess.run(
        [sys.executable, str(PROBE), *arguments, "--modules"], input=stdin,
        capture_output=True, text=True, env=environment, timeout=120,
    )
    assert finished.returncode == 0, finished.stderr
    return {stage["stage"]: stage for stage in map(json.loads, finished.stdout.splitlines())}


@pytest.fixture
def environment(tmp_path: Path) -> dict[str, str]:
    # Window geometry goes to the test's folder, not the user's configuration.
    return {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}


def loaded_too_early(modules: list[str]) -> list[str]:
    """Every module of ``modules`` that the first window must not have loaded, and why."""
    loaded = set(modules)
    found = [f"{name} (needed for {why})" for name, why in HEAVY_PACKAGES.items()
             if any(module == name or module.startswith(name + ".") for module in loaded)]
    found += [f"{name} (needed for {why})" for name, why in HEAVY_MODULES.items()
              if name in loaded]
    found += [f"portal_manager.ui.{name} (imported where that window opens)"
              for name in LATER_UI_MODULES if f"portal_manager.ui.{name}" in loaded]
    return found


def test_the_login_dialog_shows_before_anything_heavy_is_imported(
    portal_folder: Path, environment: dict[str, str]
) -> None:
    stages = start(["app", "--portal", str(portal_folder)], environment)
    login = stages["loginDialog"]
    early = loaded_too_early(login["modules"])
    assert not early, "imported before the login dialog: " + "; ".join(early)
    # PySide6 makes the Qt namespace (about a hundred Python enums) on first use; the
    # login dialog does without it (see ui/login_dialog.py).
    assert not login["qt_namespace"], "the Qt namespace was made before the login dialog"


def test_the_setup_dialog_of_a_first_start_shows_before_anything_heavy_is_imported(
    tmp_path: Path, environment: dict[str, str]
) -> None:
    environment["PORTAL_MANAGER_DEFAULT_PORTAL"] = str(tmp_path / "first-start")
    stages = start(["app"], environment)
    early = loaded_too_early(stages["setupDialog"]["modules"])
    assert not early, "imported before the setup dialog: " + "; ".join(early)
    assert not (tmp_path / "first-start").exists()  # cancelled: nothing was created


def test_after_the_login_the_main_window_shows_with_what_it_needs(
    portal_folder: Path, environment: dict[str, str]
) -> None:
    stages = start(["app", "--portal", str(portal_folder), "--login", ADMIN], environment,
                   stdin=ADMIN_PASSWORD + "\n")
    assert list(stages) == ["loginDialog", "mainWindow"]
    assert stages["mainWindow"]["derived_seconds"] > 0  # the key derivation, timed apart
    main_window_modules = stages["mainWindow"]["modules"]
    # The same check names what the login and the main window brought in: it can fail.
    assert loaded_too_early(main_window_modules) == [
        "cryptography (needed for the login (keys) and the store)",
        "portal_manager.mfa.settings (needed for the Security settings (read during the login))",
        "portal_manager.mfa.validation (needed for the Security settings (read during the "
        "login))",
        "xml.parsers.expat (needed for SSML checks of the voice message)",
        "portal_manager.vault.store (needed for the login information store (loaded during "
        "the login))",
        "portal_manager.ui.main_window (imported where that window opens)",
        "portal_manager.ui.portal_model (imported where that window opens)",
        "portal_manager.ui.service_texts (imported where that window opens)",
    ]
    # The login unseals with AES-GCM and X25519 alone: scrypt is hashlib's, raw key bytes
    # need no serialization module (which loads every key type and SSH's format, ~20 ms).
    assert [module for module in main_window_modules if module.startswith((
        "cryptography.hazmat.primitives.serialization", "cryptography.hazmat.primitives.kdf",
    ))] == []


def test_the_dialogs_that_send_import_what_sends_at_the_first_send() -> None:
    # Opening the SMS or voice dialog must stay quick: the provider (requests), phone
    # numbers and the entry points come with the first test send or "Check API key".
    probe = (
        "import json, sys\n"
        "from portal_manager.__main__ import load_desktop_app\n"
        "load_desktop_app()\n"
        "import portal_manager.ui.message_dialogs, portal_manager.ui.send_test_dialog\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    finished = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                              timeout=120, check=True)
    loaded = set(json.loads(finished.stdout))
    sending_parts = ["requests", "urllib3", "phonenumbers", "importlib.metadata",
                     "portal_manager.providers.registry", "portal_manager.providers.seven",
                     "http.client"]
    assert [name for name in sending_parts if name in loaded] == []
    assert "portal_manager.app.sending" in loaded  # the check looks where it should
