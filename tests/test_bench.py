"""The benchmarks stay runnable, and their table is well formed (no timing is asserted).

`make bench` itself takes minutes; here only what would break it quietly: a bench module
that no longer imports, and the table generator given rows of every kind.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import bench
from bench.report import HEADER, document, markdown_table
from bench.rows import KEYS, row

BENCH_MODULES = sorted(info.name for info in pkgutil.iter_modules(bench.__path__))


@pytest.mark.parametrize("name", BENCH_MODULES)
def test_every_bench_module_imports(name: str) -> None:
    importlib.import_module(f"bench.{name}")


def test_every_topic_offers_run() -> None:
    from bench.__main__ import TOPICS

    for topic in TOPICS:
        if topic in BENCH_MODULES:
            assert callable(importlib.import_module(f"bench.{topic}").run), topic


FAKE_ROWS = [
    row("open the SMS dialog", 12.5, "empty QDialog", 0.25, goal="< 100 ms", met=True,
        note="best of 10"),
    row("200 test sends | real path", 3000.0, "raw posts", 250.0, goal="≤ 1.2×", met=False),
    row("resident memory", 106.3, "bare window", 49.8, goal="—", met=None, unit="MiB"),
    # As bench/startup.py returns them: the keys only, no unit.
    {"name": "start to the login dialog", "measured_ms": 400.0,
     "baseline_name": "bare PySide6 window", "baseline_ms": 160.0, "ratio": 2.5,
     "goal": "≤ 1.3×", "met": False, "note": ""},
]


def cells(line: str) -> list[str]:
    assert line.startswith("| ") and line.endswith(" |"), line
    # Split on the column separators only, not on an escaped pipe inside a cell.
    return [cell.strip() for cell in line[2:-2].replace("\\|", "\0").split(" | ")]


def test_the_table_has_a_header_and_one_well_formed_line_per_row() -> None:
    lines = markdown_table(FAKE_ROWS).splitlines()

    assert cells(lines[0]) == list(HEADER)
    assert lines[1] == "|" + "---|" * len(HEADER)
    body = [cells(line) for line in lines[2:]]
    assert len(body) == len(FAKE_ROWS)
    assert all(len(line) == len(HEADER) for line in body)
    assert body[0][:7] == ["open the SMS dialog", "12.5 ms", "empty QDialog", "0.25 ms",
                           "50×", "< 100 ms", "yes"]
    assert body[1][0] == "200 test sends \0 real path"  # the pipe escaped, not a new column
    assert body[1][4:7] == ["12×", "≤ 1.2×", "**no**"]
    assert body[2][1:5] == ["106 MiB", "bare window", "50 MiB", "2.13×"]
    assert body[2][6] == "—"
    assert body[3][1] == "400 ms"


def test_a_row_missing_a_key_is_refused() -> None:
    incomplete = {key: FAKE_ROWS[0][key] for key in KEYS if key != "ratio"}
    with pytest.raises(ValueError, match="ratio"):
        markdown_table([incomplete])


def test_the_document_names_the_missed_goals_and_what_was_not_measured() -> None:
    text = document(FAKE_ROWS, 42.0, ["startup (bench/startup.py is not there)"])

    assert text.startswith("# Performance\n")
    assert markdown_table(FAKE_ROWS) in text
    assert "Goals missed in this run: 200 test sends | real path, start to the login " \
           "dialog." in text
    assert "Not measured in this run: startup" in text
    assert "## Method" in text
