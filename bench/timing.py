"""Timing helpers shared by the bench modules.

The machine is shared and noisy, so each number is the best of several runs:
noise only ever adds time, and the best run is the one closest to the cost of
the work itself. The baseline of a row is measured the same way, in the same
process, right beside it.
"""

from __future__ import annotations

import time
import timeit
from collections.abc import Callable

REPEATS = 5


def best_ms(function: Callable[[], object], number: int, repeat: int = REPEATS) -> float:
    """Milliseconds per call of ``function``: the best of ``repeat`` runs of ``number`` calls."""
    return min(timeit.repeat(function, number=number, repeat=repeat)) / number * 1e3


def best_ms_with_setup(setup: Callable[[], object], measured: Callable[[object], object],
                       teardown: Callable[[object], object], runs: int) -> float:
    """Milliseconds of ``measured(setup())``, best of ``runs``; setup and teardown untimed."""
    best = float("inf")
    for _ in range(runs):
        prepared = setup()
        start = time.perf_counter()
        result = measured(prepared)
        best = min(best, time.perf_counter() - start)
        teardown(result)
    return best * 1e3


def best_ms_taking_turns(functions: dict[str, Callable[[], object]], number: int,
                         rounds: int = REPEATS) -> dict[str, float]:
    """Milliseconds per call of each function, the best of ``rounds``; the functions take
    turns in each round, so that a change of load on the machine moves them alike."""
    best = dict.fromkeys(functions, float("inf"))
    for _ in range(rounds):
        for name, function in functions.items():
            best[name] = min(best[name], timeit.timeit(function, number=number) / number * 1e3)
    return best
