"""The wheel works outside the source tree: built, installed into a fresh venv, started there.

Built once per session from a copy of only what a build reads (so make's compiled
.qm files in the checkout cannot stand in for the build's own), installed with its
dependencies into a new virtual environment in tmp_path (from the pip cache, or
PyPI), and run with the working directory outside the source tree. A fresh venv
with every dependency takes about 25 s here; that is what a person installing the
wheel gets, so nothing is borrowed from the project's own environment.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
# Everything the build reads; a file missing here makes the build fail, not pass.
BUILD_INPUTS = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "i18n", "portal_manager")
BIN = "Scripts" if os.name == "nt" else "bin"

# Run by the installed interpreter: the first dialog of a first start, looked at and closed.
FIRST_START = r"""
import json, sys
from importlib import resources

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

import portal_manager
from portal_manager.__main__ import main
from portal_manager.ui.icons import icon

app = QApplication([sys.argv[0]])
seen = {}


def look() -> None:
    dialog = QApplication.activeModalWidget()
    try:
        buttons = dialog.findChild(QDialogButtonBox)
        desktop = resources.files("portal_manager") / "resources" / "portal-manager.desktop"
        seen.update(
            package=portal_manager.__file__,
            dialog=dialog.objectName(),
            visible=dialog.isVisible(),
            title=dialog.windowTitle(),
            create=buttons.button(QDialogButtonBox.StandardButton.Ok).text(),
            cancel=buttons.button(QDialogButtonBox.StandardButton.Cancel).text(),
            app_icon=not app.windowIcon().pixmap(32).isNull(),
            globe_icon=not icon("globe").pixmap(16).isNull(),
            desktop_entry=desktop.read_text(encoding="utf-8"),
        )
    finally:
        if dialog is not None:
            dialog.reject()  # the first start ends without a portal, exit 0
        else:
            app.exit(3)


QTimer.singleShot(0, look)
code = main(sys.argv[1:])
print(json.dumps(seen))
sys.exit(code)
"""


def run(command: list[str | Path], **options) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True,
                            timeout=600, **options)
    assert result.returncode == 0, f"{command[:4]} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bin`` folder of a fresh venv with the wheel and its dependencies installed."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in BUILD_INPUTS:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
        else:
            shutil.copy2(REPO / name, source / name)
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", work / "dist",
         source], cwd=work)
    [wheel] = (work / "dist").glob("portal_manager-*.whl")
    run([sys.executable, "-m", "venv", work / "venv"], cwd=work)
    run([work / "venv" / BIN / "python", "-m", "pip", "install", "--quiet", wheel], cwd=work)
    return work / "venv" / BIN


@pytest.fixture
def outside(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A working folder outside the source tree, and an environment that knows no checkout."""
    env = {name: value for name, value in os.environ.items()
           if not name.startswith(("PYTHON", "PORTAL_MANAGER_", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               PORTAL_MANAGER_DEFAULT_PORTAL=str(tmp_path / "default-portal"))
    return tmp_path, env


def first_start(installed: Path, outside, *arguments: str, environment_language: str) -> dict:
    folder, env = outside
    env = {**env, "PORTAL_MANAGER_UI_LANGUAGE": environment_language}
    result = run([installed / "python", "-c", FIRST_START, *arguments], cwd=folder, env=env)
    return json.loads(result.stdout.splitlines()[-1])


def test_the_installed_command_shows_its_help(installed: Path, outside) -> None:
    folder, env = outside
    result = run([installed / "portal-manager", "--help"], cwd=folder, env=env)
    assert result.stdout.startswith("usage: portal-manager")
    assert "--ui-language LANG" in result.stdout


def test_the_installed_app_starts_with_its_icons_in_german(installed: Path, outside) -> None:
    seen = first_start(installed, outside, "--ui-language", "de", environment_language="en")
    assert Path(seen["package"]).is_relative_to(installed.parent)  # not the source tree
    assert seen["dialog"] == "setupDialog" and seen["visible"]
    assert seen["app_icon"] and seen["globe_icon"]
    assert seen["title"] == "Portal einrichten"  # our translation, compiled into the wheel
    assert seen["create"] == "Portal anlegen"
    assert seen["cancel"].replace("&", "") == "Abbrechen"  # Qt's own, from PySide6
    assert "Exec=portal-manager\n" in seen["desktop_entry"]


def test_the_option_wins_over_the_environment_language(installed: Path, outside) -> None:
    seen = first_start(installed, outside, "--ui-language=en", environment_language="de")
    assert seen["title"] == "Set up your portal"
    assert seen["cancel"].replace("&", "") == "Cancel"
