"""The files the package carries beside its code: icons, the .desktop file, translations.

Found through importlib.resources, so they are wherever the package is: a source
checkout, an editable install or an installed wheel. Qt opens files by name, so
this needs the package as plain files, which is how pip installs every wheel.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def package_file(*parts: str) -> Path:
    """The path of ``portal_manager/<parts…>`` (it may not exist, e.g. an uncompiled .qm)."""
    return Path(str(resources.files("portal_manager").joinpath(*parts)))
