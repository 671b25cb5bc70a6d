"""Where the default portal lives: the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

# Lets tests and administrators point the default portal elsewhere.
DEFAULT_PORTAL_ENV = "PORTAL_MANAGER_DEFAULT_PORTAL"


def default_portal_folder() -> Path:
    override = os.environ.get(DEFAULT_PORTAL_ENV)
    if override:
        return Path(override)
    import platformdirs  # only here: a start with --portal (or the override) needs none of it

    return Path(platformdirs.user_data_dir("portal-manager", appauthor=False)) / "default-portal"
