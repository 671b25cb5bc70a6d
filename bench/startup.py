"""Start-up: to the login dialog, and to the main window after login, against a bare window.

Each run is a fresh interpreter (bench/startup_probe.py) started the same way
for both: the baseline shows a bare PySide6 ``QDialog`` and, once accepted, a
bare ``QMainWindow``; Portal Manager starts through its entry point on a portal
made for this run, with the production key derivation. Runs alternate between
the two so that the machine's load falls on both alike; the medians are
compared.

The time to a window runs from starting the interpreter until the window is
shown. The login's key derivation (scrypt, chosen to be slow) is timed apart
and taken out of the time to the main window: it is reported on its own row.
Memory is the resident set (VmRSS) when the window is shown.

Bytecode is cached as an installed app's is (pip compiles it): the runs write
it to a folder of their own, even where PYTHONDONTWRITEBYTECODE is set, and a
first run of each kind, not counted, fills it.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROBE = Path(__file__).with_name("startup_probe.py")
RUNS = 11
TIME_GOAL = 1.3  # at most this many times the bare window's start-up
MEMORY_GOAL_MIB = 20  # at most this much more resident memory than the bare window
USER = "admin"
PASSWORD = "correct horse battery"


def probe(what: str, portal: Path, environment: dict[str, str]) -> dict[str, dict]:
    """One fresh interpreter: each reported stage with its time since the start, in seconds."""
    command = [sys.executable, str(PROBE), what, "--login", USER]
    if what == "app":
        command += ["--portal", str(portal)]
    started = time.time()
    finished = subprocess.run(command, input=PASSWORD + "\n", capture_output=True, text=True,
                              env=environment, timeout=120, check=True)
    stages = {}
    for line in finished.stdout.splitlines():
        stage = json.loads(line)
        stage["seconds"] = stage.get("seconds", stage["time"] - started)
        stages[stage["stage"]] = stage
    return stages


def make_portal(folder: Path) -> Path:
    """A portal with the production key derivation, as a person's first start makes it."""
    from portal_manager.app.portal import Portal
    from portal_manager.portal.general import GeneralSettings
    from portal_manager.users import credentials

    chosen, credentials.current_kdf = credentials.current_kdf, credentials.PRODUCTION_KDF
    try:
        Portal.create(folder / "portal", GeneralSettings("Acme Portal", ("en", "de"), "en"),
                      USER, PASSWORD).close()
    finally:
        credentials.current_kdf = chosen
    return folder / "portal"


def measure(runs: int = RUNS) -> dict[str, dict[str, list[float]]]:
    """Per probe and stage: the seconds and the resident MiB of every run."""
    results: dict[str, dict[str, list[float]]] = {"bare": {}, "app": {}}
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        portal = make_portal(Path(folder))
        environment = {
            **{name: value for name, value in os.environ.items()
               if name != "PYTHONDONTWRITEBYTECODE"},
            "PYTHONPYCACHEPREFIX": str(Path(folder) / "bytecode"),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            # The window geometry goes here, not into the person's configuration.
            "XDG_CONFIG_HOME": str(Path(folder) / "config"),
            "PORTAL_MANAGER_UI_LANGUAGE": "en",
        }
        for what in ("bare", "app"):
            probe(what, portal, environment)  # fills the bytecode cache
        for _ in range(runs):
            for what in ("bare", "app"):
                for stage, line in probe(what, portal, environment).items():
                    values = results[what]
                    values.setdefault(stage, []).append(line["seconds"])
                    values.setdefault(stage + " MiB", []).append(line["rss_kib"] / 1024)
                    values.setdefault(stage + " CPU", []).append(line["cpu_seconds"])
                    if "derived_seconds" in line:
                        values.setdefault("derivation", []).append(line["derived_seconds"])
                        values.setdefault("derivation CPU", []).append(
                            line["derived_cpu_seconds"])
    return results


def _time_row(name: str, measured: float, baseline_name: str, baseline: float,
              note: str) -> dict:
    ratio = measured / baseline
    return {"name": name, "measured_ms": round(measured * 1000, 1),
            "baseline_name": baseline_name, "baseline_ms": round(baseline * 1000, 1),
            "ratio": round(ratio, 2), "goal": f"≤ {TIME_GOAL}×", "met": ratio <= TIME_GOAL,
            "note": note}


def _memory_row(name: str, measured: float, baseline_name: str, baseline: float,
                why: str = "") -> dict:
    """A row in MiB: the report reads ``unit`` (the keys keep their ``_ms`` names)."""
    extra = measured - baseline
    return {"name": name, "measured_ms": round(measured, 1), "baseline_name": baseline_name,
            "baseline_ms": round(baseline, 1), "ratio": round(measured / baseline, 2),
            "goal": f"≤ bare + {MEMORY_GOAL_MIB} MiB", "met": extra <= MEMORY_GOAL_MIB,
            "note": f"+{extra:.1f} MiB over the bare window{why}", "unit": "MiB"}


def run(runs: int = RUNS) -> list[dict]:
    """The rows for docs/performance.md (see bench/__main__.py)."""
    results = measure(runs)
    bare, app = results["bare"], results["app"]
    median = statistics.median
    derivation = median(app["derivation"])

    def without_derivation(stage: str) -> float:
        # Each run's own derivation (timed in that start) comes off its time to the main
        # window; its CPU time, on the derivation's thread, off the process's CPU time.
        derivations = app["derivation CPU" if stage.endswith(" CPU") else "derivation"]
        return median(shown - derived
                      for shown, derived in zip(app[stage], derivations, strict=True))

    def note(app_cpu: float, bare_cpu: float, why: str) -> str:
        # CPU time varies less than wall time on a shared machine: shown for comparison.
        return (f"median of {runs} fresh interpreters each; CPU time {app_cpu * 1000:.0f} ms "
                f"against {bare_cpu * 1000:.0f} ms ({app_cpu / bare_cpu:.2f}×); {why}")

    return [
        _time_row("start-up to the login dialog", median(app["loginDialog"]),
                  "bare PySide6 dialog", median(bare["bareDialog"]),
                  note(median(app["loginDialog CPU"]), median(bare["bareDialog CPU"]),
                       "beyond the bare window: the modules that read the users and the "
                       "General settings before the login (the MFA model, the store and the "
                       "audit trail load during it), the login dialog's widgets (its first "
                       "line edit measures text: the font database) and the window icon")),
        _time_row("start-up to the main window after login (key derivation excluded)",
                  without_derivation("mainWindow"), "bare PySide6 dialog, then main window",
                  median(bare["mainWindow"]),
                  note(without_derivation("mainWindow CPU"), median(bare["mainWindow CPU"]),
                       "cryptography (the login) and the main window's module with the Qt "
                       "namespace load while scrypt runs on another thread; after it come "
                       "the unsealing and building and showing the main window; and the "
                       "whole time to the login dialog is in this row too")),
        {"name": "key derivation at login (scrypt, production parameters)",
         "measured_ms": round(derivation * 1000, 1), "baseline_name": "—",
         "baseline_ms": None, "ratio": None, "goal": "reported apart", "met": None,
         "note": "slow on purpose; timed where scrypt runs, in each start's own login, and "
                 "taken out of that start's time to the main window"},
        _memory_row("resident memory at the login dialog", median(app["loginDialog MiB"]),
                    "bare PySide6 dialog", median(bare["bareDialog MiB"])),
        _memory_row("resident memory at the main window after login",
                    median(app["mainWindow MiB"]), "bare PySide6 dialog, then main window",
                    median(bare["mainWindow MiB"]),
                    "; of the rest, about 9 MiB is cryptography with its OpenSSL, which "
                    "the login needs to unseal and check the user's key"),
    ]


def main(runs: int = RUNS) -> None:
    from bench.report import markdown_table

    print(markdown_table(run(runs)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else RUNS)
