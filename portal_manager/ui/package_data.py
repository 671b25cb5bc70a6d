"""The files the package carries beside its code: icons, the .desktop file, translations.

Found beside the package's own modules, so they are wherever the package is: a
source checkout, an editable install or an installed wheel. Qt opens files by
name, so this needs the package as plain files, which is how pip installs every
wheel; for plain files importlib.resources gives the same paths, and it is not
imported for it (~3 ms of the start to the first window).
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_FOLDER = Path(__file__).parent.parent


def package_file(*parts: str) -> Path:
    """The path of ``portal_manager/<parts…>`` (it may not exist, e.g. an uncompiled .qm)."""
    return PACKAGE_FOLDER.joinpath(*parts)
