"""Entry point: a command runs the command line, no command starts the desktop app.

Whatever happens, the process ends with a message and an exit code, never a
traceback: arguments that are not UTF-8, no display for the desktop app, a
reader that closed the pipe, and any unexpected exception (the last resort).
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType

from portal_manager.ui_language import (
    PSEUDO_LANGUAGE,
    UI_LANGUAGE_OPTION,
    UI_LANGUAGES,
    unknown_ui_language_message,
)

EXIT_OK = 0
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130
DEBUG_ENV = "PORTAL_MANAGER_DEBUG"
# Not __name__: run as "python -m portal_manager" this module is "__main__".
log = logging.getLogger("portal_manager.entry")

NO_DISPLAY_MESSAGE = (
    "No display found: the desktop app needs a graphical session. Use the command line "
    "(portal-manager --help), or set QT_QPA_PLATFORM=offscreen to run the app without a "
    "screen (for automated tests)."
)


# The options a desktop start takes; anything else is a command line.
DESKTOP_OPTIONS = ("--portal", UI_LANGUAGE_OPTION)


def desktop_start_options(argv: list[str]) -> dict[str, str] | None:
    """The options of a desktop start (option → value), or None for a command line.

    A desktop start has no command, only ``--portal DIR`` and ``--ui-language L``,
    each at most once, in any order, also written ``--option=value``.
    """
    found: dict[str, str] = {}
    rest = list(argv)
    while rest:
        option, separator, value = rest.pop(0).partition("=")
        if option not in DESKTOP_OPTIONS or option in found:
            return None
        if not separator:
            if not rest:
                return None  # the command line's parser says what is missing
            value = rest.pop(0)
        found[option] = value
    return found


def first_non_utf8_argument(argv: list[str]) -> int | None:
    """The position (from 1) of the first argument whose bytes were not UTF-8, or None.

    Python hands such bytes over as lone surrogates, which fail later in
    surprising places (printing, JSON, file names); one check here covers all.
    """
    for position, argument in enumerate(argv, start=1):
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            return position
    return None


def display_missing(environ: Mapping[str, str], platform: str) -> bool:
    """Whether Qt would abort for want of a display (X11/Wayland systems only).

    An explicit QT_QPA_PLATFORM (offscreen, eglfs, vnc, …) is the user's choice
    and needs no display.
    """
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    return not any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def configure_logging() -> None:
    """Warnings to stderr; with PORTAL_MANAGER_DEBUG=1 also our own debug records."""
    handler = logging.StreamHandler()
    handler.setFormatter(CommandLineFormatter())
    logging.basicConfig(level=logging.WARNING, handlers=[handler])
    debug = os.environ.get(DEBUG_ENV) == "1"
    # Only our loggers: third-party debug output may show request bodies or paths.
    logging.getLogger("portal_manager").setLevel(logging.DEBUG if debug else logging.NOTSET)


class CommandLineFormatter(logging.Formatter):
    """"portal-manager: warning: …", like every other message of the command line."""

    def format(self, record: logging.LogRecord) -> str:
        return f"portal-manager: {record.levelname.lower()}: {record.getMessage()}"


def _refuse(message: str) -> int:
    print(f"portal-manager: {message}", file=sys.stderr)
    return EXIT_ERROR


def load_desktop_app() -> Callable[..., int]:
    """``run_application``, imported here so that the command line never loads Qt.

    The core is imported before Qt: PySide6 hooks the import statement and reads the
    source of every module imported after it (for its ``__feature__`` switches), which
    for the core's modules costs about a quarter of the start-up to the login dialog.
    """
    import portal_manager.app.portal  # noqa: F401 (imported for the order alone)
    from portal_manager.ui.application import run_application

    return run_application


def _start(argv: list[str]) -> int:
    position = first_non_utf8_argument(argv)
    if position is not None:
        # The argument itself is not shown: it may be a secret typed in the wrong place.
        return _refuse(
            f"argument {position} is not valid UTF-8 text; type it again, or rename the file "
            "it names to a UTF-8 name."
        )
    options = desktop_start_options(argv)
    if options is not None:
        language = options.get(UI_LANGUAGE_OPTION)
        if language is not None and language not in (*UI_LANGUAGES, PSEUDO_LANGUAGE):
            return _refuse(unknown_ui_language_message())
        # Checked before Qt is imported: without a display Qt aborts the process (exit 134).
        if display_missing(os.environ, sys.platform):
            return _refuse(NO_DISPLAY_MESSAGE)
        portal = options.get("--portal")
        return load_desktop_app()(portal_folder=None if portal is None else Path(portal),
                                  ui_language=language)
    from portal_manager.cli.main import run_command

    return run_command(argv)


def _silence_closed_stdout() -> int:
    """The reader of stdout went away (``… | head -1``): finish quietly, as asked.

    As the Python documentation recommends, point stdout at devnull so that the
    interpreter's last flush at exit does not fail again.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # stdout has no file descriptor (embedded use): nothing left to flush
    return EXIT_OK


def _frames(tb: TracebackType | None) -> list[str]:
    return [
        f'  File "{frame.f_code.co_filename}", line {line}, in {frame.f_code.co_qualname}'
        for frame, line in traceback.walk_tb(tb)
    ]


def _type_name(error: BaseException) -> str:
    kind = type(error)
    if kind.__module__ == "builtins":
        return kind.__qualname__
    return f"{kind.__module__}.{kind.__qualname__}"


def _chain(error: BaseException) -> list[tuple[BaseException, str]]:
    """The exception and those it arose from, earliest first, each with what links it on."""
    chain: list[tuple[BaseException, str]] = []
    current: BaseException | None = error
    link = ""
    while current is not None and all(current is not seen for seen, _ in chain):
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, "The above exception was the direct cause of:"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, "During handling of the above exception:"
        else:
            current = None
    return chain[::-1]


def traceback_without_values(error: BaseException) -> str:
    """A traceback with files, lines, functions and exception types only.

    Exception messages and local variables are left out: they may hold a
    password or a secret. Chained exceptions come first, as Python shows them.
    """
    lines: list[str] = []
    for exception, link in _chain(error):
        lines.append("Traceback (most recent call last; values left out):")
        lines += _frames(exception.__traceback__)
        lines.append(_type_name(exception))
        if link:
            lines += ["", link, ""]
    return "\n".join(lines)


def report_unexpected_error(error: Exception) -> int:
    """The last resort: a message instead of a traceback, the details only on request."""
    debug = log.isEnabledFor(logging.DEBUG)
    log.debug("%s", traceback_without_values(error))
    details = "The details are above." if debug else f"Run with {DEBUG_ENV}=1 for details."
    return _refuse(
        f"an unexpected error occurred ({type(error).__name__}). Nothing more was changed "
        f"after it; please report it. {details}"
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        configure_logging()
        try:
            return _start(argv)
        finally:
            # Flushed here, so that a reader who went away shows up in the handlers below.
            sys.stdout.flush()
    except BrokenPipeError:
        return _silence_closed_stdout()
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as error:
        return report_unexpected_error(error)


if __name__ == "__main__":
    sys.exit(main())
