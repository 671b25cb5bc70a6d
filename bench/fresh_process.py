"""Running a bench module in a fresh Python process, as an installed app would start.

An installed app has compiled bytecode; this checkout may not (this machine sets
PYTHONDONTWRITEBYTECODE), and compiling every module again would count against
each first opening. So the fresh processes keep their bytecode in a folder in the
temporary directory (PYTHONPYCACHEPREFIX, leaving the source tree as it is), and
each command is run once untimed first, which fills that folder.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BYTECODE = Path(tempfile.gettempdir()) / "portal-manager-bench-bytecode"


@functools.cache
def _environment() -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items()
                   if key != "PYTHONDONTWRITEBYTECODE"}
    environment["PYTHONPYCACHEPREFIX"] = str(BYTECODE)
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    return environment


def _run(command: tuple[str, ...]) -> str:
    answer = subprocess.run([sys.executable, "-m", *command], env=_environment(), cwd=ROOT,
                            capture_output=True, text=True, check=True)
    return answer.stdout.strip().splitlines()[-1]


def outputs_of(module: str, *arguments: str, runs: int = 1) -> list[str]:
    """The last line ``python -m module arguments`` printed, in each of ``runs`` fresh
    processes with their bytecode compiled (by an untimed run before them)."""
    _run((module, *arguments))
    return [_run((module, *arguments)) for _ in range(runs)]
