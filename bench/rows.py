"""One result of a benchmark, as every bench module returns it.

A row is a plain dict, so that a module needs nothing from here to produce one
(bench/startup.py is written separately and returns the same keys):

    name, measured_ms, baseline_name, baseline_ms, ratio, goal, met, note

and optionally ``unit`` ("ms" unless said otherwise; the memory rows say "MiB",
and keep their numbers in the *_ms keys all the same, so the table needs one shape).
``met`` is True, False, or None when a row has no goal of its own (shown for orientation).
"""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]
KEYS = ("name", "measured_ms", "baseline_name", "baseline_ms", "ratio", "goal", "met", "note")


def row(name: str, measured: float, baseline_name: str, baseline: float, *, goal: str,
        met: bool | None, note: str = "", unit: str = "ms") -> Row:
    """A row with its ratio worked out (measured / baseline)."""
    return {
        "name": name,
        "measured_ms": measured,
        "baseline_name": baseline_name,
        "baseline_ms": baseline,
        "ratio": measured / baseline if baseline else float("inf"),
        "goal": goal,
        "met": met,
        "note": note,
        "unit": unit,
    }

