"""Compiles the translations into the package when it is built (the rest is in pyproject.toml).

The i18n/*.ts sources become portal_manager/i18n/*.qm with Qt's lrelease, which
PySide6-Essentials brings along as a build requirement. A wheel gets them in its
build folder. An editable install reads the package from the source tree, where
make compiles them (`make run`, `make test`), so the hook leaves it alone: a
folder appearing in the tree in the middle of a build confuses setuptools'
package discovery.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "i18n"
# PySide6's own wrapper finds lrelease inside the installed PySide6 on every platform.
LRELEASE = [sys.executable, "-c",
            "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


def translations(folder: Path) -> list[tuple[Path, Path]]:
    """Each translation source with the compiled file it becomes in ``folder``."""
    return [(ts, folder / ts.with_suffix(".qm").name) for ts in sorted(SOURCES.glob("*.ts"))]


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        compiled = translations(self.translations_folder())
        if not compiled:
            # A wheel without its translations would start in English without a word.
            raise RuntimeError(f"no translation sources in {SOURCES}")
        self.translations_folder().mkdir(parents=True, exist_ok=True)
        for ts, qm in compiled:
            subprocess.run([*LRELEASE, "-silent", str(ts), "-qm", str(qm)], check=True)

    def translations_folder(self) -> Path:
        return Path(self.build_lib, "portal_manager", "i18n")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if self.editable_mode:
            return outputs
        return [*outputs, *(str(qm) for _, qm in translations(self.translations_folder()))]


setup(cmdclass={"build_py": BuildWithTranslations})
