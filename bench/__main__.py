"""`make bench`: every benchmark topic, then docs/performance.md written from the results.

One module per topic, each with ``run() -> list[row]`` (bench/rows.py). The
start-up topic (bench/startup.py) is included when it is there.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

from bench.qt_app import quiet_offscreen_warnings
from bench.report import document, markdown_table

TOPICS = ("startup", "dialogs", "keystroke", "qr", "store", "sending", "memory")
OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "performance.md"


def main() -> int:
    quiet_offscreen_warnings()
    started = time.perf_counter()
    rows, skipped = [], []
    for topic in TOPICS:
        try:
            module = importlib.import_module(f"bench.{topic}")
        except ModuleNotFoundError as error:
            if error.name != f"bench.{topic}":
                raise
            skipped.append(f"{topic} (bench/{topic}.py is not there)")
            continue
        topic_started = time.perf_counter()
        rows += module.run()
        print(f"{topic}: {time.perf_counter() - topic_started:.0f} s", file=sys.stderr)
    text = document(rows, time.perf_counter() - started, skipped)
    OUTPUT.write_text(text, encoding="utf-8")
    print(markdown_table(rows))
    print(f"written to {OUTPUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
