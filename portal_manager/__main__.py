"""Entry point: a command runs the command line, no command starts the desktop app."""

from __future__ import annotations

import sys


def gui_portal_argument(argv: list[str]) -> list[str] | None:
    """The arguments of a desktop start (none, or only ``--portal DIR``), else None."""
    if not argv:
        return []
    if len(argv) == 2 and argv[0] == "--portal":
        return argv
    if len(argv) == 1 and argv[0].startswith("--portal="):
        return ["--portal", argv[0].removeprefix("--portal=")]
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    gui_arguments = gui_portal_argument(argv)
    if gui_arguments is not None:
        # Imported here so that the command line never loads Qt.
        from portal_manager.ui.application import run_application

        return run_application(gui_arguments)
    from portal_manager.cli.main import run_command

    return run_command(argv)


if __name__ == "__main__":
    sys.exit(main())
