"""The Linux desktop integration: resources/portal-manager.desktop and its icon.

The files live in the package (so an installed wheel carries them);
resources/ at the top of the checkout links to them for installing by hand.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

from portal_manager.ui.package_data import package_file

REPO = Path(__file__).resolve().parents[1]


def desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive: Name, Name[de]
    parser.read(package_file("resources", "portal-manager.desktop"), encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_the_desktop_entry_starts_the_app_with_its_icon_in_english_and_german() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "portal-manager"  # the console script of pyproject.toml
    assert entry["Terminal"] == "false"
    assert entry["Icon"] == "portal-manager"  # an icon theme name, installed beside it
    assert package_file("resources", f"{entry['Icon']}.svg").is_file()
    assert entry["Name"] == "Portal Manager" and entry["Name[de]"]
    assert entry["Comment"] and entry["Comment[de]"] != entry["Comment"]
    assert entry["Categories"].endswith(";") and "Settings" in entry["Categories"].split(";")


def test_the_checkout_resources_folder_shows_the_packaged_files() -> None:
    for name in ("portal-manager.desktop", "portal-manager.svg"):
        assert (REPO / "resources" / name).resolve() == package_file("resources", name).resolve()


def test_the_desktop_entry_follows_the_specification() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run([validator, str(package_file("resources", "portal-manager.desktop"))],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
