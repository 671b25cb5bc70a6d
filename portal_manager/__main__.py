"""Entry point: a command runs the command line, no command starts the desktop app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    gui_options = {"--portal"}
    if not argv or (argv[0] in gui_options and len(argv) == 2):
        # Imported here so that the command line never loads Qt.
        from portal_manager.ui.application import run_application

        return run_application(argv)
    from portal_manager.cli.main import run_command

    return run_command(argv)


if __name__ == "__main__":
    sys.exit(main())
